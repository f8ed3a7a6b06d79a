using System.Numerics;

namespace ZoEngine.Nn;

/// <summary>
/// A first-order optimizer over dense gradients held in <see cref="Parameter{T}.Gradient"/>: the update an HZO or
/// backprop step feeds (the ZO optimizers of the core engine take seeded estimates instead).
/// </summary>
public interface IDenseOptimizer<T> where T : unmanaged, IBinaryFloatingPointIeee754<T>
{
    /// <summary>Name for reports ("sgd", "adam").</summary>
    string Name { get; }

    /// <summary>Steps taken.</summary>
    long Steps { get; }

    /// <summary>Updates every parameter from its gradient.</summary>
    /// <exception cref="NnNonFiniteException">A gradient element is NaN or infinite; no parameter was changed.</exception>
    void Step();
}

/// <summary>
/// SGD with optional momentum and L2 weight decay, in PyTorch's form: g' = g + λθ; v = μv + g' (v = g' on the first
/// step); θ −= η·v. With μ = 0 it is θ −= η·(g + λθ). State: one buffer per parameter when μ &gt; 0, else none.
/// </summary>
public sealed class DenseSgd<T> : IDenseOptimizer<T> where T : unmanaged, IBinaryFloatingPointIeee754<T>
{
    private readonly Parameter<T>[] _parameters;
    private readonly string[] _names;
    private readonly INnOps<T>? _ops;
    private Tensor<T>[]? _velocity;
    private readonly bool _hasMomentum;
    private readonly T _lr;
    private readonly T _momentum;
    private readonly T _decay;

    /// <summary>Creates the optimizer over every parameter of <paramref name="model"/> (errors name them by their model names).</summary>
    /// <param name="model">The network whose parameters are updated.</param>
    /// <param name="learningRate">η.</param>
    /// <param name="momentum">μ in [0, 1).</param>
    /// <param name="weightDecay">λ ≥ 0.</param>
    /// <param name="ops">The ops that run the update, which must be those of the parameters' memory; null for host parameters.</param>
    public DenseSgd(Sequential<T> model, double learningRate, double momentum = 0, double weightDecay = 0, INnOps<T>? ops = null)
        : this(model?.Parameters ?? throw new ArgumentNullException(nameof(model)), learningRate, momentum, weightDecay, model.ParameterNames, ops)
    {
    }

    /// <summary>Creates the optimizer over <paramref name="parameters"/>.</summary>
    /// <param name="parameters">The parameters to update.</param>
    /// <param name="learningRate">η.</param>
    /// <param name="momentum">μ in [0, 1).</param>
    /// <param name="weightDecay">λ ≥ 0.</param>
    /// <param name="names">Names for messages, one per parameter; the parameters' own names when null.</param>
    /// <param name="ops">The ops that run the update, which must be those of the parameters' memory; null for host parameters.</param>
    public DenseSgd(IEnumerable<Parameter<T>> parameters, double learningRate, double momentum = 0, double weightDecay = 0, IReadOnlyList<string>? names = null, INnOps<T>? ops = null)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (!(double.IsFinite(learningRate) && learningRate >= 0))
            throw new ArgumentException($"The learning rate must be finite and ≥ 0, got {learningRate}.", nameof(learningRate));
        if (!(momentum >= 0 && momentum < 1))
            throw new ArgumentException($"Momentum must be in [0, 1), got {momentum}.", nameof(momentum));
        if (!(double.IsFinite(weightDecay) && weightDecay >= 0))
            throw new ArgumentException($"Weight decay must be finite and ≥ 0, got {weightDecay}.", nameof(weightDecay));
        _parameters = [.. parameters];
        _names = DenseUpdate.Names(_parameters, names);
        _lr = T.CreateTruncating(learningRate);
        _momentum = T.CreateTruncating(momentum);
        _decay = T.CreateTruncating(weightDecay);
        _hasMomentum = momentum > 0;
        _ops = ops;
    }

    /// <inheritdoc />
    public string Name => "sgd";

    /// <inheritdoc />
    public long Steps { get; private set; }

    /// <inheritdoc />
    public void Step()
    {
        var ops = DenseUpdate.OpsFor(_ops, _parameters, _names);
        DenseUpdate.ThrowIfAnyNonFinite(ops, _parameters, _names);
        bool first = Steps == 0;
        if (_hasMomentum)
            _velocity ??= DenseUpdate.State(_parameters);
        for (int p = 0; p < _parameters.Length; p++)
            ops.SgdUpdate(_parameters[p].Value, _parameters[p].Gradient, _velocity?[p], _lr, _momentum, _decay, first);
        Steps++;
    }
}

