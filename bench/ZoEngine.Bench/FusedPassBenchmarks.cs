using System.Numerics.Tensors;
using BenchmarkDotNet.Attributes;

namespace ZoEngine.Bench;

/// <summary>
/// The fused θ += c·z pass per width, beside what a user would otherwise write: a stored z applied with
/// System.Numerics.Tensors' MultiplyAdd (which needs a d-sized z buffer that the fused pass never has).
/// </summary>
[MemoryDiagnoser]
public class FusedPassBenchmarks : PerWidthBenchmark
{
    private CpuBackend _backend = null!;
    private ParameterSet _theta = null!;
    private float[] _storedZ = [];
    private float[] _plain = [];
    private readonly NoiseTerm[] _one = [new(5, 1e-3f)];
    private readonly NoiseTerm[] _four = [new(5, 1e-3f), new(6, -1e-3f), new(7, 2e-3f), new(8, 5e-4f)];

    [GlobalSetup]
    public void Setup()
    {
        _backend = new CpuBackend(Width, threads: 1);
        _theta = new ParameterSet(("x", N));
        _storedZ = new float[N];
        _plain = new float[N];
        Noise.NoiseStream.Generate(Noise.NoiseKind.Gaussian, 5, 0, 0, _storedZ);
    }

    [GlobalCleanup]
    public void Cleanup() => _theta.Dispose();

    /// <summary>θ += c·z(s), z regenerated in the pass: reads and writes θ (8 bytes per element).</summary>
    [Benchmark, PerElement(8)]
    public void FusedOneTerm() => _backend.Combine(_theta, _one);

    /// <summary>θ += Σ of four seeded directions in one pass.</summary>
    [Benchmark, PerElement(8)]
    public void FusedFourTerms() => _backend.Combine(_theta, _four);

    /// <summary>θ += c·z from a stored z with TensorPrimitives.MultiplyAdd: reads θ and z, writes θ (12 bytes).</summary>
    [Benchmark(Baseline = true), PerElement(12)]
    public void StoredZMultiplyAdd() => TensorPrimitives.MultiplyAdd(_storedZ, 1e-3f, _plain, _plain);
}
