using BenchmarkDotNet.Attributes;
using ZoEngine.Nn.Gemm;

namespace ZoEngine.Bench;

/// <summary>A GEMM shape for the benchmarks: C[m, n] = A[m, k]·B[k, n], row-major, no transposes.</summary>
public sealed record GemmBenchShape(string Name, int M, int N, int K)
{
    /// <summary>Floating-point operations of one product (a multiply and an add per term).</summary>
    public double Flops => 2.0 * M * N * K;

    public override string ToString() => Name;

    /// <summary>Square sizes, and the HZO probe batch: 2W probes per sample × B = 32 samples through a W = 128 linear layer.</summary>
    public static IEnumerable<GemmBenchShape> All(bool includeLarge)
    {
        yield return new("128³", 128, 128, 128);
        yield return new("512³", 512, 512, 512);
        if (includeLarge)
            yield return new("1024³", 1024, 1024, 1024);
        yield return new("hzo 8192×128×128", 2 * 128 * 32, 128, 128);
    }
}

/// <summary>
/// The blocked SIMD GEMM against OpenBLAS (the baseline: what a user would otherwise call), float32, on one thread and
/// on two. OpenBLAS's thread count is process-wide, so each case sets it in its setup.
/// </summary>
[MemoryDiagnoser]
public class GemmBenchmarks
{
    private BlockedGemm _blocked = null!;
    private OpenBlasGemm _blas = null!;
    private float[] _a = [], _b = [], _c = [];

    [ParamsSource(nameof(Shapes))]
    public GemmBenchShape Shape { get; set; } = null!;

    [Params(1, 2)]
    public int Threads { get; set; }

    public static IEnumerable<GemmBenchShape> Shapes => GemmBenchShape.All(includeLarge: true);

    [GlobalSetup]
    public void Setup()
    {
        _blas = OpenBlasGemm.TryCreate(out string reason) ?? throw new InvalidOperationException($"The GEMM benchmarks compare against OpenBLAS: {reason}");
        _blas.Threads = Threads;
        _blocked = new BlockedGemm(SimdWidth.Auto, Threads);
        (_a, _b, _c) = GemmBenchData.Create(Shape);
        Console.WriteLine($"// {_blocked.Description}; {_blas.Description}");
    }

    [Benchmark]
    public void Blocked() => _blocked.Sgemm(Transpose.No, Transpose.No, Shape.M, Shape.N, Shape.K, 1f, _a, Shape.K, _b, Shape.N, 0f, _c, Shape.N);

    [Benchmark(Baseline = true)]
    public void OpenBlas() => _blas.Sgemm(Transpose.No, Transpose.No, Shape.M, Shape.N, Shape.K, 1f, _a, Shape.K, _b, Shape.N, 0f, _c, Shape.N);
}

/// <summary>The scalar reference GEMM at the same shapes (not 1024³, which takes seconds per call), to show what the
/// specification loop costs.</summary>
[MemoryDiagnoser]
public class ReferenceGemmBenchmarks
{
    private float[] _a = [], _b = [], _c = [];

    [ParamsSource(nameof(Shapes))]
    public GemmBenchShape Shape { get; set; } = null!;

    public static IEnumerable<GemmBenchShape> Shapes => GemmBenchShape.All(includeLarge: false);

    [GlobalSetup]
    public void Setup() => (_a, _b, _c) = GemmBenchData.Create(Shape);

    [Benchmark]
    public void Reference() => ReferenceGemm.Instance.Sgemm(Transpose.No, Transpose.No, Shape.M, Shape.N, Shape.K, 1f, _a, Shape.K, _b, Shape.N, 0f, _c, Shape.N);
}

internal static class GemmBenchData
{
    /// <summary>Uniform values in [−1, 1) from a fixed seed: no denormals, no zeros that a kernel could skip.</summary>
    public static (float[] A, float[] B, float[] C) Create(GemmBenchShape s)
    {
        var rng = new Random(1);
        float[] Fill(int n)
        {
            var x = new float[n];
            for (int i = 0; i < n; i++)
                x[i] = (float)(rng.NextDouble() * 2 - 1);
            return x;
        }
        return (Fill(s.M * s.K), Fill(s.K * s.N), new float[s.M * s.N]);
    }
}
