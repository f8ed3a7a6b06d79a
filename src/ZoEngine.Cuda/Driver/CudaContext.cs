using System.Runtime.InteropServices;
using System.Text;
using ZoEngine.Cuda.Interop;

namespace ZoEngine.Cuda;

/// <summary>
/// A CUDA context on one device, shaped like ManagedCuda's <c>CudaContext</c>: device properties, module loading,
/// allocation and synchronisation. Every driver object it makes is a SafeHandle that keeps the context alive.
/// </summary>
public sealed unsafe class CudaContext : IDisposable
{
    private readonly CudaContextHandle _handle;

    /// <summary>Creates a context on device <paramref name="deviceId"/>.</summary>
    /// <exception cref="CudaUnavailableException">No driver, no device, or no device at that ordinal.</exception>
    public CudaContext(int deviceId = 0)
    {
        if (!TryProbe(out int count, out string reason))
            throw new CudaUnavailableException(reason);
        if (deviceId < 0 || deviceId >= count)
            throw new CudaUnavailableException($"CUDA device {deviceId} does not exist: the driver reports {count} device(s).");
        CuCheck.ThrowIfFailed(CuDriver.cuDeviceGet(out int device, deviceId));
        DeviceId = deviceId;
        byte* name = stackalloc byte[256];
        CuCheck.ThrowIfFailed(CuDriver.cuDeviceGetName(name, 256, device));
        DeviceName = Marshal.PtrToStringUTF8((nint)name) ?? $"device {deviceId}";
        ComputeCapability = (Attribute(CuDriver.AttributeComputeCapabilityMajor, device), Attribute(CuDriver.AttributeComputeCapabilityMinor, device));
        MultiprocessorCount = Attribute(CuDriver.AttributeMultiprocessorCount, device);
        MaxThreadsPerBlock = Attribute(CuDriver.AttributeMaxThreadsPerBlock, device);
        ClockRateKHz = Attribute(CuDriver.AttributeClockRate, device);
        MemoryClockRateKHz = Attribute(CuDriver.AttributeMemoryClockRate, device);
        MemoryBusWidthBits = Attribute(CuDriver.AttributeGlobalMemoryBusWidth, device);
        CuCheck.ThrowIfFailed(CuDriver.cuDeviceTotalMem(out nuint total, device));
        TotalMemoryBytes = (long)total;
        CuCheck.ThrowIfFailed(CuDriver.cuCtxCreate(out nint context, 0, device));
        // cuCtxCreate leaves the new context current on this thread; every later call pushes it explicitly instead,
        // so that calls from other threads (test runners, finalizers) find it too.
        CuDriver.cuCtxPopCurrent(out _);
        _handle = new CudaContextHandle(context);
    }

    /// <summary>
    /// Whether a CUDA device can be used: the driver library loads, cuInit succeeds and at least one device exists.
    /// Otherwise <paramref name="reason"/> is one line with the driver's own error name.
    /// </summary>
    public static bool TryProbe(out int deviceCount, out string reason)
    {
        deviceCount = 0;
        try
        {
            CuResult r = CuDriver.cuInit(0);
            if (r != CuResult.Success)
            {
                reason = $"cuInit failed: {CuDriver.ErrorName(r)}" + (r == CuResult.NoDevice ? " (no CUDA device on this machine)" : "");
                return false;
            }
            r = CuDriver.cuDeviceGetCount(out deviceCount);
            if (r != CuResult.Success || deviceCount == 0)
            {
                reason = r != CuResult.Success ? $"cuDeviceGetCount failed: {CuDriver.ErrorName(r)}" : "the CUDA driver reports no devices";
                return false;
            }
            reason = $"{deviceCount} CUDA device(s)";
            return true;
        }
        catch (DllNotFoundException)
        {
            reason = $"no CUDA driver: {string.Join(" or ", NativeLibraries.Candidates(NativeLibraries.Driver))} not found";
            return false;
        }
        catch (EntryPointNotFoundException e)
        {
            reason = $"the CUDA driver library is too old: {e.Message}";
            return false;
        }
    }

