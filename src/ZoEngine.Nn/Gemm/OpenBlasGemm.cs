using System.Runtime.InteropServices;

namespace ZoEngine.Nn.Gemm;

/// <summary>
/// GEMM through OpenBLAS's <c>cblas_sgemm</c> / <c>cblas_dgemm</c> (row-major). Create it with <see cref="TryCreate"/>,
/// which says why the library is unavailable instead of failing at the first call.
/// </summary>
/// <remarks>
/// OpenBLAS sums in its own blocked order, which depends on the CPU kernel it picks at load time and on its thread
/// count, so results agree with <see cref="ReferenceGemm"/> to rounding but are not bit-identical across machines.
/// </remarks>
public sealed unsafe class OpenBlasGemm : IGemm
{
    private OpenBlasGemm()
    {
    }

    /// <inheritdoc />
    public string Name => "openblas";

    /// <summary>One line for logs: the library name, its build configuration and its thread count.</summary>
    public string Description
    {
        get
        {
            string config = Marshal.PtrToStringUTF8((nint)OpenBlasNative.GetConfig())?.Trim() ?? "unknown build";
            int threads = Threads;
            return $"{Name} ({OpenBlasNative.LoadedName}: {config}, core {CoreName}, {threads} thread{(threads == 1 ? "" : "s")})";
        }
    }

    /// <summary>
    /// The kernel family OpenBLAS runs, chosen when it loaded (e.g. "Haswell" for its AVX2 kernels, "SkylakeX" for its
    /// AVX-512 ones). OPENBLAS_CORETYPE in the environment forces it, so logs print it beside the thread count.
    /// </summary>
    public static string CoreName => Marshal.PtrToStringUTF8((nint)OpenBlasNative.GetCoreName())?.Trim() ?? "unknown";

    /// <summary>
    /// OpenBLAS's thread count. It is a setting of the whole process (the library has one pool), so setting it here
    /// affects every <see cref="OpenBlasGemm"/>; the default comes from OPENBLAS_NUM_THREADS or the number of cores.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to less than 1.</exception>
    public int Threads
    {
        get => OpenBlasNative.GetNumThreads();
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            OpenBlasNative.SetNumThreads(value);
        }
    }

    /// <summary>The OpenBLAS GEMM if the library loads; otherwise null and the reason, including how to install it.</summary>
    /// <param name="reason">Empty on success; otherwise what was tried and what failed.</param>
    public static OpenBlasGemm? TryCreate(out string reason) =>
        OpenBlasNative.TryLoad(out reason) ? new OpenBlasGemm() : null;

    /// <inheritdoc />
    public void Sgemm(Transpose transA, Transpose transB, int m, int n, int k, float alpha, ReadOnlySpan<float> a, int lda,
        ReadOnlySpan<float> b, int ldb, float beta, Span<float> c, int ldc)
    {
        GemmShape.Validate(transA, transB, m, n, k, a.Length, lda, b.Length, ldb, c.Length, ldc);
        // Nothing to write; the spans may be empty and their pointers null, which CBLAS's own argument checks reject.
        if (m == 0 || n == 0)
            return;
        fixed (float* pa = a)
        fixed (float* pb = b)
        fixed (float* pc = c)
            OpenBlasNative.Sgemm(OpenBlasNative.RowMajor, Code(transA), Code(transB), m, n, k, alpha, pa, lda, pb, ldb, beta, pc, ldc);
    }

    /// <inheritdoc />
    public void Dgemm(Transpose transA, Transpose transB, int m, int n, int k, double alpha, ReadOnlySpan<double> a, int lda,
        ReadOnlySpan<double> b, int ldb, double beta, Span<double> c, int ldc)
    {
        GemmShape.Validate(transA, transB, m, n, k, a.Length, lda, b.Length, ldb, c.Length, ldc);
        if (m == 0 || n == 0)
            return;
        fixed (double* pa = a)
        fixed (double* pb = b)
        fixed (double* pc = c)
            OpenBlasNative.Dgemm(OpenBlasNative.RowMajor, Code(transA), Code(transB), m, n, k, alpha, pa, lda, pb, ldb, beta, pc, ldc);
    }

    private static int Code(Transpose t) => t == Transpose.No ? OpenBlasNative.NoTrans : OpenBlasNative.Trans;
}