/// <summary>
/// Adam with bias correction (Kingma and Ba; PyTorch's defaults β = (0.9, 0.999), ε = 1e-8) and optional L2 weight
/// decay added to the gradient: m = β1·m + (1−β1)·g; v = β2·v + (1−β2)·g²; θ −= η·(m/(1−β1ᵗ))/(√(v/(1−β2ᵗ)) + ε).
/// Unlike the core's ZO-AdaMM (no bias correction, DESIGN §1) this is the first-order form backprop users expect.
/// State: two buffers per parameter.
/// </summary>
public sealed class DenseAdam<T> : IDenseOptimizer<T> where T : unmanaged, IBinaryFloatingPointIeee754<T>
{
    private readonly Parameter<T>[] _parameters;
    private readonly string[] _names;
    private readonly INnOps<T>? _ops;
    private Tensor<T>[]? _m;
    private Tensor<T>[]? _v;
    private readonly double _lr;
    private readonly double _beta1;
    private readonly double _beta2;
    private readonly T _epsilon;
    private readonly T _decay;

    /// <summary>Creates the optimizer over every parameter of <paramref name="model"/> (errors name them by their model names).</summary>
    /// <param name="model">The network whose parameters are updated.</param>
    /// <param name="learningRate">η.</param>
    /// <param name="beta1">β1 in [0, 1).</param>
    /// <param name="beta2">β2 in [0, 1).</param>
    /// <param name="epsilon">ε &gt; 0.</param>
    /// <param name="weightDecay">λ ≥ 0.</param>
    /// <param name="ops">The ops that run the update, which must be those of the parameters' memory; null for host parameters.</param>
    public DenseAdam(Sequential<T> model, double learningRate, double beta1 = 0.9, double beta2 = 0.999, double epsilon = 1e-8, double weightDecay = 0, INnOps<T>? ops = null)
        : this(model?.Parameters ?? throw new ArgumentNullException(nameof(model)), learningRate, beta1, beta2, epsilon, weightDecay, model.ParameterNames, ops)
    {
    }

    /// <summary>Creates the optimizer over <paramref name="parameters"/>.</summary>
    /// <param name="parameters">The parameters to update.</param>
    /// <param name="learningRate">η.</param>
    /// <param name="beta1">β1 in [0, 1).</param>
    /// <param name="beta2">β2 in [0, 1).</param>
    /// <param name="epsilon">ε &gt; 0.</param>
    /// <param name="weightDecay">λ ≥ 0.</param>
    /// <param name="names">Names for messages, one per parameter; the parameters' own names when null.</param>
    /// <param name="ops">The ops that run the update, which must be those of the parameters' memory; null for host parameters.</param>
    public DenseAdam(IEnumerable<Parameter<T>> parameters, double learningRate, double beta1 = 0.9, double beta2 = 0.999, double epsilon = 1e-8, double weightDecay = 0, IReadOnlyList<string>? names = null, INnOps<T>? ops = null)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (!(double.IsFinite(learningRate) && learningRate >= 0))
            throw new ArgumentException($"The learning rate must be finite and ≥ 0, got {learningRate}.", nameof(learningRate));
        if (!(beta1 >= 0 && beta1 < 1) || !(beta2 >= 0 && beta2 < 1))
            throw new ArgumentException($"beta1 and beta2 must be in [0, 1), got {beta1} and {beta2}.");
        if (!(double.IsFinite(epsilon) && epsilon > 0))
            throw new ArgumentException($"epsilon must be finite and > 0, got {epsilon}.", nameof(epsilon));
        if (!(double.IsFinite(weightDecay) && weightDecay >= 0))
            throw new ArgumentException($"Weight decay must be finite and ≥ 0, got {weightDecay}.", nameof(weightDecay));
        _parameters = [.. parameters];
        _names = DenseUpdate.Names(_parameters, names);
        _ops = ops;
        _lr = learningRate;
        _beta1 = beta1;
        _beta2 = beta2;
        _epsilon = T.CreateTruncating(epsilon);
        _decay = T.CreateTruncating(weightDecay);
    }

    /// <inheritdoc />
    public string Name => "adam";

    /// <inheritdoc />
    public long Steps { get; private set; }

    /// <inheritdoc />
    public void Step()
    {
        var ops = DenseUpdate.OpsFor(_ops, _parameters, _names);
        DenseUpdate.ThrowIfAnyNonFinite(ops, _parameters, _names);
        _m ??= DenseUpdate.State(_parameters);
        _v ??= DenseUpdate.State(_parameters);
        long t = Steps + 1;
        // The bias corrections are per step, so they are formed once in binary64 and folded into two scalars.
        T stepSize = T.CreateTruncating(_lr / (1 - Math.Pow(_beta1, t)));
        T invSqrtCorrection2 = T.CreateTruncating(1 / Math.Sqrt(1 - Math.Pow(_beta2, t)));
        T b1 = T.CreateTruncating(_beta1), b2 = T.CreateTruncating(_beta2);
        for (int p = 0; p < _parameters.Length; p++)
            ops.AdamUpdate(_parameters[p].Value, _parameters[p].Gradient, _m[p], _v[p], stepSize, invSqrtCorrection2, b1, b2, _epsilon, _decay);
        Steps = t;
    }
}

