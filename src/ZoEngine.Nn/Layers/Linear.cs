using System.Numerics;
using ZoEngine.Nn.Gemm;

namespace ZoEngine.Nn;

/// <summary>y = x·Wᵀ + b for a batch x [rows, in]: weight W [out, in], bias b [1, out].</summary>
public sealed class Linear<T> : Layer<T> where T : unmanaged, IBinaryFloatingPointIeee754<T>
{
    /// <summary>A layer with zeroed weight and bias (fill them through <see cref="Weight"/> and <see cref="Bias"/>).</summary>
    public Linear(int inFeatures, int outFeatures)
    {
        if (inFeatures < 1 || outFeatures < 1)
            throw new ArgumentException($"A linear layer needs at least one input and one output feature, got {inFeatures}→{outFeatures}.");
        Weight = new Parameter<T>("weight", new Tensor<T>(outFeatures, inFeatures));
        Bias = new Parameter<T>("bias", new Tensor<T>(1, outFeatures));
    }

    /// <summary>W [out, in].</summary>
    public Parameter<T> Weight { get; }

    /// <summary>b [1, out].</summary>
    public Parameter<T> Bias { get; }

    /// <inheritdoc />
    public override int InFeatures => Weight.Value.Cols;

    /// <inheritdoc />
    public override int OutFeatures => Weight.Value.Rows;

    /// <inheritdoc />
    public override int ProbeScratchColumns => 0;

    /// <inheritdoc />
    public override string Describe() => $"Linear({InFeatures}→{OutFeatures})";

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
        ops.MatMul(x, Transpose.No, Weight.Value, Transpose.Yes, y, T.One, T.Zero);
        ops.AddRowVector(y, Bias.Value);
    }

    /// <inheritdoc />
    public override void Backward(NnContext<T> context, Tensor<T> x, Tensor<T> y, LayerTrace<T>? trace, Tensor<T> dy, Tensor<T>? dx, Derivatives<T> derivatives)
    {
        CheckBackward(x, y, dy, dx);
        var ops = context.Ops;
        // dW += dyᵀ·x summed over the batch rows; db += Σ_rows dy; dx = dy·W.
        ops.MatMul(dy, Transpose.Yes, x, Transpose.No, Weight.Gradient, T.One, T.One);
        ops.AccumulateColumnSums(dy, Bias.Gradient);
        if (dx is not null)
            ops.MatMul(dy, Transpose.No, Weight.Value, Transpose.No, dx, T.One, T.Zero);
    }

    /// <summary>
    /// Probe rows as y_s ± h·W[:, m]: the anchors' output y = W·x + b is the baseline, so a probe costs one scaled
    /// column of W instead of a GEMM row, and x ± h·e_m is never formed.
    /// </summary>
    public override void ForwardProbes(NnContext<T> context, Tensor<T> x, Tensor<T> y, LayerTrace<T>? trace, T h, int firstProbe, Tensor<T> probes)
    {
        CheckForward(x, y);
        context.Ops.ProbeJacobianBatched(y, Weight.Value, h, firstProbe, probes);
    }
}
