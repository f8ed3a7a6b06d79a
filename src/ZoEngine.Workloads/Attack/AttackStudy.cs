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
        var context = new NnContext<float>(ops);
        int features = model.InFeatures, classes = model.OutFeatures;
        Tensor<float>? input = null;
        return (images, logProbabilities) =>
        {
            if (images.Length % features != 0 || logProbabilities.Length != images.Length / features * classes)
                throw new ArgumentException($"A batch of images of {features} pixels and {classes} log-probabilities each was expected.");
            int rows = images.Length / features;
            if (input is null || input.Rows != rows)
                input = new Tensor<float>(rows, features);
            images.CopyTo(input.Span);
            var logits = model.Predict(context, ReferenceEquals(context.Memory, HostMemory.Instance) ? input : input.To(context.Memory));
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
        };
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

    /// <summary>Learning rate of every optimizer.</summary>
    public float LearningRate { get; init; } = 0.01f;

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
public static class AttackStudy
{
    /// <summary>Runs the study; <paramref name="progress"/> hears of each attack as it ends.</summary>
    /// <returns>The attacks run, and the indices of the images skipped because the classifier misclassifies them.</returns>
    public static (IReadOnlyList<AttackRecord> Records, IReadOnlyList<int> Skipped) Run(BlackBoxClassifier classifier, ILabelledExamples images, int first, int count,
        int classes, IReadOnlyList<OptimizerKind> optimizers, IReadOnlyList<ulong> seeds, AttackStudyOptions options, IZoBackend backend, Action<AttackRecord>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        ArgumentNullException.ThrowIfNull(images);
        ArgumentNullException.ThrowIfNull(optimizers);
        ArgumentNullException.ThrowIfNull(seeds);
        ArgumentNullException.ThrowIfNull(options);
        if (first < 0 || count < 1 || first + count > images.Count)
            throw new ArgumentException($"Images {first} to {first + count - 1} are not all in the set of {images.Count}.");
        var records = new List<AttackRecord>();
        var skipped = new List<int>();
        var logProbabilities = new float[classes];
        var attackOptions = new AttackOptions { Pixels = images.Features, Classes = classes, Epsilon = options.Epsilon };
        for (int i = first; i < first + count; i++)
        {
            var image = images.Example(i);
            int label = images.Label(i);
            classifier(image, logProbabilities);
            if (Array.IndexOf(logProbabilities, logProbabilities.Max()) != label)
            {
                skipped.Add(i);
                continue;
            }
            int target = (label + 1) % classes;
            foreach (var kind in optimizers)
            {
                foreach (ulong seed in seeds)
                {
                    var objective = new TargetedAttackObjective(classifier, image, target, attackOptions);
                    var config = new RunConfiguration
                    {
                        RunSeed = seed,
                        Estimator = new EstimatorOptions { Kind = EstimatorKind.Spsa, Queries = options.Queries, Mu = options.Mu },
                        Optimizer = new OptimizerOptions { Kind = kind, LearningRate = options.LearningRate },
                    };
                    var result = TargetedAttack.Run(objective, backend, config, options.InitScale, options.MaxIterations);
                    var record = new AttackRecord(i, label, target, kind, seed, result);
                    records.Add(record);
                    progress?.Invoke(record);
                }
            }
        }
        return (records, skipped);
    }
}
