using System.Numerics;

namespace ZoEngine.Nn;

// The convolution and pooling ops. Every gather below sums in the order its INnOps contract names, so the device
// kernels (kernels/zo_conv.cu), which gather per output element, produce the same bits.
public sealed partial class CpuNnOps<T>
{
    /// <inheritdoc />
    public void Im2Col(Tensor<T> image, ConvGeometry geometry, Tensor<T> columns)
    {
        geometry.CheckColumns(image, columns, nameof(image), nameof(columns));
        var (k, s, p) = (geometry.Kernel, geometry.Stride, geometry.Padding);
        var (h, w) = (geometry.Input.Height, geometry.Input.Width);
        var (oh, ow) = (geometry.OutHeight, geometry.OutWidth);
        var src = image.Span;
        var dst = columns.Span;
        int row = 0;
        for (int c = 0; c < geometry.Input.Channels; c++)
        {
            for (int ky = 0; ky < k; ky++)
            {
                for (int kx = 0; kx < k; kx++, row++)
                {
                    var line = dst.Slice(row * oh * ow, oh * ow);
                    for (int oy = 0; oy < oh; oy++)
                    {
                        int y = oy * s - p + ky;
                        var outRow = line.Slice(oy * ow, ow);
                        if ((uint)y >= (uint)h)
                        {
                            outRow.Clear();
                            continue;
                        }
                        int inRow = (c * h + y) * w;
                        for (int ox = 0; ox < ow; ox++)
                        {
                            int x = ox * s - p + kx;
                            outRow[ox] = (uint)x < (uint)w ? src[inRow + x] : T.Zero;
                        }
                    }
                }
            }
        }
    }

    /// <inheritdoc />
    public void Col2Im(Tensor<T> columns, ConvGeometry geometry, Tensor<T> image)
    {
        geometry.CheckColumns(image, columns, nameof(image), nameof(columns));
        var (k, s, p) = (geometry.Kernel, geometry.Stride, geometry.Padding);
        var (h, w) = (geometry.Input.Height, geometry.Input.Width);
        var (oh, ow) = (geometry.OutHeight, geometry.OutWidth);
        var src = columns.Span;
        var dst = image.Span;
        dst.Clear();
        // Scattering rows in ascending (ky, kx) adds each pixel's terms in the contract's order: one input pixel meets
        // at most one output position per (ky, kx), and 0 + t is exact, so this equals the gather from zero.
        int row = 0;
        for (int c = 0; c < geometry.Input.Channels; c++)
        {
            for (int ky = 0; ky < k; ky++)
            {
                for (int kx = 0; kx < k; kx++, row++)
                {
                    var line = src.Slice(row * oh * ow, oh * ow);
                    for (int oy = 0; oy < oh; oy++)
                    {
                        int y = oy * s - p + ky;
                        if ((uint)y >= (uint)h)
                            continue;
                        int inRow = (c * h + y) * w;
                        for (int ox = 0; ox < ow; ox++)
                        {
                            int x = ox * s - p + kx;
                            if ((uint)x < (uint)w)
                                dst[inRow + x] += line[oy * ow + ox];
                        }
                    }
                }
            }
        }
    }

    /// <inheritdoc />
    public void AddChannelBias(Tensor<T> y, Tensor<T> bias)
    {
        int positions = ChannelLayout.Positions(y, bias, nameof(y), nameof(bias));
        var b = bias.Span;
        for (int r = 0; r < y.Rows; r++)
        {
            var row = y.Row(r);
            for (int c = 0; c < b.Length; c++)
                Elementwise.AddScalar(row.Slice(c * positions, positions), b[c], row.Slice(c * positions, positions));
        }
    }

    /// <inheritdoc />
    public void AccumulateChannelSums(Tensor<T> x, Tensor<T> sums)
    {
        int positions = ChannelLayout.Positions(x, sums, nameof(x), nameof(sums));
        var s = sums.Span;
        for (int c = 0; c < s.Length; c++)
        {
            T sum = s[c];
            for (int r = 0; r < x.Rows; r++)
            {
                var plane = x.Row(r).Slice(c * positions, positions);
                for (int q = 0; q < plane.Length; q++)
                    sum += plane[q];
            }
            s[c] = sum;
        }
    }

    /// <inheritdoc />
    public void ChannelMeans(Tensor<T> x, Tensor<T> means)
    {
        int positions = ChannelLayout.Means(x, means, nameof(x), nameof(means));
        T count = T.CreateTruncating(positions);
        for (int r = 0; r < x.Rows; r++)
        {
            var row = x.Row(r);
            var m = means.Row(r);
            for (int c = 0; c < m.Length; c++)
            {
                T sum = T.Zero;
                foreach (T v in row.Slice(c * positions, positions))
                    sum += v;
                m[c] = sum / count;
            }
        }
    }

    /// <inheritdoc />
    public void ChannelMeansBackward(Tensor<T> dMeans, Tensor<T> dx)
    {
        int positions = ChannelLayout.Means(dx, dMeans, nameof(dx), nameof(dMeans));
        T count = T.CreateTruncating(positions);
        for (int r = 0; r < dx.Rows; r++)
        {
            var d = dMeans.Row(r);
            var row = dx.Row(r);
            for (int c = 0; c < d.Length; c++)
                row.Slice(c * positions, positions).Fill(d[c] / count);
        }
    }

