using System.Numerics;

namespace ZoEngine.Nn;

/// <summary>
/// The forward pass of a <see cref="Sequential{T}"/> when only its output is needed, as in every evaluation of a
/// zeroth-order step: no layer trace is kept, and the activations a_1 … a_{L−1} ping-pong between two buffers of
/// [rows, widest hidden activation], allocated once in the context's memory. Unit l reads one buffer and writes the
/// other; the last unit writes the output buffer. Layers that need scratch (a residual branch, the inside of a chain)
/// rent it from the context's workspace, which hands back the same storage and views every pass.
/// </summary>
/// <remarks>
/// After the first pass at a given row count, a pass allocates nothing: no managed objects and no memory of the
/// ops' device. A batch with fewer rows than <see cref="CapacityRows"/> uses a prefix of the same buffers.
/// Not thread-safe.
/// </remarks>
public sealed class InferenceForward<T> where T : unmanaged, IBinaryFloatingPointIeee754<T>
{
    private readonly Sequential<T> _model;
    private readonly NnContext<T> _context;
    private readonly Tensor<T>? _even, _odd;
    private readonly Tensor<T> _output;
    // Per row count: the view each unit writes (index l − 1 for unit l), the last one a view of the output buffer.
    private readonly Dictionary<int, Tensor<T>[]> _views = [];

    /// <summary>Allocates the two activation buffers and the output for batches of up to <paramref name="capacityRows"/> rows.</summary>
    /// <param name="model">The network; its parameters must be in the context's memory.</param>
    /// <param name="context">Ops, workspace and counters of the passes.</param>
    /// <param name="capacityRows">The largest batch a pass will see (≥ 1).</param>
    public InferenceForward(Sequential<T> model, NnContext<T> context, int capacityRows)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacityRows, 1);
        if (model.Parameters.Count > 0 && !ReferenceEquals(model.Placement, context.Memory))
            throw new ArgumentException($"The model is in {model.Placement.Name} memory but the ops run on {context.Memory.Name}: move it there first (Sequential.MoveTo).", nameof(model));
        _model = model;
        _context = context;
        CapacityRows = capacityRows;
        int widest = 0;
        for (int l = 1; l < model.Depth; l++)
            widest = Math.Max(widest, model.Width(l));
        using var _ = MemoryAccounting.Attribute(context.Memory, MemoryCategory.Activations);
        if (widest > 0)
        {
            _even = context.Allocate(capacityRows, widest);
            _odd = model.Depth > 2 ? context.Allocate(capacityRows, widest) : null;
        }
        _output = context.Allocate(capacityRows, model.OutFeatures);
        ActivationBytes = (_even?.Bytes ?? 0) + (_odd?.Bytes ?? 0) + _output.Bytes;
    }

    /// <summary>The most rows a pass takes.</summary>
    public int CapacityRows { get; }

    /// <summary>Bytes of the two ping-pong buffers and the output buffer.</summary>
    public long ActivationBytes { get; }

    /// <summary>
    /// a_L for <paramref name="input"/>: a view of this object's output buffer, valid until the next pass.
    /// // input: [rows ≤ CapacityRows, InFeatures]; result: [rows, OutFeatures]
    /// </summary>
    public Tensor<T> Run(Tensor<T> input)
    {
        ArgumentNullException.ThrowIfNull(input);
        int rows = input.Rows;
        if (input.Cols != _model.InFeatures)
            throw new ArgumentException($"The network takes {_model.InFeatures} input features, got [{rows}, {input.Cols}].", nameof(input));
        if (rows < 1 || rows > CapacityRows)
            throw new ArgumentException($"This forward pass holds batches of 1 … {CapacityRows} rows, got {rows}.", nameof(input));
        if (!_views.TryGetValue(rows, out var views))
            _views[rows] = views = CreateViews(rows);
        var current = input;
        for (int l = 1; l <= _model.Depth; l++)
        {
            _model.Units[l - 1].Forward(_context, current, views[l - 1], null);
            current = views[l - 1];
        }
        _context.Counter.Forward += (long)rows * _model.Depth;
        return current;
    }

    private Tensor<T>[] CreateViews(int rows)
    {
        var views = new Tensor<T>[_model.Depth];
        for (int l = 1; l < _model.Depth; l++)
            views[l - 1] = (l % 2 == 1 ? _even! : _odd!).Prefix(rows, _model.Width(l));
        views[^1] = _output.Prefix(rows, _model.OutFeatures);
        return views;
    }
}
