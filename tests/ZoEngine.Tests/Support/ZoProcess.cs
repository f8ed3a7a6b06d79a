using System.Diagnostics;

namespace ZoEngine.Tests.Support;

/// <summary>
/// The zo command as a real child process (the build copies zo.dll beside the tests), for what an in-process run
/// cannot show: signals, kill -9, and two processes writing at once.
/// </summary>
internal sealed class ZoProcess : IDisposable
{
    private readonly Process _process;
    private readonly Task<string> _stdout;
    private readonly Task<string> _stderr;

    private ZoProcess(Process process)
    {
        _process = process;
        _stdout = process.StandardOutput.ReadToEndAsync();
        _stderr = process.StandardError.ReadToEndAsync();
    }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public static ZoProcess Start(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "zo.dll"));
        foreach (string a in args)
            info.ArgumentList.Add(a);
        return new ZoProcess(Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start"));
    }

    /// <summary>Sends a signal by name (TERM, INT, HUP, KILL) with the system's kill command.</summary>
    public void Signal(string name)
    {
        using var kill = Process.Start("kill", $"-{name} {_process.Id}");
        kill.WaitForExit();
        if (kill.ExitCode != 0)
            throw new InvalidOperationException($"kill -{name} {_process.Id} failed with {kill.ExitCode}");
    }

    /// <summary>Waits for the process to end; kills it and fails if it has not within <paramref name="timeout"/>.</summary>
    public (int Code, string Out, string Err) WaitForExit(TimeSpan timeout)
    {
        if (!_process.WaitForExit(timeout))
        {
            _process.Kill(entireProcessTree: true);
            Assert.Fail($"zo did not end within {timeout.TotalSeconds} s");
        }
        _process.WaitForExit();
        return (_process.ExitCode, _stdout.Result, _stderr.Result);
    }

    /// <summary>Polls until <paramref name="condition"/> holds; fails the test after <paramref name="timeout"/>.</summary>
    public static void WaitUntil(Func<bool> condition, TimeSpan timeout, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > timeout)
                Assert.Fail($"timed out after {timeout.TotalSeconds} s waiting for {what}");
            Thread.Sleep(20);
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }
}
