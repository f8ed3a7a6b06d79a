using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using ZoEngine.Estimators;
using ZoEngine.Nn;
using ZoEngine.Nn.Gemm;
using ZoEngine.Optimizers;
using ZoEngine.Trajectory;
using ZoEngine.Workloads.Data;
using ZoEngine.Workloads.Reporting;
using ZoEngine.Workloads.Training;

namespace ZoEngine.Cli;

public static partial class ZoCommand
{
    /// <summary>The gradient methods of 'zo train', in the order they are documented.</summary>
    private static readonly string[] TrainMethods = ["bp", "hzo", "hzo-nospp", "neuronwise", "mezo", "spsa", "gv", "greedy", "cge"];

    /// <summary>The zeroth-order methods of 'zo train': the core engine's estimators on the model's own weights.</summary>
    private static readonly string[] ZoMethods = ["mezo", "spsa", "gv", "greedy"];

    private static Command TrainCommand(TextWriter stdout, TextWriter stderr)
    {
        var model = new Option<string>("--model") { Description = "mlp (plain), resmlp (residual hidden units), cnn (plain conv stack), resnet (stem, residual conv blocks, pooled linear head) or mnist-cnn (PyTorch's MNIST example network).", DefaultValueFactory = _ => "resmlp" };
        var depth = new Option<int?>("--depth") { Description = "MLP: units L (input unit, L − 2 hidden units of width W, output unit; default 8). cnn: conv units; resnet: residual blocks (default 4)." };
        var width = new Option<int?>("--width") { Description = "MLP: hidden width W (default 128). cnn, resnet: channels of the first stage, doubled by each later stage (default 16)." };
        var stages = new Option<int?>("--stages") { Description = "cnn, resnet: stages of the body, each after the first starting with a stride-2 unit (default 2)." };
        var activation = new Option<string?>("--activation") { Description = "gelu, relu or tanh (default: gelu for the MLPs, relu for the conv nets)." };
        var method = new Option<string>("--method") { Description = "hzo (with spatial-parallel perturbation on conv nets), bp, hzo-nospp (HZO probing every position), neuronwise, cge (DeepZero's coordinate-wise estimate, cpu only), or a zeroth-order method: mezo (SPSA, Gaussian directions), spsa (SPSA, --dir directions), gv (MeZO-GV) or greedy (MeZO-Greedy); a comma list runs each from the same initial weights and batch order.", DefaultValueFactory = _ => "hzo" };
        var optimizer = new Option<string>("--optimizer") { Description = "adam or sgd for bp, hzo, hzo-nospp, neuronwise and cge (and, without --opt, the zeroth-order methods' ZO-AdaMM or ZO-SGD).", DefaultValueFactory = _ => "adam" };
        var cgeDensity = new Option<double?>("--cge-density") { Description = "cge: fraction of each weight tensor estimated, in (0, 1]; biases are always estimated (default 0.1)." };
        var cgeScore = new Option<string?>("--cge-score") { Description = "cge: random or magnitude, how the estimated weights are chosen (default random)." };
        var cgeStep = new Option<double?>("--cge-step") { Description = "cge: the forward-difference step μ (default 5e-3)." };
        var cgeRedraw = new Option<int?>("--cge-redraw-every") { Description = "cge: steps between redraws of the mask; 0 keeps the first (default 0)." };
        var zo = new CliOptions();
        var opt = new Option<string?>("--opt") { Description = "Optimizer of the zeroth-order methods: sgd, signsgd, adamm, rmsprop or radazo (default: adamm for --optimizer adam, sgd for sgd)." };
        var log = new Option<string?>("--log") { Description = "With one zeroth-order method: write its trajectory log here ('zo replay' rebuilds the start from its header); an existing file is refused unless --overwrite." };
        var overwrite = new Option<bool>("--overwrite") { Description = "Replace an existing --log or --save file." };
        var save = new Option<string?>("--save") { Description = "With one method: save the trained model here as safetensors, with its architecture ('zo attack --model' loads it); an existing file is refused unless --overwrite." };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training set.", DefaultValueFactory = _ => 1 };
        var batch = new Option<int>("--batch") { Description = "Samples per step.", DefaultValueFactory = _ => 64 };
        var seed = new Option<ulong>("--seed") { Description = "Seed of the initial weights, the batch order and MeZO's directions.", DefaultValueFactory = _ => 1 };
        var lr = new Option<string?>("--lr") { Description = "Learning rate, one for all or per method 'bp=1e-3,mezo=1e-4' (defaults: adam 1e-3, sgd 0.03; mezo: adam 1e-3, sgd 3e-4)." };
        var mu = new Option<float>("--mu") { Description = "Perturbation radius ε of the zeroth-order methods.", DefaultValueFactory = _ => 1e-3f };
        var trainLimit = new Option<int?>("--train-limit") { Description = "Use only the first N training images." };
        var testLimit = new Option<int?>("--test-limit") { Description = "Evaluate on only the first N test images." };
        var evals = new Option<int>("--evals-per-epoch") { Description = "Test-set evaluations per epoch (each is a CSV row).", DefaultValueFactory = _ => 1 };
        var csv = new Option<string?>("--csv") { Description = "CSV of train loss, test loss and accuracy per evaluation." };
        var svg = new Option<string?>("--svg") { Description = "Plot of test accuracy against epochs: .svg or .png." };
        var data = new Option<string?>("--data") { Description = $"Directory of the four IDX files (default: ${FashionMnist.EnvironmentVariable}, else {FashionMnist.DefaultDirectory})." };
        var gemm = new Option<string>("--gemm") { Description = "auto (OpenBLAS if it loads, else blocked), openblas, blocked or reference.", DefaultValueFactory = _ => "auto" };
        var backend = new Option<string>("--backend") { Description = "cpu (default), cuda, emulated (the CUDA path on the host build of the kernels) or auto: where every method keeps the model and runs its ops.", DefaultValueFactory = _ => "cpu" };
        backend.AcceptOnlyFromAmong([.. Cuda.BackendSelector.Names]);
        var distributed = new Option<string>("--distributed") { Description = "none, or mpi (--method mezo): one process per rank under mpirun, each evaluating its share of every batch; the ranks exchange only losses and keep identical weights.", DefaultValueFactory = _ => "none" };
        distributed.AcceptOnlyFromAmong("none", "mpi");
        var shards = new Option<int>("--shards") { Description = "--method mezo in one process: evaluate each batch as this many row blocks combined in order, the same bits as an MPI run over as many ranks.", DefaultValueFactory = _ => 1 };
        var checkEvery = new Option<int>("--check-every") { Description = "With --distributed mpi: compare the weights' SHA-256 across ranks every K steps (0: only at the end).", DefaultValueFactory = _ => 100 };
        var fashion = new Command("fashion-mnist", "Train an MLP or a convolutional network on Fashion-MNIST with backprop, HZO, neuron-wise ZO, CGE or MeZO; report train loss and test accuracy per epoch.");
        foreach (var o in new Option[] { model, depth, width, stages, activation, method, cgeDensity, cgeScore, cgeStep, cgeRedraw, optimizer, opt, zo.Q, zo.Dir, zo.ScaleD, zo.Mode, zo.Candidates, zo.Alpha, zo.State, zo.Momentum, zo.WeightDecay, zo.Beta1, zo.Beta2, zo.Eps, zo.EpsInside,
                     epochs, batch, seed, lr, mu, trainLimit, testLimit, evals, csv, svg, data, gemm, backend, distributed, shards, checkEvery, log, overwrite, save })
            fashion.Options.Add(o);

        fashion.SetAction(pr =>
        {
            string optimizerName = CliParse.Choice(pr.GetValue(optimizer)!, "--optimizer", ("adam", "adam"), ("sgd", "sgd"));
            var methods = CliParse.Names(pr.GetValue(method)!, "--method", TrainMethods);
            var spec = TrainSpec(pr.GetValue(model)!, pr.GetValue(depth), pr.GetValue(width), pr.GetValue(stages), pr.GetValue(activation), pr.GetValue(seed));
            var cge = TrainCgeOptions(methods.Contains("cge"), pr.GetValue(cgeDensity), pr.GetValue(cgeScore), pr.GetValue(cgeStep), pr.GetValue(cgeRedraw), spec.Seed);
            if (cge is not null && pr.GetValue(backend) != "cpu")
                throw new ZoCliException($"--method cge perturbs one weight at a time from the host and cannot run on --backend {pr.GetValue(backend)}: use --backend cpu.");
            int epochCount = CliParse.AtLeast(pr.GetValue(epochs), "--epochs");
            int batchSize = CliParse.AtLeast(pr.GetValue(batch), "--batch");
            float radius = (float)CliParse.Positive(pr.GetValue(mu), "--mu");
            var options = new TrainingOptions { Epochs = epochCount, EvaluationsPerEpoch = CliParse.AtLeast(pr.GetValue(evals), "--evals-per-epoch") };
            var rates = CliParse.MethodRates(pr.GetValue(lr), "--lr", methods.ToDictionary(m => m, m => DefaultRate(m, optimizerName)), TrainMethods);
            int? limit = pr.GetValue(trainLimit) is { } l ? CliParse.AtLeast(l, "--train-limit") : null;
            int? tlimit = pr.GetValue(testLimit) is { } tl ? CliParse.AtLeast(tl, "--test-limit") : null;
            string? dataPath = CliParse.Path(pr.GetValue(data), "--data");
            string? csvPath = CliParse.Path(pr.GetValue(csv), "--csv"), svgPath = CliParse.PlotPath(pr.GetValue(svg), "--svg");
            int shardCount = CliParse.AtLeast(pr.GetValue(shards), "--shards");
            int checkInterval = pr.GetValue(checkEvery);
            if (checkInterval < 0)
                throw new ZoCliException($"--check-every must be ≥ 0, got {checkInterval}.");
            bool mpi = pr.GetValue(distributed) == "mpi";
            var zoMethods = methods.Where(m => ZoMethods.Contains(m)).ToList();
            if ((mpi || shardCount > 1) && (methods.Count() != 1 || zoMethods.Count != 1))
                throw new ZoCliException($"{(mpi ? "--distributed mpi" : "--shards")} splits the loss of each batch across ranks, which only a zeroth-order method needs: use one of --method {string.Join(", ", ZoMethods)} alone.");
            // The zeroth-order runs' estimators and optimizer, checked as the trainer will check them, before any data is read.
            // The shared parsers' one-line errors, not the parser library's multi-line list of choices.
            CliParse.Choice(pr.GetValue(zo.Dir)!, "--dir", ("gaussian", 0), ("sphere", 1), ("rademacher", 2));
            CliParse.Choice(pr.GetValue(zo.Mode)!, "--mode", ("inplace", 0), ("exact", 1));
            CliParse.Choice(pr.GetValue(zo.State)!, "--state", ("f32", 0), ("bf16", 1));
            var zoOptimizer = pr.GetValue(opt) is { } optName ? CliOptions.ParseOptimizer(optName) : optimizerName == "adam" ? OptimizerKind.AdaMM : OptimizerKind.Sgd;
            var zoConfigs = new Dictionary<string, RunConfiguration>();
            // Fashion-MNIST images are 28×28; the dimension only bounds coordinate subsets, so the files need not be read for it.
            long dimension = BuildModel(spec.WithInput(FashionMnistShape)).ParameterCount;
            foreach (string m in zoMethods)
            {
                if (m == "mezo" && pr.GetValue(zo.Dir) != "gaussian")
                    throw new ZoCliException($"--method mezo perturbs along Gaussian directions; --dir {pr.GetValue(zo.Dir)} is for --method spsa.");
                var estimator = zo.EstimatorFrom(pr, m == "mezo" ? "spsa" : m) with { Mu = radius };
                var config = new RunConfiguration { RunSeed = spec.Seed, Estimator = estimator, Optimizer = zo.OptimizerFrom(pr, zoOptimizer, (float)rates[m]) };
                CliOptions.Validate(config, dimension);
                zoConfigs[m] = config;
            }
            string? logPath = CliParse.Path(pr.GetValue(log), "--log");
            if (logPath is not null && (zoMethods.Count != 1 || methods.Count() != 1 || mpi))
                throw new ZoCliException($"--log records one zeroth-order run in one process: use one of --method {string.Join(", ", ZoMethods)} alone{(mpi ? ", without --distributed mpi" : "")}.");
            using var comm = mpi ? Distributed.Start("zo train fashion-mnist", shardCount) : null;
            int blocks = comm?.Size ?? shardCount;
            if (batchSize < blocks)
                throw new ZoCliException($"--batch {batchSize} cannot be shared among {blocks} {(comm is null ? "blocks" : "ranks")}: every one needs at least one row.");
            // Rank 0 alone prints and writes the reports: the other ranks hold the same weights and would repeat it.
            if (comm is { Rank: > 0 })
            {
                stdout = TextWriter.Null;
                csvPath = svgPath = null;
            }
            string? savePath = comm is { Rank: > 0 } ? null : CliParse.Path(pr.GetValue(save), "--save");
            if (savePath is not null && methods.Count() != 1)
                throw new ZoCliException("--save keeps one trained model: give one --method.");
            RefuseExisting(savePath, "model file", pr.GetValue(overwrite));
            RefuseExisting(logPath, "log", pr.GetValue(overwrite));
            OutputPaths.Check(("--csv", csvPath), ("--svg", svgPath), ("--log", logPath), ("--save", savePath));
            var matmul = CreateGemm(pr.GetValue(gemm)!, threads: null);
            using var device = CliOptions.CreateNnDevice(pr.GetValue(backend)!, stderr, null);

            var dataset = LoadFashionMnist(dataPath);
            var train = limit is { } n ? dataset.Train.Take(n) : dataset.Train;
            var test = tlimit is { } t ? dataset.Test.Take(t) : dataset.Test;
            // An empty set would train nothing and score 0/0; say so before any work.
            if (train.Count == 0 || test.Count == 0)
                throw new ZoCliException($"The {(train.Count == 0 ? "training" : "test")} set in '{dataset.Directory}' has 0 images; training needs at least one of each.");
            var images = new SpatialShape(1, train.Rows, train.Columns);
            spec = spec.WithInput(images);
            // A conv net's geometry depends on the images' size: at any other size than the one checked before the files
            // were read, a geometry that does not fit is refused here, naming the layer.
            if (images != FashionMnistShape)
                BuildModel(spec);
            if (comm is not null)
                Distributed.VerifyConfiguration(comm, TrainAgreementFields(spec, CliOptions.Name(zoConfigs[zoMethods[0]].Optimizer.Kind), rates[zoMethods[0]], radius, batchSize, options, train, test), 0);
            stdout.WriteLine($"fashion-mnist: {train.Count} training and {test.Count} test images of {train.Rows}x{train.Columns} from {dataset.Directory}");
            stdout.WriteLine($"model: {spec.Name} {spec.Describe()} batch={batchSize} epochs={epochCount} seed={spec.Seed}{(cge is null ? "" : string.Create(CultureInfo.InvariantCulture, $" cge_density={cge.Density} cge_score={cge.Score.ToString().ToLowerInvariant()} cge_step={cge.Step} cge_redraw_every={cge.RedrawEvery}"))}");
            stdout.WriteLine(device.Ops is not null ? device.Describe() : matmul == GemmSelector.Default ? GemmSelector.Describe() : $"gemm: {GemmSelector.Describe(matmul)}");

            using var csvReport = csvPath is null ? null : OpenCsvReport(csvPath);
            var plot = new PlotTrainingReport(new LinePlot($"Fashion-MNIST, {spec.Name} {spec.Describe()}: test accuracy", "epoch", "test accuracy (%)"));
            bool failed = false;
            // With a progress bar on the terminal, the lines wait until it is gone.
            var lines = new StringWriter();
            bool interactive = ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;
            void RunAll(ProgressContext? progress)
            {
                var text = new TextTrainingReport(progress is null ? stdout : lines);
                foreach (string name in methods)
                {
                    var ops = device.Ops ?? (INnOps<float>)new CpuNnOps<float>(matmul);
                    // Each method's peak is its own: the previous method's device buffers are freed before this one starts.
                    // They are unreachable only because that method ran in its own frame (RunMethod): a loop body's
                    // stack slots would keep its model alive here and count it again in this method's peaks.
                    var accountant = MemoryAccounting.Of(ops.Memory);
                    if (accountant is not null)
                    {
                        GC.Collect();
                        GC.WaitForPendingFinalizers();
                        accountant.ResetPeaks();
                    }
                    RunMethod(name, ops, accountant, text, progress);
                }
            }

            [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
            void RunMethod(string name, INnOps<float> ops, MemoryAccountant? accountant, TextTrainingReport text, ProgressContext? progress)
            {
                // The model lives where the ops compute; the loop copies each batch there (inside the timed region).
                var net = spec.Create<float>().MoveTo(ops.Memory);
                var context = new NnContext<float>(ops);
                var exchange = comm is null ? null : Mpi.DataParallelObjective.ForExchangeOnly(comm, ShardReduction.Mean);
                var zoConfig = zoConfigs.GetValueOrDefault(name);
                using var layout = zoConfig is not null && logPath is not null ? ZoNetworkTrainer.WrapParameters(net) : null;
                var problem = new NetworkProblem(spec, "fashion-mnist", batchSize, BatchSource.SeedFrom(spec.Seed), BatchOrder.ShuffleEachEpoch, train.Count, name);
                using var writer = layout is null ? null : CreateLog(logPath!, [.. problem.ToMetadata(), .. zoConfig!.ToMetadata(layout)], pr.GetValue(overwrite));
                using var mezo = zoConfig is not null ? new ZoNetworkTrainer(net, context, SoftmaxCrossEntropy<float>.Instance, zoConfig, log: writer,
                    lossBlocks: comm is null ? shardCount : 1, exchange: exchange is null ? null : exchange.Exchange) : null;
                ITrainingMethod inner = mezo is not null
                    ? new ZoStepMethod(mezo, name, pr.GetValue(opt) is null ? optimizerName : CliOptions.Name(zoConfig!.Optimizer.Kind), rates[name])
                    : new GradientStepMethod(GradientStepMethod.CreateGradient(name, net, context, SoftmaxCrossEntropy<float>.Instance, cge),
                        optimizerName == "adam" ? new DenseAdam<float>(net, rates[name], ops: ops) : new DenseSgd<float>(net, rates[name], ops: ops), rates[name], context);
                var meter = accountant is null ? null : new StepMemoryMeter(inner, accountant);
                ITrainingMethod step = (ITrainingMethod?)meter ?? inner;
                // The same order for every method of a run: one generator from the run seed, one shuffle per epoch.
                var source = new BatchSource(train, batchSize, BatchSource.SeedFrom(spec.Seed), rank: comm?.Rank ?? 0, ranks: comm?.Size ?? 1);
                var reports = new List<ITrainingReport> { text, plot };
                if (comm is not null && checkInterval > 0)
                    reports.Add(new RankCheckReport(comm, mezo!.Parameters, checkInterval));
                if (csvReport is not null)
                    reports.Add(csvReport);
                if (progress is not null)
                    reports.Add(new ProgressBarReport(progress));
                var loop = new TrainingLoop(step, source, options, new ClassifierEvaluation(net, ops, test), new TrainingReports([.. reports]));
                var result = loop.Run();
                if (result.Divergence is { } d)
                {
                    failed = true;
                    stderr.WriteLine($"zo: {name}: {d}");
                }
                mezo?.Trainer.SealLog(result.Divergence is null ? TrajectoryEnd.Completed : TrajectoryEnd.Failed);
                if (writer is not null)
                    (progress is null ? stdout : lines).WriteLine($"wrote {logPath}");
                (progress is null ? stdout : lines).WriteLine(MemoryLine(name, meter, net.ParameterCount));
                if (savePath is not null && result.Divergence is null)
                {
                    Workloads.Models.ModelFile.Save(savePath, net, spec);
                    (progress is null ? stdout : lines).WriteLine($"wrote {savePath}");
                }
                if (mezo is not null)
                {
                    string sha = ParameterDigest.Sha256Hex(mezo.Parameters);
                    if (comm is not null)
                    {
                        Distributed.VerifyParameters(comm, mezo.Parameters, mezo.Trainer.StepIndex);
                        // Every rank says what it holds and what it sent, so that a test or a user can see them agree.
                        var rankLine = string.Create(CultureInfo.InvariantCulture, $"rank={comm.Rank} of {comm.Size} params_sha256={sha} exchanges={exchange!.Exchanges} bytes_sent={exchange.BytesSent} communication_seconds={exchange.CommunicationTime.TotalSeconds:F6}");
                        (comm.Rank == 0 ? lines : Console.Out).WriteLine(rankLine);
                    }
                    (progress is null ? stdout : lines).WriteLine($"{name} steps={mezo.Trainer.StepIndex} params_sha256={sha}");
                }
            }
            if (interactive)
                AnsiConsole.Progress().Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn()).Start(RunAll);
            else
                RunAll(null);
            stdout.Write(lines.ToString());
            if (csvReport is not null)
                stdout.WriteLine($"wrote {csvReport.FilePath}");
            if (svgPath is not null)
            {
                plot.Save(svgPath);
                stdout.WriteLine($"wrote {svgPath}");
            }
            return failed ? 1 : 0;
        });
        var cmd = new Command("train", "Train a neural network on a dataset.");
        cmd.Subcommands.Add(fashion);
        return cmd;
    }

