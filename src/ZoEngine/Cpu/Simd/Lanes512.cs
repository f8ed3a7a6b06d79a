using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace ZoEngine.Cpu.Simd;

/// <summary>The 512-bit width: 16 lanes of uint and float.</summary>
internal readonly unsafe partial struct Lanes512 : ILanes<Vector512<uint>, Vector512<float>>
{
    public static int Count => Vector512<float>.Count;

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<uint> SplatU(uint value) => Vector512.Create(value);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<float> Splat(float value) => Vector512.Create(value);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<uint> Iota(uint start) => Vector512.Create(start) + Vector512<uint>.Indices;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<uint> AddU(Vector512<uint> a, Vector512<uint> b) => a + b;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<uint> SubU(Vector512<uint> a, Vector512<uint> b) => a - b;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<uint> XorU(Vector512<uint> a, Vector512<uint> b) => a ^ b;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<uint> AndU(Vector512<uint> a, Vector512<uint> b) => a & b;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<uint> OrU(Vector512<uint> a, Vector512<uint> b) => a | b;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<uint> ShiftRight(Vector512<uint> a, [ConstantExpected] int count) => Vector512.ShiftRightLogical(a, count);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<uint> ShiftLeft(Vector512<uint> a, [ConstantExpected] int count) => Vector512.ShiftLeft(a, count);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<uint> GreaterThanSigned(Vector512<uint> a, Vector512<uint> b) => Vector512.GreaterThan(a.AsInt32(), b.AsInt32()).AsUInt32();
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<uint> SelectU(Vector512<uint> mask, Vector512<uint> a, Vector512<uint> b) => Vector512.ConditionalSelect(mask, a, b);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void MulHiLo(Vector512<uint> a, uint m, out Vector512<uint> hi, out Vector512<uint> lo)
    {
        // Even lanes multiply in place; odd lanes are shifted down first. Each 64-bit lane then holds one full product.
        Vector512<ulong> even, odd;
        if (Avx512F.IsSupported)
        {
            var mv = Vector512.Create(m);
            even = Avx512F.Multiply(a, mv);
            odd = Avx512F.Multiply(Vector512.ShiftRightLogical(a.AsUInt64(), 32).AsUInt32(), mv);
        }
        else
        {
            var mask = Vector512.Create(0xFFFF_FFFFUL);
            var m64 = Vector512.Create((ulong)m);
            even = (a.AsUInt64() & mask) * m64;
            odd = Vector512.ShiftRightLogical(a.AsUInt64(), 32) * m64;
        }
        // A constant-mask select of 32-bit lanes compiles to one vpternlogd: odd lanes from the odd products.
        var oddLanes = Vector512.Create(0xFFFF_FFFF_0000_0000UL).AsUInt32();
        lo = Vector512.ConditionalSelect(oddLanes, Vector512.ShiftLeft(odd, 32).AsUInt32(), even.AsUInt32());
        hi = Vector512.ConditionalSelect(oddLanes, odd.AsUInt32(), Vector512.ShiftRightLogical(even, 32).AsUInt32());
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<float> IntToFloat(Vector512<uint> a) => Vector512.ConvertToSingle(a.AsInt32());
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<uint> FloatToIntTruncate(Vector512<float> a) => Vector512.ConvertToInt32(a).AsUInt32();
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<float> AsFloat(Vector512<uint> a) => a.AsSingle();
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<uint> AsUInt(Vector512<float> a) => a.AsUInt32();
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<float> Add(Vector512<float> a, Vector512<float> b) => a + b;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<float> Sub(Vector512<float> a, Vector512<float> b) => a - b;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<float> Mul(Vector512<float> a, Vector512<float> b) => a * b;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<float> Div(Vector512<float> a, Vector512<float> b) => a / b;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<float> Fma(Vector512<float> a, Vector512<float> b, Vector512<float> c) => Vector512.FusedMultiplyAdd(a, b, c);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<float> Sqrt(Vector512<float> a) => Vector512.Sqrt(a);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<uint> GreaterThan(Vector512<float> a, Vector512<float> b) => Vector512.GreaterThan(a, b).AsUInt32();
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<float> Load(float* p) => Vector512.Load(p);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void Store(float* p, Vector512<float> value) => value.Store(p);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<uint> LoadWidenU16(ushort* p)
    {
        var x = Vector256.Load(p);
        return Vector512.Create(Vector256.WidenLower(x), Vector256.WidenUpper(x));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StoreNarrowU16(ushort* p, Vector512<uint> value) => Vector256.Narrow(value.GetLower(), value.GetUpper()).Store(p);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Transpose4(ref Vector512<float> a, ref Vector512<float> b, ref Vector512<float> c, ref Vector512<float> d)
    {
        // Blocks 0..7 sit in the lower halves and 8..15 in the upper ones; each half is the 256-bit problem.
        var al = a.GetLower(); var bl = b.GetLower(); var cl = c.GetLower(); var dl = d.GetLower();
        var ah = a.GetUpper(); var bh = b.GetUpper(); var ch = c.GetUpper(); var dh = d.GetUpper();
        Lanes256.Transpose4(ref al, ref bl, ref cl, ref dl);
        Lanes256.Transpose4(ref ah, ref bh, ref ch, ref dh);
        a = Vector512.Create(al, bl);
        b = Vector512.Create(cl, dl);
        c = Vector512.Create(ah, bh);
        d = Vector512.Create(ch, dh);
    }
}
