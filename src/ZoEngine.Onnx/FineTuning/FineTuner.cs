using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using ZoEngine.Estimators;
using ZoEngine.Optimizers;
using ZoEngine.Trajectory;
using ZoEngine.Workloads.Data;
using ZoEngine.Workloads.Training;

namespace ZoEngine.Onnx.FineTuning;

/// <summary>What <see cref="FineTuner"/> fine-tunes, on what, and how long.</summary>
public sealed record FineTuneOptions
{
    /// <summary>The base model.</summary>
    public required OnnxModelSource Model { get; init; }

    /// <summary>Its WordPiece vocabulary (vocab.txt).</summary>
    public required OnnxModelSource Vocabulary { get; init; }

    /// <summary>The model's initializers that the ZO methods train (with the head); all float32 ones when null.</summary>
    public Regex? Trainable { get; init; }

    /// <summary>The task: labelled training and test texts.</summary>
    public required FewShotSplit Task { get; init; }

    /// <summary>Tokens per text, [CLS] and [SEP] included.</summary>
    public int MaxTokens { get; init; } = 32;

    /// <summary>Texts per step.</summary>
    public int Batch { get; init; } = 16;

    /// <summary>
    /// The budget, in steps of a two-forward method (MeZO, ZO-AdaMM, R-AdaZO): every method gets the same number of
    /// forward passes, 2·Steps, so linear probing takes 2·Steps steps and MeZO-GV and MeZO-Greedy ⌊2·Steps/(M+2)⌋.
    /// </summary>
    public long Steps { get; init; } = 100;

    /// <summary>Seed of the batch order and of every ZO direction.</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>The ZO perturbation radius ε.</summary>
    public float Mu { get; init; } = 1e-3f;

    /// <summary>Candidates M of MeZO-GV and MeZO-Greedy.</summary>
    public int Candidates { get; init; } = 4;

    /// <summary>Test-set evaluations over a run (evenly spaced, the last after the last step).</summary>
    public int Evaluations { get; init; } = 4;

    /// <summary>
    /// Threads of the forward: ONNX Runtime's intra-op threads; with the own forward on the CPU, OpenBLAS's threads and
    /// those of the own row ops (<see cref="ZoEngine.Nn.CpuNnOps{T}.Threads"/>). 0: ONNX Runtime and OpenBLAS choose
    /// (one per core, or OPENBLAS_NUM_THREADS), the row ops one per core.
    /// </summary>
    public int Threads { get; init; }

    /// <summary>Replace an existing trajectory log (without it, a log at the path is refused and kept).</summary>
    public bool OverwriteLog { get; init; }

    /// <summary>The forward the methods run: ONNX Runtime (on the CPU) or the engine's own transformer layers.</summary>
    public FineTuneForward Forward { get; init; } = FineTuneForward.OnnxRuntime;

    /// <summary>
    /// With the own forward: the device whose kernels run it and whose memory holds the model, the head and the
    /// optimizer state (the caller keeps and disposes it); null runs it on the CPU.
    /// </summary>
    public ZoEngine.Cuda.DeviceBackend? Device { get; init; }
}

/// <summary>The forward pass a fine-tuning run goes through.</summary>
public enum FineTuneForward
{
    /// <summary>ONNX Runtime on the model file, on the CPU, its initializers bound in place to the parameter set.</summary>
    OnnxRuntime,

    /// <summary>The engine's own transformer layers (<see cref="OwnSentenceEncoder"/>) on the CPU or a device.</summary>
    Own,
}

/// <summary>
/// Fine-tunes an ONNX text encoder with a linear head on a few-shot task, by one of <see cref="Methods"/>, through the
/// library's <see cref="TrainingLoop"/>. Every method starts from the same point: the base model's weights and the
/// head set to the class centroids of the base model's training embeddings (the zero-shot classifier).
/// </summary>
/// <example><code>
/// var task = Fortunes.Load(["computers", "science", "politics", "people"]).Split(shots: 16, testPerClass: 100, seed: 1);
/// using var tuner = FineTuner.Create(new FineTuneOptions { Model = OnnxModelSource.MiniLm, Vocabulary = OnnxModelSource.MiniLmVocabulary, Task = task });
/// FineTuneResult mezo = tuner.Run("mezo", learningRate: 1e-5, report: null);
/// </code></example>
public sealed class FineTuner
{
    /// <summary>The methods, in the order they are documented.</summary>
    public static IReadOnlyList<string> Methods { get; } = ["zeroshot", "linear", "mezo", "gv", "greedy", "adamm", "radazo"];

