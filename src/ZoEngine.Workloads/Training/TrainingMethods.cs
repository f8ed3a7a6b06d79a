using ZoEngine.Nn;

namespace ZoEngine.Workloads.Training;

/// <summary>
/// What a <see cref="TrainingLoop"/> runs once per step: one update of a model from one batch. A dense gradient and
/// an optimizer (<see cref="GradientStepMethod"/>) is one; a core ZO trainer over a model (<see cref="ZoStepMethod"/>)
/// is another; a user's own model needs only this interface.
/// </summary>
public interface ITrainingMethod
{
    /// <summary>Name for reports ("bp", "hzo", "mezo").</summary>
    string Name { get; }

    /// <summary>The optimizer's name for reports ("adam", "sgd").</summary>
    string Optimizer { get; }

    /// <summary>The learning rate, for reports.</summary>
    double LearningRate { get; }

    /// <summary>Where the model computes: the loop copies each batch there (host memory: no copy).</summary>
    IParameterMemory Memory { get; }

    /// <summary>Work done so far in the method's own unit (the Nn methods: layer evaluations, <see cref="EvaluationCounts.LayerEvaluations"/>).</summary>
    long Evaluations { get; }

    /// <summary>One update from one batch; returns the batch's mean loss before the update.</summary>
    /// <param name="inputs">The batch, in <see cref="Memory"/>. // [rows, features]</param>
    /// <param name="labels">Its labels. // [rows]</param>
    /// <exception cref="NnNonFiniteException">A loss, gradient or update was not finite (the loop stops there).</exception>
    /// <exception cref="ZoObjectiveException">A probe loss was not finite (the loop stops there).</exception>
    double Step(Tensor<float> inputs, ReadOnlySpan<int> labels);
}

/// <summary>A dense gradient (backprop, HZO, neuron-wise) followed by a dense optimizer step.</summary>
public sealed class GradientStepMethod : ITrainingMethod
{
    /// <summary>The gradient methods <see cref="CreateGradient"/> knows, in the order they are documented.</summary>
    public static IReadOnlyList<string> GradientNames { get; } = ["bp", "hzo", "hzo-nospp", "neuronwise", "cge"];

    private readonly IGradientMethod<float> _gradient;
    private readonly IDenseOptimizer<float> _optimizer;
    private readonly NnContext<float> _context;

    /// <summary>Pairs a gradient method with the optimizer that consumes its gradients.</summary>
    /// <param name="gradient">Computes the gradients into the model's parameters.</param>
    /// <param name="optimizer">Updates the same model's parameters from them.</param>
    /// <param name="learningRate">The optimizer's rate, for reports.</param>
    /// <param name="context">The context the gradient method computes in; its counter is <see cref="Evaluations"/>.</param>
    public GradientStepMethod(IGradientMethod<float> gradient, IDenseOptimizer<float> optimizer, double learningRate, NnContext<float> context)
    {
        ArgumentNullException.ThrowIfNull(gradient);
        ArgumentNullException.ThrowIfNull(optimizer);
        ArgumentNullException.ThrowIfNull(context);
        _gradient = gradient;
        _optimizer = optimizer;
        _context = context;
        LearningRate = learningRate;
    }

    /// <inheritdoc/>
    public string Name => _gradient.Name;

    /// <inheritdoc/>
    public string Optimizer => _optimizer.Name;

    /// <inheritdoc/>
    public double LearningRate { get; }

    /// <inheritdoc/>
    public IParameterMemory Memory => _context.Memory;

    /// <inheritdoc/>
    public long Evaluations => _context.Counter.Snapshot().LayerEvaluations;

    /// <summary>The last step's gradient result (costs and memory), default before the first.</summary>
    public GradientResult LastGradient { get; private set; }

    /// <inheritdoc/>
    public double Step(Tensor<float> inputs, ReadOnlySpan<int> labels)
    {
        LastGradient = _gradient.Compute(inputs, labels);
        _optimizer.Step();
        return LastGradient.Loss;
    }

    /// <summary>The gradient method named <paramref name="name"/> (one of <see cref="GradientNames"/>) over a model.</summary>
    /// <param name="name">bp, hzo (HZO with spatial-parallel perturbation), hzo-nospp (HZO probing every position), neuronwise or cge.</param>
    /// <param name="model">The network whose gradients are computed.</param>
    /// <param name="context">The context it computes in.</param>
    /// <param name="loss">The loss.</param>
    /// <param name="cge">CGE's settings (density, score, step, redraws, mask seed); null takes <see cref="CgeOptions"/>' defaults. Only cge reads them.</param>
    /// <exception cref="ArgumentException">The name is not one of <see cref="GradientNames"/>, or cge on a model outside host memory.</exception>
    public static IGradientMethod<float> CreateGradient(string name, Sequential<float> model, NnContext<float> context, ILoss<float> loss, CgeOptions? cge = null) => name switch
    {
        "bp" => new Backprop<float>(model, context, loss),
        "hzo" => new HzoGradient<float>(model, context, loss),
        "hzo-nospp" => new HzoGradient<float>(model, context, loss, new HzoOptions { SpatialParallel = false }),
        "neuronwise" => new NeuronwiseGradient<float>(model, context, loss),
        "cge" => new CgeGradient<float>(model, context, loss, cge),
        _ => throw new ArgumentException($"Unknown gradient method '{name}'; use {string.Join(", ", GradientNames)}.", nameof(name)),
    };
}

/// <summary>The core engine's ZO trainer (MeZO and the other estimators) over a model on the host or a device, one step per batch.</summary>
public sealed class ZoStepMethod : ITrainingMethod
{
    private readonly ZoNetworkTrainer _trainer;

    /// <summary>Steps <paramref name="trainer"/>; the caller keeps ownership of it.</summary>
    /// <param name="trainer">The trainer bound to the model.</param>
    /// <param name="name">Name for reports.</param>
    /// <param name="optimizer">The optimizer's name for reports; by default the core optimizer's kind in lower case.</param>
    /// <param name="learningRate">The rate for reports; by default the core optimizer's (a float, so 1e-3 reads 0.0010000000474974513).</param>
    public ZoStepMethod(ZoNetworkTrainer trainer, string name = "mezo", string? optimizer = null, double? learningRate = null)
    {
        ArgumentNullException.ThrowIfNull(trainer);
        ArgumentException.ThrowIfNullOrEmpty(name);
        _trainer = trainer;
        Name = name;
        Optimizer = optimizer ?? trainer.Trainer.Configuration.Optimizer.Kind.ToString().ToLowerInvariant();
        LearningRate = learningRate ?? trainer.Trainer.Configuration.Optimizer.LearningRate;
    }

    /// <inheritdoc/>
    public string Name { get; }

    /// <inheritdoc/>
    public string Optimizer { get; }

    /// <inheritdoc/>
    public double LearningRate { get; }

    /// <inheritdoc/>
    public IParameterMemory Memory => _trainer.Memory;

    /// <inheritdoc/>
    public long Evaluations { get; private set; }

    /// <inheritdoc/>
    public double Step(Tensor<float> inputs, ReadOnlySpan<int> labels)
    {
        try
        {
            return _trainer.Step(inputs, labels).ProbeLoss;
        }
        finally
        {
            // The trainer counts the step's work even when a probe fails, as the shared counter did.
            Evaluations += _trainer.LastCounts.LayerEvaluations;
        }
    }
}
