namespace ZoEngine.Cpu.Simd;

/// <summary>
/// A width whose hardware multiplies the low 32 bits of 64-bit lanes into full 64-bit products (<c>vpmuludq</c>):
/// <see cref="NoiseKernelWide{TL, TQ, TU, TF}"/> runs Philox on those lanes. <typeparamref name="TQ"/> is the vector
/// of <see cref="ILanes{TU, TF}.Count"/>/2 64-bit lanes; in it only the low word of a lane carries Philox state.
/// </summary>
internal interface IWideLanes<TQ, TU, TF> : ILanes<TU, TF>
    where TQ : struct
    where TU : struct
    where TF : struct
{
    /// <summary>Whether this machine has the instructions the members below compile to.</summary>
    static abstract bool IsWideSupported { get; }

    static abstract TQ SplatQ(ulong value);
    /// <summary>Lane i holds start + i.</summary>
    static abstract TQ IotaQ(ulong start);
    static abstract TQ AddQ(TQ a, TQ b);
    /// <summary>a + b word by word: the two 32-bit words of a lane do not carry into each other.</summary>
    static abstract TQ AddWords(TQ a, TQ b);
    static abstract TQ XorQ(TQ a, TQ b);
    /// <summary>Each lane shifted right by 32: its high word, zero-extended.</summary>
    static abstract TQ HighWord(TQ a);
    /// <summary>lo32(a) · lo32(b) as a full 64-bit product, lane by lane.</summary>
    static abstract TQ MulLowWords(TQ a, TQ b);
    /// <summary>The low words of a's lanes, then those of b's lanes, as one vector of 32-bit lanes.</summary>
    static abstract TU PackLowWords(TQ a, TQ b);
    /// <summary><see cref="ILanes{TU, TF}.Transpose4"/> in this width's fastest form on the hardware that has it.</summary>
    static abstract void TransposeWide(TF a, TF b, TF c, TF d, out TF e0, out TF e1, out TF e2, out TF e3);
}
