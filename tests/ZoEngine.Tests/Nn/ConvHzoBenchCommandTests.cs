using System.Globalization;
using System.Xml.Linq;
using ZoEngine.Tests.Support;
using ZoEngine.Tests.Workloads;

namespace ZoEngine.Tests.Nn;

/// <summary>
/// 'zo bench hzo-cost --model cnn|resnet' and 'zo bench hzo-fidelity --model cnn,resnet' on tiny settings and synthetic
/// Fashion-MNIST files: the counted probe evaluations against docs/hzo.md's formula written out here, the fidelity rows,
/// and the usage errors.
/// </summary>
[TestFixture]
public sealed class ConvHzoBenchCommandTests() : CliTestBase("zo-hzo-conv-")
{
    private string Data()
    {
        string data = Path.Combine(_dir, "data");
        IdxTestFiles.WriteDataset(data, train: 24, test: 6, seed: 3, gzip: true);
        return data;
    }

    private static List<Dictionary<string, string>> ReadCsv(string path)
    {
        var lines = File.ReadAllLines(path);
        var header = lines[0].Split(',');
        return [.. lines.Skip(1).Select(l => header.Zip(l.Split(',')).ToDictionary(p => p.First, p => p.Second))];
    }

    /// <summary>
    /// docs/hzo.md §5 for a one-stage cnn of D conv3×3 units (stride 1, padding 1) of C channels on an H×H map and a
    /// one-unit head: the head split at M = D probes a_D plainly (2·C·H² rows through 1 unit), and the body bisection
    /// N_{i:j}, k = i + ⌈(j − i)/2⌉, probes a_k through m = j − k units with R = 2·C·min(2m + 1, H)² rows under SPP and
    /// 2·C·H² without.
    /// </summary>
    private static long HzoFormula(int depth, int channels, int side, bool spp)
    {
        long Body(int i, int j)
        {
            if (j - i < 2)
                return 0;
            int k = i + (j - i + 1) / 2, m = j - k;
            long r = Math.Min(2 * m + 1, side);
            long rows = spp ? 2L * channels * r * r : 2L * channels * side * side;
            return rows * m + Body(i, k) + Body(k, j);
        }
        return 2L * channels * side * side + Body(0, depth);
    }

    [Test]
    public void CostOnACnn_CountsWhatTheFormulaSays_AtBothResolutions()
    {
        string data = Data();
        string[] common = ["bench", "hzo-cost", "--model", "cnn", "--depths", "2,3", "--width", "2", "--stages", "1", "--batch", "1", "--reps", "1", "--rounds", "1", "--gemm", "reference", "--data", data,
            "--max-seconds", "1e9"]; // no cell is skipped for being slow, however loaded the machine is
        var (code, output, error) = Zo([.. common, "--resolution", "28,56", "--methods", "bp,hzo,hzo-nospp,cge", "--out", _dir]);
        Assert.That(code, Is.EqualTo(0), error);
        Assert.That(output, Does.Contain("hzo-cost: cnn gelu, width 2, 1 stage(s), B=1"));
        var rows = ReadCsv(Path.Combine(_dir, "cost.csv"));
        Assert.That(rows, Has.Count.EqualTo(2 * 2 * 4));
        // Neuron-wise probes every position of every map: the slowest method, counted at 28×28 only.
        string slow = Path.Combine(_dir, "neuronwise");
        var neuron = Zo([.. common, "--methods", "neuronwise", "--out", slow]);
        Assert.That(neuron.Code, Is.EqualTo(0), neuron.Err);
        var neuronRows = ReadCsv(Path.Combine(slow, "cost.csv"));
        Assert.That(neuronRows, Has.Count.EqualTo(2));
        rows.AddRange(neuronRows);
        long Probes(string method, int depth, int side) => long.Parse(rows.Single(r => r["method"] == method && r["depth"] == $"{depth}" && r["resolution"] == $"{side}")["probe_evaluations_per_sample"], CultureInfo.InvariantCulture);
        foreach (int side in new[] { 28, 56 })
        {
            foreach (int depth in new[] { 2, 3 })
            {
                Assert.That(Probes("hzo", depth, side), Is.EqualTo(HzoFormula(depth, 2, side, spp: true)), $"hzo D={depth} {side}×{side}");
                Assert.That(Probes("hzo-nospp", depth, side), Is.EqualTo(HzoFormula(depth, 2, side, spp: false)), $"hzo-nospp D={depth} {side}×{side}");
                Assert.That(Probes("bp", depth, side), Is.Zero);
                Assert.That(Probes("cge", depth, side), Is.Zero);
            }
        }
        foreach (int depth in new[] { 2, 3 })
        {
            // Neuron-wise probes every a_l (l = 1..D, each 2·C·H² rows) through the L − l = D + 1 − l units after it.
            long neuronwise = Enumerable.Range(1, depth).Sum(l => 2L * 2 * 28 * 28 * (depth + 1 - l));
            Assert.That(Probes("neuronwise", depth, 28), Is.EqualTo(neuronwise), $"neuronwise D={depth}");
        }
        // Under SPP only the head's plain probes grow with the map: the body's share is the same at 56×56 as at 28×28.
        Assert.That(Probes("hzo", 3, 56) - Probes("hzo", 3, 28), Is.EqualTo(2L * 2 * (56 * 56 - 28 * 28)));
        Assert.That(rows.Select(r => r["matches_formula"]).Distinct(), Is.EqualTo(new[] { "yes" }));
        Assert.That(rows.All(r => double.Parse(r["seconds_min"], CultureInfo.InvariantCulture) > 0), Is.True);
        foreach (string svg in new[] { "cost-probe-rows.svg", "cost-time.svg" })
            Assert.That(XDocument.Load(Path.Combine(_dir, svg)).Root!.Name.LocalName, Is.EqualTo("svg"));
    }

