using System.Runtime.Intrinsics;

namespace ZoEngine.Bench;

/// <summary>The vector widths this machine accelerates, plus scalar: emulated widths are not benchmarked.</summary>
public static class WidthCatalog
{
    /// <summary>
    /// Every accelerated width, or only those named in ZO_BENCH_WIDTHS (comma-separated SimdWidth names, e.g. V512)
    /// when a run on a shared machine has time for one width only.
    /// </summary>
    public static IEnumerable<SimdWidth> Accelerated()
    {
        string? only = Environment.GetEnvironmentVariable("ZO_BENCH_WIDTHS");
        var all = AllAccelerated();
        return string.IsNullOrWhiteSpace(only)
            ? all
            : all.Where(w => only.Split(',', StringSplitOptions.TrimEntries).Contains(w.ToString()));
    }

    private static IEnumerable<SimdWidth> AllAccelerated()
    {
        yield return SimdWidth.Scalar;
        if (Vector128.IsHardwareAccelerated) yield return SimdWidth.V128;
        if (Vector256.IsHardwareAccelerated) yield return SimdWidth.V256;
        if (Vector512.IsHardwareAccelerated) yield return SimdWidth.V512;
    }
}
