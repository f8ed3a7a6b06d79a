using System.Numerics;

namespace ZoEngine.Nn;

/// <summary>
/// A residual block of two 3×3 convolutions, y = S(x) + conv₂(σ(conv₁(x))): conv₁ has stride s and maps Cin → Cout,
/// conv₂ keeps Cout; the shortcut S is the identity, or a 1×1 convolution with stride s (a projection) when the channels
/// or the stride change. There is no activation after the sum and no normalisation, as in the residual MLP: the
/// identity path keeps the block's Lipschitz constant near 1, and the branch's scale at initialisation (see
/// <see cref="ConvNet"/>) keeps deep stacks stable without batch statistics, which HZO could not use (it probes samples
/// independently).
/// </summary>
public sealed class ConvResidual<T> : Layer<T>, ISpatialLayer where T : unmanaged, IBinaryFloatingPointIeee754<T>
{
    /// <summary>A block with zeroed parameters over maps of shape <paramref name="input"/>.</summary>
    /// <exception cref="ArgumentException">The geometry does not fit, or <paramref name="outChannels"/> &lt; 1.</exception>
    public ConvResidual(SpatialShape input, int outChannels, int stride, ActivationKind activation)
    {
        First = new Conv2d<T>(input, outChannels, 3, stride, 1);
        Second = new Conv2d<T>(First.OutShape, outChannels, 3, 1, 1);
        Branch = new Chain<T>(First, new Activation<T>(activation, First.OutFeatures), Second);
        if (stride != 1 || outChannels != input.Channels)
            Projection = new Conv2d<T>(input, outChannels, 1, stride, 0);   // ⌊(H − 1)/s⌋ + 1, as the branch
        Activation = activation;
    }

    /// <summary>conv₁: 3×3, stride s, padding 1, Cin → Cout.</summary>
    public Conv2d<T> First { get; }

    /// <summary>conv₂: 3×3, stride 1, padding 1, Cout → Cout.</summary>
    public Conv2d<T> Second { get; }

    /// <summary>The strided 1×1 projection of the shortcut, or null for the identity.</summary>
    public Conv2d<T>? Projection { get; }

    /// <summary>σ between the two convolutions.</summary>
    public ActivationKind Activation { get; }

    /// <summary>The branch conv₁ → σ → conv₂ as one chain.</summary>
    public Chain<T> Branch { get; }

    /// <inheritdoc />
    public SpatialShape InShape => First.InShape;

    /// <inheritdoc />
    public SpatialShape OutShape => Second.OutShape;

    /// <summary>The hull of the branch's field (conv₁ then conv₂) and the shortcut's (identity or the 1×1 window).</summary>
    public ReceptiveField Field => First.Field.Then(Second.Field).Hull(Projection?.Field ?? ReceptiveField.Identity);

    /// <inheritdoc />
    public override int InFeatures => InShape.Features;

    /// <inheritdoc />
    public override int OutFeatures => OutShape.Features;

    /// <inheritdoc />
    public override string Describe() =>
        $"ConvResidual({InShape}→{OutShape}, s{First.Geometry.Stride}, {Activation}, {(Projection is null ? "identity" : "1×1 projection")})";

    /// <inheritdoc />
    public override IEnumerable<(string Path, Parameter<T> Parameter)> NamedParameters()
    {
        foreach (var (path, p) in Branch.NamedParameters())
            yield return ($"f.{path}", p);
        if (Projection is not null)
        {
            foreach (var (path, p) in Projection.NamedParameters())
                yield return ($"shortcut.{path}", p);
        }
    }

    /// <summary>The branch output F(x) in a buffer of its own, plus the branch's scratch.</summary>
    public override int ForwardScratchColumns => OutFeatures + Branch.ForwardScratchColumns;

    /// <inheritdoc />
    public override LayerTrace<T>? CreateTrace(NnContext<T> context, int rows)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new([context.Allocate(rows, OutFeatures)], [Branch.CreateTrace(context, rows)]);
    }

    /// <inheritdoc />
    public override void Forward(NnContext<T> context, Tensor<T> x, Tensor<T> y, LayerTrace<T>? trace)
    {
        CheckForward(x, y);
        if (trace is not null)
        {
            var f = CheckTrace(trace, x.Rows);
            Branch.Forward(context, x, f, trace.Children[0]);
            AddShortcut(context, x, f, y);
            return;
        }
        var scratch = context.Workspace.Rent(x.Rows, OutFeatures);
        Branch.Forward(context, x, scratch, null);
        AddShortcut(context, x, scratch, y);
        context.Workspace.Return(scratch);
    }

    /// <inheritdoc />
    public override void Backward(NnContext<T> context, Tensor<T> x, Tensor<T> y, LayerTrace<T>? trace, Tensor<T> dy, Tensor<T>? dx, Derivatives<T> derivatives)
    {
        CheckBackward(x, y, dy, dx);
        if (trace is null)
            throw new ArgumentNullException(nameof(trace), $"{Describe()}: backward needs the trace of its forward pass.");
        var f = CheckTrace(trace, x.Rows);
        var ws = context.Workspace;
        // ∂y/∂x = ∂S/∂x + ∂F/∂x, and both paths see the block's dy unchanged.
        var branchDx = dx is null ? null : ws.Rent(x.Rows, InFeatures);
        Branch.Backward(context, x, f, trace.Children[0], dy, branchDx, derivatives);
        if (Projection is not null)
        {
            var shortcutDx = dx is null ? null : ws.Rent(x.Rows, InFeatures);
            Projection.Backward(context, x, y, null, dy, shortcutDx, derivatives);
            if (shortcutDx is not null)
            {
                context.Ops.Add(shortcutDx, branchDx!, dx!);
                ws.Return(shortcutDx);
            }
        }
        else if (branchDx is not null)
        {
            context.Ops.Add(dy, branchDx, dx!);
        }
        if (branchDx is not null)
            ws.Return(branchDx);
    }

    /// <summary>y = S(x) + F(x): the projection writes y first and F is added in place.</summary>
    private void AddShortcut(NnContext<T> context, Tensor<T> x, Tensor<T> f, Tensor<T> y)
    {
        if (Projection is null)
        {
            context.Ops.Add(x, f, y);
            return;
        }
        Projection.Forward(context, x, y, null);
        context.Ops.Add(y, f, y);
    }

    private Tensor<T> CheckTrace(LayerTrace<T> trace, int rows)
    {
        if (trace.Saved.Length != 1 || trace.Children.Length != 1)
            throw new ArgumentException($"{Describe()}: the trace was not created by this block.", nameof(trace));
        var f = trace.Saved[0];
        if (f.Rows != rows)
            throw new ArgumentException($"{Describe()}: the trace holds {f.Rows} rows but the batch has {rows}.", nameof(trace));
        return f;
    }
}