    /// <summary>The image shape of Fashion-MNIST, which bounds the model before the files are read.</summary>
    private static readonly SpatialShape FashionMnistShape = new(1, 28, 28);

    /// <summary>
    /// The network of --model, --depth, --width, --stages and --activation, with each kind's defaults for what is not
    /// given (MLPs: depth 8, width 128, gelu; conv nets: depth 4, width 16, 2 stages, relu). Its input is set once the
    /// images are read.
    /// </summary>
    private static NetworkSpec TrainSpec(string model, int? depth, int? width, int? stages, string? activation, ulong seed)
    {
        string kind = CliParse.Choice(model, "--model", ("mlp", "mlp"), ("resmlp", "resmlp"), ("cnn", "cnn"), ("resnet", "resnet"), ("mnist-cnn", "mnist-cnn"));
        var sigma = activation is null ? (ActivationKind?)null
            : CliParse.Choice(activation, "--activation", ("gelu", ActivationKind.Gelu), ("relu", ActivationKind.Relu), ("tanh", ActivationKind.Tanh));
        if (ConvNet.ParseKind(kind) is not { } convKind)
        {
            if (stages is not null)
                throw new ZoCliException($"--stages shapes the conv nets (cnn, resnet); --model {kind} has none.");
            return NetworkSpec.Of(new MlpOptions
            {
                Inputs = 1,
                Residual = kind == "resmlp",
                Depth = CliParse.AtLeast(depth ?? 8, "--depth", minimum: 2),
                Width = CliParse.AtLeast(width ?? 128, "--width"),
                Classes = FashionMnist.ClassCount,
                Activation = sigma ?? ActivationKind.Gelu,
                Seed = seed,
            });
        }
        if (convKind == ConvNetKind.MnistCnn && (depth is not null || width is not null || stages is not null))
            throw new ZoCliException("--model mnist-cnn has a fixed shape: --depth, --width and --stages are for cnn and resnet.");
        var conv = new ConvNetOptions
        {
            Kind = convKind,
            Input = FashionMnistShape,
            Classes = FashionMnist.ClassCount,
            Stages = CliParse.AtLeast(stages ?? 2, "--stages"),
            Depth = CliParse.AtLeast(depth ?? 4, "--depth"),
            Width = CliParse.AtLeast(width ?? 16, "--width"),
            Activation = sigma ?? ActivationKind.Relu,
            Seed = seed,
        };
        try
        {
            conv.Validate();
        }
        catch (ArgumentException e)
        {
            throw new ZoCliException($"--model {kind}: {e.Message}");
        }
        return NetworkSpec.Of(conv);
    }

