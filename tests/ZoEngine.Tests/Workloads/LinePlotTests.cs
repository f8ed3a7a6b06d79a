using System.Xml.Linq;
using NUnit.Framework;
using SkiaSharp;
using ZoEngine.Workloads.Reporting;

namespace ZoEngine.Tests.Workloads;

/// <summary>
/// The plots every command writes, drawn by ScottPlot: text that is really there (pixels in a PNG, text in an SVG),
/// legends and log axes that say what they show, and points left out said so, never silently.
/// </summary>
[TestFixture]
public sealed class LinePlotTests
{
    private static LinePlot Sample(string title)
    {
        var plot = new LinePlot(title, "step", "loss") { LogY = true };
        plot.AddSeries("MeZO lr=1e-3", [0, 1, 2, 3], [1, 0.1, 0.01, 0.001]);
        plot.AddSeries("R-AdaZO lr=3e-3", [0, 1, 2, 3], [1, 0.3, 0.05, 0.02]);
        return plot;
    }

    // Dark pixels in the band above the data area where the title goes: a font that cannot be found draws none.
    private static int TitleInk(byte[] png)
    {
        using var bitmap = SKBitmap.Decode(png);
        int ink = 0;
        for (int y = 0; y < 36; y++)
        {
            for (int x = bitmap.Width / 4; x < 3 * bitmap.Width / 4; x++)
            {
                var c = bitmap.GetPixel(x, y);
                if (c.Red + c.Green + c.Blue < 3 * 128)
                    ink++;
            }
        }
        return ink;
    }

    [Test]
    public void ThePngHasItsTitleDrawnInText()
    {
        int titled = TitleInk(Sample("Loss against steps on a quadratic").RenderPng());
        // A one-dot title keeps the same layout (the band is reserved for a title) with almost no ink in it.
        int dot = TitleInk(Sample(".").RenderPng());
        Assert.That(dot, Is.LessThan(30), "only the title draws in the band");
        Assert.That(titled, Is.GreaterThan(100), "the title's letters are pixels, so a font was found and used");
    }

