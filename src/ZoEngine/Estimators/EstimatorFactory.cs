namespace ZoEngine.Estimators;

/// <summary>Builds the estimator that options describe.</summary>
public static class EstimatorFactory
{
    /// <summary>Creates and binds an estimator to θ.</summary>
    public static IGradientEstimator Create(IZoBackend backend, ParameterSet theta, EstimatorOptions options) => options.Kind switch
    {
        EstimatorKind.Spsa or EstimatorKind.OneSided => new RandomDirectionEstimator(backend, theta, options),
        EstimatorKind.Central or EstimatorKind.Forward => new CoordinateEstimator(backend, theta, options),
        EstimatorKind.GuidingVector or EstimatorKind.Greedy => new PriorGuidedEstimator(backend, theta, options),
        _ => throw new ArgumentOutOfRangeException(nameof(options), options.Kind, "Unknown estimator."),
    };
}