    /// <summary>The device ordinal.</summary>
    public int DeviceId { get; }
    /// <summary>The device's marketing name.</summary>
    public string DeviceName { get; }
    /// <summary>(major, minor), e.g. (9, 0) for an H100.</summary>
    public (int Major, int Minor) ComputeCapability { get; }
    /// <summary>Streaming multiprocessors.</summary>
    public int MultiprocessorCount { get; }
    /// <summary>The device's limit on threads per block.</summary>
    public int MaxThreadsPerBlock { get; }
    /// <summary>Peak SM clock in kHz.</summary>
    public int ClockRateKHz { get; }
    /// <summary>Peak memory clock in kHz.</summary>
    public int MemoryClockRateKHz { get; }
    /// <summary>Memory bus width in bits.</summary>
    public int MemoryBusWidthBits { get; }
    /// <summary>Device memory in bytes.</summary>
    public long TotalMemoryBytes { get; }

    /// <summary>The raw context handle (kept alive by every object made in this context).</summary>
    public CudaContextHandle Handle => _handle;

    /// <summary>Blocks until all work in the context has finished.</summary>
    public void Synchronize()
    {
        using var _ = Enter();
        CuCheck.ThrowIfFailed(CuDriver.cuCtxSynchronize());
    }

    /// <summary>
    /// Loads a PTX (or cubin) image with cuModuleLoadDataEx. The JIT's error log is captured, so a PTX that does not
    /// compile throws a <see cref="CudaException"/> whose <see cref="CudaException.JitLog"/> says why.
    /// </summary>
    /// <param name="image">The image; PTX must end with a NUL byte, which is added when missing.</param>
    /// <param name="name">A name for messages (the PTX file name).</param>
    public CudaModule LoadModule(ReadOnlySpan<byte> image, string name)
    {
        using var _ = Enter();
        const int LogBytes = 16384;
        byte[] nulTerminated = image.Length > 0 && image[^1] == 0 ? image.ToArray() : [.. image, 0];
        byte* errorLog = stackalloc byte[LogBytes];
        byte* infoLog = stackalloc byte[LogBytes];
        errorLog[0] = 0;
        infoLog[0] = 0;
        int* options = stackalloc int[] { CuDriver.JitErrorLogBuffer, CuDriver.JitErrorLogBufferSizeBytes, CuDriver.JitInfoLogBuffer, CuDriver.JitInfoLogBufferSizeBytes };
        void** values = stackalloc void*[] { errorLog, (void*)LogBytes, infoLog, (void*)LogBytes };
        CuResult r;
        nint module;
        fixed (byte* p = nulTerminated)
            r = CuDriver.cuModuleLoadDataEx(out module, p, 4, options, values);
        if (r != CuResult.Success)
        {
            string log = Marshal.PtrToStringUTF8((nint)errorLog) ?? "";
            throw new CudaException(r, CuDriver.ErrorName(r), $"cuModuleLoadDataEx({name})", string.IsNullOrWhiteSpace(log) ? "(the JIT wrote no log)" : log);
        }
        return new CudaModule(new CudaModuleHandle(_handle, module), name);
    }

    /// <summary>Allocates <paramref name="bytes"/> of zeroed device memory.</summary>
    public CudaDeviceBuffer Allocate(long bytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(bytes);
        using var _ = Enter();
        // cuMemAlloc refuses zero bytes; a one-byte allocation keeps every buffer's pointer valid and distinct.
        nuint size = (nuint)Math.Max(bytes, 1);
        CuCheck.ThrowIfFailed(CuDriver.cuMemAlloc(out ulong pointer, size));
        var buffer = new CudaDeviceBuffer(_handle, pointer, bytes);
        CuResult r = CuDriver.cuMemsetD8(pointer, 0, size);
        if (r != CuResult.Success)
        {
            buffer.Dispose();
            CuCheck.ThrowIfFailed(r, "cuMemsetD8(pointer, 0, size)");
        }
        return buffer;
    }

