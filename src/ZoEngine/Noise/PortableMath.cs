using System.Runtime.CompilerServices;

namespace ZoEngine.Noise;

/// <summary>
/// The portable binary32 functions of the noise contract (docs/noise.md): a fixed sequence of IEEE add, mul, fma and
/// sqrt plus integer and bit operations, so that C#, SIMD and CUDA produce the same bits. Library ln/sin/cos differ
/// between runtimes and devices, which is why they are not used.
/// This scalar code is the specification; the SIMD path in <c>Cpu/Simd</c> repeats it operation for operation.
/// </summary>
public static class PortableMath
{
    /// <summary>Coefficients c0..c9 of P(f) ≈ ln(1+f)/f on [√½−1, √2−1], a relative-error minimax fit (docs/tools/fit_ln.py).</summary>
    internal static readonly uint[] LnCoefficientBits =
    [
        0x3F800000, // c0 =  1.0
        0xBEFFFFFC, // c1 = -0.49999988
        0x3EAAAAA8, // c2 =  0.33333325
        0xBE800214, // c3 = -0.25001585
        0x3E4CD1F6, // c4 =  0.20001969
        0xBE2A1388, // c5 = -0.16609013
        0x3E1138CD, // c6 =  0.14181824
        0xBE079CE8, // c7 = -0.13243449
        0x3E0424F1, // c8 =  0.12904717
        0xBD9C151D, // c9 = -0.076212145
    ];

    /// <summary>Taylor coefficients C0..C5 of cos(2πt) in t², (−1)ᵏ(2π)²ᵏ/(2k)! rounded to binary32.</summary>
    internal static readonly uint[] CosCoefficientBits = [0x3F800000, 0xC19DE9E6, 0x4281E0F8, 0xC2AAE9E4, 0x4270FA83, 0xC1D368F9];

    /// <summary>Taylor coefficients S0..S4 of sin(2πt)/t in t², (−1)ᵏ(2π)²ᵏ⁺¹/(2k+1)! rounded to binary32.</summary>
    internal static readonly uint[] SinCoefficientBits = [0x40C90FDB, 0xC2255DE7, 0x42A335E3, 0xC2996966, 0x42283C1A];

    /// <summary>High part of ln 2 (fdlibm's ln2_hi: its low bits are zero, so e·LN2_HI is exact for the exponents here).</summary>
    internal const uint Ln2HiBits = 0x3F317180;
    /// <summary>ln 2 − LN2_HI rounded to binary32 (fdlibm's ln2_lo).</summary>
    internal const uint Ln2LoBits = 0x3717F7D1;
    /// <summary>Bits of √2 rounded to binary32; mantissas above it are halved so that f = m − 1 lies in [√½−1, √2−1].</summary>
    internal const uint Sqrt2Bits = 0x3FB504F3;

    internal static readonly float[] Ln = Array.ConvertAll(LnCoefficientBits, BitConverter.UInt32BitsToSingle);
    internal static readonly float[] Cos = Array.ConvertAll(CosCoefficientBits, BitConverter.UInt32BitsToSingle);
    internal static readonly float[] Sin = Array.ConvertAll(SinCoefficientBits, BitConverter.UInt32BitsToSingle);
    internal static readonly float Ln2Hi = BitConverter.UInt32BitsToSingle(Ln2HiBits);
    internal static readonly float Ln2Lo = BitConverter.UInt32BitsToSingle(Ln2LoBits);

    /// <summary>
    /// Natural logarithm of a positive, finite, normal binary32 value. Used by the noise on u ∈ [2⁻²⁴, 1].
    /// </summary>
    public static float Log(float x)
    {
        uint bits = BitConverter.SingleToUInt32Bits(x);
        int e = (int)(bits >> 23) - 127;
        uint mbits = (bits & 0x007FFFFF) | 0x3F800000;
        if (mbits > Sqrt2Bits)
        {
            // Halving m moves it to [√½, 1): the exponent grows by one, and both changes are exact.
            mbits -= 0x00800000;
            e += 1;
        }
        float f = BitConverter.UInt32BitsToSingle(mbits) - 1f; // exact (Sterbenz)
        float[] c = Ln;
        float p = c[9];
        for (int i = 8; i >= 0; i--)
            p = MathF.FusedMultiplyAdd(p, f, c[i]);
        float lnm = f * p;
        float ef = e;
        return MathF.FusedMultiplyAdd(ef, Ln2Hi, MathF.FusedMultiplyAdd(ef, Ln2Lo, lnm));
    }

    /// <summary>
    /// cos(2πt) and sin(2πt) for t = n·2⁻²⁴ with integer n ∈ [0, 2²⁴) ("turns"). The quadrant reduction is integer
    /// arithmetic on n, so it is exact; only the polynomials on |t| ≤ 1/8 round.
    /// </summary>
    public static (float Cos, float Sin) SinCosTurns24(uint n)
    {
        uint k = (n + (1u << 21)) >> 22;                // nearest quarter turn, 0..4
        int rem = (int)n - (int)(k << 22);               // [−2²¹, 2²¹)
        float t = rem * (1f / 16777216f);                // exact: |rem| < 2²⁴, scale is a power of two
        float t2 = t * t;
        float[] cc = Cos;
        float pc = cc[5];
        for (int i = 4; i >= 1; i--)
            pc = MathF.FusedMultiplyAdd(pc, t2, cc[i]);
        float c = MathF.FusedMultiplyAdd(pc, t2, cc[0]);
        float[] sc = Sin;
        float ps = sc[4];
        for (int i = 3; i >= 0; i--)
            ps = MathF.FusedMultiplyAdd(ps, t2, sc[i]);
        float s = t * ps;
        uint q = k & 3;
        float cq = (q & 1) != 0 ? s : c;
        float sq = (q & 1) != 0 ? c : s;
        uint cosSign = ((q + 1) & 2) << 30;
        uint sinSign = (q & 2) << 30;
        return (FlipSign(cq, cosSign), FlipSign(sq, sinSign));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static float FlipSign(float v, uint signBit) =>
        BitConverter.UInt32BitsToSingle(BitConverter.SingleToUInt32Bits(v) ^ signBit);
}
