using System.Globalization;
using System.Xml.Linq;
using NUnit.Framework;
using ZoEngine.Workloads.Reporting;

namespace ZoEngine.Tests.Workloads;

[TestFixture]
public sealed class SvgLinePlotTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Test]
    public void RenderIsAnSvgDocumentWithOnePathAndOneLegendEntryPerSeries()
    {
        var plot = new SvgLinePlot("Loss", "step", "loss");
        plot.AddSeries("MeZO", [0, 1, 2, 3], [4, 3, 2.5, 2]);
        plot.AddSeries("RAdaZO", [0, 1, 2, 3], [4, 2, 1, 0.5]);
        plot.AddSeries("SGD", [0, 2], [4, 1]);

        var root = XDocument.Parse(plot.Render()).Root!;

        Assert.That(root.Name, Is.EqualTo(Svg + "svg"));
        Assert.That(SeriesPaths(root).Select(p => (string?)p.Attribute("data-series")), Is.EqualTo(new[] { "MeZO", "RAdaZO", "SGD" }));
        Assert.That(Texts(root, "legend"), Is.EqualTo(new[] { "MeZO", "RAdaZO", "SGD" }));
        Assert.That(root.Descendants(Svg + "text").Select(t => t.Value), Does.Contain("Loss").And.Contain("step").And.Contain("loss"));
        Assert.That(Subpaths(SeriesPaths(root)[0]), Has.Count.EqualTo(1));
        Assert.That(Coordinates(SeriesPaths(root)[0]), Has.Count.EqualTo(4));
    }

    [Test]
    public void EveryDrawnPointLiesInsideThePlotFrame()
    {
        var plot = new SvgLinePlot("t", "x", "y") { Width = 640, Height = 400 };
        var random = new Random(7);
        for (int s = 0; s < 3; s++)
        {
            var x = Enumerable.Range(0, 50).Select(i => i * 0.37 - 4.0).ToArray();
            var y = x.Select(_ => random.NextDouble() * 1000 - 300).ToArray();
            plot.AddSeries($"s{s}", x, y);
        }

        var root = XDocument.Parse(plot.Render()).Root!;
        var frame = root.Descendants(Svg + "rect").Single(r => (string?)r.Attribute("class") == "frame");
        double left = Number(frame, "x"), top = Number(frame, "y");
        double right = left + Number(frame, "width"), bottom = top + Number(frame, "height");

        var points = SeriesPaths(root).SelectMany(Coordinates).ToList();
        Assert.That(points, Has.Count.EqualTo(150));
        Assert.That(points.Select(p => p.X), Is.All.InRange(left, right));
        Assert.That(points.Select(p => p.Y), Is.All.InRange(top, bottom));
        // The axis is fitted to the data, so the extreme points reach (nearly) to the frame, not just somewhere inside.
        Assert.That(points.Min(p => p.X) - left, Is.LessThan(0.2 * (right - left)));
        Assert.That(bottom - points.Min(p => p.Y), Is.GreaterThan(0.6 * (bottom - top)));
    }

    [Test]
    public void LinearTicksAreEvenlySpacedRoundNumbersThatCoverTheData()
    {
        var plot = new SvgLinePlot("t", "x", "y");
        plot.AddSeries("a", [0.03, 0.97], [-13, 71]);

        var root = XDocument.Parse(plot.Render()).Root!;
        var xTicks = Texts(root, "x-ticks").Select(ParseInvariant).ToList();
        var yTicks = Texts(root, "y-ticks").Select(ParseInvariant).ToList();

        Assert.That(xTicks, Is.EqualTo(new[] { 0.0, 0.2, 0.4, 0.6, 0.8, 1.0 }));
        Assert.That(yTicks.First(), Is.LessThanOrEqualTo(-13));
        Assert.That(yTicks.Last(), Is.GreaterThanOrEqualTo(71));
        var steps = yTicks.Zip(yTicks.Skip(1), (a, b) => b - a).ToList();
        Assert.That(steps, Is.All.EqualTo(steps[0]));
        double mantissa = steps[0] / Math.Pow(10, Math.Floor(Math.Log10(steps[0])));
        Assert.That(new[] { 1.0, 2.0, 5.0 }, Does.Contain(mantissa));
    }

    [TestCase(0.003, 2e5)]
    [TestCase(1e-12, 1e12)]
    [TestCase(5.0, 5.0)]
    public void LogTickLabelsArePowersOfTen(double low, double high)
    {
        var plot = new SvgLinePlot("t", "step", "loss") { LogY = true, LogX = true };
        plot.AddSeries("a", [1, 10, 1000], [high, Math.Sqrt(low * high), low]);

        var root = XDocument.Parse(plot.Render()).Root!;
        foreach (var axis in new[] { "x-ticks", "y-ticks" })
        {
            var labels = Texts(root, axis);
            Assert.That(labels, Has.Count.GreaterThanOrEqualTo(2), axis);
            foreach (var label in labels)
            {
                double exponent = Math.Log10(ParseInvariant(label));
                Assert.That(exponent, Is.EqualTo(Math.Round(exponent)).Within(1e-12), $"{axis} label {label}");
            }
        }
        var yValues = Texts(root, "y-ticks").Select(ParseInvariant).ToList();
        Assert.That(yValues.Min(), Is.LessThanOrEqualTo(low));
        Assert.That(yValues.Max(), Is.GreaterThanOrEqualTo(high));
    }

    [Test]
    public void NonPositiveValuesOnALogAxisBreakTheLineAndAreNamedInAFootnote()
    {
        var plot = new SvgLinePlot("t", "step", "loss") { LogY = true };
        plot.AddSeries("a", [1, 2, 3, 4, 5], [1, 0.1, 0, -1, 0.01]);

        var root = XDocument.Parse(plot.Render()).Root!;
        var path = SeriesPaths(root).Single();

        Assert.That(Subpaths(path), Has.Count.EqualTo(2));
        Assert.That(Coordinates(path), Has.Count.EqualTo(3));
        Assert.That(Texts(root, "footnote").Single(), Does.Contain("2 points").And.Contain("y ≤ 0").And.Contain("logarithmic"));
    }

    [Test]
    public void WithoutSkippedPointsThereIsNoFootnote()
    {
        var plot = new SvgLinePlot("t", "step", "loss") { LogY = true };
        plot.AddSeries("a", [1, 2], [1, 0.1]);
        Assert.That(Texts(XDocument.Parse(plot.Render()).Root!, "footnote"), Is.Empty);
    }

    [Test]
    public void NaNAndInfinityBreakTheLineAndNeverReachTheDocument()
    {
        var plot = new SvgLinePlot("t", "x", "y");
        plot.AddSeries("a", [0, 1, 2, double.PositiveInfinity, 4, 5, 6], [0, 1, double.NaN, 3, 4, 5, double.NegativeInfinity]);

        var root = XDocument.Parse(plot.Render()).Root!;
        var path = SeriesPaths(root).Single();

        var attributes = root.DescendantsAndSelf().SelectMany(e => e.Attributes()).Select(a => a.Value).ToList();
        Assert.That(attributes, Has.None.Contains("NaN").And.None.Contains("Infinity").And.None.Contains("∞"));
        Assert.That(Subpaths(path), Has.Count.EqualTo(2));
        Assert.That(Coordinates(path), Has.Count.EqualTo(4));
        Assert.That(Texts(root, "footnote").Single(), Does.Contain("3 points"));
    }

    [Test]
    public void TextIsEscapedAndSurvivesParsing()
    {
        const string title = "a < b & c > \"d\" 'e'";
        const string name = "lr=1e-3 <best> & \"tuned\"";
        var plot = new SvgLinePlot(title, "x & y", "<loss>");
        plot.AddSeries(name, [0, 1], [1, 2]);
        plot.AddSeries("bell\u0007 and 😀", [0, 1], [2, 1]);

        var root = XDocument.Parse(plot.Render()).Root!;
        var texts = root.Descendants(Svg + "text").Select(t => t.Value).ToList();

        Assert.That(texts, Does.Contain(title).And.Contain("x & y").And.Contain("<loss>").And.Contain(name));
        Assert.That(Texts(root, "legend"), Does.Contain("bell\uFFFD and 😀"));
        Assert.That((string?)SeriesPaths(root)[0].Attribute("data-series"), Is.EqualTo(name));
    }

    [Test]
    public void SeriesGetDistinctColoursAndBeyondThePaletteDistinctDashes()
    {
        Assert.That(SvgLinePlot.Palette, Has.Count.GreaterThanOrEqualTo(8));
        Assert.That(SvgLinePlot.Palette, Is.Unique);

        var plot = new SvgLinePlot("t", "x", "y");
        int count = SvgLinePlot.Palette.Count + 3;
        for (int s = 0; s < count; s++)
            plot.AddSeries($"s{s}", [0, 1], [s, s + 1]);
        var styles = SeriesPaths(XDocument.Parse(plot.Render()).Root!)
            .Select(p => ((string?)p.Attribute("stroke"), (string?)p.Attribute("stroke-dasharray")))
            .ToList();

        Assert.That(styles, Has.Count.EqualTo(count));
        Assert.That(styles, Is.Unique);
        Assert.That(styles.Take(SvgLinePlot.Palette.Count).Select(s => s.Item1), Is.EqualTo(SvgLinePlot.Palette));
    }

    [Test]
    public void MarkersAreDrawnOnlyWhenAskedForAndOnlyAtDrawnPoints()
    {
        var plot = new SvgLinePlot("t", "x", "y");
        plot.AddSeries("a", [0, 1, 2, 3], [1, double.NaN, 3, 4]);
        plot.AddSeries("b", [0, 1], [0, 1]);
        Assert.That(MarkerCount(plot), Is.EqualTo(0));

        plot.Markers = true;
        Assert.That(MarkerCount(plot), Is.EqualTo(5));

        static int MarkerCount(SvgLinePlot p) =>
            XDocument.Parse(p.Render()).Root!.Descendants(Svg + "g")
                .Where(g => (string?)g.Attribute("class") == "markers")
                .SelectMany(g => g.Elements(Svg + "circle")).Count();
    }

    [Test]
    public void NumbersAreInvariantWhateverTheCurrentCulture()
    {
        var plot = new SvgLinePlot("t", "x", "y");
        plot.AddSeries("a", [0.5, 1.25, 2.75], [0.125, 0.5, 0.25]);
        string expected = plot.Render();

        using (new CommaDecimalCulture())
        {
            Assert.That(1.5.ToString(CultureInfo.CurrentCulture), Is.EqualTo("1,5"), "the culture under test must use a comma");
            Assert.That(plot.Render(), Is.EqualTo(expected));
        }
        Assert.That(Texts(XDocument.Parse(expected).Root!, "x-ticks"), Does.Contain("0.5"));
    }

    [Test]
    public void AnEmptyPlotIsStillAValidDocument()
    {
        var root = XDocument.Parse(new SvgLinePlot("empty", "x", "y") { LogY = true }.Render()).Root!;
        Assert.That(SeriesPaths(root), Is.Empty);
        Assert.That(Texts(root, "y-ticks"), Is.Not.Empty);
    }

    [Test]
    public void SeriesOfMismatchedLengthsAreRejected()
    {
        var plot = new SvgLinePlot("t", "x", "y");
        Assert.Throws<ArgumentException>(() => plot.AddSeries("a", [1, 2, 3], [1, 2]));
        Assert.Throws<ArgumentException>(() => plot.AddSeries("", [1], [1]));
        Assert.That(plot.SeriesCount, Is.EqualTo(0));
    }

    [Test]
    public void AddedPointsAreCopied()
    {
        var plot = new SvgLinePlot("t", "x", "y");
        var y = new double[] { 1, 2 };
        plot.AddSeries("a", [0, 1], y);
        string before = plot.Render();
        y[1] = 50;
        Assert.That(plot.Render(), Is.EqualTo(before));
    }

    [Test]
    public void SaveWritesTheRenderedDocumentAndCreatesItsFolder()
    {
        string folder = Path.Combine(Path.GetTempPath(), "zo-svg-" + Guid.NewGuid().ToString("N"));
        try
        {
            var plot = new SvgLinePlot("t", "x", "y");
            plot.AddSeries("a", [0, 1], [1, 2]);
            string path = Path.Combine(folder, "nested", "plot.svg");
            plot.Save(path);
            Assert.That(File.ReadAllText(path), Is.EqualTo(plot.Render()));
        }
        finally
        {
            if (Directory.Exists(folder))
                Directory.Delete(folder, recursive: true);
        }
    }

    private static List<XElement> SeriesPaths(XElement root) =>
        root.Descendants(Svg + "path").Where(p => (string?)p.Attribute("class") == "series").ToList();

    private static List<string> Texts(XElement root, string className)
    {
        var texts = root.Descendants(Svg + "text").Where(t => (string?)t.Attribute("class") == className)
            .Concat(root.Descendants(Svg + "g").Where(g => (string?)g.Attribute("class") == className).SelectMany(g => g.Descendants(Svg + "text")));
        return texts.Select(t => t.Value).ToList();
    }

    /// <summary>The subpaths of a path's d attribute; each starts with M.</summary>
    private static List<string> Subpaths(XElement path) =>
        ((string)path.Attribute("d")!).Split('M', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    private static List<(double X, double Y)> Coordinates(XElement path) =>
        Subpaths(path)
            .SelectMany(s => s.Split('L', StringSplitOptions.TrimEntries))
            .Select(pair => pair.Split(' '))
            .Select(xy => (ParseInvariant(xy[0]), ParseInvariant(xy[1])))
            .ToList();

    private static double Number(XElement element, string attribute) => ParseInvariant((string)element.Attribute(attribute)!);

    private static double ParseInvariant(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
