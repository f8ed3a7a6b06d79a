using System.Runtime.CompilerServices;

namespace ZoEngine.Cpu.Simd;

/// <summary>How an update pass reads and writes one moment buffer; chosen per pass, so the inner loop has no branch on it.</summary>
internal unsafe interface IMomentStore
{
    static abstract TF Load<TL, TU, TF>(void* p, long i) where TL : struct, ILanes<TU, TF> where TU : struct where TF : struct;
    static abstract void Store<TL, TU, TF>(void* p, long i, TF value) where TL : struct, ILanes<TU, TF> where TU : struct where TF : struct;
}

/// <summary>A rule that has no such moment: reads zero, writes nothing.</summary>
internal readonly unsafe struct NoMoment : IMomentStore
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TF Load<TL, TU, TF>(void* p, long i) where TL : struct, ILanes<TU, TF> where TU : struct where TF : struct => TL.Splat(0f);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store<TL, TU, TF>(void* p, long i, TF value) where TL : struct, ILanes<TU, TF> where TU : struct where TF : struct { }
}

/// <summary>float32 moments.</summary>
internal readonly unsafe struct Float32Moment : IMomentStore
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TF Load<TL, TU, TF>(void* p, long i) where TL : struct, ILanes<TU, TF> where TU : struct where TF : struct => TL.Load((float*)p + i);
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store<TL, TU, TF>(void* p, long i, TF value) where TL : struct, ILanes<TU, TF> where TU : struct where TF : struct => TL.Store((float*)p + i, value);
}

/// <summary>bfloat16 moments: widened on load, rounded to nearest even on store, exactly as <see cref="Noise.BFloat16"/>.</summary>
internal readonly unsafe struct BFloat16Moment : IMomentStore
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TF Load<TL, TU, TF>(void* p, long i) where TL : struct, ILanes<TU, TF> where TU : struct where TF : struct =>
        TL.AsFloat(TL.ShiftLeft(TL.LoadWidenU16((ushort*)p + i), 16));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store<TL, TU, TF>(void* p, long i, TF value) where TL : struct, ILanes<TU, TF> where TU : struct where TF : struct
    {
        TU u = TL.AsUInt(value);
        TU isNaN = TL.GreaterThanSigned(TL.AndU(u, TL.SplatU(0x7FFF_FFFFu)), TL.SplatU(0x7F80_0000u));
        TU rounded = TL.ShiftRight(TL.AddU(TL.AddU(u, TL.SplatU(0x7FFFu)), TL.AndU(TL.ShiftRight(u, 16), TL.SplatU(1u))), 16);
        TU quiet = TL.OrU(TL.ShiftRight(u, 16), TL.SplatU(0x40u));
        TL.StoreNarrowU16((ushort*)p + i, TL.SelectU(isNaN, quiet, rounded));
    }
}
