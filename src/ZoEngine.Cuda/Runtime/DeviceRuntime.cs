using System.Runtime.CompilerServices;

namespace ZoEngine.Cuda.Runtime;

/// <summary>A kernel as a runtime knows it: name, function handle, and the size of its one argument struct.</summary>
internal readonly record struct KernelHandle(string Name, nint Function, int ArgBytes);

/// <summary>
/// What the device backends need from a device: its memory (as an <see cref="IParameterMemory"/>), kernels by name, and
/// launches. <see cref="CudaRuntime"/> does this through the driver API on a GPU; <see cref="HostRuntime"/> runs the
/// host build of the same kernels. Everything above this class — argument structs, grid and block computation,
/// tensor tables — is shared, which is what lets the Emulated backend test the CUDA backend's code path.
/// </summary>
internal abstract unsafe class DeviceRuntime : IAccountedMemory, IDisposable
{
    /// <summary>Every allocation and host transfer of this device, counted here so that CUDA and Emulated count alike.</summary>
    public MemoryAccountant Accountant { get; } = new();

    /// <inheritdoc />
    public abstract string Name { get; }

    /// <summary>Device memory is never touched by host code directly, even where (in emulation) it could be.</summary>
    public bool IsHostAccessible => false;

    /// <summary>One line describing the device.</summary>
    public abstract string Description { get; }

    /// <summary>Multiprocessors: the grid of an elementwise launch is a small multiple of this.</summary>
    public abstract int MultiprocessorCount { get; }

    /// <summary>Resident blocks per multiprocessor that the grid is sized for.</summary>
    public abstract int BlocksPerMultiprocessor { get; }

    /// <inheritdoc />
    public NativeBuffer Allocate(long bytes)
    {
        var buffer = AllocateCore(bytes);
        Accountant.Allocated(buffer);
        return buffer;
    }

    /// <inheritdoc />
    public void CopyToHost(void* source, void* destination, long bytes)
    {
        CopyToHostCore(source, destination, bytes);
        Accountant.CopiedToHost(bytes);
    }

    /// <inheritdoc />
    public void CopyFromHost(void* source, void* destination, long bytes)
    {
        CopyFromHostCore(source, destination, bytes);
        Accountant.CopiedFromHost(bytes);
    }

    /// <summary>Allocates zeroed device bytes (the accounting is the caller's, <see cref="Allocate"/>).</summary>
    protected abstract NativeBuffer AllocateCore(long bytes);

    /// <summary>Device-to-host copy after queued work.</summary>
    protected abstract void CopyToHostCore(void* source, void* destination, long bytes);

    /// <summary>Host-to-device copy ordered after queued work.</summary>
    protected abstract void CopyFromHostCore(void* source, void* destination, long bytes);

    /// <summary>Device-to-device copy, ordered with the launches.</summary>
    public abstract void CopyOnDevice(void* source, void* destination, long bytes);

    /// <inheritdoc />
    public void CopyWithin(void* source, void* destination, long bytes) => CopyOnDevice(source, destination, bytes);

    /// <summary>Zeroes device bytes, ordered with the launches.</summary>
    public abstract void Zero(void* destination, long bytes);

    /// <summary>The kernel called <paramref name="name"/>; throws when the image lacks it.</summary>
    public abstract KernelHandle FindKernel(string name);

    /// <summary>Waits for every queued launch and copy.</summary>
    public abstract void Synchronize();

    /// <summary>
    /// Launches <paramref name="kernel"/> with its argument struct, asynchronously where the device allows. The struct's
    /// size must be the kernel's parameter size: a mismatch is an <see cref="ArgumentException"/> before anything runs.
    /// </summary>
    public void Launch<TArgs>(in KernelHandle kernel, uint grid, uint block, in TArgs args) where TArgs : unmanaged
    {
        if (sizeof(TArgs) != kernel.ArgBytes)
            throw new ArgumentException($"Kernel {kernel.Name} takes a {kernel.ArgBytes}-byte argument struct; {typeof(TArgs).Name} is {sizeof(TArgs)} bytes.");
        fixed (TArgs* p = &args)
            LaunchCore(kernel, grid, block, p, sizeof(TArgs));
    }

    /// <summary>Starts an opt-in timing span; <see cref="StopTiming"/> returns its milliseconds.</summary>
    public abstract void StartTiming();

    /// <summary>Milliseconds since <see cref="StartTiming"/>, as the device measures them.</summary>
    public abstract double StopTiming();

    /// <inheritdoc />
    public abstract void Dispose();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    protected abstract void LaunchCore(in KernelHandle kernel, uint grid, uint block, void* args, int argBytes);
}
