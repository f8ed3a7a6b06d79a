using BenchmarkDotNet.Attributes;
using ZoEngine.Noise;

namespace ZoEngine.Bench;

/// <summary>Philox words and noise generation per width, one aligned and one odd length.</summary>
[MemoryDiagnoser]
public class NoiseBenchmarks : PerWidthBenchmark
{
    private uint[] _words = [];
    private float[] _z = [];

    [GlobalSetup]
    public void Setup()
    {
        _words = new uint[N / 64 * 64];
        _z = new float[N];
    }

    /// <summary>Raw Philox4x32-10 output, N words (rounded down to whole groups).</summary>
    [Benchmark, PerElement(4)]
    public void PhiloxWords() => NoiseStream.Words(7, 1, 0, _words, Width);

    [Benchmark, PerElement(4)]
    public void Gaussian() => NoiseStream.Generate(NoiseKind.Gaussian, 7, 1, 0, _z, Width);

    [Benchmark, PerElement(4)]
    public void Rademacher() => NoiseStream.Generate(NoiseKind.Rademacher, 7, 1, 0, _z, Width);
}
