namespace ZoEngine.Nn;

/// <summary>
/// erf and erfc in binary64, for the exact GELU and its derivative. Piecewise polynomials fitted with mpmath by
/// docs/tools/fit_erf.py (the comments above each array give its interval, degree and measured error):
/// |x| &lt; 0.75: erf(x) = x·P(x²); 0.75 ≤ |x| &lt; 6: erfc(|x|) = e^(−x²)·R_i(|x| − c_i) on four intervals;
/// |x| ≥ 6: erfc(|x|) = e^(−x²)/|x|·S(1/x²). e^(−x²) is taken as e^(−s)·(1 − e) with s = fl(x²) and e = x² − s exact
/// by one fma, so the rounding of x² (up to 2⁻⁵³·36 relative at |x| = 6) does not reach the result.
/// </summary>
/// <remarks>
/// Measured against mpmath at 50 digits on the 1674 points of tests/data/erf_golden.txt (a grid on [−8, 8], powers of
/// two down to 2⁻³⁰, both sides of every piece boundary, and the far tail up to 30), the worst relative error is
/// 2.2·10⁻¹⁶ for erf and 4.2·10⁻¹⁶ for erfc (normal results; subnormal ones carry fewer bits). ErrorFunctionTests
/// enforces 4·2⁻⁵². .NET has no Math.Erf, hence this class.
/// </remarks>
public static class ErrorFunction
{
    private const double SmallCentre = 0.28125;
    private const double AsymptoticCentre = 1.0 / 72;

    /// <summary>erf(x) = 2/√π ∫₀ˣ e^(−t²) dt. Odd; NaN for NaN.</summary>
    public static double Erf(double x)
    {
        double ax = Math.Abs(x);
        if (ax < 0.75)
            return x * Horner(SmallP, x * x - SmallCentre);
        if (double.IsNaN(x))
            return x;
        double r = 1.0 - TailErfc(ax);
        return x < 0 ? -r : r;
    }

    /// <summary>erfc(x) = 1 − erf(x), accurate in relative terms where it is tiny (large positive x).</summary>
    public static double Erfc(double x)
    {
        double ax = Math.Abs(x);
        if (ax < 0.75)
            return 1.0 - x * Horner(SmallP, x * x - SmallCentre);
        if (double.IsNaN(x))
            return x;
        double tail = TailErfc(ax);
        return x < 0 ? 2.0 - tail : tail;
    }

    /// <summary>erfc(x) for x ≥ 0.75 (or +∞).</summary>
    private static double TailErfc(double x)
    {
        if (x >= 27.3)
            return 0.0;   // e^(−x²) underflows below the smallest subnormal from here on
        double s = x * x;
        double e = Math.FusedMultiplyAdd(x, x, -s);
        double expNeg = Math.Exp(-s) * (1.0 - e);
        double p = x switch
        {
            < 1.5 => Horner(Tail0, x - 1.125),
            < 2.5 => Horner(Tail1, x - 2.0),
            < 4.0 => Horner(Tail2, x - 3.25),
            < 6.0 => Horner(Tail3, x - 5.0),
            _ => Horner(Asymptotic, 1.0 / s - AsymptoticCentre) / x,
        };
        return expNeg * p;
    }

    /// <summary>Σ c_i·t^(n−i) with the coefficients highest degree first.</summary>
    private static double Horner(double[] coefficients, double t)
    {
        double v = coefficients[0];
        for (int i = 1; i < coefficients.Length; i++)
            v = v * t + coefficients[i];
        return v;
    }