    private readonly FineTuneOptions _options;
    private readonly string _vocabulary;

    private FineTuner(FineTuneOptions options, string vocabulary, string modelSha256, float[] headInit, int hidden, TokenizedTexts train, TokenizedTexts test, long trainable, double setupSeconds)
    {
        _options = options;
        _vocabulary = vocabulary;
        ModelSha256 = modelSha256;
        HeadInit = headInit;
        Hidden = hidden;
        Train = train;
        Test = test;
        TrainableModelParameters = trainable;
        SetupSeconds = setupSeconds;
    }

    /// <summary>SHA-256 of the base model's bytes: a log replays only onto the same model.</summary>
    public string ModelSha256 { get; }

    /// <summary>The head's starting W then b, shared by every method. // [classes·hidden + classes]</summary>
    public float[] HeadInit { get; }

    /// <summary>Embedding width.</summary>
    public int Hidden { get; }

    /// <summary>The tokenized training set.</summary>
    public TokenizedTexts Train { get; }

    /// <summary>The tokenized test set.</summary>
    public TokenizedTexts Test { get; }

    /// <summary>Parameters of the model's trainable initializers (the head's come on top).</summary>
    public long TrainableModelParameters { get; }

    /// <summary>Seconds to load, check, tokenize and embed the training set for the head's start.</summary>
    public double SetupSeconds { get; }

    /// <summary>
    /// The learning rate a method uses unless told otherwise. The ZO rates are the ones bench/scripts/onnx.sh chose by
    /// final training loss from {1e-4, 1e-5, 1e-6} (MiniLM, k = 16, 200 forward passes; results/ci-2core-zen5/onnx/lr/):
    /// 1e-4 for ZO-SGD (MeZO, and MeZO-GV and MeZO-Greedy with it), 1e-5 for R-AdaZO (and ZO-AdaMM with it). The
    /// differences were within the noise of so short a run: starting points, not tuned optima. Linear probing's 1e-2 is
    /// Adam's usual rate for a small head.
    /// </summary>
    public static double DefaultRate(string method) => method switch
    {
        "linear" => 1e-2,
        "adamm" or "radazo" => 1e-5,
        _ => 1e-4,
    };

    /// <summary>Forward passes one step of <paramref name="method"/> makes.</summary>
    public int ForwardsPerStep(string method) => method switch
    {
        "zeroshot" => 0,
        "linear" => 1,
        "gv" or "greedy" => _options.Candidates + 2,
        _ => 2,
    };

    /// <summary>Steps of <paramref name="method"/> within the budget of <see cref="FineTuneOptions.Steps"/>.</summary>
    public long StepsFor(string method) => ForwardsPerStep(method) == 0 ? 0 : Math.Max(1, 2 * _options.Steps / ForwardsPerStep(method));

