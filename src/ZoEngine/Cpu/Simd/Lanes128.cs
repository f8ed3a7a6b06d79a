using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace ZoEngine.Cpu.Simd;

/// <summary>The 128-bit width: 4 lanes of uint and float.</summary>
internal readonly unsafe struct Lanes128 : ILanes<Vector128<uint>, Vector128<float>>
{
    public static int Count => Vector128<float>.Count;

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<uint> SplatU(uint value) => Vector128.Create(value);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<float> Splat(float value) => Vector128.Create(value);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<uint> Iota(uint start) => Vector128.Create(start) + Vector128<uint>.Indices;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<uint> AddU(Vector128<uint> a, Vector128<uint> b) => a + b;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<uint> SubU(Vector128<uint> a, Vector128<uint> b) => a - b;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<uint> XorU(Vector128<uint> a, Vector128<uint> b) => a ^ b;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<uint> AndU(Vector128<uint> a, Vector128<uint> b) => a & b;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<uint> OrU(Vector128<uint> a, Vector128<uint> b) => a | b;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<uint> ShiftRight(Vector128<uint> a, [ConstantExpected] int count) => Vector128.ShiftRightLogical(a, count);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<uint> ShiftLeft(Vector128<uint> a, [ConstantExpected] int count) => Vector128.ShiftLeft(a, count);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<uint> GreaterThanSigned(Vector128<uint> a, Vector128<uint> b) => Vector128.GreaterThan(a.AsInt32(), b.AsInt32()).AsUInt32();
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<uint> SelectU(Vector128<uint> mask, Vector128<uint> a, Vector128<uint> b) => Vector128.ConditionalSelect(mask, a, b);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void MulHiLo(Vector128<uint> a, uint m, out Vector128<uint> hi, out Vector128<uint> lo)
    {
        // Even lanes multiply in place; odd lanes are shifted down first. Each 64-bit lane then holds one full product.
        Vector128<ulong> even, odd;
        if (Sse2.IsSupported)
        {
            var mv = Vector128.Create(m);
            even = Sse2.Multiply(a, mv);
            odd = Sse2.Multiply(Vector128.ShiftRightLogical(a.AsUInt64(), 32).AsUInt32(), mv);
        }
        else
        {
            var mask = Vector128.Create(0xFFFF_FFFFUL);
            var m64 = Vector128.Create((ulong)m);
            even = (a.AsUInt64() & mask) * m64;
            odd = Vector128.ShiftRightLogical(a.AsUInt64(), 32) * m64;
        }
        if (Avx2.IsSupported)
        {
            // vpblendd takes the odd 32-bit lanes from the odd products in one instruction.
            lo = Avx2.Blend(even.AsUInt32(), Vector128.ShiftLeft(odd, 32).AsUInt32(), 0b1010_1010);
            hi = Avx2.Blend(Vector128.ShiftRightLogical(even, 32).AsUInt32(), odd.AsUInt32(), 0b1010_1010);
            return;
        }
        var low32 = Vector128.Create(0xFFFF_FFFFUL);
        lo = ((even & low32) | Vector128.ShiftLeft(odd, 32)).AsUInt32();
        hi = (Vector128.ShiftRightLogical(even, 32) | (odd & ~low32)).AsUInt32();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<float> IntToFloat(Vector128<uint> a) => Vector128.ConvertToSingle(a.AsInt32());
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<uint> FloatToIntTruncate(Vector128<float> a) => Vector128.ConvertToInt32(a).AsUInt32();
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<float> AsFloat(Vector128<uint> a) => a.AsSingle();
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<uint> AsUInt(Vector128<float> a) => a.AsUInt32();
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<float> Add(Vector128<float> a, Vector128<float> b) => a + b;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<float> Sub(Vector128<float> a, Vector128<float> b) => a - b;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<float> Mul(Vector128<float> a, Vector128<float> b) => a * b;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<float> Div(Vector128<float> a, Vector128<float> b) => a / b;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<float> Fma(Vector128<float> a, Vector128<float> b, Vector128<float> c) => Vector128.FusedMultiplyAdd(a, b, c);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<float> Sqrt(Vector128<float> a) => Vector128.Sqrt(a);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<uint> GreaterThan(Vector128<float> a, Vector128<float> b) => Vector128.GreaterThan(a, b).AsUInt32();
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<float> Load(float* p) => Vector128.Load(p);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void Store(float* p, Vector128<float> value) => value.Store(p);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<uint> LoadWidenU16(ushort* p) => Vector128.WidenLower(Vector128.CreateScalar(*(ulong*)p).AsUInt16());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StoreNarrowU16(ushort* p, Vector128<uint> value) => *(ulong*)p = Vector128.Narrow(value, value).AsUInt64().ToScalar();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Transpose4(ref Vector128<float> a, ref Vector128<float> b, ref Vector128<float> c, ref Vector128<float> d)
    {
        if (Sse.IsSupported)
        {
            var t0 = Sse.UnpackLow(a, b);   // a0 b0 a1 b1
            var t1 = Sse.UnpackHigh(a, b);  // a2 b2 a3 b3
            var t2 = Sse.UnpackLow(c, d);   // c0 d0 c1 d1
            var t3 = Sse.UnpackHigh(c, d);  // c2 d2 c3 d3
            a = Sse.MoveLowToHigh(t0, t2);  // a0 b0 c0 d0
            b = Sse.MoveHighToLow(t2, t0);  // a1 b1 c1 d1
            c = Sse.MoveLowToHigh(t1, t3);  // a2 b2 c2 d2
            d = Sse.MoveHighToLow(t3, t1);  // a3 b3 c3 d3
            return;
        }
        TransposeFallback.Transpose4(ref a, ref b, ref c, ref d);
    }
}
