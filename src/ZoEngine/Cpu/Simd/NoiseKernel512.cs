using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using ZoEngine.Noise;

namespace ZoEngine.Cpu.Simd;

/// <summary>
/// The AVX-512 form of <see cref="NoiseKernel{TL, TU, TF}"/>: the same elements, the same bits, faster.
/// <list type="bullet">
/// <item>Philox runs on 64-bit lanes. <c>vpmuludq</c> multiplies the low 32 bits of each 64-bit lane into a full
/// 64-bit product, so the high word is one shift away and the low word needs no move at all: the upper halves of the
/// lanes carry junk that no later multiply reads and the final pack drops. A group of 16 blocks is two independent
/// chains of 8, interleaved so that the multiplier latency of one hides behind the other.</item>
/// <item>The 64-bit lanes make the block counter a 64-bit add: the carry into counter word 1 is free.</item>
/// <item>Packing the chains into 32-bit lanes and the 4×4 word transpose are two-source permutes
/// (<c>vpermt2d</c>/<c>vpermt2q</c>): 4 + 8 instructions, no stack temporaries.</item>
/// </list>
/// The Box–Muller math is <see cref="NoiseKernel{TL, TU, TF}"/>'s, at <see cref="Lanes512"/>.
/// </summary>
internal static unsafe class NoiseKernel512
{
    private const int Count = 16;

    /// <summary>Whether this machine runs the kernel in hardware (otherwise the generic 512-bit kernel is used).</summary>
    public static bool IsSupported => Avx512F.IsSupported;