    /// <summary>
    /// Loads the model once to check everything a run needs (the model, the trainable pattern, the encoder's inputs, the
    /// batch size against the training set), tokenizes the task, and computes the head's starting point.
    /// </summary>
    /// <exception cref="OnnxModelException">The model or the pattern cannot be used.</exception>
    /// <exception cref="ArgumentException">An option is out of range, or the batch is larger than the training set.</exception>
    public static FineTuner Create(FineTuneOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var clock = Stopwatch.StartNew();
        if (options.Batch < 1)
            throw new ArgumentException($"The batch must hold at least one text; got {options.Batch}.", nameof(options));
        if (options.Batch > options.Task.TrainTexts.Length)
            throw new ArgumentException($"A batch of {options.Batch} is larger than the training set of {options.Task.TrainTexts.Length} texts ({options.Task.TrainTexts.Length / options.Task.Classes.Length} per class).", nameof(options));
        if (options.Steps < 0 || options.Evaluations < 1 || options.MaxTokens < 3 || options.Candidates < 2)
            throw new ArgumentException("Steps must be ≥ 0, evaluations ≥ 1, max tokens ≥ 3 and candidates ≥ 2.", nameof(options));
        if (options.Device is not null && options.Forward == FineTuneForward.OnnxRuntime)
            throw new ArgumentException("ONNX Runtime runs on the CPU only here: a device needs the own forward.", nameof(options));
        string sha = Sha256Of(options.Model);
        string vocabulary = ReadVocabulary(options.Vocabulary);
        using var model = OnnxZoModel.Load(options.Model, new OnnxZoModelOptions { Trainable = options.Trainable, IntraOpThreads = options.Threads });
        var encoder = new TextEncoder(model, new StringReader(vocabulary), options.MaxTokens);
        var train = TokenizedTexts.Create(encoder, options.Task.TrainTexts, options.Task.TrainLabels);
        var test = TokenizedTexts.Create(encoder, options.Task.TestTexts, options.Task.TestLabels);
        var embeddings = EmbedAll(encoder, train, 64);
        using var headSet = new ParameterSet();
        var head = new LinearHead(headSet, options.Task.Classes.Length, encoder.Hidden);
        head.InitializeFromCentroids(embeddings, options.Task.TrainLabels);
        float[] init = [.. head.Weight.AsSpan(), .. head.Bias.AsSpan()];
        return new FineTuner(options, vocabulary, sha, init, encoder.Hidden, train, test, model.TrainableParameters, clock.Elapsed.TotalSeconds);
    }

    /// <summary>
    /// Runs <paramref name="method"/> from the shared starting point for its share of the budget, evaluating on the test
    /// set <see cref="FineTuneOptions.Evaluations"/> times; with <paramref name="logPath"/> (ZO methods only) the run's
    /// trajectory log is written there, with a header from which <see cref="RebuildInitialPoint"/> rebuilds the start.
    /// </summary>
    /// <exception cref="ArgumentException">An unknown method, a rate that is not finite and positive, or a log for a method that is not ZO.</exception>
    public FineTuneResult Run(string method, double learningRate, ITrainingReport? report, string? logPath = null)
    {
        if (!Methods.Contains(method))
            throw new ArgumentException($"Unknown method '{method}'; the methods are {string.Join(", ", Methods)}.", nameof(method));
        if (!(learningRate > 0 && double.IsFinite(learningRate)))
            throw new ArgumentException($"The learning rate must be finite and > 0; got {learningRate}.", nameof(learningRate));
        bool zo = method is not ("zeroshot" or "linear");
        if (logPath is not null && !zo)
            throw new ArgumentException($"A trajectory log records ZO steps; '{method}' takes none.", nameof(logPath));
        using var setup = ForwardSetup.Open(_options, _vocabulary, Hidden);
        var (theta, head, encoder) = (setup.Theta, setup.Head, setup.Encoder);
        SetHead(head, HeadInit);
        var evaluation = new FewShotEvaluation(encoder, head, Test, bodyFrozen: !zo);
        long steps = StepsFor(method);
        if (method == "zeroshot")
            return ZeroShot(evaluation, report, theta);
        var source = new BatchSource(Train, _options.Batch, BatchSource.SeedFrom(_options.Seed));
        var loopOptions = new TrainingOptions { Epochs = null, EvaluationInterval = Math.Max(1, (steps + _options.Evaluations - 1) / _options.Evaluations) };
        if (!zo)
        {
            var linear = new LinearProbeMethod(encoder, head, learningRate);
            var result = new TrainingLoop(linear, source, loopOptions, evaluation, report).RunTo(steps);
            return new FineTuneResult(result, linear.Evaluations, Sha256(theta), null);
        }
        var config = Configuration(method, (float)learningRate);
        var metadata = new List<KeyValuePair<string, string>>([.. ProblemMetadata(method, theta), .. config.ToMetadata(theta)]);
        using var writer = logPath is null ? null : TrajectoryWriter.Create(logPath, metadata, new TrajectoryWriterOptions { Overwrite = _options.OverwriteLog });
        var objective = new FewShotObjective(encoder, head);
        using var trainer = new ZoTrainer(setup.Backend, theta, objective, config, writer);
        var step = new ZoFineTuneMethod(trainer, objective, method);
        var run = new TrainingLoop(step, source, loopOptions, evaluation, report).RunTo(steps);
        // The log ends with the steps taken and θ's hash, however the run ended, so that it reads as finished.
        trainer.SealLog(run.Divergence is null ? TrajectoryEnd.Completed : TrajectoryEnd.Failed);
        return new FineTuneResult(run, trainer.Evaluations, Sha256(theta), metadata);
    }

