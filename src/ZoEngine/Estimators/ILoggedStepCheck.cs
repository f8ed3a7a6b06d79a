namespace ZoEngine.Estimators;

/// <summary>
/// An estimator whose coefficients can be recomputed from a step's seed and its logged losses alone, without
/// perturbing θ: what lets replay check every record of a log before it applies any of them.
/// </summary>
internal interface ILoggedStepCheck
{
    /// <summary>The coefficients the step of <paramref name="stepSeed"/> gives for <paramref name="losses"/>; θ is not written.</summary>
    void ComputeLoggedCoefficients(ulong stepSeed, ReadOnlySpan<float> losses, Span<float> coefficients);
}
