namespace ZoEngine.Trajectory;

/// <summary>What is wrong with a trajectory log, as reported by <see cref="TrajectoryLogException.Kind"/>.</summary>
public enum TrajectoryLogErrorKind
{
    /// <summary>The file does not start with the magic "ZOTRJLOG": it is not a trajectory log.</summary>
    BadMagic,

    /// <summary>The header names a format version this reader does not know.</summary>
    UnsupportedVersion,

    /// <summary>The header's CRC-32C does not match its bytes.</summary>
    HeaderChecksum,

    /// <summary>The header or a record ends before the length it declares; typically a crash mid-write.</summary>
    Truncated,

    /// <summary>A record's CRC-32C does not match its bytes.</summary>
    RecordChecksum,

    /// <summary>A record does not start with the record marker byte.</summary>
    BadRecordMarker,

    /// <summary>A record holds a step index other than its position in the log.</summary>
    OutOfSequence,

    /// <summary>
    /// A length field is damaged: a record's counts fail their check, or the header's metadata length exceeds the limit.
    /// </summary>
    BadLength,

    /// <summary>
    /// The header's checksum holds but its metadata is not UTF-8 "key=value" lines with distinct, non-empty keys, so
    /// the log was not written by <see cref="TrajectoryWriter"/>.
    /// </summary>
    BadMetadata,
}