    /// <summary>CGE's settings from the --cge-* options, or null without --method cge (where any of them is an error).</summary>
    private static CgeOptions? TrainCgeOptions(bool cge, double? density, string? score, double? step, int? redrawEvery, ulong seed)
    {
        if (!cge)
        {
            if (density is not null || score is not null || step is not null || redrawEvery is not null)
                throw new ZoCliException("--cge-density, --cge-score, --cge-step and --cge-redraw-every set up --method cge, which this run does not use.");
            return null;
        }
        if (density is { } d && !(d > 0 && d <= 1))
            throw new ZoCliException(string.Create(CultureInfo.InvariantCulture, $"--cge-density must be in (0, 1], got {d}."));
        return new CgeOptions
        {
            Density = density ?? 0.1,
            Score = score is null ? CgeScore.Random : CliParse.Choice(score, "--cge-score", ("random", CgeScore.Random), ("magnitude", CgeScore.Magnitude)),
            Step = step is { } m ? CliParse.Positive(m, "--cge-step") : 5e-3,
            RedrawEvery = redrawEvery is { } r ? CliParse.AtLeast(r, "--cge-redraw-every", minimum: 0) : 0,
            Seed = seed,
        };
    }

    /// <summary>Builds the network once to check it; a geometry that does not fit is a one-line usage error naming the layer.</summary>
    private static Sequential<float> BuildModel(NetworkSpec spec)
    {
        try
        {
            return spec.Create<float>();
        }
        catch (ArgumentException e)
        {
            throw new ZoCliException($"--model {spec.Name} on {(spec.Conv is { } c ? $"{c.Input} images" : $"{spec.Inputs} features")}: {e.Message}");
        }
    }

