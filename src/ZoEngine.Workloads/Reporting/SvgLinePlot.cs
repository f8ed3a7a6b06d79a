using System.Globalization;
using System.Text;

namespace ZoEngine.Workloads.Reporting;

/// <summary>
/// A line plot of named (x, y) series written as a standalone SVG document that any browser opens: title, axis labels,
/// linear or log10 axes with ticks at round values, grid lines, a legend and one colour per series.
/// </summary>
/// <remarks>
/// Points with a NaN or infinite coordinate, and on a log axis points with a non-positive coordinate, are not drawn: the
/// line breaks there, and a footnote under the plot says how many were left out and why. All text is XML-escaped and
/// all numbers are written in the invariant culture, whatever the current culture.
/// </remarks>
/// <example><code>
/// var plot = new SvgLinePlot("Loss", "step", "loss") { LogY = true };
/// plot.AddSeries("MeZO", steps, losses);
/// plot.Save("loss.svg");
/// </code></example>
public sealed class SvgLinePlot
{
    private const int TopMargin = 44;
    private const int LeftMargin = 78;
    private const int BottomMargin = 56;
    private const int FootnoteLineHeight = 16;
    private const int LegendRowHeight = 18;
    private const int LegendSwatchLength = 24;

    /// <summary>Rough width of one 12-px sans-serif character, for sizing the legend without measuring text.</summary>
    private const double CharacterWidth = 7.0;

    private static readonly string[] PaletteColours =
    [
        // Tableau 10: distinct in hue and lightness, and still told apart by most colour-blind readers.
        "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
        "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf",
    ];

    /// <summary>Dash patterns for the second, third, … pass through the palette, so that series beyond it stay distinct.</summary>
    private static readonly string[] DashPatterns = ["", "7 4", "2 3", "9 3 2 3"];

    private readonly List<Series> _series = [];
    private int _width = 800;
    private int _height = 500;

