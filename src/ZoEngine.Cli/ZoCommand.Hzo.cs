using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using ZoEngine.Estimators;
using ZoEngine.Nn;
using ZoEngine.Nn.Gemm;
using ZoEngine.Optimizers;
using ZoEngine.Workloads.Data;
using ZoEngine.Workloads.Reporting;

namespace ZoEngine.Cli;

public static partial class ZoCommand
{
    /// <summary>'zo bench hzo-fidelity' and 'zo bench hzo-cost': the HZO figures of docs/hzo.md.</summary>
    private static IEnumerable<Command> HzoBenchCommands(TextWriter stdout)
    {
        yield return HzoFidelityCommand(stdout);
        yield return HzoCostCommand(stdout);
    }

    private static Command HzoFidelityCommand(TextWriter stdout)
    {
        var depths = new Option<string>("--depths") { Description = "Comma-separated depths L (units).", DefaultValueFactory = _ => "4,8,16,32,64" };
        var width = new Option<int>("--width") { Description = "Hidden width W.", DefaultValueFactory = _ => 64 };
        var batch = new Option<int>("--batch") { Description = "Test images whose gradient is compared.", DefaultValueFactory = _ => 16 };
        var archs = new Option<string>("--archs") { Description = "plain and/or residual.", DefaultValueFactory = _ => "plain,residual" };
        var activations = new Option<string>("--activations") { Description = "relu, gelu and/or tanh.", DefaultValueFactory = _ => "relu,gelu" };
        var precisions = new Option<string>("--precisions") { Description = "float32 and/or float64.", DefaultValueFactory = _ => "float32,float64" };
        var trainSteps = new Option<int>("--train-steps") { Description = "Backprop + Adam steps on Fashion-MNIST between the two measurements (0: init only).", DefaultValueFactory = _ => 300 };
        var trainBatch = new Option<int>("--train-batch") { Description = "Batch of the training steps.", DefaultValueFactory = _ => 64 };
        var lr = new Option<double>("--lr") { Description = "Adam learning rate of the training steps.", DefaultValueFactory = _ => 1e-3 };
        var step32 = new Option<double>("--step32") { Description = "HZO probe step h in float32.", DefaultValueFactory = _ => HzoOptions.DefaultStep(typeof(float)) };
        var step64 = new Option<double>("--step64") { Description = "HZO probe step h in float64.", DefaultValueFactory = _ => HzoOptions.DefaultStep(typeof(double)) };
        var seed = new Option<ulong>("--seed") { Description = "Seed of the initial weights and the batch order.", DefaultValueFactory = _ => 1 };
        var data = new Option<string?>("--data") { Description = "Directory of the Fashion-MNIST IDX files (default: the installed dataset)." };
        var (gemm, threads) = GemmOptions();
        var output = new Option<string>("--out") { Description = "Folder for fidelity.csv and the SVG plots.", DefaultValueFactory = _ => "." };
        var cmd = new Command("hzo-fidelity", "Cosine between HZO and backprop gradients per unit and overall, against depth, for plain/residual, ReLU/GELU, float32/float64, at init and after backprop training on Fashion-MNIST.");
        foreach (var o in new Option[] { depths, width, batch, archs, activations, precisions, trainSteps, trainBatch, lr, step32, step64, seed, data, gemm, threads, output })
            cmd.Options.Add(o);
        cmd.SetAction(pr =>
        {
            int[] depthList = ParseInts(pr.GetValue(depths)!, "--depths", 2);
            string[] archList = ParseNames(pr.GetValue(archs)!, "--archs", "plain", "residual");
            var actList = ParseNames(pr.GetValue(activations)!, "--activations", "relu", "gelu", "tanh").Select(ParseActivation).ToArray();
            string[] precisionList = ParseNames(pr.GetValue(precisions)!, "--precisions", "float32", "float64");
            int w = Positive(pr.GetValue(width), "--width");
            int b = Positive(pr.GetValue(batch), "--batch");
            int steps = pr.GetValue(trainSteps) >= 0 ? pr.GetValue(trainSteps) : throw new ZoCliException("--train-steps must be ≥ 0.");
            int tb = Positive(pr.GetValue(trainBatch), "--train-batch");
            var matmul = CreateGemm(pr.GetValue(gemm)!, pr.GetValue(threads));
            FashionMnist dataset;
            try
            {
                dataset = FashionMnist.Load(pr.GetValue(data));
            }
            catch (DatasetException e)
            {
                throw new ZoCliException(e.Message);
            }
            string folder = pr.GetValue(output)!;
            var h32 = new HzoOptions { Step = pr.GetValue(step32) };
            var h64 = new HzoOptions { Step = pr.GetValue(step64) };
            h32.Validate();
            h64.Validate();
            stdout.WriteLine($"hzo-fidelity: W={w}, compared on {b} test images, {steps} Adam steps (lr {pr.GetValue(lr)}, batch {tb}) between init and trained; h32={h32.Step} h64={h64.Step}; {GemmSelector.Describe(matmul)}");

            var evalX = ImageBatch(dataset.Test, Enumerable.Range(0, b).ToArray(), out int[] evalLabels);
            var table = new CsvTable("arch", "activation", "depth", "precision", "stage", "unit", "cosine", "one_minus_cosine", "relative_error", "bp_norm", "loss", "train_loss");
            var series = new Dictionary<(string Stage, string Name), (List<double> X, List<double> Y)>();
            var perUnit = new Dictionary<string, (List<double> X, List<double> Y)>();
            stdout.WriteLine($"{"arch",-8} {"act",-4} {"L",3} {"prec",-7} {"stage",-7} {"cos overall",14} {"1-cos",9} {"min cos unit",14} {"rel err",9} {"loss",7}");
            foreach (string arch in archList)
            {
                foreach (var act in actList)
                {
                    foreach (int depth in depthList)
                    {
                        var options = new MlpOptions { Inputs = dataset.Train.Features, Width = w, Depth = depth, Classes = FashionMnist.ClassCount, Activation = act, Residual = arch == "residual", Seed = pr.GetValue(seed) };
                        var model = Mlp.Create<float>(options);
                        var context = NnContext<float>.Cpu(matmul);
                        double trainLoss = double.NaN;
                        foreach (string stage in steps > 0 ? new[] { "init", "trained" } : ["init"])
                        {
                            if (stage == "trained")
                                trainLoss = TrainWithBackprop(model, context, dataset.Train, steps, tb, pr.GetValue(lr), pr.GetValue(seed));
                            foreach (string precision in precisionList)
                            {
                                var (agreement, loss) = precision == "float32"
                                    ? CompareHzo(model, context, evalX, evalLabels, h32)
                                    : CompareHzo(Widen(model, options), NnContext<double>.Cpu(matmul), evalX.Convert<double>(), evalLabels, h64);
                                foreach (var a in agreement)
                                    table.AddRow(arch, Name(act), depth, precision, stage, a.Unit, a.Cosine, a.OneMinusCosine, a.RelativeError, a.ReferenceNorm, loss, stage == "trained" ? trainLoss : double.NaN);
                                var overall = agreement[0];
                                double minUnit = agreement.Skip(1).Where(a => !double.IsNaN(a.Cosine)).Min(a => a.Cosine);
                                stdout.WriteLine($"{arch,-8} {Name(act),-4} {depth,3} {precision,-7} {stage,-7} {overall.Cosine,14:F10} {overall.OneMinusCosine,9:E2} {minUnit,14:F10} {overall.RelativeError,9:E2} {loss,7:F4}");
                                string name = $"{arch} {Name(act)} {precision}";
                                if (!series.TryGetValue((stage, name), out var s))
                                    series[(stage, name)] = s = ([], []);
                                s.X.Add(depth);
                                s.Y.Add(overall.OneMinusCosine);
                                if (depth == depthList.Max())
                                {
                                    string unitName = $"{arch} {Name(act)} {precision} {stage}";
                                    perUnit[unitName] = ([.. agreement.Skip(1).Select(a => (double)a.Unit)], [.. agreement.Skip(1).Select(a => a.OneMinusCosine)]);
                                }
                            }
                        }
                    }
                }
            }
            string csvPath = Path.Combine(folder, "fidelity.csv");
            table.Save(csvPath);
            foreach (string stage in series.Keys.Select(k => k.Stage).Distinct())
            {
                var plot = new SvgLinePlot($"HZO vs backprop, Fashion-MNIST MLP W={w} ({stage})", "depth L (units)", "1 − cos(g_HZO, g_BP), all parameters") { LogX = true, LogY = true, Markers = true };
                foreach (var ((st, name), s) in series)
                {
                    if (st == stage)
                        plot.AddSeries(name, s.X, s.Y);
                }
                plot.Save(Path.Combine(folder, $"fidelity-{stage}.svg"));
            }
            var units = new SvgLinePlot($"HZO vs backprop per unit, L={depthList.Max()}, W={w}", "unit l", "1 − cos(g_HZO, g_BP) of unit l") { LogY = true, Width = 1000, Height = 560 };
            foreach (var (name, s) in perUnit)
                units.AddSeries(name, s.X, s.Y);
            units.Save(Path.Combine(folder, "fidelity-units.svg"));
            stdout.WriteLine($"wrote {csvPath}, fidelity-*.svg");
            return 0;
        });
        return cmd;
    }

