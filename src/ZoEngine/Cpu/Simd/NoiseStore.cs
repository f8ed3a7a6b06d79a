namespace ZoEngine.Cpu.Simd;

/// <summary>How a noise kernel writes c·z into its destination. Each mode is its own loop, so no branch runs per group.</summary>
internal enum NoiseStore
{
    /// <summary>dst = c·z.</summary>
    Set,
    /// <summary>dst = fma(c, z, dst): the accumulation of the terms after the first (docs/noise.md §9).</summary>
    Fma,
    /// <summary>
    /// dst = dst + c·z with two roundings: θ = θ + acc of a one-term list, where acc = c·z, written straight into θ.
    /// </summary>
    AddProduct,
}
