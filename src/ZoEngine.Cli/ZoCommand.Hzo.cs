using System.CommandLine;
using System.Globalization;
using ZoEngine.Nn;
using ZoEngine.Nn.Gemm;
using ZoEngine.Workloads.Analysis;
using ZoEngine.Workloads.Data;
using ZoEngine.Workloads.Reporting;
using ZoEngine.Workloads.Training;

namespace ZoEngine.Cli;

public static partial class ZoCommand
{
    /// <summary>'zo bench hzo-fidelity' and 'zo bench hzo-cost': the HZO figures of docs/hzo.md.</summary>
    private static IEnumerable<Command> HzoBenchCommands(TextWriter stdout, TextWriter stderr)
    {
        yield return HzoFidelityCommand(stdout, stderr);
        yield return HzoCostCommand(stdout, stderr);
    }

    private static Command HzoFidelityCommand(TextWriter stdout, TextWriter stderr)
    {
        var depths = new Option<string>("--depths") { Description = "Comma-separated depths L (units).", DefaultValueFactory = _ => "4,8,16,32,64" };
        var width = new Option<int>("--width") { Description = "Hidden width W.", DefaultValueFactory = _ => 64 };
        var batch = new Option<int>("--batch") { Description = "Test images whose gradient is compared.", DefaultValueFactory = _ => 32 };
        var archs = new Option<string>("--archs") { Description = "plain and/or residual.", DefaultValueFactory = _ => "plain,residual" };
        var activations = new Option<string>("--activations") { Description = "relu, gelu and/or tanh.", DefaultValueFactory = _ => "relu,gelu" };
        var precisions = new Option<string>("--precisions") { Description = "float32 and/or float64.", DefaultValueFactory = _ => "float32,float64" };
        var checkpoints = new Option<string>("--checkpoints") { Description = "Backprop + Adam steps on Fashion-MNIST after which the gradients are compared (0: at initialisation).", DefaultValueFactory = _ => "0,100,300,1000" };
        var trainBatch = new Option<int>("--train-batch") { Description = "Batch of the training steps.", DefaultValueFactory = _ => 64 };
        var lr = new Option<double>("--lr") { Description = "Adam learning rate of the training steps.", DefaultValueFactory = _ => 1e-3 };
        var step32 = new Option<string>("--step32") { Description = "HZO probe step h in float32; a comma list compares each.", DefaultValueFactory = _ => HzoOptions.DefaultStep(typeof(float)).ToString("R", CultureInfo.InvariantCulture) };
        var step64 = new Option<double>("--step64") { Description = "HZO probe step h in float64.", DefaultValueFactory = _ => HzoOptions.DefaultStep(typeof(double)) };
        var seed = new Option<ulong>("--seed") { Description = "Seed of the initial weights and the batch order.", DefaultValueFactory = _ => 1 };
        var data = new Option<string?>("--data") { Description = "Directory of the Fashion-MNIST IDX files (default: the installed dataset)." };
        var (gemm, threads) = GemmOptions();
        var output = new Option<string>("--out") { Description = "Folder for fidelity.csv and the SVG plots.", DefaultValueFactory = _ => "." };
        var models = new Option<string>("--model") { Description = "mlp (default), or a comma list of cnn and resnet (ConvNet, float32 HZO with SPP; --width channels in the first stage, --archs and --precisions unused).", DefaultValueFactory = _ => "mlp" };
        var stages = new Option<int>("--stages") { Description = "cnn/resnet: stages of the body, each after the first starting with a stride-2 unit.", DefaultValueFactory = _ => 2 };
        var backend = new Option<string>("--backend") { Description = "cnn/resnet: cpu (default), cuda, emulated or auto: where the model trains and both gradients run.", DefaultValueFactory = _ => "cpu" };
        backend.AcceptOnlyFromAmong([.. Cuda.BackendSelector.Names]);
        var cmd = new Command("hzo-fidelity", "Cosine between HZO and backprop gradients per unit and overall, against depth, for plain/residual MLPs (ReLU/GELU, float32/float64) or plain CNN/ResNet (HZO with SPP), at initialisation and through backprop training on Fashion-MNIST.");
        foreach (var o in new Option[] { depths, width, batch, archs, activations, precisions, checkpoints, trainBatch, lr, step32, step64, seed, data, gemm, threads, output, models, stages, backend })
            cmd.Options.Add(o);
        cmd.SetAction(pr =>
        {
            int[] depthList = CliParse.Ints(pr.GetValue(depths)!, "--depths", 2);
            string[] modelList = CliParse.Names(pr.GetValue(models)!, "--model", ["mlp", "cnn", "resnet"]);
            if (modelList.Any(m => m != "mlp"))
            {
                if (modelList.Contains("mlp"))
                    throw new ZoCliException("--model takes mlp alone, or cnn and/or resnet.");
                var conv = new ConvFidelitySettings([.. modelList.Select(m => ParseModel(m)!.Value)], depthList, CliParse.AtLeast(pr.GetValue(width), "--width"), pr.GetValue(stages),
                    [.. CliParse.Names(pr.GetValue(activations)!, "--activations", ["relu", "gelu", "tanh"]).Select(a => ParseActivation(a, "--activations"))],
                    [.. CliParse.Ints(pr.GetValue(checkpoints)!, "--checkpoints", 0).Distinct().Order()], CliParse.PositiveNumbers(pr.GetValue(step32)!, "--step32"),
                    CliParse.AtLeast(pr.GetValue(batch), "--batch"), CliParse.AtLeast(pr.GetValue(trainBatch), "--train-batch"), CliParse.Positive(pr.GetValue(lr), "--lr"), pr.GetValue(seed),
                    CliParse.Path(pr.GetValue(output), "--out")!);
                return ConvFidelity(conv, pr.GetValue(backend)!, pr.GetValue(gemm)!, pr.GetValue(threads), CliParse.Path(pr.GetValue(data), "--data"), stdout, stderr);
            }
            if (pr.GetValue(backend) != "cpu")
                throw new ZoCliException("--backend applies to --model cnn/resnet; the MLP fidelity study runs on the cpu.");
            string[] archList = CliParse.Names(pr.GetValue(archs)!, "--archs", ["plain", "residual"]);
            var actList = CliParse.Names(pr.GetValue(activations)!, "--activations", ["relu", "gelu", "tanh"]).Select(a => ParseActivation(a, "--activations")).ToArray();
            string[] precisionList = CliParse.Names(pr.GetValue(precisions)!, "--precisions", ["float32", "float64"]);
            int[] checkpointList = [.. CliParse.Ints(pr.GetValue(checkpoints)!, "--checkpoints", 0).Distinct().Order()];
            double[] steps32 = CliParse.PositiveNumbers(pr.GetValue(step32)!, "--step32");
            int w = CliParse.AtLeast(pr.GetValue(width), "--width");
            int b = CliParse.AtLeast(pr.GetValue(batch), "--batch");
            int tb = CliParse.AtLeast(pr.GetValue(trainBatch), "--train-batch");
            double rate = CliParse.Positive(pr.GetValue(lr), "--lr");
            string? dataPath = CliParse.Path(pr.GetValue(data), "--data");
            var matmul = CreateGemm(pr.GetValue(gemm)!, pr.GetValue(threads));
            var h64 = new HzoOptions { Step = CliParse.Positive(pr.GetValue(step64), "--step64") };
            h64.Validate();
            // One variant per (precision, h): float64 at its step, float32 at each requested step.
            var variants = new List<(string Label, bool Wide, HzoOptions Options)>();
            foreach (string precision in precisionList)
            {
                if (precision == "float64")
                    variants.Add(("float64", true, h64));
                else
                    variants.AddRange(steps32.Select(h => (steps32.Length == 1 ? "float32" : $"float32 h={h.ToString("G3", CultureInfo.InvariantCulture)}", false, new HzoOptions { Step = h })));
            }
            var dataset = LoadFashionMnist(dataPath);
            if (dataset.Train.Count == 0 || dataset.Test.Count < b)
                throw new ZoCliException($"hzo-fidelity needs training images and at least --batch {b} test images; '{dataset.Directory}' has {dataset.Train.Count} and {dataset.Test.Count}.");
            string folder = CliParse.Path(pr.GetValue(output), "--out")!;
            stdout.WriteLine($"hzo-fidelity: W={w}, gradients of {b} test images compared after {string.Join(", ", checkpointList)} Adam steps (lr {rate}, batch {tb}); h32={string.Join(",", steps32)} h64={h64.Step}; {GemmSelector.Describe(matmul)}");

            var evalX = new Tensor<float>(b, dataset.Test.Features);
            int[] evalLabels = new int[b];
            BatchSource.Gather(dataset.Test, [.. Enumerable.Range(0, b)], evalX, evalLabels);
            var table = new CsvTable("arch", "activation", "depth", "precision", "step", "unit", "cosine", "one_minus_cosine", "relative_error", "bp_norm", "loss", "train_loss");
            var byDepth = new Dictionary<(int Step, string Name), (List<double> X, List<double> Y)>();
            var byStep = new Dictionary<string, (List<double> X, List<double> Y)>();
            var perUnit = new Dictionary<string, (List<double> X, List<double> Y)>();
            int deepest = depthList.Max(), last = checkpointList[^1];
            stdout.WriteLine($"{"arch",-8} {"act",-4} {"L",3} {"precision",-16} {"step",5} {"cos overall",14} {"1-cos",9} {"min cos unit",14} {"rel err",9} {"loss",7}");
            foreach (string arch in archList)
            {
                foreach (var act in actList)
                {
                    foreach (int depth in depthList)
                    {
                        var options = new MlpOptions { Inputs = dataset.Train.Features, Width = w, Depth = depth, Classes = FashionMnist.ClassCount, Activation = act, Residual = arch == "residual", Seed = pr.GetValue(seed) };
                        var model = Mlp.Create<float>(options);
                        var context = NnContext<float>.Cpu(matmul);
                        var recent = new RecentLosses(20);
                        // Backprop + Adam on batches that cycle through one shuffle of the training set; the seed's
                        // fold differs from 'zo train' and is kept so that the committed fidelity figures hold.
                        var trainer = new TrainingLoop(
                            new GradientStepMethod(new Backprop<float>(model, context, SoftmaxCrossEntropy<float>.Instance), new DenseAdam<float>(model, rate), rate, context),
                            new BatchSource(dataset.Train, tb, (int)(pr.GetValue(seed) & 0x7fffffff) ^ 0x5eed, BatchOrder.CycleOnePermutation),
                            new TrainingOptions { Epochs = null, EvaluationsPerEpoch = 0 }, evaluation: null, recent);
                        foreach (int checkpoint in checkpointList)
                        {
                            if (trainer.RunTo(checkpoint).Divergence is { } diverged)
                                throw new ZoCliException($"hzo-fidelity: the backprop training for L={depth} {diverged}; lower --lr.");
                            double trainLoss = recent.Mean;
                            foreach (var (label, wide, hzoOptions) in variants)
                            {
                                var (agreement, loss) = wide
                                    ? HzoFidelity.Compare(HzoFidelity.Widen(model, options), NnContext<double>.Cpu(matmul), evalX.Convert<double>(), evalLabels, hzoOptions)
                                    : HzoFidelity.Compare(model, context, evalX, evalLabels, hzoOptions);
                                foreach (var a in agreement)
                                    table.AddRow(arch, Name(act), depth, label, checkpoint, a.Unit, a.Cosine, a.OneMinusCosine, a.RelativeError, a.ReferenceNorm, loss, trainLoss);
                                var overall = agreement[0];
                                double minUnit = agreement.Skip(1).Where(a => !double.IsNaN(a.Cosine)).Min(a => a.Cosine);
                                stdout.WriteLine($"{arch,-8} {Name(act),-4} {depth,3} {label,-16} {checkpoint,5} {overall.Cosine,14:F10} {overall.OneMinusCosine,9:E2} {minUnit,14:F10} {overall.RelativeError,9:E2} {loss,7:F4}");
                                string name = $"{arch} {Name(act)} {label}";
                                Add(byDepth, (checkpoint, name), depth, overall.OneMinusCosine);
                                if (depth == deepest)
                                    Add(byStep, name, checkpoint, overall.OneMinusCosine);
                                if (depth == deepest && checkpoint == last)
                                    perUnit[name] = ([.. agreement.Skip(1).Select(a => (double)a.Unit)], [.. agreement.Skip(1).Select(a => a.OneMinusCosine)]);
                            }
                        }
                    }
                }
            }
            string csvPath = Path.Combine(folder, "fidelity.csv");
            table.Save(csvPath);
            foreach (int checkpoint in checkpointList)
            {
                string when = checkpoint == 0 ? "at initialisation" : $"after {checkpoint} backprop steps";
                var plot = new LinePlot($"HZO vs backprop, Fashion-MNIST MLP W={w}, {when}", "depth L (units)", "1 − cos(g_HZO, g_BP), all parameters") { LogX = true, LogY = true, Markers = true, Width = 900 };
                foreach (var ((step, name), s) in byDepth)
                {
                    if (step == checkpoint)
                        plot.AddSeries(name, s.X, s.Y);
                }
                plot.Save(Path.Combine(folder, $"fidelity-step{checkpoint}.svg"));
            }
            var training = new LinePlot($"HZO vs backprop through training, L={deepest}, W={w}", "backprop + Adam steps", "1 − cos(g_HZO, g_BP), all parameters") { LogY = true, Markers = true, Width = 900 };
            foreach (var (name, s) in byStep)
                training.AddSeries(name, s.X, s.Y);
            training.Save(Path.Combine(folder, "fidelity-training.svg"));
            var units = new LinePlot($"HZO vs backprop per unit, L={deepest}, W={w}, after {last} steps", "unit l", "1 − cos(g_HZO, g_BP) of unit l") { LogY = true, Width = 1000, Height = 560 };
            foreach (var (name, s) in perUnit)
                units.AddSeries(name, s.X, s.Y);
            units.Save(Path.Combine(folder, "fidelity-units.svg"));
            stdout.WriteLine($"wrote {csvPath}, fidelity-step*.svg, fidelity-training.svg, fidelity-units.svg");
            return 0;
        });
        return cmd;
    }

