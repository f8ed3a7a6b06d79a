using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace ZoEngine.Cpu.Simd;

/// <summary>The 512-bit width's 64-bit-lane operations, in AVX-512F instructions.</summary>
internal readonly partial struct Lanes512 : IWideLanes<Vector512<ulong>, Vector512<uint>, Vector512<float>>
{
    public static bool IsWideSupported => Avx512F.IsSupported;

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<ulong> SplatQ(ulong value) => Vector512.Create(value);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<ulong> IotaQ(ulong start) => Vector512.Create(start) + Vector512<ulong>.Indices;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<ulong> AddQ(Vector512<ulong> a, Vector512<ulong> b) => a + b;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<ulong> AddWords(Vector512<ulong> a, Vector512<ulong> b) => (a.AsUInt32() + b.AsUInt32()).AsUInt64();
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<ulong> XorQ(Vector512<ulong> a, Vector512<ulong> b) => a ^ b;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<ulong> HighWord(Vector512<ulong> a) => Vector512.ShiftRightLogical(a, 32);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<ulong> MulLowWords(Vector512<ulong> a, Vector512<ulong> b) => Avx512F.Multiply(a.AsUInt32(), b.AsUInt32());

    /// <summary>One two-source permute (<c>vpermt2d</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<uint> PackLowWords(Vector512<ulong> a, Vector512<ulong> b) =>
        Avx512F.PermuteVar16x32x2(a.AsUInt32(), Vector512.Create(0u, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30), b.AsUInt32());

    /// <summary>
    /// Interleave word pairs into 64-bit pairs, then interleave the pairs: 8 two-source permutes, no stack
    /// temporaries (a = word 0 of blocks 0..15, …; e0 = blocks 0..3, e1 = blocks 4..7, …).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void TransposeWide(Vector512<float> a, Vector512<float> b, Vector512<float> c, Vector512<float> d,
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