    [Test]
    public void CostOnAResNet_MatchesTheLibraryWalkOfTheSplitTree()
    {
        var (code, _, error) = Zo("bench", "hzo-cost", "--model", "resnet", "--depths", "2", "--width", "2", "--batch", "1", "--reps", "1", "--rounds", "1",
            "--methods", "hzo,hzo-nospp", "--gemm", "reference", "--data", Data(), "--out", _dir);
        Assert.That(code, Is.EqualTo(0), error);
        var rows = ReadCsv(Path.Combine(_dir, "cost.csv"));
        Assert.That(rows.Select(r => r["matches_formula"]), Is.EqualTo(new[] { "yes", "yes" }));
        double spp = double.Parse(rows[0]["probe_evaluations_per_sample"], CultureInfo.InvariantCulture);
        double plain = double.Parse(rows[1]["probe_evaluations_per_sample"], CultureInfo.InvariantCulture);
        Assert.That(spp, Is.GreaterThan(0).And.LessThan(plain), "SPP probes fewer rows than plain probes");
    }

    [Test]
    public void FidelityOnCnnAndResNet_WritesAnOverallAndAPerUnitRowPerCheckpoint()
    {
        var (code, output, error) = Zo("bench", "hzo-fidelity", "--model", "cnn,resnet", "--depths", "2", "--width", "2", "--batch", "2", "--checkpoints", "0,2", "--train-batch", "4",
            "--activations", "relu", "--gemm", "reference", "--data", Data(), "--out", _dir);
        Assert.That(code, Is.EqualTo(0), error);
        var rows = ReadCsv(Path.Combine(_dir, "fidelity.csv"));
        // cnn D=2: 2 conv units + head; resnet D=2: stem + 2 blocks + head; each checkpoint has an overall row too.
        Assert.That(rows, Has.Count.EqualTo(2 * (1 + 3) + 2 * (1 + 4)));
        foreach (var r in rows.Where(r => r["unit"] == "0"))
            Assert.That(double.Parse(r["cosine"], CultureInfo.InvariantCulture), Is.GreaterThan(0.99), $"{r["model"]} step {r["train_step"]}");
        Assert.That(rows.Where(r => r["model"] == "resnet").Select(r => r["units"]).Distinct(), Is.EqualTo(new[] { "4" }));
        Assert.That(output, Does.Contain("float32 HZO with SPP"));
        foreach (string svg in new[] { "fidelity-step0.svg", "fidelity-step2.svg", "fidelity-training.svg", "fidelity-units.svg" })
            Assert.That(XDocument.Load(Path.Combine(_dir, svg)).Root!.Name.LocalName, Is.EqualTo("svg"));
    }

