using System.Numerics;

namespace ZoEngine.Nn;

/// <summary>What one gradient computation cost and found.</summary>
/// <param name="Loss">Mean loss of the batch at the current parameters.</param>
/// <param name="Counts">Work done, in the units of <see cref="EvaluationCounter"/>.</param>
/// <param name="PeakProbeBytes">Most memory the probe batches held at once (bounded by the probe memory budget); 0 without probes.</param>
/// <param name="PeakWorkspaceBytes">Most memory the other scratch held at once (δ vectors, layer temporaries).</param>
/// <param name="TraceBytes">Memory of the forward trace (activations and layer intermediates), as backprop keeps it too.</param>
/// <param name="ProbeChunkRows">Largest number of probe rows pushed through a sub-network as one batch; 0 without probes.</param>
public readonly record struct GradientResult(double Loss, EvaluationCounts Counts, long PeakProbeBytes, long PeakWorkspaceBytes, long TraceBytes, int ProbeChunkRows);

/// <summary>
/// A way to compute the gradient of the mean loss of a batch with respect to every parameter of a network. The
/// result overwrites each <see cref="Parameter{T}.Gradient"/>; the parameters themselves are not changed.
/// </summary>
public interface IGradientMethod<T> where T : unmanaged, IBinaryFloatingPointIeee754<T>
{
    /// <summary>Name for reports ("bp", "hzo", "neuronwise").</summary>
    string Name { get; }

    /// <summary>The network whose gradients are computed.</summary>
    Sequential<T> Model { get; }

    /// <summary>Computes the gradients for one batch. // input: [B, in]; labels: [B]</summary>
    /// <exception cref="NnNonFiniteException">The loss or an intermediate signal was NaN or infinite; gradients are then undefined, parameters unchanged.</exception>
    GradientResult Compute(Tensor<T> input, ReadOnlySpan<int> labels);
}

/// <summary>
/// A NaN or infinity where a gradient method or optimizer needs a finite number: the message names the stage, the
/// sample and the element. When thrown by a gradient method the gradient buffers are undefined and the parameters
/// unchanged; when thrown by an optimizer, no parameter was updated.
/// </summary>
public sealed class NnNonFiniteException : ArithmeticException
{
    /// <summary>Creates the exception.</summary>
    public NnNonFiniteException(string stage, int sample, int index, double value)
        : base($"{stage} is {value.ToString(System.Globalization.CultureInfo.InvariantCulture)}" +
               (sample >= 0 ? $" at sample {sample}" : "") + (index >= 0 ? $", element {index}" : "") +
               "; no gradient step was taken and the parameters are unchanged.")
    {
        Stage = stage;
        Sample = sample;
        Index = index;
        Value = value;
    }

    /// <summary>Where the value appeared ("the loss", "δ_4 estimated through N_{4:8}", "gradient of 3.0.weight").</summary>
    public string Stage { get; }

    /// <summary>The batch row, or −1 when not per sample.</summary>
    public int Sample { get; }

    /// <summary>The element within the row or tensor, or −1.</summary>
    public int Index { get; }

    /// <summary>The offending value.</summary>
    public double Value { get; }

    internal static void ThrowIfAnyNonFinite<T>(INnOps<T> ops, Tensor<T> tensor, string stage) where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        var (_, i) = ops.FirstNonFinite([tensor]);
        if (i >= 0)
            throw new NnNonFiniteException(stage, i / tensor.Cols, i % tensor.Cols, double.CreateTruncating(tensor.ElementAt(i)));
    }

    internal static void ThrowIfNonFiniteLoss<T>(INnOps<T> ops, double loss, Tensor<T> outputs) where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        if (double.IsFinite(loss))
            return;
        // Name the first sample whose output is not finite when there is one: that is where to look.
        ThrowIfAnyNonFinite(ops, outputs, "the network output");
        throw new NnNonFiniteException("the loss", -1, -1, loss);
    }
}

/// <summary>Backprop through every unit's reference backward: the oracle and the first-order baseline.</summary>
public sealed class Backprop<T> : IGradientMethod<T> where T : unmanaged, IBinaryFloatingPointIeee754<T>
{
    private readonly NnContext<T> _context;
    private readonly ILoss<T> _loss;
    private ForwardTrace<T>? _trace;

    /// <summary>Binds the method to a network, a context and a loss with an analytic gradient.</summary>
    public Backprop(Sequential<T> model, NnContext<T> context, ILoss<T> loss)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(loss);
        if (!loss.HasAnalyticGradient)
            throw new ArgumentException($"Backprop needs the loss gradient, and '{loss.Name}' is a black-box loss.", nameof(loss));
        Placements.RequireSame(model, context);
        Model = model;
        _context = context;
        _loss = loss;
    }

    /// <inheritdoc />
    public string Name => "bp";

    /// <inheritdoc />
    public Sequential<T> Model { get; }

    /// <inheritdoc />
    public GradientResult Compute(Tensor<T> input, ReadOnlySpan<int> labels)
    {
        var before = _context.Counter.Snapshot();
        _context.Workspace.ResetPeak();
        Model.ZeroGradients();
        // The last call's trace is overwritten in place when the batch has as many rows: no allocation per step.
        var trace = _trace = Model.Forward(_context, input, _trace);
        var delta = _context.Workspace.Rent(trace.Rows, Model.OutFeatures);
        try
        {
            double loss = _loss.Forward(_context.Ops, trace.Output, labels, delta);
            _context.Counter.Loss += trace.Rows;
            NnNonFiniteException.ThrowIfNonFiniteLoss(_context.Ops, loss, trace.Output);
            Model.Backward(_context, trace, delta);
            return new GradientResult(loss, _context.Counter.Snapshot() - before, 0, _context.Workspace.PeakBytes, trace.Bytes, 0);
        }
        finally
        {
            _context.Workspace.Return(delta);
        }
    }
}

/// <summary>The check every gradient method makes when it is bound: the model's parameters live where the ops compute.</summary>
internal static class Placements
{
    public static void RequireSame<T>(Sequential<T> model, NnContext<T> context) where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        var names = model.ParameterNames;
        for (int i = 0; i < model.Parameters.Count; i++)
        {
            var p = model.Parameters[i];
            if (!ReferenceEquals(p.Placement, context.Memory) || !ReferenceEquals(p.Gradient.Placement, context.Memory))
                throw new ArgumentException($"Parameter {names[i]} lives in {p.Placement.Name} memory but the context's ops ({context.Ops.Name}) compute in {context.Memory.Name}: move the model there first (Sequential.MoveTo).", nameof(model));
        }
    }
}
