using System.Numerics;

namespace ZoEngine.Nn;

/// <summary>
/// Layers applied one after another, as one layer: the usual HZO unit σ(W·x + b) is a chain of a
/// <see cref="Linear{T}"/> and an <see cref="Activation{T}"/>. Its trace keeps every intermediate output.
/// </summary>
public sealed class Chain<T> : Layer<T> where T : unmanaged, IBinaryFloatingPointIeee754<T>
{
    private readonly Layer<T>[] _layers;

    /// <summary>Chains <paramref name="layers"/>; each layer's output features must be the next one's input features.</summary>
    public Chain(params Layer<T>[] layers)
    {
        ArgumentNullException.ThrowIfNull(layers);
        if (layers.Length == 0)
            throw new ArgumentException("A chain needs at least one layer.", nameof(layers));
        for (int i = 0; i < layers.Length; i++)
        {
            ArgumentNullException.ThrowIfNull(layers[i], $"layers[{i}]");
            if (i > 0 && layers[i - 1].OutFeatures != layers[i].InFeatures)
                throw new ArgumentException($"Layer {i - 1} ({layers[i - 1].Describe()}) outputs {layers[i - 1].OutFeatures} features but layer {i} ({layers[i].Describe()}) takes {layers[i].InFeatures}.", nameof(layers));
        }
        SpatialChecks.RequireChain(layers);
        _layers = [.. layers];
    }

    /// <summary>The layers in order.</summary>
    public IReadOnlyList<Layer<T>> Layers => _layers;

    /// <inheritdoc />
    public override int InFeatures => _layers[0].InFeatures;

    /// <inheritdoc />
    public override int OutFeatures => _layers[^1].OutFeatures;

    /// <inheritdoc />
    public override string Describe() => string.Join(" → ", _layers.Select(l => l.Describe()));

    /// <inheritdoc />
    public override IEnumerable<(string Path, Parameter<T> Parameter)> NamedParameters()
    {
        for (int i = 0; i < _layers.Length; i++)
        {
            foreach (var (path, p) in _layers[i].NamedParameters())
                yield return ($"{i}.{path}", p);
        }
    }

    /// <summary>Two intermediate buffers live at once (input and output of the inner layer), plus that layer's scratch.</summary>
    public override int ForwardScratchColumns => ScratchColumns(probing: false);

    /// <inheritdoc />
    public override int ProbeScratchColumns => ScratchColumns(probing: true);

    /// <inheritdoc />
    public override LayerTrace<T>? CreateTrace(NnContext<T> context, int rows)
    {
        ArgumentNullException.ThrowIfNull(context);
        var saved = new Tensor<T>[_layers.Length - 1];
        for (int i = 0; i < saved.Length; i++)
            saved[i] = context.Allocate(rows, _layers[i].OutFeatures);
        return new LayerTrace<T>(saved, [.. _layers.Select(l => l.CreateTrace(context, rows))]);
    }

    /// <inheritdoc />
    public override void Forward(NnContext<T> context, Tensor<T> x, Tensor<T> y, LayerTrace<T>? trace)
    {
        CheckForward(x, y);
        if (trace is not null)
        {
            CheckTrace(trace, x.Rows);
            for (int i = 0; i < _layers.Length; i++)
                _layers[i].Forward(context, i == 0 ? x : trace.Saved[i - 1], i == _layers.Length - 1 ? y : trace.Saved[i], trace.Children[i]);
            return;
        }
        RunFrom(context, 0, x, y, ownsInput: false);
    }

