using ZoEngine.Cli;
using ZoEngine.Tests.Support;
using ZoEngine.Trajectory;
using ZoEngine.Workloads.Reporting;

namespace ZoEngine.Tests.Cli;

/// <summary>
/// Bad input gets one line and an exit code from the README's convention, and loses nothing: options are checked
/// before any file is touched, outputs that cannot be written are refused before the run, and parser errors do not
/// print the whole help.
/// </summary>
public class CliSafetyTests() : CliTestBase("zo-safety-")
{
    private static void AssertOneLine(string err)
    {
        Assert.That(err, Does.StartWith("zo: "));
        Assert.That(err.TrimEnd().Split('\n'), Has.Length.EqualTo(1), err);
        Assert.That(err, Does.Not.Contain("(Parameter '"), "no internal parameter names");
    }

    [TestCase(new[] { "run", "synthetic", "--q", "abc" }, "abc", "zo run synthetic --help")]
    [TestCase(new[] { "run", "synthetic", "--no-such-option" }, "--no-such-option", "zo run synthetic --help")]
    [TestCase(new[] { "run", "synthetic", "--log" }, "--log", "zo run synthetic --help")]
    [TestCase(new[] { "compare", "synthetic", "--dim", "1e3" }, "1e3", "zo compare synthetic --help")]
    [TestCase(new[] { "frobnicate" }, "frobnicate", "zo --help")]
    public void ParserErrors_AreOneLineWithAHelpHint_AndExit2(string[] args, string named, string hint)
    {
        var (code, output, err) = Zo(args);
        Assert.That(code, Is.EqualTo(ExitCodes.Usage));
        AssertOneLine(err);
        Assert.That(err, Does.Contain(named).And.Contain($"'{hint}'"));
        Assert.That(output, Is.Empty, "the help is not printed");
    }

    [Test]
    public void Help_IsStillPrintedWhenAsked()
    {
        var (code, output, _) = Zo("run", "synthetic", "--help");
        Assert.That(code, Is.EqualTo(ExitCodes.Success));
        Assert.That(output, Does.Contain("--log").And.Contain("--iters"));
    }

    // Every option the trainer would refuse, each checked before the log is created: an existing log stays as it was.
    [TestCase("--q", "0")]
    [TestCase("--mu", "0")]
    [TestCase("--mu", "1e-45")]
    [TestCase("--lr", "-1")]
    [TestCase("--beta1", "1")]
    [TestCase("--beta2", "-0.5")]
    [TestCase("--eps", "0")]
    [TestCase("--momentum", "1")]
    [TestCase("--wd", "-1")]
    [TestCase("--init-scale", "NaN")]
    [TestCase("--iters", "-1")]
    [TestCase("--eval-every", "-2")]
    [TestCase("--dim", "0")]
    public void RefusedOptions_LeaveAnExistingLogUntouched(string option, string value)
    {
        string log = Path.Combine(_dir, "prev.zolog");
        byte[] previous = [1, 2, 3, 4, 5];
        File.WriteAllBytes(log, previous);
        var (code, _, err) = Zo("run", "synthetic", "--dim", "20", "--iters", "3", option, value, "--log", log);
        Assert.That(code, Is.EqualTo(ExitCodes.Usage), err);
        AssertOneLine(err);
        Assert.That(File.ReadAllBytes(log), Is.EqualTo(previous));
    }

    [TestCase("gv", "--candidates", "1")]
    [TestCase("gv", "--alpha", "0")]
    [TestCase("central", "--dim", "40000")]
    public void RefusedEstimatorSettings_LeaveAnExistingLogUntouched(string estimator, string option, string value)
    {
        string log = Path.Combine(_dir, "prev.zolog");
        File.WriteAllText(log, "mine");
        var (code, _, err) = Zo("run", "synthetic", "--estimator", estimator, "--iters", "3", option, value, "--log", log);
        Assert.That(code, Is.EqualTo(ExitCodes.Usage), err);
        AssertOneLine(err);
        Assert.That(File.ReadAllText(log), Is.EqualTo("mine"));
    }

    // 2⁶² and 2⁶¹ + 1 floats overflow a 64-bit byte count (the first used to wrap to a 1-byte buffer and crash);
    // 2⁴⁰ floats (4 TiB) fit the arithmetic but no machine's memory.
    [TestCase("4611686018427387904", "larger than any memory can hold")]
    [TestCase("2305843009213693953", "larger than any memory can hold")]
    [TestCase("1099511627776", "needs more memory than is available")]
    public void AnImpossibleOrUnaffordableDimension_IsOneLineAndExit2(string dim, string expected)
    {
        foreach (string backend in new[] { "cpu", "emulated" })
        {
            var (code, _, err) = Zo("run", "synthetic", "--dim", dim, "--iters", "1", "--backend", backend);
            Assert.That(code, Is.EqualTo(ExitCodes.Usage), backend);
            AssertOneLine(err);
            Assert.That(err, Does.Contain(expected));
        }
        string log = Path.Combine(_dir, "big.zolog");
        using (var w = TrajectoryWriter.Create(log, [new("problem", "synthetic"), new("synthetic.function", "Quadratic"), new("synthetic.dimension", dim), new("init.seed", "5"), new("init.scale", "1")]))
            w.Seal(TrajectoryEnd.Completed, new byte[32]);
        var (rcode, _, rerr) = Zo("replay", log);
        Assert.That(rcode, Is.EqualTo(ExitCodes.Usage), "from a log header too");
        Assert.That(rerr, Does.Contain(expected));
    }

