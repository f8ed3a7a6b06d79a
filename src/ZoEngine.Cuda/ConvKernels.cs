using ZoEngine.Cuda.Kernels;
using ZoEngine.Cuda.Runtime;

namespace ZoEngine.Cuda;

/// <summary>
/// The launches of kernels/zo_conv.cu: ZoEngine.Nn's convolution and pooling ops on the memory and stream of a
/// <see cref="DeviceBackend"/>. Each kernel gathers an output element in the order of the CPU op's contract, so the
/// results are its bits (docs/kernels.md).
/// </summary>
/// <remarks>
/// Every pointer is device memory of the backend. A map is C×H×W per sample, row-major; the caller (DeviceNnOps)
/// checks tensor shapes, these methods check the sizes. Launches are asynchronous on the backend's stream.
/// </remarks>
public sealed unsafe class ConvKernels
{
    private readonly DeviceRuntime _runtime;
    private readonly KernelHandle _im2col, _col2im, _channelBias, _channelSums, _channelMeans, _channelMeansBackward, _pool, _poolBackward;

    /// <summary>Finds the kernels in the image of <paramref name="backend"/>'s device.</summary>
    public ConvKernels(DeviceBackend backend)
    {
        ArgumentNullException.ThrowIfNull(backend);
        backend.ThrowIfDisposed();
        Backend = backend;
        _runtime = backend.Runtime;
        _im2col = _runtime.FindKernel("zo_conv_im2col");
        _col2im = _runtime.FindKernel("zo_conv_col2im");
        _channelBias = _runtime.FindKernel("zo_conv_channel_bias");
        _channelSums = _runtime.FindKernel("zo_conv_channel_sums");
        _channelMeans = _runtime.FindKernel("zo_conv_channel_means");
        _channelMeansBackward = _runtime.FindKernel("zo_conv_channel_means_backward");
        _pool = _runtime.FindKernel("zo_conv_pool");
        _poolBackward = _runtime.FindKernel("zo_conv_pool_backward");
    }

    /// <summary>The backend whose memory, stream and block size the launches use.</summary>
    public DeviceBackend Backend { get; }

    /// <summary>im2col of one sample. // image: [C·H·W]; columns: [C·k·k, Ho·Wo]</summary>
    public void Im2Col(float* image, float* columns, int channels, int height, int width, int kernel, int stride, int padding, int outHeight, int outWidth)
    {
        var args = Window(1, channels, height, width, kernel, stride, padding, outHeight, outWidth, 0);
        args.In = image;
        args.Out = columns;
        Run(_im2col, (long)channels * kernel * kernel * outHeight * outWidth, args);
    }

    /// <summary>col2im of one sample, overwriting the image. // columns: [C·k·k, Ho·Wo]; image: [C·H·W]</summary>
    public void Col2Im(float* columns, float* image, int channels, int height, int width, int kernel, int stride, int padding, int outHeight, int outWidth)
    {
        var args = Window(1, channels, height, width, kernel, stride, padding, outHeight, outWidth, 0);
        args.In = columns;
        args.Out = image;
        Run(_col2im, (long)channels * height * width, args);
    }

    /// <summary>y[r, c·P + q] += bias[c]. // y: [rows, C·P]; bias: [C]</summary>
    public void AddChannelBias(float* y, float* bias, int rows, int channels, int positions)
    {
        var args = Channels(rows, channels, positions);
        args.Out = y;
        args.Aux = bias;
        Run(_channelBias, (long)rows * channels * positions, args);
    }

    /// <summary>sums[c] += x[r, c·P + q], rows then positions ascending. // x: [rows, C·P]; sums: [C]</summary>
    public void AccumulateChannelSums(float* x, float* sums, int rows, int channels, int positions)
    {
        var args = Channels(rows, channels, positions);
        args.In = x;
        args.Aux = sums;
        Run(_channelSums, channels, args);
    }

    /// <summary>means[r, c] = Σ_q x[r, c·P + q] / P. // x: [rows, C·P]; means: [rows, C]</summary>
    public void ChannelMeans(float* x, float* means, int rows, int channels, int positions)
    {
        var args = Channels(rows, channels, positions);
        args.In = x;
        args.Out = means;
        Run(_channelMeans, (long)rows * channels, args);
    }

    /// <summary>dx[r, c·P + q] = dMeans[r, c] / P. // dMeans: [rows, C]; dx: [rows, C·P]</summary>
    public void ChannelMeansBackward(float* dMeans, float* dx, int rows, int channels, int positions)
    {
        var args = Channels(rows, channels, positions);
        args.In = dMeans;
        args.Out = dx;
        Run(_channelMeansBackward, (long)rows * channels * positions, args);
    }

    /// <summary>Unpadded pooling, kind 0 max or 1 average. // x: [rows, C·H·W]; y: [rows, C·Ho·Wo]</summary>
    public void Pool(int kind, float* x, float* y, int rows, int channels, int height, int width, int kernel, int stride, int outHeight, int outWidth)
    {
        var args = Window(rows, channels, height, width, kernel, stride, 0, outHeight, outWidth, kind);
        args.In = x;
        args.Out = y;
        Run(_pool, (long)rows * channels * outHeight * outWidth, args);
    }

    /// <summary>The input gradient of <see cref="Pool"/>, overwriting dx. // x, dx: [rows, C·H·W]; dy: [rows, C·Ho·Wo]</summary>
    public void PoolBackward(int kind, float* x, float* dy, float* dx, int rows, int channels, int height, int width, int kernel, int stride, int outHeight, int outWidth)
    {
        var args = Window(rows, channels, height, width, kernel, stride, 0, outHeight, outWidth, kind);
        args.In = x;
        args.Aux = dy;
        args.Out = dx;
        Run(_poolBackward, (long)rows * channels * height * width, args);
    }

    private ZoConvArgs Window(int rows, int channels, int height, int width, int kernel, int stride, int padding, int outHeight, int outWidth, int kind)
    {
        Backend.ThrowIfDisposed();
        if (rows < 0 || channels < 1 || height < 1 || width < 1 || kernel < 1 || stride < 1 || padding < 0 || outHeight < 1 || outWidth < 1 || (uint)kind > 1)
            throw new ArgumentException($"Bad window: rows {rows}, map {channels}×{height}×{width}, k{kernel} s{stride} p{padding}, output {outHeight}×{outWidth}, kind {kind}.");
        if ((outHeight - 1) * stride - padding + kernel > height + padding || (outWidth - 1) * stride - padding + kernel > width + padding)
            throw new ArgumentException($"An output of {outHeight}×{outWidth} windows k{kernel} s{stride} p{padding} reads past the padded {height}×{width} map.");
        return new ZoConvArgs { Rows = rows, Channels = channels, Height = height, Width = width, Kernel = kernel, Stride = stride, Padding = padding, OutHeight = outHeight, OutWidth = outWidth, Kind = kind };
    }

    private ZoConvArgs Channels(int rows, int channels, int positions)
    {
        Backend.ThrowIfDisposed();
        if (rows < 0 || channels < 1 || positions < 1)
            throw new ArgumentException($"Bad channel maps: rows {rows}, channels {channels}, positions {positions}.");
        // The kernels take P as height·width; one row of P positions says the same.
        return new ZoConvArgs { Rows = rows, Channels = channels, Height = 1, Width = positions };
    }

    private void Run(KernelHandle kernel, long count, ZoConvArgs args)
    {
        if (count == 0)
            return;
        _runtime.Launch(kernel, Backend.GridFor(count), (uint)Backend.BlockSize, args);
    }
}