    /// <summary>
    /// The memory line of one method. On a device: the counted peak through the first training step (the model, the
    /// method's state and one step; evaluations come after it), split by category and per parameter, and the host↔device
    /// transfers a step makes inside the method (the loop's one upload of the batch per step is not among them). On the
    /// host: the process's peak resident set, which is process-wide.
    /// </summary>
    private static string MemoryLine(string method, StepMemoryMeter? meter, long parameters)
    {
        if (meter is null)
            return string.Create(CultureInfo.InvariantCulture, $"memory method={method} memory=host peak_rss_bytes={PeakResidentBytes()} (process-wide, all methods so far)");
        var p = meter.FirstStepPeaks;
        long steps = Math.Max(meter.Steps, 1);
        return string.Create(CultureInfo.InvariantCulture,
            $"memory method={method} memory=device step_peak_bytes={meter.FirstStepPeakTotal} bytes_per_parameter={(double)meter.FirstStepPeakTotal / parameters:F3} parameters={p[(int)MemoryCategory.Parameters]} gradients={p[(int)MemoryCategory.Gradients]} optimizer_state={p[(int)MemoryCategory.OptimizerState]} activations={p[(int)MemoryCategory.Activations]} inputs={p[(int)MemoryCategory.Inputs]} workspace={p[(int)MemoryCategory.Workspace]} run_peak_bytes={meter.Accountant.PeakTotal} transfers_per_step={(double)meter.Transfers / steps:F2} bytes_per_step={(double)meter.TransferBytes / steps:F1}");
    }

