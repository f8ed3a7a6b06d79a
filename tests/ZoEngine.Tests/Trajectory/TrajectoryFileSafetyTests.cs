using NUnit.Framework;
using ZoEngine.Trajectory;
using static ZoEngine.Tests.Trajectory.TrajectoryTestLogs;

namespace ZoEngine.Tests.Trajectory;

/// <summary>What a writer does to the files around it: it never clobbers a log it was not told to, and two never write one log.</summary>
public sealed class TrajectoryFileSafetyTests
{
    private string _dir = "";

    [SetUp]
    public void SetUp() => _dir = Directory.CreateTempSubdirectory("zo-logfile-").FullName;

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    [Test]
    public void AnExistingFile_IsRefusedAndKept_UnlessOverwriting()
    {
        string path = Path.Combine(_dir, "run.zolog");
        File.WriteAllText(path, "an earlier run");
        var e = Assert.Throws<TrajectoryLogExistsException>(() => TrajectoryWriter.Create(path, Metadata))!;
        Assert.That(e.Message, Does.Contain("already exists"));
        Assert.That(File.ReadAllText(path), Is.EqualTo("an earlier run"));
        Assert.That(Directory.GetFiles(_dir), Is.EqualTo(new[] { path }), "no temporary or lock file is left behind");

        using (var writer = TrajectoryWriter.Create(path, Metadata, new TrajectoryWriterOptions { Overwrite = true }))
        {
            Assert.That(File.ReadAllText(path), Is.EqualTo("an earlier run"), "the old log stays whole until the first step");
            writer.Append(0, 5, [1f], [2f]);
            Assert.That(File.ReadAllBytes(path)[..8], Is.EqualTo("ZOTRJLOG"u8.ToArray()), "the first step puts the new log in place");
            writer.Seal(TrajectoryEnd.Completed, SealHash);
        }
        using var reader = TrajectoryReader.Open(path);
        Assert.That(reader.ReadAll(), Has.Count.EqualTo(1));
        Assert.That(Directory.GetFiles(_dir), Is.EqualTo(new[] { path }));
    }

    // A run refused or failed before its first step must leave the path as it was: nothing there, or the old log.
    [Test]
    public void AWriterDisposedBeforeItsFirstStep_LeavesThePathAsItWas()
    {
        string fresh = Path.Combine(_dir, "fresh.zolog"), old = Path.Combine(_dir, "old.zolog");
        TrajectoryWriter.Create(fresh, Metadata).Dispose();
        Assert.That(File.Exists(fresh), Is.False);
        File.WriteAllText(old, "an earlier run");
        TrajectoryWriter.Create(old, Metadata, new TrajectoryWriterOptions { Overwrite = true }).Dispose();
        Assert.That(File.ReadAllText(old), Is.EqualTo("an earlier run"));
        Assert.That(Directory.GetFiles(_dir), Is.EquivalentTo(new[] { old }));
    }

    [Test]
    public void AFolder_IsRefusedWhateverTheOptions()
    {
        var e = Assert.Throws<TrajectoryLogExistsException>(() => TrajectoryWriter.Create(_dir, Metadata, new TrajectoryWriterOptions { Overwrite = true }))!;
        Assert.That(e.IsFolder, Is.True);
        Assert.That(e.Message, Does.Contain("is a folder"));
    }

    [Test]
    [Platform("Linux,MacOsX,Win", Reason = "the lock is flock on Unix and the share mode on Windows")]
    public void ASecondWriterOfTheSameLog_IsRefusedNamingTheHolder_UntilTheFirstIsDisposed()
    {
        string path = Path.Combine(_dir, "run.zolog");
        var first = TrajectoryWriter.Create(path, Metadata);
        first.Append(0, 1, [1f], [1f]);
        var e = Assert.Throws<TrajectoryLogLockedException>(() => TrajectoryWriter.Create(path, Metadata, new TrajectoryWriterOptions { Overwrite = true }))!;
        Assert.That(e.LockPath, Is.EqualTo(path + ".lock"));
        if (OperatingSystem.IsLinux())
            Assert.That(e.Holder, Does.StartWith($"pid {Environment.ProcessId} on "));
        first.Append(1, 2, [1f], [1f]);
        first.Seal(TrajectoryEnd.Completed, SealHash);
        first.Dispose();
        Assert.That(File.Exists(path + ".lock"), Is.False);
        using (var reader = TrajectoryReader.Open(path))
            Assert.That(reader.ReadAll(), Has.Count.EqualTo(2), "the refused writer touched nothing");
        using var second = TrajectoryWriter.Create(path, Metadata, new TrajectoryWriterOptions { Overwrite = true });
        Assert.That(second.StepsWritten, Is.EqualTo(0));
    }

