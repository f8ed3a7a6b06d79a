using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace ZoEngine.Cpu.Simd;

/// <summary>The 256-bit width: 8 lanes of uint and float.</summary>
internal readonly unsafe partial struct Lanes256 : ILanes<Vector256<uint>, Vector256<float>>
{
    public static int Count => Vector256<float>.Count;

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<uint> SplatU(uint value) => Vector256.Create(value);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<float> Splat(float value) => Vector256.Create(value);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<uint> Iota(uint start) => Vector256.Create(start) + Vector256<uint>.Indices;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<uint> AddU(Vector256<uint> a, Vector256<uint> b) => a + b;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<uint> SubU(Vector256<uint> a, Vector256<uint> b) => a - b;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<uint> XorU(Vector256<uint> a, Vector256<uint> b) => a ^ b;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<uint> AndU(Vector256<uint> a, Vector256<uint> b) => a & b;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<uint> OrU(Vector256<uint> a, Vector256<uint> b) => a | b;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<uint> ShiftRight(Vector256<uint> a, [ConstantExpected] int count) => Vector256.ShiftRightLogical(a, count);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<uint> ShiftLeft(Vector256<uint> a, [ConstantExpected] int count) => Vector256.ShiftLeft(a, count);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<uint> GreaterThanSigned(Vector256<uint> a, Vector256<uint> b) => Vector256.GreaterThan(a.AsInt32(), b.AsInt32()).AsUInt32();
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<uint> SelectU(Vector256<uint> mask, Vector256<uint> a, Vector256<uint> b) => Vector256.ConditionalSelect(mask, a, b);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void MulHiLo(Vector256<uint> a, uint m, out Vector256<uint> hi, out Vector256<uint> lo)
    {
        // Even lanes multiply in place; odd lanes are shifted down first. Each 64-bit lane then holds one full product.
        Vector256<ulong> even, odd;
        if (Avx2.IsSupported)
        {
            var mv = Vector256.Create(m);
            even = Avx2.Multiply(a, mv);
            odd = Avx2.Multiply(Vector256.ShiftRightLogical(a.AsUInt64(), 32).AsUInt32(), mv);
        }
        else
        {
            var mask = Vector256.Create(0xFFFF_FFFFUL);
            var m64 = Vector256.Create((ulong)m);
            even = (a.AsUInt64() & mask) * m64;
            odd = Vector256.ShiftRightLogical(a.AsUInt64(), 32) * m64;
        }
        if (Avx2.IsSupported)
        {
            // vpblendd takes the odd 32-bit lanes from the odd products in one instruction.
            lo = Avx2.Blend(even.AsUInt32(), Vector256.ShiftLeft(odd, 32).AsUInt32(), 0b1010_1010);
            hi = Avx2.Blend(Vector256.ShiftRightLogical(even, 32).AsUInt32(), odd.AsUInt32(), 0b1010_1010);
            return;
        }
        var low32 = Vector256.Create(0xFFFF_FFFFUL);
        lo = ((even & low32) | Vector256.ShiftLeft(odd, 32)).AsUInt32();
        hi = (Vector256.ShiftRightLogical(even, 32) | (odd & ~low32)).AsUInt32();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<float> IntToFloat(Vector256<uint> a) => Vector256.ConvertToSingle(a.AsInt32());
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<uint> FloatToIntTruncate(Vector256<float> a) => Vector256.ConvertToInt32(a).AsUInt32();
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<float> AsFloat(Vector256<uint> a) => a.AsSingle();
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<uint> AsUInt(Vector256<float> a) => a.AsUInt32();
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<float> Add(Vector256<float> a, Vector256<float> b) => a + b;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<float> Sub(Vector256<float> a, Vector256<float> b) => a - b;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<float> Mul(Vector256<float> a, Vector256<float> b) => a * b;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<float> Div(Vector256<float> a, Vector256<float> b) => a / b;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<float> Fma(Vector256<float> a, Vector256<float> b, Vector256<float> c) => Vector256.FusedMultiplyAdd(a, b, c);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<float> Sqrt(Vector256<float> a) => Vector256.Sqrt(a);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<uint> GreaterThan(Vector256<float> a, Vector256<float> b) => Vector256.GreaterThan(a, b).AsUInt32();
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<float> Load(float* p) => Vector256.Load(p);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void Store(float* p, Vector256<float> value) => value.Store(p);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<uint> LoadWidenU16(ushort* p)
    {
        var x = Vector128.Load(p);
        return Vector256.Create(Vector128.WidenLower(x), Vector128.WidenUpper(x));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StoreNarrowU16(ushort* p, Vector256<uint> value) => Vector128.Narrow(value.GetLower(), value.GetUpper()).Store(p);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Transpose4(ref Vector256<float> a, ref Vector256<float> b, ref Vector256<float> c, ref Vector256<float> d)
    {
        if (Avx.IsSupported)
        {
            // Per 128-bit half a 4×4 transpose, then the halves are regrouped so blocks 0..1 come first.
            var t0 = Avx.UnpackLow(a, b);
            var t1 = Avx.UnpackHigh(a, b);
            var t2 = Avx.UnpackLow(c, d);
            var t3 = Avx.UnpackHigh(c, d);
            var u0 = Avx.UnpackLow(t0.AsDouble(), t2.AsDouble()).AsSingle();   // blocks 0 | 4
            var u1 = Avx.UnpackHigh(t0.AsDouble(), t2.AsDouble()).AsSingle();  // blocks 1 | 5
            var u2 = Avx.UnpackLow(t1.AsDouble(), t3.AsDouble()).AsSingle();   // blocks 2 | 6
            var u3 = Avx.UnpackHigh(t1.AsDouble(), t3.AsDouble()).AsSingle();  // blocks 3 | 7
            a = Avx.Permute2x128(u0, u1, 0x20);
            b = Avx.Permute2x128(u2, u3, 0x20);
            c = Avx.Permute2x128(u0, u1, 0x31);
            d = Avx.Permute2x128(u2, u3, 0x31);
            return;
        }
        TransposeFallback.Transpose4(ref a, ref b, ref c, ref d);
    }
}
