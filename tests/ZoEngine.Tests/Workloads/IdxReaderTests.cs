using ZoEngine.Workloads.Data;

namespace ZoEngine.Tests.Workloads;

/// <summary>The IDX reader on good, truncated and damaged files, plain and gzip, written by the tests.</summary>
public class IdxReaderTests
{
    private string _dir = "";

    [SetUp]
    public void SetUp() => _dir = Directory.CreateTempSubdirectory("zo-idx-").FullName;

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    /// <summary>3 images of 2×3 pixels: 16 header bytes and 18 data bytes, all distinct and non-zero.</summary>
    private static readonly byte[] Images = IdxTestFiles.Bytes(IdxReader.UnsignedByte, [3, 2, 3], [.. Enumerable.Range(1, 18).Select(i => (byte)(i * 13))]);

    private static readonly byte[] Labels = IdxTestFiles.Bytes(IdxReader.UnsignedByte, [5], [9, 0, 3, 3, 7]);

    private string Write(string name, byte[] bytes)
    {
        string path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static DatasetException Fails(string path, int rank) =>
        Assert.Throws<DatasetException>(() => IdxReader.Read(path, rank))!;

    [TestCase(false)]
    [TestCase(true)]
    public void Reads_ImagesAndLabels_PlainAndGzip(bool gzip)
    {
        string images = Write(gzip ? "im.gz" : "im", gzip ? IdxTestFiles.Gzip(Images) : Images);
        string labels = Write(gzip ? "lb.gz" : "lb", gzip ? IdxTestFiles.Gzip(Labels) : Labels);
        var a = IdxReader.Read(images, 3);
        Assert.That(a.Dimensions, Is.EqualTo(new[] { 3, 2, 3 }));
        Assert.That(a.Data, Is.EqualTo(Images[16..]));
        var l = IdxReader.Read(labels, 1);
        Assert.That(l.Dimensions, Is.EqualTo(new[] { 5 }));
        Assert.That(l.Data, Is.EqualTo(new byte[] { 9, 0, 3, 3, 7 }));
    }

    [Test]
    public void Gzip_IsRecognisedByItsMagic_WhateverTheName()
    {
        string path = Write("labels-without-extension", IdxTestFiles.Gzip(Labels));
        Assert.That(IdxReader.Read(path, 1).Data, Is.EqualTo(new byte[] { 9, 0, 3, 3, 7 }));
    }

    [Test]
    public void EmptyArray_IsValid()
    {
        string path = Write("empty", IdxTestFiles.Bytes(IdxReader.UnsignedByte, [0, 28, 28], []));
        var a = IdxReader.Read(path, 3);
        Assert.That(a.Dimensions, Is.EqualTo(new[] { 0, 28, 28 }));
        Assert.That(a.Data, Is.Empty);
    }

    [Test]
    public void Truncation_AtEveryOffset_NamesTheFileAndTheOffset()
    {
        for (int length = 0; length < Images.Length; length++)
        {
            string path = Write($"cut{length}", Images[..length]);
            var e = Fails(path, 3);
            Assert.That(e.FilePath, Is.EqualTo(path));
            Assert.That(e.Offset, Is.EqualTo(length), $"cut at {length}: {e.Message}");
            Assert.That(e.Message, Does.Contain(path).And.Contain("truncated").And.Contain($"byte offset {length}"), e.Message);
        }
    }

    [Test]
    public void Truncated_Gzip_NamesTheFile()
    {
        byte[] gz = IdxTestFiles.Gzip(Images);
        // Inside the gzip header, inside the deflate data, and inside the 8-byte CRC/size trailer.
        foreach (int length in new[] { 1, 5, 12, gz.Length / 2, gz.Length - 6, gz.Length - 1 })
        {
            string path = Write($"cut{length}.gz", gz[..length]);
            var e = Fails(path, 3);
            Assert.That(e.FilePath, Is.EqualTo(path));
            Assert.That(e.Message, Does.Contain(path), $"cut at {length}");
            Assert.That(e.Message, Does.Contain("truncated").Or.Contain("damaged"), $"cut at {length}: {e.Message}");
        }
    }

    [Test]
    public void Gzip_CutInsideItsTrailer_IsAnError_AtTheCompressedEnd()
    {
        // The decoder has all the data here and does not complain on its own: the reader checks the trailer itself.
        byte[] gz = IdxTestFiles.Gzip(Images);
        for (int cut = 1; cut <= 8; cut++)
        {
            string path = Write($"trailer{cut}.gz", gz[..^cut]);
            var e = Fails(path, 3);
            Assert.That(e.Offset, Is.EqualTo(gz.Length - cut));
            Assert.That(e.Message, Does.Contain("truncated gzip file").And.Contain($"compressed byte offset {gz.Length - cut}"), e.Message);
        }
    }

    [Test]
    public void Gzip_WithAWrongChecksum_IsAnError()
    {
        byte[] gz = IdxTestFiles.Gzip(Images);
        gz[^8] ^= 0x01; // first byte of the CRC-32
        var e = Fails(Write("crc.gz", gz), 3);
        Assert.That(e.Message, Does.Contain("damaged"), e.Message);
    }

    [Test]
    public void TruncatedData_InGzip_GivesTheDecompressedOffset()
    {
        // A complete gzip stream whose IDX content is cut short: the offset is in the decompressed data.
        string path = Write("short.gz", IdxTestFiles.Gzip(Images[..25]));
        var e = Fails(path, 3);
        Assert.That(e.Offset, Is.EqualTo(25));
        Assert.That(e.Message, Does.Contain("truncated").And.Contain("decompressed byte offset 25").And.Contain("3×2×3"), e.Message);
    }

    [Test]
    public void CorruptGzipBody_IsAnError_NamingTheFile()
    {
        byte[] gz = IdxTestFiles.Gzip(Images);
        // Flip every bit of the first deflate bytes after the 10-byte gzip header: either the deflate stream is invalid
        // or the CRC-32 of the trailer no longer matches; both must be reported, never silently accepted.
        for (int i = 10; i < Math.Min(gz.Length - 8, 16); i++)
            gz[i] ^= 0xFF;
        string path = Write("corrupt.gz", gz);
        var e = Fails(path, 3);
        Assert.That(e.Message, Does.Contain(path));
    }

    [Test]
    public void GzName_WithoutGzipMagic_IsAnError()
    {
        string path = Write("plain.gz", Labels);
        var e = Fails(path, 1);
        Assert.That(e.Message, Does.Contain("gzip magic 1f 8b").And.Contain("starts with 0000"), e.Message);
        Assert.That(e.Offset, Is.EqualTo(0));
        var empty = Fails(Write("empty.gz", []), 1);
        Assert.That(empty.Message, Does.Contain("it is empty"));
    }

    [Test]
    public void BadMagic_IsAnError_AtOffset0()
    {
        byte[] bytes = [.. Labels];
        bytes[0] = 0x50; // 'P', as in a PNG or a text file given by mistake
        var e = Fails(Write("bad-magic", bytes), 1);
        Assert.That(e.Offset, Is.EqualTo(0));
        Assert.That(e.Message, Does.Contain("is not an IDX file").And.Contain("50000801"), e.Message);
    }

    [TestCase((byte)0x0D, "0x0D (32-bit float)")]
    [TestCase((byte)0x09, "0x09 (signed byte)")]
    [TestCase((byte)0x42, "0x42 (not an IDX type)")]
    public void OtherElementTypes_AreRejected_AtOffset2(byte type, string expected)
    {
        byte[] bytes = [.. Labels];
        bytes[2] = type;
        var e = Fails(Write("type", bytes), 1);
        Assert.That(e.Offset, Is.EqualTo(2));
        Assert.That(e.Message, Does.Contain(expected).And.Contain("only 0x08 (unsigned byte)"), e.Message);
    }

    [Test]
    public void WrongDimensionCount_IsRejected_AtOffset3()
    {
        var e = Fails(Write("labels-as-images", Labels), 3);
        Assert.That(e.Offset, Is.EqualTo(3));
        Assert.That(e.Message, Does.Contain("has 1 dimension where 3 are expected"), e.Message);
    }

    [Test]
    public void DataBeyondTheDeclaredArray_IsAnError()
    {
        var e = Fails(Write("long", [.. Labels, 1, 2]), 1);
        Assert.That(e.Offset, Is.EqualTo(Labels.Length));
        Assert.That(e.Message, Does.Contain($"has data after byte {Labels.Length}"), e.Message);
    }

    [Test]
    public void ImpossibleSizes_AreAnError_NotAnAllocation()
    {
        byte[] bytes = IdxTestFiles.Bytes(IdxReader.UnsignedByte, [1, 1, 1], [7]);
        bytes[8] = bytes[9] = bytes[10] = bytes[11] = 0xFF; // rows = 2³² − 1
        var e = Fails(Write("huge", bytes), 3);
        Assert.That(e.Offset, Is.EqualTo(8));
        Assert.That(e.Message, Does.Contain("dimension 1 of size 4294967295"), e.Message);
    }

    [Test]
    public void MissingFile_IsADatasetException()
    {
        string path = Path.Combine(_dir, "nope");
        var e = Fails(path, 1);
        Assert.That(e.FilePath, Is.EqualTo(path));
        Assert.That(e.Message, Does.Contain("Cannot open").And.Contain(path));
    }
}