    private static Command HzoCostCommand(TextWriter stdout)
    {
        var depths = new Option<string>("--depths") { Description = "Comma-separated depths L (units).", DefaultValueFactory = _ => "2,4,8,16,32,64" };
        var width = new Option<int>("--width") { Description = "Hidden width W (also the input width).", DefaultValueFactory = _ => 64 };
        var batch = new Option<int>("--batch") { Description = "Samples per gradient.", DefaultValueFactory = _ => 8 };
        var methods = new Option<string>("--methods") { Description = "bp, hzo, neuronwise and/or spsa (one-query MeZO).", DefaultValueFactory = _ => "bp,hzo,neuronwise,spsa" };
        var reps = new Option<int>("--reps") { Description = "Timed gradients per cell after one warm-up (the minimum is reported).", DefaultValueFactory = _ => 3 };
        var maxSeconds = new Option<double>("--max-seconds") { Description = "Skip a method at deeper L once one of its gradients took longer than this.", DefaultValueFactory = _ => 20 };
        var activation = new Option<string>("--activation") { Description = "relu, gelu or tanh.", DefaultValueFactory = _ => "gelu" };
        var plain = new Option<bool>("--plain") { Description = "Plain hidden units instead of residual ones." };
        var seed = new Option<ulong>("--seed") { Description = "Seed of the weights, inputs and SPSA directions.", DefaultValueFactory = _ => 1 };
        var (gemm, threads) = GemmOptions();
        var output = new Option<string>("--out") { Description = "Folder for cost.csv and the SVG plots.", DefaultValueFactory = _ => "." };
        var cmd = new Command("hzo-cost", "Wall time and layer evaluations per gradient against depth at a fixed width: backprop, HZO, neuron-wise ZO and one-query SPSA.");
        foreach (var o in new Option[] { depths, width, batch, methods, reps, maxSeconds, activation, plain, seed, gemm, threads, output })
            cmd.Options.Add(o);
        cmd.SetAction(pr =>
        {
            int[] depthList = ParseInts(pr.GetValue(depths)!, "--depths", 2);
            string[] methodList = ParseNames(pr.GetValue(methods)!, "--methods", "bp", "hzo", "neuronwise", "spsa");
            int w = Positive(pr.GetValue(width), "--width");
            int b = Positive(pr.GetValue(batch), "--batch");
            int r = Positive(pr.GetValue(reps), "--reps");
            var act = ParseActivation(pr.GetValue(activation)!);
            var matmul = CreateGemm(pr.GetValue(gemm)!, pr.GetValue(threads));
            string folder = pr.GetValue(output)!;
            stdout.WriteLine($"hzo-cost: {(pr.GetValue(plain) ? "plain" : "residual")} {Name(act)} MLP, W={w}, B={b}, float32, min of {r} timed gradients; {GemmSelector.Describe(matmul)}");
            stdout.WriteLine($"{"method",-10} {"L",3} {"s/gradient",11} {"median",9} {"evals/sample",13} {"probe evals",12} {"formula",-12} {"formula val",12} {"peak probe B",13}");
            var table = new CsvTable("method", "depth", "width", "batch", "seconds_min", "seconds_median", "layer_evaluations_per_sample", "probe_evaluations_per_sample", "backward_evaluations_per_sample", "formula", "formula_value", "peak_probe_bytes", "trace_bytes");
            var evals = methodList.ToDictionary(m => m, _ => (X: new List<double>(), Y: new List<double>()));
            var times = methodList.ToDictionary(m => m, _ => (X: new List<double>(), Y: new List<double>()));
            var skipped = new HashSet<string>();
            var random = new Random((int)(pr.GetValue(seed) & 0x7fffffff));
            foreach (int depth in depthList)
            {
                var options = new MlpOptions { Inputs = w, Width = w, Depth = depth, Classes = 10, Activation = act, Residual = !pr.GetValue(plain), Seed = pr.GetValue(seed) };
                var x = new Tensor<float>(b, w);
                foreach (ref float v in x.Span)
                    v = (float)(random.NextDouble() * 2 - 1);
                int[] labels = [.. Enumerable.Range(0, b).Select(i => i % 10)];
                foreach (string method in methodList)
                {
                    if (skipped.Contains(method))
                        continue;
                    var model = Mlp.Create<float>(options);
                    var context = NnContext<float>.Cpu(matmul);
                    var (seconds, counts, probeBytes, traceBytes) = TimeGradient(method, model, context, x, labels, r, pr.GetValue(seed));
                    double perSample(long v) => (double)v / b;
                    var (formula, value) = method switch
                    {
                        "hzo" => ("2W·L·log2L", 2.0 * w * depth * Math.Log2(depth)),
                        "neuronwise" => ("W·L^2", (double)w * depth * depth),
                        "spsa" => ("2L", 2.0 * depth),
                        _ => ("L", (double)depth),
                    };
                    double min = seconds.Min(), median = seconds.Order().ElementAt(seconds.Count / 2);
                    table.AddRow(method, depth, w, b, min, median, perSample(counts.LayerEvaluations), perSample(counts.Probe), perSample(counts.Backward), formula, value, probeBytes, traceBytes);
                    stdout.WriteLine($"{method,-10} {depth,3} {min,11:E3} {median,9:E2} {perSample(counts.LayerEvaluations),13:F0} {perSample(counts.Probe),12:F0} {formula,-12} {value,12:F0} {probeBytes,13}");
                    evals[method].X.Add(depth);
                    evals[method].Y.Add(perSample(counts.LayerEvaluations));
                    times[method].X.Add(depth);
                    times[method].Y.Add(min);
                    if (min > pr.GetValue(maxSeconds))
                        skipped.Add(method);
                }
            }
            table.Save(Path.Combine(folder, "cost.csv"));
            var evalPlot = new SvgLinePlot($"Layer evaluations per sample per gradient, W={w}", "depth L (units)", "layer evaluations per sample") { LogX = true, LogY = true, Markers = true };
            foreach (var (method, s) in evals)
                evalPlot.AddSeries(method, s.X, s.Y);
            double[] ls = [.. depthList.Select(d => (double)d)];
            evalPlot.AddSeries("2W·L·log₂L", ls, [.. ls.Select(l => 2.0 * w * l * Math.Log2(l))]);
            evalPlot.AddSeries("W·L²", ls, [.. ls.Select(l => w * l * l)]);
            evalPlot.Save(Path.Combine(folder, "cost-evaluations.svg"));
            var timePlot = new SvgLinePlot($"Wall time per gradient, W={w}, B={b}, float32", "depth L (units)", "seconds per gradient") { LogX = true, LogY = true, Markers = true };
            foreach (var (method, s) in times)
                timePlot.AddSeries(method, s.X, s.Y);
            timePlot.Save(Path.Combine(folder, "cost-time.svg"));
            stdout.WriteLine($"wrote {Path.Combine(folder, "cost.csv")}, cost-evaluations.svg, cost-time.svg");
            return 0;
        });
        return cmd;
    }

