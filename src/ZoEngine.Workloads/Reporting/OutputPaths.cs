namespace ZoEngine.Workloads.Reporting;

/// <summary>
/// Checks, before a run starts, that every file it will write can be written: so that a run is refused in one line
/// instead of failing after its work is done, and so that two outputs never write over each other.
/// </summary>
/// <remarks>
/// The checks: a path is not empty and not an existing folder; its folder exists (or can be created: its nearest
/// existing ancestor is a folder) and accepts a new file; an existing file at the path can be opened for writing
/// (opening it changes nothing); no two outputs name the same file. None of them writes anything that stays.
/// </remarks>
public static class OutputPaths
{
    /// <summary>Checks every named output; entries whose path is null are not requested and skipped.</summary>
    /// <param name="outputs">Each output as the option that named it (for the message) and its path.</param>
    /// <exception cref="OutputPathException">An output cannot be written, or two outputs name the same file.</exception>
    public static void Check(params (string Option, string? Path)[] outputs)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        var seen = new Dictionary<string, string>(OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        foreach (var (option, path) in outputs)
        {
            if (path is null)
                continue;
            string full = CheckOne(option, path);
            if (seen.TryGetValue(full, out string? other))
                throw new OutputPathException($"{other} and {option} both name '{path}'; give each output its own file.", path);
            seen.Add(full, option);
        }
    }

    private static string CheckOne(string option, string path)
    {
        if (path.Length == 0)
            throw new OutputPathException($"{option} needs a file name, got an empty string.", path);
        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new OutputPathException($"{option} '{path}' is not a valid file name: {e.Message}", path);
        }
        if (Directory.Exists(full))
            throw new OutputPathException($"{option} '{path}' is a folder; give a file name.", path);
        string folder = Path.GetDirectoryName(full) ?? full;
        string existing = folder;
        while (!Directory.Exists(existing))
        {
            if (File.Exists(existing))
                throw new OutputPathException($"{option} '{path}' cannot be created: '{existing}' is a file, not a folder.", path);
            existing = Path.GetDirectoryName(existing) ?? throw new OutputPathException($"{option} '{path}' has no existing folder above it.", path);
        }
        try
        {
            // A new file in the folder that would hold the output (or the nearest one that exists: the writer creates
            // the rest) proves it accepts files; DeleteOnClose leaves nothing behind, even if the process dies.
            string probe = Path.Combine(existing, $".zo-write-check-{Environment.ProcessId}-{Guid.NewGuid():N}");
            using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose))
            {
            }
            if (File.Exists(full))
            {
                using var _ = new FileStream(full, FileMode.Open, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
            }
        }
        catch (UnauthorizedAccessException)
        {
            throw new OutputPathException($"{option} '{path}' cannot be written: permission denied{(File.Exists(full) ? "" : $" in '{existing}'")}.", path);
        }
        catch (IOException e)
        {
            throw new OutputPathException($"{option} '{path}' cannot be written: {e.Message}", path);
        }
        return full;
    }
}

/// <summary>An output file that cannot be written, or two outputs naming one file; the message is one line for the user.</summary>
public sealed class OutputPathException : IOException
{
    /// <summary>Creates the exception for <paramref name="path"/>.</summary>
    public OutputPathException(string message, string path) : base(message) => Path = path;

    /// <summary>The path as the user gave it.</summary>
    public string Path { get; }
}
