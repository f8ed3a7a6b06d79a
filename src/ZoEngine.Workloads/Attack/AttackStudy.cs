using ZoEngine.Estimators;
using ZoEngine.Nn;
using ZoEngine.Optimizers;
using ZoEngine.Workloads.Data;

namespace ZoEngine.Workloads.Attack;

/// <summary>An Nn classifier seen only through its outputs: a <see cref="BlackBoxClassifier"/> over its forward pass.</summary>
public static class NnBlackBox
{
    /// <summary>
    /// The log-softmax of <paramref name="model"/>'s outputs, computed in double from its float logits, as the attack's
    /// only view of the model. Each call is one forward pass over the batch it is given.
    /// </summary>
    public static BlackBoxClassifier Create(Sequential<float> model, INnOps<float> ops)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(ops);
        var forward = new Forward(model, ops);
        return (images, logProbabilities) =>
        {
            Check(model, images, logProbabilities);
            forward.Run(images, logProbabilities);
        };
    }

    /// <summary>
    /// As <see cref="Create(Sequential{float}, INnOps{float})"/>, but a batch is split into up to
    /// <paramref name="threads"/> blocks of consecutive rows, each run through the model on a thread of its own with
    /// ops of its own (<paramref name="ops"/> is called once per block slot). The answers are the unsplit ones whenever
    /// a row's answer does not depend on the rows beside it (a row-independent GEMM, such as a one-thread
    /// <see cref="Nn.Gemm.BlockedGemm"/>); splitting by samples keeps both cores busy on batches of small per-sample
    /// GEMMs, which a GEMM's own row split cannot.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="threads"/> is below 1.</exception>
    public static BlackBoxClassifier Create(Sequential<float> model, Func<INnOps<float>> ops, int threads)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(ops);
        if (threads < 1)
            throw new ArgumentException($"A classifier needs at least one thread, got {threads}.", nameof(threads));
        var forwards = Enumerable.Range(0, threads).Select(_ => new Forward(model, ops())).ToArray();
        int features = model.InFeatures, classes = model.OutFeatures;
        return (images, logProbabilities) =>
        {
            Check(model, images, logProbabilities);
            int rows = images.Length / features;
            // Blocks of at least MinRows rows, so that a small batch does not pay for a hand-off it cannot use.
            const int MinRows = 4;
            int blocks = Math.Clamp(rows / MinRows, 1, threads);
            if (blocks == 1)
            {
                forwards[0].Run(images, logProbabilities);
                return;
            }
            // Spans cannot cross into the workers' closures, so the blocks go through arrays.
            float[] input = images.ToArray(), output = new float[logProbabilities.Length];
            Parallel.For(0, blocks, new ParallelOptions { MaxDegreeOfParallelism = blocks }, b =>
            {
                int from = (int)((long)rows * b / blocks), to = (int)((long)rows * (b + 1) / blocks);
                forwards[b].Run(input.AsSpan(from * features, (to - from) * features), output.AsSpan(from * classes, (to - from) * classes));
            });
            output.CopyTo(logProbabilities);
        };
    }

    private static void Check(Sequential<float> model, ReadOnlySpan<float> images, Span<float> logProbabilities)
    {
        int features = model.InFeatures, classes = model.OutFeatures;
        if (images.Length % features != 0 || logProbabilities.Length != images.Length / features * classes)
            throw new ArgumentException($"A batch of images of {features} pixels and {classes} log-probabilities each was expected.");
    }

    // One forward pass with its own context and input buffer: not for two threads at once.
    private sealed class Forward(Sequential<float> model, INnOps<float> ops)
    {
        private readonly NnContext<float> _context = new(ops);
        private Tensor<float>? _input;

        public void Run(ReadOnlySpan<float> images, Span<float> logProbabilities)
        {
            int features = model.InFeatures, classes = model.OutFeatures;
            int rows = images.Length / features;
            if (_input is null || _input.Rows != rows)
                _input = new Tensor<float>(rows, features);
            images.CopyTo(_input.Span);
            var logits = model.Predict(_context, ReferenceEquals(_context.Memory, HostMemory.Instance) ? _input : _input.To(_context.Memory));
            logits = logits.IsHost ? logits : logits.ToHost();
            for (int r = 0; r < rows; r++)
            {
                var row = logits.Row(r);
                double max = double.NegativeInfinity;
                foreach (float v in row)
                    max = Math.Max(max, v);
                double sum = 0;
                foreach (float v in row)
                    sum += Math.Exp(v - max);
                double log = Math.Log(sum);
                for (int c = 0; c < classes; c++)
                    logProbabilities[r * classes + c] = (float)(row[c] - max - log);
            }
        }
    }
}