    /// <summary>Seconds of each timed gradient (after one untimed warm-up), and the counts and memory of the last one.</summary>
    private static (List<double> Seconds, EvaluationCounts Counts, long ProbeBytes, long TraceBytes) TimeGradient(
        string method, Sequential<float> model, NnContext<float> context, Tensor<float> x, int[] labels, int reps, ulong seed)
    {
        var loss = SoftmaxCrossEntropy<float>.Instance;
        var seconds = new List<double>();
        if (method == "spsa")
        {
            // One-query MeZO with a zero learning rate: the step is the two probes and the fused restore passes, and the
            // weights stay where they are, so every repetition times the same work.
            var config = new RunConfiguration { RunSeed = seed, Estimator = EstimatorOptions.MeZo(1e-3f), Optimizer = new OptimizerOptions { Kind = OptimizerKind.Sgd, LearningRate = 0f } };
            using var mezo = new MezoTrainer(model, context, loss, config);
            mezo.Step(x, labels);
            for (int i = 0; i < reps; i++)
            {
                long t0 = Stopwatch.GetTimestamp();
                mezo.Step(x, labels);
                seconds.Add(Stopwatch.GetElapsedTime(t0).TotalSeconds);
            }
            return (seconds, mezo.LastCounts, 0, 0);
        }
        IGradientMethod<float> gradient = method switch
        {
            "bp" => new Backprop<float>(model, context, loss),
            "hzo" => new HzoGradient<float>(model, context, loss),
            _ => new NeuronwiseGradient<float>(model, context, loss),
        };
        var result = gradient.Compute(x, labels);
        for (int i = 0; i < reps; i++)
        {
            long t0 = Stopwatch.GetTimestamp();
            result = gradient.Compute(x, labels);
            seconds.Add(Stopwatch.GetElapsedTime(t0).TotalSeconds);
        }
        return (seconds, result.Counts, result.PeakProbeBytes, result.TraceBytes);
    }

