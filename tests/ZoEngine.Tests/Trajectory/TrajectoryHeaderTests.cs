using System.Buffers.Binary;
using System.Text;
using NUnit.Framework;
using ZoEngine.Trajectory;
using static ZoEngine.Tests.Trajectory.TrajectoryTestLogs;

namespace ZoEngine.Tests.Trajectory;

public sealed class TrajectoryHeaderTests
{
    // Header offsets from docs/trajectory-log.md.
    private const int VersionOffset = 8;
    private const int MetadataLengthOffset = 10;
    private const int MetadataOffset = 14;

    [TestCase((ushort)0)]
    [TestCase((ushort)3)]
    [TestCase(ushort.MaxValue)]
    public void AnotherVersionIsUnsupportedAndNamed(ushort version)
    {
        var (bytes, boundaries) = Write(Metadata, SmallSteps());
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(VersionOffset), version);
        // Re-seal the header, so that only the version can be what is refused.
        int crcOffset = (int)boundaries[0] - 4;
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(crcOffset), Crc32C.Compute(bytes.AsSpan(0, crcOffset)));

        var error = CatchLogError(() => Open(bytes));
        Assert.That(error.Kind, Is.EqualTo(TrajectoryLogErrorKind.UnsupportedVersion));
        Assert.That(error.RecordIndex, Is.EqualTo(-1));
        Assert.That(error.Message, Does.Contain($"format version {version}"));
    }

    [Test]
    public void AFileWithoutTheMagicIsNotALog()
    {
        byte[] text = Encoding.UTF8.GetBytes("step,loss\n0,1.5\n1,1.25\n");
        var error = CatchLogError(() => Open(text));
        Assert.That(error.Kind, Is.EqualTo(TrajectoryLogErrorKind.BadMagic));
        Assert.That(error.RecordIndex, Is.EqualTo(-1));
        Assert.That(error.ByteOffset, Is.EqualTo(0));

        var (bytes, _) = Write(Metadata, SmallSteps());
        bytes[7] = (byte)'X';
        Assert.That(CatchLogError(() => Open(bytes)).Kind, Is.EqualTo(TrajectoryLogErrorKind.BadMagic));
    }

    // A short file that is not a prefix of the magic is something else, not a log cut short.
    [Test]
    public void AShortFileThatDiffersFromTheMagicIsBadMagic()
    {
        var error = CatchLogError(() => Open("ZOX"u8.ToArray()));
        Assert.That(error.Kind, Is.EqualTo(TrajectoryLogErrorKind.BadMagic));
    }

    [Test]
    public void AMetadataLengthBeyondTheLimitIsBadLength()
    {
        var (bytes, _) = Write(Metadata, SmallSteps());
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(MetadataLengthOffset), (1u << 20) + 1);
        var error = CatchLogError(() => Open(bytes));
        Assert.That(error.Kind, Is.EqualTo(TrajectoryLogErrorKind.BadLength));
    }

    // Only another writer can produce these: the CRC holds, but the text is not key=value lines.
    [TestCase("problem=quadratic")]
    [TestCase("problem\n")]
    [TestCase("=quadratic\n")]
    [TestCase("a=1\n\nb=2\n")]
    [TestCase("a=1\na=2\n")]
    [TestCase("a=1\r\n")]
    public void MalformedMetadataUnderAValidChecksumIsBadMetadata(string metadata)
    {
        var error = CatchLogError(() => Open(SealedHeader(Encoding.UTF8.GetBytes(metadata))));
        Assert.That(error.Kind, Is.EqualTo(TrajectoryLogErrorKind.BadMetadata));
    }

    [Test]
    public void MetadataThatIsNotUtf8IsBadMetadata()
    {
        var error = CatchLogError(() => Open(SealedHeader([(byte)'a', (byte)'=', 0xC3, 0x28, (byte)'\n'])));
        Assert.That(error.Kind, Is.EqualTo(TrajectoryLogErrorKind.BadMetadata));
    }

    [Test]
    public void AHandSealedHeaderIsReadLikeAWrittenOne()
    {
        using var reader = Open(SealedHeader("a=1\nb=x=y\n"u8.ToArray()));
        Assert.That(reader.Metadata, Is.EqualTo(new KeyValuePair<string, string>[] { new("a", "1"), new("b", "x=y") }));
    }

    [Test]
    public void OpeningAMissingFileNamesThePath()
    {
        string path = Path.Combine(Path.GetTempPath(), $"no-such-log-{Guid.NewGuid():N}", "run.zolog");
        FileNotFoundException? caught = null;
        try
        {
            TrajectoryReader.Open(path).Dispose();
        }
        catch (FileNotFoundException e)
        {
            caught = e;
        }
        Assert.That(caught, Is.Not.Null);
        Assert.That(caught!.FileName, Is.EqualTo(path));
        Assert.That(caught.Message, Does.Contain(path));
    }

    [Test]
    public void ABadFileHeaderNamesThePath()
    {
        string path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "not a log");
            var error = CatchLogError(() => TrajectoryReader.Open(path));
            Assert.That(error.Source, Is.EqualTo(path));
            Assert.That(error.Message, Does.StartWith($"trajectory log '{path}': header at byte 0 "));
        }
        finally
        {
            File.Delete(path);
        }
    }

    // Builds a version 1 header around arbitrary metadata bytes, following the documented layout.
    private static byte[] SealedHeader(byte[] metadata)
    {
        var header = new byte[MetadataOffset + metadata.Length + 4];
        "ZOTRJLOG"u8.CopyTo(header);
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(VersionOffset), 1);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(MetadataLengthOffset), (uint)metadata.Length);
        metadata.CopyTo(header.AsSpan(MetadataOffset));
        int crcOffset = header.Length - 4;
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(crcOffset), Crc32C.Compute(header.AsSpan(0, crcOffset)));
        return header;
    }
}
