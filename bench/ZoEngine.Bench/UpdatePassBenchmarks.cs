using BenchmarkDotNet.Attributes;

namespace ZoEngine.Bench;

/// <summary>The fused (θ, m, v) update pass of each adaptive optimizer, float32 and bf16 state, restore fused in.</summary>
[MemoryDiagnoser]
public class UpdatePassBenchmarks
{
    private CpuBackend _backend = null!;
    private ParameterSet _theta = null!;
    private OptimizerState _state = null!;
    private readonly NoiseTerm[] _restore = [new(1, 1e-3f)];
    private readonly NoiseTerm[] _grad = [new(1, 0.2f)];

    [Params(UpdateKind.AdaMM, UpdateKind.RAdaZo, UpdateKind.Sign)]
    public UpdateKind Kind { get; set; }

    [Params(StatePrecision.Float32, StatePrecision.BFloat16)]
    public StatePrecision Precision { get; set; }

    [Params((1 << 22) + 7)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _backend = new CpuBackend();
        _theta = new ParameterSet(("x", N));
        _state = _backend.AllocateState(_theta, true, true, Precision);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _state.Dispose();
        _theta.Dispose();
    }

    /// <summary>θ read+written (8 bytes) plus m and v read+written (16 bytes in float32, 8 in bf16).</summary>
    [Benchmark]
    public void FusedUpdate() => _backend.Update(_theta, _state, new UpdateRule { Kind = Kind, LearningRate = 1e-3f, Beta1 = 0.9f, Beta2 = 0.99f, Epsilon = 1e-8f }, _restore, new GradientSource(_grad));
}
