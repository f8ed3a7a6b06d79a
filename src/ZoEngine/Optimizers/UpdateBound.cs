using ZoEngine.Noise;

namespace ZoEngine.Optimizers;

/// <summary>
/// Upper bounds on max|θ|, max|m| and max v, carried from step to step in scalar arithmetic, so that an update that
/// could leave the float range is refused before it is applied, without reading θ. Each step's bound follows from the
/// previous one and the step's coefficients: a direction's elements are bounded (Gaussian |z| ≤ √(−2 ln 2⁻²⁴) ≈ 5.77,
/// docs/noise.md §3; Rademacher 1), so |g| ≤ Σ|c_k|·z_max, and every update rule moves θ by at most η times a bound on
/// its step direction (with the denominator at its floor ζ or √ζ). θ's bound grows only by what the updates add; when
/// it nears the float range it is refreshed by an exact scan of θ, so only an update that really could overflow is
/// refused.
/// </summary>
internal sealed class UpdateBound
{
    /// <summary>
    /// Bounds above this are treated as possible overflow. A sixteenth of float.MaxValue leaves room for the roundings
    /// of the pass itself and for the bound's own slack, without refusing any update of a plausible size.
    /// </summary>
    public const double Limit = float.MaxValue / 16.0;

    // Above this the θ bound is refreshed by a scan before a step is refused.
    private const double RefreshAbove = 1e30;
    private const double GaussianMax = 6.0;
    // Per step, for roundings of the pass and of bfloat16 state (relative 2⁻⁸ each way).
    private const double Slack = 1.01;

    private double _theta, _m, _v;
    private double _pendingTheta, _pendingM, _pendingV;

    public UpdateBound(double thetaMaxAbs) => _theta = thetaMaxAbs;

    /// <summary>The current bound on max|θ|.</summary>
    public double Theta => _theta;

    /// <summary>Whether the θ bound is loose enough that an exact scan should replace it before a step is refused.</summary>
    public bool WantsRefresh(double proposed) => proposed > RefreshAbove && _theta > 0;

    /// <summary>Replaces the θ bound by the exact max|θ| of a scan.</summary>
    public void Refresh(double thetaMaxAbs) => _theta = thetaMaxAbs;

    /// <summary>Computes the bounds after <paramref name="gradient"/> under <paramref name="rule"/> and returns the θ bound; <see cref="Commit"/> keeps them.</summary>
    public double Propose(in UpdateRule rule, in GradientSource gradient)
    {
        double g = 0;
        if (gradient.IsSparse)
        {
            foreach (float value in gradient.Values)
                g = Math.Max(g, Math.Abs((double)value));
        }
        else
        {
            foreach (var t in gradient.Terms)
                g += Math.Abs((double)t.Coefficient) * (t.Kind == NoiseKind.Rademacher ? 1.0 : GaussianMax);
        }
        g += rule.WeightDecay * _theta;
        double m = _m, v = _v, step;
        double floor = rule.EpsilonPlacement == EpsilonPlacement.InsideSqrt ? Math.Sqrt(rule.Epsilon) : rule.Epsilon;
        switch (rule.Kind)
        {
            case UpdateKind.Sgd when rule.Momentum != 0f:
                m = (rule.Momentum * _m + g) * Slack;
                step = m;
                break;
            case UpdateKind.Sgd:
                step = g;
                break;
            case UpdateKind.Sign:
                step = 1;
                break;
            case UpdateKind.AdaMM:
                m = (rule.Beta1 * _m + (1 - rule.Beta1) * g) * Slack;
                v = (rule.Beta2 * _v + (1 - rule.Beta2) * g * g) * Slack;
                step = m / floor;
                break;
            case UpdateKind.RmsProp:
                v = (rule.Beta2 * _v + (1 - rule.Beta2) * g * g) * Slack;
                step = g / floor;
                break;
            default:
                m = (rule.Beta1 * _m + (1 - rule.Beta1) * g) * Slack;
                v = (rule.Beta2 * _v + (1 - rule.Beta2) * m * m) * Slack;
                step = m / floor;
                break;
        }
        _pendingM = m;
        _pendingV = v;
        _pendingTheta = (_theta + rule.LearningRate * step) * Slack;
        // The second moment must stay in range too: its overflow would make the next denominators infinite.
        return double.IsFinite(v) && v <= Limit ? _pendingTheta : double.PositiveInfinity;
    }

    /// <summary>Keeps the bounds of the last <see cref="Propose"/>.</summary>
    public void Commit()
    {
        _theta = _pendingTheta;
        _m = _pendingM;
        _v = _pendingV;
    }
}
