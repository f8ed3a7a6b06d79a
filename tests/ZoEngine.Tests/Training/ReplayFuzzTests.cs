using NUnit.Framework;
using ZoEngine.Cpu;
using ZoEngine.Estimators;
using ZoEngine.Noise;
using ZoEngine.Optimizers;
using ZoEngine.Tests.Support;
using ZoEngine.Trajectory;

namespace ZoEngine.Tests.Training;

/// <summary>
/// Random mutations and splices of a valid version 2 log, seeded so that a failure reproduces: each must either be
/// refused with θ untouched, or replay to the SHA-256 θ had after that many steps of the real run. Never a crash, never
/// a θ that no prefix of the run had.
/// </summary>
public sealed class ReplayFuzzTests
{
    private const int Steps = 24;
    private string _dir = "";

    [SetUp]
    public void SetUp() => _dir = Directory.CreateTempSubdirectory("zo-fuzz-").FullName;

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    private static ParameterSet Initial(IZoBackend backend)
    {
        var p = Sets.New(backend, ("w", 40), ("b", 9));
        backend.Fill(p, NoiseKind.Gaussian, 3, 0.5f);
        return p;
    }

    private static RunConfiguration Config(float lr) => new()
    {
        RunSeed = 77,
        Estimator = new EstimatorOptions { Queries = 2 },
        Optimizer = new OptimizerOptions { Kind = OptimizerKind.RAdaZo, LearningRate = lr },
    };

    /// <summary>Runs <see cref="Steps"/> steps with a log; returns θ's hash after each step and the record boundaries.</summary>
    private static (string[] Hashes, byte[] Log, long[] Boundaries) Run(string path, float lr)
    {
        using var backend = new CpuBackend();
        using var p = Initial(backend);
        var config = Config(lr);
        var hashes = new List<string> { ParameterDigest.Sha256Hex(p) };
        var boundaries = new List<long>();
        using (var log = TrajectoryWriter.Create(path, config.ToMetadata(p)))
        using (var trainer = new ZoTrainer(backend, p, new HalfSquaredNorm(), config, log))
        {
            for (int i = 0; i < Steps; i++)
            {
                trainer.Step();
                hashes.Add(ParameterDigest.Sha256Hex(p));
            }
            trainer.SealLog(TrajectoryEnd.Completed);
        }
        byte[] bytes = File.ReadAllBytes(path);
        int recordSize = 27 + 4 * (4 + 2);
        long recordsStart = bytes.Length - 46 - (long)Steps * recordSize;
        for (int i = 0; i <= Steps; i++)
            boundaries.Add(recordsStart + (long)i * recordSize);
        return ([.. hashes], bytes, [.. boundaries]);
    }

    [Test]
    public void EveryMutantIsRefusedOrReplaysToAPrefixOfTheRun()
    {
        var (hashes, log, at) = Run(Path.Combine(_dir, "mine.zolog"), 1e-2f);
        var (_, sibling, siblingAt) = Run(Path.Combine(_dir, "sibling.zolog"), 3e-2f);
        Assert.That(siblingAt, Is.EqualTo(at), "the sibling differs in one digit of the learning rate, so its records line up");
        var random = new Random(20261203);
        string path = Path.Combine(_dir, "mutant.zolog");
        int refused = 0, recovered = 0, whole = 0;
        using var backend = new CpuBackend();
        for (int trial = 0; trial < 240; trial++)
        {
            byte[] mutant = Mutate(log, at, sibling, random, out string how);
            File.WriteAllBytes(path, mutant);
            foreach (bool recover in new[] { false, true })
            {
                using var p = Initial(backend);
                string where = $"trial {trial} ({how}), recover={recover}";
                ReplayResult result;
                try
                {
                    result = TrajectoryReplay.Replay(backend, p, path, new ReplayOptions { StopAtFirstBadRecord = recover });
                }
                catch (Exception e) when (e is TrajectoryLogException or InvalidDataException or ArgumentException)
                {
                    Assert.That(ParameterDigest.Sha256Hex(p), Is.EqualTo(hashes[0]), $"{where}: refused, so θ must be untouched ({e.Message})");
                    refused++;
                    continue;
                }
                Assert.That(result.StepsReplayed, Is.InRange(0, Steps), where);
                Assert.That(ParameterDigest.Sha256Hex(p), Is.EqualTo(hashes[result.StepsReplayed]), $"{where}: θ after {result.StepsReplayed} steps of the run");
                if (result.FirstBadRecord is null)
                {
                    Assert.That(result.MatchesSeal, Is.True, $"{where}: a log replayed whole matches its seal");
                    whole++;
                }
                else
                {
                    Assert.That(recover, Is.True, $"{where}: only a recovering replay stops early");
                    recovered++;
                }
            }
        }
        TestContext.Out.WriteLine($"refused {refused}, recovered a prefix {recovered}, replayed whole {whole}");
        Assert.That(refused, Is.GreaterThan(0));
        Assert.That(recovered, Is.GreaterThan(0));
    }

    private static byte[] Mutate(byte[] log, long[] at, byte[] sibling, Random random, out string how)
    {
        var bytes = new List<byte>(log);
        int record(int i) => (int)at[i];
        switch (random.Next(8))
        {
            case 0:
                int flips = 1 + random.Next(3);
                for (int i = 0; i < flips; i++)
                {
                    int pos = random.Next(bytes.Count);
                    bytes[pos] ^= (byte)(1 << random.Next(8));
                }
                how = $"{flips} bit flips";
                break;
            case 1:
                int keep = random.Next(bytes.Count);
                bytes.RemoveRange(keep, bytes.Count - keep);
                how = $"truncated to {keep}";
                break;
            case 2:
                int start = random.Next(bytes.Count), count = 1 + random.Next(Math.Min(60, bytes.Count - start));
                bytes.RemoveRange(start, Math.Min(count, bytes.Count - start));
                how = $"deleted {count} at {start}";
                break;
            case 3:
                int insertAt = random.Next(bytes.Count + 1);
                var junk = new byte[1 + random.Next(40)];
                random.NextBytes(junk);
                bytes.InsertRange(insertAt, junk);
                how = $"inserted {junk.Length} at {insertAt}";
                break;
            case 4:
                int dup = random.Next(Steps);
                bytes.InsertRange(record(dup + 1), log[record(dup)..record(dup + 1)]);
                how = $"record {dup} duplicated";
                break;
            case 5:
                int k = random.Next(Steps + 1);
                bytes = [.. log[..record(k)], .. sibling[record(k)..]];
                how = $"sibling's records from {k} on";
                break;
            case 6:
                int a = random.Next(Steps), b = random.Next(Steps);
                if (a > b)
                    (a, b) = (b, a);
                if (a != b)
                {
                    byte[] first = log[record(a)..record(a + 1)], second = log[record(b)..record(b + 1)];
                    bytes = [.. log[..record(a)], .. second, .. log[record(a + 1)..record(b)], .. first, .. log[record(b + 1)..]];
                }
                how = $"records {a} and {b} swapped";
                break;
            default:
                int r = random.Next(Steps);
                for (int i = record(r); i < record(r + 1); i++)
                    bytes[i] = sibling[i];
                how = $"record {r} from the sibling";
                break;
        }
        return [.. bytes];
    }
}
