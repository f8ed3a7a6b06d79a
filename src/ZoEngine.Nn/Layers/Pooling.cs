using System.Numerics;

namespace ZoEngine.Nn;

/// <summary>
/// Max or average pooling of every channel over unpadded k×k windows moved by stride s. Max pooling sends the
/// gradient of a window to its first largest element in scan order (row by row, left to right).
/// </summary>
public abstract class Pool2d<T> : Layer<T>, ISpatialLayer where T : unmanaged, IBinaryFloatingPointIeee754<T>
{
    private protected Pool2d(PoolKind kind, SpatialShape input, int kernel, int stride)
    {
        Kind = kind;
        Geometry = ConvGeometry.Create($"{kind}Pool2d({input}, k{kernel} s{stride})", input, kernel, stride, 0);
        OutShape = Geometry.Output(input.Channels);
    }

    /// <summary>Max or average.</summary>
    public PoolKind Kind { get; }

    /// <summary>The window geometry (padding 0).</summary>
    public ConvGeometry Geometry { get; }

    /// <inheritdoc />
    public SpatialShape InShape => Geometry.Input;

    /// <inheritdoc />
    public SpatialShape OutShape { get; }

    /// <inheritdoc />
    public ReceptiveField Field => Geometry.Field;

    /// <inheritdoc />
    public override int InFeatures => InShape.Features;

    /// <inheritdoc />
    public override int OutFeatures => OutShape.Features;

    /// <inheritdoc />
    public override string Describe() => $"{Kind}Pool2d({InShape}→{OutShape}, k{Geometry.Kernel} s{Geometry.Stride})";

    /// <inheritdoc />
    public override void Forward(NnContext<T> context, Tensor<T> x, Tensor<T> y, LayerTrace<T>? trace)
    {
        CheckForward(x, y);
        context.Ops.Pool2d(Kind, x, Geometry, y);
    }

    /// <inheritdoc />
    public override void Backward(NnContext<T> context, Tensor<T> x, Tensor<T> y, LayerTrace<T>? trace, Tensor<T> dy, Tensor<T>? dx, Derivatives<T> derivatives)
    {
        CheckBackward(x, y, dy, dx);
        if (dx is not null)
            context.Ops.Pool2dBackward(Kind, x, Geometry, dy, dx);
    }
}

/// <summary>Max pooling over k×k windows with stride s; ties go to the first largest element in scan order.</summary>
public sealed class MaxPool2d<T> : Pool2d<T> where T : unmanaged, IBinaryFloatingPointIeee754<T>
{
    /// <summary>Pools maps of shape <paramref name="input"/>; the stride defaults to the kernel (non-overlapping windows).</summary>
    public MaxPool2d(SpatialShape input, int kernel = 2, int? stride = null)
        : base(PoolKind.Max, input, kernel, stride ?? kernel)
    {
    }
}

/// <summary>Average pooling over k×k windows with stride s: the window's sum in scan order, divided by k·k.</summary>
public sealed class AvgPool2d<T> : Pool2d<T> where T : unmanaged, IBinaryFloatingPointIeee754<T>
{
    /// <summary>Pools maps of shape <paramref name="input"/>; the stride defaults to the kernel (non-overlapping windows).</summary>
    public AvgPool2d(SpatialShape input, int kernel = 2, int? stride = null)
        : base(PoolKind.Average, input, kernel, stride ?? kernel)
    {
    }
}

/// <summary>
/// Global average pooling, C×H×W → C: each channel's mean over its H·W positions. Its output is not a map, so it is not
/// an <see cref="ISpatialLayer"/>: it belongs in a network's head, after the spatial body.
/// </summary>
public sealed class GlobalAvgPool<T> : Layer<T> where T : unmanaged, IBinaryFloatingPointIeee754<T>
{
    /// <summary>Pools maps of shape <paramref name="input"/>.</summary>
    public GlobalAvgPool(SpatialShape input)
    {
        if (input.Channels < 1 || input.Height < 1 || input.Width < 1)
            throw new ArgumentException($"GlobalAvgPool: the input map {input} needs at least one channel, row and column.", nameof(input));
        InShape = input;
    }

    /// <summary>The input map.</summary>
    public SpatialShape InShape { get; }

    /// <inheritdoc />
    public override int InFeatures => InShape.Features;

    /// <inheritdoc />
    public override int OutFeatures => InShape.Channels;

    /// <inheritdoc />
    public override string Describe() => $"GlobalAvgPool({InShape}→{InShape.Channels})";

    /// <inheritdoc />
    public override void Forward(NnContext<T> context, Tensor<T> x, Tensor<T> y, LayerTrace<T>? trace)
    {
        CheckForward(x, y);
        context.Ops.ChannelMeans(x, y);
    }

    /// <inheritdoc />
    public override void Backward(NnContext<T> context, Tensor<T> x, Tensor<T> y, LayerTrace<T>? trace, Tensor<T> dy, Tensor<T>? dx, Derivatives<T> derivatives)
    {
        CheckBackward(x, y, dy, dx);
        if (dx is not null)
            context.Ops.ChannelMeansBackward(dy, dx);
    }
}
