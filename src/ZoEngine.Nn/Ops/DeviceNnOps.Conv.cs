using ZoEngine.Cuda;

namespace ZoEngine.Nn;

// The convolution and pooling ops: one launch each of a kernels/zo_conv.cu kernel, after the CPU op's shape checks.
public sealed unsafe partial class DeviceNnOps
{
    private ConvKernels? _conv;

    private ConvKernels Conv => _conv ??= new ConvKernels(Backend);

    /// <inheritdoc />
    public void Im2Col(Tensor<float> image, ConvGeometry geometry, Tensor<float> columns)
    {
        geometry.CheckColumns(image, columns, nameof(image), nameof(columns));
        var i = geometry.Input;
        Conv.Im2Col(On(image, nameof(image)), On(columns, nameof(columns)), i.Channels, i.Height, i.Width,
            geometry.Kernel, geometry.Stride, geometry.Padding, geometry.OutHeight, geometry.OutWidth);
    }

    /// <inheritdoc />
    public void Col2Im(Tensor<float> columns, ConvGeometry geometry, Tensor<float> image)
    {
        geometry.CheckColumns(image, columns, nameof(image), nameof(columns));
        var i = geometry.Input;
        Conv.Col2Im(On(columns, nameof(columns)), On(image, nameof(image)), i.Channels, i.Height, i.Width,
            geometry.Kernel, geometry.Stride, geometry.Padding, geometry.OutHeight, geometry.OutWidth);
    }

    /// <inheritdoc />
    public void AddChannelBias(Tensor<float> y, Tensor<float> bias)
    {
        int positions = ChannelLayout.Positions(y, bias, nameof(y), nameof(bias));
        Conv.AddChannelBias(On(y, nameof(y)), On(bias, nameof(bias)), y.Rows, bias.Cols, positions);
    }

    /// <inheritdoc />
    public void AccumulateChannelSums(Tensor<float> x, Tensor<float> sums)
    {
        int positions = ChannelLayout.Positions(x, sums, nameof(x), nameof(sums));
        Conv.AccumulateChannelSums(On(x, nameof(x)), On(sums, nameof(sums)), x.Rows, sums.Cols, positions);
    }

    /// <inheritdoc />
    public void ChannelMeans(Tensor<float> x, Tensor<float> means)
    {
        int positions = ChannelLayout.Means(x, means, nameof(x), nameof(means));
        Conv.ChannelMeans(On(x, nameof(x)), On(means, nameof(means)), x.Rows, means.Cols, positions);
    }

    /// <inheritdoc />
    public void ChannelMeansBackward(Tensor<float> dMeans, Tensor<float> dx)
    {
        int positions = ChannelLayout.Means(dx, dMeans, nameof(dx), nameof(dMeans));
        Conv.ChannelMeansBackward(On(dMeans, nameof(dMeans)), On(dx, nameof(dx)), dx.Rows, dMeans.Cols, positions);
    }

    /// <inheritdoc />
    public void Pool2d(PoolKind kind, Tensor<float> x, ConvGeometry geometry, Tensor<float> y)
    {
        PoolChecks.Check(kind, geometry);
        geometry.CheckMaps(x, y, nameof(x), nameof(y));
        var i = geometry.Input;
        Conv.Pool(kind == PoolKind.Max ? 0 : 1, On(x, nameof(x)), On(y, nameof(y)), x.Rows, i.Channels, i.Height, i.Width,
            geometry.Kernel, geometry.Stride, geometry.OutHeight, geometry.OutWidth);
    }

    /// <inheritdoc />
    public void Pool2dBackward(PoolKind kind, Tensor<float> x, ConvGeometry geometry, Tensor<float> dy, Tensor<float> dx)
    {
        PoolChecks.Check(kind, geometry);
        geometry.CheckMaps(x, dy, nameof(x), nameof(dy));
        Shapes.RequireSame(x, dx, nameof(x), nameof(dx));
        var i = geometry.Input;
        Conv.PoolBackward(kind == PoolKind.Max ? 0 : 1, On(x, nameof(x)), On(dy, nameof(dy)), On(dx, nameof(dx)), x.Rows, i.Channels,
            i.Height, i.Width, geometry.Kernel, geometry.Stride, geometry.OutHeight, geometry.OutWidth);
    }
}
