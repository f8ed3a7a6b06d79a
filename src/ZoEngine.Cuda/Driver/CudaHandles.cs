using System.Runtime.InteropServices;
using ZoEngine.Cuda.Interop;

namespace ZoEngine.Cuda;

/// <summary>
/// A CUDA context. It outlives every handle made in it: each child handle holds a reference (SafeHandle AddRef), so
/// the context is destroyed after the last module, stream, event or allocation is released, whatever the order of
/// disposal or finalization.
/// </summary>
public sealed class CudaContextHandle : SafeHandle
{
    internal CudaContextHandle(nint context) : base(0, ownsHandle: true) => SetHandle(context);

    /// <inheritdoc />
    public override bool IsInvalid => handle == 0;

    /// <inheritdoc />
    protected override bool ReleaseHandle()
    {
        // Errors are swallowed: a finalizer must not throw, and a failed destroy leaves nothing to retry.
        CuDriver.cuCtxDestroy(handle);
        return true;
    }

    /// <summary>Makes the context current on this thread until the scope is disposed.</summary>
    internal ContextScope Enter()
    {
        bool added = false;
        DangerousAddRef(ref added);
        CuResult r = CuDriver.cuCtxPushCurrent(handle);
        if (r != CuResult.Success)
        {
            DangerousRelease();
            CuCheck.ThrowIfFailed(r, "cuCtxPushCurrent(context)");
        }
        return new ContextScope(this);
    }

    internal readonly struct ContextScope(CudaContextHandle owner) : IDisposable
    {
        public void Dispose()
        {
            CuDriver.cuCtxPopCurrent(out _);
            owner.DangerousRelease();
        }
    }
}

/// <summary>
/// A driver object that belongs to a context. Release makes the context current, frees synchronously (a finalizer
/// must never free stream-ordered: the stream may already be gone) and swallows driver errors.
/// </summary>
public abstract class CudaChildHandle : SafeHandle
{
    private readonly CudaContextHandle _context;

    private protected CudaChildHandle(CudaContextHandle context, nint value) : base(0, ownsHandle: true)
    {
        bool added = false;
        context.DangerousAddRef(ref added);
        _context = context;
        SetHandle(value);
    }

    /// <inheritdoc />
    public override bool IsInvalid => handle == 0;

    /// <inheritdoc />
    protected sealed override bool ReleaseHandle()
    {
        if (CuDriver.cuCtxPushCurrent(_context.DangerousGetHandle()) == CuResult.Success)
        {
            Free(handle);
            CuDriver.cuCtxPopCurrent(out _);
        }
        _context.DangerousRelease();
        return true;
    }

    private protected abstract void Free(nint value);
}

/// <summary>A loaded module (cuModuleUnload on release).</summary>
public sealed class CudaModuleHandle : CudaChildHandle
{
    internal CudaModuleHandle(CudaContextHandle context, nint module) : base(context, module) { }
    private protected override void Free(nint value) => CuDriver.cuModuleUnload(value);
}

/// <summary>A stream (cuStreamDestroy on release; the driver lets queued work finish first).</summary>
public sealed class CudaStreamHandle : CudaChildHandle
{
    internal CudaStreamHandle(CudaContextHandle context, nint stream) : base(context, stream) { }
    private protected override void Free(nint value) => CuDriver.cuStreamDestroy(value);
}

/// <summary>An event (cuEventDestroy on release).</summary>
public sealed class CudaEventHandle : CudaChildHandle
{
    internal CudaEventHandle(CudaContextHandle context, nint @event) : base(context, @event) { }
    private protected override void Free(nint value) => CuDriver.cuEventDestroy(value);
}

/// <summary>Device memory from cuMemAlloc, freed with the synchronous cuMemFree.</summary>
public sealed unsafe class CudaDeviceBuffer : NativeBuffer
{
    private readonly CudaContextHandle _context;

    internal CudaDeviceBuffer(CudaContextHandle context, ulong pointer, long bytes) : base((void*)pointer, bytes)
    {
        bool added = false;
        context.DangerousAddRef(ref added);
        _context = context;
    }

    /// <summary>The CUdeviceptr.</summary>
    public ulong DevicePointer => (ulong)Pointer;

    /// <inheritdoc />
    protected override bool ReleaseHandle()
    {
        if (CuDriver.cuCtxPushCurrent(_context.DangerousGetHandle()) == CuResult.Success)
        {
            CuDriver.cuMemFree((ulong)handle);
            CuDriver.cuCtxPopCurrent(out _);
        }
        _context.DangerousRelease();
        return true;
    }
}
