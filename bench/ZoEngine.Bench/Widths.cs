using System.Runtime.Intrinsics;

namespace ZoEngine.Bench;

/// <summary>The vector widths this machine accelerates, plus scalar: emulated widths are not benchmarked.</summary>
public static class WidthCatalog
{
    public static IEnumerable<SimdWidth> Accelerated()
    {
        yield return SimdWidth.Scalar;
        if (Vector128.IsHardwareAccelerated) yield return SimdWidth.V128;
        if (Vector256.IsHardwareAccelerated) yield return SimdWidth.V256;
        if (Vector512.IsHardwareAccelerated) yield return SimdWidth.V512;
    }
}