    /// <summary>Allocates a typed device array of <paramref name="count"/> zeroed elements.</summary>
    public CudaDeviceVariable<T> Allocate<T>(long count) where T : unmanaged =>
        new(this, Allocate(count * sizeof(T)), count);

    /// <summary>Creates a stream that does not synchronise with the legacy default stream.</summary>
    public CudaStream CreateStream()
    {
        using var _ = Enter();
        const uint NonBlocking = 1;
        CuCheck.ThrowIfFailed(CuDriver.cuStreamCreate(out nint stream, NonBlocking));
        return new CudaStream(this, new CudaStreamHandle(_handle, stream));
    }

    /// <summary>Creates an event for timing.</summary>
    public CudaEvent CreateEvent()
    {
        using var _ = Enter();
        CuCheck.ThrowIfFailed(CuDriver.cuEventCreate(out nint ev, 0));
        return new CudaEvent(this, new CudaEventHandle(_handle, ev));
    }

    /// <summary>One line: name, compute capability, SMs and memory.</summary>
    public string Describe() =>
        $"{DeviceName} (sm_{ComputeCapability.Major}{ComputeCapability.Minor}, {MultiprocessorCount} SMs, {TotalMemoryBytes / (1L << 30)} GiB)";

    /// <summary>Releases this reference to the context; it is destroyed once no handle made in it is alive.</summary>
    public void Dispose() => _handle.Dispose();

    internal CudaContextHandle.ContextScope Enter()
    {
        ObjectDisposedException.ThrowIf(_handle.IsClosed, this);
        return _handle.Enter();
    }

    private static int Attribute(int attribute, int device)
    {
        CuCheck.ThrowIfFailed(CuDriver.cuDeviceGetAttribute(out int value, attribute, device));
        return value;
    }
}

/// <summary>A loaded module: kernels are looked up by name.</summary>
public sealed unsafe class CudaModule : IDisposable
{
    internal CudaModule(CudaModuleHandle handle, string name)
    {
        Handle = handle;
        Name = name;
    }

    /// <summary>The module handle.</summary>
    public CudaModuleHandle Handle { get; }

    /// <summary>The image's name.</summary>
    public string Name { get; }

    /// <summary>The kernel called <paramref name="kernel"/>, whose argument struct is <paramref name="argBytes"/> bytes.</summary>
    public CudaKernel GetKernel(string kernel, int argBytes)
    {
        ObjectDisposedException.ThrowIf(Handle.IsClosed, this);
        byte[] name = Encoding.UTF8.GetBytes(kernel + "\0");
        nint function;
        fixed (byte* p = name)
            CuCheck.ThrowIfFailed(CuDriver.cuModuleGetFunction(out function, Handle.DangerousGetHandle(), p), $"cuModuleGetFunction({Name}, {kernel})");
        CuDriver.cuFuncGetAttribute(out int registers, CuDriver.FunctionAttributeNumRegs, function);
        return new CudaKernel(kernel, function, argBytes, registers, this);
    }

    /// <summary>Unloads the module once no kernel launch needs it.</summary>
    public void Dispose() => Handle.Dispose();
}

/// <summary>A kernel function: its name, its argument-struct size, and its register count as compiled for this device.</summary>
public sealed class CudaKernel(string name, nint function, int argBytes, int registers, CudaModule module)
{
    /// <summary>Kernel name.</summary>
    public string Name { get; } = name;
    /// <summary>The CUfunction.</summary>
    public nint Function { get; } = function;
    /// <summary>Bytes of the one argument struct it takes.</summary>
    public int ArgBytes { get; } = argBytes;
    /// <summary>Registers per thread, from the driver.</summary>
    public int Registers { get; } = registers;
    /// <summary>The module it lives in.</summary>
    public CudaModule Module { get; } = module;
}

