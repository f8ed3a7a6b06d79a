using System.Runtime.CompilerServices;
using ZoEngine.Noise;

namespace ZoEngine.Cpu.Simd;

/// <summary>
/// <see cref="NoiseKernel{TL, TU, TF}"/> with Philox on 64-bit lanes, for the widths whose hardware has
/// <c>vpmuludq</c> at that width (AVX-512F at 512 bits, AVX2 at 256): the same elements, the same bits, faster.
/// <list type="bullet">
/// <item><c>vpmuludq</c> multiplies the low 32 bits of each 64-bit lane into a full 64-bit product, so the high word is
/// one shift away and the low word needs no move at all: the upper halves of the lanes carry junk that no later
/// multiply reads and the final pack drops. A group of Count blocks is two independent chains of Count/2, interleaved
/// so that the multiplier latency of one hides behind the other.</item>
/// <item>The 64-bit lanes make the block counter a 64-bit add: the carry into counter word 1 is free.</item>
/// <item>The round key pair shares one 64-bit lane, so a round needs one key register (AVX2 has 16 in all).</item>
/// <item>Packing the chains into 32-bit lanes and the 4×4 word transpose are the width's
/// <see cref="IWideLanes{TQ, TU, TF}.PackLowWords"/> and <see cref="IWideLanes{TQ, TU, TF}.TransposeWide"/>.</item>
/// </list>
/// The Box–Muller math is <see cref="NoiseKernel{TL, TU, TF}"/>'s. Each (kind, store) pair has its own loop in a method
/// that is never inlined and is compiled fully optimised at once, as there.
/// </summary>
internal static unsafe class NoiseKernelWide<TL, TQ, TU, TF>
    where TL : struct, IWideLanes<TQ, TU, TF>
    where TQ : unmanaged
    where TU : unmanaged
    where TF : unmanaged
{
    /// <summary>Whether this machine runs the kernel in hardware (otherwise <see cref="NoiseKernel{TL, TU, TF}"/> is used).</summary>
    public static bool IsSupported => TL.IsWideSupported;

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
        var key = new Key(seed, tensorId);
        for (int g = 0; g < groups; g++, dst += 4 * w)
        {
            TG.Elements(firstBlock + (ulong)(g * w), key, out TF z0, out TF z1, out TF z2, out TF z3);
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
        var key = new Key(seed, tensorId);
        for (int g = 0; g < groups; g++, dst += 4 * w)
        {
            TG.Elements(firstBlock + (ulong)(g * w), key, out TF z0, out TF z1, out TF z2, out TF z3);
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
        var key = new Key(seed, tensorId);
        for (int g = 0; g < groups; g++, dst += 4 * w)
        {
            TG.Elements(firstBlock + (ulong)(g * w), key, out TF z0, out TF z1, out TF z2, out TF z3);
            TL.Store(dst, TL.Add(TL.Load(dst), TL.Mul(cv, z0)));
            TL.Store(dst + w, TL.Add(TL.Load(dst + w), TL.Mul(cv, z1)));
            TL.Store(dst + 2 * w, TL.Add(TL.Load(dst + 2 * w), TL.Mul(cv, z2)));
            TL.Store(dst + 3 * w, TL.Add(TL.Load(dst + 3 * w), TL.Mul(cv, z3)));
        }
    }

    /// <summary>A noise kind's elements of one group, in element order.</summary>
    private interface IGroup
    {
        static abstract void Elements(ulong block, in Key key, out TF z0, out TF z1, out TF z2, out TF z3);
    }

    private readonly struct GaussianGroup : IGroup
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void Elements(ulong block, in Key key, out TF z0, out TF z1, out TF z2, out TF z3)
            => Gaussian(block, key, out z0, out z1, out z2, out z3);
    }

    private readonly struct RademacherGroup : IGroup
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void Elements(ulong block, in Key key, out TF z0, out TF z1, out TF z2, out TF z3)
            => Rademacher(block, key, out z0, out z1, out z2, out z3);
    }

    /// <summary>The raw Philox words of blocks [firstBlock, firstBlock + groups·Count), in element order. // dst: [4 · groups · Count]</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    public static void Words(ulong seed, uint tensorId, ulong firstBlock, int groups, uint* dst)
    {
        int w = TL.Count;
        var key = new Key(seed, tensorId);
        for (int g = 0; g < groups; g++, dst += 4 * w)
        {
            GroupWords(firstBlock + (ulong)(g * w), key, out TU x0, out TU x1, out TU x2, out TU x3);
            TL.TransposeWide(TL.AsFloat(x0), TL.AsFloat(x1), TL.AsFloat(x2), TL.AsFloat(x3), out TF e0, out TF e1, out TF e2, out TF e3);
            float* f = (float*)dst;
            TL.Store(f, e0);
            TL.Store(f + w, e1);
            TL.Store(f + 2 * w, e2);
            TL.Store(f + 3 * w, e3);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Gaussian(ulong block, in Key key, out TF z0, out TF z1, out TF z2, out TF z3)
    {
        GroupWords(block, key, out TU x0, out TU x1, out TU x2, out TU x3);
        NoiseKernel<TL, TU, TF>.BoxMuller(x0, x1, x2, x3, out TF g0, out TF g1, out TF g2, out TF g3);
        TL.TransposeWide(g0, g1, g2, g3, out z0, out z1, out z2, out z3);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Rademacher(ulong block, in Key key, out TF z0, out TF z1, out TF z2, out TF z3)
    {
        GroupWords(block, key, out TU x0, out TU x1, out TU x2, out TU x3);
        TL.TransposeWide(
            NoiseKernel<TL, TU, TF>.SignOne(x0), NoiseKernel<TL, TU, TF>.SignOne(x1),
            NoiseKernel<TL, TU, TF>.SignOne(x2), NoiseKernel<TL, TU, TF>.SignOne(x3),
            out z0, out z1, out z2, out z3);
    }

    /// <summary>The Philox words of blocks [block, block + Count), block i in 32-bit lane i.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void GroupWords(ulong block, in Key key, out TU x0, out TU x1, out TU x2, out TU x3)
    {
        // Chain a holds blocks block..block+Count/2−1, chain b the rest, one per 64-bit lane.
        TQ a0 = TL.IotaQ(block);
        TQ b0 = TL.AddQ(a0, TL.SplatQ((ulong)(TL.Count / 2)));
        TQ a1 = TL.HighWord(a0);
        TQ b1 = TL.HighWord(b0);
        TQ a2 = key.Counter2;
        TQ b2 = a2;
        TQ a3 = TL.SplatQ(0);
        TQ b3 = a3;
        // Round r's key pair (k0 + r·W0, k1 + r·W1) shares one 64-bit lane, k0 in the low word: one 32-bit add of a
        // constant to the hoisted seed makes it, and one register holds it (AVX2 has 16 vector registers in all).
        TQ k = key.Seed;
        Round(ref a0, ref a1, ref a2, ref a3, ref b0, ref b1, ref b2, ref b3, k);
        Round(ref a0, ref a1, ref a2, ref a3, ref b0, ref b1, ref b2, ref b3, TL.AddWords(k, TL.SplatQ((ulong)unchecked(1u * Philox4x32.W1) << 32 | unchecked(1u * Philox4x32.W0))));
        Round(ref a0, ref a1, ref a2, ref a3, ref b0, ref b1, ref b2, ref b3, TL.AddWords(k, TL.SplatQ((ulong)unchecked(2u * Philox4x32.W1) << 32 | unchecked(2u * Philox4x32.W0))));
        Round(ref a0, ref a1, ref a2, ref a3, ref b0, ref b1, ref b2, ref b3, TL.AddWords(k, TL.SplatQ((ulong)unchecked(3u * Philox4x32.W1) << 32 | unchecked(3u * Philox4x32.W0))));
        Round(ref a0, ref a1, ref a2, ref a3, ref b0, ref b1, ref b2, ref b3, TL.AddWords(k, TL.SplatQ((ulong)unchecked(4u * Philox4x32.W1) << 32 | unchecked(4u * Philox4x32.W0))));
        Round(ref a0, ref a1, ref a2, ref a3, ref b0, ref b1, ref b2, ref b3, TL.AddWords(k, TL.SplatQ((ulong)unchecked(5u * Philox4x32.W1) << 32 | unchecked(5u * Philox4x32.W0))));
        Round(ref a0, ref a1, ref a2, ref a3, ref b0, ref b1, ref b2, ref b3, TL.AddWords(k, TL.SplatQ((ulong)unchecked(6u * Philox4x32.W1) << 32 | unchecked(6u * Philox4x32.W0))));
        Round(ref a0, ref a1, ref a2, ref a3, ref b0, ref b1, ref b2, ref b3, TL.AddWords(k, TL.SplatQ((ulong)unchecked(7u * Philox4x32.W1) << 32 | unchecked(7u * Philox4x32.W0))));
        Round(ref a0, ref a1, ref a2, ref a3, ref b0, ref b1, ref b2, ref b3, TL.AddWords(k, TL.SplatQ((ulong)unchecked(8u * Philox4x32.W1) << 32 | unchecked(8u * Philox4x32.W0))));
        Round(ref a0, ref a1, ref a2, ref a3, ref b0, ref b1, ref b2, ref b3, TL.AddWords(k, TL.SplatQ((ulong)unchecked(9u * Philox4x32.W1) << 32 | unchecked(9u * Philox4x32.W0))));
        // The low word of each 64-bit lane is the Philox word; block i lands in 32-bit lane i.
        x0 = TL.PackLowWords(a0, b0);
        x1 = TL.PackLowWords(a1, b1);
        x2 = TL.PackLowWords(a2, b2);
        x3 = TL.PackLowWords(a3, b3);
    }

    /// <summary>One Philox round on both chains. Only the low 32 bits of each lane are meaningful.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Round(ref TQ a0, ref TQ a1, ref TQ a2, ref TQ a3, ref TQ b0, ref TQ b1, ref TQ b2, ref TQ b3, TQ kv)
    {
        TQ m0 = TL.SplatQ(Philox4x32.M0);
        TQ m1 = TL.SplatQ(Philox4x32.M1);
        TQ pa0 = TL.MulLowWords(a0, m0);
        TQ pb0 = TL.MulLowWords(b0, m0);
        TQ pa2 = TL.MulLowWords(a2, m1);
        TQ pb2 = TL.MulLowWords(b2, m1);
        // kv's low word is k0, its high word k1: x ^ kv then x >> 32 xors hi32(p0) with k1 in the low word.
        a0 = TL.XorQ(TL.XorQ(TL.HighWord(pa2), a1), kv);
        b0 = TL.XorQ(TL.XorQ(TL.HighWord(pb2), b1), kv);
        a2 = TL.XorQ(TL.HighWord(TL.XorQ(pa0, kv)), a3);
        b2 = TL.XorQ(TL.HighWord(TL.XorQ(pb0, kv)), b3);
        a1 = pa2;
        b1 = pb2;
        a3 = pa0;
        b3 = pb0;
    }

    /// <summary>The loop-invariant vectors of a pass: the key pair and counter word 2 (the tensor id), one per 64-bit lane.</summary>
    private readonly struct Key(ulong seed, uint tensorId)
    {
        /// <summary>(k0, k1) = (lo32(seed), hi32(seed)) is the seed itself as a 64-bit lane.</summary>
        public readonly TQ Seed = TL.SplatQ(seed);
        public readonly TQ Counter2 = TL.SplatQ(tensorId);
    }
}
