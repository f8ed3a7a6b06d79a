using ZoEngine.Cuda;

namespace ZoEngine.Nn.Gemm;

/// <summary>
/// The <see cref="IGemm"/> contract through cuBLAS on a CUDA device: host operands are copied to device buffers
/// (kept and grown between calls), multiplied there with cublasSgemm/cublasDgemm, and the result copied back. It
/// lets the host-side Nn code run its products on a GPU; a model whose tensors live on the device would call
/// <see cref="CudaBlas"/> directly and skip the copies.
/// </summary>
public sealed unsafe class CublasGemm : IGemm, IDisposable
{
    private readonly CudaBackend _backend;
    private readonly CudaBlas _blas;
    private readonly NativeBuffer?[] _buffers = new NativeBuffer?[3];

    /// <summary>Creates the GEMM on <paramref name="backend"/>'s device and stream; the backend must outlive it.</summary>
    public CublasGemm(CudaBackend backend)
    {
        ArgumentNullException.ThrowIfNull(backend);
        _backend = backend;
        _blas = new CudaBlas(backend);
    }

    /// <inheritdoc />
    public string Name => "cublas";

    /// <inheritdoc />
    public void Sgemm(Transpose transA, Transpose transB, int m, int n, int k, float alpha, ReadOnlySpan<float> a, int lda,
        ReadOnlySpan<float> b, int ldb, float beta, Span<float> c, int ldc)
    {
        GemmShape.Validate(transA, transB, m, n, k, a.Length, lda, b.Length, ldb, c.Length, ldc);
        if (m == 0 || n == 0)
            return;
        var (da, db, dc, cBytes) = Stage(transA, transB, m, n, k, a, lda, b, ldb, beta != 0f, c, ldc);
        _blas.Sgemm(transA == Transpose.Yes, transB == Transpose.Yes, m, n, k, alpha, da, lda, db, ldb, beta, dc, ldc);
        fixed (float* pc = c)
            _backend.Memory.CopyToHost((void*)dc, pc, cBytes);
    }

    /// <inheritdoc />
    public void Dgemm(Transpose transA, Transpose transB, int m, int n, int k, double alpha, ReadOnlySpan<double> a, int lda,
        ReadOnlySpan<double> b, int ldb, double beta, Span<double> c, int ldc)
    {
        GemmShape.Validate(transA, transB, m, n, k, a.Length, lda, b.Length, ldb, c.Length, ldc);
        if (m == 0 || n == 0)
            return;
        var (da, db, dc, cBytes) = Stage(transA, transB, m, n, k, a, lda, b, ldb, beta != 0d, c, ldc);
        _blas.Dgemm(transA == Transpose.Yes, transB == Transpose.Yes, m, n, k, alpha, da, lda, db, ldb, beta, dc, ldc);
        fixed (double* pc = c)
            _backend.Memory.CopyToHost((void*)dc, pc, cBytes);
    }

    /// <summary>Frees the device buffers and the cuBLAS handle.</summary>
    public void Dispose()
    {
        foreach (var buffer in _buffers)
            buffer?.Dispose();
        _blas.Dispose();
    }

    /// <summary>Copies the stored extents of A and B (and C when β reads it) to the device; returns their addresses.</summary>
    private (ulong A, ulong B, ulong C, long CBytes) Stage<T>(Transpose transA, Transpose transB, int m, int n, int k,
        ReadOnlySpan<T> a, int lda, ReadOnlySpan<T> b, int ldb, bool readC, Span<T> c, int ldc) where T : unmanaged
    {
        long Extent(int rows, int ld, int cols) => rows == 0 || cols == 0 ? 0 : ((long)(rows - 1) * ld + cols) * sizeof(T);
        long aBytes = Extent(transA == Transpose.No ? m : k, lda, transA == Transpose.No ? k : m);
        long bBytes = Extent(transB == Transpose.No ? k : n, ldb, transB == Transpose.No ? n : k);
        long cBytes = Extent(m, ldc, n);
        ulong da = Upload(0, a, aBytes), db = Upload(1, b, bBytes);
        ulong dc = readC ? Upload(2, c, cBytes) : (ulong)Buffer(2, cBytes).Pointer;
        return (da, db, dc, cBytes);
    }

    private ulong Upload<T>(int slot, ReadOnlySpan<T> host, long bytes) where T : unmanaged
    {
        var buffer = Buffer(slot, bytes);
        if (bytes > 0)
        {
            fixed (T* p = host)
                _backend.Memory.CopyFromHost(p, buffer.Pointer, bytes);
        }
        return (ulong)buffer.Pointer;
    }

    private NativeBuffer Buffer(int slot, long bytes)
    {
        if (_buffers[slot] is not { } b || b.Bytes < bytes)
        {
            _backend.Synchronize();
            _buffers[slot]?.Dispose();
            _buffers[slot] = _backend.Memory.Allocate(Math.Max(bytes, 256));
        }
        return _buffers[slot]!;
    }
}
