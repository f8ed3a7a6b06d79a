using ZoEngine.Cuda.Interop;

namespace ZoEngine.Cuda;

/// <summary>A cuBLAS handle (cublasDestroy on release, in its context).</summary>
public sealed class CublasHandle : CudaChildHandle
{
    internal CublasHandle(CudaContextHandle context, nint handle) : base(context, handle, static h => CuBlasApi.cublasDestroy(h)) { }
}

/// <summary>
/// Single-precision GEMM on a CUDA backend's stream through cuBLAS, with the row-major convention of the rest of the
/// engine: C[m×n] = α·op(A)·op(B) + β·C with leading dimensions as stored. cuBLAS is column-major, so a row-major
/// product is issued as the column-major Cᵀ = op(B)ᵀ·op(A)ᵀ, which reads the same memory without a transpose.
/// </summary>
public sealed unsafe class CudaBlas : IDisposable
{
    private readonly CudaContext _context;
    private readonly CublasHandle _handle;

    /// <summary>Creates a handle bound to <paramref name="backend"/>'s stream.</summary>
    public CudaBlas(CudaBackend backend)
    {
        ArgumentNullException.ThrowIfNull(backend);
        _context = backend.Context;
        using (_context.Enter())
        {
            CuCheck.ThrowIfFailed(CuBlasApi.cublasCreate(out nint h));
            _handle = new CublasHandle(_context.Handle, h);
            CuCheck.ThrowIfFailed(CuBlasApi.cublasSetStream(h, backend.Stream.Handle.DangerousGetHandle()));
        }
    }

    /// <summary>
    /// Whether cuBLAS can create a handle here, without a context of the caller's: the library loads and finds a
    /// device. Otherwise <paramref name="reason"/> names the library or the status cuBLAS returned.
    /// </summary>
    public static bool TryProbe(out string reason)
    {
        try
        {
            var status = CuBlasApi.cublasCreate(out nint h);
            if (status != CublasStatus.Success)
            {
                reason = $"cublasCreate failed: CUBLAS_STATUS_{status.ToString().ToUpperInvariant()} ({(int)status})";
                return false;
            }
            CuBlasApi.cublasDestroy(h);
            reason = "cuBLAS ready";
            return true;
        }
        catch (DllNotFoundException)
        {
            reason = $"no cuBLAS: {string.Join(" or ", NativeLibraries.Candidates(NativeLibraries.Blas))} not found";
            return false;
        }
    }

    /// <summary>Row-major C = α·op(A)·op(B) + β·C on device pointers. // a: [m×k or k×m, lda]; b: [k×n or n×k, ldb]; c: [m, ldc]</summary>
    public void Sgemm(bool transA, bool transB, int m, int n, int k, float alpha, ulong a, int lda, ulong b, int ldb, float beta, ulong c, int ldc)
    {
        using var _ = _context.Enter();
        CuCheck.ThrowIfFailed(CuBlasApi.cublasSgemm(Handle(), Op(transB), Op(transA), n, m, k, &alpha, b, ldb, a, lda, &beta, c, ldc));
    }

    /// <summary>Row-major double-precision C = α·op(A)·op(B) + β·C on device pointers (shapes as <see cref="Sgemm"/>).</summary>
    public void Dgemm(bool transA, bool transB, int m, int n, int k, double alpha, ulong a, int lda, ulong b, int ldb, double beta, ulong c, int ldc)
    {
        using var _ = _context.Enter();
        CuCheck.ThrowIfFailed(CuBlasApi.cublasDgemm(Handle(), Op(transB), Op(transA), n, m, k, &alpha, b, ldb, a, lda, &beta, c, ldc));
    }

    /// <summary>
    /// <paramref name="batch"/> row-major GEMMs whose operands are <paramref name="strideA"/>, <paramref name="strideB"/>
    /// and <paramref name="strideC"/> elements apart (cublasSgemmStridedBatched).
    /// </summary>
    public void SgemmStridedBatched(bool transA, bool transB, int m, int n, int k, float alpha, ulong a, int lda, long strideA,
        ulong b, int ldb, long strideB, float beta, ulong c, int ldc, long strideC, int batch)
    {
        using var _ = _context.Enter();
        CuCheck.ThrowIfFailed(CuBlasApi.cublasSgemmStridedBatched(Handle(), Op(transB), Op(transA), n, m, k, &alpha,
            b, ldb, strideB, a, lda, strideA, &beta, c, ldc, strideC, batch));
    }

    /// <summary>y += α·x over <paramref name="n"/> contiguous floats: the stored-noise update of the materialised baseline.</summary>
    public void Saxpy(int n, float alpha, ulong x, ulong y)
    {
        using var _ = _context.Enter();
        CuCheck.ThrowIfFailed(CuBlasApi.cublasSaxpy(Handle(), n, &alpha, x, 1, y, 1));
    }

    /// <summary>Destroys the handle.</summary>
    public void Dispose() => _handle.Dispose();

    private nint Handle()
    {
        ObjectDisposedException.ThrowIf(_handle.IsClosed, this);
        return _handle.DangerousGetHandle();
    }

    private static int Op(bool transpose) => transpose ? CuBlasApi.OpT : CuBlasApi.OpN;
}
