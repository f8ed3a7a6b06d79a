using ZoEngine.Cuda.Interop;
using ZoEngine.Cuda.Kernels;

namespace ZoEngine.Cuda.Runtime;

/// <summary>
/// A GPU through the driver API: one context, one non-blocking stream that every launch and copy is queued on, and
/// the embedded PTX modules. Launches return at once; copies back to the host wait for the stream.
/// </summary>
internal sealed unsafe class CudaRuntime : DeviceRuntime
{
    private readonly CudaContext _context;
    private readonly CudaStream _stream;
    private readonly List<CudaModule> _modules = [];
    private readonly Dictionary<string, KernelHandle> _kernels = [];
    private readonly nint _streamHandle;
    private CudaEvent? _timingStart, _timingStop;

    public CudaRuntime(int deviceId)
    {
        _context = new CudaContext(deviceId);
        try
        {
            _stream = _context.CreateStream();
            _streamHandle = _stream.Handle.DangerousGetHandle();
            var catalog = PtxCatalog.Embedded();
            foreach (var file in catalog.Files)
            {
                var module = _context.LoadModule(catalog.Image(file), file.Ptx);
                _modules.Add(module);
                foreach (var k in file.Kernels)
                {
                    var kernel = module.GetKernel(k.Name, k.ParamBytes);
                    _kernels[k.Name] = new KernelHandle(k.Name, kernel.Function, k.ParamBytes);
                }
            }
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    public CudaContext Context => _context;

    public CudaStream Stream => _stream;

    public override string Name => $"cuda:{_context.DeviceId}";

    public override string Description => $"cuda: {_context.Describe()}";

    public override int MultiprocessorCount => _context.MultiprocessorCount;

    /// <summary>2048 resident threads per SM on sm_80/sm_90 at 256 threads per block.</summary>
    public override int BlocksPerMultiprocessor => 8;

    protected override NativeBuffer AllocateCore(long bytes) => _context.Allocate(bytes);

    protected override void CopyToHostCore(void* source, void* destination, long bytes)
    {
        using var _ = _context.Enter();
        CuCheck.ThrowIfFailed(CuDriver.cuMemcpyDtoHAsync(destination, (ulong)source, (nuint)bytes, _streamHandle));
        CuCheck.ThrowIfFailed(CuDriver.cuStreamSynchronize(_streamHandle));
    }

    protected override void CopyFromHostCore(void* source, void* destination, long bytes)
    {
        using var _ = _context.Enter();
        // From pageable memory the call returns once the source has been staged, so the caller may reuse it at once;
        // the copy itself stays ordered on the stream after earlier launches that read the destination.
        CuCheck.ThrowIfFailed(CuDriver.cuMemcpyHtoDAsync((ulong)destination, source, (nuint)bytes, _streamHandle));
    }

    public override void CopyOnDevice(void* source, void* destination, long bytes)
    {
        using var _ = _context.Enter();
        CuCheck.ThrowIfFailed(CuDriver.cuMemcpyDtoDAsync((ulong)destination, (ulong)source, (nuint)bytes, _streamHandle));
    }

    public override void Zero(void* destination, long bytes)
    {
        using var _ = _context.Enter();
        CuCheck.ThrowIfFailed(CuDriver.cuMemsetD8Async((ulong)destination, 0, (nuint)bytes, _streamHandle));
    }

    public override KernelHandle FindKernel(string name) =>
        _kernels.TryGetValue(name, out var k) ? k : throw new InvalidOperationException($"The embedded PTX has no kernel '{name}'.");

    public override void Synchronize()
    {
        using var _ = _context.Enter();
        CuCheck.ThrowIfFailed(CuDriver.cuStreamSynchronize(_streamHandle));
    }

    public override void StartTiming()
    {
        _timingStart ??= _context.CreateEvent();
        _timingStop ??= _context.CreateEvent();
        _timingStart.Record(_stream);
    }

    public override double StopTiming()
    {
        if (_timingStart is null || _timingStop is null)
            throw new InvalidOperationException("StopTiming without StartTiming.");
        _timingStop.Record(_stream);
        return _timingStop.ElapsedSince(_timingStart);
    }

    public override void Dispose()
    {
        _timingStart?.Dispose();
        _timingStop?.Dispose();
        foreach (var m in _modules)
            m.Dispose();
        _stream?.Dispose();
        _context.Dispose();
    }

    protected override void LaunchCore(in KernelHandle kernel, uint grid, uint block, void* args, int argBytes)
    {
        using var _ = _context.Enter();
        nuint size = (nuint)argBytes;
        void** extra = stackalloc void*[5];
        extra[0] = (void*)CuDriver.LaunchParamBufferPointer;
        extra[1] = args;
        extra[2] = (void*)CuDriver.LaunchParamBufferSize;
        extra[3] = &size;
        extra[4] = (void*)CuDriver.LaunchParamEnd;
        CuCheck.ThrowIfFailed(CuDriver.cuLaunchKernel(kernel.Function, grid, 1, 1, block, 1, 1, 0, _streamHandle, null, extra), $"cuLaunchKernel({kernel.Name})");
    }
}
