namespace ZoEngine.Trajectory;

/// <summary>
/// A trajectory log is damaged or is not a log this reader understands. It names where the damage starts, because
/// nothing from there on can be replayed: a record's successors are only meaningful after it.
/// </summary>
public sealed class TrajectoryLogException : Exception
{
    internal TrajectoryLogException(string source, long recordIndex, long byteOffset, TrajectoryLogErrorKind kind, string problem)
        : base(recordIndex < 0
            ? $"trajectory log '{source}': header at byte {byteOffset} {problem}; the log cannot be read."
            : kind == TrajectoryLogErrorKind.Unsealed
                ? $"trajectory log '{source}' {problem}."
                : $"trajectory log '{source}': record {recordIndex} at byte {byteOffset} {problem}; nothing from this record on can be replayed.")
    {
        Source = source;
        RecordIndex = recordIndex;
        ByteOffset = byteOffset;
        Kind = kind;
    }

    /// <summary>
    /// The file path, or the name given to <see cref="TrajectoryReader.Open(Stream, bool, string?)"/> ("&lt;stream&gt;"
    /// by default). Hides <see cref="Exception.Source"/>, which names the throwing assembly and says nothing about the log.
    /// </summary>
    public new string Source { get; }

    /// <summary>
    /// Zero-based index of the bad record (equal to its step), or -1 when the header is bad. For
    /// <see cref="TrajectoryLogErrorKind.Unsealed"/>, the number of records the log holds, all of them good.
    /// </summary>
    public long RecordIndex { get; }

    /// <summary>Offset of the first byte of the bad record or header, counted from the start of the log.</summary>
    public long ByteOffset { get; }

    /// <summary>What is wrong.</summary>
    public TrajectoryLogErrorKind Kind { get; }
}
