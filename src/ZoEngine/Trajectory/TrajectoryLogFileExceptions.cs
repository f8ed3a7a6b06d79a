namespace ZoEngine.Trajectory;

/// <summary>A trajectory log already exists where a new one was to be written, and overwriting was not asked for. It is kept as it was.</summary>
public sealed class TrajectoryLogExistsException : IOException
{
    internal TrajectoryLogExistsException(string path, bool isFolder)
        : base(isFolder
            ? $"'{path}' is a folder, not a file a trajectory log can be written to."
            : $"The trajectory log '{path}' already exists and overwriting it was not asked for; it is kept as it was.")
    {
        Path = path;
        IsFolder = isFolder;
    }

    /// <summary>The path that is taken.</summary>
    public string Path { get; }

    /// <summary>Whether the path is a folder, which no option can overwrite.</summary>
    public bool IsFolder { get; }
}

/// <summary>Another writer is writing the trajectory log; the second one is refused so that neither run's log is interleaved with the other's.</summary>
public sealed class TrajectoryLogLockedException : IOException
{
    internal TrajectoryLogLockedException(string path, string lockPath, string? holder, Exception inner)
        : base($"The trajectory log '{path}' is being written by another run ({holder ?? "its lock file is held"}; lock '{lockPath}'); it is left to that run.", inner)
    {
        Path = path;
        LockPath = lockPath;
        Holder = holder;
    }

    /// <summary>The log's path.</summary>
    public string Path { get; }

    /// <summary>The lock file beside it.</summary>
    public string LockPath { get; }

    /// <summary>Who holds the lock ("pid N on HOST, since TIME"), where it could be read.</summary>
    public string? Holder { get; }
}