    private static Command HzoCostCommand(TextWriter stdout, TextWriter stderr)
    {
        var depths = new Option<string>("--depths") { Description = "Comma-separated depths L (units).", DefaultValueFactory = _ => "2,4,8,16,32,64" };
        var width = new Option<int>("--width") { Description = "Hidden width W (also the input width).", DefaultValueFactory = _ => 64 };
        var batch = new Option<int>("--batch") { Description = "Samples per gradient.", DefaultValueFactory = _ => 8 };
        var methods = new Option<string?>("--methods") { Description = "mlp: bp, hzo, neuronwise and/or spsa (one-query MeZO; default all four); cnn/resnet: bp, hzo, hzo-nospp, neuronwise and/or cge (default all five)." };
        var model = new Option<string>("--model") { Description = "mlp (default), or cnn or resnet (ConvNet: --width channels in the first stage, --stages, Fashion-MNIST test images at --resolution).", DefaultValueFactory = _ => "mlp" };
        var stages = new Option<int>("--stages") { Description = "cnn/resnet: stages of the body, each after the first starting with a stride-2 unit.", DefaultValueFactory = _ => 2 };
        var resolution = new Option<string>("--resolution") { Description = "cnn/resnet: comma list of input sides, multiples of 28 (Fashion-MNIST upsampled by nearest neighbour).", DefaultValueFactory = _ => "28" };
        var data = new Option<string?>("--data") { Description = "cnn/resnet: directory of the Fashion-MNIST IDX files (default: the installed dataset)." };
        var reps = new Option<int>("--reps") { Description = "Timed gradients per cell and round, after one warm-up (the minimum over all is reported).", DefaultValueFactory = _ => 2 };
        var rounds = new Option<int>("--rounds") { Description = "Passes over all cells; spreading a cell's timings over the run keeps a burst of other load from setting all of them.", DefaultValueFactory = _ => 3 };
        var maxSeconds = new Option<double>("--max-seconds") { Description = "Skip a method at deeper L once one of its gradients took longer than this.", DefaultValueFactory = _ => 20 };
        var activation = new Option<string>("--activation") { Description = "relu, gelu or tanh.", DefaultValueFactory = _ => "gelu" };
        var plain = new Option<bool>("--plain") { Description = "Plain hidden units instead of residual ones." };
        var seed = new Option<ulong>("--seed") { Description = "Seed of the weights, inputs and SPSA directions.", DefaultValueFactory = _ => 1 };
        var (gemm, threads) = GemmOptions();
        var output = new Option<string>("--out") { Description = "Folder for cost.csv and the SVG plots.", DefaultValueFactory = _ => "." };
        var backend = new Option<string>("--backend") { Description = "cpu (default), cuda, emulated or auto: where bp, hzo and neuronwise keep the model and run their ops (each timed gradient ends with a device synchronisation); spsa runs on cpu.", DefaultValueFactory = _ => "cpu" };
        backend.AcceptOnlyFromAmong([.. Cuda.BackendSelector.Names]);
        var cmd = new Command("hzo-cost", "Wall time and layer evaluations per gradient against depth at a fixed width: backprop, HZO, neuron-wise ZO and one-query SPSA.");
        foreach (var o in new Option[] { depths, width, batch, methods, reps, rounds, maxSeconds, activation, plain, seed, gemm, threads, output, backend, model, stages, resolution, data })
            cmd.Options.Add(o);
        cmd.SetAction(pr =>
        {
            int[] depthList = CliParse.Ints(pr.GetValue(depths)!, "--depths", 2);
            var kind = ParseModel(pr.GetValue(model)!);
            if (kind is { } convKind)
            {
                var conv = new ConvCostSettings(convKind, depthList, CliParse.AtLeast(pr.GetValue(width), "--width"), pr.GetValue(stages), ParseActivation(pr.GetValue(activation)!, "--activation"), pr.GetValue(seed),
                    CliParse.Ints(pr.GetValue(resolution)!, "--resolution", 1), CliParse.AtLeast(pr.GetValue(batch), "--batch"), CliParse.AtLeast(pr.GetValue(reps), "--reps"), CliParse.AtLeast(pr.GetValue(rounds), "--rounds"),
                    CliParse.Positive(pr.GetValue(maxSeconds), "--max-seconds"), CliParse.Path(pr.GetValue(output), "--out")!);
                string[] convMethods = CliParse.Names(pr.GetValue(methods) ?? string.Join(",", ConvHzoBench.Methods), "--methods", ConvHzoBench.Methods);
                return ConvCost(conv, convMethods, pr.GetValue(backend)!, pr.GetValue(gemm)!, pr.GetValue(threads), CliParse.Path(pr.GetValue(data), "--data"), stdout, stderr);
            }
            // The MLP cost table knows the formulas of these four (docs/hzo.md); hzo-nospp and cge are the conv nets' (ConvHzoBench.Methods).
            string[] methodList = CliParse.Names(pr.GetValue(methods) ?? "bp,hzo,neuronwise,spsa", "--methods", ["bp", "hzo", "neuronwise", "spsa"]);
            string backendName = pr.GetValue(backend)!;
            using var device = CliOptions.CreateNnDevice(backendName, stderr, methodList.Contains("spsa") ? "--methods spsa" : null);
            var deviceOps = device.Ops;
            int w = CliParse.AtLeast(pr.GetValue(width), "--width");
            int b = CliParse.AtLeast(pr.GetValue(batch), "--batch");
            int r = CliParse.AtLeast(pr.GetValue(reps), "--reps");
            int passes = CliParse.AtLeast(pr.GetValue(rounds), "--rounds");
            double slowest = CliParse.Positive(pr.GetValue(maxSeconds), "--max-seconds");
            var act = ParseActivation(pr.GetValue(activation)!, "--activation");
            var matmul = CreateGemm(pr.GetValue(gemm)!, pr.GetValue(threads));
            string folder = CliParse.Path(pr.GetValue(output), "--out")!;
            string where = deviceOps is null ? GemmSelector.Describe(matmul) : device.Describe();
            stdout.WriteLine($"hzo-cost: {(pr.GetValue(plain) ? "plain" : "residual")} {Name(act)} MLP, W={w}, B={b}, float32, min of {passes}×{r} timed gradients per cell (round-robin); {where}");
            var cells = new List<GradientCostCell>();
            var random = new Random((int)(pr.GetValue(seed) & 0x7fffffff));
            try
            {
                foreach (int depth in depthList)
                {
                    var options = new MlpOptions { Inputs = w, Width = w, Depth = depth, Classes = 10, Activation = act, Residual = !pr.GetValue(plain), Seed = pr.GetValue(seed) };
                    var x = new Tensor<float>(b, w);
                    foreach (ref float v in x.Span)
                        v = (float)(random.NextDouble() * 2 - 1);
                    int[] labels = [.. Enumerable.Range(0, b).Select(i => i % 10)];
                    var input = deviceOps is null ? x : x.To(deviceOps.Memory);
                    foreach (string method in methodList)
                    {
                        var context = deviceOps is null ? NnContext<float>.Cpu(matmul) : new NnContext<float>(deviceOps);
                        var model = Mlp.Create<float>(options).MoveTo(context.Memory);
                        cells.Add(new GradientCostCell(method, depth, model, context, input, labels, pr.GetValue(seed), device.Backend));
                    }
                }
                GradientCostCell.TimeRoundRobin(cells, r, passes, slowest);
            }
            finally
            {
                foreach (var cell in cells)
                    cell.Dispose();
            }
            stdout.WriteLine($"{"method",-10} {"L",3} {"s/gradient",11} {"median",9} {"evals/sample",13} {"probe evals",12} {"formula",-12} {"formula val",12} {"peak probe B",13}");
            var table = new CsvTable("method", "depth", "width", "batch", "seconds_min", "seconds_median", "timed", "layer_evaluations_per_sample", "probe_evaluations_per_sample", "backward_evaluations_per_sample", "formula", "formula_value", "peak_probe_bytes", "trace_bytes");
            var evals = methodList.ToDictionary(m => m, _ => (X: new List<double>(), Y: new List<double>()));
            var times = methodList.ToDictionary(m => m, _ => (X: new List<double>(), Y: new List<double>()));
            foreach (var cell in cells.Where(c => c.Seconds.Count > 0))
            {
                int depth = cell.Depth;
                double perSample(long v) => (double)v / b;
                var (formula, value) = cell.Method switch
                {
                    "hzo" => ("2W·L·log2L", 2.0 * w * depth * Math.Log2(depth)),
                    "neuronwise" => ("W·L^2", (double)w * depth * depth),
                    "spsa" => ("2L", 2.0 * depth),
                    _ => ("L", (double)depth),
                };
                double min = cell.Seconds.Min(), median = cell.Seconds.Order().ElementAt(cell.Seconds.Count / 2);
                var counts = cell.Counts;
                table.AddRow(cell.Method, depth, w, b, min, median, cell.Seconds.Count, perSample(counts.LayerEvaluations), perSample(counts.Probe), perSample(counts.Backward), formula, value, cell.ProbeBytes, cell.TraceBytes);
                stdout.WriteLine($"{cell.Method,-10} {depth,3} {min,11:E3} {median,9:E2} {perSample(counts.LayerEvaluations),13:F0} {perSample(counts.Probe),12:F0} {formula,-12} {value,12:F0} {cell.ProbeBytes,13}");
                evals[cell.Method].X.Add(depth);
                evals[cell.Method].Y.Add(perSample(counts.LayerEvaluations));
                times[cell.Method].X.Add(depth);
                times[cell.Method].Y.Add(min);
            }
            table.Save(Path.Combine(folder, "cost.csv"));
            var evalPlot = new LinePlot($"Layer evaluations per sample per gradient, W={w}", "depth L (units)", "layer evaluations per sample") { LogX = true, LogY = true, Markers = true };
            foreach (var (method, s) in evals)
                evalPlot.AddSeries(method, s.X, s.Y);
            double[] ls = [.. depthList.Select(d => (double)d)];
            evalPlot.AddSeries("2W·L·log₂L", ls, [.. ls.Select(l => 2.0 * w * l * Math.Log2(l))]);
            evalPlot.AddSeries("W·L²", ls, [.. ls.Select(l => w * l * l)]);
            evalPlot.Save(Path.Combine(folder, "cost-evaluations.svg"));
            var timePlot = new LinePlot($"Wall time per gradient, W={w}, B={b}, float32", "depth L (units)", "seconds per gradient") { LogX = true, LogY = true, Markers = true };
            foreach (var (method, s) in times)
                timePlot.AddSeries(method, s.X, s.Y);
            timePlot.Save(Path.Combine(folder, "cost-time.svg"));
            stdout.WriteLine($"wrote {Path.Combine(folder, "cost.csv")}, cost-evaluations.svg, cost-time.svg");
            return 0;
        });
        return cmd;
    }

