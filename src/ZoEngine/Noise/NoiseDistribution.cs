namespace ZoEngine.Noise;

/// <summary>The distributions a probe direction can be drawn from.</summary>
public enum NoiseDistribution
{
    /// <summary>Standard normal z ~ N(0, I), by Box–Muller on Philox words.</summary>
    Gaussian,
    /// <summary>±1 with equal probability: the sign bit of the Philox word.</summary>
    Rademacher,
    /// <summary>Uniform on the unit sphere, u = z/‖z‖ with z Gaussian over the whole parameter set.</summary>
    Sphere,
}

/// <summary>The raw per-element streams the kernels generate; sphere directions are Gaussian with a scaled coefficient.</summary>
public enum NoiseKind : byte
{
    /// <summary>Gaussian elements.</summary>
    Gaussian = 0,
    /// <summary>Rademacher elements.</summary>
    Rademacher = 1,
}