    /// <summary>The engine configuration of a ZO method (the core estimator and optimizer it names).</summary>
    public RunConfiguration Configuration(string method, float learningRate)
    {
        var estimator = method switch
        {
            "gv" => new EstimatorOptions { Kind = EstimatorKind.GuidingVector, Candidates = _options.Candidates, Mu = _options.Mu },
            "greedy" => new EstimatorOptions { Kind = EstimatorKind.Greedy, Candidates = _options.Candidates, Mu = _options.Mu },
            _ => EstimatorOptions.MeZo(_options.Mu),
        };
        var kind = method switch { "adamm" => OptimizerKind.AdaMM, "radazo" => OptimizerKind.RAdaZo, _ => OptimizerKind.Sgd };
        return new RunConfiguration { RunSeed = _options.Seed, Estimator = estimator, Optimizer = new OptimizerOptions { Kind = kind, LearningRate = learningRate } };
    }

    /// <summary>Embeddings of every text of <paramref name="texts"/>, <paramref name="chunkRows"/> rows per forward pass. // [count, Hidden]</summary>
    /// <exception cref="ZoEngine.Nn.NnNonFiniteException">The encoder's output was not finite.</exception>
    public static float[] EmbedAll(ISentenceEncoder encoder, TokenizedTexts texts, int chunkRows)
    {
        ArgumentNullException.ThrowIfNull(encoder);
        ArgumentNullException.ThrowIfNull(texts);
        int n = texts.Count, t = encoder.MaxTokens, h = encoder.Hidden;
        var result = new float[n * h];
        var ids = new long[Math.Min(chunkRows, n) * t];
        for (int start = 0; start < n; start += chunkRows)
        {
            int rows = Math.Min(chunkRows, n - start);
            for (int r = 0; r < rows; r++)
                TokenizedTexts.ToIds(texts.Example(start + r), ids.AsSpan(r * t, t));
            if (!encoder.Embed(ids.AsSpan(0, rows * t), rows, result.AsSpan(start * h, rows * h)))
                throw new ZoEngine.Nn.NnNonFiniteException("the encoder's output", start, -1, double.NaN);
        }
        return result;
    }

    /// <summary>
    /// The starting parameters a fine-tuning log's header describes: the trainable initializers of the model
    /// <paramref name="resolve"/> returns for the header's model name, then the head from the header. The model must be
    /// the one the log was written for (same SHA-256).
    /// </summary>
    /// <exception cref="OnnxModelException">The model cannot be read or is not the one of the log.</exception>
    /// <exception cref="FormatException">The header lacks a key or has a bad value.</exception>
    public static ParameterSet RebuildInitialPoint(Func<string, string?> get, Func<string, OnnxModelSource> resolve)
    {
        ArgumentNullException.ThrowIfNull(get);
        ArgumentNullException.ThrowIfNull(resolve);
        string Req(string key) => get(key) ?? throw new FormatException($"The log header has no '{key}': it was not written by a fine-tuning run.");
        int Int(string key) => int.TryParse(Req(key), NumberStyles.None, CultureInfo.InvariantCulture, out int v) && v >= 1 ? v : throw new FormatException($"The log header's '{key}' = '{Req(key)}' is not a whole number ≥ 1.");
        var source = resolve(Req("finetune.model"));
        string sha = Sha256Of(source);
        if (sha != Req("finetune.model_sha256"))
            throw new OnnxModelException($"The log was written for a model with SHA-256 {Req("finetune.model_sha256")}; '{source.Name}' has {sha}.");
        string pattern = Req("finetune.trainable");
        int classes = Int("finetune.head.classes"), width = Int("finetune.head.width");
        byte[] init;
        try
        {
            init = Convert.FromBase64String(Req("finetune.head.init"));
        }
        catch (FormatException)
        {
            throw new FormatException("The log header's 'finetune.head.init' is not base64.");
        }
        if (init.Length != ((long)classes * width + classes) * sizeof(float))
            throw new FormatException($"The log header's 'finetune.head.init' holds {init.Length} bytes; a head of {classes} classes × {width} needs {((long)classes * width + classes) * sizeof(float)}.");
        var theta = new ParameterSet();
        try
        {
            OnnxZoModel.ReadTrainable(source, pattern.Length == 0 ? null : new Regex(pattern), theta);
            SetHead(new LinearHead(theta, classes, width), System.Runtime.InteropServices.MemoryMarshal.Cast<byte, float>(init));
            return theta;
        }
        catch
        {
            theta.Dispose();
            throw;
        }
    }

