namespace ZoEngine.Tests.Nn;

/// <summary>The float tolerances of the Nn tests, each with the reason for its value (STYLE rule 3).</summary>
public static class NnTolerance
{
    /// <summary>
    /// erf and erfc, relative: the polynomial pieces are within 1.8e-16 of the exact function as evaluated in binary64
    /// (docs/tools/fit_erf.py), and e^(−x²) (Math.Exp, under 1 ulp), the fma-corrected square, the product and 1 − erfc
    /// add a few roundings of 2^-53 each. 4·2^-52 (8.9e-16) bounds their sum.
    /// </summary>
    public const double ErfRelative = 4 * 2.220446049250313e-16;
}
