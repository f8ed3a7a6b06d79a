using System.Numerics;

namespace ZoEngine.Nn;

/// <summary>
/// A network of L units a_l = f_l(a_{l−1}), l = 1..L, where a unit is any <see cref="Layer{T}"/> (typically σ(W·a + b)
/// as a <see cref="Chain{T}"/>, or its residual form). The units are what HZO bisects: N_{i:j} is units i+1..j, and
/// any N_{i:j} runs from a given a_i (<see cref="ForwardRange"/>). One unit applied to one row is one layer
/// evaluation in <see cref="EvaluationCounter"/>.
/// </summary>
public sealed class Sequential<T> where T : unmanaged, IBinaryFloatingPointIeee754<T>
{
    private readonly Layer<T>[] _units;
    private readonly Parameter<T>[] _parameters;
    private readonly string[] _names;
    private readonly int[] _parameterUnit;

    /// <summary>Builds the network; each unit's outputs must match the next unit's inputs.</summary>
    public Sequential(params Layer<T>[] units)
    {
        ArgumentNullException.ThrowIfNull(units);
        if (units.Length == 0)
            throw new ArgumentException("A network needs at least one unit.", nameof(units));
        for (int i = 0; i < units.Length; i++)
        {
            ArgumentNullException.ThrowIfNull(units[i], $"units[{i}]");
            if (i > 0 && units[i - 1].OutFeatures != units[i].InFeatures)
                throw new ArgumentException($"Unit {i} ({units[i - 1].Describe()}) outputs {units[i - 1].OutFeatures} features but unit {i + 1} ({units[i].Describe()}) takes {units[i].InFeatures}.", nameof(units));
            if (i > 0)
                SpatialChecks.RequireAdjacent(units[i - 1], units[i], $"Units {i} and {i + 1}");
        }
        _units = [.. units];
        var parameters = new List<Parameter<T>>();
        var names = new List<string>();
        var unitOf = new List<int>();
        var seen = new HashSet<Parameter<T>>(ReferenceEqualityComparer.Instance);
        for (int l = 0; l < units.Length; l++)
        {
            foreach (var (path, p) in units[l].NamedParameters())
            {
                if (!seen.Add(p))
                    throw new ArgumentException($"Parameter {path} of unit {l + 1} also appears elsewhere in the network; units must not share parameters.", nameof(units));
                parameters.Add(p);
                names.Add($"{l + 1}.{path}");
                unitOf.Add(l + 1);
            }
        }
        _parameters = [.. parameters];
        _names = [.. names];
        _parameterUnit = [.. unitOf];
    }

    /// <summary>The units f_1..f_L (index l − 1 holds f_l).</summary>
    public IReadOnlyList<Layer<T>> Units => _units;

    /// <summary>L, the number of units.</summary>
    public int Depth => _units.Length;

    /// <summary>Width of a_0.</summary>
    public int InFeatures => _units[0].InFeatures;

    /// <summary>Width of a_L.</summary>
    public int OutFeatures => _units[^1].OutFeatures;

    /// <summary>Width of a_l for l in [0, L].</summary>
    public int Width(int l)
    {
        if ((uint)l > (uint)_units.Length)
            throw new ArgumentOutOfRangeException(nameof(l), $"Activation index {l} is outside [0, {_units.Length}].");
        return l == 0 ? InFeatures : _units[l - 1].OutFeatures;
    }

    /// <summary>Every trainable tensor, in unit order.</summary>
    public IReadOnlyList<Parameter<T>> Parameters => _parameters;

    /// <summary>Unique names of <see cref="Parameters"/>, "unit.path" ("3.f.0.weight"), in the same order.</summary>
    public IReadOnlyList<string> ParameterNames => _names;

    /// <summary>The unit l (1..L) that owns each of <see cref="Parameters"/>, in the same order.</summary>
    public IReadOnlyList<int> ParameterUnits => _parameterUnit;

    /// <summary>Number of trainable scalars.</summary>
    public long ParameterCount => _parameters.Sum(p => (long)p.Value.Length);

    /// <summary>Zeroes every gradient buffer.</summary>
    public void ZeroGradients()
    {
        foreach (var p in _parameters)
            p.Gradient.Clear();
    }