    [Test]
    public void AFolderAsAnOutput_IsRefusedBeforeTheRun()
    {
        foreach (string option in new[] { "--log", "--csv" })
        {
            var (code, output, err) = Zo("run", "synthetic", "--dim", "20", "--iters", "3", option, _dir);
            Assert.That(code, Is.EqualTo(ExitCodes.Usage), option);
            AssertOneLine(err);
            Assert.That(err, Does.Contain(option).And.Contain("is a folder"));
            Assert.That(output, Does.Not.Contain("final_loss"), "refused before the run");
        }
        var (ccode, _, cerr) = Zo("compare", "synthetic", "--dim", "20", "--iters", "3", "--csv", Path.Combine(_dir, "c.csv"), "--svg", _dir);
        Assert.That(ccode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(cerr, Does.Contain("--svg"));
        Assert.That(File.Exists(Path.Combine(_dir, "c.csv")), Is.False, "nothing was written");
    }

    [Test]
    public void TrainOutputs_AreCheckedBeforeTheDataIsRead()
    {
        // The data folder does not exist either: the output error must come first, before any loading.
        var (code, _, err) = Zo("train", "fashion-mnist", "--data", Path.Combine(_dir, "missing"), "--csv", Path.Combine(_dir, "fm.svg"), "--svg", Path.Combine(_dir, "fm.svg"));
        Assert.That(code, Is.EqualTo(ExitCodes.Usage));
        AssertOneLine(err);
        Assert.That(err, Does.Contain("--csv and --svg both name"));
        // A plot is .svg or .png: anything else is refused before any work, naming the option.
        var (pcode, _, perr) = Zo("train", "fashion-mnist", "--data", Path.Combine(_dir, "missing"), "--svg", Path.Combine(_dir, "fm.txt"));
        Assert.That(pcode, Is.EqualTo(ExitCodes.Usage));
        AssertOneLine(perr);
        Assert.That(perr, Does.Contain("--svg must be a .svg or .png path"));
    }

    [Test]
    public void AnUnwritableFolder_IsRefusedBeforeTheRun()
    {
        // /sys refuses new files even to root, where a chmod 000 folder would not (CI runs as root).
        if (!OperatingSystem.IsLinux() || !Directory.Exists("/sys/kernel"))
            Assert.Ignore("needs Linux's /sys, which refuses new files to every user");
        var (code, output, err) = Zo("run", "synthetic", "--dim", "20", "--iters", "3", "--csv", "/sys/kernel/zo.csv");
        Assert.That(code, Is.EqualTo(ExitCodes.Usage));
        AssertOneLine(err);
        Assert.That(err, Does.Contain("permission denied"));
        Assert.That(output, Does.Not.Contain("final_loss"));
    }

    [Test]
    public void AFileAsAFolder_IsRefused()
    {
        string file = Path.Combine(_dir, "plain");
        File.WriteAllText(file, "x");
        var (code, _, err) = Zo("run", "synthetic", "--dim", "20", "--iters", "3", "--csv", Path.Combine(file, "sub", "r.csv"));
        Assert.That(code, Is.EqualTo(ExitCodes.Usage));
        Assert.That(err, Does.Contain("is a file, not a folder"));
    }

    [Test]
    public void TheSamePathForTwoOutputs_IsRefused()
    {
        string same = Path.Combine(_dir, "same.out");
        var (code, _, err) = Zo("run", "synthetic", "--dim", "20", "--iters", "3", "--csv", same, "--log", Path.Combine(_dir, ".", "same.out"));
        Assert.That(code, Is.EqualTo(ExitCodes.Usage));
        AssertOneLine(err);
        Assert.That(err, Does.Contain("--log and --csv both name"));
        Assert.That(File.Exists(same), Is.False);
    }

    [Test]
    public void OutputPaths_ChecksLeaveNothingBehind()
    {
        string csv = Path.Combine(_dir, "new", "deeper", "r.csv");
        OutputPaths.Check(("--csv", csv), ("--svg", null), ("--log", Path.Combine(_dir, "r.zolog")));
        Assert.That(Directory.GetFileSystemEntries(_dir), Is.Empty, "no probe file and no folder is left");
        Assert.Throws<OutputPathException>(() => OutputPaths.Check(("--csv", "")));
    }

    [Test]
    public void ReplayOfAFolder_IsAUsageError()
    {
        var (code, _, err) = Zo("replay", _dir);
        Assert.That(code, Is.EqualTo(ExitCodes.Usage));
        AssertOneLine(err);
        Assert.That(err, Does.Contain("is a folder"));
    }

    [TestCase("synthetic.dimension", "abc")]
    [TestCase("synthetic.dimension", "")]
    [TestCase("synthetic.dimension", "1e3")]
    [TestCase("synthetic.dimension", "-1")]
    [TestCase("synthetic.dimension", "99999999999999999999999")]
    [TestCase("init.seed", "-1")]
    [TestCase("init.seed", "abc")]
    [TestCase("init.scale", "")]
    [TestCase("init.scale", "NaN")]
    [TestCase("init.scale", "1e99")]
    [TestCase("synthetic.function", "Banana")]
    public void AHeaderWithAValidChecksumButBadValues_IsDamagedInput(string key, string value)
    {
        string log = Path.Combine(_dir, "h.zolog");
        var metadata = new Dictionary<string, string>
        {
            ["problem"] = "synthetic",
            ["synthetic.function"] = "Quadratic",
            ["synthetic.dimension"] = "10",
            ["init.seed"] = "5",
            ["init.scale"] = "1",
        };
        metadata[key] = value;
        using (var w = TrajectoryWriter.Create(log, [.. metadata]))
            w.Seal(TrajectoryEnd.Completed, new byte[32]);
        var (code, _, err) = Zo("replay", log);
        Assert.That(code, Is.EqualTo(ExitCodes.Damaged), err);
        AssertOneLine(err);
        Assert.That(err, Does.Contain($"'{key}'"));
    }

    [Test]
    public void ADivergingRun_KeepsEveryCsvRowBeforeTheFailure()
    {
        string csv = Path.Combine(_dir, "d.csv");
        // Plain SGD at a huge rate on Rosenbrock overflows to ∞ within a few steps.
        var (code, _, err) = Zo("run", "synthetic", "--fn", "rosenbrock", "--dim", "100", "--opt", "sgd", "--lr", "10", "--iters", "500", "--csv", csv);
        Assert.That(code, Is.EqualTo(ExitCodes.Failed), err);
        Assert.That(err, Does.Contain("step"));
        var rows = File.ReadAllLines(csv);
        Assert.That(rows[0], Is.EqualTo("step,evaluations,probe_loss,loss"));
        Assert.That(rows, Has.Length.GreaterThan(1).And.Length.LessThan(501), "the rows of the completed steps, no more");
    }

    // A log whose records are intact but whose end-of-run record names another θ does not reproduce its run.
    [Test]
    public void AReplayThatDoesNotReproduceTheSealedParameters_IsDamagedInput()
    {
        string genuine = Path.Combine(_dir, "g.zolog"), forged = Path.Combine(_dir, "f.zolog");
        Assert.That(Zo("run", "synthetic", "--dim", "30", "--iters", "4", "--backend", "cpu", "--log", genuine).Code, Is.EqualTo(ExitCodes.Success));
        using (var reader = TrajectoryReader.Open(genuine))
        using (var writer = TrajectoryWriter.Create(forged, reader.Metadata))
        {
            foreach (var r in reader.ReadAll())
                writer.Append(r.Step, r.StepSeed, r.Losses, r.Coefficients);
            writer.Seal(TrajectoryEnd.Completed, new byte[32]);
        }
        var (code, output, err) = Zo("replay", forged, "--backend", "cpu");
        Assert.That(code, Is.EqualTo(ExitCodes.Damaged), err);
        Assert.That(err, Does.Contain("does not reproduce its run"));
        Assert.That(output, Does.Contain("steps=4 ended=completed"));
        Assert.That(Zo("replay", genuine, "--backend", "cpu").Code, Is.EqualTo(ExitCodes.Success));
    }

    [Test]
    public void ADivergingRun_SealsItsLogAsFailed_AndTheLogReplaysItsCompletedSteps()
    {
        string log = Path.Combine(_dir, "div.zolog");
        var (code, _, err) = Zo("run", "synthetic", "--fn", "rosenbrock", "--dim", "100", "--opt", "sgd", "--lr", "10", "--iters", "500", "--backend", "cpu", "--log", log);
        Assert.That(code, Is.EqualTo(ExitCodes.Failed), err);
        var m = System.Text.RegularExpressions.Regex.Match(err, @"holds the (\d+) completed steps and is sealed");
        Assert.That(m.Success, err);
        var (rcode, rout, rerr) = Zo("replay", log, "--backend", "cpu");
        Assert.That(rcode, Is.EqualTo(ExitCodes.Success), rerr);
        Assert.That(rout, Does.Contain($"steps={m.Groups[1].Value} ended=failed"));
    }
}