    // A lock file whose holder is gone (a killed run) is taken over: the kernel dropped the lock with the process.
    [Test]
    public void ALeftoverLockFile_WithNoHolder_IsTakenOver()
    {
        string path = Path.Combine(_dir, "run.zolog");
        File.WriteAllText(path + ".lock", "pid 1 on elsewhere, since long ago\n");
        using (var writer = TrajectoryWriter.Create(path, Metadata))
            writer.Seal(TrajectoryEnd.Completed, SealHash);
        Assert.That(File.Exists(path + ".lock"), Is.False);
        Assert.That(File.Exists(path), Is.True);
    }

    [Test]
    public void NothingCanBeAppendedAfterTheSeal_AndASealNeedsAWholeHash()
    {
        using var writer = TrajectoryWriter.Create(new MemoryStream(), Metadata);
        Assert.That(() => writer.Seal(TrajectoryEnd.Completed, new byte[31]), Throws.ArgumentException);
        Assert.That(() => writer.Seal((TrajectoryEnd)7, SealHash), Throws.ArgumentException);
        writer.Seal(TrajectoryEnd.Failed, SealHash);
        Assert.That(writer.IsSealed, Is.True);
        Assert.That(() => writer.Append(0, 1, [], []), Throws.InvalidOperationException.With.Message.Contains("sealed"));
        Assert.That(() => writer.Seal(TrajectoryEnd.Completed, SealHash), Throws.InvalidOperationException);
    }

    // The seal must be the last thing in a log, count the records before it, and carry a known ending.
    [Test]
    public void ADamagedOrMisplacedSeal_IsReported()
    {
        var steps = ManySteps(3, 2);
        var (bytes, boundaries) = Write(Metadata, steps);
        long sealStart = boundaries[^1];

        using (var reader = Open([.. bytes, 0xA7]))
        {
            var (records, error) = reader.ReadValidPrefix();
            AssertSameRecords(records, steps);
            Assert.That(error?.Kind, Is.EqualTo(TrajectoryLogErrorKind.DataAfterSeal));
        }
        for (int offset = 1; offset < 46; offset++)
        {
            byte[] damaged = (byte[])bytes.Clone();
            damaged[sealStart + offset] ^= 0x04;
            using var reader = Open(damaged);
            var (records, error) = reader.ReadValidPrefix();
            AssertSameRecords(records, steps);
            Assert.That(error?.Kind, Is.EqualTo(TrajectoryLogErrorKind.BadSeal), $"seal byte {offset}");
            Assert.That(error!.RecordIndex, Is.EqualTo(3));
            Assert.That(reader.Seal, Is.Null);
        }
    }

    // Records carry a checksum over the header's digest: a record of a run with any other header fails it, even when
    // it is byte-for-byte a valid record of that run at the same position.
    [Test]
    public void ARecordFromAnotherRunsLog_FailsItsChecksum()
    {
        var steps = ManySteps(4, 9);
        var (mine, mineAt) = Write([new("optimizer.lr", "0.003")], steps);
        var (theirs, theirsAt) = Write([new("optimizer.lr", "0.030")], steps);
        Assert.That(mineAt[1] - mineAt[0], Is.EqualTo(theirsAt[1] - theirsAt[0]));
        byte[] spliced = [.. mine[..(int)mineAt[2]], .. theirs[(int)theirsAt[2]..]];
        using var reader = Open(spliced);
        var (records, error) = reader.ReadValidPrefix();
        AssertSameRecords(records, steps[..2]);
        Assert.That(error?.Kind, Is.EqualTo(TrajectoryLogErrorKind.RecordChecksum));
        Assert.That(error!.RecordIndex, Is.EqualTo(2));
        Assert.That(error.Message, Does.Contain("written by another run"));
    }
}