    /// <summary>null for "mlp", else the convolutional kind --model names (cnn or resnet).</summary>
    private static ConvNetKind? ParseModel(string name) =>
        CliParse.Choice(name, "--model", ("mlp", (ConvNetKind?)null), ("cnn", ConvNetKind.Cnn), ("resnet", ConvNetKind.ResNet));

    /// <summary>The conv net of one figure cell; a geometry the model refuses (depth below the stages, a map too small) is a usage error.</summary>
    private static ConvNetOptions ConvOptions(ConvNetKind kind, int depth, int width, int stages, ActivationKind act, ulong seed, int side)
    {
        var options = new ConvNetOptions { Kind = kind, Input = new SpatialShape(1, side, side), Classes = FashionMnist.ClassCount, Depth = depth, Width = width, Stages = stages, Activation = act, Seed = seed };
        try
        {
            ConvNet.Create<float>(options);
        }
        catch (ArgumentException e)
        {
            throw new ZoCliException($"--model {ConvNet.KindName(kind)} --depths {depth} --stages {stages} at {side}×{side}: {ExitCodes.OneLine(e)}");
        }
        return options;
    }

    private static int UpsampleFactor(int side)
    {
        try
        {
            return ConvHzoBench.UpsampleFactor(side);
        }
        catch (ArgumentException e)
        {
            throw new ZoCliException($"--resolution: {ExitCodes.OneLine(e)}");
        }
    }

