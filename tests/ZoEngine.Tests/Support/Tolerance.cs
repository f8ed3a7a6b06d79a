namespace ZoEngine.Tests.Support;

/// <summary>
/// Every floating-point tolerance of the suite, with the reason for its value. Comparisons are
/// |a − r| ≤ Atol + Rtol·|r| (STYLE rule 3). Bit-exact contracts compare bits and need no entry here.
/// </summary>
public static class Tolerance
{
    /// <summary>
    /// Portable ln against double ln, in binary32 ulps of the result: the degree-9 polynomial's own error is below
    /// 6e-9 relative (docs/tools/fit_ln.py), and the Horner chain, the product f·P and the exponent fma each round
    /// once, so a few ulps is the derived budget.
    /// </summary>
    public const double LogMaxUlps = 4;

    /// <summary>
    /// Portable sin/cos of turns against double, absolute: the Taylor truncation on |t| ≤ 1/8 is below 2e-9 and the
    /// result is at most 1 in magnitude, so the error is a few roundings of values ≤ 1, i.e. a few 2⁻²⁴.
    /// </summary>
    public const double SinCosAbs = 4 * 5.96e-8;

    /// <summary>
    /// Gaussian z against double-precision Box–Muller of the same uniforms, relative to max(1, |z|): r = √(−2 ln u)
    /// inherits half the relative error of ln (plus the sqrt rounding), and z = r·cos adds the trig error and one
    /// product rounding. 8 binary32 ulps covers the sum of these with margin.
    /// </summary>
    public const double GaussianRel = 8 * 5.96e-8;

    /// <summary>
    /// In-place perturb/restore drift: θ + εz − 2εz + εz rounds three times, each by at most half an ulp of the
    /// larger operand. With |εz| ≤ |θ| that is at most 2 ulps of θ (docs/memory.md measures the distribution).
    /// </summary>
    public const int RestoreMaxUlps = 2;
}
