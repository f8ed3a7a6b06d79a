using System.Runtime.CompilerServices;
using ZoEngine.Noise;

namespace ZoEngine.Cpu.Simd;

/// <summary>
/// The noise contract of docs/noise.md for one SIMD width: each vector lane computes one Philox block, so a group of
/// <c>TL.Count</c> blocks yields 4·Count consecutive elements. It repeats <see cref="Reference.NoiseReference"/>
/// operation for operation, which is what makes the bits identical at every width.
/// </summary>
internal static unsafe class NoiseKernel<TL, TU, TF>
    where TL : struct, ILanes<TU, TF>
    where TU : unmanaged
    where TF : unmanaged
{
    /// <summary>
    /// Writes c·z (or fma(c, z, dst) when <paramref name="accumulate"/>) for the elements of blocks
    /// [firstBlock, firstBlock + groups·Count) to dst. // dst: [4 · groups · Count]
    /// </summary>
    public static void Generate(NoiseKind kind, ulong seed, uint tensorId, ulong firstBlock, int groups, float* dst, float coefficient, bool accumulate)
    {
        int w = TL.Count;
        TU* keys = stackalloc TU[20]; // 2 × Philox4x32.Rounds; every entry is written by RoundKeys
        RoundKeys(seed, keys);
        TU c2 = TL.SplatU(tensorId);
        TF cv = TL.Splat(coefficient);
        for (int g = 0; g < groups; g++, dst += 4 * w)
        {
            GroupWords(firstBlock + (ulong)(g * w), c2, keys, out TU x0, out TU x1, out TU x2, out TU x3);
            TF z0, z1, z2, z3;
            if (kind == NoiseKind.Gaussian)
            {
                TF r01 = Radius(x0);
                TF r23 = Radius(x2);
                SinCosTurns24(TL.ShiftRight(x1, 8), out TF cos1, out TF sin1);
                SinCosTurns24(TL.ShiftRight(x3, 8), out TF cos3, out TF sin3);
                z0 = TL.Mul(r01, cos1);
                z1 = TL.Mul(r01, sin1);
                z2 = TL.Mul(r23, cos3);
                z3 = TL.Mul(r23, sin3);
            }
            else
            {
                z0 = SignOne(x0);
                z1 = SignOne(x1);
                z2 = SignOne(x2);
                z3 = SignOne(x3);
            }
            TL.Transpose4(ref z0, ref z1, ref z2, ref z3);
            Emit(dst, z0, cv, accumulate);
            Emit(dst + w, z1, cv, accumulate);
            Emit(dst + 2 * w, z2, cv, accumulate);
            Emit(dst + 3 * w, z3, cv, accumulate);
        }
    }

    /// <summary>The raw Philox words of blocks [firstBlock, firstBlock + groups·Count), in element order. // dst: [4 · groups · Count]</summary>
    public static void Words(ulong seed, uint tensorId, ulong firstBlock, int groups, uint* dst)
    {
        int w = TL.Count;
        TU* keys = stackalloc TU[20]; // 2 × Philox4x32.Rounds; every entry is written by RoundKeys
        RoundKeys(seed, keys);
        TU c2 = TL.SplatU(tensorId);
        for (int g = 0; g < groups; g++, dst += 4 * w)
        {
            GroupWords(firstBlock + (ulong)(g * w), c2, keys, out TU x0, out TU x1, out TU x2, out TU x3);
            TF z0 = TL.AsFloat(x0), z1 = TL.AsFloat(x1), z2 = TL.AsFloat(x2), z3 = TL.AsFloat(x3);
            TL.Transpose4(ref z0, ref z1, ref z2, ref z3);
            float* f = (float*)dst;
            TL.Store(f, z0);
            TL.Store(f + w, z1);
            TL.Store(f + 2 * w, z2);
            TL.Store(f + 3 * w, z3);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Emit(float* p, TF z, TF c, bool accumulate) =>
        TL.Store(p, accumulate ? TL.Fma(c, z, TL.Load(p)) : TL.Mul(c, z));

    /// <summary>The broadcast key of every round, (k0, k1) pairs: the Weyl bumps are done once per call, not per group.</summary>
    private static void RoundKeys(ulong seed, TU* keys)
    {
        uint k0 = (uint)seed, k1 = (uint)(seed >> 32);
        for (int round = 0; round < Philox4x32.Rounds; round++)
        {
            keys[2 * round] = TL.SplatU(k0);
            keys[2 * round + 1] = TL.SplatU(k1);
            k0 += Philox4x32.W0;
            k1 += Philox4x32.W1;
        }
    }

    /// <summary>The Philox words of blocks [block, block + Count), one block per lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void GroupWords(ulong block, TU c2, TU* keys, out TU x0, out TU x1, out TU x2, out TU x3)
    {
        uint lo = (uint)block;
        TU c0 = TL.Iota(lo);
        // A group can straddle a 2³² block boundary: those lanes carry into counter word 1.
        TU carry = TL.GreaterThanSigned(TL.SplatU(lo ^ 0x8000_0000u), TL.XorU(c0, TL.SplatU(0x8000_0000u)));
        TU c1 = TL.SubU(TL.SplatU((uint)(block >> 32)), carry);
        Philox(ref c0, ref c1, c2, keys, out x0, out x1, out x2, out x3);
    }

    /// <summary>Ten rounds, unrolled so that every round key is a constant offset from <paramref name="keys"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Philox(ref TU c0, ref TU c1, TU c2, TU* keys, out TU x0, out TU x1, out TU x2, out TU x3)
    {
        TU c3 = TL.SplatU(0);
        Round(ref c0, ref c1, ref c2, ref c3, keys[0], keys[1]);
        Round(ref c0, ref c1, ref c2, ref c3, keys[2], keys[3]);
        Round(ref c0, ref c1, ref c2, ref c3, keys[4], keys[5]);
        Round(ref c0, ref c1, ref c2, ref c3, keys[6], keys[7]);
        Round(ref c0, ref c1, ref c2, ref c3, keys[8], keys[9]);
        Round(ref c0, ref c1, ref c2, ref c3, keys[10], keys[11]);
        Round(ref c0, ref c1, ref c2, ref c3, keys[12], keys[13]);
        Round(ref c0, ref c1, ref c2, ref c3, keys[14], keys[15]);
        Round(ref c0, ref c1, ref c2, ref c3, keys[16], keys[17]);
        Round(ref c0, ref c1, ref c2, ref c3, keys[18], keys[19]);
        x0 = c0;
        x1 = c1;
        x2 = c2;
        x3 = c3;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Round(ref TU c0, ref TU c1, ref TU c2, ref TU c3, TU k0, TU k1)
    {
        TL.MulHiLo(c0, Philox4x32.M0, out TU hi0, out TU lo0);
        TL.MulHiLo(c2, Philox4x32.M1, out TU hi1, out TU lo1);
        TU n0 = TL.XorU(TL.XorU(hi1, c1), k0);
        TU n2 = TL.XorU(TL.XorU(hi0, c3), k1);
        c1 = lo1;
        c3 = lo0;
        c0 = n0;
        c2 = n2;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TF SignOne(TU x) => TL.AsFloat(TL.OrU(TL.AndU(x, TL.SplatU(0x8000_0000u)), TL.SplatU(0x3F80_0000u)));

    /// <summary>r = √(−2 ln u1) with u1 = ((x &gt;&gt; 8) + 1)·2⁻²⁴; see <see cref="PortableMath.Log"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TF Radius(TU x)
    {
        TF u = TL.Mul(TL.IntToFloat(TL.AddU(TL.ShiftRight(x, 8), TL.SplatU(1))), TL.Splat(1f / 16777216f));
        TU bits = TL.AsUInt(u);
        TU e = TL.SubU(TL.ShiftRight(bits, 23), TL.SplatU(127));
        TU mbits = TL.OrU(TL.AndU(bits, TL.SplatU(0x007F_FFFFu)), TL.SplatU(0x3F80_0000u));
        TU big = TL.GreaterThanSigned(mbits, TL.SplatU(PortableMath.Sqrt2Bits));
        mbits = TL.SubU(mbits, TL.AndU(big, TL.SplatU(0x0080_0000u)));
        e = TL.SubU(e, big);
        TF f = TL.Sub(TL.AsFloat(mbits), TL.Splat(1f));
        float[] c = PortableMath.Ln;
        TF p = TL.Splat(c[9]);
        p = TL.Fma(p, f, TL.Splat(c[8]));
        p = TL.Fma(p, f, TL.Splat(c[7]));
        p = TL.Fma(p, f, TL.Splat(c[6]));
        p = TL.Fma(p, f, TL.Splat(c[5]));
        p = TL.Fma(p, f, TL.Splat(c[4]));
        p = TL.Fma(p, f, TL.Splat(c[3]));
        p = TL.Fma(p, f, TL.Splat(c[2]));
        p = TL.Fma(p, f, TL.Splat(c[1]));
        p = TL.Fma(p, f, TL.Splat(c[0]));
        TF lnm = TL.Mul(f, p);
        TF ef = TL.IntToFloat(e);
        TF ln = TL.Fma(ef, TL.Splat(PortableMath.Ln2Hi), TL.Fma(ef, TL.Splat(PortableMath.Ln2Lo), lnm));
        return TL.Sqrt(TL.Mul(ln, TL.Splat(-2f)));
    }

    /// <summary>cos and sin of 2π·n·2⁻²⁴; see <see cref="PortableMath.SinCosTurns24"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void SinCosTurns24(TU n, out TF cos, out TF sin)
    {
        TU k = TL.ShiftRight(TL.AddU(n, TL.SplatU(1u << 21)), 22);
        TU rem = TL.SubU(n, TL.ShiftLeft(k, 22));
        TF t = TL.Mul(TL.IntToFloat(rem), TL.Splat(1f / 16777216f));
        TF t2 = TL.Mul(t, t);
        float[] cc = PortableMath.Cos;
        TF pc = TL.Splat(cc[5]);
        pc = TL.Fma(pc, t2, TL.Splat(cc[4]));
        pc = TL.Fma(pc, t2, TL.Splat(cc[3]));
        pc = TL.Fma(pc, t2, TL.Splat(cc[2]));
        pc = TL.Fma(pc, t2, TL.Splat(cc[1]));
        TF c = TL.Fma(pc, t2, TL.Splat(cc[0]));
        float[] sc = PortableMath.Sin;
        TF ps = TL.Splat(sc[4]);
        ps = TL.Fma(ps, t2, TL.Splat(sc[3]));
        ps = TL.Fma(ps, t2, TL.Splat(sc[2]));
        ps = TL.Fma(ps, t2, TL.Splat(sc[1]));
        ps = TL.Fma(ps, t2, TL.Splat(sc[0]));
        TF s = TL.Mul(t, ps);
        TU q = TL.AndU(k, TL.SplatU(3));
        TU swap = TL.SubU(TL.SplatU(0), TL.AndU(q, TL.SplatU(1)));
        TU cq = TL.SelectU(swap, TL.AsUInt(s), TL.AsUInt(c));
        TU sq = TL.SelectU(swap, TL.AsUInt(c), TL.AsUInt(s));
        TU cosSign = TL.ShiftLeft(TL.AndU(TL.AddU(q, TL.SplatU(1)), TL.SplatU(2)), 30);
        TU sinSign = TL.ShiftLeft(TL.AndU(q, TL.SplatU(2)), 30);
        cos = TL.AsFloat(TL.XorU(cq, cosSign));
        sin = TL.AsFloat(TL.XorU(sq, sinSign));
    }
}