    /// <summary>SHA-256 of a parameter set's float32 bytes in tensor order (the same digest as <c>zo run</c>'s params_sha256).</summary>
    public static string Sha256(ParameterSet parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return ParameterDigest.Sha256Hex(parameters);
    }

    private IEnumerable<KeyValuePair<string, string>> ProblemMetadata(string method, ParameterSet theta)
    {
        yield return new("problem", "finetune");
        yield return new("finetune.model", _options.Model.Name);
        yield return new("finetune.model_sha256", ModelSha256);
        yield return new("finetune.trainable", _options.Trainable?.ToString() ?? "");
        yield return new("finetune.head.classes", _options.Task.Classes.Length.ToString(CultureInfo.InvariantCulture));
        yield return new("finetune.head.width", Hidden.ToString(CultureInfo.InvariantCulture));
        yield return new("finetune.head.init", Convert.ToBase64String(System.Runtime.InteropServices.MemoryMarshal.AsBytes(HeadInit.AsSpan())));
        // What the run was, for a reader of the log; replay needs none of it.
        yield return new("finetune.method", method);
        yield return new("finetune.classes", string.Join(',', _options.Task.Classes));
        yield return new("finetune.train_texts", Train.Count.ToString(CultureInfo.InvariantCulture));
        yield return new("finetune.batch", _options.Batch.ToString(CultureInfo.InvariantCulture));
        yield return new("finetune.max_tokens", _options.MaxTokens.ToString(CultureInfo.InvariantCulture));
        yield return new("finetune.initial_params_sha256", Sha256(theta));
    }

    private FineTuneResult ZeroShot(FewShotEvaluation evaluation, ITrainingReport? report, ParameterSet theta)
    {
        var info = new TrainingRun("zeroshot", "none", 0, null, 0);
        report?.Started(info);
        var clock = Stopwatch.StartNew();
        var test = evaluation.Evaluate();
        var record = new EvaluationRecord(info, 0, 0, double.NaN, test, 0, clock.Elapsed.TotalSeconds, 0);
        report?.Evaluated(record);
        var result = new TrainingResult(info, 0, test, 0, record.EvaluationSeconds, 0, null, [record]);
        report?.Finished(result);
        return new FineTuneResult(result, 0, Sha256(theta), null);
    }

    private static void SetHead(LinearHead head, ReadOnlySpan<float> init)
    {
        int w = (int)head.Weight.Length;
        init[..w].CopyTo(head.Weight.AsSpan());
        init[w..].CopyTo(head.Bias.AsSpan());
        head.Push();
    }

    private static string ReadVocabulary(OnnxModelSource source)
    {
        using var reader = new StreamReader(source.Open());
        return reader.ReadToEnd();
    }

    private static string Sha256Of(OnnxModelSource source)
    {
        using var stream = source.Open();
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}

/// <summary>How one method's fine-tuning run ended.</summary>
/// <param name="Training">The training loop's result (test accuracy history, times, divergence).</param>
/// <param name="Forwards">Forward passes the method made in its steps (evaluations not counted).</param>
/// <param name="ParamsSha256">SHA-256 of the final parameters (model initializers then head).</param>
/// <param name="LogMetadata">The header of the run's trajectory log (ZO methods), null otherwise.</param>
public sealed record FineTuneResult(TrainingResult Training, long Forwards, string ParamsSha256, IReadOnlyList<KeyValuePair<string, string>>? LogMetadata);
