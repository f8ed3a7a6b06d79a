using System.Runtime.CompilerServices;

namespace ZoEngine.Workloads.Synthetic;

/// <summary>
/// A sum of double terms over the flattened vector in a fixed order: term i goes to lane i &amp; 3, each lane adds in
/// index order, and the lanes combine as (s0 + s1) + (s2 + s3). The order depends on neither the hardware vector width
/// nor how the vector is split into tensors and windows, so every split gives the same bits.
/// </summary>
internal struct LaneSums
{
    private double _s0, _s1, _s2, _s3;

    public readonly double Total => (_s0 + _s1) + (_s2 + _s3);

    /// <summary>Adds the term of flat index <paramref name="index"/>.</summary>
    public void Add(long index, double term)
    {
        switch (index & 3)
        {
            case 0: _s0 += term; break;
            case 1: _s1 += term; break;
            case 2: _s2 += term; break;
            default: _s3 += term; break;
        }
    }

    /// <summary>Adds <c>TTerm.Of(x, j)</c> as the term of flat index <paramref name="firstIndex"/> + j, for j in [0, count).</summary>
    /// <param name="x">The window; <typeparamref name="TTerm"/> may read past <paramref name="count"/> (pair terms read j + 1).</param>
    /// <param name="count">Number of terms.</param>
    /// <param name="firstIndex">Flat index of x[0].</param>
    public void AddRange<TTerm>(ReadOnlySpan<float> x, int count, long firstIndex) where TTerm : ITerm
    {
        int j = 0;
        // Leading terms until the next term lands in lane 0, so that the unrolled loop can keep lanes in locals.
        for (; j < count && ((firstIndex + j) & 3) != 0; j++)
            Add(firstIndex + j, TTerm.Of(x, j));
        double s0 = _s0, s1 = _s1, s2 = _s2, s3 = _s3;
        for (; j <= count - 4; j += 4)
        {
            // All four terms first: with overlapping lifetimes they get four registers, which breaks the false
            // dependency that cvtss2sd's merge into a single reused register chains through every term.
            double t0 = TTerm.Of(x, j), t1 = TTerm.Of(x, j + 1), t2 = TTerm.Of(x, j + 2), t3 = TTerm.Of(x, j + 3);
            s0 += t0;
            s1 += t1;
            s2 += t2;
            s3 += t3;
        }
        (_s0, _s1, _s2, _s3) = (s0, s1, s2, s3);
        for (; j < count; j++)
            Add(firstIndex + j, TTerm.Of(x, j));
    }
}

/// <summary>One term of a sum, read from a window at position j.</summary>
internal interface ITerm
{
    static abstract double Of(ReadOnlySpan<float> x, int j);
}

/// <summary>xⱼ².</summary>
internal readonly struct SquareTerm : ITerm
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Of(ReadOnlySpan<float> x, int j)
    {
        double v = x[j];
        return v * v;
    }
}

/// <summary>|xⱼ|³.</summary>
internal readonly struct AbsCubeTerm : ITerm
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Of(ReadOnlySpan<float> x, int j)
    {
        double a = Math.Abs((double)x[j]);
        return a * a * a;
    }
}

/// <summary>cos(2πxⱼ), through CosPi so that integer xⱼ give exactly 1.</summary>
internal readonly struct CosTwoPiTerm : ITerm
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Of(ReadOnlySpan<float> x, int j) => double.CosPi(2.0 * x[j]);
}

/// <summary>The Levy term (wⱼ − 1)²[1 + 10 sin²(πwⱼ + 1)] of every coordinate but the last.</summary>
internal readonly struct LevyMiddleTerm : ITerm
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Of(ReadOnlySpan<float> x, int j)
    {
        double w = LevyW(x[j]);
        double s = Math.Sin(Math.PI * w + 1.0);
        return (w - 1.0) * (w - 1.0) * (1.0 + 10.0 * s * s);
    }

    /// <summary>w = 1 + (x − 1)/4; the division by four is exact.</summary>
    public static double LevyW(float x) => 1.0 + (x - 1.0) * 0.25;
}

/// <summary>The Rosenbrock term 100(xⱼ₊₁ − xⱼ²)² + (1 − xⱼ)² of the pair (j, j + 1).</summary>
internal readonly struct RosenbrockPairTerm : ITerm
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Of(ReadOnlySpan<float> x, int j) => Pair(x[j], x[j + 1]);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Pair(double a, double b)
    {
        double t = b - a * a;
        double u = 1.0 - a;
        return 100.0 * t * t + u * u;
    }
}