    /// <summary>Copies parameter values from a network of the same structure in any precision (rounding to nearest).</summary>
    public void CopyParametersFrom<TOther>(Sequential<TOther> source) where TOther : unmanaged, IBinaryFloatingPointIeee754<TOther>
    {
        ArgumentNullException.ThrowIfNull(source);
        if (source.Parameters.Count != _parameters.Length)
            throw new ArgumentException($"The source has {source.Parameters.Count} parameters, this network {_parameters.Length}.", nameof(source));
        for (int i = 0; i < _parameters.Length; i++)
        {
            var from = source.Parameters[i].Value;
            var to = _parameters[i].Value;
            if (source.ParameterNames[i] != _names[i] || from.Rows != to.Rows || from.Cols != to.Cols)
                throw new ArgumentException($"Parameter {i} differs: {source.ParameterNames[i]} [{from.Rows}, {from.Cols}] against {_names[i]} [{to.Rows}, {to.Cols}].", nameof(source));
            to.CopyFrom(from.Convert<T>().Span);
        }
    }

    /// <summary>Where the parameters live (the memory of the first; <see cref="MoveTo"/> keeps them together).</summary>
    public IParameterMemory Placement => _parameters.Length == 0 ? HostMemory.Instance : _parameters[0].Placement;

    /// <summary>
    /// Moves every parameter (value and gradient) into <paramref name="memory"/>, such as a device backend's memory,
    /// to compute with that device's ops. Returns this network.
    /// </summary>
    public Sequential<T> MoveTo(IParameterMemory memory)
    {
        ArgumentNullException.ThrowIfNull(memory);
        foreach (var p in _parameters)
            p.MoveTo(memory);
        return this;
    }

    /// <summary>The full forward pass with everything backprop and HZO need: a_0..a_L and every unit's trace.</summary>
    public ForwardTrace<T> Forward(NnContext<T> context, Tensor<T> input) => Forward(context, input, null);

    /// <summary>
    /// The full forward pass, written into the tensors of <paramref name="reuse"/> when it is a trace of this network
    /// for as many rows in the context's memory (every unit overwrites its outputs), else into new ones. A training
    /// loop that passes its last trace back allocates activations and traces once per batch size, not once per step;
    /// the old trace's a_0 is replaced by <paramref name="input"/>, and the old trace must not be used afterwards.
    /// </summary>
    public ForwardTrace<T> Forward(NnContext<T> context, Tensor<T> input, ForwardTrace<T>? reuse)
    {
        ArgumentNullException.ThrowIfNull(context);
        CheckInput(input);
        int rows = input.Rows;
        bool fits = reuse is not null && reuse.Depth == _units.Length && reuse.Rows == rows
            && ReferenceEquals(reuse.Output.Placement, context.Memory) && reuse.Output.Cols == OutFeatures;
        var activations = fits ? [.. reuse!.Activations] : new Tensor<T>[_units.Length + 1];
        var traces = fits ? [.. reuse!.Traces] : new LayerTrace<T>?[_units.Length];
        activations[0] = input;
        for (int l = 1; l <= _units.Length; l++)
        {
            var unit = _units[l - 1];
            if (!fits)
            {
                using var _ = MemoryAccounting.Attribute(context.Memory, MemoryCategory.Activations);
                activations[l] = context.Allocate(rows, unit.OutFeatures);
                traces[l - 1] = unit.CreateTrace(context, rows);
            }
            unit.Forward(context, activations[l - 1], activations[l], traces[l - 1]);
        }
        context.Counter.Forward += (long)rows * _units.Length;
        return new ForwardTrace<T>(activations, traces);
    }

    /// <summary>
    /// a_j = N_{i:j}(a_i): units i+1..j on <paramref name="input"/> into <paramref name="output"/>, keeping nothing.
    /// i = j copies the input. // input: [rows, Width(i)]; output: [rows, Width(j)]
    /// </summary>
    public void ForwardRange(NnContext<T> context, int i, int j, Tensor<T> input, Tensor<T> output)
    {
        ArgumentNullException.ThrowIfNull(context);
        CheckRange(i, j);
        ArgumentNullException.ThrowIfNull(input);
        if (input.Cols != Width(i))
            throw new ArgumentException($"N_{{{i}:{j}}} takes a_{i} with {Width(i)} features, got [{input.Rows}, {input.Cols}].", nameof(input));
        Shapes.Require(output, input.Rows, Width(j), nameof(output));
        if (i == j)
        {
            input.CopyTo(output);
            return;
        }
        var ws = context.Workspace;
        var current = input;
        for (int l = i + 1; l <= j; l++)
        {
            var next = l == j ? output : ws.Rent(input.Rows, Width(l));
            _units[l - 1].Forward(context, current, next, null);
            if (!ReferenceEquals(current, input))
                ws.Return(current);
            current = next;
        }
        context.Counter.Forward += (long)input.Rows * (j - i);
    }

