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

    /// <summary>
    /// Frees <paramref name="value"/>, a child of this context, with the context current, then drops the child's
    /// reference. Synchronous, and errors are swallowed: this runs from finalizers.
    /// </summary>
    internal void ReleaseChild(nint value, Action<nint> free)
    {
        if (CuDriver.cuCtxPushCurrent(handle) == CuResult.Success)
        {
            free(value);
            CuDriver.cuCtxPopCurrent(out _);
        }
        DangerousRelease();
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
    private readonly Action<nint> _free;

    private protected CudaChildHandle(CudaContextHandle context, nint value, Action<nint> free) : base(0, ownsHandle: true)
    {
        bool added = false;
        context.DangerousAddRef(ref added);
        _context = context;
        _free = free;
        SetHandle(value);
    }

    /// <inheritdoc />
    public override bool IsInvalid => handle == 0;

    /// <inheritdoc />
    protected sealed override bool ReleaseHandle()
    {
        _context.ReleaseChild(handle, _free);
        return true;
    }
}

/// <summary>A loaded module (cuModuleUnload on release).</summary>
public sealed class CudaModuleHandle : CudaChildHandle
{
    internal CudaModuleHandle(CudaContextHandle context, nint module) : base(context, module, static m => CuDriver.cuModuleUnload(m)) { }
}

/// <summary>A stream (cuStreamDestroy on release; the driver lets queued work finish first).</summary>
public sealed class CudaStreamHandle : CudaChildHandle
{
    internal CudaStreamHandle(CudaContextHandle context, nint stream) : base(context, stream, static s => CuDriver.cuStreamDestroy(s)) { }
}

/// <summary>An event (cuEventDestroy on release).</summary>
public sealed class CudaEventHandle : CudaChildHandle
{
    internal CudaEventHandle(CudaContextHandle context, nint @event) : base(context, @event, static e => CuDriver.cuEventDestroy(e)) { }
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
        _context.ReleaseChild(handle, static p => CuDriver.cuMemFree((ulong)p));
        return true;
    }
}
