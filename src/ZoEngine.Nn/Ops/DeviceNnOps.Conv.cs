using ZoEngine.Nn.Gemm;

namespace ZoEngine.Nn;

// Interim: the convolution ops run through the CPU reference on host copies until the zo_conv kernels land.
public sealed unsafe partial class DeviceNnOps
{
    private static readonly CpuNnOps<float> HostReference = new(ReferenceGemm.Instance);

    /// <inheritdoc />
    public void Im2Col(Tensor<float> image, ConvGeometry geometry, Tensor<float> columns) =>
        OnHost(columns, c => HostReference.Im2Col(Copy(image), geometry, c));

    /// <inheritdoc />
    public void Col2Im(Tensor<float> columns, ConvGeometry geometry, Tensor<float> image) =>
        OnHost(image, i => HostReference.Col2Im(Copy(columns), geometry, i));

    /// <inheritdoc />
    public void AddChannelBias(Tensor<float> y, Tensor<float> bias) =>
        OnHost(y, t => HostReference.AddChannelBias(t, Copy(bias)));

    /// <inheritdoc />
    public void AccumulateChannelSums(Tensor<float> x, Tensor<float> sums) =>
        OnHost(sums, t => HostReference.AccumulateChannelSums(Copy(x), t));

    /// <inheritdoc />
    public void ChannelMeans(Tensor<float> x, Tensor<float> means) =>
        OnHost(means, t => HostReference.ChannelMeans(Copy(x), t));

    /// <inheritdoc />
    public void ChannelMeansBackward(Tensor<float> dMeans, Tensor<float> dx) =>
        OnHost(dx, t => HostReference.ChannelMeansBackward(Copy(dMeans), t));

    /// <inheritdoc />
    public void Pool2d(PoolKind kind, Tensor<float> x, ConvGeometry geometry, Tensor<float> y) =>
        OnHost(y, t => HostReference.Pool2d(kind, Copy(x), geometry, t));

    /// <inheritdoc />
    public void Pool2dBackward(PoolKind kind, Tensor<float> x, ConvGeometry geometry, Tensor<float> dy, Tensor<float> dx) =>
        OnHost(dx, t => HostReference.Pool2dBackward(kind, Copy(x), geometry, Copy(dy), t));

    private Tensor<float> Copy(Tensor<float> tensor)
    {
        On(tensor, nameof(tensor));
        return tensor.ToHost();
    }

    private void OnHost(Tensor<float> result, Action<Tensor<float>> op)
    {
        var host = Copy(result);
        op(host);
        host.CopyTo(result);
    }
}