    /// <summary>The network's output for <paramref name="input"/> (no trace kept).</summary>
    public Tensor<T> Predict(NnContext<T> context, Tensor<T> input)
    {
        ArgumentNullException.ThrowIfNull(context);
        CheckInput(input);
        var output = context.Allocate(input.Rows, OutFeatures);
        ForwardRange(context, 0, _units.Length, input, output);
        return output;
    }

    /// <summary>
    /// Backprop: given δ_L = ∂loss/∂a_L, accumulates every parameter's gradient through the units' reference backward
    /// passes, from unit L down to unit 1 (which computes no input gradient).
    /// </summary>
    public void Backward(NnContext<T> context, ForwardTrace<T> trace, Tensor<T> outputGradient)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(trace);
        if (trace.Depth != _units.Length)
            throw new ArgumentException($"The trace has {trace.Depth} units but the network {_units.Length}.", nameof(trace));
        int rows = trace.Rows;
        Shapes.Require(outputGradient, rows, OutFeatures, nameof(outputGradient));
        var ws = context.Workspace;
        var delta = outputGradient;
        for (int l = _units.Length; l >= 1; l--)
        {
            var below = l == 1 ? null : ws.Rent(rows, Width(l - 1));
            _units[l - 1].Backward(context, trace.Activations[l - 1], trace.Activations[l], trace.Traces[l - 1], delta, below, Derivatives<T>.Analytic);
            if (!ReferenceEquals(delta, outputGradient))
                ws.Return(delta);
            if (below is not null)
                delta = below;
        }
        context.Counter.Backward += (long)rows * _units.Length;
    }

    /// <summary>A one-line description per unit.</summary>
    public string Describe() => string.Join(Environment.NewLine, _units.Select((u, l) => $"{l + 1}: {u.Describe()}"));

    internal void CheckRange(int i, int j)
    {
        if (i < 0 || j > _units.Length || i > j)
            throw new ArgumentOutOfRangeException(nameof(j), $"N_{{{i}:{j}}} is not a sub-network of a {_units.Length}-unit network: it needs 0 ≤ i ≤ j ≤ {_units.Length}.");
    }

    private void CheckInput(Tensor<T> input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Cols != InFeatures)
            throw new ArgumentException($"The network takes {InFeatures} input features, got [{input.Rows}, {input.Cols}].", nameof(input));
        if (input.Rows == 0)
            throw new ArgumentException("The batch is empty.", nameof(input));
    }
}

/// <summary>The activations a_0..a_L of a forward pass and each unit's trace (what backprop and HZO read).</summary>
public sealed class ForwardTrace<T> where T : unmanaged, IBinaryFloatingPointIeee754<T>
{
    internal ForwardTrace(Tensor<T>[] activations, LayerTrace<T>?[] traces)
    {
        Activations = activations;
        Traces = traces;
    }

    /// <summary>a_0 (the input, not copied) .. a_L.</summary>
    public IReadOnlyList<Tensor<T>> Activations { get; }

    /// <summary>The trace of unit l at index l − 1.</summary>
    public IReadOnlyList<LayerTrace<T>?> Traces { get; }

    /// <summary>L.</summary>
    public int Depth => Traces.Count;

    /// <summary>Batch rows.</summary>
    public int Rows => Activations[0].Rows;

    /// <summary>a_L.</summary>
    public Tensor<T> Output => Activations[^1];

    /// <summary>Bytes held by a_1..a_L and the traces (a_0 belongs to the caller).</summary>
    public long Bytes
    {
        get
        {
            long total = 0;
            for (int l = 1; l < Activations.Count; l++)
                total += Activations[l].Bytes;
            foreach (var t in Traces)
                total += t?.Bytes ?? 0;
            return total;
        }
    }
}
