using System.Numerics;

namespace ZoEngine.Nn;

/// <summary>
/// y = x + F(x) for an inner layer F with as many outputs as inputs. The identity path keeps the block's Lipschitz
/// constant near 1, which is what keeps HZO's finite-difference error from compounding with depth (paper §4.3).
/// </summary>
public sealed class Residual<T> : Layer<T> where T : unmanaged, IBinaryFloatingPointIeee754<T>
{
    /// <summary>Wraps <paramref name="inner"/>, which must map its width to itself.</summary>
    public Residual(Layer<T> inner)
    {
        ArgumentNullException.ThrowIfNull(inner);
        if (inner.InFeatures != inner.OutFeatures)
            throw new ArgumentException($"A residual block needs F to keep its width, but {inner.Describe()} maps {inner.InFeatures} to {inner.OutFeatures} features.", nameof(inner));
        Inner = inner;
    }

    /// <summary>F.</summary>
    public Layer<T> Inner { get; }

    /// <inheritdoc />
    public override int InFeatures => Inner.InFeatures;

    /// <inheritdoc />
    public override int OutFeatures => Inner.OutFeatures;

    /// <inheritdoc />
    public override string Describe() => $"x + [{Inner.Describe()}]";

    /// <inheritdoc />
    public override IEnumerable<(string Path, Parameter<T> Parameter)> NamedParameters()
    {
        foreach (var (path, p) in Inner.NamedParameters())
            yield return ($"f.{path}", p);
    }

    /// <summary>F(x) in a buffer of its own, plus F's scratch.</summary>
    public override int ForwardScratchColumns => OutFeatures + Inner.ForwardScratchColumns;

    /// <summary>F's probe outputs go straight into the output; the identity path is added in place.</summary>
    public override int ProbeScratchColumns => Inner.ProbeScratchColumns;

    /// <inheritdoc />
    public override LayerTrace<T>? CreateTrace(NnContext<T> context, int rows)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new([context.Allocate(rows, OutFeatures)], [Inner.CreateTrace(context, rows)]);
    }

    /// <inheritdoc />
    public override void Forward(NnContext<T> context, Tensor<T> x, Tensor<T> y, LayerTrace<T>? trace)
    {
        CheckForward(x, y);
        if (trace is not null)
        {
            var f = CheckTrace(trace, x.Rows);
            Inner.Forward(context, x, f, trace.Children[0]);
            context.Ops.Add(x, f, y);
            return;
        }
        var scratch = context.Workspace.Rent(x.Rows, OutFeatures);
        Inner.Forward(context, x, scratch, null);
        context.Ops.Add(x, scratch, y);
        context.Workspace.Return(scratch);
    }

    /// <inheritdoc />
    public override void Backward(NnContext<T> context, Tensor<T> x, Tensor<T> y, LayerTrace<T>? trace, Tensor<T> dy, Tensor<T>? dx, Derivatives<T> derivatives)
    {
        CheckBackward(x, y, dy, dx);
        if (trace is null)
            throw new ArgumentNullException(nameof(trace), $"{Describe()}: backward needs the trace of its forward pass.");
        var f = CheckTrace(trace, x.Rows);
        // ∂y/∂x = I + ∂F/∂x, so dx = dy + dF_x; F sees the block's dy unchanged.
        var innerDx = dx is null ? null : context.Workspace.Rent(x.Rows, InFeatures);
        Inner.Backward(context, x, f, trace.Children[0], dy, innerDx, derivatives);
        if (innerDx is not null)
        {
            context.Ops.Add(dy, innerDx, dx!);
            context.Workspace.Return(innerDx);
        }
    }

    /// <summary>F's probe pass (linear-first F never forms x ± h·e_m), then the identity path x ± h·e_m added in place.</summary>
    public override void ForwardProbes(NnContext<T> context, Tensor<T> x, Tensor<T> y, LayerTrace<T>? trace, T h, int firstProbe, Tensor<T> probes)
    {
        CheckForward(x, y);
        if (trace is null)
            throw new ArgumentNullException(nameof(trace), $"{Describe()}: probing needs the trace of the anchors' forward pass.");
        var f = CheckTrace(trace, x.Rows);
        Inner.ForwardProbes(context, x, f, trace.Children[0], h, firstProbe, probes);
        context.Ops.ProbeSkip(x, h, firstProbe, probes);
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
