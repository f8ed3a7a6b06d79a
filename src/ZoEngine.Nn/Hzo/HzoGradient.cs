using System.Numerics;

namespace ZoEngine.Nn;

/// <summary>
/// Hierarchical zeroth-order gradients (DESIGN §1, paper §3): HZO(i, j, δ_j) on the sub-network N_{i:j}. A leaf
/// (j = i + 1) applies unit j's local delta rule with δ_j. Otherwise it takes the midpoint k = i + ⌈(j − i)/2⌉,
/// estimates δ_k[m] = ⟨(N_{k:j}(a_k + h·e_m) − N_{k:j}(a_k − h·e_m))/(2h), δ_j⟩ for every coordinate m of every
/// sample with all probes in one batch (J is never formed), and recurses on N_{k:j} with δ_j and on N_{i:k} with δ_k.
/// A convolutional network is first split where its body ends (<see cref="HzoCost.Split"/>), so that every split
/// inside the body is spatial and its probes use SPP (<see cref="SppGeometry"/>) unless
/// <see cref="HzoOptions.SpatialParallel"/> is off.
/// </summary>
/// <remarks>
/// With the right half the smaller one (⌊n/2⌋ units), a sub-network of n units costs 2W·⌊n/2⌋ probe evaluations
/// per sample plus its halves, so the probes of a whole step cost B·P(L) with P(n) = 2W·⌊n/2⌋ + P(⌈n/2⌉) + P(⌊n/2⌋),
/// P(1) = 0 (<see cref="HzoCost"/> has the closed form); P(L) = W·L·log₂L when L is a power of two. On top come L·B
/// forward and L·B local backward evaluations, and the loss evaluations of δ_L.
/// </remarks>
public sealed class HzoGradient<T> : IGradientMethod<T> where T : unmanaged, IBinaryFloatingPointIeee754<T>
{
    private readonly ProbeRunner<T> _runner;
    private readonly int _bodyEnd;

    /// <summary>Binds HZO to a network, a context, a loss and options.</summary>
    public HzoGradient(Sequential<T> model, NnContext<T> context, ILoss<T> loss, HzoOptions? options = null)
    {
        Model = model ?? throw new ArgumentNullException(nameof(model));
        Options = options ?? new HzoOptions();
        _runner = new ProbeRunner<T>(model, context, loss, Options);
        _bodyEnd = HzoCost.BodyEnd(model);
    }

    /// <inheritdoc />
    public string Name => Options.SpatialParallel ? "hzo" : "hzo-nospp";

    /// <inheritdoc />
    public Sequential<T> Model { get; }

    /// <summary>The settings in use.</summary>
    public HzoOptions Options { get; }

    /// <summary>The probe step h in use.</summary>
    public double Step => _runner.Step;

    /// <inheritdoc />
    public GradientResult Compute(Tensor<T> input, ReadOnlySpan<int> labels)
    {
        var (trace, outputDelta, loss) = _runner.Begin(input, labels);
        try
        {
            Recurse(trace, 0, Model.Depth, outputDelta);
        }
        finally
        {
            _runner.Release(outputDelta);
        }
        return _runner.Finish(trace, loss);
    }

    private void Recurse(ForwardTrace<T> trace, int i, int j, Tensor<T> deltaJ)
    {
        if (j - i == 1)
        {
            _runner.Leaf(trace, j, deltaJ);
            return;
        }
        int k = HzoCost.Split(i, j, Model.Depth, _bodyEnd);
        var ws = _runner.Context.Workspace;
        var deltaK = ws.Rent(trace.Rows, Model.Width(k));
        try
        {
            _runner.JacobianProduct(trace, k, j, deltaJ, deltaK);
            Recurse(trace, k, j, deltaJ);
            Recurse(trace, i, k, deltaK);
        }
        finally
        {
            ws.Return(deltaK);
        }
    }
}

/// <summary>
/// The neuron-wise (activity-perturbation) baseline: for every hidden activation a_l, l = L−1 … 1, δ_l is probed
/// through the whole rest of the network N_{l:L} and contracted with δ_L, then unit l's local delta rule runs. It
/// shares HZO's probe batching and δ_L, so the two differ only in how the depth is covered: W·L(L−1) probe
/// evaluations per sample (uniform width W) against HZO's W·L·log₂L.
/// </summary>
public sealed class NeuronwiseGradient<T> : IGradientMethod<T> where T : unmanaged, IBinaryFloatingPointIeee754<T>
{
    private readonly ProbeRunner<T> _runner;

    /// <summary>Binds the baseline to a network, a context, a loss and options.</summary>
    public NeuronwiseGradient(Sequential<T> model, NnContext<T> context, ILoss<T> loss, HzoOptions? options = null)
    {
        Model = model ?? throw new ArgumentNullException(nameof(model));
        Options = options ?? new HzoOptions();
        _runner = new ProbeRunner<T>(model, context, loss, Options);
    }

    /// <inheritdoc />
    public string Name => "neuronwise";

    /// <inheritdoc />
    public Sequential<T> Model { get; }

    /// <summary>The settings in use.</summary>
    public HzoOptions Options { get; }

    /// <inheritdoc />
    public GradientResult Compute(Tensor<T> input, ReadOnlySpan<int> labels)
    {
        var (trace, outputDelta, loss) = _runner.Begin(input, labels);
        int depth = Model.Depth;
        var ws = _runner.Context.Workspace;
        try
        {
            _runner.Leaf(trace, depth, outputDelta);
            for (int l = depth - 1; l >= 1; l--)
            {
                var delta = ws.Rent(trace.Rows, Model.Width(l));
                try
                {
                    _runner.JacobianProduct(trace, l, depth, outputDelta, delta);
                    _runner.Leaf(trace, l, delta);
                }
                finally
                {
                    ws.Return(delta);
                }
            }
        }
        finally
        {
            _runner.Release(outputDelta);
        }
        return _runner.Finish(trace, loss);
    }
}
