using System.Xml.Linq;
using ZoEngine.Cli;
using ZoEngine.Tests.Support;

namespace ZoEngine.Tests.Cli;

/// <summary>'zo plot': CSV columns as lines, files of one series averaged row by row, and bad input refused in one line.</summary>
public sealed class PlotCommandTests() : CliTestBase("zo-plot-")
{
    private string Csv(string name, params string[] rows)
    {
        string path = Path.Combine(_dir, name);
        File.WriteAllLines(path, ["step,loss,other", .. rows]);
        return path;
    }

    [Test]
    public void FilesOfOneSeriesAreAveragedRowByRow()
    {
        string a = Csv("a.csv", "1,2,0", "2,4,0"), b = Csv("b.csv", "1,4,0", "2,8,0"), c = Csv("c.csv", "1,1,0", "2,0.5,0");
        string svg = Path.Combine(_dir, "p.svg");
        var (code, output, err) = Zo("plot", "--x", "step", "--y", "loss", "--x-scale", "10", "--series", $"two seeds={a}+{b}", "--series", $"one={c}",
            "--title", "Loss", "--out", svg);
        Assert.That(code, Is.EqualTo(ExitCodes.Success), err);
        Assert.That(output, Does.Contain($"wrote {svg}"));
        var texts = XDocument.Load(svg).Root!.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim()).ToList();
        Assert.That(texts, Does.Contain("Loss").And.Contain("two seeds").And.Contain("one").And.Contain("step").And.Contain("loss"));
        // Means 3 and 6 at x = 10 and 20: the y axis of the two series spans 0.5 to 6 and the x axis 10 to 20.
        Assert.That(texts, Does.Contain("20").And.Contain("6"));
    }

    [Test]
    public void BadInputIsOneLine()
    {
        string a = Csv("a.csv", "1,2,0"), shifted = Csv("s.csv", "5,2,0"), broken = Csv("x.csv", "1,abc,0");
        string png = Path.Combine(_dir, "p.png");
        (int, string) Run(params string[] args)
        {
            string[] y = args.Contains("--y") ? [] : ["--y", "loss"];
            var (code, _, err) = Zo(["plot", "--x", "step", .. y, "--out", png, .. args]);
            return (code, err.Trim());
        }
        Assert.That(Run("--series", $"s={Path.Combine(_dir, "none.csv")}"), Is.EqualTo((ExitCodes.Usage, $"zo: --series: no CSV file at '{Path.Combine(_dir, "none.csv")}'.")));
        Assert.That(Run("--series", "no-equals").Item2, Does.Contain("NAME=FILE"));
        Assert.That(Run("--series", $"s={a}+{shifted}").Item2, Does.Contain("must share their x"));
        var (code, err) = Run("--series", $"s={broken}");
        Assert.That((code, err.Contains("line 2", StringComparison.Ordinal)), Is.EqualTo((ExitCodes.Damaged, true)), err);
        var (ycode, yerr) = Run("--series", $"s={a}", "--y", "nope");
        Assert.That(ycode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(yerr, Does.Contain("no column 'nope'"));
        Assert.That(File.Exists(png), Is.False, "nothing is written when the input is refused");
    }
}