    private sealed record ConvCostSettings(ConvNetKind Kind, int[] Depths, int Width, int Stages, ActivationKind Activation, ulong Seed, int[] Resolutions, int Batch, int Reps, int Rounds, double MaxSeconds, string Folder);

    /// <summary>'zo bench hzo-cost --model cnn|resnet': probe rows (measured and by formula) and time per gradient against depth and resolution.</summary>
    private static int ConvCost(ConvCostSettings c, string[] methodList, string backendName, string gemmName, int? threads, string? dataPath, TextWriter stdout, TextWriter stderr)
    {
        int[] factors = [.. c.Resolutions.Select(UpsampleFactor)];
        var shapes = c.Resolutions.SelectMany(side => c.Depths.Select(depth => (side, depth, ConvOptions(c.Kind, depth, c.Width, c.Stages, c.Activation, c.Seed, side)))).ToList();
        var matmul = CreateGemm(gemmName, threads);
        using var device = CliOptions.CreateNnDevice(backendName, stderr, methodList.Contains("cge") ? "--methods cge" : null);
        var deviceOps = device.Ops;
        var dataset = LoadFashionMnist(dataPath);
        if (dataset.Test.Count < c.Batch)
            throw new ZoCliException($"hzo-cost needs at least --batch {c.Batch} test images; '{dataset.Directory}' has {dataset.Test.Count}.");
        string name = ConvNet.KindName(c.Kind);
        string where = deviceOps is null ? GemmSelector.Describe(matmul) : device.Describe();
        stdout.WriteLine($"hzo-cost: {name} {Name(c.Activation)}, width {c.Width}, {c.Stages} stage(s), B={c.Batch} Fashion-MNIST test images at {string.Join(", ", c.Resolutions.Select(r => $"{r}×{r}"))} (nearest-neighbour upsampling), float32, min of {c.Rounds}×{c.Reps} timed gradients per cell (round-robin); {where}");
        var cells = new List<(GradientCostCell Cell, string Method, int Side, Sequential<float> Model)>();
        try
        {
            for (int i = 0; i < c.Resolutions.Length; i++)
            {
                var (x, labels) = ConvHzoBench.Batch(dataset.Test, c.Batch, factors[i]);
                var input = deviceOps is null ? x : x.To(deviceOps.Memory);
                foreach (var (side, depth, options) in shapes.Where(s => s.side == c.Resolutions[i]))
                {
                    foreach (string method in methodList)
                    {
                        var context = deviceOps is null ? NnContext<float>.Cpu(matmul) : new NnContext<float>(deviceOps);
                        var net = ConvNet.Create<float>(options).MoveTo(context.Memory);
                        // The skip rule of TimeRoundRobin goes by the cell's name: one name per method and resolution.
                        cells.Add((new GradientCostCell($"{method} {side}", depth, ConvHzoBench.CreateGradient(method, net, context, c.Seed), input, labels, device.Backend), method, side, net));
                    }
                }
            }
            GradientCostCell.TimeRoundRobin([.. cells.Select(t => t.Cell)], c.Reps, c.Rounds, c.MaxSeconds);
        }
        finally
        {
            foreach (var t in cells)
                t.Cell.Dispose();
        }
        stdout.WriteLine($"{"method",-10} {"side",4} {"L",3} {"units",5} {"s/gradient",11} {"median",9} {"probe evals",12} {"formula",-18} {"formula",12} {"match",5} {"evals/sample",13} {"peak probe B",13}");
        var table = new CsvTable("model", "method", "resolution", "depth", "units", "width", "stages", "batch", "seconds_min", "seconds_median", "timed", "probe_evaluations_per_sample", "formula", "formula_evaluations_per_sample", "matches_formula", "layer_evaluations_per_sample", "forward_rows_per_sample", "peak_probe_bytes", "trace_bytes");
        var rows = new Dictionary<string, (List<double> X, List<double> Y)>();
        var times = new Dictionary<string, (List<double> X, List<double> Y)>();
        int mismatches = 0;
        foreach (var (cell, method, side, net) in cells.Where(t => t.Cell.Seconds.Count > 0))
        {
            double PerSample(long v) => (double)v / c.Batch;
            var (formula, expected) = ConvHzoBench.ProbeRowsPerSample(method, net);
            var counts = cell.Counts;
            bool match = counts.Probe == expected * c.Batch;
            if (!match)
                mismatches++;
            double min = cell.Seconds.Min(), median = cell.Seconds.Order().ElementAt(cell.Seconds.Count / 2);
            table.AddRow(name, method, side, cell.Depth, net.Depth, c.Width, c.Stages, c.Batch, min, median, cell.Seconds.Count, PerSample(counts.Probe), formula, expected, match ? "yes" : "no", PerSample(counts.LayerEvaluations), PerSample(counts.Forward), cell.ProbeBytes, cell.TraceBytes);
            stdout.WriteLine($"{method,-10} {side,4} {cell.Depth,3} {net.Depth,5} {min,11:E3} {median,9:E2} {PerSample(counts.Probe),12:F0} {formula,-18} {expected,12} {(match ? "yes" : "NO"),5} {PerSample(counts.LayerEvaluations),13:F0} {cell.ProbeBytes,13}");
            string series = $"{method} {side}×{side}";
            if (expected > 0)
                Add(rows, series, cell.Depth, PerSample(counts.Probe));
            Add(times, series, cell.Depth, min);
        }
        table.Save(Path.Combine(c.Folder, "cost.csv"));
        var rowPlot = new LinePlot($"Probe evaluations (probe rows × units they pass) per sample per gradient, {name} width {c.Width}", "depth D", "probe evaluations per sample") { LogX = true, LogY = true, Markers = true, Width = 900 };
        foreach (var (series, s) in rows)
            rowPlot.AddSeries(series, s.X, s.Y);
        rowPlot.Save(Path.Combine(c.Folder, "cost-probe-rows.svg"));
        var timePlot = new LinePlot($"Wall time per gradient, {name} width {c.Width}, B={c.Batch}, float32", "depth D", "seconds per gradient") { LogX = true, LogY = true, Markers = true, Width = 900 };
        foreach (var (series, s) in times)
            timePlot.AddSeries(series, s.X, s.Y);
        timePlot.Save(Path.Combine(c.Folder, "cost-time.svg"));
        stdout.WriteLine($"wrote {Path.Combine(c.Folder, "cost.csv")}, cost-probe-rows.svg, cost-time.svg");
        if (mismatches > 0)
        {
            stderr.WriteLine($"hzo-cost: {mismatches} cell(s) counted probe evaluations that differ from the docs/hzo.md formula (matches_formula = no in cost.csv).");
            return 1;
        }
        return 0;
    }

