using ZoEngine.Noise;

namespace ZoEngine.Estimators;

/// <summary>
/// MeZO-GV and MeZO-Greedy (prior-driven ZO). Each step scores M seeded candidates one-sided, l_i = f(θ + ε z_i),
/// fusing each restore with the next candidate's perturbation; ranks them by loss (ties by candidate index); forms a
/// direction as a combination Σ w_i z_i of the candidates; and takes a two-sided SPSA along it. M + 2 evaluations.
/// </summary>
/// <remarks>
/// GV: the elite are the ⌊αM⌋ lowest losses, w_i = 1/|elite| for them and −1/|non-elite| for the rest, so
/// v = mean(elite z) − mean(non-elite z), not normalised. Greedy: w = 1 for the lowest loss, 0 elsewhere.
/// The logged coefficients are c_i = w_i·(f⁺ − f⁻)/(2ε), one per candidate: the update direction is exactly the
/// scored one, rebuilt from the candidates' seeds, and the direction is never stored.
/// </remarks>
public sealed class PriorGuidedEstimator : IGradientEstimator, ILoggedStepCheck
{
    private readonly Perturber _perturber;
    private readonly NoiseKind _kind;
    private readonly ulong[] _seeds;
    private readonly int[] _order;
    private readonly float[] _weights;
    private readonly NoiseTerm[] _direction;
    private readonly NoiseTerm[] _estimate;
    private readonly NoiseTerm[] _one = new NoiseTerm[1];
    private int _directionCount;
    private int _estimateCount;

    /// <summary>Binds the estimator to θ on a backend.</summary>
    public PriorGuidedEstimator(IZoBackend backend, ParameterSet theta, EstimatorOptions options)
    {
        if (options.Kind is not (EstimatorKind.GuidingVector or EstimatorKind.Greedy))
            throw new ArgumentException($"{options.Kind} is not a prior-guided estimator.", nameof(options));
        if (options.Distribution == NoiseDistribution.Sphere)
            throw new ArgumentException("MeZO-GV and MeZO-Greedy score Gaussian (or Rademacher) candidates; sphere candidates are not supported.", nameof(options));
        options.Validate(theta.TotalLength);
        Options = options;
        _kind = options.Distribution == NoiseDistribution.Rademacher ? NoiseKind.Rademacher : NoiseKind.Gaussian;
        int m = options.Candidates;
        _seeds = new ulong[m];
        _order = new int[m];
        _weights = new float[m];
        _direction = new NoiseTerm[m];
        _estimate = new NoiseTerm[m];
        _perturber = new Perturber(backend, theta, options.Mode, m);
    }

    /// <inheritdoc />
    public EstimatorOptions Options { get; }

    private bool IsGuidingVector => Options.Kind == EstimatorKind.GuidingVector;

    /// <summary>Number of elite candidates ⌊αM⌋ (GV) or 1 (Greedy).</summary>
    public int EliteCount => IsGuidingVector ? (int)MathF.Floor(Options.EliteFraction * Options.Candidates) : 1;

    /// <inheritdoc />
    public int LossesPerStep => Options.Candidates + 2;

    /// <inheritdoc />
    public int CoefficientsPerStep => Options.Candidates;

    /// <inheritdoc />
    public ReadOnlySpan<NoiseTerm> PendingRestore => _perturber.Pending;

    /// <summary>The candidates' seeds of the step last probed.</summary>
    public ReadOnlySpan<ulong> CandidateSeeds => _seeds;

    /// <summary>The weights w_i of the step last probed: the SPSA direction is Σ w_i z(s_i).</summary>
    public ReadOnlySpan<float> Weights => _weights;

    /// <summary>Candidate indices from lowest to highest loss (ties by index), for the step last probed.</summary>
    public ReadOnlySpan<int> Ranking => _order;

    /// <inheritdoc />
    public void Probe(ulong stepSeed, ILossOracle oracle, Span<float> losses)
    {
        int m = Options.Candidates;
        float eps = Options.Mu;
        for (int i = 0; i < m; i++)
            _seeds[i] = SeedMixer.DirectionSeed(stepSeed, i);
        _perturber.Begin();
        try
        {
            for (int i = 0; i < m; i++)
            {
                _one[0] = new NoiseTerm(_seeds[i], eps, _kind);
                _perturber.MoveTo(_one);
                losses[i] = oracle.Evaluate(i);
            }
            Rank(losses[..m]);
            _directionCount = 0;
            for (int i = 0; i < m; i++)
            {
                if (_weights[i] != 0f)
                    _direction[_directionCount++] = new NoiseTerm(_seeds[i], eps * _weights[i], _kind);
            }
            _perturber.MoveTo(_direction.AsSpan(0, _directionCount));
            losses[m] = oracle.Evaluate(m);
            for (int i = 0; i < _directionCount; i++)
                _direction[i] = _direction[i] with { Coefficient = -_direction[i].Coefficient };
            _perturber.MoveTo(_direction.AsSpan(0, _directionCount));
            losses[m + 1] = oracle.Evaluate(m + 1);
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
        // The weights come from ranking the logged candidate losses, exactly as the probe ranked the measured ones.
        for (int i = 0; i < Options.Candidates; i++)
            _seeds[i] = SeedMixer.DirectionSeed(stepSeed, i);
        Rank(losses[..Options.Candidates]);
        ComputeCoefficients(losses, coefficients);
    }

    /// <inheritdoc />
    public void ComputeCoefficients(ReadOnlySpan<float> losses, Span<float> coefficients)
    {
        int m = Options.Candidates;
        float quotient = (losses[m] - losses[m + 1]) / (2f * Options.Mu);
        for (int i = 0; i < m; i++)
            coefficients[i] = _weights[i] * quotient;
    }

    /// <inheritdoc />
    public GradientSource Estimate(ReadOnlySpan<float> coefficients)
    {
        _estimateCount = 0;
        for (int i = 0; i < Options.Candidates; i++)
        {
            if (coefficients[i] != 0f)
                _estimate[_estimateCount++] = new NoiseTerm(_seeds[i], coefficients[i], _kind);
        }
        return new GradientSource(_estimate.AsSpan(0, _estimateCount));
    }

    /// <inheritdoc />
    public void RestoreNow() => _perturber.RestoreNow();

    /// <inheritdoc />
    public string DescribeProbe(int index)
    {
        int m = Options.Candidates;
        string dir = IsGuidingVector ? "v" : "z*";
        return index < m ? $"candidate {index} (θ+εz_{index})" : $"query {index} (θ{(index == m ? "+" : "−")}ε{dir})";
    }

    /// <inheritdoc />
    public void Dispose() => _perturber.Dispose();

    /// <summary>Orders candidates by loss, ties by index (a stable insertion sort: M is small), and sets the weights.</summary>
    private void Rank(ReadOnlySpan<float> scores)
    {
        int m = scores.Length;
        for (int i = 0; i < m; i++)
        {
            int j = i;
            while (j > 0 && scores[_order[j - 1]] > scores[i])
            {
                _order[j] = _order[j - 1];
                j--;
            }
            _order[j] = i;
        }
        Array.Clear(_weights);
        int elite = EliteCount;
        if (IsGuidingVector)
        {
            float plus = 1f / elite, minus = -1f / (m - elite);
            for (int r = 0; r < m; r++)
                _weights[_order[r]] = r < elite ? plus : minus;
        }
        else
        {
            _weights[_order[0]] = 1f;
        }
    }
}
