using ZoEngine.Cuda.Runtime;

namespace ZoEngine.Cuda;

/// <summary>
/// The CUDA backend: the kernels of kernels/, loaded from the PTX embedded in this assembly (so only a GPU driver is
/// needed), launched asynchronously on one stream. Parameter sets live in device memory: create them with
/// <c>new ParameterSet(backend.Memory)</c>, or wrap a device pointer your trainer already owns with
/// <see cref="ParameterSet.AddExternal"/>. An objective that reads θ on the device should run on <see cref="Stream"/>
/// or after <see cref="DeviceBackend.Synchronize"/>; ZoTrainer synchronises before each evaluation.
/// </summary>
public sealed class CudaBackend : DeviceBackend
{
    /// <summary>Creates the backend on device <paramref name="deviceId"/>.</summary>
    /// <exception cref="CudaUnavailableException">No driver or no device: the message is the driver's reason.</exception>
    public CudaBackend(int deviceId = 0, int blockSize = DefaultBlockSize) : this(new CudaRuntime(deviceId), blockSize) { }

    private CudaBackend(CudaRuntime runtime, int blockSize) : base(runtime, blockSize)
    {
        Context = runtime.Context;
        Stream = runtime.Stream;
    }

    /// <summary>The stream every op is queued on.</summary>
    public CudaStream Stream { get; }

    /// <inheritdoc />
    public override string Name => "cuda";

    /// <summary>The context (device properties, allocation, modules).</summary>
    public CudaContext Context { get; }

    /// <summary>Whether a device can be used, with the driver's reason when not; see <see cref="CudaContext.TryProbe"/>.</summary>
    public static bool IsAvailable(out string reason) => CudaContext.TryProbe(out _, out reason);
}

/// <summary>
/// The CUDA backend's code path on the CPU: the same argument structs, grids, blocks and tensor tables, with each
/// launch run by the host build of the kernels (native/) instead of cuLaunchKernel. Its memory counts as device
/// memory, so host code must copy through <see cref="ParameterSet.CopyToHost"/> exactly as it would on a GPU.
/// It exists to test the CUDA path without a GPU and is slow.
/// </summary>
public sealed class EmulatedBackend : DeviceBackend
{
    /// <summary>Creates the backend; <paramref name="blockSize"/> lets tests cover every block size the kernels support.</summary>
    /// <exception cref="InvalidOperationException">The host build of the kernels is missing (build it with <c>make -C native</c>).</exception>
    public EmulatedBackend(int blockSize = DefaultBlockSize) : base(new HostRuntime(), blockSize) { }

    /// <inheritdoc />
    public override string Name => "emulated";
}