    private sealed record ConvFidelitySettings(ConvNetKind[] Kinds, int[] Depths, int Width, int Stages, ActivationKind[] Activations, int[] Checkpoints, double[] Steps, int Batch, int TrainBatch, double Rate, ulong Seed, string Folder);

    /// <summary>'zo bench hzo-fidelity --model cnn,resnet': HZO+SPP against backprop per unit and overall, over depth and through training.</summary>
    private static int ConvFidelity(ConvFidelitySettings c, string backendName, string gemmName, int? threads, string? dataPath, TextWriter stdout, TextWriter stderr)
    {
        var cells = (from kind in c.Kinds from act in c.Activations from depth in c.Depths select (kind, act, depth, ConvOptions(kind, depth, c.Width, c.Stages, act, c.Seed, ConvHzoBench.Side))).ToList();
        var matmul = CreateGemm(gemmName, threads);
        using var device = CliOptions.CreateNnDevice(backendName, stderr, null);
        var deviceOps = device.Ops;
        var dataset = LoadFashionMnist(dataPath);
        if (dataset.Train.Count == 0 || dataset.Test.Count < c.Batch)
            throw new ZoCliException($"hzo-fidelity needs training images and at least --batch {c.Batch} test images; '{dataset.Directory}' has {dataset.Train.Count} and {dataset.Test.Count}.");
        string where = deviceOps is null ? GemmSelector.Describe(matmul) : device.Describe();
        stdout.WriteLine($"hzo-fidelity: {string.Join(",", c.Kinds.Select(ConvNet.KindName))}, width {c.Width}, {c.Stages} stage(s), float32 HZO with SPP, gradients of {c.Batch} test images compared after {string.Join(", ", c.Checkpoints)} Adam steps (lr {c.Rate}, batch {c.TrainBatch}); h={string.Join(",", c.Steps)}; {where}");
        var (hostX, evalLabels) = ConvHzoBench.Batch(dataset.Test, c.Batch, 1);
        var table = new CsvTable("model", "activation", "depth", "units", "step_h", "train_step", "unit", "cosine", "one_minus_cosine", "relative_error", "bp_norm", "loss", "train_loss");
        var byDepth = new Dictionary<(int Step, string Name), (List<double> X, List<double> Y)>();
        var byStep = new Dictionary<string, (List<double> X, List<double> Y)>();
        var perUnit = new Dictionary<string, (List<double> X, List<double> Y)>();
        int deepest = c.Depths.Max(), last = c.Checkpoints[^1];
        stdout.WriteLine($"{"model",-6} {"act",-4} {"D",3} {"h",7} {"step",5} {"cos overall",14} {"1-cos",9} {"min cos unit",14} {"rel err",9} {"loss",7}");
        foreach (var (kind, act, depth, options) in cells)
        {
            foreach (double h in c.Steps)
            {
                var context = deviceOps is null ? NnContext<float>.Cpu(matmul) : new NnContext<float>(deviceOps);
                var net = ConvNet.Create<float>(options).MoveTo(context.Memory);
                var evalX = deviceOps is null ? hostX : hostX.To(deviceOps.Memory);
                var (points, divergence) = ConvHzoBench.FidelityThroughTraining(net, context, dataset.Train, c.TrainBatch, c.Rate, c.Seed, evalX, evalLabels, c.Checkpoints, new HzoOptions { Step = h });
                if (divergence is not null)
                    throw new ZoCliException($"hzo-fidelity: {ConvNet.KindName(kind)} D={depth}: {divergence}; lower --lr.");
                string hText = h.ToString("G3", CultureInfo.InvariantCulture);
                string name = $"{ConvNet.KindName(kind)} {Name(act)}" + (c.Steps.Length > 1 ? $" h={hText}" : "");
                foreach (var p in points)
                {
                    foreach (var a in p.Agreement)
                        table.AddRow(ConvNet.KindName(kind), Name(act), depth, net.Depth, h, p.Step, a.Unit, a.Cosine, a.OneMinusCosine, a.RelativeError, a.ReferenceNorm, p.Loss, p.TrainLoss);
                    var overall = p.Agreement[0];
                    double minUnit = p.Agreement.Skip(1).Where(a => !double.IsNaN(a.Cosine)).Min(a => a.Cosine);
                    stdout.WriteLine($"{ConvNet.KindName(kind),-6} {Name(act),-4} {depth,3} {hText,7} {p.Step,5} {overall.Cosine,14:F10} {overall.OneMinusCosine,9:E2} {minUnit,14:F10} {overall.RelativeError,9:E2} {p.Loss,7:F4}");
                    Add(byDepth, (p.Step, name), depth, overall.OneMinusCosine);
                    if (depth == deepest)
                        Add(byStep, name, p.Step, overall.OneMinusCosine);
                    if (depth == deepest && p.Step == last)
                        perUnit[name] = ([.. p.Agreement.Skip(1).Select(a => (double)a.Unit)], [.. p.Agreement.Skip(1).Select(a => a.OneMinusCosine)]);
                }
            }
        }
        string csvPath = Path.Combine(c.Folder, "fidelity.csv");
        table.Save(csvPath);
        foreach (int checkpoint in c.Checkpoints)
        {
            string when = checkpoint == 0 ? "at initialisation" : $"after {checkpoint} backprop steps";
            var plot = new LinePlot($"HZO+SPP vs backprop, Fashion-MNIST conv nets, width {c.Width}, {when}", "depth D", "1 − cos(g_HZO, g_BP), all parameters") { LogX = true, LogY = true, Markers = true, Width = 900 };
            foreach (var ((step, name), s) in byDepth)
            {
                if (step == checkpoint)
                    plot.AddSeries(name, s.X, s.Y);
            }
            plot.Save(Path.Combine(c.Folder, $"fidelity-step{checkpoint}.svg"));
        }
        var training = new LinePlot($"HZO+SPP vs backprop through training, D={deepest}, width {c.Width}", "backprop + Adam steps", "1 − cos(g_HZO, g_BP), all parameters") { LogY = true, Markers = true, Width = 900 };
        foreach (var (name, s) in byStep)
            training.AddSeries(name, s.X, s.Y);
        training.Save(Path.Combine(c.Folder, "fidelity-training.svg"));
        var units = new LinePlot($"HZO+SPP vs backprop per unit, D={deepest}, width {c.Width}, after {last} steps", "unit l", "1 − cos(g_HZO, g_BP) of unit l") { LogY = true, Markers = true, Width = 1000, Height = 560 };
        foreach (var (name, s) in perUnit)
            units.AddSeries(name, s.X, s.Y);
        units.Save(Path.Combine(c.Folder, "fidelity-units.svg"));
        stdout.WriteLine($"wrote {csvPath}, fidelity-step*.svg, fidelity-training.svg, fidelity-units.svg");
        return 0;
    }

