namespace ZoEngine.Workloads.Synthetic;

/// <summary>
/// A synthetic test function over the whole parameter set read as one flat vector x of dimension d = TotalLength
/// (tensors in order). Functions that couple neighbouring coordinates couple them across tensor boundaries too.
/// </summary>
/// <remarks>
/// Evaluation accumulates in double in a fixed order (term i into partial sum i mod 4, the four combined as
/// (s0 + s1) + (s2 + s3)), single-threaded and without SIMD, so a value depends neither on the machine's vector width
/// or core count nor on the way x is split into tensors. Quadratic, Cubic
/// and Rosenbrock use only IEEE +, ×, and |·| and give the same bits everywhere; Levy and Ackley also call the runtime's
/// sin, cos and exp, which can differ in the last bit between platforms. Evaluation allocates no managed memory.
/// </remarks>
public sealed partial class SyntheticObjective : IObjective
{
    /// <summary>
    /// Largest window read from a tensor at once: tensors may exceed <see cref="int.MaxValue"/> elements, which no span can
    /// cover, and 2²⁰ floats (4 MiB) keeps the per-window overhead negligible.
    /// </summary>
    private const int WindowLength = 1 << 20;

    /// <summary>Creates the objective for <paramref name="function"/>.</summary>
    public SyntheticObjective(SyntheticFunction function)
    {
        if (!Enum.IsDefined(function))
            throw new ArgumentOutOfRangeException(nameof(function), function, "Not a defined synthetic function.");
        Function = function;
    }

    /// <summary>The function this objective evaluates.</summary>
    public SyntheticFunction Function { get; }

    /// <summary>The function value at the parameters, computed in double and rounded to float once.</summary>
    /// <exception cref="ArgumentException">d = 0, or d = 1 for Rosenbrock.</exception>
    public float Evaluate(ParameterSet parameters) => (float)EvaluateInDouble(parameters);

    /// <summary>The double value that <see cref="Evaluate(ParameterSet)"/> rounds; tests compare it bit for bit across splits.</summary>
    internal double EvaluateInDouble(ParameterSet parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        long d = parameters.TotalLength;
        ThrowIfDimensionUnsupported(d, nameof(parameters));
        return Function switch
        {
            SyntheticFunction.Quadratic => Walk(parameters, new QuadraticAccumulator()),
            SyntheticFunction.Cubic => Walk(parameters, new CubicAccumulator()),
            SyntheticFunction.Levy => Walk(parameters, new LevyAccumulator(d)),
            SyntheticFunction.Rosenbrock => Walk(parameters, new RosenbrockAccumulator()),
            _ => Walk(parameters, new AckleyAccumulator(d)),
        };
    }

    /// <summary>The function value at <paramref name="x"/> in double; the same bits the parameter-set overload rounds.</summary>
    /// <exception cref="ArgumentException">x is empty, or has one element for Rosenbrock.</exception>
    public double Evaluate(ReadOnlySpan<float> x)
    {
        long d = x.Length;
        ThrowIfDimensionUnsupported(d, nameof(x));
        return Function switch
        {
            SyntheticFunction.Quadratic => Walk(x, new QuadraticAccumulator()),
            SyntheticFunction.Cubic => Walk(x, new CubicAccumulator()),
            SyntheticFunction.Levy => Walk(x, new LevyAccumulator(d)),
            SyntheticFunction.Rosenbrock => Walk(x, new RosenbrockAccumulator()),
            _ => Walk(x, new AckleyAccumulator(d)),
        };
    }

