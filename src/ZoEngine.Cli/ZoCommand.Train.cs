using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Spectre.Console;
using ZoEngine.Estimators;
using ZoEngine.Nn;
using ZoEngine.Nn.Gemm;
using ZoEngine.Optimizers;
using ZoEngine.Workloads.Data;
using ZoEngine.Workloads.Reporting;

namespace ZoEngine.Cli;

public static partial class ZoCommand
{
    /// <summary>The gradient methods of 'zo train', in the order they are documented.</summary>
    private static readonly string[] TrainMethods = ["bp", "hzo", "neuronwise", "mezo"];

    /// <summary>The columns of the CSV 'zo train' writes: one row per evaluation of the test set.</summary>
    internal static readonly string[] TrainCsvColumns =
        ["method", "optimizer", "lr", "epoch", "step", "train_loss", "test_loss", "test_accuracy", "train_seconds", "layer_evaluations"];

    private static Command TrainCommand(TextWriter stdout, TextWriter stderr)
    {
        var model = new Option<string>("--model") { Description = "mlp (plain) or resmlp (residual hidden units).", DefaultValueFactory = _ => "resmlp" };
        var depth = new Option<int>("--depth") { Description = "Units L: input unit, L − 2 hidden units of width W, output unit.", DefaultValueFactory = _ => 8 };
        var width = new Option<int>("--width") { Description = "Hidden width W.", DefaultValueFactory = _ => 128 };
        var activation = new Option<string>("--activation") { Description = "gelu, relu or tanh.", DefaultValueFactory = _ => "gelu" };
        var method = new Option<string>("--method") { Description = "hzo, bp, neuronwise or mezo; a comma list runs each from the same initial weights and batch order.", DefaultValueFactory = _ => "hzo" };
        var optimizer = new Option<string>("--optimizer") { Description = "adam or sgd (for mezo: the core engine's ZO-AdaMM or ZO-SGD).", DefaultValueFactory = _ => "adam" };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training set.", DefaultValueFactory = _ => 1 };
        var batch = new Option<int>("--batch") { Description = "Samples per step.", DefaultValueFactory = _ => 64 };
        var seed = new Option<ulong>("--seed") { Description = "Seed of the initial weights, the batch order and MeZO's directions.", DefaultValueFactory = _ => 1 };
        var lr = new Option<string?>("--lr") { Description = "Learning rate, one for all or per method 'bp=1e-3,mezo=1e-4' (defaults: adam 1e-3, sgd 0.03; mezo: adam 1e-3, sgd 3e-4)." };
        var mu = new Option<float>("--mu") { Description = "MeZO's perturbation radius ε.", DefaultValueFactory = _ => 1e-3f };
        var trainLimit = new Option<int?>("--train-limit") { Description = "Use only the first N training images." };
        var testLimit = new Option<int?>("--test-limit") { Description = "Evaluate on only the first N test images." };
        var evals = new Option<int>("--evals-per-epoch") { Description = "Test-set evaluations per epoch (each is a CSV row).", DefaultValueFactory = _ => 1 };
        var csv = new Option<string?>("--csv") { Description = "CSV of train loss, test loss and accuracy per evaluation." };
        var svg = new Option<string?>("--svg") { Description = "SVG plot of test accuracy against epochs." };
        var data = new Option<string?>("--data") { Description = $"Directory of the four IDX files (default: ${FashionMnist.EnvironmentVariable}, else {FashionMnist.DefaultDirectory})." };
        var gemm = new Option<string>("--gemm") { Description = "auto (OpenBLAS if it loads, else blocked), openblas, blocked or reference.", DefaultValueFactory = _ => "auto" };
        var backend = new Option<string>("--backend") { Description = "cpu (default), cuda, emulated (the CUDA path on the host build of the kernels) or auto: where bp, hzo and neuronwise keep the model and run their ops; mezo runs on cpu.", DefaultValueFactory = _ => "cpu" };
        backend.AcceptOnlyFromAmong([.. Cuda.BackendSelector.Names]);
        var fashion = new Command("fashion-mnist", "Train an MLP on Fashion-MNIST with backprop, HZO, neuron-wise ZO or MeZO; report train loss and test accuracy per epoch.");
        foreach (var o in new Option[] { model, depth, width, activation, method, optimizer, epochs, batch, seed, lr, mu, trainLimit, testLimit, evals, csv, svg, data, gemm, backend })
            fashion.Options.Add(o);
        fashion.SetAction(pr =>
        {
            var settings = new TrainSettings
            {
                Residual = pr.GetValue(model) switch
                {
                    "resmlp" => true,
                    "mlp" => false,
                    var other => throw new ZoCliException($"--model must be mlp or resmlp, got '{other}'."),
                },
                Depth = Positive(pr.GetValue(depth), "--depth", minimum: 2),
                Width = Positive(pr.GetValue(width), "--width"),
                Activation = pr.GetValue(activation) switch
                {
                    "gelu" => ActivationKind.Gelu,
                    "relu" => ActivationKind.Relu,
                    "tanh" => ActivationKind.Tanh,
                    var a => throw new ZoCliException($"--activation must be gelu, relu or tanh, got '{a}'."),
                },
                Optimizer = pr.GetValue(optimizer) is "adam" or "sgd" ? pr.GetValue(optimizer)! : throw new ZoCliException($"--optimizer must be adam or sgd, got '{pr.GetValue(optimizer)}'."),
                Epochs = Positive(pr.GetValue(epochs), "--epochs"),
                Batch = Positive(pr.GetValue(batch), "--batch"),
                Seed = pr.GetValue(seed),
                Mu = pr.GetValue(mu) is var radius && float.IsFinite(radius) && radius > 0 ? radius : throw new ZoCliException($"--mu must be finite and > 0, got {pr.GetValue(mu)}."),
                EvalsPerEpoch = Positive(pr.GetValue(evals), "--evals-per-epoch"),
            };
            var methods = ParseMethods(pr.GetValue(method)!);
            var rates = ParseTrainRates(pr.GetValue(lr), methods, settings.Optimizer);
            int? limit = pr.GetValue(trainLimit) is { } l ? Positive(l, "--train-limit") : null;
            int? tlimit = pr.GetValue(testLimit) is { } tl ? Positive(tl, "--test-limit") : null;
            IGemm matmul;
            try
            {
                matmul = GemmSelector.Create(pr.GetValue(gemm)!);
            }
            catch (ArgumentException e)
            {
                throw new ZoCliException($"--gemm: {e.Message}");
            }

            string backendName = pr.GetValue(backend)!;
            using var device = CliOptions.CreateNnDevice(backendName, stderr, methods.Contains("mezo") ? "--method mezo" : null);
            var deviceOps = device.Ops;

            FashionMnist dataset;
            try
            {
                dataset = FashionMnist.Load(pr.GetValue(data));
            }
            catch (DatasetException e)
            {
                throw new ZoCliException(e.Message);
            }
            var train = limit is { } n ? dataset.Train.Take(n) : dataset.Train;
            var test = tlimit is { } t ? dataset.Test.Take(t) : dataset.Test;
            stdout.WriteLine($"fashion-mnist: {train.Count} training and {test.Count} test images of {train.Rows}x{train.Columns} from {dataset.Directory}");
            stdout.WriteLine($"model: {(settings.Residual ? "resmlp" : "mlp")} depth={settings.Depth} width={settings.Width} activation={pr.GetValue(activation)} batch={settings.Batch} epochs={settings.Epochs} seed={settings.Seed}");
            if (deviceOps is not null)
                stdout.WriteLine(device.Describe());
            else
                stdout.WriteLine(matmul == GemmSelector.Default ? GemmSelector.Describe() : $"gemm: {GemmSelector.Describe(matmul)}");

            var table = new CsvTable(TrainCsvColumns);
            var plot = new SvgLinePlot($"Fashion-MNIST, {(settings.Residual ? "residual " : "")}MLP L={settings.Depth} W={settings.Width}: test accuracy", "epoch", "test accuracy (%)");
            bool failed = false;
            var lines = new List<string>();
            bool interactive = ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;
            void RunAll(ProgressContext? progress)
            {
                foreach (string name in methods)
                {
                    var run = new TrainRun(settings, name, rates[name], deviceOps is null ? new CpuNnOps<float>(matmul) : deviceOps, train, test);
                    var task = progress?.AddTask(Markup.Escape($"{name} {settings.Optimizer}"), maxValue: run.TotalSteps);
                    void Report(string line)
                    {
                        if (progress is null)
                            stdout.WriteLine(line);
                        else
                            lines.Add(line);
                    }
                    string? error = run.Execute(table, Report, (step, description) =>
                    {
                        if (task is null)
                            return;
                        task.Value = step;
                        task.Description = Markup.Escape(description);
                    });
                    plot.AddSeries($"{name} ({settings.Optimizer}, lr {rates[name].ToString("G3", CultureInfo.InvariantCulture)})", run.Epochs, run.Accuracies);
                    if (error is not null)
                    {
                        failed = true;
                        stderr.WriteLine($"zo: {name}: {error}");
                    }
                    Report(run.Summary);
                }
            }
            if (interactive)
                AnsiConsole.Progress().Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn()).Start(RunAll);
            else
                RunAll(null);
            foreach (string line in lines)
                stdout.WriteLine(line);
            if (pr.GetValue(csv) is { } csvPath)
            {
                table.Save(csvPath);
                stdout.WriteLine($"wrote {csvPath}");
            }
            if (pr.GetValue(svg) is { } svgPath)
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

    private static int Positive(int value, string option, int minimum = 1) =>
        value >= minimum ? value : throw new ZoCliException($"{option} must be ≥ {minimum}, got {value}.");

    private static List<string> ParseMethods(string text)
    {
        var names = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => s.ToLowerInvariant()).ToList();
        if (names.Count == 0)
            throw new ZoCliException("--method is empty; use hzo, bp, neuronwise or mezo.");
        foreach (string name in names)
        {
            if (!TrainMethods.Contains(name))
                throw new ZoCliException($"Unknown method '{name}'; use hzo, bp, neuronwise or mezo.");
        }
        if (names.Distinct().Count() != names.Count)
            throw new ZoCliException($"--method names a method twice: '{text}'.");
        return names;
    }

    /// <summary>Learning rate per method: the default of (method, optimizer), one value for all, or 'method=x' entries.</summary>
    private static Dictionary<string, double> ParseTrainRates(string? text, List<string> methods, string optimizer)
    {
        // Defaults measured on the default model (resmlp, depth 8, width 128, batch 64, seed 1) on Fashion-MNIST
        // (bench/results/ci-2core-epyc/fashion-mnist/lr-defaults/ and mezo-lr/): SGD 0.03 had the best 1-epoch test
        // accuracy of {0.3 (diverged), 0.1, 0.03, 0.01}; MeZO with ZO-SGD diverged at 1e-3 and above, and 3e-4 was the
        // best stable rate; MeZO with ZO-AdaMM had the lowest 2-epoch training loss at 1e-3 of {1e-2 … 1e-4}. Adam's
        // 1e-3 for backprop and HZO is the usual default, not tuned here. Starting points, not tuned optima.
        double Default(string m) => (m, optimizer) switch
        {
            ("mezo", "adam") => 1e-3,
            ("mezo", _) => 3e-4,
            (_, "adam") => 1e-3,
            _ => 0.03,
        };
        var rates = methods.ToDictionary(m => m, Default);
        if (text is null)
            return rates;
        double Parse(string value, string what) =>
            double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) && double.IsFinite(v) && v > 0
                ? v : throw new ZoCliException($"{what}: '{value}' is not a positive number.");
        if (!text.Contains('='))
        {
            double all = Parse(text, "--lr");
            foreach (string m in methods)
                rates[m] = all;
            return rates;
        }
        foreach (string part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (part.Split('=', 2) is not [var key, var value])
                throw new ZoCliException($"--lr entry '{part}' is not method=value.");
            key = key.ToLowerInvariant();
            if (!TrainMethods.Contains(key))
                throw new ZoCliException($"--lr names unknown method '{key}'; use hzo, bp, neuronwise or mezo.");
            if (rates.ContainsKey(key))
                rates[key] = Parse(value, $"--lr {key}");
        }
        return rates;
    }
}

