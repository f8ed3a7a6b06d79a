using System.Runtime.CompilerServices;

namespace ZoEngine.Cuda.Interop;

/// <summary>The one place driver and cuBLAS status codes become exceptions.</summary>
internal static class CuCheck
{
    /// <summary>Throws a <see cref="CudaException"/> naming <paramref name="call"/> unless <paramref name="result"/> is success.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void ThrowIfFailed(CuResult result, [CallerArgumentExpression(nameof(result))] string call = "")
    {
        if (result != CuResult.Success)
            Throw(result, call);
    }

    /// <summary>Throws a <see cref="CublasException"/> naming <paramref name="call"/> unless <paramref name="status"/> is success.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void ThrowIfFailed(CublasStatus status, [CallerArgumentExpression(nameof(status))] string call = "")
    {
        if (status != CublasStatus.Success)
            throw new CublasException(status, call);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Throw(CuResult result, string call) => throw new CudaException(result, CuDriver.ErrorName(result), call);
}
