using NUnit.Framework;
using ZoEngine.Trajectory;
using static ZoEngine.Tests.Trajectory.TrajectoryTestLogs;

namespace ZoEngine.Tests.Trajectory;

public sealed class TrajectoryDamageTests
{
    // Record offsets from docs/trajectory-log.md: byte 0 is the marker, bytes 1..6 the counts and their length check.
    private const int MarkerOffset = 0;
    private const int FramingEnd = 7;

    [Test]
    public void TruncationAtEveryLengthIsAHeaderErrorATruncatedRecordOrAnUnsealedLog()
    {
        var steps = SmallSteps();
        var (bytes, boundaries) = Write(Metadata, steps);
        long headerSize = boundaries[0];
        Assert.That(boundaries, Has.Length.EqualTo(steps.Length + 1));
        Assert.That(bytes, Has.Length.EqualTo(boundaries[^1] + 46), "the end-of-run record is 46 bytes");

        for (int length = 0; length <= bytes.Length; length++)
        {
            byte[] prefix = bytes[..length];
            if (length < headerSize)
            {
                var error = CatchLogError(() => Open(prefix));
                Assert.That(error.Kind, Is.EqualTo(TrajectoryLogErrorKind.Truncated), $"length {length}");
                Assert.That(error.RecordIndex, Is.EqualTo(-1), $"length {length}");
                Assert.That(error.ByteOffset, Is.EqualTo(0), $"length {length}");
                continue;
            }

            using var reader = Open(prefix);
            var (records, firstError) = reader.ReadValidPrefix();
            int whole = boundaries.Count(b => b <= length) - 1;
            AssertSameRecords(records, steps[..whole]);
            if (length == bytes.Length)
            {
                Assert.That(firstError, Is.Null, "the whole log");
                Assert.That(reader.Seal, Is.Not.Null);
                continue;
            }
            if (boundaries.Contains(length))
            {
                // Cut at a record boundary, the log reads as a run that never finished: every record good, no seal.
                Assert.That(firstError?.Kind, Is.EqualTo(TrajectoryLogErrorKind.Unsealed), $"length {length} ends on a record boundary");
                Assert.That(firstError!.RecordIndex, Is.EqualTo(whole), $"length {length}");
                continue;
            }
            Assert.That(firstError, Is.Not.Null, $"length {length}");
            Assert.That(firstError!.Kind, Is.EqualTo(TrajectoryLogErrorKind.Truncated), $"length {length}");
            Assert.That(firstError.RecordIndex, Is.EqualTo(whole), $"length {length}");
            Assert.That(firstError.ByteOffset, Is.EqualTo(boundaries[whole]), $"length {length}");
        }
    }

    // Every single-byte error (all 255 xor masks) at every position of every record: the reader must stop at that
    // record with the error its position calls for, and never return a record that differs from what was written.
    [Test]
    public void EverySingleByteErrorInARecordIsCaughtAtThatRecord()
    {
        var steps = SmallSteps();
        var (bytes, boundaries) = Write(Metadata, steps);

        for (int record = 0; record < steps.Length; record++)
        {
            long start = boundaries[record];
            for (long position = start; position < boundaries[record + 1]; position++)
            {
                long offset = position - start;
                for (int mask = 1; mask <= 0xFF; mask++)
                {
                    // A marker damaged into the seal's marker is read as an end-of-run record, whose checksum fails.
                    var expected = offset == MarkerOffset ? ((bytes[position] ^ mask) == 0xE5 ? TrajectoryLogErrorKind.BadSeal : TrajectoryLogErrorKind.BadRecordMarker)
                        : offset < FramingEnd ? TrajectoryLogErrorKind.BadLength
                        : TrajectoryLogErrorKind.RecordChecksum;
                    byte[] damaged = (byte[])bytes.Clone();
                    damaged[position] ^= (byte)mask;
                    using var reader = Open(damaged);
                    var (records, error) = reader.ReadValidPrefix();
                    string where = $"record {record}, byte {offset}, mask 0x{mask:X2}";
                    AssertSameRecords(records, steps[..record]);
                    Assert.That(error, Is.Not.Null, where);
                    Assert.That(error!.Kind, Is.EqualTo(expected), where);
                    Assert.That(error.RecordIndex, Is.EqualTo(record), where);
                    Assert.That(error.ByteOffset, Is.EqualTo(start), where);
                }
            }
        }
    }

    [Test]
    public void EverySingleByteErrorInTheHeaderRefusesTheLog()
    {
        var (bytes, boundaries) = Write(Metadata, SmallSteps());
        for (int position = 0; position < boundaries[0]; position++)
        {
            TrajectoryLogErrorKind[] expected = position switch
            {
                < 8 => [TrajectoryLogErrorKind.BadMagic],
                < 10 => [TrajectoryLogErrorKind.UnsupportedVersion],
                // A damaged metadata length may point past the limit, past the end of the log, or at the wrong CRC.
                < 14 => [TrajectoryLogErrorKind.BadLength, TrajectoryLogErrorKind.Truncated, TrajectoryLogErrorKind.HeaderChecksum],
                _ => [TrajectoryLogErrorKind.HeaderChecksum],
            };
            foreach (byte mask in new byte[] { 0x01, 0x10, 0x80, 0xFF })
            {
                byte[] damaged = (byte[])bytes.Clone();
                damaged[position] ^= mask;
                var error = CatchLogError(() => Open(damaged));
                string where = $"header byte {position}, mask 0x{mask:X2}";
                Assert.That(expected, Does.Contain(error.Kind), where);
                Assert.That(error.RecordIndex, Is.EqualTo(-1), where);
            }
        }
    }

