using System.Runtime.Intrinsics;

namespace ZoEngine.Nn.Gemm;

/// <summary>
/// The engine's own CPU GEMM, used where no BLAS library loads: cache-blocked with packed panels and a 6×(2 vectors)
/// register-blocked FMA micro-kernel, at 512, 256 or 128 bits or one lane, float and double. Large problems are split
/// over row blocks with <see cref="Parallel.For(int, int, ParallelOptions, Action{int})"/>.
/// </summary>
/// <remarks>
/// Deterministic: each element of C is summed in the same order (fixed depth blocks of 256, in k order, fused
/// multiply-adds) whatever the width, the row split or the thread count, so all of them give the same bits. That order
/// differs from <see cref="ReferenceGemm"/>'s plain loop, so the two agree to rounding, and exactly on integer data.
/// Calls allocate nothing on the managed heap once the shared array pool holds the packing buffers, except the
/// parallel path's task bookkeeping.
/// </remarks>
public sealed unsafe class BlockedGemm : IGemm
{
    /// <summary>Below this many multiply-adds (m·n·k = 128³) a call stays on the calling thread: 128³ took 0.06–0.12 ms
    /// on one AVX2 core of the EPYC the kernel was tuned on, so below it the thread pool's hand-off (microseconds) and
    /// the duplicated packing of B would eat most of what a second thread saves.</summary>
    private const long ParallelThreshold = 1L << 21;

    /// <summary>A row chunk is at least this many rows (8 register tiles), so that each thread's packing of B pays off.</summary>
    private const int MinRowsPerChunk = 8 * 6;

    /// <summary>A GEMM at the widest accelerated width, using up to every logical core.</summary>
    public BlockedGemm() : this(SimdWidth.Auto, 0)
    {
    }

    /// <summary>A GEMM at a given width (tests and benchmarks force each width) with at most <paramref name="maxThreads"/> threads.</summary>
    /// <param name="width">The vector width; <see cref="SimdWidth.Auto"/> picks the widest the hardware accelerates.</param>
    /// <param name="maxThreads">1 keeps every call on the calling thread; 0 means <see cref="Environment.ProcessorCount"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxThreads"/> is negative, or the width is not one of the enum's values.</exception>
    public BlockedGemm(SimdWidth width, int maxThreads = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxThreads);
        if (!Enum.IsDefined(width))
            throw new ArgumentOutOfRangeException(nameof(width), width, "Not a SIMD width.");
        Width = CpuBackend.Resolve(width);
        MaxThreads = maxThreads == 0 ? Environment.ProcessorCount : maxThreads;
    }

    /// <summary>The vector width the kernels run at (never <see cref="SimdWidth.Auto"/>).</summary>
    public SimdWidth Width { get; }

    /// <summary>The most threads one call uses.</summary>
    public int MaxThreads { get; }

    /// <inheritdoc />
    public string Name => "blocked-simd";

    /// <summary>One line for logs: width, whether it is accelerated here, and threads.</summary>
    public string Description
    {
        get
        {
            bool accelerated = Width switch
            {
                SimdWidth.V512 => Vector512.IsHardwareAccelerated,
                SimdWidth.V256 => Vector256.IsHardwareAccelerated,
                SimdWidth.V128 => Vector128.IsHardwareAccelerated,
                _ => true,
            };
            string width = Width == SimdWidth.Scalar ? "scalar" : $"{(int)Width}-bit";
            return $"{Name} ({width}{(accelerated ? "" : ", emulated")}, up to {MaxThreads} thread{(MaxThreads == 1 ? "" : "s")})";
        }
    }

    /// <inheritdoc />
    public void Sgemm(Transpose transA, Transpose transB, int m, int n, int k, float alpha, ReadOnlySpan<float> a, int lda,
        ReadOnlySpan<float> b, int ldb, float beta, Span<float> c, int ldc)
    {
        GemmShape.Validate(transA, transB, m, n, k, a.Length, lda, b.Length, ldb, c.Length, ldc);
        fixed (float* pa = a)
        fixed (float* pb = b)
        fixed (float* pc = c)
        {
            var op = new GemmOperands<float>(transA, transB, m, n, k, alpha, pa, lda, pb, ldb, beta, pc, ldc);
            switch (Width)
            {
                case SimdWidth.V512: Run<float, Vector512<float>, F512>(op); break;
                case SimdWidth.V256: Run<float, Vector256<float>, F256>(op); break;
                case SimdWidth.V128: Run<float, Vector128<float>, F128>(op); break;
                default: Run<float, float, F1>(op); break;
            }
        }
    }

    /// <inheritdoc />
    public void Dgemm(Transpose transA, Transpose transB, int m, int n, int k, double alpha, ReadOnlySpan<double> a, int lda,
        ReadOnlySpan<double> b, int ldb, double beta, Span<double> c, int ldc)
    {
        GemmShape.Validate(transA, transB, m, n, k, a.Length, lda, b.Length, ldb, c.Length, ldc);
        fixed (double* pa = a)
        fixed (double* pb = b)
        fixed (double* pc = c)
        {
            var op = new GemmOperands<double>(transA, transB, m, n, k, alpha, pa, lda, pb, ldb, beta, pc, ldc);
            switch (Width)
            {
                case SimdWidth.V512: Run<double, Vector512<double>, D512>(op); break;
                case SimdWidth.V256: Run<double, Vector256<double>, D256>(op); break;
                case SimdWidth.V128: Run<double, Vector128<double>, D128>(op); break;
                default: Run<double, double, D1>(op); break;
            }
        }
    }

    /// <summary>How many row chunks a call of this shape is split into on <paramref name="maxThreads"/> threads (1: no split).</summary>
    internal static int ChunkCount(int m, int n, int k, int maxThreads)
    {
        if (maxThreads <= 1 || (long)m * n * k < ParallelThreshold)
            return 1;
        return Math.Clamp(m / MinRowsPerChunk, 1, maxThreads);
    }

    private void Run<T, TV, L>(GemmOperands<T> op)
        where T : unmanaged, System.Numerics.IFloatingPointIeee754<T>
        where TV : struct
        where L : struct, IGemmLanes<T, TV>
    {
        int chunks = ChunkCount(op.M, op.N, op.K, MaxThreads);
        if (chunks == 1)
            BlockedKernel<T, TV, L>.Rows(op, 0, op.M);
        else
            RunParallel<T, TV, L>(op, chunks);
    }

    /// <summary>A method of its own so that the single-thread path does not allocate the lambda's closure.</summary>
    private static void RunParallel<T, TV, L>(GemmOperands<T> op, int chunks)
        where T : unmanaged, System.Numerics.IFloatingPointIeee754<T>
        where TV : struct
        where L : struct, IGemmLanes<T, TV>
    {
        // Chunk boundaries on whole register tiles, so that only the last chunk has an edge tile.
        const int mr = BlockedKernel<T, TV, L>.MR;
        int rowsPerChunk = ((op.M + chunks - 1) / chunks + mr - 1) / mr * mr;
        Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = chunks }, chunk =>
        {
            int start = chunk * rowsPerChunk;
            BlockedKernel<T, TV, L>.Rows(op, start, Math.Min(op.M, start + rowsPerChunk));
        });
    }
}