    /// <summary>BP and HZO gradients of one batch and their agreement, HZO against BP.</summary>
    private static (IReadOnlyList<GradientAgreement> Agreement, double Loss) CompareHzo<T>(Sequential<T> model, NnContext<T> context, Tensor<T> x, int[] labels, HzoOptions options)
        where T : unmanaged, System.Numerics.IBinaryFloatingPointIeee754<T>
    {
        var loss = SoftmaxCrossEntropy<T>.Instance;
        double value = new Backprop<T>(model, context, loss).Compute(x, labels).Loss;
        var bp = GradientComparison.Snapshot(model);
        new HzoGradient<T>(model, context, loss, options).Compute(x, labels);
        return (GradientComparison.Compare(model, GradientComparison.Snapshot(model), bp), value);
    }

    private static Sequential<double> Widen(Sequential<float> model, MlpOptions options)
    {
        var wide = Mlp.Create<double>(options);
        wide.CopyParametersFrom(model);
        return wide;
    }

    /// <summary><paramref name="steps"/> backprop + Adam steps on shuffled batches; returns the mean loss of the last 20 steps.</summary>
    private static double TrainWithBackprop(Sequential<float> model, NnContext<float> context, LabelledImages train, int steps, int batch, double lr, ulong seed)
    {
        var bp = new Backprop<float>(model, context, SoftmaxCrossEntropy<float>.Instance);
        var adam = new DenseAdam<float>(model, lr);
        var random = new Random((int)(seed & 0x7fffffff) ^ 0x5eed);
        var order = Enumerable.Range(0, train.Count).ToArray();
        random.Shuffle(order);
        double tail = 0;
        int tailCount = 0;
        for (int step = 0; step < steps; step++)
        {
            int[] indices = [.. Enumerable.Range(0, batch).Select(i => order[(step * batch + i) % order.Length])];
            var x = ImageBatch(train, indices, out int[] labels);
            double loss = bp.Compute(x, labels).Loss;
            adam.Step();
            if (step >= steps - 20)
            {
                tail += loss;
                tailCount++;
            }
        }
        return tail / tailCount;
    }