    /// <summary>
    /// A training method as it is, measured on a device: the peaks by category once its first step is done, and the
    /// transfers its steps make.
    /// </summary>
    private sealed class StepMemoryMeter(ITrainingMethod inner, MemoryAccountant accountant) : ITrainingMethod
    {
        public MemoryAccountant Accountant => accountant;
        public long FirstStepPeakTotal { get; private set; }
        public long[] FirstStepPeaks { get; } = new long[Enum.GetValues<MemoryCategory>().Length];
        public long Steps { get; private set; }
        public long Transfers { get; private set; }
        public long TransferBytes { get; private set; }
        public string Name => inner.Name;
        public string Optimizer => inner.Optimizer;
        public double LearningRate => inner.LearningRate;
        public IParameterMemory Memory => inner.Memory;
        public long Evaluations => inner.Evaluations;

        public double Step(Tensor<float> inputs, ReadOnlySpan<int> labels)
        {
            long count = accountant.TransfersToHost + accountant.TransfersFromHost, bytes = accountant.BytesToHost + accountant.BytesFromHost;
            double loss = inner.Step(inputs, labels);
            Transfers += accountant.TransfersToHost + accountant.TransfersFromHost - count;
            TransferBytes += accountant.BytesToHost + accountant.BytesFromHost - bytes;
            if (Steps++ == 0)
            {
                FirstStepPeakTotal = accountant.PeakTotal;
                foreach (var c in Enum.GetValues<MemoryCategory>())
                    FirstStepPeaks[(int)c] = accountant.Peak(c);
            }
            return loss;
        }
    }