    private static void Add<TKey>(Dictionary<TKey, (List<double> X, List<double> Y)> series, TKey key, double x, double y) where TKey : notnull
    {
        if (!series.TryGetValue(key, out var s))
            series[key] = s = ([], []);
        s.X.Add(x);
        s.Y.Add(y);
    }

    private static (Option<string> Gemm, Option<int> Threads) GemmOptions() =>
        (new Option<string>("--gemm") { Description = "auto (OpenBLAS if it loads, else blocked), openblas, blocked or reference.", DefaultValueFactory = _ => "auto" },
         new Option<int>("--threads") { Description = "GEMM threads (OpenBLAS's pool or the blocked GEMM's); 1 measures one core.", DefaultValueFactory = _ => 1 });

    /// <summary>The GEMM --gemm names; with <paramref name="threads"/>, OpenBLAS's or the blocked GEMM's thread count set.</summary>
    private static IGemm CreateGemm(string name, int? threads)
    {
        if (threads is { } n)
            CliParse.AtLeast(n, "--threads");
        IGemm g;
        try
        {
            g = GemmSelector.Create(name);
        }
        catch (ArgumentException e)
        {
            throw new ZoCliException($"--gemm: {e.Message}");
        }
        return (g, threads) switch
        {
            (_, null) => g,
            (OpenBlasGemm o, { } t) => SetThreads(o, t),
            (BlockedGemm, { } t) => new BlockedGemm(SimdWidth.Auto, t),
            _ => g,
        };

        static IGemm SetThreads(OpenBlasGemm o, int n)
        {
            o.Threads = n;
            return o;
        }
    }

    private static ActivationKind ParseActivation(string name, string option) =>
        CliParse.Choice(name, option, ("relu", ActivationKind.Relu), ("gelu", ActivationKind.Gelu), ("tanh", ActivationKind.Tanh));

    private static string Name(ActivationKind kind) => kind.ToString().ToLowerInvariant();
}