    private static Tensor<float> ImageBatch(LabelledImages set, int[] indices, out int[] labels)
    {
        var x = new Tensor<float>(indices.Length, set.Features);
        labels = new int[indices.Length];
        for (int i = 0; i < indices.Length; i++)
        {
            set.Image(indices[i]).CopyTo(x.Row(i));
            labels[i] = set.Labels[indices[i]];
        }
        return x;
    }

    private static (Option<string> Gemm, Option<int> Threads) GemmOptions() =>
        (new Option<string>("--gemm") { Description = "auto (OpenBLAS if it loads, else blocked), openblas, blocked or reference.", DefaultValueFactory = _ => "auto" },
         new Option<int>("--threads") { Description = "GEMM threads (OpenBLAS's pool or the blocked GEMM's); 1 measures one core.", DefaultValueFactory = _ => 1 });

    private static IGemm CreateGemm(string name, int threads)
    {
        Positive(threads, "--threads");
        IGemm g;
        try
        {
            g = GemmSelector.Create(name);
        }
        catch (ArgumentException e)
        {
            throw new ZoCliException($"--gemm: {e.Message}");
        }
        return g switch
        {
            OpenBlasGemm o => SetThreads(o, threads),
            BlockedGemm => new BlockedGemm(SimdWidth.Auto, threads),
            _ => g,
        };

        static IGemm SetThreads(OpenBlasGemm o, int n)
        {
            o.Threads = n;
            return o;
        }
    }

    private static int[] ParseInts(string text, string option, int minimum)
    {
        var values = new List<int>();
        foreach (string part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out int v) || v < minimum)
                throw new ZoCliException($"{option}: '{part}' is not an integer ≥ {minimum}.");
            values.Add(v);
        }
        return values.Count > 0 ? [.. values] : throw new ZoCliException($"{option} is empty.");
    }

    private static string[] ParseNames(string text, string option, params string[] allowed)
    {
        var names = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => s.ToLowerInvariant()).ToArray();
        if (names.Length == 0)
            throw new ZoCliException($"{option} is empty; use {string.Join(", ", allowed)}.");
        foreach (string n in names)
        {
            if (!allowed.Contains(n))
                throw new ZoCliException($"{option}: unknown '{n}'; use {string.Join(", ", allowed)}.");
        }
        return names;
    }

    private static ActivationKind ParseActivation(string name) => name switch
    {
        "relu" => ActivationKind.Relu,
        "gelu" => ActivationKind.Gelu,
        "tanh" => ActivationKind.Tanh,
        _ => throw new ZoCliException($"Unknown activation '{name}'; use relu, gelu or tanh."),
    };

    private static string Name(ActivationKind kind) => kind.ToString().ToLowerInvariant();
}
