using System.Globalization;
using ScottPlot;
using SkiaSharp;

namespace ZoEngine.Workloads.Reporting;

/// <summary>
/// A line plot of named (x, y) series, drawn by ScottPlot and written as PNG or SVG: title, axis labels, linear or
/// log10 axes, a legend outside the data area and one colour per series (dashed, with markers of another shape, once
/// the palette runs out).
/// </summary>
/// <remarks>
/// Points with a NaN or infinite coordinate, and on a log axis points with a non-positive coordinate, are not drawn: the
/// line breaks there, and a note in the plot says how many were left out and why. A log axis plots log10 of the values
/// with ticks labelled as powers of ten. Text needs a font: where the system has none, rendering refuses with
/// <see cref="PlotFontException"/> instead of writing a plot without a single word on it.
/// </remarks>
/// <example><code>
/// var plot = new LinePlot("Loss", "step", "loss") { LogY = true };
/// plot.AddSeries("MeZO lr=1e-3", steps, losses);
/// plot.Save("loss.png");   // or loss.svg
/// </code></example>
public sealed class LinePlot
{
    private static readonly string[] PaletteColours =
    [
        // Tableau 10: distinct in hue and lightness, and still told apart by most colour-blind readers.
        "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
        "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf",
    ];

    // For the second, third, … pass through the palette, so that series beyond it stay distinct: a dash pattern (PNG
    // only: Skia's SVG output draws every line solid) and a marker shape of their own (both formats).
    private static readonly LinePattern[] Patterns = [LinePattern.Solid, LinePattern.Dashed, LinePattern.Dotted, LinePattern.DenselyDashed];
    private static readonly MarkerShape[] Shapes = [MarkerShape.FilledCircle, MarkerShape.FilledSquare, MarkerShape.FilledTriangleUp, MarkerShape.FilledDiamond];

    private readonly List<Series> _series = [];
    private readonly List<Band> _bands = [];
    private int _width = 800;
    private int _height = 500;

