using System.Text;
using NUnit.Framework;
using ZoEngine.Trajectory;
using static ZoEngine.Tests.Trajectory.TrajectoryTestLogs;

namespace ZoEngine.Tests.Trajectory;

public sealed class TrajectoryWriterTests
{
    // Field sizes of a record and of the header, from the tables in docs/trajectory-log.md.
    private const int RecordMarker = 1;
    private const int LossCount = 2;
    private const int CoefficientCount = 2;
    private const int LengthCheck = 2;
    private const int StepIndex = 8;
    private const int StepSeed = 8;
    private const int PerFloat = 4;
    private const int RecordCrc = 4;
    private const int Magic = 8;
    private const int Version = 2;
    private const int MetadataLength = 4;
    private const int HeaderCrc = 4;

    [Test]
    public void ATwoSidedSingleQueryRecordHasTheDocumentedSize()
    {
        int expected = RecordMarker + LossCount + CoefficientCount + LengthCheck + StepIndex + StepSeed + PerFloat * (2 + 1) + RecordCrc;
        Assert.That(expected, Is.EqualTo(39), "the size docs/trajectory-log.md states");

        using var stream = new MemoryStream();
        using var writer = TrajectoryWriter.Create(stream, Metadata, leaveOpen: true);
        long before = stream.Length;
        writer.Append(0, 1, [1f, 2f], [3f]);
        Assert.That(stream.Length - before, Is.EqualTo(expected));
    }

    [TestCase(0, 0)]
    [TestCase(5, 0)]
    [TestCase(0, 3)]
    [TestCase(17, 33)]
    public void EveryRecordHasTheDocumentedSize(int losses, int coefficients)
    {
        int expected = RecordMarker + LossCount + CoefficientCount + LengthCheck + StepIndex + StepSeed + PerFloat * (losses + coefficients) + RecordCrc;
        using var stream = new MemoryStream();
        using var writer = TrajectoryWriter.Create(stream, Metadata, leaveOpen: true);
        long before = stream.Length;
        writer.Append(0, 1, new float[losses], new float[coefficients]);
        Assert.That(stream.Length - before, Is.EqualTo(expected));
    }

    [Test]
    public void TheHeaderHasTheDocumentedSize()
    {
        int metadataBytes = Metadata.Sum(entry => Encoding.UTF8.GetByteCount($"{entry.Key}={entry.Value}\n"));
        Assert.That(metadataBytes, Is.GreaterThan(0));
        using var stream = new MemoryStream();
        TrajectoryWriter.Create(stream, Metadata).Dispose();
        Assert.That(stream.ToArray(), Has.Length.EqualTo(Magic + Version + MetadataLength + metadataBytes + HeaderCrc));
    }

    // The worked example of docs/trajectory-log.md, byte for byte; its CRCs and digests were computed with the bitwise
    // definition of CRC-32C and an independent SHA-256 (Python's hashlib), not with Crc32C.Compute.
    [Test]
    public void TheDocumentedExampleLogIsWrittenByteForByte()
    {
        const string expected =
            "5A4F54524A4C4F47" + "0200" + "12000000" + "70726F626C656D3D7175616472617469630A" + "695206B2" +
            "A7" + "0200" + "0100" + "8CA3" + "0000000000000000" + "EFCDAB8967452301" + "0000C03F" + "00000080" + "0000803E" + "E1B1C7E4" +
            "E5" + "00" + "0100000000000000" + "031A5E93E726630D2E7087E4356829DE6907683F3A2ABA769E5155E7A068D167" + "9F4D3011";
        using var theta = new ParameterSet(("w", 2));
        theta[0].AsSpan()[0] = 0.5f;
        theta[0].AsSpan()[1] = -1f;
        using var stream = new MemoryStream();
        using (var writer = TrajectoryWriter.Create(stream, [new("problem", "quadratic")]))
        {
            writer.Append(0, 0x0123456789ABCDEF, [1.5f, -0.0f], [0.25f]);
            writer.Seal(TrajectoryEnd.Completed, theta);
        }
        Assert.That(Convert.ToHexString(stream.ToArray()), Is.EqualTo(expected));
    }

    // Version 1 logs (the worked example of the version 1 specification, CRCs computed bitwise) stay readable: no
    // header binding, no end-of-run record, and a clean end after the last record.
    [Test]
    public void AVersion1LogIsStillRead()
    {
        byte[] v1 = Convert.FromHexString(
            "5A4F54524A4C4F47" + "0100" + "12000000" + "70726F626C656D3D7175616472617469630A" + "0A633A79" +
            "A7" + "0200" + "0100" + "8CA3" + "0000000000000000" + "EFCDAB8967452301" + "0000C03F" + "00000080" + "0000803E" + "7D1D4D9E");
        using var reader = Open(v1);
        Assert.That(reader.FormatVersion, Is.EqualTo(1));
        var (records, error) = reader.ReadValidPrefix();
        Assert.That(error, Is.Null);
        AssertSameRecords(records, [new Step(0, 0x0123456789ABCDEF, [1.5f, -0.0f], [0.25f])]);
        Assert.That(reader.Seal, Is.Null);
    }

