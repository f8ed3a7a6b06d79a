using System.Diagnostics.CodeAnalysis;

namespace ZoEngine.Cpu.Simd;

/// <summary>
/// One SIMD width as a set of static operations on a uint vector <typeparamref name="TU"/> and a float vector
/// <typeparamref name="TF"/> of <see cref="Count"/> lanes. The noise and update kernels are written once, generic over
/// this interface, and the JIT specialises them per width (STYLE rule 5); <see cref="Lanes1"/> is the one-lane form.
/// Every float operation is a single IEEE binary32 operation: no contraction, so all widths give the same bits.
/// </summary>
internal unsafe interface ILanes<TU, TF>
    where TU : struct
    where TF : struct
{
    static abstract int Count { get; }

    static abstract TU SplatU(uint value);
    static abstract TF Splat(float value);
    /// <summary>Lane i holds start + i.</summary>
    static abstract TU Iota(uint start);
    static abstract TU AddU(TU a, TU b);
    static abstract TU SubU(TU a, TU b);
    static abstract TU XorU(TU a, TU b);
    static abstract TU AndU(TU a, TU b);
    static abstract TU OrU(TU a, TU b);
    static abstract TU ShiftRight(TU a, [ConstantExpected] int count);
    static abstract TU ShiftLeft(TU a, [ConstantExpected] int count);
    /// <summary>All-ones lanes where a &gt; b as signed 32-bit integers.</summary>
    static abstract TU GreaterThanSigned(TU a, TU b);
    /// <summary>Bitwise select: mask bits from a, others from b.</summary>
    static abstract TU SelectU(TU mask, TU a, TU b);
    /// <summary>The 64-bit products a·m split into high and low words, lane by lane.</summary>
    static abstract void MulHiLo(TU a, uint m, out TU hi, out TU lo);
    /// <summary>Signed 32-bit integers to float (exact below 2²⁴).</summary>
    static abstract TF IntToFloat(TU a);
    /// <summary>Float to signed 32-bit integer, truncating toward zero (the inputs here are in range).</summary>
    static abstract TU FloatToIntTruncate(TF a);
    static abstract TF AsFloat(TU a);
    static abstract TU AsUInt(TF a);

    static abstract TF Add(TF a, TF b);
    static abstract TF Sub(TF a, TF b);
    static abstract TF Mul(TF a, TF b);
    static abstract TF Div(TF a, TF b);
    /// <summary>a·b + c with one rounding.</summary>
    static abstract TF Fma(TF a, TF b, TF c);
    static abstract TF Sqrt(TF a);
    /// <summary>All-ones lanes where a &gt; b as floats (false for NaN).</summary>
    static abstract TU GreaterThan(TF a, TF b);

    static abstract TF Load(float* p);
    static abstract void Store(float* p, TF value);
    static abstract TU LoadWidenU16(ushort* p);
    static abstract void StoreNarrowU16(ushort* p, TU value);

    /// <summary>
    /// Transposes four vectors of per-block lanes (a = lane 0 of blocks 0..n−1, b = lane 1, ...) into four vectors of
    /// consecutive elements (a = elements 0..n−1, b = n..2n−1, ...), the layout element j = 4·block + lane asks for.
    /// </summary>
    static abstract void Transpose4(ref TF a, ref TF b, ref TF c, ref TF d);
}