    // SmallP: [0, 0.5625], degree 10, centre 0.28125, binary64 Horner relative error 1.79e-16
    private static readonly double[] SmallP =
    [
        1.1472499701094691e-08,
        -1.2713426313728835e-07,
        1.280422645061712e-06,
        -1.1650582798159084e-05,
        9.452721478245064e-05,
        -0.0006742642455297253,
        0.0041539727681388855,
        -0.021614855089347903,
        0.09246954173096404,
        -0.3185911719434663,
        1.0309528156012642,
    ];
    // Tail0: [0.75, 1.5], degree 16, centre 1.125, binary64 Horner relative error 1.50e-16
    private static readonly double[] Tail0 =
    [
        7.242850078976811e-08,
        -2.539084284367431e-07,
        8.250986724003128e-07,
        -2.7416523685915335e-06,
        8.869073005564282e-06,
        -2.7817826539487062e-05,
        8.450842093015987e-05,
        -0.000248067879271965,
        0.0007016185406499731,
        -0.0019056264451145504,
        0.004950303910657083,
        -0.012238784453121944,
        0.02861954424178632,
        -0.06279394840488262,
        0.12788228043906513,
        -0.23805848810127178,
        0.3956980795529959,
    ];
    // Tail1: [1.5, 2.5], degree 16, centre 2.0, binary64 Horner relative error 1.26e-16
    private static readonly double[] Tail1 =
    [
        1.5400336014072522e-09,
        -6.260244834540432e-09,
        2.3298903586765155e-08,
        -9.05696037945163e-08,
        3.448648004649786e-07,
        -1.279561360915426e-06,
        4.628174096446473e-06,
        -1.629371397929793e-05,
        5.572831534470746e-05,
        -0.00018477836756104039,
        0.0005924699953279592,
        -0.0018316642757227877,
        0.005440738537472337,
        -0.015460637764291286,
        0.04180275260352655,
        -0.1067964618534896,
        0.25539567631050575,
    ];
    // Tail2: [2.5, 4], degree 16, centre 3.25, binary64 Horner relative error 1.29e-16
    private static readonly double[] Tail2 =
    [
        1.49801892689003e-11,
        -7.42679319093461e-11,
        3.2681718268240385e-10,
        -1.5652413273818979e-09,
        7.4072185561795875e-09,
        -3.429349515414528e-08,
        1.558809412663323e-07,
        -6.952069862447502e-07,
        3.0388320233539232e-06,
        -1.3004640448437801e-05,
        5.442040880902426e-05,
        -0.00022238256955206057,
        0.0008860045775344011,
        -0.003435471300908234,
        0.012937290883018157,
        -0.04719940232117037,
        0.16633534842682188,
    ];
    // Tail3: [4, 6], degree 16, centre 5.0, binary64 Horner relative error 1.42e-16
    private static readonly double[] Tail3 =
    [
        7.935106373004748e-14,
        -5.033015540266547e-13,
        2.8223551375217665e-12,
        -1.7487307640493828e-11,
        1.0775422677534866e-10,
        -6.530435800013467e-10,
        3.911235575229903e-09,
        -2.3147442750962905e-08,
        1.3529365302452254e-07,
        -7.806319626987718e-07,
        4.4443343492985714e-06,
        -2.4953883568128706e-05,
        0.00013810242090033954,
        -0.0007528968134274429,
        0.004040688908937075,
        -0.021332789764826308,
        0.11070463773306863,
    ];
    // Asymptotic: [0, 0.027777777777777776], degree 10, centre 0.013888888888888888, binary64 Horner relative error 1.48e-16
    private static readonly double[] Asymptotic =
    [
        92075.12002292663,
        -12218.019554369477,
        1727.8750206399775,
        -280.4757071577475,
        51.443863312248226,
        -10.908404807774383,
        2.7643699926540655,
        -0.8800565747963738,
        0.38294925015701137,
        -0.2709161908615832,
        0.5603505205560211,
    ];

    /// <summary>
    /// erfc(x) for x ≥ 0 in the branch-free form t·e^(−x² + Q(t)), t = 1/(1 + x/2), with a degree-12 Q whose absolute
    /// error, 6.6·10⁻⁹, is erfc's relative error: below binary32's half ulp, so it serves the float32 GELU, which
    /// evaluates the same form four lanes at a time (<see cref="FastGelu"/>). This scalar form is the reference for it.
    /// </summary>
    internal static double FastErfc(double x)
    {
        double t = 1.0 / (1.0 + 0.5 * x);
        return t * Math.Exp(Horner(FastQ, t) - x * x);
    }

    // FastQ: [0, 1], degree 12, binary64 Horner absolute error 6.58e-09 (= relative error of erfc)
    internal static readonly double[] FastQ =
    [
        0.06308584359433057,
        -0.5567954856692163,
        1.9822865480879337,
        -3.696915255871211,
        3.8225773902430333,
        -2.1227180445386407,
        0.7125918327995515,
        -0.3379492491978383,
        -0.05647743427273634,
        0.08070750305818251,
        0.37512063167248894,
        0.9999978343568101,
        -1.2655121170707262,
    ];
}