    /// <summary>Creates an empty plot.</summary>
    /// <param name="title">Shown above the plot.</param>
    /// <param name="xLabel">Shown under the x axis.</param>
    /// <param name="yLabel">Shown beside the y axis.</param>
    public LinePlot(string title, string xLabel, string yLabel)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(xLabel);
        ArgumentNullException.ThrowIfNull(yLabel);
        Title = title;
        XLabel = xLabel;
        YLabel = yLabel;
    }

    /// <summary>The line colours in series order, as #rrggbb; series after the last reuse them with a dash pattern.</summary>
    public static IReadOnlyList<string> Palette => PaletteColours;

    /// <summary>The plot title.</summary>
    public string Title { get; }

    /// <summary>The x-axis label.</summary>
    public string XLabel { get; }

    /// <summary>The y-axis label.</summary>
    public string YLabel { get; }

    /// <summary>Whether the x axis is log10; points with x ≤ 0 are then left out.</summary>
    public bool LogX { get; set; }

    /// <summary>Whether the y axis is log10; points with y ≤ 0 are then left out.</summary>
    public bool LogY { get; set; }

    /// <summary>Whether each drawn point also gets a circle marker.</summary>
    public bool Markers { get; set; }

    /// <summary>Width of the whole image in pixels, legend included; at least 200.</summary>
    public int Width
    {
        get => _width;
        set => _width = value >= 200 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The width must be at least 200 pixels.");
    }

    /// <summary>Height of the whole image in pixels, title included; at least 150.</summary>
    public int Height
    {
        get => _height;
        set => _height = value >= 150 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The height must be at least 150 pixels.");
    }

    /// <summary>Number of series added.</summary>
    public int SeriesCount => _series.Count;

    /// <summary>Adds a series; its points are copied, so later changes to the lists do not show.</summary>
    /// <param name="name">Legend entry; need not be unique.</param>
    /// <param name="x">x coordinates, [n].</param>
    /// <param name="y">y coordinates, [n].</param>
    /// <exception cref="ArgumentException">The name is empty or the two lists differ in length.</exception>
    public void AddSeries(string name, IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Count != y.Count)
            throw new ArgumentException($"Series '{name}' has {x.Count} x values but {y.Count} y values.", nameof(y));
        _series.Add(new Series(name, [.. x], [.. y]));
    }

    /// <summary>
    /// Shades the region between <paramref name="low"/> and <paramref name="high"/> (an interquartile band, say) in the
    /// translucent colour of the series added last, under every line; a point where either bound cannot be drawn breaks
    /// the band, as it breaks a line.
    /// </summary>
    /// <param name="x">x coordinates, [n].</param>
    /// <param name="low">Lower bound at each x, [n].</param>
    /// <param name="high">Upper bound at each x, [n].</param>
    /// <exception cref="InvalidOperationException">No series has been added yet.</exception>
    /// <exception cref="ArgumentException">The three lists differ in length.</exception>
    public void AddBand(IReadOnlyList<double> x, IReadOnlyList<double> low, IReadOnlyList<double> high)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(low);
        ArgumentNullException.ThrowIfNull(high);
        if (_series.Count == 0)
            throw new InvalidOperationException("A band takes the colour of the series added before it; add a series first.");
        if (x.Count != low.Count || x.Count != high.Count)
            throw new ArgumentException($"A band needs as many bounds as x values: {x.Count}, {low.Count} and {high.Count}.", nameof(high));
        _bands.Add(new Band(_series.Count - 1, [.. x], [.. low], [.. high]));
    }

    /// <summary>The notes the plot carries about points it left out, one line each; empty when every point is drawn.</summary>
    public IReadOnlyList<string> Notes => NotesFor(Count());

    /// <summary>The plot as an SVG document.</summary>
    /// <exception cref="PlotFontException">The system has no font to draw text with.</exception>
    public string RenderSvg() => Build().GetSvgXml(Width, Height);

    /// <summary>The plot as a PNG image.</summary>
    /// <exception cref="PlotFontException">The system has no font to draw text with.</exception>
    public byte[] RenderPng() => Build().GetImageBytes(Width, Height, ImageFormat.Png);

    /// <summary>
    /// Writes the plot to <paramref name="path"/>: PNG for a ".png" file, SVG for ".svg", creating its folder if needed.
    /// </summary>
    /// <exception cref="ArgumentException">The path ends in neither .png nor .svg.</exception>
    /// <exception cref="PlotFontException">The system has no font to draw text with.</exception>
    public void Save(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        string extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is not (".png" or ".svg"))
            throw new ArgumentException($"A plot is written as .png or .svg; '{path}' is neither.", nameof(path));
        if (extension == ".png")
            ReportFile.Write(path, RenderPng());
        else
            ReportFile.Write(path, RenderSvg());
    }

    private Plot Build()
    {
        string font = FindFont();
        var plot = new Plot();
        plot.Font.Set(font);
        plot.Title(Wrap(Title, Width / 9));
        plot.XLabel(XLabel);
        plot.YLabel(YLabel);
        foreach (var band in _bands)
        {
            var colour = Color.FromHex(PaletteColours[band.Series % PaletteColours.Length]).WithAlpha(0.2);
            foreach (var (xs, lows, highs) in Runs(band))
            {
                var fill = plot.Add.FillY(xs, lows, highs);
                fill.FillColor = colour;
                fill.LineWidth = 0;
            }
        }
        for (int s = 0; s < _series.Count; s++)
        {
            var colour = Color.FromHex(PaletteColours[s % PaletteColours.Length]);
            int pass = s / PaletteColours.Length;
            var pattern = Patterns[pass % Patterns.Length];
            bool named = false;
            // One line per unbroken run of drawable points, so that a left-out point breaks the line; the legend
            // names the series once.
            foreach (var (xs, ys) in Runs(_series[s]))
            {
                var line = plot.Add.ScatterLine(xs, ys, colour);
                line.LineWidth = 1.5f;
                line.LinePattern = pattern;
                line.MarkerShape = Shapes[pass % Shapes.Length];
                line.MarkerSize = Markers || xs.Length == 1 || pass > 0 ? 5 : 0;
                if (!named)
                {
                    line.LegendText = _series[s].Name;
                    named = true;
                }
            }
        }
        if (LogX)
        {
            var (lo, hi) = Range(yAxis: false);
            plot.Axes.Bottom.TickGenerator = LogTicks(lo, hi);
        }
        if (LogY)
        {
            var (lo, hi) = Range(yAxis: true);
            plot.Axes.Left.TickGenerator = LogTicks(lo, hi);
        }
        if (_series.Count > 0)
            plot.ShowLegend(Edge.Right);
        var notes = Notes;
        if (notes.Count > 0)
        {
            var note = plot.Add.Annotation(string.Join('\n', notes), Alignment.LowerLeft);
            note.LabelBackgroundColor = Colors.White.WithAlpha(0.85);
            note.LabelBorderColor = Colors.Gray;
            note.LabelShadowColor = Colors.Transparent;
            note.LabelFontColor = Colors.DimGray;
        }
        return plot;
    }

    // A title wider than the image (about 9 px a character at the title's size) is broken at the space nearest its
    // middle, so that it is not cut off at both ends.
    private static string Wrap(string title, int fits)
    {
        if (title.Length <= fits || title.Contains('\n'))
            return title;
        int middle = title.Length / 2, best = -1;
        for (int i = 0; i < title.Length; i++)
        {
            if (title[i] == ' ' && (best < 0 || Math.Abs(i - middle) < Math.Abs(best - middle)))
                best = i;
        }
        return best < 0 ? title : title[..best] + "\n" + title[(best + 1)..];
    }

    /// <summary>A sans-serif font the system has, or a clear refusal: ScottPlot would draw no text, silently, without one.</summary>
    private static string FindFont()
    {
        var fonts = SKFontManager.Default;
        if (fonts.FontFamilyCount == 0)
            throw new PlotFontException();
        foreach (string family in new[] { "DejaVu Sans", "Liberation Sans", "Arial", "Helvetica", "Noto Sans" })
        {
            using var typeface = fonts.MatchFamily(family);
            if (typeface is not null && string.Equals(typeface.FamilyName, family, StringComparison.OrdinalIgnoreCase))
                return family;
        }
        return fonts.GetFamilyName(0);
    }

    /// <summary>
    /// Ticks for a log10 axis whose drawn values span [lo, hi] in log units (the axis adds a margin, so ticks reach a
    /// little beyond). With two or more powers of ten in view: a labelled tick at each (every k-th when there are many)
    /// and minor ticks at 2…9 times each. With fewer: labelled ticks at round values 1-2-5 apart, so that a curve that
    /// moves by less than a hundred times still gets numbers on its axis.
    /// </summary>
    private static ScottPlot.TickGenerators.NumericManual LogTicks(double lo, double hi)
    {
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        double span = Math.Max(hi - lo, 1e-9);
        lo -= 0.1 * span;
        hi += 0.1 * span;
        int first = (int)Math.Floor(lo), last = (int)Math.Ceiling(hi);
        // Two powers of ten in view make a readable decade axis; with fewer, round values label it instead.
        if (Math.Floor(hi) - Math.Ceiling(lo) >= 1)
        {
            int every = Math.Max(1, (int)Math.Ceiling((last - first) / 8.0));
            for (int e = first; e <= last; e++)
            {
                if (e % every == 0)
                    ticks.AddMajor(e, PowerOfTen(e));
                for (int k = 2; k <= 9; k++)
                    ticks.AddMinor(e + Math.Log10(k));
            }
            return ticks;
        }
        double a = Math.Pow(10, lo), b = Math.Pow(10, hi);
        double step = NiceStep((b - a) / 8);
        for (long k = (long)Math.Ceiling(a / step); k * step <= b; k++)
            if (k > 0)
                ticks.AddMajor(Math.Log10(k * step), Number(k * step));
        return ticks;
    }

    // Round tick values as people write them: 0.02, 350, 2.5e5.
    private static string Number(double v)
    {
        if (v >= 1e4 || v < 1e-3)
        {
            int e = (int)Math.Floor(Math.Log10(v));
            return (v / Math.Pow(10, e)).ToString("0.##", CultureInfo.InvariantCulture) + "e" + e.ToString(CultureInfo.InvariantCulture);
        }
        return v.ToString("0.####", CultureInfo.InvariantCulture);
    }

    private static string PowerOfTen(int exponent) => exponent switch
    {
        0 => "1",
        1 => "10",
        2 => "100",
        -1 => "0.1",
        _ => "1e" + exponent.ToString(CultureInfo.InvariantCulture),
    };

    // The 1-2-5 value nearest above raw: 1, 2 or 5 times a power of ten.
    private static double NiceStep(double raw)
    {
        double magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        double unit = raw / magnitude;
        return (unit <= 1 ? 1 : unit <= 2 ? 2 : unit <= 5 ? 5 : 10) * magnitude;
    }

    // The smallest and largest drawn coordinate on one axis, in the units the axis plots.
    private (double Lo, double Hi) Range(bool yAxis)
    {
        double lo = double.PositiveInfinity, hi = double.NegativeInfinity;
        foreach (var series in _series)
        {
            foreach (var (xs, ys) in Runs(series))
            {
                foreach (double v in yAxis ? ys : xs)
                {
                    lo = Math.Min(lo, v);
                    hi = Math.Max(hi, v);
                }
            }
        }
        return double.IsFinite(lo) ? (lo, hi) : (0, 1);
    }

    private IEnumerable<(double[] X, double[] Y)> Runs(Series series)
    {
        var xs = new List<double>();
        var ys = new List<double>();
        for (int i = 0; i < series.X.Length; i++)
        {
            if (Drawable(series.X[i], series.Y[i]) != Skip.None)
            {
                if (xs.Count > 0)
                    yield return ([.. xs], [.. ys]);
                xs.Clear();
                ys.Clear();
                continue;
            }
            xs.Add(LogX ? Math.Log10(series.X[i]) : series.X[i]);
            ys.Add(LogY ? Math.Log10(series.Y[i]) : series.Y[i]);
        }
        if (xs.Count > 0)
            yield return ([.. xs], [.. ys]);
    }

    private IEnumerable<(double[] X, double[] Low, double[] High)> Runs(Band band)
    {
        var xs = new List<double>();
        var lows = new List<double>();
        var highs = new List<double>();
        for (int i = 0; i < band.X.Length; i++)
        {
            if (Drawable(band.X[i], band.Low[i]) != Skip.None || Drawable(band.X[i], band.High[i]) != Skip.None)
            {
                if (xs.Count > 1)
                    yield return ([.. xs], [.. lows], [.. highs]);
                xs.Clear();
                lows.Clear();
                highs.Clear();
                continue;
            }
            xs.Add(LogX ? Math.Log10(band.X[i]) : band.X[i]);
            lows.Add(LogY ? Math.Log10(band.Low[i]) : band.Low[i]);
            highs.Add(LogY ? Math.Log10(band.High[i]) : band.High[i]);
        }
        if (xs.Count > 1)
            yield return ([.. xs], [.. lows], [.. highs]);
    }

    private Skip Drawable(double x, double y) =>
        !double.IsFinite(x) || !double.IsFinite(y) ? Skip.NonFinite
        : LogY && y <= 0 ? Skip.NonPositiveY
        : LogX && x <= 0 ? Skip.NonPositiveX
        : Skip.None;

    private Dictionary<Skip, int> Count()
    {
        var counts = new Dictionary<Skip, int>();
        foreach (var s in _series)
        {
            for (int i = 0; i < s.X.Length; i++)
            {
                var why = Drawable(s.X[i], s.Y[i]);
                if (why != Skip.None)
                    counts[why] = counts.GetValueOrDefault(why) + 1;
            }
        }
        return counts;
    }

    private static List<string> NotesFor(Dictionary<Skip, int> skipped)
    {
        static string Points(int n) => n == 1 ? "1 point" : $"{n} points";
        var notes = new List<string>();
        if (skipped.GetValueOrDefault(Skip.NonPositiveY) is > 0 and int y)
            notes.Add($"{Points(y)} with y ≤ 0 not shown: the y axis is logarithmic.");
        if (skipped.GetValueOrDefault(Skip.NonPositiveX) is > 0 and int x)
            notes.Add($"{Points(x)} with x ≤ 0 not shown: the x axis is logarithmic.");
        if (skipped.GetValueOrDefault(Skip.NonFinite) is > 0 and int f)
            notes.Add($"{Points(f)} with a NaN or infinite coordinate not shown.");
        return notes;
    }

    private enum Skip
    {
        None,
        NonFinite,
        NonPositiveY,
        NonPositiveX,
    }

    private sealed record Series(string Name, double[] X, double[] Y);

    private sealed record Band(int Series, double[] X, double[] Low, double[] High);
}

/// <summary>The system has no font, so a plot would be drawn without any text; nothing was written.</summary>
public sealed class PlotFontException : Exception
{
    /// <summary>Creates the exception with the message that says what to install.</summary>
    public PlotFontException()
        : base("No font is installed, so plots would be drawn without any text; install one (Debian: apt-get install fonts-dejavu-core) and run again.")
    {
    }
}
