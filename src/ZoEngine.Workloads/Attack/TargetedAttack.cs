using ZoEngine.Trajectory;

namespace ZoEngine.Workloads.Attack;

/// <summary>
/// A black-box classifier: log-probabilities of every class for a batch of images, and nothing else. The attack sees
/// only these values, never weights or gradients.
/// </summary>
/// <param name="images">The images, row-major, one after another. [batch × pixels]</param>
/// <param name="logProbabilities">Receives the log-probabilities. [batch × classes]</param>
public delegate void BlackBoxClassifier(ReadOnlySpan<float> images, Span<float> logProbabilities);

/// <summary>The constants of a targeted attack (the R-AdaZO paper's setup: ε = 0.2 on images in [0, 1]).</summary>
public sealed record AttackOptions
{
    /// <summary>The largest change of one pixel, ‖δ‖∞ ≤ ε.</summary>
    public float Epsilon { get; init; } = 0.2f;

    /// <summary>Pixels of an image; the classifier's input width.</summary>
    public required int Pixels { get; init; }

    /// <summary>Classes the classifier scores.</summary>
    public required int Classes { get; init; }

    /// <summary>Throws unless the constants make an attack.</summary>
    public void Validate()
    {
        if (!(Epsilon > 0f) || !float.IsFinite(Epsilon))
            throw new ArgumentException($"The attack radius ε must be finite and > 0, got {Epsilon}.");
        if (Pixels < 1 || Classes < 2)
            throw new ArgumentException($"An attack needs at least one pixel and two classes, got {Pixels} and {Classes}.");
    }
}

/// <summary>
/// The loss of a targeted black-box attack on one image x towards class t, as a core-engine objective over the
/// perturbation δ (a parameter set of one tensor of <see cref="AttackOptions.Pixels"/> elements):
/// F(δ) = −(log p_t(x') − max_{j≠t} log p_j(x')) with x' = clamp(x + clamp(δ, −ε, ε), 0, 1). F &lt; 0 exactly when the
/// classifier predicts t, which is success.
/// </summary>
/// <remarks>
/// The projection onto the feasible set is applied here, inside the objective, and nowhere else: the optimizer's δ
/// moves freely and every query evaluates its projection. So the trajectory is the core engine's plain update
/// sequence, and a replay of the log rebuilds δ bit for bit; <see cref="Project"/> gives the perturbation actually
/// applied to the image.
/// </remarks>
public sealed class TargetedAttackObjective : IObjective
{
    private readonly BlackBoxClassifier _classifier;
    private readonly float[] _image;
    private readonly float[] _adversarial;
    private readonly float[] _delta;
    private readonly float[] _logProbabilities;

    /// <summary>Binds the attack to a classifier, an image and a target class.</summary>
    /// <exception cref="ArgumentException">The image's size, the target or the options are out of range.</exception>
    public TargetedAttackObjective(BlackBoxClassifier classifier, ReadOnlySpan<float> image, int target, AttackOptions options)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (image.Length != options.Pixels)
            throw new ArgumentException($"The image has {image.Length} pixels where the classifier takes {options.Pixels}.", nameof(image));
        if ((uint)target >= (uint)options.Classes)
            throw new ArgumentException($"Target class {target} is outside [0, {options.Classes}).", nameof(target));
        _classifier = classifier;
        _image = image.ToArray();
        Target = target;
        Options = options;
        _adversarial = new float[options.Pixels];
        _delta = new float[options.Pixels];
        _logProbabilities = new float[options.Classes];
    }

    /// <summary>The target class t.</summary>
    public int Target { get; }

    /// <summary>The attack's constants.</summary>
    public AttackOptions Options { get; }

    /// <summary>Classifier queries so far: one per evaluation.</summary>
    public long Queries { get; private set; }

    /// <summary>The class the classifier predicted at the last evaluation.</summary>
    public int LastPrediction { get; private set; }

    /// <inheritdoc />
    public float Evaluate(ParameterSet parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (parameters.TotalLength != Options.Pixels)
            throw new ArgumentException($"δ has {parameters.TotalLength} elements where the image has {Options.Pixels} pixels.", nameof(parameters));
        parameters.CopyToHost(_delta);
        return Score(_delta);
    }

    /// <summary>F at a given δ (projected first), as <see cref="Evaluate"/>; counts as a query.</summary>
    public float Score(ReadOnlySpan<float> delta)
    {
        float eps = Options.Epsilon;
        for (int i = 0; i < _image.Length; i++)
            _adversarial[i] = Math.Clamp(_image[i] + Math.Clamp(delta[i], -eps, eps), 0f, 1f);
        _classifier(_adversarial, _logProbabilities);
        Queries++;
        float best = float.NegativeInfinity;
        int argmax = 0;
        for (int j = 0; j < _logProbabilities.Length; j++)
        {
            if (_logProbabilities[j] > _logProbabilities[argmax])
                argmax = j;
            if (j != Target && _logProbabilities[j] > best)
                best = _logProbabilities[j];
        }
        LastPrediction = argmax;
        return -(_logProbabilities[Target] - best);
    }

    /// <summary>The perturbation the image actually receives for <paramref name="delta"/>: x' − x, after both clamps.</summary>
    public float[] Project(ReadOnlySpan<float> delta)
    {
        var applied = new float[_image.Length];
        float eps = Options.Epsilon;
        for (int i = 0; i < _image.Length; i++)
            applied[i] = Math.Clamp(_image[i] + Math.Clamp(delta[i], -eps, eps), 0f, 1f) - _image[i];
        return applied;
    }
}

