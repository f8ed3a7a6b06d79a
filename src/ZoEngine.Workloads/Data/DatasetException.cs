namespace ZoEngine.Workloads.Data;

/// <summary>
/// A dataset that is missing, unreadable, damaged or inconsistent. The message is meant for the user as it is: it says
/// which file, where in it reading failed, and for a missing dataset how to install it or where to point the engine.
/// </summary>
public sealed class DatasetException : Exception
{
    /// <summary>A problem not tied to one file (a missing directory, two files that disagree).</summary>
    public DatasetException(string message, Exception? inner = null) : base(message, inner)
    {
    }

    /// <summary>A problem in one file; <paramref name="offset"/> is the byte where reading failed, if known.</summary>
    public DatasetException(string message, string filePath, long? offset, Exception? inner = null) : base(message, inner)
    {
        FilePath = filePath;
        Offset = offset;
    }

    /// <summary>The file at fault, if the problem is in one file.</summary>
    public string? FilePath { get; }

    /// <summary>The byte offset at which reading failed: in the file for plain files, in the decompressed data for gzip files.</summary>
    public long? Offset { get; }
}
