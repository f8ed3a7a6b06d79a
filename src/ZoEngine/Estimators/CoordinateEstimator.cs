namespace ZoEngine.Estimators;

/// <summary>
/// Coordinate finite differences over all coordinates or a given subset: forward (n+1 evaluations) or central
/// (2n). Each probe sets one coordinate and restores it exactly, so no drift arises. The estimate is sparse.
/// </summary>
public sealed class CoordinateEstimator : IGradientEstimator, ILoggedStepCheck
{
    private readonly IZoBackend _backend;
    private readonly ParameterSet _theta;
    private readonly long[] _indices;

    /// <summary>Binds the estimator to θ on a backend.</summary>
    public CoordinateEstimator(IZoBackend backend, ParameterSet theta, EstimatorOptions options)
    {
        if (options.Kind is not (EstimatorKind.Central or EstimatorKind.Forward))
            throw new ArgumentException($"{options.Kind} is not a coordinate estimator.", nameof(options));
        options.Validate(theta.TotalLength);
        _backend = backend;
        _theta = theta;
        Options = options;
        _indices = options.Coordinates?.ToArray() ?? LongRange(theta.TotalLength);
    }

    /// <inheritdoc />
    public EstimatorOptions Options { get; }

    private bool Central => Options.Kind == EstimatorKind.Central;

    /// <inheritdoc />
    public int LossesPerStep => Central ? 2 * _indices.Length : _indices.Length + 1;

    /// <inheritdoc />
    public int CoefficientsPerStep => _indices.Length;

    /// <inheritdoc />
    public ReadOnlySpan<NoiseTerm> PendingRestore => [];

    /// <summary>The probed coordinates.</summary>
    public ReadOnlySpan<long> Coordinates => _indices;

    /// <inheritdoc />
    public void Probe(ulong stepSeed, ILossOracle oracle, Span<float> losses)
    {
        float h = Options.Mu;
        int offset = 0;
        if (!Central)
            losses[offset++] = oracle.Evaluate(0);
        for (int i = 0; i < _indices.Length; i++)
        {
            long c = _indices[i];
            float x = _backend.GetCoordinate(_theta, c);
            try
            {
                _backend.SetCoordinate(_theta, c, x + h);
                losses[offset] = oracle.Evaluate(offset);
                offset++;
                if (Central)
                {
                    _backend.SetCoordinate(_theta, c, x - h);
                    losses[offset] = oracle.Evaluate(offset);
                    offset++;
                }
            }
            finally
            {
                _backend.SetCoordinate(_theta, c, x);
            }
        }
    }

    void ILoggedStepCheck.ComputeLoggedCoefficients(ulong stepSeed, ReadOnlySpan<float> losses, Span<float> coefficients) =>
        ComputeCoefficients(losses, coefficients);

    /// <inheritdoc />
    public void ComputeCoefficients(ReadOnlySpan<float> losses, Span<float> coefficients)
    {
        float h = Options.Mu;
        for (int i = 0; i < _indices.Length; i++)
            coefficients[i] = Central ? (losses[2 * i] - losses[2 * i + 1]) / (2f * h) : (losses[i + 1] - losses[0]) / h;
    }

    /// <inheritdoc />
    public GradientSource Estimate(ReadOnlySpan<float> coefficients) => new(_indices, coefficients);

    /// <summary>Nothing to undo: every probe restores its coordinate exactly.</summary>
    public void RestoreNow() { }

    /// <inheritdoc />
    public string DescribeProbe(int index) => Central
        ? $"query {index} (coordinate {_indices[index / 2]}, θ{(index % 2 == 0 ? "+" : "−")}h)"
        : index == 0 ? "query 0 (the unperturbed θ)" : $"query {index} (coordinate {_indices[index - 1]}, θ+h)";

    /// <inheritdoc />
    public void Dispose() { }

    private static long[] LongRange(long n)
    {
        var r = new long[n];
        for (long i = 0; i < n; i++)
            r[i] = i;
        return r;
    }
}
