using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace ZoEngine.Cpu.Simd;

/// <summary>The 256-bit width's 64-bit-lane operations, in AVX2 instructions.</summary>
internal readonly partial struct Lanes256 : IWideLanes<Vector256<ulong>, Vector256<uint>, Vector256<float>>
{
    public static bool IsWideSupported => Avx2.IsSupported;

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<ulong> SplatQ(ulong value) => Vector256.Create(value);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<ulong> IotaQ(ulong start) => Vector256.Create(start) + Vector256<ulong>.Indices;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<ulong> AddQ(Vector256<ulong> a, Vector256<ulong> b) => a + b;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<ulong> AddWords(Vector256<ulong> a, Vector256<ulong> b) => (a.AsUInt32() + b.AsUInt32()).AsUInt64();
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<ulong> XorQ(Vector256<ulong> a, Vector256<ulong> b) => a ^ b;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<ulong> HighWord(Vector256<ulong> a) => Vector256.ShiftRightLogical(a, 32);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<ulong> MulLowWords(Vector256<ulong> a, Vector256<ulong> b) => Avx2.Multiply(a.AsUInt32(), b.AsUInt32());

    /// <summary>One in-lane shuffle, one cross-lane permute.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<uint> PackLowWords(Vector256<ulong> a, Vector256<ulong> b)
    {
        var s = Avx.Shuffle(a.AsSingle(), b.AsSingle(), 0b10_00_10_00); // a0 a1 b0 b1 | a2 a3 b2 b3 (blocks)
        return Avx2.Permute4x64(s.AsDouble(), 0b11_01_10_00).AsUInt32();
    }

    /// <summary>The unpack transpose of <see cref="Transpose4"/>: AVX2 has no two-source permute that would be shorter.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void TransposeWide(Vector256<float> a, Vector256<float> b, Vector256<float> c, Vector256<float> d,
        out Vector256<float> e0, out Vector256<float> e1, out Vector256<float> e2, out Vector256<float> e3)
    {
        Transpose4(ref a, ref b, ref c, ref d);
        (e0, e1, e2, e3) = (a, b, c, d);
    }
}
