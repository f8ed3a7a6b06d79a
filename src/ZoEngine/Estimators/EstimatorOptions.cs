using ZoEngine.Noise;

namespace ZoEngine.Estimators;

/// <summary>The gradient estimators of DESIGN §1.</summary>
public enum EstimatorKind
{
    /// <summary>Two-sided random directions: (f(θ+εu) − f(θ−εu))/(2ε)·u per query (SPSA; MeZO with Gaussian u and q = 1).</summary>
    Spsa,
    /// <summary>One-sided random directions: (f(θ+εu) − f(θ))/ε·u per query.</summary>
    OneSided,
    /// <summary>Coordinate central differences (f(θ+h e_i) − f(θ−h e_i))/(2h).</summary>
    Central,
    /// <summary>Coordinate forward differences (f(θ+h e_i) − f(θ))/h.</summary>
    Forward,
    /// <summary>
    /// MeZO-GV: score M seeded candidates one-sided, v = mean(elite z) − mean(non-elite z), then two-sided SPSA
    /// along v (M + 2 evaluations). v is a combination of seeded directions and is never stored.
    /// </summary>
    GuidingVector,
    /// <summary>MeZO-Greedy: z* = argmin over M seeded candidates of f(θ+εz), then two-sided SPSA along z* (M + 2 evaluations).</summary>
    Greedy,
}

/// <summary>How probes move θ.</summary>
public enum PerturbationMode
{
    /// <summary>
    /// θ is perturbed and restored in place by noise combinations: no extra memory, about one ulp of drift per
    /// restore (docs/memory.md), and the restore is fused into the next pass.
    /// </summary>
    InPlace,
    /// <summary>A backup copy of θ restores it bit-exactly after every probe; costs one parameter-sized buffer.</summary>
    Exact,
}

/// <summary>Configuration of a gradient estimator.</summary>
public sealed record EstimatorOptions
{
    /// <summary>Which estimator.</summary>
    public EstimatorKind Kind { get; init; } = EstimatorKind.Spsa;
    /// <summary>Direction distribution of the random-direction estimators.</summary>
    public NoiseDistribution Distribution { get; init; } = NoiseDistribution.Gaussian;
    /// <summary>Queries q per step (random directions); ≥ 1.</summary>
    public int Queries { get; init; } = 1;
    /// <summary>Smoothing radius ε (random directions) or step h (coordinates); finite and &gt; 0.</summary>
    public float Mu { get; init; } = 1e-3f;
    /// <summary>
    /// Multiply sphere estimates by d, which makes them unbiased for the smoothed gradient (R-AdaZO eq. 2 has d/q;
    /// its code drops d). Gaussian and Rademacher directions already have E[zzᵀ] = I and ignore this.
    /// </summary>
    public bool ScaleByDimension { get; init; }
    /// <summary>Flat indices probed by the coordinate estimators, strictly ascending; null means all coordinates.</summary>
    public IReadOnlyList<long>? Coordinates { get; init; }
    /// <summary>Candidates M scored per step by MeZO-GV and MeZO-Greedy; ≥ 2 (paper: 2 or 4).</summary>
    public int Candidates { get; init; } = 4;
    /// <summary>Elite fraction α of MeZO-GV: the ⌊αM⌋ lowest-loss candidates are the elite (paper: 0.5).</summary>
    public float EliteFraction { get; init; } = 0.5f;
    /// <summary>In-place or exact (backup) perturbation.</summary>
    public PerturbationMode Mode { get; init; } = PerturbationMode.InPlace;

    /// <summary>MeZO: two-sided SPSA along one Gaussian direction regenerated from its seed.</summary>
    public static EstimatorOptions MeZo(float mu = 1e-3f) => new() { Kind = EstimatorKind.Spsa, Distribution = NoiseDistribution.Gaussian, Queries = 1, Mu = mu };

    /// <summary>Throws <see cref="ArgumentException"/> naming the first invalid setting.</summary>
    public void Validate(long dimension)
    {
        if (!float.IsFinite(Mu) || Mu <= 0f)
            throw new ArgumentException($"The smoothing radius mu must be finite and > 0, got {Mu}.");
        // A subnormal radius perturbs no float32 parameter of ordinary size (θ + μz rounds back to θ), so every probe
        // measures f(θ) twice and the run never moves; and 1/(2μ) overflows. Refuse it rather than run in place.
        if (!float.IsNormal(Mu))
            throw new ArgumentException($"The smoothing radius mu = {Mu} is subnormal (below 1.1754944E-38): θ + mu·z rounds back to θ and training never moves; typical values are 1e-3 to 1e-2.");
        if (Queries < 1)
            throw new ArgumentException($"The number of queries q must be ≥ 1, got {Queries}.");
        if (Queries > 4096)
            throw new ArgumentException($"At most 4096 queries per step are supported (the log stores counts as 16-bit), got {Queries}.");
        if (Kind is EstimatorKind.GuidingVector or EstimatorKind.Greedy)
        {
            // Checked here, not only by the estimator, so that a command refuses the combination before it reads data.
            if (Distribution == NoiseDistribution.Sphere)
                throw new ArgumentException("MeZO-GV and MeZO-Greedy score Gaussian (or Rademacher) candidates; sphere candidates are not supported.");
            if (Candidates < 2 || Candidates > 4096)
                throw new ArgumentException($"The number of candidates M must be in [2, 4096], got {Candidates}.");
            if (Kind == EstimatorKind.GuidingVector)
            {
                int elite = (int)MathF.Floor(EliteFraction * Candidates);
                if (!(EliteFraction > 0f && EliteFraction < 1f) || elite < 1 || elite > Candidates - 1)
                    throw new ArgumentException($"The elite fraction alpha = {EliteFraction} with M = {Candidates} gives {elite} elite candidates; it needs 0 < alpha < 1, at least one elite and at least one non-elite candidate.");
            }
        }
        if (Kind is EstimatorKind.Central or EstimatorKind.Forward && Coordinates is { } c)
        {
            for (int i = 0; i < c.Count; i++)
            {
                if (c[i] < 0 || c[i] >= dimension)
                    throw new ArgumentException($"Coordinate {c[i]} (entry {i}) is outside [0, {dimension}).");
                if (i > 0 && c[i] <= c[i - 1])
                    throw new ArgumentException($"Coordinates must be strictly ascending; entry {i} is {c[i]} after {c[i - 1]}.");
            }
        }
        if (Kind is EstimatorKind.Central or EstimatorKind.Forward && (Coordinates?.Count ?? dimension) > 32767)
            throw new ArgumentException($"Coordinate estimators log one coefficient per coordinate and take at most 32767 coordinates per step; use a subset for d = {dimension}.");
    }
}
