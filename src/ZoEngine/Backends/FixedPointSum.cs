namespace ZoEngine;

/// <summary>
/// The deterministic sum of floats that feed an update (per-sample losses): each value is scaled by a power of two,
/// truncated to an integer, and the integers are added. Integer addition is associative, so every backend and every
/// reduction order (CPU loops, GPU blocks and atomics) gives the same bits. This is the CPU specification of the
/// zo_reduce_sum_fixed kernel.
/// </summary>
public static class FixedPointSum
{
    /// <summary>|x·scale| must stay below this, so that a term fits a 64-bit integer with room for the sum.</summary>
    public const float Limit = 4.611686E+18f; // 2⁶²

    /// <summary>2^<paramref name="scaleExponent"/> as a float; the exponent must be in [−126, 127] so that scaling is exact.</summary>
    public static float Scale(int scaleExponent)
    {
        if (scaleExponent is < -126 or > 127)
            throw new ArgumentOutOfRangeException(nameof(scaleExponent), scaleExponent, "The scale is 2^e with e in [-126, 127], so that multiplying by it is exact.");
        return MathF.ScaleB(1f, scaleExponent);
    }

    /// <summary>Σ trunc(x_i·2^e) with two's-complement wrap-around, as the kernel's 64-bit atomics add.</summary>
    /// <exception cref="ArgumentException">A value is not finite or |x·2^e| ≥ 2⁶².</exception>
    public static long Sum(ReadOnlySpan<float> values, int scaleExponent)
    {
        float scale = Scale(scaleExponent);
        long sum = 0;
        int bad = 0;
        foreach (float x in values)
        {
            float y = x * scale;
            if (!float.IsFinite(y) || MathF.Abs(y) >= Limit)
            {
                bad++;
                continue;
            }
            sum = unchecked(sum + (long)y);
        }
        if (bad != 0)
            throw new ArgumentException($"{bad} of {values.Length} values are not finite or exceed 2^62 once scaled by 2^{scaleExponent}; their fixed-point sum is undefined.");
        return sum;
    }

    /// <summary>The sum as a number: <paramref name="sum"/>·2^−e.</summary>
    public static double ToDouble(long sum, int scaleExponent) => Math.ScaleB(sum, -scaleExponent);
}
