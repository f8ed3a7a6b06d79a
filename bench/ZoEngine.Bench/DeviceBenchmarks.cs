using BenchmarkDotNet.Attributes;
using ZoEngine.Cuda;
using ZoEngine.Noise;

namespace ZoEngine.Bench;

/// <summary>
/// The CUDA backend beside what a GPU user would otherwise run, in the same process: the fused noise pass against the
/// device's own copy bandwidth (cuMemcpyDtoD of θ), and the fused 3-pass SPSA step against the materialised 4-pass
/// step of the Python baselines (z generated once into a buffer, then four cuBLAS saxpy passes). Every benchmark
/// synchronises, so it times finished work. Runs only where a CUDA device exists; elsewhere the class has no cases.
/// </summary>
public class DeviceBenchmarks
{
    private const float Eps = 1e-3f, Lr = 1e-4f, G = 0.37f;
    private CudaBackend _backend = null!;
    private CudaBlas _blas = null!;
    private ParameterSet _theta = null!, _copy = null!, _z = null!;
    private readonly NoiseTerm[] _plus = [new(3, Eps)];
    private readonly NoiseTerm[] _minus = [new(3, -2 * Eps)];
    private readonly NoiseTerm[] _update = [new(3, Eps - Lr * G)];

    [ParamsSource(nameof(Devices))]
    public string Device { get; set; } = "";

    [Params(1 << 26, (1 << 26) + 7)]
    public int N { get; set; }

    public static IEnumerable<string> Devices => CudaBackend.IsAvailable(out _) ? ["cuda"] : [];

    [GlobalSetup]
    public void Setup()
    {
        _backend = new CudaBackend();
        _blas = new CudaBlas(_backend);
        _theta = Make("x");
        _copy = Make("x");
        _z = Make("z");
        _backend.Fill(_theta, NoiseKind.Gaussian, 1, 1f);
        _backend.Synchronize();
    }

    private ParameterSet Make(string name)
    {
        var p = new ParameterSet(_backend.Memory);
        p.Add(name, N);
        return p;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _theta.Dispose();
        _copy.Dispose();
        _z.Dispose();
        _blas.Dispose();
        _backend.Dispose();
    }

    /// <summary>The device's copy bandwidth on θ-sized buffers: read 4 + write 4 bytes per element.</summary>
    [Benchmark(Baseline = true), PerElement(8)]
    public void DeviceCopy()
    {
        _backend.Copy(_theta, _copy);
        _backend.Synchronize();
    }

    /// <summary>θ += c·z(s), z regenerated in registers: read 4 + write 4 bytes per element.</summary>
    [Benchmark, PerElement(8)]
    public void FusedCombine()
    {
        _backend.Combine(_theta, _plus);
        _backend.Synchronize();
    }

    /// <summary>The engine's SPSA step: three fused passes, 24 bytes of θ traffic per element.</summary>
    [Benchmark, PerElement(24)]
    public void SpsaFusedThreePass()
    {
        _backend.Combine(_theta, _plus);
        _backend.Combine(_theta, _minus);
        _backend.Combine(_theta, _update);
        _backend.Synchronize();
    }

    /// <summary>The materialised step: z written once, then four saxpy passes (4 × 12 bytes) — 52 bytes per element.</summary>
    [Benchmark, PerElement(52)]
    public unsafe void SpsaMaterialisedFourPass()
    {
        _backend.Fill(_z, NoiseKind.Gaussian, 3, 1f);
        ulong z = (ulong)_z[0].Pointer, x = (ulong)_theta[0].Pointer;
        _blas.Saxpy(N, Eps, z, x);
        _blas.Saxpy(N, -2 * Eps, z, x);
        _blas.Saxpy(N, Eps, z, x);
        _blas.Saxpy(N, -Lr * G, z, x);
        _backend.Synchronize();
    }
}