/// <summary>The settings shared by every method of one 'zo train' invocation.</summary>
internal sealed record TrainSettings
{
    public required bool Residual { get; init; }
    public required int Depth { get; init; }
    public required int Width { get; init; }
    public required ActivationKind Activation { get; init; }
    public required string Optimizer { get; init; }
    public required int Epochs { get; init; }
    public required int Batch { get; init; }
    public required ulong Seed { get; init; }
    public required float Mu { get; init; }
    public required int EvalsPerEpoch { get; init; }
}

/// <summary>One method's training run: model, gradient method or MeZO trainer, optimizer, epochs, evaluations.</summary>
internal sealed class TrainRun
{
    /// <summary>Rows per forward pass when evaluating the test set: bounds the activations held at once.</summary>
    private const int EvalChunk = 1000;

    private readonly TrainSettings _s;
    private readonly string _method;
    private readonly double _lr;
    private readonly LabelledImages _train, _test;
    private readonly Sequential<float> _model;
    private readonly NnContext<float> _context;
    /// <summary>The test evaluations run here, so that the training context counts only what the method spent.</summary>
    private readonly NnContext<float> _evalContext;
    private readonly int[] _trainLabels, _testLabels;
    private double _trainSeconds;

    public TrainRun(TrainSettings settings, string method, double lr, INnOps<float> ops, LabelledImages train, LabelledImages test)
    {
        _s = settings;
        _method = method;
        _lr = lr;
        _train = train;
        _test = test;
        _model = Mlp.Create<float>(new MlpOptions
        {
            Inputs = train.Features,
            Width = settings.Width,
            Depth = settings.Depth,
            Classes = FashionMnist.ClassCount,
            Activation = settings.Activation,
            Residual = settings.Residual,
            Seed = settings.Seed,
        });
        // The model lives where the ops compute; the batches are copied there each step (inside the timed region).
        _model.MoveTo(ops.Memory);
        _context = new NnContext<float>(ops);
        _evalContext = new NnContext<float>(ops);
        _trainLabels = [.. train.Labels.Select(b => (int)b)];
        _testLabels = [.. test.Labels.Select(b => (int)b)];
        StepsPerEpoch = (train.Count + settings.Batch - 1) / settings.Batch;
    }

