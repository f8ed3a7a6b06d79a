using ZoEngine.Cuda.Interop;

namespace ZoEngine.Cuda;

/// <summary>A driver call failed. The message carries the call as written in the source and the driver's error name.</summary>
public sealed class CudaException : Exception
{
    /// <summary>Creates the exception for <paramref name="result"/> of <paramref name="call"/>.</summary>
    public CudaException(CuResult result, string errorName, string call, string? jitLog = null)
        : base(Format(result, errorName, call, jitLog))
    {
        Result = result;
        ErrorName = errorName;
        Call = call;
        JitLog = jitLog;
    }

    /// <summary>The status code.</summary>
    public CuResult Result { get; }

    /// <summary>The driver's name for it, e.g. CUDA_ERROR_NO_DEVICE.</summary>
    public string ErrorName { get; }

    /// <summary>The failing call expression.</summary>
    public string Call { get; }

    /// <summary>The PTX JIT compiler's error log, for module loads.</summary>
    public string? JitLog { get; }

    private static string Format(CuResult result, string name, string call, string? jitLog) =>
        $"{call} failed: {name} ({(int)result})" + (string.IsNullOrWhiteSpace(jitLog) ? "" : $". JIT log: {jitLog.Trim()}");
}

/// <summary>A cuBLAS call failed.</summary>
public sealed class CublasException(CublasStatus status, string call)
    : Exception($"{call} failed: CUBLAS_STATUS_{status.ToString().ToUpperInvariant()} ({(int)status})")
{
    /// <summary>The status code.</summary>
    public CublasStatus Status { get; } = status;
}

/// <summary>
/// No CUDA device can be used: no driver library, cuInit failed (CUDA_ERROR_NO_DEVICE on a machine without a GPU),
/// or no device at the requested ordinal. <see cref="Exception.Message"/> is the one-line reason.
/// </summary>
public sealed class CudaUnavailableException(string reason, Exception? inner = null) : Exception(reason, inner);
