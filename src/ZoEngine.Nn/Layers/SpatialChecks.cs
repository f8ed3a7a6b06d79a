using System.Numerics;

namespace ZoEngine.Nn;

/// <summary>
/// The check that neighbouring spatial layers agree on their maps, not only on their feature counts: 8×14×14 and
/// 32×7×7 both have 1568 features, and a chain that joined them would silently read channels as rows.
/// </summary>
internal static class SpatialChecks
{
    /// <summary>Throws naming both layers and their maps when <paramref name="before"/>'s output map is not <paramref name="after"/>'s input map.</summary>
    public static void RequireAdjacent<T>(Layer<T> before, Layer<T> after, string where) where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        if (OutputMap(before) is { } produced && InputMap(after) is { } consumed && produced != consumed)
            throw new ArgumentException($"{where}: {before.Describe()} outputs a {produced} map but {after.Describe()} takes {consumed} (channels, rows or columns differ).");
    }

    /// <summary>The same check along a chain, across the elementwise layers between two maps.</summary>
    public static void RequireChain<T>(IReadOnlyList<Layer<T>> layers) where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        int last = -1;
        for (int i = 0; i < layers.Count; i++)
        {
            if (layers[i] is IElementwiseLayer)
                continue;
            if (last >= 0)
                RequireAdjacent(layers[last], layers[i], $"Chain layers {last} and {i}");
            last = i;
        }
    }

    /// <summary>The map a layer ends with: its own, or a chain's last spatial layer's when only elementwise layers follow it.</summary>
    private static SpatialShape? OutputMap<T>(Layer<T> layer) where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        switch (layer)
        {
            case ISpatialLayer s:
                return s.OutShape;
            case Chain<T> chain:
                for (int i = chain.Layers.Count - 1; i >= 0; i--)
                {
                    if (chain.Layers[i] is not IElementwiseLayer)
                        return OutputMap(chain.Layers[i]);
                }
                return null;
            default:
                return null;
        }
    }

    /// <summary>The map a layer starts with: its own, or a chain's first non-elementwise layer's.</summary>
    private static SpatialShape? InputMap<T>(Layer<T> layer) where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        switch (layer)
        {
            case ISpatialLayer s:
                return s.InShape;
            case GlobalAvgPool<T> pool:
                return pool.InShape;
            case Chain<T> chain:
                foreach (var inner in chain.Layers)
                {
                    if (inner is not IElementwiseLayer)
                        return InputMap(inner);
                }
                return null;
            default:
                return null;
        }
    }
}
