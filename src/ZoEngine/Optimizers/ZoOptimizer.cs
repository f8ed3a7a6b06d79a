namespace ZoEngine.Optimizers;

/// <summary>
/// Applies a gradient estimate to θ in one fused pass that also performs the estimator's pending restore.
/// Plain SGD needs no state and its estimate is a seed combination, so its pass is a single
/// <see cref="IZoBackend.Combine"/> whose restore and update coefficients are merged per seed: θ += (ε − η·c)·z
/// (DESIGN §3). Every other rule runs the (θ, m, v) update pass, which regenerates z itself.
/// </summary>
public sealed class ZoOptimizer : IDisposable
{
    private readonly IZoBackend _backend;
    private readonly ParameterSet _theta;
    private readonly UpdateRule _rule;
    private readonly NoiseTerm[] _scaled;
    private readonly NoiseTerm[] _merged;
    private readonly UpdateBound _bound;

    /// <summary>Binds the optimizer to θ, allocating its state on the backend.</summary>
    /// <param name="backend">Backend that owns the state.</param>
    /// <param name="theta">Parameters.</param>
    /// <param name="options">Configuration.</param>
    /// <param name="maxTerms">Largest number of estimate terms per step (q for random directions).</param>
    public ZoOptimizer(IZoBackend backend, ParameterSet theta, OptimizerOptions options, int maxTerms)
    {
        options.Validate();
        _backend = backend;
        _theta = theta;
        Options = options;
        _rule = options.Rule;
        if (_rule.UsesFirstMoment || _rule.UsesSecondMoment)
            State = backend.AllocateState(theta, _rule.UsesFirstMoment, _rule.UsesSecondMoment, options.StatePrecision);
        _scaled = new NoiseTerm[maxTerms];
        _merged = new NoiseTerm[maxTerms + 2];
        double start = ParameterDigest.MaxAbs(theta);
        if (!double.IsFinite(start))
            throw new ArgumentException("The parameters hold NaN or ±∞ values; no update can make them finite again.", nameof(theta));
        _bound = new UpdateBound(start);
    }

    /// <summary>
    /// The largest |θ_i| that applying <paramref name="gradient"/> could produce, from bounds carried step to step
    /// (refreshed by an exact scan of θ when they near the float range): no pass over θ in the usual case. A result
    /// above <see cref="UpdateLimit"/> (or +∞) means the update could make θ, or the optimizer's second moment, leave
    /// the float range; callers restore θ and stop instead of applying it.
    /// </summary>
    public double BoundAfter(in GradientSource gradient)
    {
        double bound = _bound.Propose(_rule, gradient);
        if (bound > UpdateLimit || _bound.WantsRefresh(bound))
        {
            _bound.Refresh(ParameterDigest.MaxAbs(_theta));
            bound = _bound.Propose(_rule, gradient);
        }
        return bound;
    }

    /// <summary>The bound above which <see cref="BoundAfter"/> reports an update as one that could overflow.</summary>
    public static double UpdateLimit => UpdateBound.Limit;

    /// <summary>Configuration.</summary>
    public OptimizerOptions Options { get; }

    /// <summary>Moment buffers, or null for stateless rules.</summary>
    public OptimizerState? State { get; }

    /// <summary>Whether this optimizer's pass is a plain combination (SGD without momentum or weight decay).</summary>
    public bool IsPureCombination => _rule.Kind == UpdateKind.Sgd && _rule.Momentum == 0f && _rule.WeightDecay == 0f;

    /// <summary>Restores θ by <paramref name="restore"/> and applies the estimate, in one pass.</summary>
    public void Apply(ReadOnlySpan<NoiseTerm> restore, in GradientSource gradient)
    {
        _bound.Propose(_rule, gradient);
        _bound.Commit();
        if (IsPureCombination && !gradient.IsSparse)
        {
            var terms = gradient.Terms;
            float negLr = -_rule.LearningRate;
            for (int k = 0; k < terms.Length; k++)
                _scaled[k] = terms[k] with { Coefficient = negLr * terms[k].Coefficient };
            int n = Estimators.TermMath.Merge(restore, _scaled.AsSpan(0, terms.Length), _merged);
            _backend.Combine(_theta, _merged.AsSpan(0, n));
            return;
        }
        _backend.Update(_theta, State, _rule, restore, gradient);
    }

    /// <summary>Frees the state.</summary>
    public void Dispose() => State?.Dispose();
}
