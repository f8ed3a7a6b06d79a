using System.Numerics;

namespace ZoEngine.Nn;

/// <summary>
/// The machinery HZO and the neuron-wise baseline share: the forward pass and δ_L, the chunked batched Jacobian
/// probes of a sub-network N_{k:j} contracted with δ_j, and the local delta rule of a unit.
/// </summary>
internal sealed class ProbeRunner<T> where T : unmanaged, IBinaryFloatingPointIeee754<T>
{
    private readonly Sequential<T> _model;
    private readonly NnContext<T> _context;
    private readonly NnContext<T> _probeContext;
    private readonly ILoss<T> _loss;
    private readonly HzoOptions _options;
    private readonly T _h;
    private readonly Derivatives<T> _derivatives;
    private ForwardTrace<T>? _trace;
    private readonly Dictionary<(int, int), SppGeometry?> _geometries = [];

    public ProbeRunner(Sequential<T> model, NnContext<T> context, ILoss<T> loss, HzoOptions options)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(loss);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Placements.RequireSame(model, context);
        if (options.OutputSignal == OutputSignal.Analytic && !loss.HasAnalyticGradient)
            throw new ArgumentException($"The loss '{loss.Name}' is a black-box loss: use OutputSignal.Probed.", nameof(options));
        _model = model;
        _context = context;
        // Probe batches get a workspace of their own so that the budget bounds exactly them.
        _probeContext = new NnContext<T>(context.Ops, context.Counter);
        _loss = loss;
        _options = options;
        Step = options.Step ?? HzoOptions.DefaultStep(typeof(T));
        _h = T.CreateTruncating(Step);
        _derivatives = new Derivatives<T>(options.Derivatives, _h);
    }

    public double Step { get; }

    public NnContext<T> Context => _context;

    /// <summary>Largest probe chunk used since the last <see cref="Begin"/>.</summary>
    public int MaxChunkRows { get; private set; }

    public EvaluationCounts Start { get; private set; }

    /// <summary>Zeroes the gradients, runs the forward pass, and computes the loss and δ_L.</summary>
    public (ForwardTrace<T> Trace, Tensor<T> OutputDelta, double Loss) Begin(Tensor<T> input, ReadOnlySpan<int> labels)
    {
        Start = _context.Counter.Snapshot();
        MaxChunkRows = 0;
        _context.Workspace.ResetPeak();
        // The probe workspace is this runner's alone, so whatever a failed computation left rented in it can go.
        _probeContext.Workspace.Clear();
        _model.ZeroGradients();
        // The last call's trace is overwritten in place when the batch has as many rows: no allocation per step.
        var trace = _trace = _model.Forward(_context, input, _trace);
        var output = trace.Output;
        int rows = trace.Rows;
        var delta = _context.Workspace.Rent(rows, output.Cols);
        double loss;
        try
        {
            loss = _loss.Forward(_context.Ops, output, labels, _options.OutputSignal == OutputSignal.Analytic ? delta : null);
            _context.Counter.Loss += rows;
            NnNonFiniteException.ThrowIfNonFiniteLoss(_context.Ops, loss, output);
            if (_options.OutputSignal == OutputSignal.Probed)
                ProbeOutputSignal(output, labels, delta);
            NnNonFiniteException.ThrowIfAnyNonFinite(_context.Ops, delta, "the output signal δ_L");
        }
        catch
        {
            _context.Workspace.Return(delta);
            throw;
        }
        return (trace, delta, loss);
    }

    /// <summary>Gives δ_L back to the workspace; call it whether the computation finished or threw.</summary>
    public void Release(Tensor<T> outputDelta) => _context.Workspace.Return(outputDelta);

    /// <summary>The result of the gradient computation that began with <see cref="Begin"/>.</summary>
    public GradientResult Finish(ForwardTrace<T> trace, double loss)
    {
        return new GradientResult(loss, _context.Counter.Snapshot() - Start, _probeContext.Workspace.PeakBytes,
            _context.Workspace.PeakBytes, trace.Bytes, MaxChunkRows);
    }

    /// <summary>Unit j's local delta rule: its backward with δ_j and no input gradient (dz = δ_j ⊙ σ'(z_j), dW += dzᵀ·a_i, db += Σ dz).</summary>
    public void Leaf(ForwardTrace<T> trace, int j, Tensor<T> deltaJ)
    {
        _model.Units[j - 1].Backward(_context, trace.Activations[j - 1], trace.Activations[j], trace.Traces[j - 1], deltaJ, null, _derivatives);
        _context.Counter.Backward += trace.Rows;
    }

    /// <summary>
    /// δ_k = J_{k:j}ᵀ·δ_j by bidirectional probes of N_{k:j} around a_k: all B·2W_k probe rows (B·2·C·min(r, H)·min(r, W)
    /// with SPP on a spatial N_{k:j}) go through the sub-network as one batch, cut into chunks that fit the probe
    /// memory budget.
    /// </summary>
    public void JacobianProduct(ForwardTrace<T> trace, int k, int j, Tensor<T> deltaJ, Tensor<T> deltaK)
    {
        var spp = _options.SpatialParallel ? Geometry(k, j) : null;
        int rows = trace.Rows;
        int width = _model.Width(k);
        long totalLong = (long)rows * (spp?.RowsPerSample ?? ProbeLayout.RowsPerSample(width));
        if (totalLong > int.MaxValue)
            throw new ArgumentException($"N_{{{k}:{j}}} would need {totalLong} probe rows; use a smaller batch.");
        int total = (int)totalLong;
        int maxWidth = 0;
        int maxScratch = 0;
        for (int u = k + 1; u <= j; u++)
        {
            maxWidth = Math.Max(maxWidth, _model.Width(u));
            var unit = _model.Units[u - 1];
            int probeScratch = spp is null ? unit.ProbeScratchColumns : width + unit.ForwardScratchColumns;
            maxScratch = Math.Max(maxScratch, u == k + 1 ? probeScratch : unit.ForwardScratchColumns);
        }
        int buffers = j - k == 1 ? 1 : 2;
        int chunk = ChunkRows(k, j, total, buffers * maxWidth + maxScratch);
        MaxChunkRows = Math.Max(MaxChunkRows, chunk);

        var ws = _probeContext.Workspace;
        // A node's buffers differ in shape from the last node's: drop those, so that what is held stays within budget.
        ws.Trim();
        var bufferA = ws.Rent(chunk, maxWidth);
        var bufferB = buffers == 2 ? ws.Rent(chunk, maxWidth) : null;
        var inputs = spp is null ? null : ws.Rent(chunk, width);
        try
        {
            for (int first = 0; first < total; first += chunk)
            {
                int count = Math.Min(chunk, total - first);
                if (spp is null)
                {
                    var outputs = RunChunk(trace, k, j, first, count, bufferA, bufferB);
                    _context.Ops.ProbeContract(outputs, deltaJ, _h, first, deltaK);
                }
                else
                {
                    var outputs = RunSppChunk(trace, spp, k, j, first, count, inputs!, bufferA, bufferB);
                    _context.Ops.SppContract(outputs, deltaJ, spp, _h, first, deltaK);
                }
            }
        }
        finally
        {
            if (inputs is not null)
                ws.Return(inputs);
            if (bufferB is not null)
                ws.Return(bufferB);
            ws.Return(bufferA);
        }
        _context.Counter.Probe += (long)total * (j - k);
        NnNonFiniteException.ThrowIfAnyNonFinite(_context.Ops, deltaK, $"δ_{k} estimated through N_{{{k}:{j}}}");
    }

    /// <summary>
    /// N_{k:j} of probe rows [first, first + count) as one batch (for tests; <see cref="JacobianProduct"/> runs the
    /// same passes chunk by chunk). // returns [count, Width(j)]
    /// </summary>
    internal Tensor<T> ProbeOutputs(ForwardTrace<T> trace, int k, int j, int first, int count)
    {
        int maxWidth = 0;
        for (int u = k + 1; u <= j; u++)
            maxWidth = Math.Max(maxWidth, _model.Width(u));
        var outputs = RunChunk(trace, k, j, first, count, _context.Allocate(count, maxWidth), _context.Allocate(count, maxWidth));
        return outputs.Clone();
    }

    /// <summary>The first unit after k builds the probe rows from the anchors' forward; the rest run forward, ping-ponging two buffers.</summary>
    private Tensor<T> RunChunk(ForwardTrace<T> trace, int k, int j, int first, int count, Tensor<T> bufferA, Tensor<T>? bufferB)
    {
        var current = View(bufferA, count, _model.Width(k + 1));
        _model.Units[k].ForwardProbes(_probeContext, trace.Activations[k], trace.Activations[k + 1], trace.Traces[k], _h, first, current);
        for (int u = k + 2; u <= j; u++)
        {
            var next = View(ReferenceEquals(current.Storage, bufferA.Storage) ? bufferB! : bufferA, count, _model.Width(u));
            _model.Units[u - 1].Forward(_probeContext, current, next, null);
            current = next;
        }
        return current;
    }

    /// <summary>
    /// SPP's chunk: the lattice rows from a_k, then every unit of N_{k:j} forward. The first unit runs a plain forward
    /// on the probe inputs, as its default ForwardProbes does in the plain layout, so both layouts compute the same
    /// outputs where they share a perturbation.
    /// </summary>
    private Tensor<T> RunSppChunk(ForwardTrace<T> trace, SppGeometry spp, int k, int j, int first, int count, Tensor<T> inputs, Tensor<T> bufferA, Tensor<T>? bufferB)
    {
        var probeInputs = View(inputs, count, _model.Width(k));
        _context.Ops.SppProbeInputs(trace.Activations[k], spp, _h, first, probeInputs);
        var current = probeInputs;
        for (int u = k + 1; u <= j; u++)
        {
            var next = View(ReferenceEquals(current.Storage, bufferA.Storage) ? bufferB! : bufferA, count, _model.Width(u));
            _model.Units[u - 1].Forward(_probeContext, current, next, null);
            current = next;
        }
        return current;
    }

    /// <summary>SPP's geometry of N_{k:j}, or null where it is not spatial; computed once per split, so a step allocates nothing for it.</summary>
    private SppGeometry? Geometry(int k, int j)
    {
        if (!_geometries.TryGetValue((k, j), out var geometry))
            _geometries[(k, j)] = geometry = SppGeometry.Of(_model, k, j);
        return geometry;
    }

    private int ChunkRows(int k, int j, int total, int columnsPerRow)
    {
        long bytesPerRow = (long)columnsPerRow * NumericType.Size<T>();
        long fit = _options.ProbeMemoryBytes / bytesPerRow;
        if (fit < 2)
            throw new ArgumentException($"The probe memory budget of {_options.ProbeMemoryBytes} bytes is below the {2 * bytesPerRow} bytes one coordinate pair of N_{{{k}:{j}}} needs.");
        return (int)Math.Min(total, fit & ~1L);
    }

    private static Tensor<T> View(Tensor<T> buffer, int rows, int cols) => buffer.Prefix(rows, cols);

    /// <summary>δ_L[s, c] = (ℓ_s(y + h·e_c) − ℓ_s(y − h·e_c))/(2h)/B from the per-sample loss alone.</summary>
    private void ProbeOutputSignal(Tensor<T> deviceOutput, ReadOnlySpan<int> labels, Tensor<T> deviceDelta)
    {
        // The per-sample loss is host code: on a device, y comes over once and δ_L goes back once.
        var output = deviceOutput.IsHost ? deviceOutput : deviceOutput.ToHost();
        var delta = deviceDelta.IsHost ? deviceDelta : new Tensor<T>(deviceDelta.Rows, deviceDelta.Cols);
        int rows = output.Rows;
        int classes = output.Cols;
        var scratch = new T[classes];
        T twoH = _h + _h;
        T invBatch = T.One / T.CreateTruncating(rows);
        for (int s = 0; s < rows; s++)
        {
            output.Row(s).CopyTo(scratch);
            var d = delta.Row(s);
            for (int c = 0; c < classes; c++)
            {
                T original = scratch[c];
                scratch[c] = original + _h;
                T plus = _loss.SampleLoss(scratch, labels[s]);
                scratch[c] = original - _h;
                T minus = _loss.SampleLoss(scratch, labels[s]);
                scratch[c] = original;
                d[c] = (plus - minus) / twoH * invBatch;
            }
        }
        if (!deviceDelta.IsHost)
            delta.CopyTo(deviceDelta);
        _context.Counter.Loss += 2L * rows * classes;
    }
}
