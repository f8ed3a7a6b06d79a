using System.Buffers.Binary;
using System.Runtime.ExceptionServices;
using System.Security.Cryptography;
using System.Text;

namespace ZoEngine.Trajectory;

/// <summary>
/// Reads a trajectory log written by <see cref="TrajectoryWriter"/> (format in docs/trajectory-log.md, versions 1 and 2)
/// and validates every byte of it: the header and each record carry a CRC-32C (in version 2 each record's covers a
/// digest of the header too), each record must hold the next step index, and a version 2 log must end in its
/// end-of-run record.
/// </summary>
/// <remarks>
/// Once a record is found bad the reader stays on it: every later read throws the same error, since records after a
/// damaged one cannot be replayed. Not thread-safe.
/// </remarks>
public sealed class TrajectoryReader : IDisposable
{
    private const string DefaultSourceName = "<stream>";
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly Stream _stream;
    private readonly bool _leaveOpen;
    private readonly string _source;
    private readonly Dictionary<string, string> _lookup;
    // Empty for version 1, whose record checksums cover the record alone.
    private readonly byte[] _headerDigest;
    // Reused for every record and grown only when a larger record comes.
    private byte[] _buffer = new byte[128];
    // Bytes consumed since the start of the log, so that errors name offsets in the log, not in the stream.
    private long _offset;
    private long _nextIndex;
    private TrajectoryLogException? _error;
    private bool _disposed;

    private TrajectoryReader(Stream stream, bool leaveOpen, string source, KeyValuePair<string, string>[] metadata,
        Dictionary<string, string> lookup, long headerSize, int version, byte[] headerDigest)
    {
        _stream = stream;
        FormatVersion = version;
        _headerDigest = headerDigest;
        _leaveOpen = leaveOpen;
        _source = source;
        Metadata = metadata.AsReadOnly();
        _lookup = lookup;
        _offset = headerSize;
    }

