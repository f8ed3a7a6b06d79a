using System.Numerics;
using ZoEngine.Noise;

namespace ZoEngine.Nn;

/// <summary>How CGE chooses the weight coordinates it estimates.</summary>
public enum CgeScore
{
    /// <summary>A uniformly random subset of each weight tensor, drawn from the seed (DeepZero's random pruning score).</summary>
    Random,
    /// <summary>The largest |θ| of each weight tensor when the mask is drawn (magnitude pruning).</summary>
    Magnitude,
}

/// <summary>Settings of <see cref="CgeGradient{T}"/>.</summary>
public sealed record CgeOptions
{
    /// <summary>
    /// Fraction of each weight tensor's coordinates that are estimated, in (0, 1]; the rest get a zero gradient.
    /// Biases are always estimated in full, as DeepZero prunes only weights.
    /// </summary>
    public double Density { get; init; } = 1.0;

    /// <summary>How the estimated coordinates are chosen.</summary>
    public CgeScore Score { get; init; } = CgeScore.Random;

    /// <summary>The forward-difference step μ (DeepZero's default ZO step, 5·10⁻³).</summary>
    public double Step { get; init; } = 5e-3;

    /// <summary>Gradient computations between redraws of the mask; 0 keeps the first mask (DeepZero redraws it every few epochs).</summary>
    public int RedrawEvery { get; init; }

    /// <summary>Seed of the random masks.</summary>
    public ulong Seed { get; init; }

    /// <summary>Throws <see cref="ArgumentException"/> naming the first invalid setting.</summary>
    public void Validate()
    {
        if (!(Density > 0 && Density <= 1))
            throw new ArgumentException($"The CGE density must be in (0, 1], got {Density}.");
        if (!(double.IsFinite(Step) && Step > 0))
            throw new ArgumentException($"The CGE step μ must be finite and > 0, got {Step}.");
        if (RedrawEvery < 0)
            throw new ArgumentException($"The CGE mask redraw interval must be ≥ 0, got {RedrawEvery}.");
        if (!Enum.IsDefined(Score))
            throw new ArgumentException($"Unknown CGE score {Score}.");
    }
}

/// <summary>
/// DeepZero's coordinate-wise gradient estimate (CGE): for every estimated coordinate i, ĝ_i = (ℓ(θ + μ·e_i) − ℓ(θ))/μ
/// on the batch, a forward difference with one extra loss evaluation per coordinate; coordinates outside the sparse
/// mask get 0. As DeepZero does ("feature reuse"), a coordinate of unit l is evaluated from the cached a_{l−1}, so it
/// costs L − l + 1 unit evaluations per sample instead of L. The weight is changed in place and restored from its saved
/// value, so θ is unchanged bit for bit afterwards.
/// </summary>
/// <remarks>
/// It writes single elements of θ, which is host code: the model must live in host memory.
/// </remarks>
public sealed class CgeGradient<T> : IGradientMethod<T> where T : unmanaged, IBinaryFloatingPointIeee754<T>
{
    private readonly NnContext<T> _context;
    private readonly ILoss<T> _loss;
    private readonly int[][] _coordinates;
    private readonly bool[] _isWeight;
    private ForwardTrace<T>? _trace;
    private int _computations;

    /// <summary>Binds CGE to a host network, a context, a loss and options; the first mask is drawn here.</summary>
    public CgeGradient(Sequential<T> model, NnContext<T> context, ILoss<T> loss, CgeOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(loss);
        Options = options ?? new CgeOptions();
        Options.Validate();
        Placements.RequireSame(model, context);
        if (!ReferenceEquals(model.Placement, HostMemory.Instance))
            throw new ArgumentException($"CGE perturbs one weight at a time from the host, and this network lives in {model.Placement.Name} memory: use the cpu backend for cge.", nameof(model));
        Model = model;
        _context = context;
        _loss = loss;
        _coordinates = new int[model.Parameters.Count][];
        _isWeight = [.. model.ParameterNames.Select(n => n.EndsWith("weight", StringComparison.Ordinal))];
        DrawMask();
    }

