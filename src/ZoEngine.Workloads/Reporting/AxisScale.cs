using System.Globalization;

namespace ZoEngine.Workloads.Reporting;

/// <summary>One tick: its position in axis units (log10 of the value on a log axis) and its label.</summary>
internal readonly record struct Tick(double Position, string Label);

/// <summary>
/// The range and ticks of one plot axis, in axis units: the data value on a linear axis, its log10 on a log axis.
/// The range is widened to whole tick steps so that the first and last ticks sit on the frame.
/// </summary>
internal sealed class AxisScale
{
    /// <summary>About this many intervals between labelled ticks; enough to read values, few enough not to crowd.</summary>
    private const int TargetIntervals = 6;

    /// <summary>At most this many decades between labels on a log axis before labels skip decades.</summary>
    private const int MaxLogLabels = 8;

    private AxisScale(double min, double max, IReadOnlyList<Tick> ticks, IReadOnlyList<double> minorGrid)
    {
        Min = min;
        Max = max;
        Ticks = ticks;
        MinorGrid = minorGrid;
    }

    public double Min { get; }

    public double Max { get; }

    public IReadOnlyList<Tick> Ticks { get; }

    /// <summary>Unlabelled grid positions on a log axis (skipped decades, or 2·10ᵏ … 9·10ᵏ when decades are few); empty on a linear axis.</summary>
    public IReadOnlyList<double> MinorGrid { get; }

    /// <summary>Maps a position in axis units to [0, 1] along the axis.</summary>
    public double Fraction(double position) => (position - Min) / (Max - Min);

    /// <summary>The linear scale for data in [<paramref name="min"/>, <paramref name="max"/>]; NaN bounds mean no data.</summary>
    public static AxisScale Linear(double min, double max)
    {
        if (double.IsNaN(min))
            (min, max) = (0.0, 1.0);
        if (min == max)
        {
            double pad = min == 0.0 ? 1.0 : Math.Abs(min) * 0.1;
            (min, max) = (min - pad, max + pad);
        }
        double step = NiceStep((max - min) / TargetIntervals);
        long first = (long)Math.Floor(min / step);
        long last = (long)Math.Ceiling(max / step);
        var ticks = new List<Tick>();
        for (long k = first; k <= last; k++)
        {
            // k·step rather than a running sum, so that rounding does not accumulate along the axis.
            double value = k * step;
            ticks.Add(new Tick(value, FormatLinear(value, step)));
        }
        return new AxisScale(first * step, last * step, ticks, []);
    }

    /// <summary>The log10 scale for data whose log10 lies in [<paramref name="min"/>, <paramref name="max"/>]; NaN bounds mean no data.</summary>
    public static AxisScale Logarithmic(double min, double max)
    {
        if (double.IsNaN(min))
            (min, max) = (0.0, 1.0);
        long first = (long)Math.Floor(min);
        long last = (long)Math.Ceiling(max);
        if (first == last)
            (first, last) = (first - 1, last + 1);
        long stride = Math.Max(1, (last - first + MaxLogLabels - 1) / MaxLogLabels);
        first = FloorToMultiple(first, stride);
        last = -FloorToMultiple(-last, stride);
        var ticks = new List<Tick>();
        for (long k = first; k <= last; k += stride)
            ticks.Add(new Tick(k, FormatPowerOfTen(k)));
        var minor = new List<double>();
        for (long k = first; k < last; k++)
        {
            // Unlabelled decades when labels skip some; 2·10ᵏ … 9·10ᵏ when there are few enough decades to see them.
            if (k % stride != 0)
                minor.Add(k);
            if (stride == 1 && last - first <= 6)
            {
                for (int m = 2; m <= 9; m++)
                    minor.Add(k + Math.Log10(m));
            }
        }
        return new AxisScale(first, last, ticks, minor);
    }

    /// <summary>The smallest of 1, 2, 5 × 10ᵏ that is at least <paramref name="rawStep"/>.</summary>
    private static double NiceStep(double rawStep)
    {
        double magnitude = Math.Pow(10, Math.Floor(Math.Log10(rawStep)));
        double fraction = rawStep / magnitude;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return nice * magnitude;
    }

    private static long FloorToMultiple(long value, long stride) => (long)Math.Floor((double)value / stride) * stride;

    private static string FormatLinear(double value, double step)
    {
        // A tick within rounding of zero is zero; printing it would show "-0" or "1E-17".
        if (Math.Abs(value) < step * 1e-9)
            return "0";
        int exponent = (int)Math.Floor(Math.Log10(step));
        double largest = Math.Abs(value);
        if (exponent < -5 || largest >= 1e7)
            return value.ToString("0.###E+0", CultureInfo.InvariantCulture);
        return value.ToString("F" + Math.Max(0, -exponent), CultureInfo.InvariantCulture);
    }

    /// <summary>10ᵏ as a plain decimal for small |k|, else as 1e±k; both parse back with invariant double parsing.</summary>
    private static string FormatPowerOfTen(long k) => k switch
    {
        >= 0 and <= 5 => "1" + new string('0', (int)k),
        < 0 and >= -4 => "0." + new string('0', (int)(-k - 1)) + "1",
        _ => "1e" + k.ToString(CultureInfo.InvariantCulture),
    };
}
