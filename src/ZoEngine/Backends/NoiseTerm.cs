using ZoEngine.Noise;

namespace ZoEngine;

/// <summary>
/// One (seed, coefficient) pair of a noise combination Σ c_k·z(s_k). A random-direction estimate, a perturbation
/// and a restore are all short lists of these: z itself is regenerated wherever it is needed, never stored.
/// </summary>
/// <param name="Seed">Direction seed: the Philox key of the direction's stream.</param>
/// <param name="Coefficient">Scalar multiplying the direction.</param>
/// <param name="Kind">Element stream of the direction.</param>
public readonly record struct NoiseTerm(ulong Seed, float Coefficient, NoiseKind Kind = NoiseKind.Gaussian);
