using System.Runtime.InteropServices;

namespace ZoEngine.Cuda.Interop;

/// <summary>cublasStatus_t.</summary>
public enum CublasStatus
{
    /// <summary>CUBLAS_STATUS_SUCCESS.</summary>
    Success = 0,
    /// <summary>CUBLAS_STATUS_NOT_INITIALIZED: typically no device, or no driver.</summary>
    NotInitialized = 1,
    /// <summary>CUBLAS_STATUS_ALLOC_FAILED.</summary>
    AllocFailed = 3,
    /// <summary>CUBLAS_STATUS_INVALID_VALUE.</summary>
    InvalidValue = 7,
    /// <summary>CUBLAS_STATUS_ARCH_MISMATCH.</summary>
    ArchMismatch = 8,
    /// <summary>CUBLAS_STATUS_EXECUTION_FAILED.</summary>
    ExecutionFailed = 13,
    /// <summary>CUBLAS_STATUS_INTERNAL_ERROR.</summary>
    InternalError = 14,
    /// <summary>CUBLAS_STATUS_NOT_SUPPORTED.</summary>
    NotSupported = 15,
}

/// <summary>The cuBLAS v2 entry points for single-precision GEMM, bound with <c>[LibraryImport]</c>.</summary>
internal static unsafe partial class CuBlasApi
{
    static CuBlasApi() => NativeLibraries.EnsureResolver();

    public const int OpN = 0;
    public const int OpT = 1;

    [LibraryImport(NativeLibraries.Blas, EntryPoint = "cublasCreate_v2")] public static partial CublasStatus cublasCreate(out nint handle);
    [LibraryImport(NativeLibraries.Blas, EntryPoint = "cublasDestroy_v2")] public static partial CublasStatus cublasDestroy(nint handle);
    [LibraryImport(NativeLibraries.Blas, EntryPoint = "cublasSetStream_v2")] public static partial CublasStatus cublasSetStream(nint handle, nint stream);

    [LibraryImport(NativeLibraries.Blas, EntryPoint = "cublasSgemm_v2")]
    public static partial CublasStatus cublasSgemm(nint handle, int transA, int transB, int m, int n, int k,
        float* alpha, ulong a, int lda, ulong b, int ldb, float* beta, ulong c, int ldc);

    [LibraryImport(NativeLibraries.Blas, EntryPoint = "cublasDgemm_v2")]
    public static partial CublasStatus cublasDgemm(nint handle, int transA, int transB, int m, int n, int k,
        double* alpha, ulong a, int lda, ulong b, int ldb, double* beta, ulong c, int ldc);

    [LibraryImport(NativeLibraries.Blas, EntryPoint = "cublasSaxpy_v2")]
    public static partial CublasStatus cublasSaxpy(nint handle, int n, float* alpha, ulong x, int incx, ulong y, int incy);

    [LibraryImport(NativeLibraries.Blas)]
    public static partial CublasStatus cublasSgemmStridedBatched(nint handle, int transA, int transB, int m, int n, int k,
        float* alpha, ulong a, int lda, long strideA, ulong b, int ldb, long strideB, float* beta, ulong c, int ldc, long strideC, int batchCount);
}
