using System.Runtime.InteropServices;

namespace ZoEngine.Cli;

/// <summary>
/// Turns SIGINT, SIGTERM and SIGHUP into a request to stop between two steps, for as long as it is alive: a run
/// that is told to stop finishes the step in flight, seals its log and says how many steps it holds, instead of dying
/// with a log that cannot be told from a finished one. A second signal of the same run is not caught again, so an
/// impatient user's second Ctrl-C still ends the process at once.
/// </summary>
internal sealed class Interrupts : IDisposable
{
    private readonly List<PosixSignalRegistration> _registrations = [];
    private volatile string? _received;

    public Interrupts()
    {
        foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP })
        {
            try
            {
                _registrations.Add(PosixSignalRegistration.Create(signal, OnSignal));
            }
            catch (PlatformNotSupportedException)
            {
                // Windows has no SIGHUP; the others are enough there.
            }
        }
    }

    /// <summary>The name of the first signal received ("SIGINT", …), or null while none has been.</summary>
    public string? Received => _received;

    /// <summary>The shell's convention for a process ended by a signal: 128 + its number.</summary>
    public static int ExitCode(string signal) => signal switch
    {
        "SIGHUP" => 128 + 1,
        "SIGINT" => 128 + 2,
        _ => 128 + 15,
    };

    public void Dispose()
    {
        foreach (var r in _registrations)
            r.Dispose();
    }

    private void OnSignal(PosixSignalContext context)
    {
        if (_received is not null)
            return;
        context.Cancel = true;
        _received = context.Signal.ToString();
    }
}
