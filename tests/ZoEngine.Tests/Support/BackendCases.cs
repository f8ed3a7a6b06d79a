using ZoEngine.Cuda;

namespace ZoEngine.Tests.Support;

/// <summary>
/// The backends every contract fixture runs on. CPU widths that the hardware does not accelerate still run, in the
/// runtime's software vectors, so every width's code path is exercised on every machine. The Emulated backend runs
/// the CUDA backend's launch path over the host build of the kernels, at several block sizes; the Cuda backend runs
/// where a device exists and is reported as skipped, with the driver's reason, everywhere else.
/// </summary>
public static class BackendCases
{
    public static IEnumerable<TestFixtureData> Fixtures()
    {
        foreach (var name in Names)
            yield return new TestFixtureData(name).SetArgDisplayNames(name);
    }

    public static readonly string[] Names = ["cpu-scalar", "cpu-128", "cpu-256", "cpu-512", "emulated", "emulated-b32", "emulated-b96", "cuda"];

    /// <summary>The device backends only, for fixtures of device-specific behaviour.</summary>
    public static IEnumerable<TestFixtureData> DeviceFixtures()
    {
        foreach (var name in new[] { "emulated", "cuda" })
            yield return new TestFixtureData(name).SetArgDisplayNames(name);
    }

    public static IZoBackend Create(string name) => name switch
    {
        "cpu-scalar" => new CpuBackend(SimdWidth.Scalar),
        "cpu-128" => new CpuBackend(SimdWidth.V128),
        "cpu-256" => new CpuBackend(SimdWidth.V256),
        "cpu-512" => new CpuBackend(SimdWidth.V512),
        "emulated" => new EmulatedBackend(),
        "emulated-b32" => new EmulatedBackend(blockSize: 32),
        "emulated-b96" => new EmulatedBackend(blockSize: 96),
        "cuda" => CreateCuda(),
        _ => throw new ArgumentException($"Unknown backend case '{name}'."),
    };

    /// <summary>A CUDA backend, or the test is reported as skipped with the driver's reason.</summary>
    public static CudaBackend CreateCuda()
    {
        if (!CudaBackend.IsAvailable(out string reason))
            Assert.Ignore($"no CUDA device: {reason}");
        return new CudaBackend();
    }
}

/// <summary>Parameter sets in a backend's memory, filled and read through host copies as a GPU would need.</summary>
public static class Sets
{
    public static ParameterSet New(IZoBackend backend, params (string Name, long Length)[] tensors)
    {
        var p = new ParameterSet(backend.Memory);
        foreach (var (name, length) in tensors)
            p.Add(name, length);
        return p;
    }

    /// <summary>The whole set, flattened, on the host.</summary>
    public static float[] Host(ParameterSet p)
    {
        var flat = new float[p.TotalLength];
        p.CopyToHost(flat);
        return flat;
    }

    /// <summary>Tensor <paramref name="index"/> on the host.</summary>
    public static float[] Tensor(ParameterSet p, int index) =>
        Host(p).AsSpan((int)p[index].Offset, (int)p[index].Length).ToArray();
}
