using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace ZoEngine.Trajectory;

/// <summary>How <see cref="TrajectoryWriter.Create(string, IReadOnlyList{KeyValuePair{string, string}}, TrajectoryWriterOptions)"/> treats the file.</summary>
public sealed record TrajectoryWriterOptions
{
    /// <summary>
    /// Replace a log that already exists at the path. Without it an existing file is refused and kept. Either way the
    /// old file stays whole until the new log holds its first step (or its seal): the new log is written under a
    /// temporary name in the same folder and renamed over the old one then, in one atomic step.
    /// </summary>
    public bool Overwrite { get; init; }

    /// <summary>
    /// Flush each record to the disk, not just to the operating system, so that a power loss (not only a process crash)
    /// loses at most the step in flight. Costs one fsync per step.
    /// </summary>
    public bool Durable { get; init; }
}

/// <summary>
/// Appends one record per training step to a trajectory log (format version 2, docs/trajectory-log.md), so that a run
/// can be replayed bit for bit, and seals it with an end-of-run record. Each record goes to the stream in one write
/// followed by a flush, so a crash loses at most the step in flight, and a reader recovers every earlier step with
/// <see cref="TrajectoryReader.ReadValidPrefix"/>; a log whose run did not finish has no seal, and readers say so.
/// </summary>
/// <remarks>
/// A writer created on a path holds the log's lock file (<c>LOG.lock</c>) until it is disposed, so a second writer on
/// the same path is refused whichever process it is in, and it never replaces an existing file unless told to.
/// Not thread-safe: one training loop owns one writer.
/// </remarks>
public sealed class TrajectoryWriter : IDisposable
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly Stream _stream;
    private readonly bool _leaveOpen;
    private readonly bool _durable;
    private readonly byte[] _headerDigest;
    // Reused for every record and grown only when a larger record comes, so that steady-state appends allocate nothing.
    // The initial size holds a record of up to 25 floats, and the seal.
    private byte[] _buffer = new byte[128];
    private FileStream? _lock;
    // Set while the log is written under a temporary name; cleared once it is renamed onto its path.
    private string? _pendingTemp;
    private string? _path;
    private bool _overwrite;
    private bool _faulted;
    private bool _disposed;

    private TrajectoryWriter(Stream stream, bool leaveOpen, bool durable, byte[] headerDigest)
    {
        _stream = stream;
        _leaveOpen = leaveOpen;
        _durable = durable;
        _headerDigest = headerDigest;
    }

    /// <summary>Creates the log file at <paramref name="path"/> and writes its header; refuses an existing file.</summary>
    /// <param name="path">The log file.</param>
    /// <param name="metadata">
    /// What the run was, in order: problem, dimension, seeds, optimizer, hyperparameters. Keys are non-empty and contain
    /// no '=' and no line break; values contain no line break; keys are distinct.
    /// </param>
    /// <param name="durable">Flush each record to the disk (<see cref="TrajectoryWriterOptions.Durable"/>).</param>
    /// <exception cref="ArgumentException">The metadata breaks one of the rules above; the file is not touched.</exception>
    /// <exception cref="TrajectoryLogExistsException">A file or folder is at <paramref name="path"/>; it is kept.</exception>
    /// <exception cref="TrajectoryLogLockedException">Another writer holds the log's lock.</exception>
    public static TrajectoryWriter Create(string path, IReadOnlyList<KeyValuePair<string, string>> metadata, bool durable = false) =>
        Create(path, metadata, new TrajectoryWriterOptions { Durable = durable });

    /// <summary>
    /// Takes the log's lock, checks the path, and writes the header to a temporary file beside it, which becomes the log
    /// at <paramref name="path"/> when the first step (or the seal) is written. A writer disposed before that leaves
    /// the path as it was.
    /// </summary>
    /// <param name="path">The log file.</param>
    /// <param name="metadata">As for <see cref="Create(string, IReadOnlyList{KeyValuePair{string, string}}, bool)"/>.</param>
    /// <param name="options">Whether an existing log may be replaced, and durability.</param>
    /// <exception cref="ArgumentException">The metadata breaks a rule; the file is not touched.</exception>
    /// <exception cref="TrajectoryLogExistsException">
    /// A folder is at <paramref name="path"/>, or a file is and <see cref="TrajectoryWriterOptions.Overwrite"/> is not set.
    /// </exception>
    /// <exception cref="TrajectoryLogLockedException">Another writer holds the log's lock.</exception>
    public static TrajectoryWriter Create(string path, IReadOnlyList<KeyValuePair<string, string>> metadata, TrajectoryWriterOptions options)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(options);
        byte[] header = EncodeHeader(metadata);
        string full = Path.GetFullPath(path);
        if (Directory.Exists(full))
            throw new TrajectoryLogExistsException(path, isFolder: true);
        FileStream lockFile = LogFileLock.Acquire(path);
        FileStream? stream = null;
        string temp = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        try
        {
            // Checked under the lock, so that no other writer of this log can create the file between check and rename.
            if (!options.Overwrite && File.Exists(full))
                throw new TrajectoryLogExistsException(path, isFolder: false);
            // No FileStream buffer: each record reaches the operating system in the Write call that carries it. The
            // temporary name is this log's alone while its lock is held, so a leftover of a killed writer is replaced.
            // FileShare.Delete lets it be renamed while open, which Windows otherwise refuses.
            stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.Read | FileShare.Delete, bufferSize: 0);
            var writer = Start(stream, header, leaveOpen: false, options.Durable);
            writer._lock = lockFile;
            writer._pendingTemp = temp;
            writer._path = full;
            writer._overwrite = options.Overwrite;
            return writer;
        }
        catch
        {
            stream?.Dispose();
            TryDelete(temp);
            lockFile.Dispose();
            throw;
        }
    }

    /// <summary>Writes a log header to <paramref name="stream"/> at its current position and returns a writer for the records.</summary>
    /// <param name="stream">A writable stream; the log starts at its current position.</param>
    /// <param name="metadata">As for <see cref="Create(string, IReadOnlyList{KeyValuePair{string, string}}, bool)"/>.</param>
    /// <param name="leaveOpen">Keep <paramref name="stream"/> open when the writer is disposed.</param>
    /// <param name="durable">
    /// If <paramref name="stream"/> is a <see cref="FileStream"/>, flush each record to the disk; other streams get
    /// their ordinary <see cref="Stream.Flush"/>.
    /// </param>
    /// <exception cref="ArgumentException">The metadata breaks a rule, or the stream cannot be written.</exception>
    public static TrajectoryWriter Create(Stream stream, IReadOnlyList<KeyValuePair<string, string>> metadata, bool leaveOpen = false, bool durable = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanWrite)
            throw new ArgumentException("The stream cannot be written, so it cannot hold a trajectory log.", nameof(stream));
        return Start(stream, EncodeHeader(metadata), leaveOpen, durable);
    }

    /// <summary>Number of records appended so far, which is also the step index the next record must have.</summary>
    public long StepsWritten { get; private set; }

    /// <summary>Whether the end-of-run record has been written; nothing can be appended after it.</summary>
    public bool IsSealed { get; private set; }

    /// <summary>
    /// Appends the record of step <paramref name="step"/>. Allocates nothing once the internal buffer has grown to the
    /// largest record seen.
    /// </summary>
    /// <param name="step">Must equal <see cref="StepsWritten"/>: steps are logged as 0, 1, 2, …</param>
    /// <param name="stepSeed">The seed from which the step's directions were derived.</param>
    /// <param name="losses">Losses measured by the step, at most 65535. [lossCount]</param>
    /// <param name="coefficients">Coefficients applied by the step, at most 65535. [coefficientCount]</param>
    /// <exception cref="InvalidOperationException">
    /// <paramref name="step"/> is out of order, or an earlier write failed and the log may end in a partial record.
    /// </exception>
    /// <exception cref="ArgumentException">More than 65535 losses or coefficients.</exception>
    public void Append(long step, ulong stepSeed, ReadOnlySpan<float> losses, ReadOnlySpan<float> coefficients)
    {
        ThrowIfCannotWrite();
        if (step != StepsWritten)
            throw new InvalidOperationException(
                $"Step {step} was appended where step {StepsWritten} was expected; a trajectory log holds steps 0, 1, 2, … in order so that replay can trust every step index.");
        ThrowIfTooMany(losses.Length, nameof(losses));
        ThrowIfTooMany(coefficients.Length, nameof(coefficients));

        int size = TrajectoryFormat.RecordSize(losses.Length, coefficients.Length);
        if (_buffer.Length < size)
            _buffer = new byte[Math.Max(size, 2 * _buffer.Length)];
        Span<byte> record = _buffer.AsSpan(0, size);
        EncodeRecord(record, step, stepSeed, losses, coefficients);
        WriteAndPublish(record);
        StepsWritten++;
    }

    /// <summary>
    /// Writes the end-of-run record: the number of steps, how the run ended, and the SHA-256 of θ after the last
    /// step. A log without it reads as unfinished. Nothing can be appended after it.
    /// </summary>
    /// <param name="end">How the run ended.</param>
    /// <param name="parametersSha256">SHA-256 of θ now (<see cref="ParameterDigest.Sha256"/>). [32]</param>
    /// <exception cref="InvalidOperationException">The log is already sealed, or an earlier write failed.</exception>
    /// <exception cref="ArgumentException">The hash is not 32 bytes, or <paramref name="end"/> is not a defined value.</exception>
    public void Seal(TrajectoryEnd end, ReadOnlySpan<byte> parametersSha256)
    {
        ThrowIfCannotWrite();
        if (parametersSha256.Length != SHA256.HashSizeInBytes)
            throw new ArgumentException($"A SHA-256 is {SHA256.HashSizeInBytes} bytes; got {parametersSha256.Length}.", nameof(parametersSha256));
        if (!Enum.IsDefined(end))
            throw new ArgumentException($"{(byte)end} is not a way a run ends.", nameof(end));
        Span<byte> seal = _buffer.AsSpan(0, TrajectoryFormat.SealSize);
        seal[0] = TrajectoryFormat.SealMarker;
        seal[TrajectoryFormat.SealEndOffset] = (byte)end;
        BinaryPrimitives.WriteInt64LittleEndian(seal[TrajectoryFormat.SealStepsOffset..], StepsWritten);
        parametersSha256.CopyTo(seal[TrajectoryFormat.SealDigestOffset..]);
        BinaryPrimitives.WriteUInt32LittleEndian(seal[TrajectoryFormat.SealCrcOffset..],
            Crc32C.Compute(_headerDigest, seal[..TrajectoryFormat.SealCrcOffset]));
        WriteAndPublish(seal);
        IsSealed = true;
    }

    /// <summary>Seals the log with the hash of <paramref name="parameters"/> (<see cref="Seal(TrajectoryEnd, ReadOnlySpan{byte})"/>).</summary>
    public void Seal(TrajectoryEnd end, ParameterSet parameters) => Seal(end, ParameterDigest.Sha256(parameters));

    /// <summary>
    /// Closes the stream unless the writer was created with leaveOpen, and releases the log's lock. Every record is
    /// already flushed. A log that never got a step or a seal was never renamed onto its path: its temporary file is
    /// deleted and the path is left as it was.
    /// </summary>
    public void Dispose()
    {
        if (_disposed)
            return;
        _disposed = true;
        if (!_leaveOpen)
            _stream.Dispose();
        if (_pendingTemp is not null)
            TryDelete(_pendingTemp);
        _lock?.Dispose();
    }

    private void ThrowIfCannotWrite()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_faulted)
            throw new InvalidOperationException(
                "An earlier write to this trajectory log failed, so the log may end in a partial record; appending after it would hide that damage.");
        if (IsSealed)
            throw new InvalidOperationException("The trajectory log is sealed: its end-of-run record is written, and nothing may follow it.");
    }

    private void WriteAndPublish(ReadOnlySpan<byte> bytes)
    {
        try
        {
            _stream.Write(bytes);
            Flush();
            if (_pendingTemp is not null)
            {
                // The run has taken its first step: only now does the new log replace whatever was at the path.
                File.Move(_pendingTemp, _path!, _overwrite);
                _pendingTemp = null;
            }
        }
        catch
        {
            _faulted = true;
            throw;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover temporary file is replaced by the next writer of this log; failing here would hide the real error.
        }
    }

    private static TrajectoryWriter Start(Stream stream, byte[] header, bool leaveOpen, bool durable)
    {
        var writer = new TrajectoryWriter(stream, leaveOpen, durable, TrajectoryFormat.HeaderDigest(header));
        try
        {
            stream.Write(header);
            writer.Flush();
        }
        catch
        {
            writer.Dispose();
            throw;
        }
        return writer;
    }

    private void Flush()
    {
        if (_durable && _stream is FileStream file)
            file.Flush(flushToDisk: true);
        else
            _stream.Flush();
    }

    private static void ThrowIfTooMany(int count, string paramName)
    {
        if (count > ushort.MaxValue)
            throw new ArgumentException(
                $"A step logs at most {ushort.MaxValue} values per list (the count is stored as a uint16); got {count}.", paramName);
    }

    private void EncodeRecord(Span<byte> record, long step, ulong stepSeed, ReadOnlySpan<float> losses, ReadOnlySpan<float> coefficients)
    {
        TrajectoryFormat.WriteFraming(record, losses.Length, coefficients.Length);
        BinaryPrimitives.WriteInt64LittleEndian(record[TrajectoryFormat.StepOffset..], step);
        BinaryPrimitives.WriteUInt64LittleEndian(record[TrajectoryFormat.SeedOffset..], stepSeed);
        Span<byte> floats = record[TrajectoryFormat.FloatsOffset..];
        foreach (float loss in losses)
        {
            BinaryPrimitives.WriteSingleLittleEndian(floats, loss);
            floats = floats[sizeof(float)..];
        }
        foreach (float coefficient in coefficients)
        {
            BinaryPrimitives.WriteSingleLittleEndian(floats, coefficient);
            floats = floats[sizeof(float)..];
        }
        int crcOffset = record.Length - sizeof(uint);
        BinaryPrimitives.WriteUInt32LittleEndian(record[crcOffset..], Crc32C.Compute(_headerDigest, record[..crcOffset]));
    }

    private static byte[] EncodeHeader(IReadOnlyList<KeyValuePair<string, string>> metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        var text = new StringBuilder();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < metadata.Count; i++)
        {
            var (key, value) = metadata[i];
            if (string.IsNullOrEmpty(key))
                throw new ArgumentException($"Metadata entry {i} has an empty key; a value needs a key to be looked up by.", nameof(metadata));
            if (key.Contains('='))
                throw new ArgumentException($"Metadata key '{key}' (entry {i}) contains '=', which the log uses to separate key from value.", nameof(metadata));
            if (key.AsSpan().ContainsAny('\n', '\r'))
                throw new ArgumentException($"Metadata key of entry {i} contains a line break, which the log uses to end an entry.", nameof(metadata));
            if (value is null)
                throw new ArgumentException($"Metadata value of '{key}' (entry {i}) is null; log an empty string for an empty value.", nameof(metadata));
            if (value.AsSpan().ContainsAny('\n', '\r'))
                throw new ArgumentException($"Metadata value of '{key}' (entry {i}) contains a line break, which the log uses to end an entry.", nameof(metadata));
            if (!seen.TryAdd(key, i))
                throw new ArgumentException($"Metadata key '{key}' appears twice (entries {seen[key]} and {i}), so a lookup by key would be ambiguous.", nameof(metadata));
            text.Append(key).Append('=').Append(value).Append('\n');
        }

        byte[] utf8;
        try
        {
            utf8 = StrictUtf8.GetBytes(text.ToString());
        }
        catch (EncoderFallbackException e)
        {
            throw new ArgumentException("Metadata contains a lone UTF-16 surrogate, which has no UTF-8 form and would not read back as written.", nameof(metadata), e);
        }
        if (utf8.Length > TrajectoryFormat.MaxMetadataBytes)
            throw new ArgumentException(
                $"Metadata takes {utf8.Length} bytes as UTF-8; a trajectory log holds at most {TrajectoryFormat.MaxMetadataBytes}.", nameof(metadata));

        var header = new byte[TrajectoryFormat.HeaderFixedSize + utf8.Length];
        TrajectoryFormat.Magic.CopyTo(header);
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(TrajectoryFormat.VersionOffset), TrajectoryFormat.Version);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(TrajectoryFormat.MetadataLengthOffset), (uint)utf8.Length);
        utf8.CopyTo(header.AsSpan(TrajectoryFormat.MetadataOffset));
        int crcOffset = header.Length - sizeof(uint);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(crcOffset), Crc32C.Compute(header.AsSpan(0, crcOffset)));
        return header;
    }
}