internal static class DenseUpdate
{
    /// <summary>
    /// The ops that update <paramref name="parameters"/>: the given ones, which must be of the parameters' memory, or
    /// the CPU ops for host parameters.
    /// </summary>
    public static INnOps<T> OpsFor<T>(INnOps<T>? ops, Parameter<T>[] parameters, string[] names) where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        var memory = ops?.Memory ?? HostMemory.Instance;
        for (int p = 0; p < parameters.Length; p++)
        {
            if (!ReferenceEquals(parameters[p].Placement, memory))
                throw new InvalidOperationException(ops is null
                    ? $"Parameter {names[p]} lives in {parameters[p].Placement.Name} memory: give the optimizer the ops of that device (the ops argument)."
                    : $"Parameter {names[p]} lives in {parameters[p].Placement.Name} memory but the optimizer's ops ({ops.Name}) work on {memory.Name} memory.");
        }
        return ops ?? CpuOps<T>.Instance;
    }

    /// <summary>Zeroed optimizer state shaped and placed like each parameter (allocated at the first step, where the parameters are then).</summary>
    public static Tensor<T>[] State<T>(Parameter<T>[] parameters) where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        var state = new Tensor<T>[parameters.Length];
        for (int i = 0; i < parameters.Length; i++)
        {
            using var _ = MemoryAccounting.Attribute(parameters[i].Placement, MemoryCategory.OptimizerState);
            state[i] = Tensor<T>.Allocate(parameters[i].Placement, parameters[i].Value.Rows, parameters[i].Value.Cols);
        }
        return state;
    }

    /// <summary>Checks every gradient before any parameter moves, so that a bad step changes nothing.</summary>
    public static void ThrowIfAnyNonFinite<T>(INnOps<T> ops, Parameter<T>[] parameters, string[] names) where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        var (p, i) = ops.FirstNonFinite([.. parameters.Select(q => q.Gradient)]);
        if (p >= 0)
            throw new NnNonFiniteException($"the gradient of {names[p]}", -1, i, double.CreateTruncating(parameters[p].Gradient.ElementAt(i)));
    }

    /// <summary>The CPU ops that update host parameters (no GEMM is involved in an update).</summary>
    private static class CpuOps<T> where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        public static readonly CpuNnOps<T> Instance = new(Gemm.ReferenceGemm.Instance);
    }

    public static string[] Names<T>(Parameter<T>[] parameters, IReadOnlyList<string>? names) where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        if (names is null)
            return [.. parameters.Select(p => p.Name)];
        if (names.Count != parameters.Length)
            throw new ArgumentException($"{names.Count} names were given for {parameters.Length} parameters.", nameof(names));
        return [.. names];
    }
}