/// <summary>One attack of a study: which image, towards which class, with which optimizer, and what happened.</summary>
/// <param name="Image">Index of the image in its set.</param>
/// <param name="Label">Its true class.</param>
/// <param name="Target">The class the attack aims for, (label + 1) mod classes.</param>
/// <param name="Optimizer">The optimizer's name.</param>
/// <param name="Seed">The run seed (δ₀ and the directions).</param>
/// <param name="Result">What the attack did.</param>
public sealed record AttackRecord(int Image, int Label, int Target, OptimizerKind Optimizer, ulong Seed, AttackResult Result);

/// <summary>The shared settings of an attack study (the R-AdaZO paper's §6.2 defaults).</summary>
public sealed record AttackStudyOptions
{
    /// <summary>Queries per step of the two-sided estimator (the paper's K = 2).</summary>
    public int Queries { get; init; } = 2;

    /// <summary>Perturbation radius μ of the estimator.</summary>
    public float Mu { get; init; } = 0.5f;

    /// <summary>Learning rate of every optimizer without an entry in <see cref="LearningRates"/>.</summary>
    public float LearningRate { get; init; } = 0.01f;

    /// <summary>Learning rates of single optimizers (tuned rates), overriding <see cref="LearningRate"/> for them.</summary>
    public IReadOnlyDictionary<OptimizerKind, float>? LearningRates { get; init; }

    /// <summary>The learning rate <paramref name="kind"/> runs with.</summary>
    public float RateFor(OptimizerKind kind) => LearningRates is not null && LearningRates.TryGetValue(kind, out float rate) ? rate : LearningRate;

    /// <summary>Step budget of one attack.</summary>
    public long MaxIterations { get; init; } = 20_000;

    /// <summary>Scale of δ₀'s Gaussian draw.</summary>
    public float InitScale { get; init; } = 0.001f;

    /// <summary>The attack radius ε.</summary>
    public float Epsilon { get; init; } = 0.2f;
}

/// <summary>
/// Attacks images of a labelled set with several optimizers, from the same seeds: each image the classifier gets right
/// is attacked towards (label + 1) mod classes by each optimizer, and each attack is a <see cref="TargetedAttack"/> run.
/// Images the classifier already gets wrong are skipped, as the paper does, and reported.
/// </summary>
/// <remarks>
/// With more than one worker the attacks run concurrently, each on a thread of its own with a backend of its own, and
/// their classifier queries are answered together by a <see cref="QueryBatcher"/>: one forward pass over one row per
/// live attack instead of one pass per query. Each attack's trajectory depends only on its own seed and on the answers
/// to its own queries, so the records are those of the sequential study whenever the classifier answers a row the same
/// in any batch (see <see cref="QueryBatcher"/>); the records come back in the sequential order either way.
/// </remarks>
public static class AttackStudy
{
    /// <summary>Runs the study one attack after another on the calling thread; <paramref name="progress"/> hears of each attack as it ends.</summary>
    /// <returns>The attacks run, and the indices of the images skipped because the classifier misclassifies them.</returns>
    public static (IReadOnlyList<AttackRecord> Records, IReadOnlyList<int> Skipped) Run(BlackBoxClassifier classifier, ILabelledExamples images, int first, int count,
        int classes, IReadOnlyList<OptimizerKind> optimizers, IReadOnlyList<ulong> seeds, AttackStudyOptions options, IZoBackend backend, Action<AttackRecord>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(backend);
        var (plan, skipped) = Plan(classifier, images, first, count, classes, optimizers, seeds, options);
        var records = new List<AttackRecord>(plan.Count);
        foreach (var attack in plan)
        {
            var record = attack.Run(classifier, images, classes, options, backend);
            records.Add(record);
            progress?.Invoke(record);
        }
        return (records, skipped);
    }

