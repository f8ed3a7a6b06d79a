using ZoEngine.Trajectory;
using ZoEngine.Workloads.Data;

namespace ZoEngine.Cli;

/// <summary>
/// The exit codes of every <c>zo</c> command (the README's table), and the one place that decides which error gets
/// which: scripts branch on them, so a new error joins a class here rather than picking a number where it is thrown.
/// </summary>
public static class ExitCodes
{
    /// <summary>The command did what it was asked.</summary>
    public const int Success = 0;

    /// <summary>The run itself failed: it diverged (a non-finite loss or update), or an I/O error stopped it.</summary>
    public const int Failed = 1;

    /// <summary>Usage or bad input: an option the parser or a check refused, a missing file, a path that cannot be written.</summary>
    public const int Usage = 2;

    /// <summary>Damaged input: a log or data file that exists but fails its checks.</summary>
    public const int Damaged = 3;

    /// <summary>The exit code for an error that reached the top of a command, or null for a bug (which then crashes visibly).</summary>
    public static int? Classify(Exception e) => e switch
    {
        ZoCliException c => c.ExitCode,
        TrajectoryLogExistsException or TrajectoryLogLockedException => Usage,
        Workloads.Reporting.PlotFontException => Usage,
        Onnx.OnnxModelException => Usage,
        Workloads.Reporting.OutputPathException => Usage,
        TrajectoryLogException => Damaged,
        InvalidDataException => Damaged,
        DatasetException d => d.Offset is not null ? Damaged : Usage,
        ArgumentException => Usage,
        InsufficientMemoryException => Usage,
        FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException => Usage,
        ZoObjectiveException => Failed,
        IOException => Failed,
        _ => null,
    };

    /// <summary>
    /// The message as one line for the user: without the "(Parameter 'name')" that ArgumentException appends, which
    /// names an internal variable the user never typed.
    /// </summary>
    public static string OneLine(Exception e)
    {
        string message = e.Message;
        if (e is ArgumentException { ParamName: { } name } && message.EndsWith($" (Parameter '{name}')", StringComparison.Ordinal))
            message = message[..^$" (Parameter '{name}')".Length];
        return message.ReplaceLineEndings(" ");
    }
}