    [Test]
    public void TheSvgCarriesTheTitleTheAxisLabelsAndOneLegendEntryPerSeries()
    {
        var root = XDocument.Parse(Sample("Loss <against> steps & more").RenderSvg()).Root!;
        var texts = root.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim()).ToList();
        Assert.That(texts, Does.Contain("Loss <against> steps & more"), "text is escaped, not lost");
        Assert.That(texts, Does.Contain("step").And.Contain("loss"));
        Assert.That(texts.Count(t => t == "MeZO lr=1e-3"), Is.EqualTo(1));
        Assert.That(texts.Count(t => t == "R-AdaZO lr=3e-3"), Is.EqualTo(1));
    }

    // Three decades of data on a log axis are labelled by their powers of ten; half a decade by round values.
    [Test]
    public void ALogAxisIsLabelledByPowersOfTen_OrByRoundValuesWithinADecade()
    {
        static List<string> Labels(LinePlot p) =>
            XDocument.Parse(p.RenderSvg()).Root!.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim()).ToList();
        var decades = Labels(Sample("t"));
        Assert.That(decades, Does.Contain("1").And.Contain("0.1").And.Contain("1e-2").And.Contain("1e-3"));

        var narrow = new LinePlot("t", "step", "loss") { LogY = true };
        narrow.AddSeries("a", [0, 1, 2], [300, 250, 200]);
        var labels = Labels(narrow);
        Assert.That(labels, Does.Contain("200").And.Contain("300"), "a curve within a decade gets round values on its axis");
        Assert.That(labels.Where(l => l.StartsWith("1e", StringComparison.Ordinal)), Is.Empty);
    }

    [Test]
    public void PointsThatCannotBeDrawn_BreakTheLine_AndTheNotesSayHowManyAndWhy()
    {
        var plot = new LinePlot("t", "step", "loss") { LogY = true, LogX = true };
        plot.AddSeries("a", [1, 2, 3, 4, 0], [1, double.NaN, 0, 0.5, 2]);
        Assert.That(plot.Notes, Is.EqualTo(new[]
        {
            "1 point with y ≤ 0 not shown: the y axis is logarithmic.",
            "1 point with x ≤ 0 not shown: the x axis is logarithmic.",
            "1 point with a NaN or infinite coordinate not shown.",
        }));
        var texts = XDocument.Parse(plot.RenderSvg()).Root!.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim());
        Assert.That(string.Join("\n", texts), Does.Contain("1 point with y ≤ 0 not shown"));

        var clean = new LinePlot("t", "x", "y") { LogY = true };
        clean.AddSeries("a", [1, 2], [1, 2]);
        Assert.That(clean.Notes, Is.Empty);
    }

    [Test]
    public void SaveWritesPngOrSvgByExtension_AndRefusesAnyOther()
    {
        string dir = Directory.CreateTempSubdirectory("zo-plot-").FullName;
        try
        {
            var plot = Sample("t");
            plot.Save(Path.Combine(dir, "sub", "p.png"));
            plot.Save(Path.Combine(dir, "p.svg"));
            byte[] png = File.ReadAllBytes(Path.Combine(dir, "sub", "p.png"));
            Assert.That(png[..8], Is.EqualTo(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }));
            using (var bitmap = SKBitmap.Decode(png))
                Assert.That((bitmap.Width, bitmap.Height), Is.EqualTo((plot.Width, plot.Height)));
            Assert.That(XDocument.Load(Path.Combine(dir, "p.svg")).Root!.Name.LocalName, Is.EqualTo("svg"));
            Assert.That(() => plot.Save(Path.Combine(dir, "p.txt")), Throws.ArgumentException.With.Message.Contains(".png or .svg"));
            Assert.That(File.Exists(Path.Combine(dir, "p.txt")), Is.False);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    // Eleven series: the eleventh reuses the first colour, with markers (and, in a PNG, dashes), so it can still be told
    // apart; in the SVG the markers are what shows, as shapes filled with that colour.
    [Test]
    public void SeriesBeyondThePaletteAreDashed()
    {
        Assert.That(LinePlot.Palette, Has.Count.GreaterThanOrEqualTo(8));
        Assert.That(LinePlot.Palette, Is.Unique);
        var few = new LinePlot("t", "x", "y");
        var many = new LinePlot("t", "x", "y");
        for (int s = 0; s < LinePlot.Palette.Count + 1; s++)
        {
            if (s < 3)
                few.AddSeries($"s{s}", [0, 1], [s, s + 1]);
            many.AddSeries($"s{s}", [0, 1], [s, s + 1]);
        }
        static int Filled(LinePlot p, string colour) => XDocument.Parse(p.RenderSvg()).Root!.Descendants()
            .Count(e => string.Equals((string?)e.Attribute("fill"), colour, StringComparison.OrdinalIgnoreCase));
        Assert.That(Filled(few, LinePlot.Palette[0]), Is.EqualTo(0), "plain lines: nothing filled in the first colour");
        Assert.That(Filled(many, LinePlot.Palette[0]), Is.GreaterThanOrEqualTo(2), "the eleventh series' two markers");
    }

    [Test]
    public void BadArgumentsAreRefused()
    {
        var plot = new LinePlot("t", "x", "y");
        Assert.That(() => plot.AddSeries("a", [1, 2], [1]), Throws.ArgumentException.With.Message.Contains("2 x values but 1 y values"));
        Assert.That(() => plot.AddSeries("", [1], [1]), Throws.ArgumentException);
        Assert.That(() => plot.Width = 199, Throws.TypeOf<ArgumentOutOfRangeException>());
        Assert.That(() => plot.Height = 149, Throws.TypeOf<ArgumentOutOfRangeException>());
        Assert.That(plot.SeriesCount, Is.EqualTo(0));
    }

    // Light pixels tinted towards the first palette colour (#1f77b4, blue): what a translucent band of it leaves on white.
    private static int BlueTint(byte[] png)
    {
        using var bitmap = SKBitmap.Decode(png);
        int tinted = 0;
        for (int y = 0; y < bitmap.Height; y++)
        {
            for (int x = 0; x < bitmap.Width; x++)
            {
                var c = bitmap.GetPixel(x, y);
                if (c.Red > 150 && c.Blue > c.Red + 20 && c.Blue > 200)
                    tinted++;
            }
        }
        return tinted;
    }

    [Test]
    public void ABand_ShadesBetweenItsBounds_InTheColourOfTheSeriesBeforeIt()
    {
        LinePlot Plot(bool band)
        {
            var plot = new LinePlot("median and quartiles", "queries", "F");
            double[] x = [0, 1, 2, 3, 4];
            plot.AddSeries("median", x, [4, 3, 2, 1, 0]);
            if (band)
                plot.AddBand(x, [3, 2, 1, 0, -1], [5, 4, 3, 2, 1]);
            return plot;
        }
        int without = BlueTint(Plot(band: false).RenderPng()), with = BlueTint(Plot(band: true).RenderPng());
        Assert.That(with, Is.GreaterThan(without + 20_000), $"tinted pixels: {without} without the band, {with} with it");

        var empty = new LinePlot("t", "x", "y");
        Assert.That(() => empty.AddBand([0], [0], [1]), Throws.InvalidOperationException.With.Message.Contains("add a series first"));
        empty.AddSeries("s", [0, 1], [0, 1]);
        Assert.That(() => empty.AddBand([0, 1], [0], [1, 2]), Throws.ArgumentException.With.Message.Contains("as many bounds"));
    }
}
