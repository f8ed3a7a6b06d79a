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

    [GeneratedRegex(@"stopped by (SIG[A-Z]+) after (\d+) of 100000000 steps; the log '.*' holds them\.")]
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
        Assert.That(rout, Does.Contain($"steps={steps}\n").Or.Contain($"steps={steps}\r\n"));
    }
}
