using System.Numerics;

namespace ZoEngine.Nn;

/// <summary>
/// A per-sample loss ℓ(y, label) of a model output y [C], averaged over the batch. HZO's output signal δ_L is
/// either its analytic gradient or probed from <see cref="SampleLoss"/> alone (2C evaluations per sample).
/// </summary>
public interface ILoss<T> where T : unmanaged, IBinaryFloatingPointIeee754<T>
{
    /// <summary>Name for reports.</summary>
    string Name { get; }

    /// <summary>Whether <see cref="Forward"/> can produce the gradient.</summary>
    bool HasAnalyticGradient { get; }

    /// <summary>
    /// The mean loss over the rows of <paramref name="outputs"/>, and, when <paramref name="gradient"/> is given, its
    /// gradient ∂mean/∂outputs. // outputs, gradient: [B, C]; labels: [B]
    /// </summary>
    /// <exception cref="InvalidOperationException">A gradient was asked of a loss without one.</exception>
    double Forward(INnOps<T> ops, Tensor<T> outputs, ReadOnlySpan<int> labels, Tensor<T>? gradient);

    /// <summary>ℓ(output, label) of one sample, on the host. // output: [C]</summary>
    T SampleLoss(ReadOnlySpan<T> output, int label);
}

/// <summary>Softmax cross-entropy: ℓ(y, c) = log Σ_k e^(y_k) − y_c, with gradient (softmax(y) − onehot(c))/B of the mean.</summary>
public sealed class SoftmaxCrossEntropy<T> : ILoss<T> where T : unmanaged, IBinaryFloatingPointIeee754<T>
{
    /// <summary>The shared instance (the type holds no state).</summary>
    public static SoftmaxCrossEntropy<T> Instance { get; } = new();

    /// <inheritdoc />
    public string Name => "softmax-ce";

    /// <inheritdoc />
    public bool HasAnalyticGradient => true;

    /// <inheritdoc />
    public double Forward(INnOps<T> ops, Tensor<T> outputs, ReadOnlySpan<int> labels, Tensor<T>? gradient)
    {
        ArgumentNullException.ThrowIfNull(ops);
        return ops.SoftmaxCrossEntropy(outputs, labels, gradient);
    }

    /// <inheritdoc />
    public T SampleLoss(ReadOnlySpan<T> output, int label)
    {
        if ((uint)label >= (uint)output.Length)
            throw new ArgumentException($"Label {label} is outside [0, {output.Length}).", nameof(label));
        return SoftmaxMath.Loss(output, label, out _, out _);
    }
}

/// <summary>The per-sample loss as a host callback.</summary>
public delegate T SampleLossFunction<T>(ReadOnlySpan<T> output, int label);

/// <summary>
/// A loss known only by its values: HZO must probe δ_L from it (<c>OutputSignal.Probed</c>), and backprop cannot use it.
/// </summary>
public sealed class BlackBoxLoss<T> : ILoss<T> where T : unmanaged, IBinaryFloatingPointIeee754<T>
{
    private readonly SampleLossFunction<T> _function;

    /// <summary>Wraps <paramref name="function"/>.</summary>
    public BlackBoxLoss(string name, SampleLossFunction<T> function)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(function);
        Name = name;
        _function = function;
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public bool HasAnalyticGradient => false;

    /// <inheritdoc />
    public double Forward(INnOps<T> ops, Tensor<T> outputs, ReadOnlySpan<int> labels, Tensor<T>? gradient)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        if (gradient is not null)
            throw new InvalidOperationException($"The black-box loss '{Name}' has no analytic gradient; probe the output signal instead.");
        if (labels.Length != outputs.Rows)
            throw new ArgumentException($"There are {labels.Length} labels for {outputs.Rows} output rows.", nameof(labels));
        if (outputs.Rows == 0)
            throw new ArgumentException("The mean loss of an empty batch is undefined.", nameof(outputs));
        // The callback is host code: device outputs are read through one host copy.
        var host = outputs.IsHost ? outputs : outputs.ToHost();
        double total = 0;
        for (int r = 0; r < host.Rows; r++)
            total += double.CreateTruncating(_function(host.Row(r), labels[r]));
        return total / outputs.Rows;
    }

    /// <inheritdoc />
    public T SampleLoss(ReadOnlySpan<T> output, int label) => _function(output, label);
}

/// <summary>Numerically stable log-softmax arithmetic, shared by the batched op and the per-sample loss.</summary>
internal static class SoftmaxMath
{
    /// <summary>
    /// The checks of every softmax cross-entropy op, made before anything is computed: label count, gradient shape,
    /// a non-empty batch and every label inside [0, C).
    /// </summary>
    public static void CheckArguments<T>(Tensor<T> logits, ReadOnlySpan<int> labels, Tensor<T>? dLogits) where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(logits);
        if (labels.Length != logits.Rows)
            throw new ArgumentException($"There are {labels.Length} labels for {logits.Rows} rows of logits.", nameof(labels));
        if (dLogits is not null)
            Shapes.RequireSame(logits, dLogits, nameof(logits), nameof(dLogits));
        if (logits.Rows == 0)
            throw new ArgumentException("The mean loss of an empty batch is undefined.", nameof(logits));
        for (int r = 0; r < labels.Length; r++)
        {
            if ((uint)labels[r] >= (uint)logits.Cols)
                throw new ArgumentException($"Label {labels[r]} of sample {r} is outside [0, {logits.Cols}).", nameof(labels));
        }
    }

    /// <summary>log Σ e^(y_k) − y_label, with the max subtracted before exponentiating; returns max and Σ e^(y_k − max).</summary>
    public static T Loss<T>(ReadOnlySpan<T> row, int label, out T max, out T sum) where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        max = row[0];
        for (int c = 1; c < row.Length; c++)
            max = T.Max(max, row[c]);
        sum = T.Zero;
        for (int c = 0; c < row.Length; c++)
            sum += T.Exp(row[c] - max);
        return T.Log(sum) + max - row[label];
    }
}
