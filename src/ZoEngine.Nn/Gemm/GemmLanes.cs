using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace ZoEngine.Nn.Gemm;

/// <summary>
/// One SIMD width for one element type, as the static operations the GEMM micro-kernel needs (STYLE rule 5): the
/// kernel is written once, generic over this interface, and the JIT specialises it per (type, width). Every
/// multiply-add is a fused one, so each lane computes exactly the same sequence of roundings at every width.
/// </summary>
/// <typeparam name="T">float or double.</typeparam>
/// <typeparam name="TV">The vector of <see cref="Count"/> lanes of <typeparamref name="T"/> (or T itself for one lane).</typeparam>
internal unsafe interface IGemmLanes<T, TV>
    where T : unmanaged
    where TV : struct
{
    static abstract int Count { get; }
    static abstract TV Zero { get; }
    static abstract TV Broadcast(T value);
    static abstract TV Load(T* p);
    static abstract void Store(T* p, TV value);
    /// <summary>a·b + c with one rounding.</summary>
    static abstract TV Fma(TV a, TV b, TV c);
}

internal readonly unsafe struct F1 : IGemmLanes<float, float>
{
    public static int Count => 1;
    public static float Zero => 0f;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static float Broadcast(float value) => value;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static float Load(float* p) => *p;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void Store(float* p, float value) => *p = value;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static float Fma(float a, float b, float c) => MathF.FusedMultiplyAdd(a, b, c);
}

internal readonly unsafe struct F128 : IGemmLanes<float, Vector128<float>>
{
    public static int Count => Vector128<float>.Count;
    public static Vector128<float> Zero => Vector128<float>.Zero;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<float> Broadcast(float value) => Vector128.Create(value);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<float> Load(float* p) => Vector128.Load(p);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void Store(float* p, Vector128<float> value) => value.Store(p);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<float> Fma(Vector128<float> a, Vector128<float> b, Vector128<float> c) => Vector128.FusedMultiplyAdd(a, b, c);
}

internal readonly unsafe struct F256 : IGemmLanes<float, Vector256<float>>
{
    public static int Count => Vector256<float>.Count;
    public static Vector256<float> Zero => Vector256<float>.Zero;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<float> Broadcast(float value) => Vector256.Create(value);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<float> Load(float* p) => Vector256.Load(p);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void Store(float* p, Vector256<float> value) => value.Store(p);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<float> Fma(Vector256<float> a, Vector256<float> b, Vector256<float> c) => Vector256.FusedMultiplyAdd(a, b, c);
}

internal readonly unsafe struct F512 : IGemmLanes<float, Vector512<float>>
{
    public static int Count => Vector512<float>.Count;
    public static Vector512<float> Zero => Vector512<float>.Zero;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<float> Broadcast(float value) => Vector512.Create(value);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<float> Load(float* p) => Vector512.Load(p);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void Store(float* p, Vector512<float> value) => value.Store(p);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<float> Fma(Vector512<float> a, Vector512<float> b, Vector512<float> c) => Vector512.FusedMultiplyAdd(a, b, c);
}

internal readonly unsafe struct D1 : IGemmLanes<double, double>
{
    public static int Count => 1;
    public static double Zero => 0d;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static double Broadcast(double value) => value;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static double Load(double* p) => *p;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void Store(double* p, double value) => *p = value;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static double Fma(double a, double b, double c) => Math.FusedMultiplyAdd(a, b, c);
}

internal readonly unsafe struct D128 : IGemmLanes<double, Vector128<double>>
{
    public static int Count => Vector128<double>.Count;
    public static Vector128<double> Zero => Vector128<double>.Zero;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<double> Broadcast(double value) => Vector128.Create(value);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<double> Load(double* p) => Vector128.Load(p);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void Store(double* p, Vector128<double> value) => value.Store(p);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<double> Fma(Vector128<double> a, Vector128<double> b, Vector128<double> c) => Vector128.FusedMultiplyAdd(a, b, c);
}

internal readonly unsafe struct D256 : IGemmLanes<double, Vector256<double>>
{
    public static int Count => Vector256<double>.Count;
    public static Vector256<double> Zero => Vector256<double>.Zero;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<double> Broadcast(double value) => Vector256.Create(value);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<double> Load(double* p) => Vector256.Load(p);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void Store(double* p, Vector256<double> value) => value.Store(p);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector256<double> Fma(Vector256<double> a, Vector256<double> b, Vector256<double> c) => Vector256.FusedMultiplyAdd(a, b, c);
}

internal readonly unsafe struct D512 : IGemmLanes<double, Vector512<double>>
{
    public static int Count => Vector512<double>.Count;
    public static Vector512<double> Zero => Vector512<double>.Zero;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<double> Broadcast(double value) => Vector512.Create(value);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<double> Load(double* p) => Vector512.Load(p);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void Store(double* p, Vector512<double> value) => value.Store(p);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector512<double> Fma(Vector512<double> a, Vector512<double> b, Vector512<double> c) => Vector512.FusedMultiplyAdd(a, b, c);
}