    [Test]
    public void StepsMustBeAppendedInOrder()
    {
        using var stream = new MemoryStream();
        using var writer = TrajectoryWriter.Create(stream, Metadata, leaveOpen: true);
        long headerEnd = stream.Length;
        Assert.That(() => writer.Append(1, 0, [1f], []), Throws.InvalidOperationException.With.Message.Contains("step 0 was expected"));

        writer.Append(0, 0, [1f], []);
        long afterFirst = stream.Length;
        Assert.That(afterFirst, Is.GreaterThan(headerEnd));
        Assert.That(() => writer.Append(0, 0, [1f], []), Throws.InvalidOperationException);
        Assert.That(() => writer.Append(2, 0, [1f], []), Throws.InvalidOperationException);
        Assert.That(() => writer.Append(-1, 0, [1f], []), Throws.InvalidOperationException);
        Assert.That(writer.StepsWritten, Is.EqualTo(1));
        Assert.That(stream.Length, Is.EqualTo(afterFirst), "a refused step writes nothing");

        writer.Append(1, 0, [1f], []);
        Assert.That(writer.StepsWritten, Is.EqualTo(2));
    }

    [Test]
    public void MoreThan65535ValuesInAListAreRefused()
    {
        using var writer = TrajectoryWriter.Create(new MemoryStream(), Metadata);
        var tooMany = new float[ushort.MaxValue + 1];
        Assert.That(() => writer.Append(0, 0, tooMany, []), Throws.ArgumentException.With.Property("ParamName").EqualTo("losses"));
        Assert.That(() => writer.Append(0, 0, [], tooMany), Throws.ArgumentException.With.Property("ParamName").EqualTo("coefficients"));
        Assert.That(writer.StepsWritten, Is.EqualTo(0));
    }

    // The buffer grows to the largest record during warm-up; after that, appending records of that size or smaller
    // to a stream with room must not allocate a single managed byte.
    [Test]
    public void SteadyStateAppendsAllocateNothing()
    {
        var stream = new MemoryStream(capacity: 1 << 20);
        using var writer = TrajectoryWriter.Create(stream, Metadata, leaveOpen: true);
        float[] losses = [1.5f, -2.25f, 3f, 4f];
        float[] coefficients = [0.125f, 7f];
        for (int i = 0; i < 8; i++)
            writer.Append(writer.StepsWritten, (ulong)i, losses, coefficients);

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++)
            writer.Append(writer.StepsWritten, (ulong)i, losses.AsSpan(0, 2 + i % 3), coefficients.AsSpan(0, 1 + i % 2));
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.That(allocated, Is.EqualTo(0));
        Assert.That(writer.StepsWritten, Is.EqualTo(1008));
        Assert.That(stream.Length, Is.GreaterThan(1000 * 39));
    }

    public static IEnumerable<TestCaseData> BadMetadata()
    {
        yield return new TestCaseData("", "x").SetName("EmptyKey");
        yield return new TestCaseData("a=b", "x").SetName("KeyWithEquals");
        yield return new TestCaseData("a\nb", "x").SetName("KeyWithLineFeed");
        yield return new TestCaseData("a\rb", "x").SetName("KeyWithCarriageReturn");
        yield return new TestCaseData("a", "x\ny").SetName("ValueWithLineFeed");
        yield return new TestCaseData("a", "x\r").SetName("ValueWithCarriageReturn");
        yield return new TestCaseData("a", "\uD800").SetName("ValueWithLoneSurrogate");
        yield return new TestCaseData("a", new string('x', 1 << 20)).SetName("MetadataOverOneMebibyte");
    }

    [TestCaseSource(nameof(BadMetadata))]
    public void BadMetadataIsRefusedBeforeTheFileIsTouched(string key, string value)
    {
        string path = TempLogPath();
        try
        {
            File.WriteAllText(path, "an earlier run");
            KeyValuePair<string, string>[] metadata = [new("problem", "quadratic"), new(key, value)];
            Assert.That(() => TrajectoryWriter.Create(path, metadata), Throws.ArgumentException.With.Property("ParamName").EqualTo("metadata"));
            Assert.That(File.ReadAllText(path), Is.EqualTo("an earlier run"));
            Assert.That(() => TrajectoryWriter.Create(new MemoryStream(), metadata), Throws.ArgumentException);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void ADuplicateKeyIsRefused()
    {
        KeyValuePair<string, string>[] metadata = [new("seed", "1"), new("lr", "0.1"), new("seed", "2")];
        Assert.That(() => TrajectoryWriter.Create(new MemoryStream(), metadata),
            Throws.ArgumentException.With.Message.Contains("'seed' appears twice (entries 0 and 2)"));
    }

    // After a failed write the log may end in a partial record; appending more would bury that damage mid-log.
    [Test]
    public void AWriterRefusesToAppendAfterAFailedWrite()
    {
        var stream = new FailingStream();
        using var writer = TrajectoryWriter.Create(stream, Metadata);
        writer.Append(0, 0, [1f], []);
        stream.Fail = true;
        Assert.That(() => writer.Append(1, 0, [1f], []), Throws.TypeOf<IOException>());
        stream.Fail = false;
        Assert.That(() => writer.Append(1, 0, [1f], []), Throws.InvalidOperationException.With.Message.Contains("earlier write"));
        Assert.That(writer.StepsWritten, Is.EqualTo(1));
    }

    [Test]
    public void AppendAfterDisposeThrows()
    {
        var writer = TrajectoryWriter.Create(new MemoryStream(), Metadata);
        writer.Dispose();
        Assert.That(() => writer.Append(0, 0, [], []), Throws.TypeOf<ObjectDisposedException>());
    }

    private sealed class FailingStream : MemoryStream
    {
        public bool Fail { get; set; }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            if (Fail)
                throw new IOException("disk full");
            base.Write(buffer);
        }
    }
}
