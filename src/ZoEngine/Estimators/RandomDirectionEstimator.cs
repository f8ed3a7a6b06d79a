using ZoEngine.Noise;

namespace ZoEngine.Estimators;

/// <summary>
/// Random-direction estimators with q queries (DESIGN §1): one-sided (q+1 evaluations, q+1 passes over θ) and
/// two-sided SPSA (2q evaluations, 2q+1 passes: each restore is fused with the next perturbation and the last one
/// with the update). Directions are regenerated from seeds derived from the step seed; nothing d-sized is stored.
/// </summary>
/// <remarks>
/// The estimate is ĝ = Σ_k c_k·z(s_k) with c_k = w_k·Δ_k, where Δ_k is the difference quotient of query k and
/// w_k = (φ/q)·σ_k: φ = d for sphere directions with <see cref="EstimatorOptions.ScaleByDimension"/>, else 1, and
/// σ_k = 1/‖z_k‖ for sphere directions (a sphere direction is the Gaussian z_k with its coefficient scaled), else 1.
/// </remarks>
public sealed class RandomDirectionEstimator : IGradientEstimator, ILoggedStepCheck
{
    private readonly IZoBackend _backend;
    private readonly ParameterSet _theta;
    private readonly Perturber _perturber;
    private readonly NoiseKind _kind;
    private readonly ulong[] _seeds;
    private readonly float[] _sigma;
    private readonly float[] _weight;
    private readonly NoiseTerm[] _estimate;
    private readonly NoiseTerm[] _target = new NoiseTerm[1];
    private readonly float _phiOverQ;

    /// <summary>Binds the estimator to θ on a backend.</summary>
    public RandomDirectionEstimator(IZoBackend backend, ParameterSet theta, EstimatorOptions options)
    {
        if (options.Kind is not (EstimatorKind.Spsa or EstimatorKind.OneSided))
            throw new ArgumentException($"{options.Kind} is not a random-direction estimator.", nameof(options));
        options.Validate(theta.TotalLength);
        _backend = backend;
        _theta = theta;
        Options = options;
        _kind = options.Distribution == NoiseDistribution.Rademacher ? NoiseKind.Rademacher : NoiseKind.Gaussian;
        int q = options.Queries;
        _seeds = new ulong[q];
        _sigma = new float[q];
        _weight = new float[q];
        _estimate = new NoiseTerm[q];
        double phi = options.Distribution == NoiseDistribution.Sphere && options.ScaleByDimension ? theta.TotalLength : 1.0;
        _phiOverQ = (float)(phi / q);
        _perturber = new Perturber(backend, theta, options.Mode, 2);
    }

    /// <inheritdoc />
    public EstimatorOptions Options { get; }

    private bool TwoSided => Options.Kind == EstimatorKind.Spsa;

    /// <inheritdoc />
    public int LossesPerStep => TwoSided ? 2 * Options.Queries : Options.Queries + 1;

    /// <inheritdoc />
    public int CoefficientsPerStep => Options.Queries;

    /// <inheritdoc />
    public ReadOnlySpan<NoiseTerm> PendingRestore => _perturber.Pending;

    /// <summary>The direction seeds of the step last probed, s_k = SeedMixer.DirectionSeed(stepSeed, k).</summary>
    public ReadOnlySpan<ulong> DirectionSeeds => _seeds;

    /// <inheritdoc />
    public void Probe(ulong stepSeed, ILossOracle oracle, Span<float> losses)
    {
        int q = Options.Queries;
        float mu = Options.Mu;
        PrepareDirections(stepSeed);
        _perturber.Begin();
        try
        {
            if (!TwoSided)
                losses[0] = oracle.Evaluate(0);
            for (int k = 0; k < q; k++)
            {
                float eps = mu * _sigma[k];
                Move(_seeds[k], eps);
                if (TwoSided)
                {
                    losses[2 * k] = oracle.Evaluate(2 * k);
                    Move(_seeds[k], -eps);
                    losses[2 * k + 1] = oracle.Evaluate(2 * k + 1);
                }
                else
                {
                    losses[k + 1] = oracle.Evaluate(k + 1);
                }
            }
        }
        catch
        {
            _perturber.RestoreNow();
            throw;
        }
        _perturber.TakePendingRestore();
    }

    void ILoggedStepCheck.ComputeLoggedCoefficients(ulong stepSeed, ReadOnlySpan<float> losses, Span<float> coefficients)
    {
        PrepareDirections(stepSeed);
        ComputeCoefficients(losses, coefficients);
    }

    // Seeds and weights depend on the step seed alone (a sphere direction's norm is read, not written), so a replay can
    // derive them without a probe.
    private void PrepareDirections(ulong stepSeed)
    {
        for (int k = 0; k < Options.Queries; k++)
        {
            _seeds[k] = SeedMixer.DirectionSeed(stepSeed, k);
            _sigma[k] = Options.Distribution == NoiseDistribution.Sphere ? InverseNorm(_seeds[k]) : 1f;
            _weight[k] = _phiOverQ * _sigma[k];
        }
    }

    /// <inheritdoc />
    public void ComputeCoefficients(ReadOnlySpan<float> losses, Span<float> coefficients)
    {
        float mu = Options.Mu;
        for (int k = 0; k < Options.Queries; k++)
        {
            float quotient = TwoSided ? (losses[2 * k] - losses[2 * k + 1]) / (2f * mu) : (losses[k + 1] - losses[0]) / mu;
            coefficients[k] = _weight[k] * quotient;
        }
    }

    /// <inheritdoc />
    public GradientSource Estimate(ReadOnlySpan<float> coefficients)
    {
        for (int k = 0; k < Options.Queries; k++)
            _estimate[k] = new NoiseTerm(_seeds[k], coefficients[k], _kind);
        return new GradientSource(_estimate);
    }

    /// <inheritdoc />
    public void RestoreNow() => _perturber.RestoreNow();

    /// <inheritdoc />
    public string DescribeProbe(int index) => TwoSided
        ? $"query {index / 2} (θ{(index % 2 == 0 ? "+" : "−")}εz)"
        : index == 0 ? "query 0 (the unperturbed θ)" : $"query {index} (θ+εz)";

    /// <inheritdoc />
    public void Dispose() => _perturber.Dispose();

    private void Move(ulong seed, float coefficient)
    {
        _target[0] = new NoiseTerm(seed, coefficient, _kind);
        _perturber.MoveTo(_target);
    }

    /// <summary>1/‖z‖ from the deterministic fixed-point norm: double sqrt and division are IEEE-exact everywhere.</summary>
    private float InverseNorm(ulong seed)
    {
        long fixedSum = _backend.NoiseSquaredNormFixed(_theta, NoiseKind.Gaussian, seed);
        if (fixedSum == 0)
            throw new InvalidOperationException("A sphere direction needs a non-empty parameter set.");
        return (float)(1.0 / Math.Sqrt(fixedSum / 16777216.0));
    }
}
