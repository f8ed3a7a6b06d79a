namespace ZoEngine.Nn;

/// <summary>Where the output signal δ_L = ∂loss/∂a_L comes from.</summary>
public enum OutputSignal
{
    /// <summary>The loss's own gradient (softmax − onehot)/B: no loss evaluations beyond the loss itself.</summary>
    Analytic,
    /// <summary>Central differences of the per-sample loss along each of the C outputs: 2C loss evaluations per sample.</summary>
    Probed,
}

/// <summary>Settings of HZO and of the neuron-wise baseline, which share the probe machinery.</summary>
public sealed record HzoOptions
{
    /// <summary>Default probe memory budget: 64 MiB.</summary>
    public const long DefaultProbeMemoryBytes = 64L << 20;

    /// <summary>
    /// The probe step h of every central difference (Jacobian probes, a probed δ_L, a probed σ'); null picks
    /// <see cref="DefaultStep"/> for the element type.
    /// </summary>
    public double? Step { get; init; }

    /// <summary>
    /// Most bytes the probe batches of one sub-network may hold at once (their ping-pong buffers and layer scratch).
    /// The probe rows are cut into chunks that fit; a budget too small for one coordinate pair is an error.
    /// </summary>
    public long ProbeMemoryBytes { get; init; } = DefaultProbeMemoryBytes;

    /// <summary>
    /// Whether the probes of a convolutional sub-network use spatial-parallel perturbation (SPP, docs/hzo.md): one
    /// probe row per channel, sign and lattice offset instead of one per position, with the same result bit for bit.
    /// False gives HZO without SPP, the baseline that probes every position. Sub-networks that are not spatial (MLP
    /// units, a head with global pooling or a linear layer) are probed position by position either way.
    /// </summary>
    public bool SpatialParallel { get; init; } = true;

    /// <summary>Analytic or probed δ_L.</summary>
    public OutputSignal OutputSignal { get; init; } = OutputSignal.Analytic;

    /// <summary>Analytic or probed σ' in the local delta rule at the leaves.</summary>
    public DerivativeMode Derivatives { get; init; } = DerivativeMode.Analytic;

    /// <summary>
    /// The default h: 1e-2 in float32, 1e-5 in float64. Central differences balance truncation, h²·|f'''|/6, against
    /// rounding, about ε·|f|/h, which puts the optimum near (3ε)^(1/3): 7e-3 in float32 and 1e-5 in float64 for O(1)
    /// activations. The float32 sweep on residual Fashion-MNIST MLPs (docs/hzo.md §7) found GELU best at the largest
    /// step tried (0.1: rounding dominates) and ReLU best at 1e-3 (larger probes cross kinks). 1e-2 is the compromise:
    /// its 1 − cos is within 10× of ReLU's best and 75× of GELU's, and every overall cosine there is above 0.99997.
    /// </summary>
    public static double DefaultStep(Type elementType) => elementType == typeof(float) ? 1e-2 : 1e-5;

    /// <summary>Throws <see cref="ArgumentException"/> naming the first invalid setting.</summary>
    public void Validate()
    {
        if (Step is { } h && !(double.IsFinite(h) && h > 0))
            throw new ArgumentException($"The probe step h must be finite and > 0, got {h}.");
        if (ProbeMemoryBytes <= 0)
            throw new ArgumentException($"The probe memory budget must be positive, got {ProbeMemoryBytes} bytes.");
        if (!Enum.IsDefined(OutputSignal))
            throw new ArgumentException($"Unknown output signal {OutputSignal}.");
        if (!Enum.IsDefined(Derivatives))
            throw new ArgumentException($"Unknown derivative mode {Derivatives}.");
    }
}
