using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ZoEngine.Cli;
using ZoEngine.Cpu.Reference;
using ZoEngine.Noise;
using ZoEngine.Tests.Support;

namespace ZoEngine.Tests.Cli;

/// <summary>The output formats of the <c>zo</c> command, which other tools parse.</summary>
public partial class CliContractTests() : CliTestBase("zo-cli-")
{
    [GeneratedRegex(@"^final_loss=(\S+) params_sha256=([0-9a-f]{64})$", RegexOptions.Multiline)]
    private static partial Regex FinalLine();

    [Test]
    public void Philox_PrintsFourEightDigitHexWords()
    {
        foreach (var k in TestData.PhiloxKat())
        {
            var (code, output, _) = Zo(["philox", "--ctr", .. k.Counter.Select(c => c.ToString("x8")), "--key", .. k.Key.Select(c => "0x" + c.ToString("X8"))]);
            Assert.That(code, Is.EqualTo(0));
            Assert.That(output.Trim(), Does.Match("^[0-9a-f]{8}( [0-9a-f]{8}){3}$"));
            Assert.That(output.Trim(), Is.EqualTo(string.Join(' ', k.Expected.Select(x => x.ToString("x8")))));
        }
    }

    [Test]
    public void Philox_RejectsAWrongWordCount()
    {
        var (code, _, err) = Zo("philox", "--ctr", "1", "2", "3", "--key", "1", "2");
        Assert.That(code, Is.EqualTo(2));
        Assert.That(err, Does.Contain("--ctr takes 4"));
    }

