using System.Runtime.InteropServices;

namespace ZoEngine;

/// <summary>
/// Where a <see cref="ParameterSet"/>'s tensors and an <see cref="OptimizerState"/>'s moments live: host memory for
/// the CPU backend, a device's memory for the CUDA and Emulated backends. A backend works only on sets in its own
/// memory (<see cref="IZoBackend.Memory"/>), and the copies here are the one way across, so code that runs on the
/// Emulated backend cannot quietly read device memory as if it were the host's.
/// </summary>
public interface IParameterMemory
{
    /// <summary>Short name for messages ("host", "cuda:0", "emulated").</summary>
    string Name { get; }

    /// <summary>Whether tensors in this memory can be read and written through their pointers from host code.</summary>
    bool IsHostAccessible { get; }

    /// <summary>Allocates <paramref name="bytes"/> zeroed bytes, at least 64-byte aligned; the handle frees them.</summary>
    NativeBuffer Allocate(long bytes);

    /// <summary>Copies <paramref name="bytes"/> from memory of this kind to host memory, after all work queued on it.</summary>
    unsafe void CopyToHost(void* source, void* destination, long bytes);

    /// <summary>Copies <paramref name="bytes"/> from host memory to memory of this kind, ordered after queued work.</summary>
    unsafe void CopyFromHost(void* source, void* destination, long bytes);

    /// <summary>Copies <paramref name="bytes"/> between two places in memory of this kind, ordered after queued work.</summary>
    unsafe void CopyWithin(void* source, void* destination, long bytes);

    /// <summary>Zeroes <paramref name="bytes"/> of memory of this kind, ordered after queued work.</summary>
    unsafe void Zero(void* destination, long bytes);
}

/// <summary>
/// One allocation of an <see cref="IParameterMemory"/>, with a single owner. Dispose frees it; if it is never disposed
/// its finalizer frees it synchronously, never stream-ordered, because the stream may be gone by then.
/// </summary>
public abstract unsafe class NativeBuffer : SafeHandle
{
    /// <summary>Wraps <paramref name="pointer"/> of <paramref name="bytes"/> bytes, owned by the new handle.</summary>
    protected NativeBuffer(void* pointer, long bytes) : base(0, ownsHandle: true)
    {
        SetHandle((nint)pointer);
        Bytes = bytes;
    }

    /// <summary>Size in bytes.</summary>
    public long Bytes { get; }

    /// <summary>Address of the first byte; throws once the buffer is freed.</summary>
    public void* Pointer
    {
        get
        {
            ObjectDisposedException.ThrowIf(IsClosed, this);
            return (void*)handle;
        }
    }

    /// <inheritdoc />
    public override bool IsInvalid => handle == 0;

    private MemoryAccountant? _accountant;
    private MemoryCategory _category;

    /// <summary>Records the accountant this buffer's bytes are charged to, to be credited back when it is freed.</summary>
    internal void ChargeTo(MemoryAccountant accountant, MemoryCategory category)
    {
        _category = category;
        _accountant = accountant;
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        // Explicit Dispose and the finalizer both come here; the exchange credits the bytes back exactly once.
        Interlocked.Exchange(ref _accountant, null)?.Released(_category, Bytes);
        base.Dispose(disposing);
    }
}

/// <summary>Host memory: 64-byte aligned native allocations that the CPU backend reads and writes directly.</summary>
public sealed unsafe class HostMemory : IParameterMemory
{
    private HostMemory() { }

    /// <summary>The one host memory.</summary>
    public static HostMemory Instance { get; } = new();

    /// <inheritdoc />
    public string Name => "host";

    /// <inheritdoc />
    public bool IsHostAccessible => true;

    /// <inheritdoc />
    public NativeBuffer Allocate(long bytes) => new HostBuffer(bytes);

    /// <inheritdoc />
    public void CopyToHost(void* source, void* destination, long bytes) => Buffer.MemoryCopy(source, destination, bytes, bytes);

    /// <inheritdoc />
    public void CopyFromHost(void* source, void* destination, long bytes) => Buffer.MemoryCopy(source, destination, bytes, bytes);

    /// <inheritdoc />
    public void CopyWithin(void* source, void* destination, long bytes) => Buffer.MemoryCopy(source, destination, bytes, bytes);

    /// <inheritdoc />
    public void Zero(void* destination, long bytes) => NativeMemory.Clear(destination, (nuint)bytes);
}

/// <summary>A zeroed, 64-byte aligned block from <see cref="NativeMemory.AlignedAlloc(nuint, nuint)"/>.</summary>
public sealed unsafe class HostBuffer : NativeBuffer
{
    /// <summary>Allocates <paramref name="bytes"/> zeroed bytes (at least one, so that the pointer is never null).</summary>
    public HostBuffer(long bytes) : base(AllocateZeroed(bytes), bytes) { }

    /// <inheritdoc />
    protected override bool ReleaseHandle()
    {
        NativeMemory.AlignedFree((void*)handle);
        return true;
    }

    private static void* AllocateZeroed(long bytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(bytes);
        // Linux overcommits: an allocation beyond what exists succeeds and the process is killed when Clear touches it.
        MemorySize.ThrowIfUnaffordable(bytes);
        nuint size = (nuint)Math.Max(bytes, 1);
        void* p;
        try
        {
            p = NativeMemory.AlignedAlloc(size, 64);
        }
        catch (OutOfMemoryException)
        {
            throw new InsufficientMemoryException($"The system refused an allocation of {bytes} bytes.");
        }
        NativeMemory.Clear(p, size);
        return p;
    }
}
