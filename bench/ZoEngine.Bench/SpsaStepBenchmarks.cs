using System.Numerics.Tensors;
using BenchmarkDotNet.Attributes;
using MathNet.Numerics.Distributions;

namespace ZoEngine.Bench;

/// <summary>
/// One SPSA (MeZO) step's work on θ, the objective left out: the engine's 3 fused passes that regenerate z, against
/// the naive step the Python baselines take: materialise z with a standard normal sampler (MathNet's Normal), then
/// 4 MultiplyAdd passes (+εz, −2εz, +εz restore, −ηg·z). The naive step is given one sampling per step, which is
/// kinder to it than MeZO, which regenerates z for each of its 4 passes.
/// </summary>
/// <remarks>
/// No forced collection between iterations: the allocating naive step triggers a full collection about every 8
/// steps, and with BenchmarkDotNet's forced collection that cost landed inside the measurement only when the pilot
/// happened to choose 8 or more steps per iteration (at N = 4,194,304 it chose 8 and the step took 108 ms; at
/// N + 7 it chose 6 and took 71 ms, with the collections outside the timing). Left to the runtime, every iteration
/// pays its share, as a training loop does, at any length.
/// </remarks>
[MemoryDiagnoser, GcForce(false)]
public class SpsaStepBenchmarks : PerWidthBenchmark
{
    private const float Eps = 1e-3f, Lr = 1e-4f, G = 0.37f;
    private CpuBackend _backend = null!;
    private ParameterSet _theta = null!;
    private float[] _naiveTheta = [];
    private float[] _z = [];
    private double[] _zDouble = [];
    private Normal _normal = null!;
    private Random _random = null!;
    private readonly NoiseTerm[] _plus = [new(3, Eps)];
    private readonly NoiseTerm[] _minus = [new(3, -2 * Eps)];
    private readonly NoiseTerm[] _update = [new(3, Eps - Lr * G)];

    [GlobalSetup]
    public void Setup()
    {
        _backend = new CpuBackend(Width, threads: 1);
        _theta = new ParameterSet(("x", N));
        _naiveTheta = new float[N];
        _z = new float[N];
        _zDouble = new double[N];
        _normal = new Normal(0, 1, new Random(3));
        _random = new Random(3);
    }

    [GlobalCleanup]
    public void Cleanup() => _theta.Dispose();

    /// <summary>θ += εz; θ −= 2εz; θ += (ε − ηg)z: three passes, z regenerated each time. 24 bytes of θ traffic per element.</summary>
    [Benchmark, PerElement(24)]
    public void FusedThreePass()
    {
        _backend.Combine(_theta, _plus);
        _backend.Combine(_theta, _minus);
        _backend.Combine(_theta, _update);
    }

    /// <summary>z sampled and stored, then four MultiplyAdd passes over θ: 4 × 12 bytes plus z's write.</summary>
    [Benchmark(Baseline = true), PerElement(52)]
    public void NaiveFourPassMaterialised()
    {
        _normal.Samples(_zDouble);
        TensorPrimitives.ConvertTruncating<double, float>(_zDouble, _z);
        TensorPrimitives.MultiplyAdd(_z, Eps, _naiveTheta, _naiveTheta);
        TensorPrimitives.MultiplyAdd(_z, -2 * Eps, _naiveTheta, _naiveTheta);
        TensorPrimitives.MultiplyAdd(_z, Eps, _naiveTheta, _naiveTheta);
        TensorPrimitives.MultiplyAdd(_z, -Lr * G, _naiveTheta, _naiveTheta);
    }

    /// <summary>
    /// The same four passes with z sampled one element at a time into the reused buffer: the materialised
    /// step allocated 42.7 MB per step at N = 4,194,304 in the issue-14 measurement (MathNet's bulk sampling), so its
    /// baseline's time also carries page faults and GC. This is the naive step a careful user would write.
    /// </summary>
    [Benchmark, PerElement(52)]
    public void NaiveFourPassPreallocated()
    {
        float[] z = _z;
        for (int i = 0; i < z.Length; i++)
            z[i] = (float)Normal.Sample(_random, 0, 1);
        TensorPrimitives.MultiplyAdd(z, Eps, _naiveTheta, _naiveTheta);
        TensorPrimitives.MultiplyAdd(z, -2 * Eps, _naiveTheta, _naiveTheta);
        TensorPrimitives.MultiplyAdd(z, Eps, _naiveTheta, _naiveTheta);
        TensorPrimitives.MultiplyAdd(z, -Lr * G, _naiveTheta, _naiveTheta);
    }
}