    /// <inheritdoc />
    public void Pool2d(PoolKind kind, Tensor<T> x, ConvGeometry geometry, Tensor<T> y)
    {
        PoolChecks.Check(kind, geometry);
        geometry.CheckMaps(x, y, nameof(x), nameof(y));
        int k = geometry.Kernel, s = geometry.Stride, h = geometry.Input.Height, w = geometry.Input.Width;
        int oh = geometry.OutHeight, ow = geometry.OutWidth;
        T area = T.CreateTruncating(k * k);
        for (int r = 0; r < x.Rows; r++)
        {
            var src = x.Row(r);
            var dst = y.Row(r);
            for (int c = 0; c < geometry.Input.Channels; c++)
            {
                for (int oy = 0; oy < oh; oy++)
                {
                    for (int ox = 0; ox < ow; ox++)
                    {
                        int origin = (c * h + oy * s) * w + ox * s;
                        dst[(c * oh + oy) * ow + ox] = kind == PoolKind.Max
                            ? src[origin + PoolChecks.ArgMax(src, origin, k, w)]
                            : PoolChecks.Sum(src, origin, k, w) / area;
                    }
                }
            }
        }
    }

    /// <inheritdoc />
    public void Pool2dBackward(PoolKind kind, Tensor<T> x, ConvGeometry geometry, Tensor<T> dy, Tensor<T> dx)
    {
        PoolChecks.Check(kind, geometry);
        geometry.CheckMaps(x, dy, nameof(x), nameof(dy));
        Shapes.RequireSame(x, dx, nameof(x), nameof(dx));
        int k = geometry.Kernel, s = geometry.Stride, h = geometry.Input.Height, w = geometry.Input.Width;
        int oh = geometry.OutHeight, ow = geometry.OutWidth;
        T area = T.CreateTruncating(k * k);
        dx.Span.Clear();
        // Scattering in ascending (oy, ox) adds each input's terms in the contract's gather order (0 + t is exact).
        for (int r = 0; r < x.Rows; r++)
        {
            var src = x.Row(r);
            var g = dy.Row(r);
            var d = dx.Row(r);
            for (int c = 0; c < geometry.Input.Channels; c++)
            {
                for (int oy = 0; oy < oh; oy++)
                {
                    for (int ox = 0; ox < ow; ox++)
                    {
                        int origin = (c * h + oy * s) * w + ox * s;
                        T grad = g[(c * oh + oy) * ow + ox];
                        if (kind == PoolKind.Max)
                        {
                            d[origin + PoolChecks.ArgMax(src, origin, k, w)] += grad;
                            continue;
                        }
                        for (int ky = 0; ky < k; ky++)
                        {
                            for (int kx = 0; kx < k; kx++)
                                d[origin + ky * w + kx] += grad;
                        }
                    }
                }
            }
            if (kind == PoolKind.Average)
            {
                for (int i = 0; i < d.Length; i++)
                    d[i] /= area;
            }
        }
    }
}

/// <summary>The operand checks of the per-channel ops on any device.</summary>
internal static class ChannelLayout
{
    /// <summary>P, the positions per channel of <paramref name="maps"/> whose channels are the columns of <paramref name="perChannel"/> [1, C].</summary>
    public static int Positions<T>(Tensor<T> maps, Tensor<T> perChannel, string nameMaps, string nameChannel) where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(perChannel, nameChannel);
        if (perChannel.Rows != 1)
            throw new ArgumentException($"{nameChannel} must be one row of per-channel values, got [{perChannel.Rows}, {perChannel.Cols}].", nameChannel);
        return Of(maps, perChannel.Cols, nameMaps);
    }

    /// <summary>P for maps [rows, C·P] and their means [rows, C].</summary>
    public static int Means<T>(Tensor<T> maps, Tensor<T> means, string nameMaps, string nameMeans) where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(maps, nameMaps);
        ArgumentNullException.ThrowIfNull(means, nameMeans);
        if (means.Rows != maps.Rows)
            throw new ArgumentException($"{nameMeans} has {means.Rows} rows but {nameMaps} has {maps.Rows}.", nameMeans);
        return Of(maps, means.Cols, nameMaps);
    }

    private static int Of<T>(Tensor<T> maps, int channels, string name) where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(maps, name);
        if (channels < 1 || maps.Cols % channels != 0)
            throw new ArgumentException($"{name} has {maps.Cols} columns, which is not a whole number of maps for {channels} channels.", name);
        return maps.Cols / channels;
    }
}

/// <summary>The window arithmetic shared by the CPU pooling forward and backward.</summary>
internal static class PoolChecks
{
    public static void Check(PoolKind kind, ConvGeometry geometry)
    {
        if (!Enum.IsDefined(kind))
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown pooling.");
        if (geometry.Padding != 0)
            throw new ArgumentException($"Pooling reads unpadded windows, got padding {geometry.Padding} ({geometry}).", nameof(geometry));
    }

    /// <summary>Offset (ky·w + kx) of the window's first largest element in scan order; NaN never wins a comparison.</summary>
    public static int ArgMax<T>(ReadOnlySpan<T> src, int origin, int k, int w) where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        int best = 0;
        T max = src[origin];
        for (int ky = 0; ky < k; ky++)
        {
            for (int kx = 0; kx < k; kx++)
            {
                T v = src[origin + ky * w + kx];
                if (v > max)
                {
                    max = v;
                    best = ky * w + kx;
                }
            }
        }
        return best;
    }

    /// <summary>The window's sum from zero in scan order.</summary>
    public static T Sum<T>(ReadOnlySpan<T> src, int origin, int k, int w) where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        T sum = T.Zero;
        for (int ky = 0; ky < k; ky++)
        {
            for (int kx = 0; kx < k; kx++)
                sum += src[origin + ky * w + kx];
        }
        return sum;
    }
}
