using System.Numerics;
using ZoEngine.Nn.Gemm;

namespace ZoEngine.Tests.Nn;

/// <summary>The GEMMs every contract fixture runs on: each blocked width (emulated where not accelerated), a
/// multi-threaded blocked case, and OpenBLAS, which reports Ignored with the reason where it does not load.</summary>
public static class GemmCases
{
    public static readonly string[] Names = ["blocked-scalar", "blocked-128", "blocked-256", "blocked-512", "blocked-auto-4threads", "openblas"];

    public static IEnumerable<TestFixtureData> Fixtures()
    {
        foreach (var name in Names)
            yield return new TestFixtureData(name).SetArgDisplayNames(name);
    }

    /// <summary>The GEMM of a case; OpenBLAS missing ends the test as Ignored with the loader's reason.</summary>
    public static IGemm Create(string name) => name switch
    {
        "blocked-scalar" => new BlockedGemm(SimdWidth.Scalar, 1),
        "blocked-128" => new BlockedGemm(SimdWidth.V128, 1),
        "blocked-256" => new BlockedGemm(SimdWidth.V256, 1),
        "blocked-512" => new BlockedGemm(SimdWidth.V512, 1),
        // More threads than this machine may have cores: the split is over row chunks, whatever the core count.
        "blocked-auto-4threads" => new BlockedGemm(SimdWidth.Auto, 4),
        "openblas" => OpenBlasGemm.TryCreate(out string reason) ?? Ignore(reason),
        _ => throw new ArgumentException($"Unknown GEMM case '{name}'."),
    };

    private static IGemm Ignore(string reason)
    {
        Assert.Ignore($"OpenBLAS not available: {reason}");
        throw new InvalidOperationException("unreachable: Assert.Ignore throws");
    }
}