    /// <summary>Creates an empty plot.</summary>
    /// <param name="title">Shown above the plot.</param>
    /// <param name="xLabel">Shown under the x axis.</param>
    /// <param name="yLabel">Shown beside the y axis.</param>
    public SvgLinePlot(string title, string xLabel, string yLabel)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(xLabel);
        ArgumentNullException.ThrowIfNull(yLabel);
        Title = title;
        XLabel = xLabel;
        YLabel = yLabel;
    }

    /// <summary>The line colours in series order; series after the last reuse them with a dash pattern.</summary>
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

    /// <summary>Height of the whole image in pixels, title and footnotes included; at least 150.</summary>
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

    /// <summary>The SVG document.</summary>
    public string Render()
    {
        var points = Project(out var skipped);
        var xAxis = Scale(points, p => p.X, LogX);
        var yAxis = Scale(points, p => p.Y, LogY);
        var footnotes = Footnotes(skipped);

        int longestName = _series.Count == 0 ? 0 : _series.Max(s => s.Name.Length);
        double legendWidth = _series.Count == 0 ? 20 : Math.Min(Width * 0.4, 40 + LegendSwatchLength + longestName * CharacterWidth);
        var area = new Area(
            Left: LeftMargin,
            Top: TopMargin,
            Right: Width - legendWidth,
            Bottom: Height - BottomMargin - footnotes.Count * FootnoteLineHeight);

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"""<svg xmlns="http://www.w3.org/2000/svg" width="{Width}" height="{Height}" viewBox="0 0 {Width} {Height}" font-family="sans-serif" font-size="12">""").Append('\n');
        svg.Append("""<rect width="100%" height="100%" fill="white"/>""").Append('\n');
        svg.Append(CultureInfo.InvariantCulture,
            $"""<defs><clipPath id="plot-area"><rect x="{N(area.Left)}" y="{N(area.Top)}" width="{N(area.Right - area.Left)}" height="{N(area.Bottom - area.Top)}"/></clipPath></defs>""").Append('\n');
        svg.Append(CultureInfo.InvariantCulture,
            $"""<text class="title" x="{N(Width / 2.0)}" y="26" text-anchor="middle" font-size="16" font-weight="bold">{Xml.Escape(Title)}</text>""").Append('\n');

        AppendGrid(svg, area, xAxis, yAxis);
        AppendAxes(svg, area, xAxis, yAxis);
        AppendSeries(svg, area, xAxis, yAxis, points);
        AppendLegend(svg, area);
        for (int i = 0; i < footnotes.Count; i++)
        {
            double y = Height - (footnotes.Count - i) * FootnoteLineHeight + 4;
            svg.Append(CultureInfo.InvariantCulture,
                $"""<text class="footnote" x="8" y="{N(y)}" font-size="11" fill="#555">{Xml.Escape(footnotes[i])}</text>""").Append('\n');
        }
        svg.Append("</svg>\n");
        return svg.ToString();
    }

    /// <summary>Writes <see cref="Render"/> to <paramref name="path"/> as UTF-8 without a byte-order mark, creating its folder if needed.</summary>
    public void Save(string path) => ReportFile.Write(path, Render());

    /// <summary>
    /// Each series' points in axis units, with null where a point is left out (a break in its line).
    /// </summary>
    private List<(double X, double Y)?[]> Project(out SkippedCounts skipped)
    {
        skipped = default;
        var projected = new List<(double X, double Y)?[]>(_series.Count);
        foreach (var series in _series)
        {
            var points = new (double X, double Y)?[series.X.Length];
            for (int i = 0; i < points.Length; i++)
            {
                double x = series.X[i], y = series.Y[i];
                if (!double.IsFinite(x) || !double.IsFinite(y))
                    skipped.NonFinite++;
                else if (LogX && x <= 0)
                    skipped.NonPositiveX++;
                else if (LogY && y <= 0)
                    skipped.NonPositiveY++;
                else
                    points[i] = (LogX ? Math.Log10(x) : x, LogY ? Math.Log10(y) : y);
            }
            projected.Add(points);
        }
        return projected;
    }

    private static AxisScale Scale(List<(double X, double Y)?[]> points, Func<(double X, double Y), double> coordinate, bool log)
    {
        double min = double.NaN, max = double.NaN;
        foreach (var series in points)
        {
            foreach (var point in series)
            {
                if (point is not { } p)
                    continue;
                double v = coordinate(p);
                // Math.Min/Max would keep the NaN that means "nothing seen yet".
                min = double.IsNaN(min) || v < min ? v : min;
                max = double.IsNaN(max) || v > max ? v : max;
            }
        }
        return log ? AxisScale.Logarithmic(min, max) : AxisScale.Linear(min, max);
    }

    private List<string> Footnotes(SkippedCounts skipped)
    {
        var notes = new List<string>();
        if (skipped.NonPositiveY > 0)
            notes.Add($"{Points(skipped.NonPositiveY)} with y ≤ 0 not shown: the y axis is logarithmic.");
        if (skipped.NonPositiveX > 0)
            notes.Add($"{Points(skipped.NonPositiveX)} with x ≤ 0 not shown: the x axis is logarithmic.");
        if (skipped.NonFinite > 0)
            notes.Add($"{Points(skipped.NonFinite)} with a NaN or infinite coordinate not shown.");
        return notes;

        static string Points(int count) => count == 1 ? "1 point" : $"{count.ToString(CultureInfo.InvariantCulture)} points";
    }

    private static void AppendGrid(StringBuilder svg, Area area, AxisScale xAxis, AxisScale yAxis)
    {
        svg.Append("""<g class="minor-grid" stroke="#f0f0f0" stroke-width="1">""").Append('\n');
        foreach (double x in xAxis.MinorGrid)
            AppendLine(svg, area.X(xAxis, x), area.Top, area.X(xAxis, x), area.Bottom);
        foreach (double y in yAxis.MinorGrid)
            AppendLine(svg, area.Left, area.Y(yAxis, y), area.Right, area.Y(yAxis, y));
        svg.Append("</g>\n");
        svg.Append("""<g class="grid" stroke="#dddddd" stroke-width="1">""").Append('\n');
        foreach (var tick in xAxis.Ticks)
            AppendLine(svg, area.X(xAxis, tick.Position), area.Top, area.X(xAxis, tick.Position), area.Bottom);
        foreach (var tick in yAxis.Ticks)
            AppendLine(svg, area.Left, area.Y(yAxis, tick.Position), area.Right, area.Y(yAxis, tick.Position));
        svg.Append("</g>\n");
    }

    private void AppendAxes(StringBuilder svg, Area area, AxisScale xAxis, AxisScale yAxis)
    {
        svg.Append(CultureInfo.InvariantCulture,
            $"""<rect class="frame" x="{N(area.Left)}" y="{N(area.Top)}" width="{N(area.Right - area.Left)}" height="{N(area.Bottom - area.Top)}" fill="none" stroke="#333333"/>""").Append('\n');

        svg.Append("""<g class="x-ticks" text-anchor="middle">""").Append('\n');
        foreach (var tick in xAxis.Ticks)
        {
            double x = area.X(xAxis, tick.Position);
            svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{N(x)}" y1="{N(area.Bottom)}" x2="{N(x)}" y2="{N(area.Bottom + 5)}" stroke="#333333"/>""");
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{N(x)}" y="{N(area.Bottom + 18)}">{Xml.Escape(tick.Label)}</text>""").Append('\n');
        }
        svg.Append("</g>\n");

        svg.Append("""<g class="y-ticks" text-anchor="end">""").Append('\n');
        foreach (var tick in yAxis.Ticks)
        {
            double y = area.Y(yAxis, tick.Position);
            svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{N(area.Left - 5)}" y1="{N(y)}" x2="{N(area.Left)}" y2="{N(y)}" stroke="#333333"/>""");
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{N(area.Left - 8)}" y="{N(y + 4)}">{Xml.Escape(tick.Label)}</text>""").Append('\n');
        }
        svg.Append("</g>\n");

        double xLabelY = area.Bottom + 40;
        svg.Append(CultureInfo.InvariantCulture,
            $"""<text class="x-label" x="{N((area.Left + area.Right) / 2)}" y="{N(xLabelY)}" text-anchor="middle">{Xml.Escape(XLabel)}</text>""").Append('\n');
        double yLabelX = 18, yLabelY = (area.Top + area.Bottom) / 2;
        svg.Append(CultureInfo.InvariantCulture,
            $"""<text class="y-label" x="{N(yLabelX)}" y="{N(yLabelY)}" text-anchor="middle" transform="rotate(-90 {N(yLabelX)} {N(yLabelY)})">{Xml.Escape(YLabel)}</text>""").Append('\n');
    }

    private void AppendSeries(StringBuilder svg, Area area, AxisScale xAxis, AxisScale yAxis, List<(double X, double Y)?[]> points)
    {
        svg.Append("""<g class="data" clip-path="url(#plot-area)" fill="none" stroke-width="1.5" stroke-linejoin="round">""").Append('\n');
        for (int s = 0; s < _series.Count; s++)
        {
            var path = new StringBuilder();
            bool drawing = false;
            foreach (var point in points[s])
            {
                if (point is not { } p)
                {
                    drawing = false;
                    continue;
                }
                path.Append(drawing ? " L" : path.Length == 0 ? "M" : " M");
                path.Append(CultureInfo.InvariantCulture, $"{N(area.X(xAxis, p.X))} {N(area.Y(yAxis, p.Y))}");
                drawing = true;
            }
            svg.Append(CultureInfo.InvariantCulture,
                $"""<path class="series" data-series="{Xml.Escape(_series[s].Name)}" stroke="{Colour(s)}"{Dash(s)} d="{path}"/>""").Append('\n');
            if (Markers)
            {
                svg.Append(CultureInfo.InvariantCulture, $"""<g class="markers" fill="{Colour(s)}" stroke="none">""");
                foreach (var point in points[s])
                {
                    if (point is { } p)
                        svg.Append(CultureInfo.InvariantCulture, $"""<circle cx="{N(area.X(xAxis, p.X))}" cy="{N(area.Y(yAxis, p.Y))}" r="2.5"/>""");
                }
                svg.Append("</g>\n");
            }
        }
        svg.Append("</g>\n");
    }

    private void AppendLegend(StringBuilder svg, Area area)
    {
        svg.Append("""<g class="legend">""").Append('\n');
        double left = area.Right + 16;
        for (int s = 0; s < _series.Count; s++)
        {
            double y = area.Top + 10 + s * LegendRowHeight;
            svg.Append(CultureInfo.InvariantCulture,
                $"""<line x1="{N(left)}" y1="{N(y)}" x2="{N(left + LegendSwatchLength)}" y2="{N(y)}" stroke="{Colour(s)}" stroke-width="2"{Dash(s)}/>""");
            if (Markers)
                svg.Append(CultureInfo.InvariantCulture, $"""<circle cx="{N(left + LegendSwatchLength / 2.0)}" cy="{N(y)}" r="2.5" fill="{Colour(s)}"/>""");
            svg.Append(CultureInfo.InvariantCulture,
                $"""<text x="{N(left + LegendSwatchLength + 6)}" y="{N(y + 4)}">{Xml.Escape(_series[s].Name)}</text>""").Append('\n');
        }
        svg.Append("</g>\n");
    }

    private static void AppendLine(StringBuilder svg, double x1, double y1, double x2, double y2) =>
        svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{N(x1)}" y1="{N(y1)}" x2="{N(x2)}" y2="{N(y2)}"/>""").Append('\n');

    private static string Colour(int series) => PaletteColours[series % PaletteColours.Length];

    private static string Dash(int series)
    {
        string pattern = DashPatterns[series / PaletteColours.Length % DashPatterns.Length];
        return pattern.Length == 0 ? "" : $" stroke-dasharray=\"{pattern}\"";
    }

    /// <summary>A pixel coordinate: two decimals are finer than any screen and keep the file small.</summary>
    private static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private sealed record Series(string Name, double[] X, double[] Y);

    private struct SkippedCounts
    {
        public int NonFinite;
        public int NonPositiveX;
        public int NonPositiveY;
    }

    /// <summary>The plot area in pixels; y grows downwards, as in SVG.</summary>
    private readonly record struct Area(double Left, double Top, double Right, double Bottom)
    {
        public double X(AxisScale axis, double position) => Left + axis.Fraction(position) * (Right - Left);

        public double Y(AxisScale axis, double position) => Bottom - axis.Fraction(position) * (Bottom - Top);
    }
}
