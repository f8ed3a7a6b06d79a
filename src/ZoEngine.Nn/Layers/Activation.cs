using System.Numerics;

namespace ZoEngine.Nn;

/// <summary>
/// An elementwise nonlinearity a = σ(z): a built-in <see cref="ActivationKind"/> run by the ops, or a black-box
/// scalar function on the host whose derivative can only be probed (<see cref="DerivativeMode.Probed"/>).
/// </summary>
public sealed class Activation<T> : Layer<T>, IElementwiseLayer where T : unmanaged, IBinaryFloatingPointIeee754<T>
{
    private readonly int _features;
    private readonly Func<T, T>? _function;
    private readonly string _name;

    /// <summary>A built-in activation over <paramref name="features"/> features.</summary>
    public Activation(ActivationKind kind, int features)
    {
        if (features < 1)
            throw new ArgumentException($"An activation needs at least one feature, got {features}.", nameof(features));
        if (!Enum.IsDefined(kind))
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown activation.");
        Kind = kind;
        _features = features;
        _name = kind.ToString();
    }

    /// <summary>A black-box activation: <paramref name="function"/> is applied to each element on the host.</summary>
    public Activation(string name, Func<T, T> function, int features)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(function);
        if (features < 1)
            throw new ArgumentException($"An activation needs at least one feature, got {features}.", nameof(features));
        _function = function;
        _features = features;
        _name = name;
    }

    /// <summary>The built-in kind, or null for a black-box function.</summary>
    public ActivationKind? Kind { get; }

    /// <summary>Whether σ is a host function without an analytic derivative.</summary>
    public bool IsBlackBox => _function is not null;

    /// <inheritdoc />
    public override int InFeatures => _features;

    /// <inheritdoc />
    public override int OutFeatures => _features;

    /// <inheritdoc />
    public override string Describe() => $"{_name}({_features})";

    /// <inheritdoc />
    public override void Forward(NnContext<T> context, Tensor<T> x, Tensor<T> y, LayerTrace<T>? trace)
    {
        CheckForward(x, y);
        Apply(context, x, y);
    }

    /// <inheritdoc />
    public override void Backward(NnContext<T> context, Tensor<T> x, Tensor<T> y, LayerTrace<T>? trace, Tensor<T> dy, Tensor<T>? dx, Derivatives<T> derivatives)
    {
        CheckBackward(x, y, dy, dx);
        if (dx is null)
            return;
        if (derivatives.Mode == DerivativeMode.Analytic)
        {
            if (Kind is not { } kind)
                throw new InvalidOperationException($"The black-box activation '{_name}' has no analytic derivative; use DerivativeMode.Probed.");
            context.Ops.ActivationBackward(kind, x, y, dy, dx);
            return;
        }
        T h = derivatives.Step;
        if (!(h > T.Zero) || !T.IsFinite(h))
            throw new ArgumentException($"A probed derivative needs a finite step h > 0, got {h}.", nameof(derivatives));
        var ws = context.Workspace;
        var plus = ws.Rent(x.Rows, x.Cols);
        var minus = ws.Rent(x.Rows, x.Cols);
        context.Ops.AddScalar(x, h, plus);
        Apply(context, plus, plus);
        context.Ops.AddScalar(x, -h, minus);
        Apply(context, minus, minus);
        context.Ops.CentralDifference(plus, minus, h, dy, dx);
        ws.Return(minus);
        ws.Return(plus);
        context.Counter.ActivationProbes += 2L * x.Length;
    }

    private void Apply(NnContext<T> context, Tensor<T> z, Tensor<T> a)
    {
        if (Kind is { } kind)
        {
            context.Ops.Activate(kind, z, a);
            return;
        }
        // A black-box σ is host code: device tensors go through a host copy and back.
        var hostZ = z.IsHost ? z : z.ToHost();
        var hostA = a.IsHost ? a : new Tensor<T>(a.Rows, a.Cols);
        var zs = hostZ.Span;
        var outs = hostA.Span;
        for (int i = 0; i < zs.Length; i++)
            outs[i] = _function!(zs[i]);
        if (!a.IsHost)
            hostA.CopyTo(a);
    }
}
