using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace ZoEngine.Cpu.Simd;

/// <summary>The one-lane width: plain scalars through the same generic kernels, for the shortest tails and for testing.</summary>
internal readonly unsafe struct Lanes1 : ILanes<uint, float>
{
    public static int Count => 1;

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static uint SplatU(uint value) => value;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static float Splat(float value) => value;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static uint Iota(uint start) => start;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static uint AddU(uint a, uint b) => a + b;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static uint SubU(uint a, uint b) => a - b;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static uint XorU(uint a, uint b) => a ^ b;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static uint AndU(uint a, uint b) => a & b;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static uint OrU(uint a, uint b) => a | b;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static uint ShiftRight(uint a, [ConstantExpected] int count) => a >> count;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static uint ShiftLeft(uint a, [ConstantExpected] int count) => a << count;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static uint GreaterThanSigned(uint a, uint b) => (int)a > (int)b ? uint.MaxValue : 0u;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static uint SelectU(uint mask, uint a, uint b) => (a & mask) | (b & ~mask);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void MulHiLo(uint a, uint m, out uint hi, out uint lo)
    {
        ulong p = (ulong)a * m;
        hi = (uint)(p >> 32);
        lo = (uint)p;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static float IntToFloat(uint a) => (int)a;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static uint FloatToIntTruncate(float a) => (uint)(int)a;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static float AsFloat(uint a) => BitConverter.UInt32BitsToSingle(a);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static uint AsUInt(float a) => BitConverter.SingleToUInt32Bits(a);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static float Add(float a, float b) => a + b;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static float Sub(float a, float b) => a - b;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static float Mul(float a, float b) => a * b;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static float Div(float a, float b) => a / b;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static float Fma(float a, float b, float c) => MathF.FusedMultiplyAdd(a, b, c);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static float Sqrt(float a) => MathF.Sqrt(a);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static uint GreaterThan(float a, float b) => a > b ? uint.MaxValue : 0u;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static float Load(float* p) => *p;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void Store(float* p, float value) => *p = value;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static uint LoadWidenU16(ushort* p) => *p;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void StoreNarrowU16(ushort* p, uint value) => *p = (ushort)value;

    // With one block per vector, lane k of the block already is element k: nothing moves.
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void Transpose4(ref float a, ref float b, ref float c, ref float d) { }
}