    /// <summary>VmHWM of /proc/self/status in bytes, or -1 where there is none.</summary>
    private static long PeakResidentBytes()
    {
        try
        {
            foreach (string line in File.ReadLines("/proc/self/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    return long.Parse(line.AsSpan(6).Trim().TrimEnd("kB").Trim(), CultureInfo.InvariantCulture) * 1024;
            }
        }
        catch (IOException)
        {
        }
        return -1;
    }

    /// <summary>
    /// What every rank of a distributed run must agree on: the model, the optimizer and its constants, the batch and
    /// epochs, and the data (counts and a digest of the labels, which fixes the order the seed shuffles).
    /// </summary>
    private static List<KeyValuePair<string, string>> TrainAgreementFields(NetworkSpec spec, string optimizer, double lr, float mu,
        int batch, TrainingOptions options, ILabelledExamples train, ILabelledExamples test)
    {
        static string I(double v) => v.ToString("R", CultureInfo.InvariantCulture);
        var labels = new byte[train.Count * sizeof(int)];
        for (int i = 0; i < train.Count; i++)
            System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(labels.AsSpan(4 * i), train.Label(i));
        return
        [
            .. spec.ToMetadata(),
            new("optimizer", optimizer), new("optimizer.lr", I(lr)), new("estimator.mu", I(mu)),
            new("batch", I(batch)), new("epochs", (options.Epochs ?? 0).ToString(CultureInfo.InvariantCulture)), new("evals_per_epoch", I(options.EvaluationsPerEpoch)),
            new("data.train", I(train.Count)), new("data.test", I(test.Count)),
            new("data.train_labels_sha256", Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(labels))),
        ];
    }

