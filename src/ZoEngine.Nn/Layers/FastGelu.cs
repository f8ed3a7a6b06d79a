using System.Numerics;

namespace ZoEngine.Nn;

/// <summary>
/// The float32 GELU and its derivative, vectorised: each float is widened to binary64, Φ(z) = erfc(−z/√2)/2 is taken
/// from <see cref="ErrorFunction.FastErfc"/>'s branch-free form (relative error 6.6·10⁻⁹) with <see cref="Vector.Exp(Vector{double})"/>,
/// and the result is rounded back once. z²/2 is exact in binary64 for a binary32 z, so the exponent carries no
/// rounding of the square. Every element goes through the same vector code, a short tail through a padded vector,
/// so a result does not depend on where in a span (or in which probe chunk) an element sits.
/// </summary>
internal static class FastGelu
{
    private const double InvSqrt2Pi = 0.39894228040143267794;

    /// <summary>a = z·Φ(z). <paramref name="a"/> may be <paramref name="z"/>.</summary>
    public static void Forward(ReadOnlySpan<float> z, Span<float> a)
    {
        int step = Vector<float>.Count;
        int i = 0;
        for (; i <= z.Length - step; i += step)
            Kernel(new Vector<float>(z[i..]), derivative: false, Vector<float>.One).CopyTo(a[i..]);
        if (i < z.Length)
        {
            Span<float> pad = stackalloc float[step];
            pad.Clear();
            z[i..].CopyTo(pad);
            var r = Kernel(new Vector<float>(pad), derivative: false, Vector<float>.One);
            for (int k = 0; i + k < z.Length; k++)
                a[i + k] = r[k];
        }
    }

    /// <summary>dZ = dA ⊙ (Φ(z) + z·φ(z)). <paramref name="dZ"/> may be <paramref name="dA"/>.</summary>
    public static void Backward(ReadOnlySpan<float> z, ReadOnlySpan<float> dA, Span<float> dZ)
    {
        int step = Vector<float>.Count;
        int i = 0;
        for (; i <= z.Length - step; i += step)
            Kernel(new Vector<float>(z[i..]), derivative: true, new Vector<float>(dA[i..])).CopyTo(dZ[i..]);
        if (i < z.Length)
        {
            Span<float> padZ = stackalloc float[step];
            Span<float> padG = stackalloc float[step];
            padZ.Clear();
            padG.Clear();
            z[i..].CopyTo(padZ);
            dA[i..].CopyTo(padG);
            var r = Kernel(new Vector<float>(padZ), derivative: true, new Vector<float>(padG));
            for (int k = 0; i + k < z.Length; k++)
                dZ[i + k] = r[k];
        }
    }

    private static Vector<float> Kernel(Vector<float> z, bool derivative, Vector<float> gradient)
    {
        Vector.Widen(z, out Vector<double> lo, out Vector<double> hi);
        if (!derivative)
            return Vector.Narrow(lo * Phi(lo), hi * Phi(hi));
        Vector.Widen(gradient, out Vector<double> glo, out Vector<double> ghi);
        return Vector.Narrow(glo * Slope(lo), ghi * Slope(hi));
    }

    /// <summary>Φ(z) = 1 − erfc(z/√2)/2 for z ≥ 0, erfc(−z/√2)/2 for z &lt; 0; NaN stays NaN.</summary>
    private static Vector<double> Phi(Vector<double> z)
    {
        var halfSquare = 0.5 * z * z;                      // (z/√2)², exact for a binary32 z
        var x = Vector.Abs(z) * 0.70710678118654752440;    // |z|/√2
        var t = Vector<double>.One / (Vector<double>.One + 0.5 * x);
        var q = new Vector<double>(ErrorFunction.FastQ[0]);
        for (int c = 1; c < ErrorFunction.FastQ.Length; c++)
            q = q * t + new Vector<double>(ErrorFunction.FastQ[c]);
        var halfErfc = 0.5 * t * Vector.Exp(q - halfSquare);
        return Vector.ConditionalSelect(Vector.LessThan(z, Vector<double>.Zero), halfErfc, Vector<double>.One - halfErfc);
    }

    /// <summary>GELU'(z) = Φ(z) + z·φ(z).</summary>
    private static Vector<double> Slope(Vector<double> z) => Phi(z) + z * InvSqrt2Pi * Vector.Exp(-0.5 * z * z);
}
