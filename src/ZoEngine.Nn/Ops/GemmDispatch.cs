using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ZoEngine.Nn.Gemm;

namespace ZoEngine.Nn;

/// <summary>
/// Routes a generic GEMM to <see cref="IGemm.Sgemm"/> or <see cref="IGemm.Dgemm"/>. The type tests are JIT-time
/// constants for each T, so the generic layer code costs nothing over calling the concrete GEMM.
/// </summary>
internal static class GemmDispatch
{
    /// <summary>
    /// The GEMM sizes of c = op(a)·op(b) and the row strides, after checking that the shapes agree (the check of every
    /// <c>MatMul</c>, on any device).
    /// </summary>
    public static (int M, int N, int K, int Lda, int Ldb, int Ldc) Shape<T>(Tensor<T> a, Transpose transA, Tensor<T> b, Transpose transB, Tensor<T> c)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(c);
        int m = transA == Transpose.No ? a.Rows : a.Cols;
        int k = transA == Transpose.No ? a.Cols : a.Rows;
        int kb = transB == Transpose.No ? b.Rows : b.Cols;
        int n = transB == Transpose.No ? b.Cols : b.Rows;
        if (k != kb)
            throw new ArgumentException($"MatMul: op(a) is [{m}, {k}] but op(b) is [{kb}, {n}]; the inner dimensions differ.", nameof(b));
        if (c.Rows != m || c.Cols != n)
            throw new ArgumentException($"MatMul: op(a)·op(b) is [{m}, {n}] but c is [{c.Rows}, {c.Cols}].", nameof(c));
        // A zero-column tensor still has stride ≥ 1 as far as BLAS is concerned.
        return (m, n, k, Math.Max(1, a.Cols), Math.Max(1, b.Cols), Math.Max(1, c.Cols));
    }

    public static void Run<T>(IGemm gemm, Tensor<T> a, Transpose transA, Tensor<T> b, Transpose transB, Tensor<T> c, T alpha, T beta)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        var (m, n, k, lda, ldb, ldc) = Shape(a, transA, b, transB, c);
        if (typeof(T) == typeof(float))
        {
            gemm.Sgemm(transA, transB, m, n, k, Unsafe.As<T, float>(ref alpha),
                MemoryMarshal.Cast<T, float>(a.Span), lda, MemoryMarshal.Cast<T, float>(b.Span), ldb,
                Unsafe.As<T, float>(ref beta), MemoryMarshal.Cast<T, float>(c.Span), ldc);
        }
        else if (typeof(T) == typeof(double))
        {
            gemm.Dgemm(transA, transB, m, n, k, Unsafe.As<T, double>(ref alpha),
                MemoryMarshal.Cast<T, double>(a.Span), lda, MemoryMarshal.Cast<T, double>(b.Span), ldb,
                Unsafe.As<T, double>(ref beta), MemoryMarshal.Cast<T, double>(c.Span), ldc);
        }
        else
        {
            throw new NotSupportedException($"No GEMM for {typeof(T).Name}.");
        }
    }
}