    /// <summary>Compares the weights' SHA-256 across ranks every K steps, so that a rank that drifted is named early.</summary>
    private sealed class RankCheckReport(Mpi.MpiCommunicator comm, ParameterSet parameters, int every) : ITrainingReport
    {
        public void StepCompleted(TrainingRun run, StepRecord step)
        {
            if (step.Step % every == 0)
                Distributed.VerifyParameters(comm, parameters, step.Step);
        }
    }

    /// <summary>
    /// The default learning rate of (method, optimizer). Measured on the default model (resmlp, depth 8, width 128,
    /// batch 64, seed 1) on Fashion-MNIST (bench/results/ci-2core-epyc/fashion-mnist/lr-defaults/ and mezo-lr/): SGD 0.03
    /// had the best 1-epoch test accuracy of {0.3 (diverged), 0.1, 0.03, 0.01}; MeZO with ZO-SGD diverged at 1e-3 and
    /// above, and 3e-4 was the best stable rate; MeZO with ZO-AdaMM had the lowest 2-epoch training loss at 1e-3 of
    /// {1e-2 … 1e-4}. Adam's 1e-3 for backprop and HZO is the usual default, not tuned here. Starting points, not tuned optima.
    /// </summary>
    private static double DefaultRate(string method, string optimizer) => (ZoMethods.Contains(method) ? "mezo" : method, optimizer) switch
    {
        ("mezo", "adam") => 1e-3,
        ("mezo", _) => 3e-4,
        (_, "adam") => 1e-3,
        _ => 0.03,
    };

