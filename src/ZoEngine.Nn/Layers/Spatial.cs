using System.Numerics;

namespace ZoEngine.Nn;

/// <summary>
/// The C×H×W shape of a per-sample feature map stored as one row: element (c, y, x) is at column (c·H + y)·W + x.
/// </summary>
/// <param name="Channels">C.</param>
/// <param name="Height">H.</param>
/// <param name="Width">W.</param>
public readonly record struct SpatialShape(int Channels, int Height, int Width)
{
    /// <summary>C·H·W, the row width of the map.</summary>
    public int Features => checked(Channels * Height * Width);

    /// <inheritdoc />
    public override string ToString() => $"{Channels}×{Height}×{Width}";
}

/// <summary>
/// Which input positions an output position reads, along one axis (kernels are square, so both axes share it): output
/// o reads inputs [o·Stride − Offset, o·Stride − Offset + Extent − 1], clipped to the input. This is what SPP needs
/// to know of a sub-network: two perturbed positions at least <see cref="Extent"/> apart never meet in one output.
/// </summary>
/// <param name="Extent">Number of consecutive input positions one output reads (the receptive field's size).</param>
/// <param name="Stride">Input positions between neighbouring outputs.</param>
/// <param name="Offset">How far the first output's window starts before input 0 (the total zero padding).</param>
public readonly record struct ReceptiveField(int Extent, int Stride, int Offset)
{
    /// <summary>An elementwise map: output o reads input o.</summary>
    public static ReceptiveField Identity => new(1, 1, 0);

    /// <summary>The field of a kernel of size <paramref name="kernel"/> moved by <paramref name="stride"/> over an input padded by <paramref name="padding"/>.</summary>
    public static ReceptiveField Window(int kernel, int stride, int padding) => new(kernel, stride, padding);

    /// <summary>This map followed by <paramref name="next"/>, in this map's input coordinates.</summary>
    public ReceptiveField Then(ReceptiveField next) =>
        new(checked(Extent + (next.Extent - 1) * Stride), checked(Stride * next.Stride), checked(Offset + next.Offset * Stride));

    /// <summary>
    /// The smallest field that contains both windows at every output, for two maps with the same stride that read the
    /// same input (a residual block's branch and shortcut).
    /// </summary>
    public ReceptiveField Hull(ReceptiveField other)
    {
        if (other.Stride != Stride)
            throw new ArgumentException($"Fields with strides {Stride} and {other.Stride} do not produce the same output grid.", nameof(other));
        int start = Math.Min(-Offset, -other.Offset);
        int end = Math.Max(Extent - 1 - Offset, other.Extent - 1 - other.Offset);
        return new ReceptiveField(end - start + 1, Stride, -start);
    }

    /// <summary>
    /// The outputs [First, Last] (of <paramref name="outputs"/> along this axis) whose windows contain input
    /// <paramref name="position"/>; Last &lt; First when none does.
    /// </summary>
    public (int First, int Last) Influenced(int position, int outputs)
    {
        // o·S − Offset ≤ p ≤ o·S − Offset + Extent − 1  ⇔  (p + Offset − Extent + 1)/S ≤ o ≤ (p + Offset)/S.
        int first = CeilDiv(position + Offset - Extent + 1, Stride);
        int last = FloorDiv(position + Offset, Stride);
        return (Math.Max(first, 0), Math.Min(last, outputs - 1));
    }

    private static int FloorDiv(int a, int b) => a >= 0 ? a / b : -((-a + b - 1) / b);

    private static int CeilDiv(int a, int b) => -FloorDiv(-a, b);
}

/// <summary>
/// A layer whose input and output are C×H×W maps (<see cref="SpatialShape"/>), each output position reading a
/// window of the input (<see cref="Field"/>) across all input channels. Convolutions, pooling and the residual
/// convolution block implement it; SPP reads it to place its perturbations (docs/hzo.md).
/// </summary>
public interface ISpatialLayer
{
    /// <summary>The input map.</summary>
    SpatialShape InShape { get; }

    /// <summary>The output map.</summary>
    SpatialShape OutShape { get; }

    /// <summary>Which input positions each output position reads, along either axis.</summary>
    ReceptiveField Field { get; }
}

/// <summary>A layer that maps each element on its own (y_i depends on x_i only), so it keeps any spatial shape.</summary>
public interface IElementwiseLayer
{
}

/// <summary>The spatial view of a layer or of a run of units: its shapes and receptive field, or none.</summary>
public static class Spatial
{
    /// <summary>
    /// The output shape and field of <paramref name="layer"/> applied to a map of shape <paramref name="input"/>, or
    /// null when the layer is not spatial (a linear layer, global pooling) or does not take that shape.
    /// </summary>
    public static (SpatialShape Out, ReceptiveField Field)? Map<T>(Layer<T> layer, SpatialShape input) where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(layer);
        switch (layer)
        {
            case IElementwiseLayer when layer.InFeatures == input.Features:
                return (input, ReceptiveField.Identity);
            case ISpatialLayer s when s.InShape == input:
                return (s.OutShape, s.Field);
            case Chain<T> chain:
                var shape = input;
                var field = ReceptiveField.Identity;
                foreach (var inner in chain.Layers)
                {
                    var step = Map(inner, shape);
                    if (step is null)
                        return null;
                    shape = step.Value.Out;
                    field = field.Then(step.Value.Field);
                }
                return (shape, field);
            default:
                return null;
        }
    }

    /// <summary>The input shape of a spatial layer (the first spatial layer of a chain), or null.</summary>
    public static SpatialShape? InShape<T>(Layer<T> layer) where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(layer);
        return layer switch
        {
            ISpatialLayer s => s.InShape,
            Chain<T> chain => chain.Layers.Select(InShape).FirstOrDefault(shape => shape is not null),
            _ => null,
        };
    }

    /// <summary>
    /// The shape of a_k in <paramref name="model"/>, from the unit that consumes it (or, for a_L, produces it), or null
    /// when a_k is not a spatial map.
    /// </summary>
    public static SpatialShape? ActivationShape<T>(Sequential<T> model, int k) where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(model);
        if (k < model.Depth)
        {
            var shape = InShape(model.Units[k]);
            if (shape is not null && shape.Value.Features == model.Width(k))
                return shape;
        }
        if (k == 0)
            return null;
        var input = ActivationShape(model, k - 1);
        return input is null ? null : Map(model.Units[k - 1], input.Value)?.Out;
    }

    /// <summary>
    /// Shapes and field of N_{k:j} (units k+1..j) from a_k, or null when any unit in it is not spatial: the sub-networks
    /// SPP can probe.
    /// </summary>
    public static (SpatialShape In, SpatialShape Out, ReceptiveField Field)? Range<T>(Sequential<T> model, int k, int j) where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(model);
        var input = ActivationShape(model, k);
        if (input is null)
            return null;
        var shape = input.Value;
        var field = ReceptiveField.Identity;
        for (int u = k + 1; u <= j; u++)
        {
            var step = Map(model.Units[u - 1], shape);
            if (step is null)
                return null;
            shape = step.Value.Out;
            field = field.Then(step.Value.Field);
        }
        return (input.Value, shape, field);
    }
}
