using System.Buffers.Binary;
using System.Security.Cryptography;

namespace ZoEngine.Trajectory;

/// <summary>
/// Byte layout of trajectory log format versions 1 and 2, shared by <see cref="TrajectoryWriter"/> and
/// <see cref="TrajectoryReader"/>. docs/trajectory-log.md is the specification; every offset here has a row there.
/// Version 2 keeps version 1's header and record layout and adds two things: each record's checksum also covers a
/// digest of the header, so a record cannot be moved into another run's log, and an end-of-run record seals the log.
/// </summary>
internal static class TrajectoryFormat
{
    /// <summary>First eight bytes of every log.</summary>
    public static ReadOnlySpan<byte> Magic => "ZOTRJLOG"u8;

    /// <summary>The version this code writes.</summary>
    public const ushort Version = 2;

    /// <summary>The oldest version this code reads: version 1 logs, with no header binding and no seal, stay readable.</summary>
    public const ushort OldestReadableVersion = 1;

    /// <summary>Bytes of the header digest that version 2 record checksums cover.</summary>
    public const int HeaderDigestSize = 8;

    public const int VersionOffset = 8;
    public const int MetadataLengthOffset = 10;
    public const int MetadataOffset = 14;

    /// <summary>Header bytes besides the metadata: magic, version, metadata length and the trailing CRC.</summary>
    public const int HeaderFixedSize = MetadataOffset + sizeof(uint);

    /// <summary>
    /// Upper bound on the metadata, so that a damaged length field is reported instead of being trusted with a huge
    /// allocation; a megabyte is far more than any run description needs.
    /// </summary>
    public const int MaxMetadataBytes = 1 << 20;

    /// <summary>
    /// First byte of every record. Neither 0x00 nor 0xFF, so a tail that a crash left zero-filled (or erased flash)
    /// reads as a bad marker, never as a record; not ASCII, so a text file appended by mistake is caught at once.
    /// </summary>
    public const byte RecordMarker = 0xA7;

    public const int LossCountOffset = 1;
    public const int CoefficientCountOffset = 3;
    public const int LengthCheckOffset = 5;
    public const int StepOffset = 7;
    public const int SeedOffset = 15;
    public const int FloatsOffset = 23;

    /// <summary>
    /// The bytes a reader must see before it may trust the record length: marker, both counts and their check.
    /// </summary>
    public const int FramingSize = StepOffset;

    /// <summary>Bytes of a record besides its floats: framing, step, seed and the trailing CRC.</summary>
    public const int RecordOverhead = FloatsOffset + sizeof(uint);

    /// <summary>
    /// First byte of the end-of-run record (version 2). Like <see cref="RecordMarker"/>: neither 0x00 nor 0xFF, not
    /// ASCII, and more than one bit away from the record marker, so one flipped bit cannot turn a step into a seal.
    /// </summary>
    public const byte SealMarker = 0xE5;

    public const int SealEndOffset = 1;
    public const int SealStepsOffset = 2;
    public const int SealDigestOffset = 10;
    public const int SealCrcOffset = SealDigestOffset + SHA256.HashSizeInBytes;

    /// <summary>Size of the end-of-run record: marker, reason, steps, SHA-256 of θ and the CRC.</summary>
    public const int SealSize = SealCrcOffset + sizeof(uint);

    /// <summary>
    /// The digest of a whole header (CRC included) that every version 2 record checksum covers: the first eight bytes
    /// of its SHA-256. Two runs that differ in any metadata byte have different digests, so a record spliced from one
    /// log into another fails its checksum (but for a 2⁻³² chance, the strength of the CRC itself).
    /// </summary>
    public static byte[] HeaderDigest(ReadOnlySpan<byte> header) => SHA256.HashData(header)[..HeaderDigestSize];

    /// <summary>Size in bytes of a record with the given counts (each at most 65535).</summary>
    public static int RecordSize(int lossCount, int coefficientCount) =>
        RecordOverhead + sizeof(float) * (lossCount + coefficientCount);

    /// <summary>
    /// The check stored beside the counts: the low 16 bits of CRC-32C over marker and counts. It lets a reader tell a
    /// damaged count from a truncated record before it reads (or waits for) bytes that the count promises; CRC-32C is
    /// linear, and its low 16 bits change under every single-byte error in those five bytes.
    /// </summary>
    public static ushort LengthCheck(ReadOnlySpan<byte> record) => (ushort)Crc32C.Compute(record[..LengthCheckOffset]);

    /// <summary>Writes marker, counts and their check into the first <see cref="FramingSize"/> bytes.</summary>
    public static void WriteFraming(Span<byte> record, int lossCount, int coefficientCount)
    {
        record[0] = RecordMarker;
        BinaryPrimitives.WriteUInt16LittleEndian(record[LossCountOffset..], (ushort)lossCount);
        BinaryPrimitives.WriteUInt16LittleEndian(record[CoefficientCountOffset..], (ushort)coefficientCount);
        BinaryPrimitives.WriteUInt16LittleEndian(record[LengthCheckOffset..], LengthCheck(record));
    }
}
