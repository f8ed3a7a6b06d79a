namespace ZoEngine.Nn.Gemm;

/// <summary>Whether a GEMM operand is used as stored or transposed.</summary>
public enum Transpose : byte
{
    /// <summary>op(X) = X.</summary>
    No,
    /// <summary>op(X) = Xᵀ.</summary>
    Yes,
}

/// <summary>
/// C = α·op(A)·op(B) + β·C on row-major matrices, the BLAS contract: op(A) is m×k, op(B) is k×n, C is m×n, and each
/// leading dimension is the stride between rows as stored. β = 0 overwrites C without reading it (NaN in C does not leak).
/// </summary>
public interface IGemm
{
    /// <summary>Short name for logs and benchmarks ("reference", "blocked-simd", "openblas").</summary>
    string Name { get; }

    /// <summary>Single precision. // a: [m or k rows, lda]; b: [k or n rows, ldb]; c: [m, ldc]</summary>
    void Sgemm(Transpose transA, Transpose transB, int m, int n, int k, float alpha, ReadOnlySpan<float> a, int lda,
        ReadOnlySpan<float> b, int ldb, float beta, Span<float> c, int ldc);

    /// <summary>Double precision, for the float64 reference path. // shapes as <see cref="Sgemm"/></summary>
    void Dgemm(Transpose transA, Transpose transB, int m, int n, int k, double alpha, ReadOnlySpan<double> a, int lda,
        ReadOnlySpan<double> b, int ldb, double beta, Span<double> c, int ldc);
}