    /// <summary>The generic kernel's <c>Generate</c> for 16 blocks per group. // dst: [64 · groups]</summary>
    public static void Generate(NoiseKind kind, ulong seed, uint tensorId, ulong firstBlock, int groups, float* dst, float coefficient, NoiseStore store)
    {
        if (kind == NoiseKind.Gaussian)
        {
            switch (store)
            {
                case NoiseStore.Set: GaussianSet(seed, tensorId, firstBlock, groups, dst, coefficient); break;
                case NoiseStore.Fma: GaussianFma(seed, tensorId, firstBlock, groups, dst, coefficient); break;
                default: GaussianAddProduct(seed, tensorId, firstBlock, groups, dst, coefficient); break;
            }
        }
        else
        {
            switch (store)
            {
                case NoiseStore.Set: RademacherSet(seed, tensorId, firstBlock, groups, dst, coefficient); break;
                case NoiseStore.Fma: RademacherFma(seed, tensorId, firstBlock, groups, dst, coefficient); break;
                default: RademacherAddProduct(seed, tensorId, firstBlock, groups, dst, coefficient); break;
            }
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static void GaussianSet(ulong seed, uint tensorId, ulong firstBlock, int groups, float* dst, float coefficient)
    {
        var cv = Vector512.Create(coefficient);
        var key = new Key(seed, tensorId);
        for (int g = 0; g < groups; g++, dst += 4 * Count)
        {
            Gaussian(firstBlock + (ulong)(g * Count), key, out var z0, out var z1, out var z2, out var z3);
            (cv * z0).Store(dst);
            (cv * z1).Store(dst + Count);
            (cv * z2).Store(dst + 2 * Count);
            (cv * z3).Store(dst + 3 * Count);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static void GaussianFma(ulong seed, uint tensorId, ulong firstBlock, int groups, float* dst, float coefficient)
    {
        var cv = Vector512.Create(coefficient);
        var key = new Key(seed, tensorId);
        for (int g = 0; g < groups; g++, dst += 4 * Count)
        {
            Gaussian(firstBlock + (ulong)(g * Count), key, out var z0, out var z1, out var z2, out var z3);
            Vector512.FusedMultiplyAdd(cv, z0, Vector512.Load(dst)).Store(dst);
            Vector512.FusedMultiplyAdd(cv, z1, Vector512.Load(dst + Count)).Store(dst + Count);
            Vector512.FusedMultiplyAdd(cv, z2, Vector512.Load(dst + 2 * Count)).Store(dst + 2 * Count);
            Vector512.FusedMultiplyAdd(cv, z3, Vector512.Load(dst + 3 * Count)).Store(dst + 3 * Count);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static void GaussianAddProduct(ulong seed, uint tensorId, ulong firstBlock, int groups, float* dst, float coefficient)
    {
        var cv = Vector512.Create(coefficient);
        var key = new Key(seed, tensorId);
        for (int g = 0; g < groups; g++, dst += 4 * Count)
        {
            Gaussian(firstBlock + (ulong)(g * Count), key, out var z0, out var z1, out var z2, out var z3);
            (Vector512.Load(dst) + cv * z0).Store(dst);
            (Vector512.Load(dst + Count) + cv * z1).Store(dst + Count);
            (Vector512.Load(dst + 2 * Count) + cv * z2).Store(dst + 2 * Count);
            (Vector512.Load(dst + 3 * Count) + cv * z3).Store(dst + 3 * Count);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static void RademacherSet(ulong seed, uint tensorId, ulong firstBlock, int groups, float* dst, float coefficient)
    {
        var cv = Vector512.Create(coefficient);
        var key = new Key(seed, tensorId);
        for (int g = 0; g < groups; g++, dst += 4 * Count)
        {
            Rademacher(firstBlock + (ulong)(g * Count), key, out var z0, out var z1, out var z2, out var z3);
            (cv * z0).Store(dst);
            (cv * z1).Store(dst + Count);
            (cv * z2).Store(dst + 2 * Count);
            (cv * z3).Store(dst + 3 * Count);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static void RademacherFma(ulong seed, uint tensorId, ulong firstBlock, int groups, float* dst, float coefficient)
    {
        var cv = Vector512.Create(coefficient);
        var key = new Key(seed, tensorId);
        for (int g = 0; g < groups; g++, dst += 4 * Count)
        {
            Rademacher(firstBlock + (ulong)(g * Count), key, out var z0, out var z1, out var z2, out var z3);
            Vector512.FusedMultiplyAdd(cv, z0, Vector512.Load(dst)).Store(dst);
            Vector512.FusedMultiplyAdd(cv, z1, Vector512.Load(dst + Count)).Store(dst + Count);
            Vector512.FusedMultiplyAdd(cv, z2, Vector512.Load(dst + 2 * Count)).Store(dst + 2 * Count);
            Vector512.FusedMultiplyAdd(cv, z3, Vector512.Load(dst + 3 * Count)).Store(dst + 3 * Count);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static void RademacherAddProduct(ulong seed, uint tensorId, ulong firstBlock, int groups, float* dst, float coefficient)
    {
        var cv = Vector512.Create(coefficient);
        var key = new Key(seed, tensorId);
        for (int g = 0; g < groups; g++, dst += 4 * Count)
        {
            Rademacher(firstBlock + (ulong)(g * Count), key, out var z0, out var z1, out var z2, out var z3);
            (Vector512.Load(dst) + cv * z0).Store(dst);
            (Vector512.Load(dst + Count) + cv * z1).Store(dst + Count);
            (Vector512.Load(dst + 2 * Count) + cv * z2).Store(dst + 2 * Count);
            (Vector512.Load(dst + 3 * Count) + cv * z3).Store(dst + 3 * Count);
        }
    }

    /// <summary>The raw Philox words of blocks [firstBlock, firstBlock + 16·groups), in element order. // dst: [64 · groups]</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    public static void Words(ulong seed, uint tensorId, ulong firstBlock, int groups, uint* dst)
    {
        var key = new Key(seed, tensorId);
        for (int g = 0; g < groups; g++, dst += 4 * Count)
        {
            GroupWords(firstBlock + (ulong)(g * Count), key, out var x0, out var x1, out var x2, out var x3);
            Transpose4(x0.AsSingle(), x1.AsSingle(), x2.AsSingle(), x3.AsSingle(), out var e0, out var e1, out var e2, out var e3);
            e0.AsUInt32().Store(dst);
            e1.AsUInt32().Store(dst + Count);
            e2.AsUInt32().Store(dst + 2 * Count);
            e3.AsUInt32().Store(dst + 3 * Count);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Gaussian(ulong block, in Key key, out Vector512<float> z0, out Vector512<float> z1, out Vector512<float> z2, out Vector512<float> z3)
    {
        GroupWords(block, key, out var x0, out var x1, out var x2, out var x3);
        NoiseKernel<Lanes512, Vector512<uint>, Vector512<float>>.BoxMuller(x0, x1, x2, x3, out var g0, out var g1, out var g2, out var g3);
        Transpose4(g0, g1, g2, g3, out z0, out z1, out z2, out z3);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Rademacher(ulong block, in Key key, out Vector512<float> z0, out Vector512<float> z1, out Vector512<float> z2, out Vector512<float> z3)
    {
        GroupWords(block, key, out var x0, out var x1, out var x2, out var x3);
        Transpose4(
            NoiseKernel<Lanes512, Vector512<uint>, Vector512<float>>.SignOne(x0),
            NoiseKernel<Lanes512, Vector512<uint>, Vector512<float>>.SignOne(x1),
            NoiseKernel<Lanes512, Vector512<uint>, Vector512<float>>.SignOne(x2),
            NoiseKernel<Lanes512, Vector512<uint>, Vector512<float>>.SignOne(x3),
            out z0, out z1, out z2, out z3);
    }

    /// <summary>The Philox words of blocks [block, block + 16), block i in 32-bit lane i.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void GroupWords(ulong block, in Key key, out Vector512<uint> x0, out Vector512<uint> x1, out Vector512<uint> x2, out Vector512<uint> x3)
    {
        // Chain a holds blocks block..block+7, chain b block+8..block+15, one per 64-bit lane.
        var a0 = Vector512.Create(block) + Vector512<ulong>.Indices;
        var b0 = a0 + Vector512.Create(8UL);
        var a1 = Vector512.ShiftRightLogical(a0, 32);
        var b1 = Vector512.ShiftRightLogical(b0, 32);
        var a2 = key.Counter2;
        var b2 = a2;
        var a3 = Vector512<ulong>.Zero;
        var b3 = a3;
        // Round r's key pair (k0 + r·W0, k1 + r·W1) shares one 64-bit lane, k0 in the low word: one 32-bit add of a
        // constant to the hoisted seed makes it, and one register holds it (the AVX2 kernel has only 16).
        var k = key.Seed;
        Round(ref a0, ref a1, ref a2, ref a3, ref b0, ref b1, ref b2, ref b3, k);
        Round(ref a0, ref a1, ref a2, ref a3, ref b0, ref b1, ref b2, ref b3, (k.AsUInt32() + Vector512.Create((ulong)unchecked(1u * Philox4x32.W1) << 32 | unchecked(1u * Philox4x32.W0)).AsUInt32()).AsUInt64());
        Round(ref a0, ref a1, ref a2, ref a3, ref b0, ref b1, ref b2, ref b3, (k.AsUInt32() + Vector512.Create((ulong)unchecked(2u * Philox4x32.W1) << 32 | unchecked(2u * Philox4x32.W0)).AsUInt32()).AsUInt64());
        Round(ref a0, ref a1, ref a2, ref a3, ref b0, ref b1, ref b2, ref b3, (k.AsUInt32() + Vector512.Create((ulong)unchecked(3u * Philox4x32.W1) << 32 | unchecked(3u * Philox4x32.W0)).AsUInt32()).AsUInt64());
        Round(ref a0, ref a1, ref a2, ref a3, ref b0, ref b1, ref b2, ref b3, (k.AsUInt32() + Vector512.Create((ulong)unchecked(4u * Philox4x32.W1) << 32 | unchecked(4u * Philox4x32.W0)).AsUInt32()).AsUInt64());
        Round(ref a0, ref a1, ref a2, ref a3, ref b0, ref b1, ref b2, ref b3, (k.AsUInt32() + Vector512.Create((ulong)unchecked(5u * Philox4x32.W1) << 32 | unchecked(5u * Philox4x32.W0)).AsUInt32()).AsUInt64());
        Round(ref a0, ref a1, ref a2, ref a3, ref b0, ref b1, ref b2, ref b3, (k.AsUInt32() + Vector512.Create((ulong)unchecked(6u * Philox4x32.W1) << 32 | unchecked(6u * Philox4x32.W0)).AsUInt32()).AsUInt64());
        Round(ref a0, ref a1, ref a2, ref a3, ref b0, ref b1, ref b2, ref b3, (k.AsUInt32() + Vector512.Create((ulong)unchecked(7u * Philox4x32.W1) << 32 | unchecked(7u * Philox4x32.W0)).AsUInt32()).AsUInt64());
        Round(ref a0, ref a1, ref a2, ref a3, ref b0, ref b1, ref b2, ref b3, (k.AsUInt32() + Vector512.Create((ulong)unchecked(8u * Philox4x32.W1) << 32 | unchecked(8u * Philox4x32.W0)).AsUInt32()).AsUInt64());
        Round(ref a0, ref a1, ref a2, ref a3, ref b0, ref b1, ref b2, ref b3, (k.AsUInt32() + Vector512.Create((ulong)unchecked(9u * Philox4x32.W1) << 32 | unchecked(9u * Philox4x32.W0)).AsUInt32()).AsUInt64());
        // The low dword of each 64-bit lane is the word; block i lands in 32-bit lane i.
        var even = Vector512.Create(0u, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30);
        x0 = Avx512F.PermuteVar16x32x2(a0.AsUInt32(), even, b0.AsUInt32());
        x1 = Avx512F.PermuteVar16x32x2(a1.AsUInt32(), even, b1.AsUInt32());
        x2 = Avx512F.PermuteVar16x32x2(a2.AsUInt32(), even, b2.AsUInt32());
        x3 = Avx512F.PermuteVar16x32x2(a3.AsUInt32(), even, b3.AsUInt32());
    }

    /// <summary>One Philox round on both chains. Only the low 32 bits of each lane are meaningful.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Round(
        ref Vector512<ulong> a0, ref Vector512<ulong> a1, ref Vector512<ulong> a2, ref Vector512<ulong> a3,
        ref Vector512<ulong> b0, ref Vector512<ulong> b1, ref Vector512<ulong> b2, ref Vector512<ulong> b3,
        Vector512<ulong> kv)
    {
        var m0 = Vector512.Create((ulong)Philox4x32.M0).AsUInt32();
        var m1 = Vector512.Create((ulong)Philox4x32.M1).AsUInt32();
        var pa0 = Avx512F.Multiply(a0.AsUInt32(), m0);
        var pb0 = Avx512F.Multiply(b0.AsUInt32(), m0);
        var pa2 = Avx512F.Multiply(a2.AsUInt32(), m1);
        var pb2 = Avx512F.Multiply(b2.AsUInt32(), m1);
        // kv's low word is k0, its high word k1: x ^ kv then x >> 32 xors hi32(p0) with k1 in the low word.
        a0 = Vector512.ShiftRightLogical(pa2, 32) ^ a1 ^ kv;
        b0 = Vector512.ShiftRightLogical(pb2, 32) ^ b1 ^ kv;
        a2 = Vector512.ShiftRightLogical(pa0 ^ kv, 32) ^ a3;
        b2 = Vector512.ShiftRightLogical(pb0 ^ kv, 32) ^ b3;
        a1 = pa2;
        b1 = pb2;
        a3 = pa0;
        b3 = pb0;
    }

    /// <summary>The loop-invariant vectors of a pass: the key words and counter word 2 (the tensor id), one per 64-bit lane.</summary>
    private readonly struct Key(ulong seed, uint tensorId)
    {
        /// <summary>(k0, k1) = (lo32(seed), hi32(seed)) is the seed itself as a 64-bit lane.</summary>
        public readonly Vector512<ulong> Seed = Vector512.Create(seed);
        public readonly Vector512<ulong> Counter2 = Vector512.Create((ulong)tensorId);
    }

    /// <summary>
    /// Per-block lanes (a = word 0 of blocks 0..15, b = word 1, …) to element order (e0 = elements 0..15 = blocks 0..3,
    /// e1 = blocks 4..7, …): interleave word pairs into 64-bit pairs, then interleave the pairs.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Transpose4(Vector512<float> a, Vector512<float> b, Vector512<float> c, Vector512<float> d,
        out Vector512<float> e0, out Vector512<float> e1, out Vector512<float> e2, out Vector512<float> e3)
    {
        var lo = Vector512.Create(0u, 16, 1, 17, 2, 18, 3, 19, 4, 20, 5, 21, 6, 22, 7, 23);
        var hi = Vector512.Create(8u, 24, 9, 25, 10, 26, 11, 27, 12, 28, 13, 29, 14, 30, 15, 31);
        var ab0 = Avx512F.PermuteVar16x32x2(a.AsUInt32(), lo, b.AsUInt32()).AsUInt64(); // (w0, w1) of blocks 0..7
        var ab1 = Avx512F.PermuteVar16x32x2(a.AsUInt32(), hi, b.AsUInt32()).AsUInt64(); // blocks 8..15
        var cd0 = Avx512F.PermuteVar16x32x2(c.AsUInt32(), lo, d.AsUInt32()).AsUInt64(); // (w2, w3) of blocks 0..7
        var cd1 = Avx512F.PermuteVar16x32x2(c.AsUInt32(), hi, d.AsUInt32()).AsUInt64();
        var qlo = Vector512.Create(0UL, 8, 1, 9, 2, 10, 3, 11);
        var qhi = Vector512.Create(4UL, 12, 5, 13, 6, 14, 7, 15);
        e0 = Avx512F.PermuteVar8x64x2(ab0, qlo, cd0).AsSingle();
        e1 = Avx512F.PermuteVar8x64x2(ab0, qhi, cd0).AsSingle();
        e2 = Avx512F.PermuteVar8x64x2(ab1, qlo, cd1).AsSingle();
        e3 = Avx512F.PermuteVar8x64x2(ab1, qhi, cd1).AsSingle();
    }
}