/// <summary>
/// One GEMM problem with its operands stored row-major at leading dimensions wider than needed. Elements outside each
/// operand's rows×cols window are NaN in A and B (so reading them poisons the result) and a sentinel in C (so
/// writing them is seen).
/// </summary>
public sealed class GemmProblem<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    public static readonly T Sentinel = T.CreateChecked(-12345.5);

    public required Transpose TransA { get; init; }
    public required Transpose TransB { get; init; }
    public required int M { get; init; }
    public required int N { get; init; }
    public required int K { get; init; }
    public required T Alpha { get; init; }
    public required T Beta { get; init; }
    public required int Lda { get; init; }
    public required int Ldb { get; init; }
    public required int Ldc { get; init; }
    public required T[] A { get; init; }
    public required T[] B { get; init; }
    /// <summary>C before the call.</summary>
    public required T[] C0 { get; init; }

    public override string ToString() =>
        $"{(TransA == Transpose.No ? "N" : "T")}{(TransB == Transpose.No ? "N" : "T")} m={M} n={N} k={K} α={Alpha} β={Beta} lda={Lda} ldb={Ldb} ldc={Ldc}";

    /// <summary>
    /// A problem with values from <paramref name="value"/>; <paramref name="pad"/> extra elements per row and at the end of
    /// each buffer. <paramref name="nanC"/> fills C's window with NaN (for β = 0, which must not read it).
    /// </summary>
    public static GemmProblem<T> Create(Func<T> value, Transpose ta, Transpose tb, int m, int n, int k, T alpha, T beta, int pad, bool nanC = false)
    {
        int aRows = ta == Transpose.No ? m : k, aCols = ta == Transpose.No ? k : m;
        int bRows = tb == Transpose.No ? k : n, bCols = tb == Transpose.No ? n : k;
        int lda = Math.Max(1, aCols + pad), ldb = Math.Max(1, bCols + pad), ldc = Math.Max(1, n + pad);
        return new GemmProblem<T>
        {
            TransA = ta, TransB = tb, M = m, N = n, K = k, Alpha = alpha, Beta = beta, Lda = lda, Ldb = ldb, Ldc = ldc,
            A = Fill(aRows, aCols, lda, pad, value, T.NaN),
            B = Fill(bRows, bCols, ldb, pad, value, T.NaN),
            C0 = Fill(m, n, ldc, pad, nanC ? () => T.NaN : value, Sentinel),
        };
    }

    private static T[] Fill(int rows, int cols, int ld, int pad, Func<T> value, T outside)
    {
        var x = new T[rows * ld + pad];
        Array.Fill(x, outside);
        for (int i = 0; i < rows; i++)
            for (int j = 0; j < cols; j++)
                x[i * ld + j] = value();
        return x;
    }

    /// <summary>Runs <paramref name="gemm"/> on a copy of C0 and returns it.</summary>
    public T[] Run(IGemm gemm)
    {
        var c = (T[])C0.Clone();
        if (typeof(T) == typeof(float))
            gemm.Sgemm(TransA, TransB, M, N, K, (float)(object)Alpha, (float[])(object)A, Lda, (float[])(object)B, Ldb, (float)(object)Beta, (float[])(object)c, Ldc);
        else
            gemm.Dgemm(TransA, TransB, M, N, K, (double)(object)Alpha, (double[])(object)A, Lda, (double[])(object)B, Ldb, (double)(object)Beta, (double[])(object)c, Ldc);
        return c;
    }

    /// <summary>The reference result: <see cref="ReferenceGemm"/> on C0, with C0's window zeroed when β = 0 (BLAS semantics:
    /// β = 0 means C is not read, so NaN in it must not appear in the result).</summary>
    public T[] Expected()
    {
        var c = (T[])C0.Clone();
        if (Beta == T.Zero)
            ForWindow((i, j) => c[i * Ldc + j] = T.Zero);
        if (typeof(T) == typeof(float))
            ReferenceGemm.Instance.Sgemm(TransA, TransB, M, N, K, (float)(object)Alpha, (float[])(object)A, Lda, (float[])(object)B, Ldb, (float)(object)Beta, (float[])(object)c, Ldc);
        else
            ReferenceGemm.Instance.Dgemm(TransA, TransB, M, N, K, (double)(object)Alpha, (double[])(object)A, Lda, (double[])(object)B, Ldb, (double)(object)Beta, (double[])(object)c, Ldc);
        return c;
    }

    /// <summary>|α|·Σ_p |op(A)[i,p]|·|op(B)[p,j]| + |β|·|C0[i,j]| in double: the scale of every rounding error of element (i, j).</summary>
    public double Magnitude(int i, int j)
    {
        double s = 0;
        for (int p = 0; p < K; p++)
        {
            T a = TransA == Transpose.No ? A[i * Lda + p] : A[p * Lda + i];
            T b = TransB == Transpose.No ? B[p * Ldb + j] : B[j * Ldb + p];
            s += double.CreateChecked(T.Abs(a)) * double.CreateChecked(T.Abs(b));
        }
        double c = Beta == T.Zero ? 0 : double.CreateChecked(T.Abs(Beta) * T.Abs(C0[i * Ldc + j]));
        return double.CreateChecked(T.Abs(Alpha)) * s + c;
    }

    public void ForWindow(Action<int, int> visit)
    {
        for (int i = 0; i < M; i++)
            for (int j = 0; j < N; j++)
                visit(i, j);
    }

    /// <summary>Every element of C outside the m×n window still holds the sentinel.</summary>
    public void AssertOutsideUntouched(T[] c, string what)
    {
        for (int x = 0; x < c.Length; x++)
        {
            int i = x / Ldc, j = x % Ldc;
            if (i < M && j < N)
                continue;
            if (c[x] != Sentinel)
                Assert.Fail($"{what}: C[{x}] outside the {M}×{N} window (ldc {Ldc}) was written: {c[x]}");
        }
    }
}

/// <summary>
/// The rounding bound of a GEMM element, for |a − r| ≤ atol + rtol·|r| with atol from this bound and rtol = 0: relative
/// error against |r| is meaningless where the sum cancels, so the bound scales with the magnitude of the terms instead.
/// </summary>
public static class GemmTolerance
{
    /// <summary>Unit roundoff of binary32 (2⁻²⁴).</summary>
    public const double FloatUnitRoundoff = 1.0 / (1 << 24);

    /// <summary>Unit roundoff of binary64 (2⁻⁵³).</summary>
    public const double DoubleUnitRoundoff = 1.0 / (1L << 53);

    /// <summary>
    /// atol for element (i, j) with term magnitude M = |α|·Σ|a||b| + |β|·|c|: any summation order of k products,
    /// followed by the α and β products and their sum, is within γ(k+2)·M of the exact value (Higham, Accuracy and
    /// Stability of Numerical Algorithms, §3.1: γ(n) = n·u/(1 − n·u), for fused or unfused multiply-adds alike). The
    /// tested GEMM and the reference are each that close to the exact value, so they are within 2·γ(k+2)·M of each
    /// other. The bound is the worst case, not the typical √k growth, so it cannot flake with the seed; and it stays
    /// far below the error of a real bug: a lost or doubled term moves an element by about M/k, against 2(k+2)·u·M.
    /// </summary>
    public static double Atol(int k, double magnitude, double unitRoundoff)
    {
        double nu = (k + 2) * unitRoundoff;
        return 2 * nu / (1 - nu) * magnitude;
    }
}