    [TestCase(new[] { "bench", "hzo-cost", "--model", "vgg" }, "--model")]
    [TestCase(new[] { "bench", "hzo-cost", "--model", "cnn", "--depths", "2", "--stages", "3" }, "needs depth ≥ 3")]
    [TestCase(new[] { "bench", "hzo-cost", "--model", "resnet", "--resolution", "30" }, "--resolution: The resolution must be a positive multiple of 28")]
    [TestCase(new[] { "bench", "hzo-cost", "--model", "cnn", "--methods", "hzo,spsa" }, "--methods must be a comma list of bp, hzo, hzo-nospp, neuronwise or cge, got 'spsa'")]
    [TestCase(new[] { "bench", "hzo-cost", "--model", "cnn", "--methods", "cge", "--backend", "emulated" }, "use --backend cpu")]
    [TestCase(new[] { "bench", "hzo-fidelity", "--model", "cnn,mlp" }, "--model takes mlp alone")]
    [TestCase(new[] { "bench", "hzo-fidelity", "--model", "resnet", "--depths", "3", "--stages", "4" }, "needs depth ≥ 4")]
    [TestCase(new[] { "bench", "hzo-fidelity", "--backend", "emulated" }, "--backend applies to --model cnn/resnet")]
    public void BadConvOptionsAreOneLineUserErrors(string[] args, string message)
    {
        var (code, _, error) = Zo([.. args, "--data", Data(), "--out", _dir]);
        Assert.That(code, Is.EqualTo(2), error);
        Assert.That(error, Does.Contain(message));
        Assert.That(error.TrimEnd().Split('\n'), Has.Length.EqualTo(1), "one line");
        Assert.That(Directory.GetFiles(_dir), Is.Empty, "nothing written");
    }
}

/// <summary>
/// 'zo bench hzo-fidelity --model cnn,resnet' on a device backend equals the CPU run with the reference GEMM (whose
/// summation order zo_nn_gemm follows) bit for bit: the training steps, both gradients and every cosine. The CUDA run is
/// reported as skipped without a device; with cuBLAS the cosines agree to rounding only.
/// </summary>
[TestFixtureSource(typeof(BackendCases), nameof(BackendCases.DeviceFixtures))]
public sealed class ConvHzoFidelityBackendTests(string backendName) : CliTestBase("zo-hzo-conv-dev-")
{
    [Test]
    public void FidelityOnTheDevice_EqualsTheCpu()
    {
        if (backendName == "cuda")
            BackendCases.CreateCuda().Dispose();
        string data = Path.Combine(_dir, "data");
        IdxTestFiles.WriteDataset(data, train: 24, test: 6, seed: 5, gzip: true);
        string cpuDir = Path.Combine(_dir, "cpu"), devDir = Path.Combine(_dir, backendName);
        string[] common = ["bench", "hzo-fidelity", "--model", "cnn,resnet", "--depths", "2,3", "--width", "2", "--batch", "2", "--checkpoints", "0,2", "--train-batch", "4",
            "--activations", "relu", "--gemm", "reference", "--data", data];
        var cpu = Zo([.. common, "--out", cpuDir]);
        var dev = Zo([.. common, "--backend", backendName, "--out", devDir]);
        Assert.That(cpu.Code, Is.EqualTo(0), cpu.Err);
        Assert.That(dev.Code, Is.EqualTo(0), dev.Err);
        Assert.That(dev.Out, Does.Contain("backend: "), "the run names its device");
        var cpuLines = File.ReadAllLines(Path.Combine(cpuDir, "fidelity.csv"));
        var devLines = File.ReadAllLines(Path.Combine(devDir, "fidelity.csv"));
        Assert.That(cpuLines, Has.Length.EqualTo(1 + 2 * (4 + 5) + 2 * (5 + 6)), "cnn D=2,3 and resnet D=2,3 at two checkpoints");
        if (dev.Out.Contains("gemm: zo_nn_gemm", StringComparison.Ordinal))
        {
            Assert.That(devLines, Is.EqualTo(cpuLines), "every cosine, norm and loss, printed round-trip, equals the CPU's");
        }
        else
        {
            var cpuCos = cpuLines.Skip(1).Select(l => double.Parse(l.Split(',')[7], CultureInfo.InvariantCulture)).ToArray();
            var devCos = devLines.Skip(1).Select(l => double.Parse(l.Split(',')[7], CultureInfo.InvariantCulture)).ToArray();
            Assert.That(devCos, Is.EqualTo(cpuCos).Within(1e-3), "cuBLAS sums in its own order: cosines agree to rounding");
        }
        Assert.That(cpuLines.Skip(1).Select(l => double.Parse(l.Split(',')[7], CultureInfo.InvariantCulture)).Where(double.IsFinite).Max(), Is.GreaterThan(0.9), "real cosines, not an empty study");
    }
}
