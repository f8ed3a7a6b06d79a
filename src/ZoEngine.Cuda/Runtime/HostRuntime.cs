using System.Diagnostics;
using System.Text;
using ZoEngine.Cuda.Interop;
using ZoEngine.Cuda.Kernels;

namespace ZoEngine.Cuda.Runtime;

/// <summary>
/// The emulated device: memory is host memory that only kernels touch, and a launch runs the host build of the kernel
/// (native/) with the same grid, block and argument struct. Launches complete before they return.
/// </summary>
internal sealed unsafe class HostRuntime : DeviceRuntime
{
    private readonly Dictionary<string, KernelHandle> _kernels = [];
    private long _timingStart;
    private bool _disposed;

    public HostRuntime()
    {
        try
        {
            int abi = HostShim.zo_host_abi_version();
            if (abi != HostShim.AbiVersion)
                throw new InvalidOperationException($"The host build of the kernels has ABI version {abi}; this assembly needs {HostShim.AbiVersion}. Rebuild native/ (make -C native).");
        }
        catch (DllNotFoundException e)
        {
            throw new InvalidOperationException($"The host build of the kernels ({string.Join(" or ", NativeLibraries.Candidates(NativeLibraries.Host))}) is missing: build it with 'make -C native' (./build.sh does).", e);
        }
        int count = HostShim.zo_host_kernel_count();
        for (int i = 0; i < count; i++)
        {
            string name = System.Runtime.InteropServices.Marshal.PtrToStringUTF8((nint)HostShim.zo_host_kernel_name(i)) ?? "";
            byte[] utf8 = Encoding.UTF8.GetBytes(name + "\0");
            fixed (byte* p = utf8)
            {
                if (HostShim.zo_host_find_kernel(p, out nint handle, out int argBytes) != 0)
                    throw new InvalidOperationException($"The host build lists kernel '{name}' but cannot find it: {HostShim.LastError()}");
                _kernels[name] = new KernelHandle(name, handle, argBytes);
            }
        }
    }

    public override string Name => "emulated";

    public override string Description => $"emulated device: the kernels of kernels/ built for the host, {MultiprocessorCount} emulated SMs";

    /// <summary>Blocks run one after another, so a small grid keeps the per-block thread start-up cheap.</summary>
    public override int MultiprocessorCount => 2;

    public override int BlocksPerMultiprocessor => 2;

    /// <summary>The kernels the host build registered, with their argument sizes.</summary>
    public IReadOnlyDictionary<string, KernelHandle> Kernels => _kernels;

    protected override NativeBuffer AllocateCore(long bytes)
    {
        ThrowIfDisposed();
        return new HostBuffer(bytes);
    }

    protected override void CopyToHostCore(void* source, void* destination, long bytes) => Buffer.MemoryCopy(source, destination, bytes, bytes);

    protected override void CopyFromHostCore(void* source, void* destination, long bytes) => Buffer.MemoryCopy(source, destination, bytes, bytes);

    public override void CopyOnDevice(void* source, void* destination, long bytes) => Buffer.MemoryCopy(source, destination, bytes, bytes);

    public override void Zero(void* destination, long bytes) => System.Runtime.InteropServices.NativeMemory.Clear(destination, (nuint)bytes);

    public override KernelHandle FindKernel(string name)
    {
        ThrowIfDisposed();
        return _kernels.TryGetValue(name, out var k) ? k
            : throw new InvalidOperationException($"The host build of the kernels has no kernel '{name}'; rebuild native/ (make -C native).");
    }

    public override void Synchronize() => ThrowIfDisposed();

    public override void StartTiming() => _timingStart = Stopwatch.GetTimestamp();

    public override double StopTiming() => Stopwatch.GetElapsedTime(_timingStart).TotalMilliseconds;

    public override void Dispose() => _disposed = true;

    protected override void LaunchCore(in KernelHandle kernel, uint grid, uint block, void* args, int argBytes)
    {
        ThrowIfDisposed();
        if (HostShim.zo_host_launch(kernel.Function, grid, 1, 1, block, 1, 1, 0, args, argBytes) != 0)
            throw new InvalidOperationException($"Launch of {kernel.Name} (grid {grid}, block {block}) failed in the host build: {HostShim.LastError()}");
    }

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(_disposed, this);
}