    [TestCase("gaussian")]
    [TestCase("rademacher")]
    public void Noise_PrintsIndexBitsAndDecimal(string dist)
    {
        var (code, output, _) = Zo("noise", "--seed", "42", "--tensor", "3", "--start", "1000", "--count", "9", "--dist", dist);
        Assert.That(code, Is.EqualTo(0));
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Has.Length.EqualTo(9));
        var kind = dist == "gaussian" ? NoiseKind.Gaussian : NoiseKind.Rademacher;
        for (int i = 0; i < lines.Length; i++)
        {
            var m = Regex.Match(lines[i], @"^(\d+) 0x([0-9a-f]{8}) (\S+)$");
            Assert.That(m.Success, lines[i]);
            Assert.That(long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), Is.EqualTo(1000 + i));
            uint bits = uint.Parse(m.Groups[2].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            Assert.That(bits, Is.EqualTo(Bits.Of(NoiseReference.Element(kind, 42, 3, (ulong)(1000 + i)))));
            Assert.That(Bits.Of(float.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture)), Is.EqualTo(bits), "the decimal round-trips");
        }
    }

    [Test]
    public void RunSynthetic_PrintsFinalLossAndHash_AndReplayPrintsTheSameLine()
    {
        string log = Path.Combine(_dir, "run.zolog"), csv = Path.Combine(_dir, "run.csv");
        var (code, output, err) = Zo("run", "synthetic", "--fn", "rosenbrock", "--dim", "300", "--opt", "adamm", "--lr", "0.002",
            "--estimator", "spsa", "--dir", "sphere", "--scale-d", "--q", "3", "--mu", "0.01", "--iters", "40", "--seed", "9", "--log", log, "--csv", csv);
        Assert.That(code, Is.EqualTo(0), err);
        var m = FinalLine().Match(output);
        Assert.That(m.Success, output);
        Assert.That(float.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), Is.GreaterThan(0f));
        var lines = File.ReadAllLines(csv);
        Assert.That(lines[0], Is.EqualTo("step,evaluations,probe_loss,loss"));
        Assert.That(lines, Has.Length.EqualTo(41));

        var (rcode, routput, rerr) = Zo("replay", log);
        Assert.That(rcode, Is.EqualTo(0), rerr);
        Assert.That(routput, Does.Contain("steps=40"));
        Assert.That(FinalLine().Match(routput).Value, Is.EqualTo(m.Value));

        var (_, again, _) = Zo("run", "synthetic", "--fn", "rosenbrock", "--dim", "300", "--opt", "adamm", "--lr", "0.002",
            "--estimator", "spsa", "--dir", "sphere", "--scale-d", "--q", "3", "--mu", "0.01", "--iters", "40", "--seed", "9");
        Assert.That(FinalLine().Match(again).Value, Is.EqualTo(m.Value), "a run is a function of its seed");
        var (_, other, _) = Zo("run", "synthetic", "--fn", "rosenbrock", "--dim", "300", "--opt", "adamm", "--lr", "0.002",
            "--estimator", "spsa", "--dir", "sphere", "--scale-d", "--q", "3", "--mu", "0.01", "--iters", "40", "--seed", "10");
        Assert.That(FinalLine().Match(other).Groups[2].Value, Is.Not.EqualTo(m.Groups[2].Value));
    }

    [Test]
    public void RunOnTheEmulatedBackend_ReplaysOnTheCpu_ToTheSameLine_AndTheReverse()
    {
        string[] run = ["run", "synthetic", "--fn", "levy", "--dim", "501", "--opt", "radazo", "--lr", "0.003", "--q", "2", "--iters", "15", "--seed", "4"];
        string eLog = Path.Combine(_dir, "e.zolog"), cLog = Path.Combine(_dir, "c.zolog");
        var (code, emulated, err) = Zo([.. run, "--backend", "emulated", "--log", eLog]);
        Assert.That(code, Is.EqualTo(0), err);
        Assert.That(emulated, Does.StartWith("backend=emulated"));
        var (_, cpu, _) = Zo([.. run, "--backend", "cpu", "--log", cLog]);
        Assert.That(FinalLine().Match(cpu).Value, Is.EqualTo(FinalLine().Match(emulated).Value).And.Not.Empty);
        var (rc1, onCpu, e1) = Zo("replay", eLog, "--backend", "cpu");
        var (rc2, onEmulated, e2) = Zo("replay", cLog, "--backend", "emulated");
        Assert.That(rc1 + rc2, Is.EqualTo(0), e1 + e2);
        Assert.That(FinalLine().Match(onCpu).Value, Is.EqualTo(FinalLine().Match(emulated).Value));
        Assert.That(FinalLine().Match(onEmulated).Value, Is.EqualTo(FinalLine().Match(emulated).Value));
    }

    [Test]
    public void Noise_OnABackend_PrintsTheReferenceBits([Values("cpu", "emulated")] string backend)
    {
        string[] args = ["noise", "--seed", "77", "--tensor", "3", "--start", "5", "--count", "11", "--dist", "gaussian"];
        var (c1, reference, _) = Zo(args);
        var (c2, generated, err) = Zo([.. args, "--backend", backend]);
        Assert.That(c1 + c2, Is.EqualTo(0), err);
        Assert.That(generated, Is.EqualTo(reference).And.Contain("15 0x"));
    }

    [Test]
    public void WithoutADevice_AutoSaysWhy_AndAnExplicitCudaIsAUsageError()
    {
        if (ZoEngine.Cuda.CudaBackend.IsAvailable(out _))
            Assert.Ignore("a CUDA device is present: the no-device messages cannot be observed here");
        var (code, _, err) = Zo("run", "synthetic", "--dim", "10", "--iters", "1", "--backend", "auto");
        Assert.That(code, Is.EqualTo(0), err);
        Assert.That(err.Trim(), Does.StartWith("zo: backend auto: cpu (").And.Not.Contain('\n'));
        var (cuda, _, cudaErr) = Zo("run", "synthetic", "--dim", "10", "--iters", "1", "--backend", "cuda");
        Assert.That(cuda, Is.EqualTo(2));
        Assert.That(cudaErr, Does.StartWith("zo: The cuda backend needs a CUDA device: "));
        var (bench, _, benchErr) = Zo("bench", "noise", "--dim", "64", "--backend", "cuda");
        Assert.That(bench, Is.EqualTo(2), benchErr);
    }

    [TestCase("gv")]
    [TestCase("greedy")]
    public void RunSynthetic_WithPriorGuidedEstimators_ReplaysToTheSameHash(string estimator)
    {
        string log = Path.Combine(_dir, $"{estimator}.zolog");
        var (code, output, err) = Zo("run", "synthetic", "--fn", "levy", "--dim", "500", "--opt", "radazo", "--lr", "0.003",
            "--estimator", estimator, "--candidates", "4", "--alpha", "0.5", "--iters", "25", "--log", log);
        Assert.That(code, Is.EqualTo(0), err);
        Assert.That(output, Does.Contain("evaluations=150"), "M + 2 = 6 evaluations per step");
        var (rcode, routput, _) = Zo("replay", log);
        Assert.That(rcode, Is.EqualTo(0));
        Assert.That(FinalLine().Match(routput).Value, Is.EqualTo(FinalLine().Match(output).Value));
        var (bad, _, berr) = Zo("run", "synthetic", "--estimator", estimator, "--candidates", "1", "--iters", "1");
        Assert.That(bad, Is.EqualTo(2));
        Assert.That(berr, Does.Contain("candidates"));
    }

    [Test]
    public void Replay_OfACorruptLog_FailsNamingTheRecord_AndRecoverReplaysThePrefix()
    {
        string log = Path.Combine(_dir, "c.zolog");
        Assert.That(Zo("run", "synthetic", "--dim", "50", "--opt", "sgd", "--lr", "0.01", "--iters", "6", "--log", log).Code, Is.EqualTo(0));
        byte[] bytes = File.ReadAllBytes(log);
        File.WriteAllBytes(log, bytes[..^(46 + 3)]); // the last record cut short, its end-of-run record gone
        var (code, _, err) = Zo("replay", log);
        Assert.That(code, Is.EqualTo(ExitCodes.Damaged), "a damaged log is damaged input (exit 3), not a failed run");
        Assert.That(err, Does.Contain("record 5"));
        var (rcode, rout, rerr) = Zo("replay", "--recover", log);
        Assert.That(rcode, Is.EqualTo(0));
        Assert.That(rout, Does.Contain("steps=5"));
        Assert.That(rerr, Does.Contain("stopped before record 5"));
    }

    [Test]
    public void CompareSynthetic_WritesCsvAndSvg()
    {
        string csv = Path.Combine(_dir, "c.csv"), svg = Path.Combine(_dir, "c.svg");
        var (code, output, err) = Zo("compare", "synthetic", "--fn", "quadratic", "--dim", "200", "--iters", "30", "--opts", "sgd,radazo",
            "--lr", "sgd=0.001,radazo=0.01", "--csv", csv, "--svg", svg);
        Assert.That(code, Is.EqualTo(0), err);
        Assert.That(output, Does.Contain("radazo").And.Contain("steps_to_target"));
        var rows = File.ReadAllLines(csv);
        Assert.That(rows[0], Is.EqualTo("estimator,optimizer,lr,step,evaluations,loss"));
        Assert.That(rows.Count(r => r.StartsWith("spsa,sgd,", StringComparison.Ordinal)), Is.EqualTo(31));
        var doc = XDocument.Parse(File.ReadAllText(svg));
        Assert.That(doc.Root!.Name.LocalName, Is.EqualTo("svg"));
        Assert.That(doc.ToString(), Does.Contain("radazo"));
    }

    [Test]
    public void BenchNoise_PrintsATable()
    {
        var (code, output, _) = Zo("bench", "noise", "--dim", "4096", "--seconds", "0.01");
        Assert.That(code, Is.EqualTo(0));
        Assert.That(output, Does.Contain("philox words").And.Contain("fused theta += c*z").And.Contain("elements/s"));
        var row = output.Split('\n').First(l => l.StartsWith("gaussian", StringComparison.Ordinal));
        double eps = double.Parse(row.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^2], CultureInfo.InvariantCulture);
        Assert.That(eps, Is.GreaterThan(0));
    }

    [Test]
    public void BenchNoise_OnTheEmulatedBackend_TimesTheDeviceOps()
    {
        var (code, output, err) = Zo("bench", "noise", "--dim", "4096", "--seconds", "0.01", "--backend", "emulated");
        Assert.That(code, Is.EqualTo(0), err);
        Assert.That(output, Does.StartWith("backend=emulated").And.Contain("fused R-AdaZO").And.Not.Contain("philox words"));
    }

    [TestCase(new[] { "run", "synthetic", "--fn", "nope" }, "Unknown synthetic function")]
    [TestCase(new[] { "run", "synthetic", "--dim", "0", "--iters", "1" }, "--dim")]
    [TestCase(new[] { "run", "synthetic", "--fn", "rosenbrock", "--dim", "1", "--iters", "1" }, "d ≥ 2")]
    [TestCase(new[] { "run", "synthetic", "--mu", "-1", "--iters", "1" }, "mu")]
    [TestCase(new[] { "compare", "synthetic", "--opts", "sgd,adam" }, "--opts must be sgd, signsgd, adamm, rmsprop or radazo, got 'adam'.")]
    [TestCase(new[] { "replay", "no-such.zolog" }, "No trajectory log")]
    public void BadInput_GetsAClearErrorAndExitCode2(string[] args, string expected)
    {
        var (code, _, err) = Zo(args);
        Assert.That(code, Is.EqualTo(2));
        Assert.That(err, Does.Contain(expected));
    }

    [Test]
    public void DivergingRun_ReportsTheStepAndKeepsTheLog()
    {
        string log = Path.Combine(_dir, "d.zolog");
        // Plain SGD at a huge rate on Rosenbrock overflows to ∞ within a few steps.
        var (code, _, err) = Zo("run", "synthetic", "--fn", "rosenbrock", "--dim", "100", "--opt", "sgd", "--lr", "10", "--iters", "200", "--log", log);
        Assert.That(code, Is.EqualTo(1));
        Assert.That(err, Does.Contain("step").And.Contain("restored"));
        Assert.That(Zo("replay", log).Code, Is.EqualTo(0), "the completed steps replay");
    }
}