    /// <inheritdoc />
    public override void Backward(NnContext<T> context, Tensor<T> x, Tensor<T> y, LayerTrace<T>? trace, Tensor<T> dy, Tensor<T>? dx, Derivatives<T> derivatives)
    {
        CheckBackward(x, y, dy, dx);
        if (trace is null)
            throw new ArgumentNullException(nameof(trace), $"{Describe()}: backward needs the trace of its forward pass.");
        CheckTrace(trace, x.Rows);
        var ws = context.Workspace;
        Tensor<T> gradOut = dy;
        for (int i = _layers.Length - 1; i >= 0; i--)
        {
            var input = i == 0 ? x : trace.Saved[i - 1];
            var output = i == _layers.Length - 1 ? y : trace.Saved[i];
            Tensor<T>? gradIn = i == 0 ? dx : ws.Rent(x.Rows, _layers[i].InFeatures);
            _layers[i].Backward(context, input, output, trace.Children[i], gradOut, gradIn, derivatives);
            if (!ReferenceEquals(gradOut, dy))
                ws.Return(gradOut);
            if (gradIn is null)
                break;
            gradOut = gradIn;
        }
    }

    /// <summary>The first layer probes (linear-first chains never form a ± h·e_m); the rest run forward on the probe rows.</summary>
    public override void ForwardProbes(NnContext<T> context, Tensor<T> x, Tensor<T> y, LayerTrace<T>? trace, T h, int firstProbe, Tensor<T> probes)
    {
        CheckForward(x, y);
        if (trace is null)
            throw new ArgumentNullException(nameof(trace), $"{Describe()}: probing needs the trace of the anchors' forward pass.");
        CheckTrace(trace, x.Rows);
        ArgumentNullException.ThrowIfNull(probes);
        if (_layers.Length == 1)
        {
            _layers[0].ForwardProbes(context, x, y, trace.Children[0], h, firstProbe, probes);
            return;
        }
        var first = context.Workspace.Rent(probes.Rows, _layers[0].OutFeatures);
        _layers[0].ForwardProbes(context, x, trace.Saved[0], trace.Children[0], h, firstProbe, first);
        RunFrom(context, 1, first, probes, ownsInput: true);
    }

    /// <summary>
    /// Runs layers [start, n) on <paramref name="input"/> into <paramref name="output"/> with intermediates from the
    /// workspace, each returned as soon as the next layer has read it (the input too when the chain rented it).
    /// </summary>
    private void RunFrom(NnContext<T> context, int start, Tensor<T> input, Tensor<T> output, bool ownsInput)
    {
        var ws = context.Workspace;
        var current = input;
        for (int i = start; i < _layers.Length; i++)
        {
            var next = i == _layers.Length - 1 ? output : ws.Rent(input.Rows, _layers[i].OutFeatures);
            _layers[i].Forward(context, current, next, null);
            if (ownsInput || !ReferenceEquals(current, input))
                ws.Return(current);
            current = next;
        }
    }

    private int ScratchColumns(bool probing)
    {
        // Layer i reads buffer i−1 and writes buffer i; the chain's own input and output are not scratch. Probing
        // differs only in layer 0, which runs its probe pass (and that pass's scratch) instead of a forward.
        int worst = 0;
        int last = _layers.Length - 1;
        for (int i = 0; i < _layers.Length; i++)
        {
            int inCols = i == 0 ? 0 : _layers[i - 1].OutFeatures;
            int outCols = i == last ? 0 : _layers[i].OutFeatures;
            int inner = probing && i == 0 ? _layers[0].ProbeScratchColumns : _layers[i].ForwardScratchColumns;
            worst = Math.Max(worst, inCols + outCols + inner);
        }
        return worst;
    }

    private void CheckTrace(LayerTrace<T> trace, int rows)
    {
        if (trace.Saved.Length != _layers.Length - 1 || trace.Children.Length != _layers.Length)
            throw new ArgumentException($"{Describe()}: the trace was not created by this chain.", nameof(trace));
        if (trace.Saved.Length > 0 && trace.Saved[0].Rows != rows)
            throw new ArgumentException($"{Describe()}: the trace holds {trace.Saved[0].Rows} rows but the batch has {rows}.", nameof(trace));
    }
}
