using System.Globalization;
using System.Xml.Linq;
using ZoEngine.Cli;
using ZoEngine.Tests.Support;
using ZoEngine.Tests.Workloads;

namespace ZoEngine.Tests.Nn;

/// <summary>'zo bench hzo-cost' and 'zo bench hzo-fidelity' on tiny settings: their files, columns and counts.</summary>
[TestFixture]
public sealed class HzoBenchCommandTests() : CliTestBase("zo-hzo-")
{
    private static List<Dictionary<string, string>> ReadCsv(string path)
    {
        var lines = File.ReadAllLines(path);
        var header = lines[0].Split(',');
        return [.. lines.Skip(1).Select(l => header.Zip(l.Split(',')).ToDictionary(p => p.First, p => p.Second))];
    }

    [Test]
    public void CostWritesMeasuredCountsThatMatchTheFormulas()
    {
        var (code, output, error) = Zo("bench", "hzo-cost", "--depths", "2,4,5", "--width", "4", "--batch", "2", "--reps", "1", "--rounds", "2", "--gemm", "reference", "--out", _dir);
        Assert.That(code, Is.EqualTo(0), error);
        Assert.That(output, Does.Contain("hzo-cost: residual gelu MLP, W=4, B=2"));
        var rows = ReadCsv(Path.Combine(_dir, "cost.csv"));
        Assert.That(rows, Has.Count.EqualTo(12));
        double Probes(string method, int depth) => double.Parse(rows.Single(r => r["method"] == method && r["depth"] == depth.ToString(CultureInfo.InvariantCulture))["probe_evaluations_per_sample"], CultureInfo.InvariantCulture);
        Assert.That(Probes("hzo", 4), Is.EqualTo(4 * 4 * 2), "W·L·log₂L");
        Assert.That(Probes("hzo", 5), Is.EqualTo(2 * 4 * 5), "2W·Q(5), Q(5) = 2 + 2 + 1 by the level sum");
        Assert.That(Probes("neuronwise", 5), Is.EqualTo(4 * 5 * 4), "W·L·(L−1)");
        Assert.That(Probes("bp", 5), Is.Zero);
        Assert.That(rows.Where(r => r["method"] == "spsa").Select(r => r["layer_evaluations_per_sample"]), Is.EqualTo(new[] { "4", "8", "10" }));
        Assert.That(rows.All(r => double.Parse(r["seconds_min"], CultureInfo.InvariantCulture) > 0), Is.True);
        Assert.That(rows.Select(r => r["timed"]).Distinct(), Is.EqualTo(new[] { "2" }), "one timing per round");
        foreach (string svg in new[] { "cost-evaluations.svg", "cost-time.svg" })
            Assert.That(XDocument.Load(Path.Combine(_dir, svg)).Root!.Name.LocalName, Is.EqualTo("svg"));
    }

    [Test]
    public void CostOnTheEmulatedBackend_CountsWhatTheCpuCounts()
    {
        string cpuDir = Path.Combine(_dir, "cpu"), devDir = Path.Combine(_dir, "emulated");
        string[] common = ["bench", "hzo-cost", "--depths", "2,5", "--width", "4", "--batch", "2", "--reps", "1", "--rounds", "1", "--methods", "bp,hzo,neuronwise", "--gemm", "reference"];
        var cpu = Zo([.. common, "--out", cpuDir]);
        var dev = Zo([.. common, "--backend", "emulated", "--out", devDir]);
        Assert.That(cpu.Code, Is.EqualTo(0), cpu.Err);
        Assert.That(dev.Code, Is.EqualTo(0), dev.Err);
        Assert.That(dev.Out, Does.Contain("backend: emulated").And.Contain("gemm: zo_nn_gemm"));
        var cpuRows = ReadCsv(Path.Combine(cpuDir, "cost.csv"));
        var devRows = ReadCsv(Path.Combine(devDir, "cost.csv"));
        Assert.That(devRows, Has.Count.EqualTo(6));
        foreach (string column in new[] { "method", "depth", "layer_evaluations_per_sample", "probe_evaluations_per_sample", "peak_probe_bytes", "trace_bytes" })
            Assert.That(devRows.Select(r => r[column]), Is.EqualTo(cpuRows.Select(r => r[column])), $"{column}: the device path does the same work in the same bytes");

        var spsa = Zo("bench", "hzo-cost", "--methods", "hzo,spsa", "--backend", "emulated", "--out", _dir);
        Assert.That(spsa.Code, Is.EqualTo(2));
        Assert.That(spsa.Err, Does.Contain("use --backend cpu"));
    }

    [Test]
    public void FidelityWritesCosinesPerUnitAndOverallForEveryCell()
    {
        string data = Path.Combine(_dir, "data");
        IdxTestFiles.WriteDataset(data, train: 40, test: 8, seed: 1, gzip: true);
        var (code, output, error) = Zo("bench", "hzo-fidelity", "--depths", "3", "--width", "5", "--batch", "4", "--checkpoints", "0,2", "--train-batch", "8",
            "--activations", "gelu", "--step32", "1e-2,1e-3", "--gemm", "reference", "--data", data, "--out", _dir);
        Assert.That(code, Is.EqualTo(0), error);
        var rows = ReadCsv(Path.Combine(_dir, "fidelity.csv"));
        // 2 archs × 1 activation × 1 depth × 3 variants (float32 at two steps, float64) × 2 checkpoints, each with an
        // overall row and 3 unit rows.
        Assert.That(rows, Has.Count.EqualTo(2 * 3 * 2 * 4));
        var overall = rows.Where(r => r["unit"] == "0").ToList();
        Assert.That(overall.Select(r => r["precision"]).Distinct(), Is.EquivalentTo(new[] { "float32 h=0.01", "float32 h=0.001", "float64" }));
        foreach (var r in overall)
        {
            double cosine = double.Parse(r["cosine"], CultureInfo.InvariantCulture);
            Assert.That(cosine, Is.GreaterThan(0.999), $"{r["arch"]} {r["precision"]} step {r["step"]}");
        }
        Assert.That(output, Does.Contain("residual gelu   3 float64              2"));
        foreach (string svg in new[] { "fidelity-step0.svg", "fidelity-step2.svg", "fidelity-training.svg", "fidelity-units.svg" })
            Assert.That(File.Exists(Path.Combine(_dir, svg)), Is.True, svg);
    }

    [Test]
    public void BadOptionsAreUserErrors()
    {
        Assert.That(Zo("bench", "hzo-cost", "--depths", "1,4").Code, Is.EqualTo(2));
        Assert.That(Zo("bench", "hzo-cost", "--methods", "hzo,magic").Err, Does.Contain("--methods must be a comma list of bp, hzo, neuronwise or spsa, got 'magic'"), "the shared parsers' one error style");
        Assert.That(Zo("bench", "hzo-cost", "--gemm", "fortran").Err, Does.Contain("--gemm"));
        Assert.That(Zo("bench", "hzo-fidelity", "--data", Path.Combine(_dir, "missing")).Code, Is.EqualTo(2));
    }
}
