using System.Text.RegularExpressions;
using ZoEngine.Cli;
using ZoEngine.Tests.Support;

namespace ZoEngine.Tests.Cli;

/// <summary>
/// A real zo process told to stop (SIGINT, SIGTERM, SIGHUP) or killed outright: what it leaves behind and what it says.
/// </summary>
[Platform("Linux,MacOsX", Reason = "sends POSIX signals with the kill command")]
public partial class ProcessSignalTests() : CliTestBase("zo-signal-")
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [GeneratedRegex(@"stopped by (SIG[A-Z]+) after (\d+) of 100000000 steps; the log '.*' holds them and is sealed\.")]
    private static partial Regex StoppedLine();

    // Enough work per step that the process is mid-run when the signal lands, and enough steps that it never ends.
    private string[] LongRun(string log, string csv) =>
        ["run", "synthetic", "--fn", "quadratic", "--dim", "20000", "--opt", "sgd", "--lr", "1e-4", "--iters", "100000000", "--eval-every", "0",
         "--backend", "cpu", "--log", log, "--csv", csv];

    [TestCase("INT", 130)]
    [TestCase("TERM", 143)]
    [TestCase("HUP", 129)]
    public void ASignal_StopsTheRunBetweenSteps_AndItSaysHowManyStepsItHolds(string signal, int expectedCode)
    {
        string log = Path.Combine(_dir, "s.zolog"), csv = Path.Combine(_dir, "s.csv");
        using var zo = ZoProcess.Start(LongRun(log, csv));
        ZoProcess.WaitUntil(() => File.Exists(log) && new FileInfo(log).Length > 4000, Patience, "the run to log about a hundred steps");
        zo.Signal(signal);
        var (code, _, err) = zo.WaitForExit(Patience);
        Assert.That(code, Is.EqualTo(expectedCode), err);
        var m = StoppedLine().Match(err);
        Assert.That(m.Success, err);
        Assert.That(m.Groups[1].Value, Is.EqualTo("SIG" + signal));
        long steps = long.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(steps, Is.GreaterThan(0));
        Assert.That(File.ReadAllLines(csv), Has.Length.EqualTo(steps + 1), "one CSV row per completed step");
        var (rcode, rout, rerr) = Zo("replay", log);
        Assert.That(rcode, Is.EqualTo(ExitCodes.Success), rerr);
        Assert.That(rout, Does.Contain($"steps={steps} ended=stopped"));
        Assert.That(File.Exists(log + ".lock"), Is.False, "the lock file goes with the run");
    }

    // kill -9 gives the run no chance to seal its log: plain replay must say so, --recover must replay every record,
    // the log must not be replaced by the next run unless asked, and the lock file the dead run left must not block it.
    [Test]
    public void AKilledRun_LeavesAnUnsealedLog_ThatReplayRefusesAndRecoverReplays_AndItsStaleLockIsTakenOver()
    {
        string log = Path.Combine(_dir, "k.zolog"), csv = Path.Combine(_dir, "k.csv");
        using (var zo = ZoProcess.Start(LongRun(log, csv)))
        {
            ZoProcess.WaitUntil(() => File.Exists(log) && new FileInfo(log).Length > 4000, Patience, "the run to log about a hundred steps");
            zo.Signal("KILL");
            zo.WaitForExit(Patience);
        }
        Assert.That(File.Exists(log + ".lock"), Is.True, "a killed process cannot delete its lock file");
        var (code, _, err) = Zo("replay", log, "--backend", "cpu");
        Assert.That(code, Is.EqualTo(ExitCodes.Damaged), err);
        Assert.That(err.TrimEnd().Split('\n'), Has.Length.EqualTo(1), err);
        var m = Regex.Match(err, @"ends after (\d+) records .* did not finish.* 'zo replay --recover' replays its \1 records\.");
        Assert.That(m.Success, err);
        long records = long.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(records, Is.GreaterThan(50));

        var (rcode, rout, rerr) = Zo("replay", "--recover", log);
        Assert.That(rcode, Is.EqualTo(ExitCodes.Success), rerr);
        Assert.That(rout, Does.Contain($"steps={records}\n").Or.Contain($"steps={records}\r\n"));
        Assert.That(rerr, Does.Contain($"Replayed all {records} records"));

        byte[] killed = File.ReadAllBytes(log);
        string[] again = ["run", "synthetic", "--dim", "50", "--iters", "3", "--backend", "cpu", "--log", log];
        var (ncode, _, nerr) = Zo(again);
        Assert.That(ncode, Is.EqualTo(ExitCodes.Usage), nerr);
        Assert.That(nerr, Does.Contain("already exists").And.Contain("--overwrite"));
        Assert.That(File.ReadAllBytes(log), Is.EqualTo(killed), "the refused run left the log as it was");
        var (ocode, _, oerr) = Zo([.. again, "--overwrite"]);
        Assert.That(ocode, Is.EqualTo(ExitCodes.Success), oerr);
        Assert.That(File.Exists(log + ".lock"), Is.False);
        Assert.That(Zo("replay", log).Out, Does.Contain("steps=3 ended=completed"));
    }

    // Two runs on one log: the second is refused, naming the first, and the first's log is whole afterwards.
    [Test]
    public void ASecondRunOnTheSameLog_IsRefusedNamingTheFirst()
    {
        string log = Path.Combine(_dir, "two.zolog"), csv = Path.Combine(_dir, "two.csv");
        using var first = ZoProcess.Start(LongRun(log, csv));
        ZoProcess.WaitUntil(() => File.Exists(log) && new FileInfo(log).Length > 4000, Patience, "the first run to log about a hundred steps");
        var (code, _, err) = Zo("run", "synthetic", "--dim", "50", "--iters", "3", "--backend", "cpu", "--log", log, "--overwrite");
        Assert.That(code, Is.EqualTo(ExitCodes.Usage), err);
        Assert.That(err.TrimEnd().Split('\n'), Has.Length.EqualTo(1), err);
        Assert.That(err, Does.Contain("being written by another run").And.Contain($"pid {first.Id} "));
        first.Signal("INT");
        var (fcode, _, ferr) = first.WaitForExit(Patience);
        Assert.That(fcode, Is.EqualTo(130), ferr);
        var (rcode, rout, rerr) = Zo("replay", log);
        Assert.That(rcode, Is.EqualTo(ExitCodes.Success), rerr);
        Assert.That(rout, Does.Contain("ended=stopped"));
    }
}