    public int StepsPerEpoch { get; }

    public int TotalSteps => StepsPerEpoch * _s.Epochs;

    /// <summary>Epoch (fractional between evaluations) of each evaluation, for the plot.</summary>
    public List<double> Epochs { get; } = [];

    /// <summary>Test accuracy in percent at each evaluation.</summary>
    public List<double> Accuracies { get; } = [];

    public string Summary { get; private set; } = "";

    /// <summary>Trains; returns null, or the reason training stopped early (a non-finite loss or gradient).</summary>
    public string? Execute(CsvTable table, Action<string> report, Action<int, string> progress)
    {
        IGradientMethod<float>? gradient = null;
        IDenseOptimizer<float>? optimizer = null;
        MezoTrainer? mezo = null;
        var loss = SoftmaxCrossEntropy<float>.Instance;
        if (_method == "mezo")
        {
            mezo = new MezoTrainer(_model, _context, loss, new RunConfiguration
            {
                RunSeed = _s.Seed,
                Estimator = new EstimatorOptions { Kind = EstimatorKind.Spsa, Mu = _s.Mu, Queries = 1 },
                Optimizer = new OptimizerOptions { Kind = _s.Optimizer == "adam" ? OptimizerKind.AdaMM : OptimizerKind.Sgd, LearningRate = (float)_lr },
            });
        }
        else
        {
            gradient = _method switch
            {
                "bp" => new Backprop<float>(_model, _context, loss),
                "hzo" => new HzoGradient<float>(_model, _context, loss),
                _ => new NeuronwiseGradient<float>(_model, _context, loss),
            };
            optimizer = _s.Optimizer == "adam" ? new DenseAdam<float>(_model, _lr, ops: _context.Ops) : new DenseSgd<float>(_model, _lr, ops: _context.Ops);
        }
        try
        {
            return Loop(table, report, progress, gradient, optimizer, mezo);
        }
        finally
        {
            mezo?.Dispose();
        }
    }

