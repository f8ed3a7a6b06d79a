namespace ZoEngine.Nn.Gemm;

/// <summary>
/// The GEMM specification: three plain loops, one product at a time, summed in k order. It is what the blocked SIMD
/// and BLAS paths are tested against, not a path to train with.
/// </summary>
public sealed class ReferenceGemm : IGemm
{
    /// <summary>The shared instance (the type holds no state).</summary>
    public static ReferenceGemm Instance { get; } = new();

    /// <inheritdoc />
    public string Name => "reference";

    /// <inheritdoc />
    public void Sgemm(Transpose transA, Transpose transB, int m, int n, int k, float alpha, ReadOnlySpan<float> a, int lda,
        ReadOnlySpan<float> b, int ldb, float beta, Span<float> c, int ldc)
    {
        GemmShape.Validate(transA, transB, m, n, k, a.Length, lda, b.Length, ldb, c.Length, ldc);
        for (int i = 0; i < m; i++)
        {
            for (int j = 0; j < n; j++)
            {
                float sum = 0f;
                for (int p = 0; p < k; p++)
                    sum += At(a, transA, i, p, lda) * At(b, transB, p, j, ldb);
                ref float cij = ref c[i * ldc + j];
                cij = beta == 0f ? alpha * sum : alpha * sum + beta * cij;
            }
        }
    }

    /// <inheritdoc />
    public void Dgemm(Transpose transA, Transpose transB, int m, int n, int k, double alpha, ReadOnlySpan<double> a, int lda,
        ReadOnlySpan<double> b, int ldb, double beta, Span<double> c, int ldc)
    {
        GemmShape.Validate(transA, transB, m, n, k, a.Length, lda, b.Length, ldb, c.Length, ldc);
        for (int i = 0; i < m; i++)
        {
            for (int j = 0; j < n; j++)
            {
                double sum = 0d;
                for (int p = 0; p < k; p++)
                    sum += At(a, transA, i, p, lda) * At(b, transB, p, j, ldb);
                ref double cij = ref c[i * ldc + j];
                cij = beta == 0d ? alpha * sum : alpha * sum + beta * cij;
            }
        }
    }

    /// <summary>Element (row, col) of op(X) for a row-major X with leading dimension ld.</summary>
    private static T At<T>(ReadOnlySpan<T> x, Transpose trans, int row, int col, int ld) =>
        trans == Transpose.No ? x[row * ld + col] : x[col * ld + row];
}

/// <summary>The shape checks every GEMM runs before touching memory, so a wrong shape is an error, never a stray write.</summary>
public static class GemmShape
{
    /// <summary>Throws <see cref="ArgumentException"/> naming the operand whose shape or length does not fit.</summary>
    public static void Validate(Transpose transA, Transpose transB, int m, int n, int k, int aLength, int lda,
        int bLength, int ldb, int cLength, int ldc)
    {
        if (m < 0 || n < 0 || k < 0)
            throw new ArgumentException($"GEMM sizes must be non-negative: m={m}, n={n}, k={k}.");
        // Stored shapes: A is m×k (or k×m transposed), B is k×n (or n×k), C is m×n.
        int aRows = transA == Transpose.No ? m : k, aCols = transA == Transpose.No ? k : m;
        int bRows = transB == Transpose.No ? k : n, bCols = transB == Transpose.No ? n : k;
        Check("A", aRows, aCols, aLength, lda);
        Check("B", bRows, bCols, bLength, ldb);
        Check("C", m, n, cLength, ldc);
    }

    private static void Check(string name, int rows, int cols, int length, int ld)
    {
        if (ld < Math.Max(1, cols))
            throw new ArgumentException($"GEMM operand {name} is {rows}×{cols} but its leading dimension is {ld}.");
        long needed = rows == 0 || cols == 0 ? 0 : (long)(rows - 1) * ld + cols;
        if (length < needed)
            throw new ArgumentException($"GEMM operand {name} is {rows}×{cols} with leading dimension {ld}: it needs {needed} elements, the buffer has {length}.");
    }
}