    /// <inheritdoc />
    public string Name => "cge";

    /// <inheritdoc />
    public Sequential<T> Model { get; }

    /// <summary>The settings in use.</summary>
    public CgeOptions Options { get; }

    /// <summary>Coordinates estimated per computation (the mask's size).</summary>
    public long EstimatedCoordinates => _coordinates.Sum(c => (long)c.Length);

    /// <inheritdoc />
    public GradientResult Compute(Tensor<T> input, ReadOnlySpan<int> labels)
    {
        if (Options.RedrawEvery > 0 && _computations > 0 && _computations % Options.RedrawEvery == 0)
            DrawMask();
        _computations++;
        var before = _context.Counter.Snapshot();
        _context.Workspace.ResetPeak();
        Model.ZeroGradients();
        var trace = _trace = Model.Forward(_context, input, _trace);
        int rows = trace.Rows;
        double baseLoss = _loss.Forward(_context.Ops, trace.Output, labels, null);
        _context.Counter.Loss += rows;
        NnNonFiniteException.ThrowIfNonFiniteLoss(_context.Ops, baseLoss, trace.Output);
        var output = _context.Workspace.Rent(rows, Model.OutFeatures);
        T mu = T.CreateTruncating(Options.Step);
        try
        {
            for (int p = 0; p < Model.Parameters.Count; p++)
            {
                int unit = Model.ParameterUnits[p];
                var value = Model.Parameters[p].Value.Span;
                var gradient = Model.Parameters[p].Gradient.Span;
                foreach (int i in _coordinates[p])
                {
                    T saved = value[i];
                    value[i] = saved + mu;
                    // The step actually taken: θ + μ rounds, and the difference quotient divides by what was added.
                    double step = double.CreateTruncating(value[i] - saved);
                    Model.ForwardRange(_context, unit - 1, Model.Depth, trace.Activations[unit - 1], output);
                    value[i] = saved;
                    double loss = _loss.Forward(_context.Ops, output, labels, null);
                    _context.Counter.Loss += rows;
                    if (!double.IsFinite(loss))
                        throw new NnNonFiniteException($"the loss with {Model.ParameterNames[p]}[{i}] + μ", -1, i, loss);
                    gradient[i] = T.CreateTruncating((loss - baseLoss) / step);
                }
            }
        }
        finally
        {
            _context.Workspace.Return(output);
        }
        return new GradientResult(baseLoss, _context.Counter.Snapshot() - before, 0, _context.Workspace.PeakBytes, trace.Bytes, 0);
    }

    private void DrawMask()
    {
        for (int p = 0; p < Model.Parameters.Count; p++)
        {
            var value = Model.Parameters[p].Value;
            int length = value.Length;
            int keep = _isWeight[p] ? Math.Max(1, (int)Math.Round(Options.Density * length)) : length;
            if (keep == length)
            {
                _coordinates[p] = [.. Enumerable.Range(0, length)];
                continue;
            }
            double[] score = new double[length];
            if (Options.Score == CgeScore.Magnitude)
            {
                var span = value.Span;
                for (int i = 0; i < length; i++)
                    score[i] = Math.Abs(double.CreateTruncating(span[i]));
            }
            else
            {
                var u = new float[length];
                NoiseStream.Generate(NoiseKind.Gaussian, SeedMixer.Derive(Options.Seed, (ulong)_computations), (uint)p, 0, u);
                for (int i = 0; i < length; i++)
                    score[i] = u[i];
            }
            // The top `keep` scores, ties to the lower index; estimated in ascending index order.
            var order = Enumerable.Range(0, length).OrderByDescending(i => score[i]).ThenBy(i => i).Take(keep);
            _coordinates[p] = [.. order.Order()];
        }
    }
}