    private string? Loop(CsvTable table, Action<string> report, Action<int, string> progress, IGradientMethod<float>? gradient, IDenseOptimizer<float>? optimizer, MezoTrainer? mezo)
    {
        // The same order for every method of a run: one generator from the run seed, one shuffle per epoch.
        var order = Enumerable.Range(0, _train.Count).ToArray();
        var random = new Random(unchecked((int)_s.Seed ^ (int)(_s.Seed >> 32)));
        int features = _train.Features;
        var full = new Tensor<float>(_s.Batch, features);
        // On a device, each batch is copied into one device tensor (inside the timed region).
        var fullOnDevice = ReferenceEquals(_context.Memory, HostMemory.Instance) ? null : _context.Allocate(_s.Batch, features);
        var labels = new int[_s.Batch];
        var clock = new Stopwatch();
        double lossSum = 0;
        int lossCount = 0, step = 0;
        var (accuracy, testLoss) = (0.0, 0.0);
        for (int epoch = 0; epoch < _s.Epochs; epoch++)
        {
            random.Shuffle(order);
            for (int b = 0; b < StepsPerEpoch; b++)
            {
                int start = b * _s.Batch, rows = Math.Min(_s.Batch, _train.Count - start);
                var x = rows == _s.Batch ? full : full.SliceRows(0, rows);
                for (int r = 0; r < rows; r++)
                {
                    _train.Image(order[start + r]).CopyTo(x.Row(r));
                    labels[r] = _trainLabels[order[start + r]];
                }
                double batchLoss;
                clock.Start();
                try
                {
                    if (fullOnDevice is not null)
                    {
                        var xDevice = fullOnDevice.SliceRows(0, rows);
                        x.CopyTo(xDevice);
                        x = xDevice;
                    }
                    if (mezo is not null)
                    {
                        batchLoss = mezo.Step(x, labels.AsSpan(0, rows)).ProbeLoss;
                    }
                    else
                    {
                        batchLoss = gradient!.Compute(x, labels.AsSpan(0, rows)).Loss;
                        optimizer!.Step();
                    }
                }
                catch (Exception e) when (e is NnNonFiniteException or ZoObjectiveException)
                {
                    Summary = $"result method={_method} diverged at epoch {epoch + 1} step {step + 1}";
                    return $"training diverged at epoch {epoch + 1}, step {step + 1}: {e.Message}";
                }
                finally
                {
                    clock.Stop();
                }
                step++;
                lossSum += batchLoss * rows;
                lossCount += rows;
                // Evaluations at evenly spaced steps of the epoch, the last one at its end.
                int slot = (int)((long)(b + 1) * _s.EvalsPerEpoch / StepsPerEpoch);
                int previous = (int)((long)b * _s.EvalsPerEpoch / StepsPerEpoch);
                bool evaluate = slot != previous;
                if (evaluate)
                {
                    (accuracy, testLoss) = EvaluateTest();
                    double epochs = epoch + (double)(b + 1) / StepsPerEpoch;
                    double trainLoss = lossSum / lossCount;
                    _trainSeconds = clock.Elapsed.TotalSeconds;
                    long evaluations = _context.Counter.Snapshot().LayerEvaluations;
                    table.AddRow(_method, _s.Optimizer, _lr, Math.Round(epochs, 6), step, trainLoss, testLoss, accuracy, Math.Round(_trainSeconds, 3), evaluations);
                    Epochs.Add(epochs);
                    Accuracies.Add(100 * accuracy);
                    report(string.Create(CultureInfo.InvariantCulture,
                        $"{_method,-10} epoch {epochs,6:F2} step {step,6} train_loss {trainLoss,8:F4} test_loss {testLoss,8:F4} test_accuracy {100 * accuracy,6:F2}% train_seconds {_trainSeconds,8:F1}"));
                    lossSum = 0;
                    lossCount = 0;
                }
                progress(step, string.Create(CultureInfo.InvariantCulture, $"{_method} {_s.Optimizer} epoch {epoch + 1}/{_s.Epochs} acc {100 * accuracy:F2}%"));
            }
        }
        Summary = string.Create(CultureInfo.InvariantCulture,
            $"result method={_method} optimizer={_s.Optimizer} lr={_lr:G4} epochs={_s.Epochs} test_accuracy={accuracy:F4} test_loss={testLoss:F4} train_seconds={_trainSeconds:F1} layer_evaluations={_context.Counter.Snapshot().LayerEvaluations}");
        return null;
    }

    /// <summary>Accuracy and mean loss on the test set, in chunks; not counted in the training time or evaluations.</summary>
    private (double Accuracy, double Loss) EvaluateTest()
    {
        var all = Tensor<float>.Wrap(_test.Images, _test.Count, _test.Features);
        int correct = 0;
        double lossSum = 0;
        for (int start = 0; start < _test.Count; start += EvalChunk)
        {
            int rows = Math.Min(EvalChunk, _test.Count - start);
            var chunk = all.SliceRows(start, rows);
            var logits = _model.Predict(_evalContext, ReferenceEquals(_evalContext.Memory, HostMemory.Instance) ? chunk : chunk.To(_evalContext.Memory));
            var labels = _testLabels.AsSpan(start, rows);
            lossSum += _evalContext.Ops.SoftmaxCrossEntropy(logits, labels, null) * rows;
            logits = logits.IsHost ? logits : logits.ToHost();
            for (int r = 0; r < rows; r++)
            {
                var row = logits.Row(r);
                int best = 0;
                for (int c = 1; c < row.Length; c++)
                {
                    if (row[c] > row[best])
                        best = c;
                }
                if (best == labels[r])
                    correct++;
            }
        }
        return ((double)correct / _test.Count, lossSum / _test.Count);
    }
}