    /// <summary>Opens the log file at <paramref name="path"/> and validates its header.</summary>
    /// <remarks>The file may still be open in a <see cref="TrajectoryWriter"/>: the records appended so far are readable.</remarks>
    /// <exception cref="FileNotFoundException">There is no file at <paramref name="path"/>.</exception>
    /// <exception cref="TrajectoryLogException">The header is missing, damaged, or of another format version.</exception>
    public static TrajectoryReader Open(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new FileNotFoundException($"Trajectory log '{path}' does not exist.", path, e);
        }
        return Start(stream, leaveOpen: false, path);
    }

    /// <summary>Reads and validates a log header from <paramref name="stream"/>, starting at its current position.</summary>
    /// <param name="stream">A readable stream; byte offsets in errors count from its position at this call.</param>
    /// <param name="leaveOpen">Keep <paramref name="stream"/> open when the reader is disposed.</param>
    /// <param name="sourceName">Names the log in error messages; "&lt;stream&gt;" if null.</param>
    /// <exception cref="TrajectoryLogException">The header is missing, damaged, or of another format version.</exception>
    public static TrajectoryReader Open(Stream stream, bool leaveOpen = false, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanRead)
            throw new ArgumentException("The stream cannot be read, so no trajectory log can be read from it.", nameof(stream));
        return Start(stream, leaveOpen, sourceName ?? DefaultSourceName);
    }

    /// <summary>The format version of the log: 1 or 2.</summary>
    public int FormatVersion { get; }

    /// <summary>
    /// The end-of-run record, once <see cref="TryReadNext"/> has reached it; null before that, and always for a
    /// version 1 log, which has none.
    /// </summary>
    public TrajectorySeal? Seal { get; private set; }

    /// <summary>Offset, from the start of the log, of the first byte of the record last returned by <see cref="TryReadNext"/>.</summary>
    public long LastRecordOffset { get; private set; }

    /// <summary>The name of the log in messages: its path, or the name given for a stream.</summary>
    public string SourceName => _source;

    /// <summary>The run's metadata, in the order it was written.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Metadata { get; }

    /// <summary>The metadata value of <paramref name="key"/>, or null if the log has no such key.</summary>
    public string? this[string key] => _lookup.GetValueOrDefault(key);

    /// <summary>Reads and validates the next record.</summary>
    /// <param name="record">The record; default when the method returns false.</param>
    /// <returns>
    /// True if a record was read; false at the end of the log: for version 2 after its end-of-run record (then in
    /// <see cref="Seal"/>), for version 1 right after a whole record or the header.
    /// </returns>
    /// <exception cref="TrajectoryLogException">
    /// The record is truncated, fails its checksum or length check, lacks the record marker, or holds another step
    /// index than its position; the end-of-run record is damaged or followed by more bytes; or a version 2 log ends
    /// without one (<see cref="TrajectoryLogErrorKind.Unsealed"/>). The exception names the record index and byte offset.
    /// </exception>
    public bool TryReadNext(out TrajectoryRecord record)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_error is not null)
            ExceptionDispatchInfo.Throw(_error);

        record = default;
        if (Seal is not null)
            return false;
        long start = _offset;
        Span<byte> framing = _buffer.AsSpan(0, TrajectoryFormat.FramingSize);
        int got = Read(framing[..1]);
        if (got == 0)
        {
            if (FormatVersion >= 2)
                throw RecordError(start, TrajectoryLogErrorKind.Unsealed,
                    $"ends after {_nextIndex} records (at byte {start}) without its end-of-run record: the run did not finish (it was killed, crashed, or is still running)");
            return false;
        }
        if (framing[0] == TrajectoryFormat.SealMarker && FormatVersion >= 2)
        {
            ReadSeal(start);
            return false;
        }
        if (framing[0] != TrajectoryFormat.RecordMarker)
            throw RecordError(start, TrajectoryLogErrorKind.BadRecordMarker,
                $"starts with byte 0x{framing[0]:X2} where the record marker 0x{TrajectoryFormat.RecordMarker:X2} belongs");
        got += Read(framing[1..]);
        if (got < TrajectoryFormat.FramingSize)
            throw RecordError(start, TrajectoryLogErrorKind.Truncated,
                $"is truncated (needs at least {TrajectoryFormat.FramingSize} bytes to know its length, {got} remain)");

        int lossCount = BinaryPrimitives.ReadUInt16LittleEndian(framing[TrajectoryFormat.LossCountOffset..]);
        int coefficientCount = BinaryPrimitives.ReadUInt16LittleEndian(framing[TrajectoryFormat.CoefficientCountOffset..]);
        ushort storedCheck = BinaryPrimitives.ReadUInt16LittleEndian(framing[TrajectoryFormat.LengthCheckOffset..]);
        ushort computedCheck = TrajectoryFormat.LengthCheck(framing);
        if (storedCheck != computedCheck)
            throw RecordError(start, TrajectoryLogErrorKind.BadLength,
                $"has damaged counts ({lossCount} losses, {coefficientCount} coefficients; length check 0x{storedCheck:X4}, computed 0x{computedCheck:X4})");

        int size = TrajectoryFormat.RecordSize(lossCount, coefficientCount);
        if (_buffer.Length < size)
        {
            var larger = new byte[Math.Max(size, 2 * _buffer.Length)];
            _buffer.AsSpan(0, got).CopyTo(larger);
            _buffer = larger;
        }
        Span<byte> bytes = _buffer.AsSpan(0, size);
        got += Read(bytes[got..]);
        if (got < size)
            throw RecordError(start, TrajectoryLogErrorKind.Truncated, $"is truncated (needs {size} bytes, {got} remain)");

        int crcOffset = size - sizeof(uint);
        uint storedCrc = BinaryPrimitives.ReadUInt32LittleEndian(bytes[crcOffset..]);
        uint computedCrc = Crc32C.Compute(_headerDigest, bytes[..crcOffset]);
        if (storedCrc != computedCrc)
            throw RecordError(start, TrajectoryLogErrorKind.RecordChecksum, FormatVersion >= 2
                ? $"fails its checksum, which covers this log's header too (stored 0x{storedCrc:X8}, computed 0x{computedCrc:X8}): it is damaged, or it was written by another run"
                : $"fails its checksum (stored 0x{storedCrc:X8}, computed 0x{computedCrc:X8})");

        long step = BinaryPrimitives.ReadInt64LittleEndian(bytes[TrajectoryFormat.StepOffset..]);
        if (step != _nextIndex)
            throw RecordError(start, TrajectoryLogErrorKind.OutOfSequence, $"holds step {step} where step {_nextIndex} belongs");

        ulong seed = BinaryPrimitives.ReadUInt64LittleEndian(bytes[TrajectoryFormat.SeedOffset..]);
        ReadOnlySpan<byte> floats = bytes[TrajectoryFormat.FloatsOffset..crcOffset];
        float[] losses = ReadFloats(floats[..(sizeof(float) * lossCount)]);
        float[] coefficients = ReadFloats(floats[(sizeof(float) * lossCount)..]);
        record = new TrajectoryRecord(step, seed, losses, coefficients);
        LastRecordOffset = start;
        _nextIndex++;
        return true;
    }

    private void ReadSeal(long start)
    {
        Span<byte> seal = _buffer.AsSpan(0, TrajectoryFormat.SealSize);
        int got = 1 + Read(seal[1..]);
        if (got < TrajectoryFormat.SealSize)
            throw RecordError(start, TrajectoryLogErrorKind.Truncated,
                $"is an end-of-run record cut short (needs {TrajectoryFormat.SealSize} bytes, {got} remain)");
        uint storedCrc = BinaryPrimitives.ReadUInt32LittleEndian(seal[TrajectoryFormat.SealCrcOffset..]);
        uint computedCrc = Crc32C.Compute(_headerDigest, seal[..TrajectoryFormat.SealCrcOffset]);
        if (storedCrc != computedCrc)
            throw RecordError(start, TrajectoryLogErrorKind.BadSeal,
                $"is an end-of-run record that fails its checksum (stored 0x{storedCrc:X8}, computed 0x{computedCrc:X8})");
        byte end = seal[TrajectoryFormat.SealEndOffset];
        if (!Enum.IsDefined((TrajectoryEnd)end))
            throw RecordError(start, TrajectoryLogErrorKind.BadSeal, $"is an end-of-run record with an unknown ending {end}");
        long steps = BinaryPrimitives.ReadInt64LittleEndian(seal[TrajectoryFormat.SealStepsOffset..]);
        if (steps != _nextIndex)
            throw RecordError(start, TrajectoryLogErrorKind.BadSeal,
                $"is an end-of-run record for {steps} steps, but the log holds {_nextIndex}");
        Span<byte> probe = stackalloc byte[1];
        if (_stream.ReadAtLeast(probe, 1, throwOnEndOfStream: false) != 0)
            throw RecordError(_offset, TrajectoryLogErrorKind.DataAfterSeal,
                $"is followed by more bytes after its end-of-run record, which must end the log");
        Seal = new TrajectorySeal(steps, (TrajectoryEnd)end, seal.Slice(TrajectoryFormat.SealDigestOffset, SHA256.HashSizeInBytes).ToArray());
    }

    /// <summary>Reads every remaining record, refusing the whole log if any record is bad (or a version 2 log is unsealed).</summary>
    /// <exception cref="TrajectoryLogException">The first bad record; no record is returned.</exception>
    public IReadOnlyList<TrajectoryRecord> ReadAll()
    {
        var records = new List<TrajectoryRecord>();
        while (TryReadNext(out var record))
            records.Add(record);
        return records;
    }

    /// <summary>
    /// Reads the remaining records up to the first bad one, to recover a run after a crash: a record cut short by the
    /// crash, or the missing end-of-run record, ends the prefix instead of throwing.
    /// </summary>
    /// <returns>The good records, and the error describing the first bad record, or null if the log is whole.</returns>
    public (IReadOnlyList<TrajectoryRecord> Records, TrajectoryLogException? FirstError) ReadValidPrefix()
    {
        var records = new List<TrajectoryRecord>();
        try
        {
            while (TryReadNext(out var record))
                records.Add(record);
        }
        catch (TrajectoryLogException e)
        {
            return (records, e);
        }
        return (records, null);
    }

    /// <summary>Closes the stream unless the reader was opened with leaveOpen.</summary>
    public void Dispose()
    {
        if (_disposed)
            return;
        _disposed = true;
        if (!_leaveOpen)
            _stream.Dispose();
    }

    private static TrajectoryReader Start(Stream stream, bool leaveOpen, string source)
    {
        try
        {
            return ReadHeader(stream, leaveOpen, source);
        }
        catch
        {
            if (!leaveOpen)
                stream.Dispose();
            throw;
        }
    }

    private static TrajectoryReader ReadHeader(Stream stream, bool leaveOpen, string source)
    {
        Span<byte> fixedPart = stackalloc byte[TrajectoryFormat.MetadataOffset];
        int got = stream.ReadAtLeast(fixedPart, fixedPart.Length, throwOnEndOfStream: false);

        // A short file that starts like a log is a log cut short; one that does not is something else entirely.
        int magicSeen = Math.Min(got, TrajectoryFormat.Magic.Length);
        if (!fixedPart[..magicSeen].SequenceEqual(TrajectoryFormat.Magic[..magicSeen]))
            throw HeaderError(source, TrajectoryLogErrorKind.BadMagic,
                $"does not start with the magic \"ZOTRJLOG\" (found {Convert.ToHexString(fixedPart[..magicSeen])}), so this is not a trajectory log");
        if (got >= TrajectoryFormat.MetadataLengthOffset)
        {
            // The version is checked before the CRC because another version may lay out the rest of its header differently.
            ushort version = BinaryPrimitives.ReadUInt16LittleEndian(fixedPart[TrajectoryFormat.VersionOffset..]);
            if (version is < TrajectoryFormat.OldestReadableVersion or > TrajectoryFormat.Version)
                throw HeaderError(source, TrajectoryLogErrorKind.UnsupportedVersion,
                    $"declares format version {version}, but this reader supports versions {TrajectoryFormat.OldestReadableVersion} to {TrajectoryFormat.Version} only");
        }
        if (got < fixedPart.Length)
            throw HeaderError(source, TrajectoryLogErrorKind.Truncated,
                $"is truncated (needs at least {TrajectoryFormat.HeaderFixedSize} bytes, {got} remain)");

        uint metadataLength = BinaryPrimitives.ReadUInt32LittleEndian(fixedPart[TrajectoryFormat.MetadataLengthOffset..]);
        if (metadataLength > TrajectoryFormat.MaxMetadataBytes)
            throw HeaderError(source, TrajectoryLogErrorKind.BadLength,
                $"declares {metadataLength} bytes of metadata, more than the {TrajectoryFormat.MaxMetadataBytes} a log may hold");

        var header = new byte[TrajectoryFormat.HeaderFixedSize + (int)metadataLength];
        fixedPart.CopyTo(header);
        got += stream.ReadAtLeast(header.AsSpan(got), header.Length - got, throwOnEndOfStream: false);
        if (got < header.Length)
            throw HeaderError(source, TrajectoryLogErrorKind.Truncated, $"is truncated (needs {header.Length} bytes, {got} remain)");

        int crcOffset = header.Length - sizeof(uint);
        uint storedCrc = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(crcOffset));
        uint computedCrc = Crc32C.Compute(header.AsSpan(0, crcOffset));
        if (storedCrc != computedCrc)
            throw HeaderError(source, TrajectoryLogErrorKind.HeaderChecksum,
                $"fails its checksum (stored 0x{storedCrc:X8}, computed 0x{computedCrc:X8})");

        var (metadata, lookup) = ParseMetadata(header.AsSpan(TrajectoryFormat.MetadataOffset, (int)metadataLength), source);
        int formatVersion = BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(TrajectoryFormat.VersionOffset));
        byte[] digest = formatVersion >= 2 ? TrajectoryFormat.HeaderDigest(header) : [];
        return new TrajectoryReader(stream, leaveOpen, source, metadata, lookup, header.Length, formatVersion, digest);
    }

    private static (KeyValuePair<string, string>[] Metadata, Dictionary<string, string> Lookup) ParseMetadata(ReadOnlySpan<byte> utf8, string source)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(utf8);
        }
        catch (DecoderFallbackException)
        {
            throw HeaderError(source, TrajectoryLogErrorKind.BadMetadata, "holds metadata that is not valid UTF-8");
        }
        var metadata = new List<KeyValuePair<string, string>>();
        var lookup = new Dictionary<string, string>(StringComparer.Ordinal);
        if (text.Length == 0)
            return ([], lookup);
        if (text[^1] != '\n')
            throw HeaderError(source, TrajectoryLogErrorKind.BadMetadata, "holds metadata whose last line is not ended by a line feed");

        foreach (var range in text.AsSpan(0, text.Length - 1).Split('\n'))
        {
            string line = text[range];
            int equals = line.IndexOf('=');
            if (equals <= 0 || line.Contains('\r'))
                throw HeaderError(source, TrajectoryLogErrorKind.BadMetadata,
                    $"holds metadata line {metadata.Count} that is not of the form key=value with a non-empty key");
            string key = line[..equals];
            string value = line[(equals + 1)..];
            if (!lookup.TryAdd(key, value))
                throw HeaderError(source, TrajectoryLogErrorKind.BadMetadata, $"holds metadata key '{key}' twice");
            metadata.Add(new(key, value));
        }
        return (metadata.ToArray(), lookup);
    }

    private static TrajectoryLogException HeaderError(string source, TrajectoryLogErrorKind kind, string problem) =>
        new(source, recordIndex: -1, byteOffset: 0, kind, problem);

    private TrajectoryLogException RecordError(long start, TrajectoryLogErrorKind kind, string problem) =>
        _error = new TrajectoryLogException(_source, _nextIndex, start, kind, problem);

    private int Read(Span<byte> destination)
    {
        int got = _stream.ReadAtLeast(destination, destination.Length, throwOnEndOfStream: false);
        _offset += got;
        return got;
    }

    private static float[] ReadFloats(ReadOnlySpan<byte> bytes)
    {
        var values = new float[bytes.Length / sizeof(float)];
        for (int i = 0; i < values.Length; i++)
            values[i] = BinaryPrimitives.ReadSingleLittleEndian(bytes[(sizeof(float) * i)..]);
        return values;
    }
}
