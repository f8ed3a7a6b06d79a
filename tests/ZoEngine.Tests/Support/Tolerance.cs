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
    /// In-place perturb/restore drift after <paramref name="passes"/> passes with radius ε: each pass rounds the
    /// combination (|acc| ≤ 2 terms × ε × 5.77, the largest |z|, so &lt; 12ε) and then θ + acc, each by at most half an
    /// ulp of its magnitude; so one pass moves θ by at most ulp(|θ|) + ulp(12ε) beyond the exact value. The bound adds
    /// that per pass (docs/memory.md measures the actual distribution, which is far inside it).
    /// </summary>
    public static double RestoreBound(float theta0, float mu, int passes) => passes * (Ulp(Math.Abs(theta0)) + Ulp(12 * mu));

    /// <summary>
    /// zo_nn_activate's GELU and tanh, and zo_nn_activation_backward's GELU, against the same binary64 formula in C#,
    /// in binary32 ulps: both sides round a binary64 value once, and the libraries' erfc/exp/tanh (glibc, CUDA's
    /// libdevice: a few binary64 ulps; ErrorFunction: 4·2⁻⁵²) differ far below a binary32 ulp, so the rounded results
    /// can differ only where the binary64 values straddle a rounding boundary: by one ulp. Two leaves a margin.
    /// </summary>
    public const long NnTranscendentalUlps = 2;

    /// <summary>
    /// zo_nn_softmax_xent's loss against MathF.Exp/MathF.Log in the same order, absolute. CUDA's expf is within 2 ulps and
    /// logf within 1 (glibc's, behind MathF, within 1), so Σ e^(y − max) differs by a few 2⁻²⁴ relative and log Σ by a
    /// few 2⁻²⁴ absolute; adding max and subtracting y_label (losses below 16 in the tests) can then round the two
    /// values to neighbouring floats, ulp(8..16) = 9.5e-7, once per operation: 2e-6 covers that.
    /// </summary>
    public const double SoftmaxLossAbs = 2e-6;

    /// <summary>
    /// zo_nn_softmax_xent's gradient over invBatch (so in units of a probability), absolute: p = e^(y − max)/Σ carries
    /// the exp error (≤ 2 ulps) and Σ's (a few 2⁻²⁴ relative) and p ≤ 1, so p and p − 1 differ by at most ~4·2⁻²⁴;
    /// the product with invBatch adds one rounding, 2⁻²⁴ relative. 8·2⁻²⁴ leaves a margin.
    /// </summary>
    public const double SoftmaxGradientAbs = 8 * 5.96e-8;

    private static double Ulp(float x) => MathF.BitIncrement(x) - x;
}
