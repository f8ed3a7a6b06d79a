namespace ZoEngine.Workloads.Synthetic;

/// <summary>
/// One function's running state over the flattened vector, fed its windows in flat order. Windows may end anywhere,
/// including inside a pair of coupled coordinates, so state that spans a window edge is carried here.
/// </summary>
internal interface IAccumulator
{
    /// <summary>Consumes a non-empty window whose first element has flat index <paramref name="firstIndex"/>.</summary>
    void Add(ReadOnlySpan<float> window, long firstIndex);

    /// <summary>The function value once every window has been added.</summary>
    double Finish();
}

internal struct QuadraticAccumulator : IAccumulator
{
    private LaneSums _squares;

    public void Add(ReadOnlySpan<float> window, long firstIndex) => _squares.AddRange<SquareTerm>(window, window.Length, firstIndex);

    public readonly double Finish() => 0.5 * _squares.Total;
}

internal struct CubicAccumulator : IAccumulator
{
    private LaneSums _cubes;

    public void Add(ReadOnlySpan<float> window, long firstIndex) => _cubes.AddRange<AbsCubeTerm>(window, window.Length, firstIndex);

    public readonly double Finish() => _cubes.Total / 3.0;
}

/// <param name="dimension">d, needed to tell the last coordinate, whose term differs, from the others.</param>
internal struct LevyAccumulator(long dimension) : IAccumulator
{
    private LaneSums _middle;
    private double _first;
    private double _last;

    public void Add(ReadOnlySpan<float> window, long firstIndex)
    {
        if (firstIndex == 0)
            _first = SinSquaredPi(LevyMiddleTerm.LevyW(window[0]));
        int middleCount = (int)Math.Clamp(dimension - 1 - firstIndex, 0, window.Length);
        _middle.AddRange<LevyMiddleTerm>(window, middleCount, firstIndex);
        if (firstIndex + window.Length == dimension)
            _last = LastTerm(LevyMiddleTerm.LevyW(window[^1]));
    }

    public readonly double Finish() => (_first + _middle.Total) + _last;

    /// <summary>sin²(πw) through SinPi, so that the minimiser w = 1 gives exactly 0.</summary>
    public static double SinSquaredPi(double w)
    {
        double s = double.SinPi(w);
        return s * s;
    }

    /// <summary>(w − 1)²[1 + sin²(2πw)].</summary>
    public static double LastTerm(double w) => (w - 1.0) * (w - 1.0) * (1.0 + SinSquaredPi(2.0 * w));
}

internal struct RosenbrockAccumulator : IAccumulator
{
    private LaneSums _pairs;
    private float _previous;
    private bool _hasPrevious;

    public void Add(ReadOnlySpan<float> window, long firstIndex)
    {
        // The pair that straddles the window edge belongs to the lane of its first coordinate, as any other pair.
        if (_hasPrevious)
            _pairs.Add(firstIndex - 1, RosenbrockPairTerm.Pair(_previous, window[0]));
        _pairs.AddRange<RosenbrockPairTerm>(window, window.Length - 1, firstIndex);
        _previous = window[^1];
        _hasPrevious = true;
    }

    public readonly double Finish() => _pairs.Total;
}

/// <param name="dimension">d, by which both sums are averaged.</param>
internal struct AckleyAccumulator(long dimension) : IAccumulator
{
    /// <summary>
    /// e as this runtime's exp(1): at the minimiser the cosine mean is exactly 1, so e − exp(1) cancels to exactly 0
    /// even where exp(1) is not the correctly rounded <see cref="Math.E"/>.
    /// </summary>
    private static readonly double E = Math.Exp(1.0);

    private LaneSums _squares;
    private LaneSums _cosines;

    public void Add(ReadOnlySpan<float> window, long firstIndex)
    {
        _squares.AddRange<SquareTerm>(window, window.Length, firstIndex);
        _cosines.AddRange<CosTwoPiTerm>(window, window.Length, firstIndex);
    }

    public readonly double Finish() => Value(_squares.Total, _cosines.Total, dimension);

    /// <summary>
    /// The textbook order −20a − c + 20 + e leaves a rounding residue at the minimiser; pairing 20 − 20a and e − c
    /// makes each pair exactly 0 there (a = exp(−0) = 1 and c = exp(1)).
    /// </summary>
    public static double Value(double sumOfSquares, double sumOfCosines, long dimension)
    {
        double a = Math.Exp(-0.2 * Math.Sqrt(sumOfSquares / dimension));
        double c = Math.Exp(sumOfCosines / dimension);
        return (20.0 - 20.0 * a) + (E - c);
    }
}
