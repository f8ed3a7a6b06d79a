using System.Runtime.CompilerServices;
using ZoEngine.Noise;
using K = ZoEngine.Noise.NoiseConstants;

namespace ZoEngine.Cpu.Simd;

/// <summary>
/// The noise contract of docs/noise.md for one SIMD width: each vector lane computes one Philox block, so a group of
/// <c>TL.Count</c> blocks yields 4·Count consecutive elements. It repeats <see cref="Reference.NoiseReference"/>
/// operation for operation, which is what makes the bits identical at every width. <see cref="NoiseKernelWide{TL, TQ, TU, TF}"/>
/// runs the same loops with Philox on 64-bit lanes where AVX-512F or AVX2 has the multiply for it; this one serves 128
/// bits, one lane, and the wider widths where the runtime emulates them.
/// </summary>
/// <remarks>
/// Each (kind, store) pair has its own loop (a store mode's loop instantiated on the kind's value type) in a method that is never
/// inlined and is compiled fully optimised at once: the JIT then sees one small loop with constant coefficients and no
/// branches, and keeps everything in registers.
/// </remarks>
internal static unsafe class NoiseKernel<TL, TU, TF>
    where TL : struct, ILanes<TU, TF>
    where TU : unmanaged
    where TF : unmanaged
{
    /// <summary>
    /// Writes c·z for the elements of blocks [firstBlock, firstBlock + groups·Count) to dst, as <paramref name="store"/>
    /// says. // dst: [4 · groups · Count]
    /// </summary>
    public static void Generate(NoiseKind kind, ulong seed, uint tensorId, ulong firstBlock, int groups, float* dst, float coefficient, NoiseStore store)
    {
        if (kind == NoiseKind.Gaussian)
        {
            switch (store)
            {
                case NoiseStore.Set: SetLoop<GaussianGroup>(seed, tensorId, firstBlock, groups, dst, coefficient); break;
                case NoiseStore.Fma: FmaLoop<GaussianGroup>(seed, tensorId, firstBlock, groups, dst, coefficient); break;
                default: AddProductLoop<GaussianGroup>(seed, tensorId, firstBlock, groups, dst, coefficient); break;
            }
        }
        else
        {
            switch (store)
            {
                case NoiseStore.Set: SetLoop<RademacherGroup>(seed, tensorId, firstBlock, groups, dst, coefficient); break;
                case NoiseStore.Fma: FmaLoop<RademacherGroup>(seed, tensorId, firstBlock, groups, dst, coefficient); break;
                default: AddProductLoop<RademacherGroup>(seed, tensorId, firstBlock, groups, dst, coefficient); break;
            }
        }
    }

    // One loop per store mode, generic over the noise kind: each (kind, store) pair is then its own fully optimised
    // method (value-type instantiations are never shared). The store stays written out in each loop: passed as a
    // type too, it made the JIT re-broadcast constants inside the loop and, at 256 bits, spill (bench/scripts/noise-jit.sh).
    /// <summary>dst = c·z.</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static void SetLoop<TG>(ulong seed, uint tensorId, ulong firstBlock, int groups, float* dst, float coefficient)
        where TG : struct, IGroup
    {
        int w = TL.Count;
        TF cv = TL.Splat(coefficient);
        TU c2 = TL.SplatU(tensorId);
        TU k0 = TL.SplatU((uint)seed), k1 = TL.SplatU((uint)(seed >> 32));
        for (int g = 0; g < groups; g++, dst += 4 * w)
        {
            TG.Elements(firstBlock + (ulong)(g * w), c2, k0, k1, out TF z0, out TF z1, out TF z2, out TF z3);
            TL.Store(dst, TL.Mul(cv, z0));
            TL.Store(dst + w, TL.Mul(cv, z1));
            TL.Store(dst + 2 * w, TL.Mul(cv, z2));
            TL.Store(dst + 3 * w, TL.Mul(cv, z3));
        }
    }

    /// <summary>dst = fma(c, z, dst).</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static void FmaLoop<TG>(ulong seed, uint tensorId, ulong firstBlock, int groups, float* dst, float coefficient)
        where TG : struct, IGroup
    {
        int w = TL.Count;
        TF cv = TL.Splat(coefficient);
        TU c2 = TL.SplatU(tensorId);
        TU k0 = TL.SplatU((uint)seed), k1 = TL.SplatU((uint)(seed >> 32));
        for (int g = 0; g < groups; g++, dst += 4 * w)
        {
            TG.Elements(firstBlock + (ulong)(g * w), c2, k0, k1, out TF z0, out TF z1, out TF z2, out TF z3);
            TL.Store(dst, TL.Fma(cv, z0, TL.Load(dst)));
            TL.Store(dst + w, TL.Fma(cv, z1, TL.Load(dst + w)));
            TL.Store(dst + 2 * w, TL.Fma(cv, z2, TL.Load(dst + 2 * w)));
            TL.Store(dst + 3 * w, TL.Fma(cv, z3, TL.Load(dst + 3 * w)));
        }
    }

    /// <summary>dst = dst + c·z, two roundings.</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static void AddProductLoop<TG>(ulong seed, uint tensorId, ulong firstBlock, int groups, float* dst, float coefficient)
        where TG : struct, IGroup
    {
        int w = TL.Count;
        TF cv = TL.Splat(coefficient);
        TU c2 = TL.SplatU(tensorId);
        TU k0 = TL.SplatU((uint)seed), k1 = TL.SplatU((uint)(seed >> 32));
        for (int g = 0; g < groups; g++, dst += 4 * w)
        {
            TG.Elements(firstBlock + (ulong)(g * w), c2, k0, k1, out TF z0, out TF z1, out TF z2, out TF z3);
            TL.Store(dst, TL.Add(TL.Load(dst), TL.Mul(cv, z0)));
            TL.Store(dst + w, TL.Add(TL.Load(dst + w), TL.Mul(cv, z1)));
            TL.Store(dst + 2 * w, TL.Add(TL.Load(dst + 2 * w), TL.Mul(cv, z2)));
            TL.Store(dst + 3 * w, TL.Add(TL.Load(dst + 3 * w), TL.Mul(cv, z3)));
        }
    }

    /// <summary>A noise kind's elements of one group, in element order.</summary>
    private interface IGroup
    {
        static abstract void Elements(ulong block, TU c2, TU k0, TU k1, out TF z0, out TF z1, out TF z2, out TF z3);
    }

    private readonly struct GaussianGroup : IGroup
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void Elements(ulong block, TU c2, TU k0, TU k1, out TF z0, out TF z1, out TF z2, out TF z3)
            => Gaussian(block, c2, k0, k1, out z0, out z1, out z2, out z3);
    }

    private readonly struct RademacherGroup : IGroup
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void Elements(ulong block, TU c2, TU k0, TU k1, out TF z0, out TF z1, out TF z2, out TF z3)
            => Rademacher(block, c2, k0, k1, out z0, out z1, out z2, out z3);
    }

    /// <summary>The raw Philox words of blocks [firstBlock, firstBlock + groups·Count), in element order. // dst: [4 · groups · Count]</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    public static void Words(ulong seed, uint tensorId, ulong firstBlock, int groups, uint* dst)
    {
        int w = TL.Count;
        TU c2 = TL.SplatU(tensorId);
        TU k0 = TL.SplatU((uint)seed), k1 = TL.SplatU((uint)(seed >> 32));
        for (int g = 0; g < groups; g++, dst += 4 * w)
        {
            GroupWords(firstBlock + (ulong)(g * w), c2, k0, k1, out TU x0, out TU x1, out TU x2, out TU x3);
            TF z0 = TL.AsFloat(x0), z1 = TL.AsFloat(x1), z2 = TL.AsFloat(x2), z3 = TL.AsFloat(x3);
            TL.Transpose4(ref z0, ref z1, ref z2, ref z3);
            float* f = (float*)dst;
            TL.Store(f, z0);
            TL.Store(f + w, z1);
            TL.Store(f + 2 * w, z2);
            TL.Store(f + 3 * w, z3);
        }
    }

    /// <summary>The Gaussian elements of one group, in element order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Gaussian(ulong block, TU c2, TU k0, TU k1, out TF z0, out TF z1, out TF z2, out TF z3)
    {
        GroupWords(block, c2, k0, k1, out TU x0, out TU x1, out TU x2, out TU x3);
        BoxMuller(x0, x1, x2, x3, out z0, out z1, out z2, out z3);
        TL.Transpose4(ref z0, ref z1, ref z2, ref z3);
    }

    /// <summary>The Rademacher elements of one group, in element order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Rademacher(ulong block, TU c2, TU k0, TU k1, out TF z0, out TF z1, out TF z2, out TF z3)
    {
        GroupWords(block, c2, k0, k1, out TU x0, out TU x1, out TU x2, out TU x3);
        z0 = SignOne(x0);
        z1 = SignOne(x1);
        z2 = SignOne(x2);
        z3 = SignOne(x3);
        TL.Transpose4(ref z0, ref z1, ref z2, ref z3);
    }

    /// <summary>Box–Muller on the word pairs (x0, x1) and (x2, x3), per block lane (not yet in element order).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void BoxMuller(TU x0, TU x1, TU x2, TU x3, out TF z0, out TF z1, out TF z2, out TF z3)
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

    /// <summary>The Philox words of blocks [block, block + Count), one block per lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void GroupWords(ulong block, TU c2, TU k0, TU k1, out TU x0, out TU x1, out TU x2, out TU x3)
    {
        uint lo = (uint)block;
        TU c0 = TL.Iota(lo);
        // A group can straddle a 2³² block boundary: those lanes carry into counter word 1.
        TU carry = TL.GreaterThanSigned(TL.SplatU(lo ^ 0x8000_0000u), TL.XorU(c0, TL.SplatU(0x8000_0000u)));
        TU c1 = TL.SubU(TL.SplatU((uint)(block >> 32)), carry);
        TU c3 = TL.SplatU(0);
        // Round r's key is the hoisted base plus the constant r·W: one add per key, no key table to reload.
        Round(ref c0, ref c1, ref c2, ref c3, k0, k1);
        Round(ref c0, ref c1, ref c2, ref c3, TL.AddU(k0, TL.SplatU(unchecked(1u * Philox4x32.W0))), TL.AddU(k1, TL.SplatU(unchecked(1u * Philox4x32.W1))));
        Round(ref c0, ref c1, ref c2, ref c3, TL.AddU(k0, TL.SplatU(unchecked(2u * Philox4x32.W0))), TL.AddU(k1, TL.SplatU(unchecked(2u * Philox4x32.W1))));
        Round(ref c0, ref c1, ref c2, ref c3, TL.AddU(k0, TL.SplatU(unchecked(3u * Philox4x32.W0))), TL.AddU(k1, TL.SplatU(unchecked(3u * Philox4x32.W1))));
        Round(ref c0, ref c1, ref c2, ref c3, TL.AddU(k0, TL.SplatU(unchecked(4u * Philox4x32.W0))), TL.AddU(k1, TL.SplatU(unchecked(4u * Philox4x32.W1))));
        Round(ref c0, ref c1, ref c2, ref c3, TL.AddU(k0, TL.SplatU(unchecked(5u * Philox4x32.W0))), TL.AddU(k1, TL.SplatU(unchecked(5u * Philox4x32.W1))));
        Round(ref c0, ref c1, ref c2, ref c3, TL.AddU(k0, TL.SplatU(unchecked(6u * Philox4x32.W0))), TL.AddU(k1, TL.SplatU(unchecked(6u * Philox4x32.W1))));
        Round(ref c0, ref c1, ref c2, ref c3, TL.AddU(k0, TL.SplatU(unchecked(7u * Philox4x32.W0))), TL.AddU(k1, TL.SplatU(unchecked(7u * Philox4x32.W1))));
        Round(ref c0, ref c1, ref c2, ref c3, TL.AddU(k0, TL.SplatU(unchecked(8u * Philox4x32.W0))), TL.AddU(k1, TL.SplatU(unchecked(8u * Philox4x32.W1))));
        Round(ref c0, ref c1, ref c2, ref c3, TL.AddU(k0, TL.SplatU(unchecked(9u * Philox4x32.W0))), TL.AddU(k1, TL.SplatU(unchecked(9u * Philox4x32.W1))));
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
    internal static TF SignOne(TU x) => TL.AsFloat(TL.OrU(TL.AndU(x, TL.SplatU(0x8000_0000u)), TL.SplatU(0x3F80_0000u)));

    /// <summary>r = √(−2 ln u1) with u1 = ((x &gt;&gt; 8) + 1)·2⁻²⁴; see <see cref="PortableMath.Log"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static TF Radius(TU x)
    {
        TF u = TL.Mul(TL.IntToFloat(TL.AddU(TL.ShiftRight(x, 8), TL.SplatU(1))), TL.Splat(1f / 16777216f));
        TU bits = TL.AsUInt(u);
        TU e = TL.SubU(TL.ShiftRight(bits, 23), TL.SplatU(127));
        TU mbits = TL.OrU(TL.AndU(bits, TL.SplatU(0x007F_FFFFu)), TL.SplatU(0x3F80_0000u));
        TU big = TL.GreaterThanSigned(mbits, TL.SplatU(PortableMath.Sqrt2Bits));
        mbits = TL.SubU(mbits, TL.AndU(big, TL.SplatU(0x0080_0000u)));
        e = TL.SubU(e, big);
        TF f = TL.Sub(TL.AsFloat(mbits), TL.Splat(1f));
        TF p = TL.Splat(K.Ln9);
        p = TL.Fma(p, f, TL.Splat(K.Ln8));
        p = TL.Fma(p, f, TL.Splat(K.Ln7));
        p = TL.Fma(p, f, TL.Splat(K.Ln6));
        p = TL.Fma(p, f, TL.Splat(K.Ln5));
        p = TL.Fma(p, f, TL.Splat(K.Ln4));
        p = TL.Fma(p, f, TL.Splat(K.Ln3));
        p = TL.Fma(p, f, TL.Splat(K.Ln2));
        p = TL.Fma(p, f, TL.Splat(K.Ln1));
        p = TL.Fma(p, f, TL.Splat(K.Ln0));
        TF lnm = TL.Mul(f, p);
        TF ef = TL.IntToFloat(e);
        TF ln = TL.Fma(ef, TL.Splat(K.Ln2Hi), TL.Fma(ef, TL.Splat(K.Ln2Lo), lnm));
        return TL.Sqrt(TL.Mul(ln, TL.Splat(-2f)));
    }

    /// <summary>cos and sin of 2π·n·2⁻²⁴; see <see cref="PortableMath.SinCosTurns24"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void SinCosTurns24(TU n, out TF cos, out TF sin)
    {
        TU k = TL.ShiftRight(TL.AddU(n, TL.SplatU(1u << 21)), 22);
        TU rem = TL.SubU(n, TL.ShiftLeft(k, 22));
        TF t = TL.Mul(TL.IntToFloat(rem), TL.Splat(1f / 16777216f));
        TF t2 = TL.Mul(t, t);
        TF pc = TL.Splat(K.Cos5);
        pc = TL.Fma(pc, t2, TL.Splat(K.Cos4));
        pc = TL.Fma(pc, t2, TL.Splat(K.Cos3));
        pc = TL.Fma(pc, t2, TL.Splat(K.Cos2));
        pc = TL.Fma(pc, t2, TL.Splat(K.Cos1));
        TF c = TL.Fma(pc, t2, TL.Splat(K.Cos0));
        TF ps = TL.Splat(K.Sin4);
        ps = TL.Fma(ps, t2, TL.Splat(K.Sin3));
        ps = TL.Fma(ps, t2, TL.Splat(K.Sin2));
        ps = TL.Fma(ps, t2, TL.Splat(K.Sin1));
        ps = TL.Fma(ps, t2, TL.Splat(K.Sin0));
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
