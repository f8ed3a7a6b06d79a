namespace ZoEngine.Estimators;

/// <summary>Supplies the loss of each probe: the objective while training, the logged value while replaying.</summary>
public interface ILossOracle
{
    /// <summary>The loss at the current θ for probe <paramref name="query"/> of the step.</summary>
    float Evaluate(int query);
}

/// <summary>
/// A zeroth-order gradient estimator. It moves θ through its probe points, collects one loss per probe, and leaves
/// θ displaced by <see cref="PendingRestore"/>, which the optimizer's update pass undoes in the same sweep.
/// </summary>
public interface IGradientEstimator : IDisposable
{
    /// <summary>Options it was built from.</summary>
    EstimatorOptions Options { get; }

    /// <summary>Function evaluations per step (= losses logged per step).</summary>
    int LossesPerStep { get; }

    /// <summary>Coefficients logged per step.</summary>
    int CoefficientsPerStep { get; }

    /// <summary>
    /// Runs the probes of one step. On return θ is displaced by <see cref="PendingRestore"/>. If the oracle throws,
    /// θ is restored first and the exception propagates.
    /// </summary>
    void Probe(ulong stepSeed, ILossOracle oracle, Span<float> losses);

    /// <summary>The estimate's coefficients from the losses of <see cref="Probe"/>.</summary>
    void ComputeCoefficients(ReadOnlySpan<float> losses, Span<float> coefficients);

    /// <summary>Terms that return θ to its unperturbed value (empty when already restored).</summary>
    ReadOnlySpan<NoiseTerm> PendingRestore { get; }

    /// <summary>The gradient estimate of the step just probed, from its coefficients.</summary>
    GradientSource Estimate(ReadOnlySpan<float> coefficients);

    /// <summary>Undoes <see cref="PendingRestore"/> immediately (used when a step is abandoned).</summary>
    void RestoreNow();

    /// <summary>What probe <paramref name="index"/> of a step evaluates, in words, for error messages.</summary>
    string DescribeProbe(int index);
}
