using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using ZoEngine.Noise;

namespace ZoEngine.Cpu.Simd;

/// <summary>
/// The AVX2 form of <see cref="NoiseKernel256"/>: Philox on 64-bit lanes (two chains of 4 blocks), the same bits as
/// <see cref="NoiseKernel{TL, TU, TF}"/> at <see cref="Lanes256"/>, whose Box–Muller math and transpose it reuses.
/// </summary>
internal static unsafe class NoiseKernel256
{
    private const int Count = 8;

    /// <summary>Whether this machine runs the kernel in hardware (otherwise the generic 512-bit kernel is used).</summary>
    public static bool IsSupported => Avx2.IsSupported;

    /// <summary>The generic kernel's <c>Generate</c> for 8 blocks per group. // dst: [32 · groups]</summary>
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
        var cv = Vector256.Create(coefficient);
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
        var cv = Vector256.Create(coefficient);
        var key = new Key(seed, tensorId);
        for (int g = 0; g < groups; g++, dst += 4 * Count)
        {
            Gaussian(firstBlock + (ulong)(g * Count), key, out var z0, out var z1, out var z2, out var z3);
            Vector256.FusedMultiplyAdd(cv, z0, Vector256.Load(dst)).Store(dst);
            Vector256.FusedMultiplyAdd(cv, z1, Vector256.Load(dst + Count)).Store(dst + Count);
            Vector256.FusedMultiplyAdd(cv, z2, Vector256.Load(dst + 2 * Count)).Store(dst + 2 * Count);
            Vector256.FusedMultiplyAdd(cv, z3, Vector256.Load(dst + 3 * Count)).Store(dst + 3 * Count);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static void GaussianAddProduct(ulong seed, uint tensorId, ulong firstBlock, int groups, float* dst, float coefficient)
    {
        var cv = Vector256.Create(coefficient);
        var key = new Key(seed, tensorId);
        for (int g = 0; g < groups; g++, dst += 4 * Count)
        {
            Gaussian(firstBlock + (ulong)(g * Count), key, out var z0, out var z1, out var z2, out var z3);
            (Vector256.Load(dst) + cv * z0).Store(dst);
            (Vector256.Load(dst + Count) + cv * z1).Store(dst + Count);
            (Vector256.Load(dst + 2 * Count) + cv * z2).Store(dst + 2 * Count);
            (Vector256.Load(dst + 3 * Count) + cv * z3).Store(dst + 3 * Count);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static void RademacherSet(ulong seed, uint tensorId, ulong firstBlock, int groups, float* dst, float coefficient)
    {
        var cv = Vector256.Create(coefficient);
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
        var cv = Vector256.Create(coefficient);
        var key = new Key(seed, tensorId);
        for (int g = 0; g < groups; g++, dst += 4 * Count)
        {
            Rademacher(firstBlock + (ulong)(g * Count), key, out var z0, out var z1, out var z2, out var z3);
            Vector256.FusedMultiplyAdd(cv, z0, Vector256.Load(dst)).Store(dst);
            Vector256.FusedMultiplyAdd(cv, z1, Vector256.Load(dst + Count)).Store(dst + Count);
            Vector256.FusedMultiplyAdd(cv, z2, Vector256.Load(dst + 2 * Count)).Store(dst + 2 * Count);
            Vector256.FusedMultiplyAdd(cv, z3, Vector256.Load(dst + 3 * Count)).Store(dst + 3 * Count);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static void RademacherAddProduct(ulong seed, uint tensorId, ulong firstBlock, int groups, float* dst, float coefficient)
    {
        var cv = Vector256.Create(coefficient);
        var key = new Key(seed, tensorId);
        for (int g = 0; g < groups; g++, dst += 4 * Count)
        {
            Rademacher(firstBlock + (ulong)(g * Count), key, out var z0, out var z1, out var z2, out var z3);
            (Vector256.Load(dst) + cv * z0).Store(dst);
            (Vector256.Load(dst + Count) + cv * z1).Store(dst + Count);
            (Vector256.Load(dst + 2 * Count) + cv * z2).Store(dst + 2 * Count);
            (Vector256.Load(dst + 3 * Count) + cv * z3).Store(dst + 3 * Count);
        }
    }

    /// <summary>The raw Philox words of blocks [firstBlock, firstBlock + 8·groups), in element order. // dst: [32 · groups]</summary>
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
    private static void Gaussian(ulong block, in Key key, out Vector256<float> z0, out Vector256<float> z1, out Vector256<float> z2, out Vector256<float> z3)
    {
        GroupWords(block, key, out var x0, out var x1, out var x2, out var x3);
        NoiseKernel<Lanes256, Vector256<uint>, Vector256<float>>.BoxMuller(x0, x1, x2, x3, out var g0, out var g1, out var g2, out var g3);
        Transpose4(g0, g1, g2, g3, out z0, out z1, out z2, out z3);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Rademacher(ulong block, in Key key, out Vector256<float> z0, out Vector256<float> z1, out Vector256<float> z2, out Vector256<float> z3)
    {
        GroupWords(block, key, out var x0, out var x1, out var x2, out var x3);
        Transpose4(
            NoiseKernel<Lanes256, Vector256<uint>, Vector256<float>>.SignOne(x0),
            NoiseKernel<Lanes256, Vector256<uint>, Vector256<float>>.SignOne(x1),
            NoiseKernel<Lanes256, Vector256<uint>, Vector256<float>>.SignOne(x2),
            NoiseKernel<Lanes256, Vector256<uint>, Vector256<float>>.SignOne(x3),
            out z0, out z1, out z2, out z3);
    }

    /// <summary>The Philox words of blocks [block, block + 8), block i in 32-bit lane i.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void GroupWords(ulong block, in Key key, out Vector256<uint> x0, out Vector256<uint> x1, out Vector256<uint> x2, out Vector256<uint> x3)
    {
        // Chain a holds blocks block..block+3, chain b block+4..block+7, one per 64-bit lane.
        var a0 = Vector256.Create(block) + Vector256<ulong>.Indices;
        var b0 = a0 + Vector256.Create(4UL);
        var a1 = Vector256.ShiftRightLogical(a0, 32);
        var b1 = Vector256.ShiftRightLogical(b0, 32);
        var a2 = key.Counter2;
        var b2 = a2;
        var a3 = Vector256<ulong>.Zero;
        var b3 = a3;
        // Round r's key pair (k0 + r·W0, k1 + r·W1) shares one 64-bit lane, k0 in the low word: one 32-bit add of a
        // constant to the hoisted seed makes it, and one register holds it (the AVX2 kernel has only 16).
        var k = key.Seed;
        Round(ref a0, ref a1, ref a2, ref a3, ref b0, ref b1, ref b2, ref b3, k);
        Round(ref a0, ref a1, ref a2, ref a3, ref b0, ref b1, ref b2, ref b3, (k.AsUInt32() + Vector256.Create((ulong)unchecked(1u * Philox4x32.W1) << 32 | unchecked(1u * Philox4x32.W0)).AsUInt32()).AsUInt64());
        Round(ref a0, ref a1, ref a2, ref a3, ref b0, ref b1, ref b2, ref b3, (k.AsUInt32() + Vector256.Create((ulong)unchecked(2u * Philox4x32.W1) << 32 | unchecked(2u * Philox4x32.W0)).AsUInt32()).AsUInt64());
        Round(ref a0, ref a1, ref a2, ref a3, ref b0, ref b1, ref b2, ref b3, (k.AsUInt32() + Vector256.Create((ulong)unchecked(3u * Philox4x32.W1) << 32 | unchecked(3u * Philox4x32.W0)).AsUInt32()).AsUInt64());
        Round(ref a0, ref a1, ref a2, ref a3, ref b0, ref b1, ref b2, ref b3, (k.AsUInt32() + Vector256.Create((ulong)unchecked(4u * Philox4x32.W1) << 32 | unchecked(4u * Philox4x32.W0)).AsUInt32()).AsUInt64());
        Round(ref a0, ref a1, ref a2, ref a3, ref b0, ref b1, ref b2, ref b3, (k.AsUInt32() + Vector256.Create((ulong)unchecked(5u * Philox4x32.W1) << 32 | unchecked(5u * Philox4x32.W0)).AsUInt32()).AsUInt64());
        Round(ref a0, ref a1, ref a2, ref a3, ref b0, ref b1, ref b2, ref b3, (k.AsUInt32() + Vector256.Create((ulong)unchecked(6u * Philox4x32.W1) << 32 | unchecked(6u * Philox4x32.W0)).AsUInt32()).AsUInt64());
        Round(ref a0, ref a1, ref a2, ref a3, ref b0, ref b1, ref b2, ref b3, (k.AsUInt32() + Vector256.Create((ulong)unchecked(7u * Philox4x32.W1) << 32 | unchecked(7u * Philox4x32.W0)).AsUInt32()).AsUInt64());
        Round(ref a0, ref a1, ref a2, ref a3, ref b0, ref b1, ref b2, ref b3, (k.AsUInt32() + Vector256.Create((ulong)unchecked(8u * Philox4x32.W1) << 32 | unchecked(8u * Philox4x32.W0)).AsUInt32()).AsUInt64());
        Round(ref a0, ref a1, ref a2, ref a3, ref b0, ref b1, ref b2, ref b3, (k.AsUInt32() + Vector256.Create((ulong)unchecked(9u * Philox4x32.W1) << 32 | unchecked(9u * Philox4x32.W0)).AsUInt32()).AsUInt64());
        // The low dword of each 64-bit lane is the word; block i lands in 32-bit lane i.
        x0 = Pack(a0, b0);
        x1 = Pack(a1, b1);
        x2 = Pack(a2, b2);
        x3 = Pack(a3, b3);
    }

    /// <summary>One Philox round on both chains. Only the low 32 bits of each lane are meaningful.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Round(
        ref Vector256<ulong> a0, ref Vector256<ulong> a1, ref Vector256<ulong> a2, ref Vector256<ulong> a3,
        ref Vector256<ulong> b0, ref Vector256<ulong> b1, ref Vector256<ulong> b2, ref Vector256<ulong> b3,
        Vector256<ulong> kv)
    {
        var m0 = Vector256.Create((ulong)Philox4x32.M0).AsUInt32();
        var m1 = Vector256.Create((ulong)Philox4x32.M1).AsUInt32();
        var pa0 = Avx2.Multiply(a0.AsUInt32(), m0);
        var pb0 = Avx2.Multiply(b0.AsUInt32(), m0);
        var pa2 = Avx2.Multiply(a2.AsUInt32(), m1);
        var pb2 = Avx2.Multiply(b2.AsUInt32(), m1);
        // kv's low word is k0, its high word k1: x ^ kv then x >> 32 xors hi32(p0) with k1 in the low word.
        a0 = Vector256.ShiftRightLogical(pa2, 32) ^ a1 ^ kv;
        b0 = Vector256.ShiftRightLogical(pb2, 32) ^ b1 ^ kv;
        a2 = Vector256.ShiftRightLogical(pa0 ^ kv, 32) ^ a3;
        b2 = Vector256.ShiftRightLogical(pb0 ^ kv, 32) ^ b3;
        a1 = pa2;
        b1 = pb2;
        a3 = pa0;
        b3 = pb0;
    }

    /// <summary>The loop-invariant vectors of a pass: the key words and counter word 2 (the tensor id), one per 64-bit lane.</summary>
    private readonly struct Key(ulong seed, uint tensorId)
    {
        /// <summary>(k0, k1) = (lo32(seed), hi32(seed)) is the seed itself as a 64-bit lane.</summary>
        public readonly Vector256<ulong> Seed = Vector256.Create(seed);
        public readonly Vector256<ulong> Counter2 = Vector256.Create((ulong)tensorId);
    }

    /// <summary>Low dwords of a's and b's 64-bit lanes, a's first: one in-lane shuffle, one cross-lane permute.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<uint> Pack(Vector256<ulong> a, Vector256<ulong> b)
    {
        var s = Avx.Shuffle(a.AsSingle(), b.AsSingle(), 0b10_00_10_00); // a0 a1 b0 b1 | a2 a3 b2 b3 (blocks)
        return Avx2.Permute4x64(s.AsDouble(), 0b11_01_10_00).AsUInt32();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Transpose4(Vector256<float> a, Vector256<float> b, Vector256<float> c, Vector256<float> d,
        out Vector256<float> e0, out Vector256<float> e1, out Vector256<float> e2, out Vector256<float> e3)
    {
        Lanes256.Transpose4(ref a, ref b, ref c, ref d);
        (e0, e1, e2, e3) = (a, b, c, d);
    }
}