    /// <summary>
    /// The terms of coordinates [<paramref name="start"/>, <paramref name="start"/> + <paramref name="count"/>) of
    /// f(x), in double: what one shard of a separable function contributes. The blocks of a partition of [0, d) sum
    /// to f(x) up to the order of the additions. Rosenbrock's term j couples x_j and x_{j+1}, so a block reads one
    /// coordinate past its end. Ackley is not a sum of per-coordinate terms and has no blocks.
    /// </summary>
    /// <exception cref="ArgumentException">Ackley, or a block outside [0, d).</exception>
    public double EvaluateBlock(ReadOnlySpan<float> x, long start, long count)
    {
        long d = x.Length;
        ThrowIfDimensionUnsupported(d, nameof(x));
        if (start < 0 || count < 0 || start > d - count)
            throw new ArgumentException($"The block [{start}, {start} + {count}) is outside [0, {d}).");
        if (count == 0)
            return 0;
        var block = x.Slice((int)start, (int)count);
        return Function switch
        {
            SyntheticFunction.Quadratic => WalkBlock(block, start, new QuadraticAccumulator()),
            SyntheticFunction.Cubic => WalkBlock(block, start, new CubicAccumulator()),
            SyntheticFunction.Levy => WalkBlock(block, start, new LevyAccumulator(d)),
            // Pairs j in [start, start + count) with j + 1 < d: one coordinate past the block, where there is one.
            SyntheticFunction.Rosenbrock => WalkBlock(x.Slice((int)start, (int)Math.Min(count + 1, d - start)), start, new RosenbrockAccumulator()),
            _ => throw new ArgumentException("Ackley couples every coordinate through two means and cannot be split into blocks; use quadratic, cubic, levy or rosenbrock."),
        };
    }

    /// <summary>The coordinate value of the global minimiser: every coordinate of the minimiser equals it, and f is 0 there.</summary>
    public static float Minimizer(SyntheticFunction function) => function switch
    {
        SyntheticFunction.Levy or SyntheticFunction.Rosenbrock => 1f,
        SyntheticFunction.Quadratic or SyntheticFunction.Cubic or SyntheticFunction.Ackley => 0f,
        _ => throw new ArgumentOutOfRangeException(nameof(function), function, "Not a defined synthetic function."),
    };

    /// <summary>The function called <paramref name="name"/>, ignoring case.</summary>
    /// <exception cref="ArgumentException">No function has that name; the message lists the valid names.</exception>
    public static SyntheticFunction Parse(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        // Enum.TryParse would also accept numbers and comma-separated flag lists, which are not names.
        foreach (var function in Enum.GetValues<SyntheticFunction>())
        {
            if (string.Equals(function.ToString(), name, StringComparison.OrdinalIgnoreCase))
                return function;
        }
        throw new ArgumentException(
            $"Unknown synthetic function '{name}'. Valid names: {string.Join(", ", Enum.GetNames<SyntheticFunction>())}.", nameof(name));
    }

    private void ThrowIfDimensionUnsupported(long d, string parameterName)
    {
        if (d < 1)
            throw new ArgumentException($"{Function} needs at least one coordinate; got d = {d}.", parameterName);
        if (Function == SyntheticFunction.Rosenbrock && d < 2)
            throw new ArgumentException($"Rosenbrock couples neighbouring coordinates and needs d ≥ 2; got d = {d}.", parameterName);
    }

    // The accumulator is a struct type argument, so each function gets its own specialised, allocation-free loop.
    private static double Walk<TAccumulator>(ParameterSet parameters, TAccumulator accumulator) where TAccumulator : struct, IAccumulator
    {
        // Indexing rather than foreach: the set's enumerator is an interface and would be boxed on every call.
        for (int t = 0; t < parameters.Count; t++)
        {
            var tensor = parameters[t];
            for (long start = 0; start < tensor.Length; start += WindowLength)
            {
                int count = (int)Math.Min(WindowLength, tensor.Length - start);
                accumulator.Add(tensor.AsSpan(start, count), tensor.Offset + start);
            }
        }
        return accumulator.Finish();
    }

    private static double WalkBlock<TAccumulator>(ReadOnlySpan<float> block, long firstIndex, TAccumulator accumulator) where TAccumulator : struct, IAccumulator
    {
        accumulator.Add(block, firstIndex);
        return accumulator.Finish();
    }

    private static double Walk<TAccumulator>(ReadOnlySpan<float> x, TAccumulator accumulator) where TAccumulator : struct, IAccumulator
    {
        accumulator.Add(x, 0);
        return accumulator.Finish();
    }
}