    [Test]
    public void ReadAllThrowsAtTheFirstBadRecordAndReadValidPrefixReturnsWhatPrecedesIt()
    {
        var steps = ManySteps(6, 5);
        var (bytes, boundaries) = Write(Metadata, steps);
        // Damage records 2 and 4: only the first may be reported.
        bytes[boundaries[2] + 9] ^= 0x01;
        bytes[boundaries[4] + 9] ^= 0x01;

        using (var reader = Open(bytes))
        {
            var error = CatchLogError(() => reader.ReadAll());
            Assert.That(error.Kind, Is.EqualTo(TrajectoryLogErrorKind.RecordChecksum));
            Assert.That(error.RecordIndex, Is.EqualTo(2));
            Assert.That(error.ByteOffset, Is.EqualTo(boundaries[2]));
        }
        using (var reader = Open(bytes))
        {
            var (records, error) = reader.ReadValidPrefix();
            AssertSameRecords(records, steps[..2]);
            Assert.That(error, Is.Not.Null);
            Assert.That(error!.RecordIndex, Is.EqualTo(2));
            Assert.That(error.Kind, Is.EqualTo(TrajectoryLogErrorKind.RecordChecksum));

            // Nothing after a bad record can be replayed, so the reader stays on it.
            var again = CatchLogError(() => reader.TryReadNext(out _));
            Assert.That(again.RecordIndex, Is.EqualTo(2));
        }
    }

    [Test]
    public void ReadValidPrefixOfAWholeLogReturnsEveryRecordAndNoError()
    {
        var steps = ManySteps(6, 5);
        var (bytes, _) = Write(Metadata, steps);
        using var reader = Open(bytes);
        var (records, error) = reader.ReadValidPrefix();
        AssertSameRecords(records, steps);
        Assert.That(error, Is.Null);
    }

    // Some file systems leave a zero-filled tail after a crash; it must read as damage, not as records.
    [Test]
    public void AZeroFilledTailIsABadRecordMarker()
    {
        var steps = SmallSteps();
        var (bytes, boundaries) = Write(Metadata, steps, seal: false);
        byte[] withTail = [.. bytes, .. new byte[64]];

        using var reader = Open(withTail);
        var (records, error) = reader.ReadValidPrefix();
        AssertSameRecords(records, steps);
        Assert.That(error!.Kind, Is.EqualTo(TrajectoryLogErrorKind.BadRecordMarker));
        Assert.That(error.RecordIndex, Is.EqualTo(steps.Length));
        Assert.That(error.ByteOffset, Is.EqualTo(boundaries[^1]));
    }

    // Swapping two whole records keeps every checksum valid, so only the step index can tell.
    [Test]
    public void SwappedRecordsAreOutOfSequence()
    {
        var steps = Enumerable.Range(0, 4).Select(i => new Step(i, (ulong)(i + 1), [i, -i], [0.5f * i])).ToArray();
        var (bytes, boundaries) = Write(Metadata, steps);
        int size = (int)(boundaries[2] - boundaries[1]);
        byte[] swapped = (byte[])bytes.Clone();
        bytes.AsSpan((int)boundaries[2], size).CopyTo(swapped.AsSpan((int)boundaries[1]));
        bytes.AsSpan((int)boundaries[1], size).CopyTo(swapped.AsSpan((int)boundaries[2]));

        using var reader = Open(swapped);
        var (records, error) = reader.ReadValidPrefix();
        AssertSameRecords(records, steps[..1]);
        Assert.That(error!.Kind, Is.EqualTo(TrajectoryLogErrorKind.OutOfSequence));
        Assert.That(error.RecordIndex, Is.EqualTo(1));
        Assert.That(error.ByteOffset, Is.EqualTo(boundaries[1]));
        Assert.That(error.Message, Does.Contain("holds step 2 where step 1 belongs"));
    }

    [Test]
    public void ARepeatedRecordIsOutOfSequence()
    {
        var steps = Enumerable.Range(0, 4).Select(i => new Step(i, (ulong)(i + 1), [i], [])).ToArray();
        var (bytes, boundaries) = Write(Metadata, steps);
        int size = (int)(boundaries[2] - boundaries[1]);
        bytes.AsSpan((int)boundaries[1], size).CopyTo(bytes.AsSpan((int)boundaries[2]));

        using var reader = Open(bytes);
        var error = CatchLogError(() => reader.ReadAll());
        Assert.That(error.Kind, Is.EqualTo(TrajectoryLogErrorKind.OutOfSequence));
        Assert.That(error.RecordIndex, Is.EqualTo(2));
    }

    [Test]
    public void TheMessageNamesTheLogTheRecordItsOffsetAndWhatIsMissing()
    {
        var (bytes, boundaries) = Write(Metadata, SmallSteps());
        // Cut record 2, a (3, 2) record of 27 + 4·5 = 47 bytes, after 9 bytes.
        byte[] cut = bytes[..(int)(boundaries[2] + 9)];

        using var reader = TrajectoryReader.Open(new MemoryStream(cut), sourceName: "run.zolog");
        var error = CatchLogError(() => reader.ReadAll());
        Assert.That(error.Message, Is.EqualTo(
            $"trajectory log 'run.zolog': record 2 at byte {boundaries[2]} is truncated (needs 47 bytes, 9 remain); " +
            "nothing from this record on can be replayed."));
        Assert.That(error.Source, Is.EqualTo("run.zolog"));
    }
}
