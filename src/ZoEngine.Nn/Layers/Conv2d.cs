using System.Numerics;
using ZoEngine.Nn.Gemm;

namespace ZoEngine.Nn;

/// <summary>
/// A 2-D convolution of per-sample C×H×W maps (one row each, <see cref="SpatialShape"/>): square kernel k, stride s,
/// zero padding p, bias per output channel. Weight W [Cout, Cin·k·k], row o = the filter of output channel o in
/// (c, ky, kx) order; bias b [1, Cout].
/// </summary>
/// <remarks>
/// The forward is im2col and one GEMM per sample, y_s [Cout, Ho·Wo] = W · col_s [Cin·k·k, Ho·Wo], then the channel
/// bias. Every sample's GEMM has the same dimensions, so an output element's arithmetic depends only on its own
/// sample and its (c, y, x): never on the batch size, the row's place in the batch or the other rows. HZO's spatial
/// probes rely on that (docs/hzo.md, "Convolutional layers"); one GEMM over the whole batch would move tile edges
/// with the batch size.
/// </remarks>
public sealed class Conv2d<T> : Layer<T>, ISpatialLayer where T : unmanaged, IBinaryFloatingPointIeee754<T>
{
    /// <summary>A convolution with zeroed weight and bias over maps of shape <paramref name="input"/>.</summary>
    /// <exception cref="ArgumentException">The geometry does not fit (<see cref="ConvGeometry.Create"/>), or <paramref name="outChannels"/> &lt; 1.</exception>
    public Conv2d(SpatialShape input, int outChannels, int kernel, int stride = 1, int padding = 0)
    {
        string name = $"Conv2d({input}→{outChannels}, k{kernel} s{stride} p{padding})";
        if (outChannels < 1)
            throw new ArgumentException($"{name}: a convolution needs at least one output channel, got {outChannels}.", nameof(outChannels));
        Geometry = ConvGeometry.Create(name, input, kernel, stride, padding);
        OutShape = Geometry.Output(outChannels);
        Weight = new Parameter<T>("weight", new Tensor<T>(outChannels, Geometry.PatchSize));
        Bias = new Parameter<T>("bias", new Tensor<T>(1, outChannels));
    }

    /// <summary>The window geometry (input shape, kernel, stride, padding).</summary>
    public ConvGeometry Geometry { get; }

    /// <summary>W [Cout, Cin·k·k].</summary>
    public Parameter<T> Weight { get; }

    /// <summary>b [1, Cout].</summary>
    public Parameter<T> Bias { get; }

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
    public override string Describe() => $"Conv2d({InShape}→{OutShape}, k{Geometry.Kernel} s{Geometry.Stride} p{Geometry.Padding})";

    /// <inheritdoc />
    public override IEnumerable<(string Path, Parameter<T> Parameter)> NamedParameters()
    {
        yield return ("weight", Weight);
        yield return ("bias", Bias);
    }

    /// <inheritdoc />
    public override void Forward(NnContext<T> context, Tensor<T> x, Tensor<T> y, LayerTrace<T>? trace)
    {
        CheckForward(x, y);
        var ops = context.Ops;
        // One sample's columns at a time: the scratch is C·k·k × Ho·Wo whatever the batch size.
        var columns = context.Workspace.Rent(Geometry.PatchSize, Geometry.OutPositions);
        for (int s = 0; s < x.Rows; s++)
        {
            ops.Im2Col(x.SliceRows(s, 1), Geometry, columns);
            ops.MatMul(Weight.Value, Transpose.No, columns, Transpose.No, Sample(y, s), T.One, T.Zero);
        }
        context.Workspace.Return(columns);
        ops.AddChannelBias(y, Bias.Value);
    }

    /// <inheritdoc />
    public override void Backward(NnContext<T> context, Tensor<T> x, Tensor<T> y, LayerTrace<T>? trace, Tensor<T> dy, Tensor<T>? dx, Derivatives<T> derivatives)
    {
        CheckBackward(x, y, dy, dx);
        var ops = context.Ops;
        var ws = context.Workspace;
        // dW += Σ_s dy_s·col_sᵀ; db += Σ over samples and positions; dx_s = col2im(Wᵀ·dy_s). The columns are rebuilt
        // rather than kept from the forward, so a trace costs nothing beyond x and y.
        var columns = ws.Rent(Geometry.PatchSize, Geometry.OutPositions);
        var dColumns = dx is null ? null : ws.Rent(Geometry.PatchSize, Geometry.OutPositions);
        for (int s = 0; s < x.Rows; s++)
        {
            var dys = Sample(dy, s);
            ops.Im2Col(x.SliceRows(s, 1), Geometry, columns);
            ops.MatMul(dys, Transpose.No, columns, Transpose.Yes, Weight.Gradient, T.One, T.One);
            if (dColumns is not null)
            {
                ops.MatMul(Weight.Value, Transpose.Yes, dys, Transpose.No, dColumns, T.One, T.Zero);
                ops.Col2Im(dColumns, Geometry, dx!.SliceRows(s, 1));
            }
        }
        if (dColumns is not null)
            ws.Return(dColumns);
        ws.Return(columns);
        ops.AccumulateChannelSums(dy, Bias.Gradient);
    }

    /// <summary>Row <paramref name="s"/> of a [rows, Cout·Ho·Wo] batch viewed as the [Cout, Ho·Wo] GEMM operand.</summary>
    private Tensor<T> Sample(Tensor<T> maps, int s) => maps.SliceRows(s, 1).Reshape(OutShape.Channels, Geometry.OutPositions);
}