/// <summary>A typed device array, shaped like ManagedCuda's <c>CudaDeviceVariable&lt;T&gt;</c>.</summary>
public sealed unsafe class CudaDeviceVariable<T> : IDisposable where T : unmanaged
{
    private readonly CudaContext _context;

    internal CudaDeviceVariable(CudaContext context, CudaDeviceBuffer buffer, long count)
    {
        _context = context;
        Buffer = buffer;
        Count = count;
    }

    /// <summary>The allocation.</summary>
    public CudaDeviceBuffer Buffer { get; }
    /// <summary>Elements.</summary>
    public long Count { get; }
    /// <summary>The CUdeviceptr of element 0.</summary>
    public ulong DevicePointer => Buffer.DevicePointer;

    /// <summary>Copies <paramref name="source"/> (exactly <see cref="Count"/> elements) to the device and waits.</summary>
    public void CopyToDevice(ReadOnlySpan<T> source)
    {
        CheckLength(source.Length);
        using var _ = _context.Enter();
        fixed (T* p = source)
            CuCheck.ThrowIfFailed(CuDriver.cuMemcpyHtoDAsync(DevicePointer, p, (nuint)(Count * sizeof(T)), 0));
        CuCheck.ThrowIfFailed(CuDriver.cuCtxSynchronize());
    }

    /// <summary>Copies the device array to <paramref name="destination"/> after all queued work in the context.</summary>
    public void CopyToHost(Span<T> destination)
    {
        CheckLength(destination.Length);
        using var _ = _context.Enter();
        CuCheck.ThrowIfFailed(CuDriver.cuCtxSynchronize());
        fixed (T* p = destination)
            CuCheck.ThrowIfFailed(CuDriver.cuMemcpyDtoHAsync(p, DevicePointer, (nuint)(Count * sizeof(T)), 0));
        CuCheck.ThrowIfFailed(CuDriver.cuCtxSynchronize());
    }

    /// <summary>Frees the device memory.</summary>
    public void Dispose() => Buffer.Dispose();

    private void CheckLength(int length)
    {
        if (length != Count)
            throw new ArgumentException($"The device array has {Count} elements; the host span has {length}.");
    }
}

/// <summary>A stream: launches and copies queued on it run in order, asynchronously to the host.</summary>
public sealed class CudaStream(CudaContext context, CudaStreamHandle handle) : IDisposable
{
    /// <summary>The stream handle.</summary>
    public CudaStreamHandle Handle { get; } = handle;

    /// <summary>Blocks until everything queued on the stream has finished.</summary>
    public void Synchronize()
    {
        using var _ = context.Enter();
        CuCheck.ThrowIfFailed(CuDriver.cuStreamSynchronize(Handle.DangerousGetHandle()));
    }

    /// <summary>Destroys the stream (queued work still completes).</summary>
    public void Dispose() => Handle.Dispose();
}

/// <summary>An event, for opt-in timing of work on a stream.</summary>
public sealed class CudaEvent(CudaContext context, CudaEventHandle handle) : IDisposable
{
    /// <summary>The event handle.</summary>
    public CudaEventHandle Handle { get; } = handle;

    /// <summary>Records the event at the current end of <paramref name="stream"/>.</summary>
    public void Record(CudaStream stream)
    {
        using var _ = context.Enter();
        CuCheck.ThrowIfFailed(CuDriver.cuEventRecord(Handle.DangerousGetHandle(), stream.Handle.DangerousGetHandle()));
    }

    /// <summary>Milliseconds from <paramref name="start"/> to this event, waiting for this event first.</summary>
    public float ElapsedSince(CudaEvent start)
    {
        using var _ = context.Enter();
        CuCheck.ThrowIfFailed(CuDriver.cuEventSynchronize(Handle.DangerousGetHandle()));
        CuCheck.ThrowIfFailed(CuDriver.cuEventElapsedTime(out float ms, start.Handle.DangerousGetHandle(), Handle.DangerousGetHandle()));
        return ms;
    }

    /// <summary>Destroys the event.</summary>
    public void Dispose() => Handle.Dispose();
}
