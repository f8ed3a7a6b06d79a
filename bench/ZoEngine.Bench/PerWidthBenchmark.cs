using BenchmarkDotNet.Attributes;

namespace ZoEngine.Bench;

/// <summary>The parameters every per-width benchmark shares: each accelerated width, one aligned and one odd length.</summary>
public abstract class PerWidthBenchmark
{
    [ParamsSource(nameof(Widths))]
    public SimdWidth Width { get; set; }

    [Params(1 << 22, (1 << 22) + 7)]
    public int N { get; set; }

    public static IEnumerable<SimdWidth> Widths => WidthCatalog.Accelerated();
}