    /// <summary>Fashion-MNIST from --data (or its defaults); a missing or damaged dataset is a one-line usage error.</summary>
    private static FashionMnist LoadFashionMnist(string? directory)
    {
        try
        {
            return FashionMnist.Load(directory);
        }
        catch (DatasetException e)
        {
            throw new ZoCliException(e.Message);
        }
    }

    /// <summary>The CSV report, created before the run so that an unwritable path fails before any work.</summary>
    private static CsvTrainingReport OpenCsvReport(string path)
    {
        try
        {
            return new CsvTrainingReport(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ZoCliException($"--csv: cannot write '{path}': {e.Message}");
        }
    }

    /// <summary>The Spectre progress bar of one run on the terminal.</summary>
    private sealed class ProgressBarReport(ProgressContext progress) : ITrainingReport
    {
        private ProgressTask? _task;
        private double _accuracy;

        public void Started(TrainingRun run)
        {
            _task = progress.AddTask(Markup.Escape($"{run.Method} {run.Optimizer}"), maxValue: run.TotalSteps ?? 1);
            _accuracy = 0;
        }

        public void Evaluated(EvaluationRecord evaluation) => _accuracy = evaluation.Test.Accuracy;

        public void StepCompleted(TrainingRun run, StepRecord step)
        {
            _task!.Value = step.Step;
            _task.Description = Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"{run.Method} {run.Optimizer} epoch {step.Epoch + 1}/{run.Epochs} acc {100 * _accuracy:F2}%"));
        }
    }
}