    /// <summary>
    /// Runs the study with up to <paramref name="workers"/> attacks at a time whose queries share batched classifier
    /// calls; <paramref name="progress"/> hears of each attack as it ends (in the order they end, one call at a time).
    /// </summary>
    /// <param name="classifier">The classifier; batches of many rows are passed to it.</param>
    /// <param name="images">The labelled images.</param>
    /// <param name="first">Index of the first image.</param>
    /// <param name="count">Images to attack.</param>
    /// <param name="classes">Classes the classifier scores.</param>
    /// <param name="optimizers">The optimizers, each run on every image.</param>
    /// <param name="seeds">Run seeds, each run on every image with every optimizer.</param>
    /// <param name="options">The shared settings.</param>
    /// <param name="backends">Makes a backend for one worker; each worker disposes its own.</param>
    /// <param name="workers">Attacks in flight at once (threads); 1 runs them one after another.</param>
    /// <param name="progress">Hears of each attack as it ends.</param>
    /// <returns>The attacks run, in the order of the sequential study, and the skipped images.</returns>
    /// <exception cref="ArgumentException">The images are out of range or <paramref name="workers"/> is below 1.</exception>
    public static (IReadOnlyList<AttackRecord> Records, IReadOnlyList<int> Skipped) RunBatched(BlackBoxClassifier classifier, ILabelledExamples images, int first, int count,
        int classes, IReadOnlyList<OptimizerKind> optimizers, IReadOnlyList<ulong> seeds, AttackStudyOptions options, Func<IZoBackend> backends, int workers,
        Action<AttackRecord>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(backends);
        if (workers < 1)
            throw new ArgumentException($"An attack study needs at least one worker, got {workers}.", nameof(workers));
        var (plan, skipped) = Plan(classifier, images, first, count, classes, optimizers, seeds, options);
        var records = new AttackRecord?[plan.Count];
        var failures = new Exception?[plan.Count];
        var batcher = new QueryBatcher(classifier, images.Features, classes);
        var progressGate = new object();
        int next = -1;
        void Work()
        {
            try
            {
                using var backend = backends();
                int i;
                while ((i = Interlocked.Increment(ref next)) < plan.Count)
                {
                    try
                    {
                        records[i] = plan[i].Run(batcher.Classifier, images, classes, options, backend);
                    }
                    catch (Exception e)
                    {
                        failures[i] = e;
                        continue;
                    }
                    lock (progressGate)
                        progress?.Invoke(records[i]!);
                }
            }
            finally
            {
                batcher.Leave();
            }
        }
        int threads = Math.Min(workers, Math.Max(plan.Count, 1));
        var pool = new Thread[threads];
        for (int t = 0; t < threads; t++)
        {
            // Every worker joins before any starts, so that no batch is answered before all of them have queried.
            batcher.Join();
            pool[t] = new Thread(Work) { IsBackground = true, Name = $"attack-{t}" };
        }
        foreach (var thread in pool)
            thread.Start();
        foreach (var thread in pool)
            thread.Join();
        // The first failure in the sequential order is the one the sequential study would have thrown.
        int failed = Array.FindIndex(failures, e => e is not null);
        if (failed >= 0)
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failures[failed]!);
        return (records.Select(r => r!).ToList(), skipped);
    }

    // One planned attack: the image, its target, the optimizer and the seed.
    private sealed record Attack(int Image, int Label, int Target, OptimizerKind Optimizer, ulong Seed)
    {
        public AttackRecord Run(BlackBoxClassifier classifier, ILabelledExamples images, int classes, AttackStudyOptions options, IZoBackend backend)
        {
            var attackOptions = new AttackOptions { Pixels = images.Features, Classes = classes, Epsilon = options.Epsilon };
            var objective = new TargetedAttackObjective(classifier, images.Example(Image), Target, attackOptions);
            var config = new RunConfiguration
            {
                RunSeed = Seed,
                Estimator = new EstimatorOptions { Kind = EstimatorKind.Spsa, Queries = options.Queries, Mu = options.Mu },
                Optimizer = new OptimizerOptions { Kind = Optimizer, LearningRate = options.RateFor(Optimizer) },
            };
            var result = TargetedAttack.Run(objective, backend, config, options.InitScale, options.MaxIterations);
            return new AttackRecord(Image, Label, Target, Optimizer, Seed, result);
        }
    }

    // The sequential order of the attacks (image, then optimizer, then seed), after skipping misclassified images.
    private static (List<Attack> Plan, List<int> Skipped) Plan(BlackBoxClassifier classifier, ILabelledExamples images, int first, int count, int classes,
        IReadOnlyList<OptimizerKind> optimizers, IReadOnlyList<ulong> seeds, AttackStudyOptions options)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        ArgumentNullException.ThrowIfNull(images);
        ArgumentNullException.ThrowIfNull(optimizers);
        ArgumentNullException.ThrowIfNull(seeds);
        ArgumentNullException.ThrowIfNull(options);
        if (first < 0 || count < 1 || first + count > images.Count)
            throw new ArgumentException($"Images {first} to {first + count - 1} are not all in the set of {images.Count}.");
        var plan = new List<Attack>();
        var skipped = new List<int>();
        var logProbabilities = new float[classes];
        for (int i = first; i < first + count; i++)
        {
            int label = images.Label(i);
            classifier(images.Example(i), logProbabilities);
            if (Array.IndexOf(logProbabilities, logProbabilities.Max()) != label)
            {
                skipped.Add(i);
                continue;
            }
            foreach (var kind in optimizers)
            {
                foreach (ulong seed in seeds)
                    plan.Add(new Attack(i, label, (label + 1) % classes, kind, seed));
            }
        }
        return (plan, skipped);
    }
}
