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

    /// <summary>
    /// A version 2 log ends after its last record without an end-of-run record: the run was killed, crashed or is
    /// still being written. Every record before the end is intact and can be recovered.
    /// </summary>
    Unsealed,

    /// <summary>The end-of-run record is damaged, or counts another number of steps than the log holds.</summary>
    BadSeal,

    /// <summary>Bytes follow the end-of-run record, which must be the last thing in a log.</summary>
    DataAfterSeal,

    /// <summary>
    /// A record passes every byte-level check but is not what the run its header describes would have logged: its
    /// seed is not the step's seed, it holds the wrong number of losses or coefficients, or its coefficients are not
    /// the ones its losses give. Found by replay, before θ is touched.
    /// </summary>
    InconsistentRecord,
}
