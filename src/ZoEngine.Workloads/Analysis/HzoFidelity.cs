using System.Numerics;
using ZoEngine.Nn;

namespace ZoEngine.Workloads.Analysis;

/// <summary>HZO gradients against backprop's on one batch: the measurement behind 'zo bench hzo-fidelity' (docs/hzo.md).</summary>
public static class HzoFidelity
{
    /// <summary>
    /// Backprop's and HZO's gradients of one batch at the model's current parameters, and their agreement per unit and
    /// overall (HZO against backprop); the parameters are not changed, the gradient buffers end with HZO's.
    /// </summary>
    /// <param name="model">The network.</param>
    /// <param name="context">Ops and counters.</param>
    /// <param name="x">The batch. // [B, in]</param>
    /// <param name="labels">Its labels. // [B]</param>
    /// <param name="options">HZO's probe step and budget.</param>
    /// <returns>The agreement (overall first, then per unit) and backprop's mean loss of the batch.</returns>
    public static (IReadOnlyList<GradientAgreement> Agreement, double Loss) Compare<T>(Sequential<T> model, NnContext<T> context, Tensor<T> x, int[] labels, HzoOptions options)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        var loss = SoftmaxCrossEntropy<T>.Instance;
        double value = new Backprop<T>(model, context, loss).Compute(x, labels).Loss;
        var bp = GradientComparison.Snapshot(model);
        new HzoGradient<T>(model, context, loss, options).Compute(x, labels);
        return (GradientComparison.Compare(model, GradientComparison.Snapshot(model), bp), value);
    }

    /// <summary>A float64 copy of a float32 MLP built with <paramref name="options"/>, with the same parameter values.</summary>
    public static Sequential<double> Widen(Sequential<float> model, MlpOptions options)
    {
        var wide = Mlp.Create<double>(options);
        wide.CopyParametersFrom(model);
        return wide;
    }
}