/// <summary>What one attack did.</summary>
/// <param name="Succeeded">Whether the classifier predicted the target within the budget.</param>
/// <param name="Iterations">Steps taken: to the first success, or the whole budget.</param>
/// <param name="Queries">Classifier queries, the success checks included.</param>
/// <param name="FinalLoss">F at the last δ.</param>
/// <param name="L2">‖x' − x‖₂ of the perturbation applied at the end.</param>
/// <param name="LInf">‖x' − x‖∞ of the perturbation applied at the end.</param>
/// <param name="Losses">F after each step, for curves of F against queries. [Iterations]</param>
/// <param name="DeltaSha256">SHA-256 of the final δ (before projection), which a replay of the attack's log reproduces.</param>
public sealed record AttackResult(bool Succeeded, long Iterations, long Queries, float FinalLoss, double L2, double LInf, IReadOnlyList<float> Losses, string DeltaSha256);

/// <summary>
/// Runs one targeted attack with the core engine: δ starts from a seeded Gaussian draw, each step is one ZO step on F
/// (the estimator's queries), and after each step F is evaluated once at the new δ (one more query) to see whether the
/// attack has succeeded; it stops at the first success or after <c>maxIterations</c> steps.
/// </summary>
public static class TargetedAttack
{
    /// <summary>Runs the attack; <paramref name="log"/>, if given, receives the run's steps and is sealed at the end.</summary>
    /// <param name="objective">The attack's loss.</param>
    /// <param name="backend">The backend of δ's updates.</param>
    /// <param name="configuration">Estimator, optimizer and run seed.</param>
    /// <param name="initScale">δ₀ = initScale·z(seed derived from the run seed).</param>
    /// <param name="maxIterations">The step budget.</param>
    /// <param name="log">Optional trajectory log.</param>
    /// <exception cref="ZoObjectiveException">The classifier returned a non-finite value; the step was not applied.</exception>
    public static AttackResult Run(TargetedAttackObjective objective, IZoBackend backend, RunConfiguration configuration, float initScale, long maxIterations,
        TrajectoryWriter? log = null)
    {
        ArgumentNullException.ThrowIfNull(objective);
        ArgumentNullException.ThrowIfNull(backend);
        ArgumentOutOfRangeException.ThrowIfNegative(maxIterations);
        if (!float.IsFinite(initScale) || initScale < 0f)
            throw new ArgumentException($"The initial scale must be finite and ≥ 0, got {initScale}.", nameof(initScale));
        using var delta = Start(backend, objective.Options.Pixels, configuration.RunSeed, initScale);
        using var trainer = new ZoTrainer(backend, delta, objective, configuration, log);
        var losses = new List<float>();
        float f = objective.Evaluate(delta);
        bool success = f < 0f;
        long iterations = 0;
        try
        {
            while (!success && iterations < maxIterations)
            {
                trainer.Step();
                iterations++;
                backend.Synchronize();
                f = objective.Evaluate(delta);
                losses.Add(f);
                success = f < 0f;
            }
        }
        catch (ZoObjectiveException)
        {
            trainer.SealLog(TrajectoryEnd.Failed);
            throw;
        }
        // Success and an exhausted budget both end the run as asked: the log is complete either way.
        trainer.SealLog(TrajectoryEnd.Completed);
        var host = new float[objective.Options.Pixels];
        delta.CopyToHost(host);
        var applied = objective.Project(host);
        double l2 = Math.Sqrt(applied.Sum(v => (double)v * v)), linf = applied.Max(v => Math.Abs((double)v));
        return new AttackResult(success, iterations, objective.Queries, f, l2, linf, losses, ParameterDigest.Sha256Hex(delta));
    }

    /// <summary>δ₀ = scale·z(derive(run seed, 1)), one tensor named "delta": the start an attack's log replays from.</summary>
    public static ParameterSet Start(IZoBackend backend, int pixels, ulong runSeed, float scale)
    {
        ArgumentNullException.ThrowIfNull(backend);
        var delta = new ParameterSet(backend.Memory);
        try
        {
            delta.Add("delta", pixels);
            backend.Fill(delta, Noise.NoiseKind.Gaussian, Noise.SeedMixer.Derive(runSeed, 1), scale);
        }
        catch
        {
            delta.Dispose();
            throw;
        }
        return delta;
    }
}
