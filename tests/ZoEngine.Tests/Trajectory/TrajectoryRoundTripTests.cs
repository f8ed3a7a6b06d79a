using NUnit.Framework;
using ZoEngine.Trajectory;
using static ZoEngine.Tests.Trajectory.TrajectoryTestLogs;

namespace ZoEngine.Tests.Trajectory;

public sealed class TrajectoryRoundTripTests
{
    [Test]
    public void MetadataAndRecordsRoundTripThroughAMemoryStream([Values(1, 20260101)] int seed)
    {
        var steps = ManySteps(300, seed);
        var (bytes, _) = Write(Metadata, steps);

        using var reader = Open(bytes);
        Assert.That(reader.FormatVersion, Is.EqualTo(2));
        Assert.That(reader.Metadata, Is.EqualTo(Metadata));
        AssertSameRecords(reader.ReadAll(), steps);
        Assert.That(reader.TryReadNext(out _), Is.False, "a whole log ends cleanly");
        Assert.That(reader.Seal, Is.EqualTo(new TrajectorySeal(300, TrajectoryEnd.Completed, SealHash)).Using<TrajectorySeal>((a, b) =>
            a.Steps == b.Steps && a.End == b.End && a.ParametersSha256.SequenceEqual(b.ParametersSha256)));
    }

    [Test]
    public void MetadataAndRecordsRoundTripThroughAFile([Values] bool durable)
    {
        var steps = ManySteps(100, 7);
        string path = TempLogPath();
        try
        {
            using (var writer = TrajectoryWriter.Create(path, Metadata, durable))
            {
                foreach (var step in steps)
                    writer.Append(step.Index, step.Seed, step.Losses, step.Coefficients);
                writer.Seal(TrajectoryEnd.Stopped, SealHash);
            }

            using var reader = TrajectoryReader.Open(path);
            Assert.That(reader.Metadata, Is.EqualTo(Metadata));
            AssertSameRecords(reader.ReadAll(), steps);
        }
        finally
        {
            File.Delete(path);
        }
    }

    // A crashed or running training loop still holds the file open; its records so far must be readable, and the
    // reader must say that the run has not finished.
    [Test]
    public void ALogIsReadableWhileItsWriterIsOpen()
    {
        var steps = ManySteps(3, 11);
        string path = TempLogPath();
        try
        {
            using var writer = TrajectoryWriter.Create(path, Metadata);
            foreach (var step in steps)
                writer.Append(step.Index, step.Seed, step.Losses, step.Coefficients);

            using var reader = TrajectoryReader.Open(path);
            var (records, error) = reader.ReadValidPrefix();
            AssertSameRecords(records, steps);
            Assert.That(error?.Kind, Is.EqualTo(TrajectoryLogErrorKind.Unsealed));
            Assert.That(error!.RecordIndex, Is.EqualTo(3));
            Assert.That(error.Message, Does.Contain("did not finish"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void MetadataLookupByKeyReturnsNullForAnAbsentKey()
    {
        var (bytes, _) = Write(Metadata, []);
        using var reader = Open(bytes);
        Assert.That(reader["optimizer"], Is.EqualTo("zo-sgd"));
        Assert.That(reader["note"], Is.EqualTo("μ = 1e-3, ✓"));
        Assert.That(reader["empty"], Is.EqualTo(""));
        Assert.That(reader["Optimizer"], Is.Null, "keys are case-sensitive");
        Assert.That(reader["absent"], Is.Null);
    }

    [Test]
    public void ALogWithoutMetadataOrRecordsRoundTrips()
    {
        var (bytes, _) = Write([], []);
        using var reader = Open(bytes);
        Assert.That(reader.Metadata, Is.Empty);
        Assert.That(reader.ReadAll(), Is.Empty);
    }

    // The counts are uint16, so 65535 is the largest list; both at once make the largest record.
    [Test]
    public void TheLargestRecordRoundTrips()
    {
        var random = new Random(3);
        float[] losses = Enumerable.Range(0, ushort.MaxValue).Select(_ => random.NextSingle() - 0.5f).ToArray();
        float[] coefficients = Enumerable.Range(0, ushort.MaxValue).Select(_ => random.NextSingle() + 1f).ToArray();
        Step[] steps = [new(0, 1, losses, coefficients), new(1, 2, [1f], [2f]), new(2, 3, coefficients, losses)];
        var (bytes, _) = Write(Metadata, steps);

        using var reader = Open(bytes);
        AssertSameRecords(reader.ReadAll(), steps);
    }

    [Test]
    public void AReaderOwnsItsStreamUnlessLeftOpen([Values] bool leaveOpen)
    {
        var (bytes, _) = Write(Metadata, []);
        var stream = new MemoryStream(bytes);
        TrajectoryReader.Open(stream, leaveOpen).Dispose();
        Assert.That(stream.CanRead, Is.EqualTo(leaveOpen));
    }

    [Test]
    public void AWriterOwnsItsStreamUnlessLeftOpen([Values] bool leaveOpen)
    {
        var stream = new MemoryStream();
        TrajectoryWriter.Create(stream, Metadata, leaveOpen).Dispose();
        Assert.That(stream.CanWrite, Is.EqualTo(leaveOpen));
    }

    // Offsets in errors count from where the log starts, so a log embedded in a larger stream reports its own offsets.
    [Test]
    public void OffsetsCountFromWhereTheLogStartsInTheStream()
    {
        var (bytes, boundaries) = Write(Metadata, SmallSteps());
        bytes[boundaries[1] + 10] ^= 0x40;
        var stream = new MemoryStream();
        stream.Write(new byte[100]);
        stream.Write(bytes);
        stream.Position = 100;

        using var reader = TrajectoryReader.Open(stream);
        var (records, error) = reader.ReadValidPrefix();
        Assert.That(records, Has.Count.EqualTo(1));
        Assert.That(error!.ByteOffset, Is.EqualTo(boundaries[1]));
        Assert.That(error.Source, Is.EqualTo("<stream>"));
    }
}
