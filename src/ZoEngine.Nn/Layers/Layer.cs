using System.Numerics;

namespace ZoEngine.Nn;

/// <summary>How a layer's elementwise derivative σ'(z) is obtained in a backward pass.</summary>
public enum DerivativeMode
{
    /// <summary>The closed form of a built-in activation. A black-box activation has none and refuses this mode.</summary>
    Analytic,
    /// <summary>The elementwise central difference (σ(z + h) − σ(z − h))/(2h): two activation evaluations per element.</summary>
    Probed,
}

/// <summary>The derivative mode of a backward pass and, for <see cref="DerivativeMode.Probed"/>, its step h.</summary>
/// <param name="Mode">Analytic or probed σ'.</param>
/// <param name="Step">h of the probed central difference; ignored when analytic.</param>
public readonly record struct Derivatives<T>(DerivativeMode Mode, T Step) where T : unmanaged, IBinaryFloatingPointIeee754<T>
{
    /// <summary>Analytic derivatives (backprop).</summary>
    public static Derivatives<T> Analytic => new(DerivativeMode.Analytic, T.Zero);
}

/// <summary>
/// What a layer's forward saved for its backward and its probe pass, beyond its input and output (which the caller
/// keeps): intermediate outputs of a chain or of a residual branch, and the traces of inner layers.
/// </summary>
public sealed class LayerTrace<T> where T : unmanaged, IBinaryFloatingPointIeee754<T>
{
    /// <summary>A trace holding <paramref name="saved"/> tensors and the traces of inner layers (null where one needs none).</summary>
    public LayerTrace(Tensor<T>[] saved, LayerTrace<T>?[] children)
    {
        ArgumentNullException.ThrowIfNull(saved);
        ArgumentNullException.ThrowIfNull(children);
        Saved = saved;
        Children = children;
    }

    /// <summary>The tensors the layer saved, in the layer's own order.</summary>
    public Tensor<T>[] Saved { get; }

    /// <summary>The traces of the layer's inner layers.</summary>
    public LayerTrace<T>?[] Children { get; }

    /// <summary>Bytes of the saved tensors, inner traces included.</summary>
    public long Bytes
    {
        get
        {
            long total = 0;
            foreach (var t in Saved)
                total += t.Bytes;
            foreach (var c in Children)
                total += c?.Bytes ?? 0;
            return total;
        }
    }
}

/// <summary>
/// A layer on row-major batches: y = f(x) with x [rows, <see cref="InFeatures"/>] and y [rows, <see cref="OutFeatures"/>].
/// Every layer has a reference backward (backprop), which is the test oracle and the BP baseline, and a probe
/// forward, which HZO uses to push the probes a ± h·e_m of every anchor row through it.
/// </summary>
public abstract class Layer<T> where T : unmanaged, IBinaryFloatingPointIeee754<T>
{
    /// <summary>Features per input row.</summary>
    public abstract int InFeatures { get; }

    /// <summary>Features per output row.</summary>
    public abstract int OutFeatures { get; }

    /// <summary>A short description such as "Linear(784→64)".</summary>
    public abstract string Describe();

    /// <summary>Trainable tensors with their paths inside this layer ("weight", "0.bias", "f.0.weight").</summary>
    public virtual IEnumerable<(string Path, Parameter<T> Parameter)> NamedParameters() => [];

    /// <summary>Scratch columns per row that <see cref="Forward"/> rents beyond x and y when it is given no trace.</summary>
    public virtual int ForwardScratchColumns => 0;

    /// <summary>Scratch columns per probe row that <see cref="ForwardProbes"/> rents beyond its output.</summary>
    public virtual int ProbeScratchColumns => InFeatures + ForwardScratchColumns;

    /// <summary>
    /// A trace for a forward pass over <paramref name="rows"/> rows, its tensors allocated in the context's memory,
    /// or null when the backward needs only x and y.
    /// </summary>
    public virtual LayerTrace<T>? CreateTrace(NnContext<T> context, int rows) => null;

    /// <summary>y = f(x). With a trace, intermediates are saved into it for <see cref="Backward"/> and <see cref="ForwardProbes"/>.</summary>
    public abstract void Forward(NnContext<T> context, Tensor<T> x, Tensor<T> y, LayerTrace<T>? trace);

    /// <summary>
    /// Reference backward: accumulates ∂loss/∂θ into the gradients of this layer's parameters and, when
    /// <paramref name="dx"/> is not null, writes dx = ∂loss/∂x. Needs the x, y and trace of the forward pass.
    /// </summary>
    public abstract void Backward(NnContext<T> context, Tensor<T> x, Tensor<T> y, LayerTrace<T>? trace, Tensor<T> dy, Tensor<T>? dx, Derivatives<T> derivatives);

    /// <summary>
    /// The outputs f(x_s ± h·e_m) of probe rows [firstProbe, firstProbe + probes.Rows) around the anchor rows x
    /// (layout in <see cref="INnOps{T}"/>), given the anchors' own forward (y and trace). This default forms the
    /// probe inputs; layers that start with a linear map override it to build the probes from the anchors' output
    /// (<see cref="INnOps{T}.ProbeJacobianBatched"/>) without ever forming a ± h·e_m.
    /// </summary>
    public virtual void ForwardProbes(NnContext<T> context, Tensor<T> x, Tensor<T> y, LayerTrace<T>? trace, T h, int firstProbe, Tensor<T> probes)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(probes);
        var inputs = context.Workspace.Rent(probes.Rows, InFeatures);
        context.Ops.ProbeInputs(x, h, firstProbe, inputs);
        Forward(context, inputs, probes, null);
        context.Workspace.Return(inputs);
    }

    /// <inheritdoc />
    public override string ToString() => Describe();

    /// <summary>Shape checks shared by the forward passes of every layer.</summary>
    protected void CheckForward(Tensor<T> x, Tensor<T> y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Cols != InFeatures)
            throw new ArgumentException($"{Describe()} takes {InFeatures} input features, got x [{x.Rows}, {x.Cols}].", nameof(x));
        Shapes.Require(y, x.Rows, OutFeatures, nameof(y));
    }

    /// <summary>Shape checks shared by the backward passes of every layer.</summary>
    protected void CheckBackward(Tensor<T> x, Tensor<T> y, Tensor<T> dy, Tensor<T>? dx)
    {
        CheckForward(x, y);
        Shapes.RequireSame(y, dy, nameof(y), nameof(dy));
        if (dx is not null)
            Shapes.RequireSame(x, dx, nameof(x), nameof(dx));
    }
}
