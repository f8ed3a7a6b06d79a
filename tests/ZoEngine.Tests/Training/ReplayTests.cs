using ZoEngine.Estimators;
using ZoEngine.Noise;
using ZoEngine.Optimizers;
using ZoEngine.Tests.Support;
using ZoEngine.Trajectory;

namespace ZoEngine.Tests.Training;

public class ReplayTests
{
    private string _dir = "";

    [SetUp]
    public void SetUp() => _dir = Directory.CreateTempSubdirectory("zo-replay-").FullName;

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    private static ParameterSet Initial(IZoBackend backend)
    {
        var p = Sets.New(backend, ("w", 700), ("b", 33));
        backend.Fill(p, NoiseKind.Gaussian, 11, 0.5f);
        return p;
    }

    /// <summary>Trains <paramref name="steps"/> steps with a log; returns the hash after each step.</summary>
    private List<string> Train(RunConfiguration config, string path, int steps, string backendName = "cpu-256")
    {
        using var backend = BackendCases.Create(backendName);
        using var p = Initial(backend);
        using var log = TrajectoryWriter.Create(path, config.ToMetadata(p));
        using var objective = new HostCopyObjective(new HalfSquaredNorm());
        using var trainer = new ZoTrainer(backend, p, objective, config, log);
        var hashes = new List<string> { ParameterHash.Sha256(p) };
        for (int i = 0; i < steps; i++)
        {
            trainer.Step();
            hashes.Add(ParameterHash.Sha256(p));
        }
        trainer.SealLog(TrajectoryEnd.Completed);
        return hashes;
    }

    public static IEnumerable<TestCaseData> Runs()
    {
        var estimators = new (string, EstimatorOptions)[]
        {
            ("mezo", EstimatorOptions.MeZo()),
            ("spsa-q3-rademacher", new EstimatorOptions { Queries = 3, Distribution = NoiseDistribution.Rademacher }),
            ("onesided-sphere-d", new EstimatorOptions { Kind = EstimatorKind.OneSided, Queries = 2, Distribution = NoiseDistribution.Sphere, ScaleByDimension = true }),
            ("spsa-exact", new EstimatorOptions { Queries = 2, Mode = PerturbationMode.Exact }),
            ("central-subset", new EstimatorOptions { Kind = EstimatorKind.Central, Coordinates = [0, 3, 700, 732], Mu = 1e-2f }),
            ("forward-subset", new EstimatorOptions { Kind = EstimatorKind.Forward, Coordinates = [1, 2], Mu = 1e-2f }),
            ("gv-m4", new EstimatorOptions { Kind = EstimatorKind.GuidingVector, Candidates = 4 }),
            ("gv-m5-alpha0.6-rademacher", new EstimatorOptions { Kind = EstimatorKind.GuidingVector, Candidates = 5, EliteFraction = 0.6f, Distribution = NoiseDistribution.Rademacher }),
            ("greedy-m2-exact", new EstimatorOptions { Kind = EstimatorKind.Greedy, Candidates = 2, Mode = PerturbationMode.Exact }),
        };
        foreach (var (en, e) in estimators)
            foreach (var c in TrainerTests.Optimizers())
                yield return new TestCaseData(e, (OptimizerOptions)c.Arguments[0]!).SetArgDisplayNames(en, c.TestName ?? c.Arguments[0]!.ToString()!);
    }

    [TestCaseSource(nameof(Runs))]
    public void Replay_ReproducesTheTrainedWeightsBitForBit(EstimatorOptions estimator, OptimizerOptions optimizer)
    {
        var config = new RunConfiguration { RunSeed = 42, Estimator = estimator, Optimizer = optimizer };
        string path = Path.Combine(_dir, "run.zolog");
        var hashes = Train(config, path, 12);
        Assert.That(hashes[^1], Is.Not.EqualTo(hashes[0]), "training moved θ");

        using var backend = new CpuBackend();
        using var p = Initial(backend);
        var result = TrajectoryReplay.Replay(backend, p, path);
        Assert.That(result.StepsReplayed, Is.EqualTo(12));
        Assert.That(ParameterHash.Sha256(p), Is.EqualTo(hashes[^1]));
    }

    public static IEnumerable<TestCaseData> CrossBackendRuns()
    {
        var runs = new (string, EstimatorOptions, OptimizerOptions)[]
        {
            ("mezo-sgd", EstimatorOptions.MeZo(), new OptimizerOptions { Kind = OptimizerKind.Sgd, LearningRate = 1e-2f }),
            ("spsa-q2-radazo-bf16", new EstimatorOptions { Queries = 2 }, new OptimizerOptions { Kind = OptimizerKind.RAdaZo, StatePrecision = StatePrecision.BFloat16 }),
            ("sphere-signsgd", new EstimatorOptions { Kind = EstimatorKind.OneSided, Distribution = NoiseDistribution.Sphere, Queries = 2 }, new OptimizerOptions { Kind = OptimizerKind.SignSgd, LearningRate = 1e-3f }),
            ("gv-adamm", new EstimatorOptions { Kind = EstimatorKind.GuidingVector, Candidates = 4 }, new OptimizerOptions { Kind = OptimizerKind.AdaMM }),
            ("central-rmsprop", new EstimatorOptions { Kind = EstimatorKind.Central, Coordinates = [0, 3, 700, 732], Mu = 1e-2f }, new OptimizerOptions { Kind = OptimizerKind.RmsProp }),
        };
        foreach (var (train, replay) in new[] { ("emulated", "cpu-256"), ("cpu-256", "emulated"), ("cuda", "cpu-256"), ("cpu-256", "cuda") })
            foreach (var (name, e, o) in runs)
                yield return new TestCaseData(train, replay, e, o).SetArgDisplayNames($"{train}->{replay}", name);
    }

    [TestCaseSource(nameof(CrossBackendRuns))]
    public void TrainedOnOneBackend_ReplaysOnAnother_BitForBit(string trainOn, string replayOn, EstimatorOptions estimator, OptimizerOptions optimizer)
    {
        var config = new RunConfiguration { RunSeed = 77, Estimator = estimator, Optimizer = optimizer };
        string path = Path.Combine(_dir, "x.zolog");
        var hashes = Train(config, path, 8, trainOn);
        Assert.That(hashes[^1], Is.Not.EqualTo(hashes[0]), "training moved θ");
        // Training itself is the same on both backends, step by step, not only after replay.
        Assert.That(Train(config, Path.Combine(_dir, "y.zolog"), 8, replayOn), Is.EqualTo(hashes));
        using var backend = BackendCases.Create(replayOn);
        using var p = Initial(backend);
        TrajectoryReplay.Replay(backend, p, path);
        Assert.That(ParameterHash.Sha256(p), Is.EqualTo(hashes[^1]));
    }

    [TestCase(SimdWidth.Scalar)]
    [TestCase(SimdWidth.V128)]
    [TestCase(SimdWidth.V512)]
    public void Replay_OnAnotherVectorWidth_GivesTheSameBits(SimdWidth width)
    {
        var config = new RunConfiguration { RunSeed = 8, Estimator = new EstimatorOptions { Queries = 2 }, Optimizer = new OptimizerOptions { Kind = OptimizerKind.RAdaZo, StatePrecision = StatePrecision.BFloat16 } };
        string path = Path.Combine(_dir, "w.zolog");
        var hashes = Train(config, path, 6);
        using var backend = new CpuBackend(width);
        using var p = Initial(backend);
        TrajectoryReplay.Replay(backend, p, path);
        Assert.That(ParameterHash.Sha256(p), Is.EqualTo(hashes[^1]));
    }

    [Test]
    public void CorruptRecord_IsRejectedBeforeTheParametersAreTouched()
    {
        var config = new RunConfiguration { RunSeed = 1, Estimator = EstimatorOptions.MeZo(), Optimizer = new OptimizerOptions() };
        string path = Path.Combine(_dir, "c.zolog");
        Train(config, path, 5);
        byte[] bytes = File.ReadAllBytes(path);
        bytes[^(SealSize + 20)] ^= 0x10; // inside the last record, before the end-of-run record
        File.WriteAllBytes(path, bytes);
        using var backend = new CpuBackend();
        using var p = Initial(backend);
        string before = ParameterHash.Sha256(p);
        var e = Assert.Throws<TrajectoryLogException>(() => TrajectoryReplay.Replay(backend, p, path))!;
        Assert.That(e.RecordIndex, Is.EqualTo(4));
        Assert.That(e.Message, Does.Contain("record 4"));
        Assert.That(ParameterHash.Sha256(p), Is.EqualTo(before), "nothing was replayed");
    }

    [Test]
    public void TruncatedLog_CanBeRecoveredUpToTheLastWholeRecord()
    {
        var config = new RunConfiguration { RunSeed = 2, Estimator = new EstimatorOptions { Queries = 2 }, Optimizer = new OptimizerOptions { Kind = OptimizerKind.AdaMM } };
        string path = Path.Combine(_dir, "t.zolog");
        var hashes = Train(config, path, 7);
        byte[] bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..^(SealSize + 5)]); // the last record lost its tail: a crash mid-write
        using var backend = new CpuBackend();
        using (var p = Initial(backend))
        {
            var e = Assert.Throws<TrajectoryLogException>(() => TrajectoryReplay.Replay(backend, p, path))!;
            Assert.That(e.Kind, Is.EqualTo(TrajectoryLogErrorKind.Truncated));
            Assert.That(e.RecordIndex, Is.EqualTo(6));
        }
        using (var p = Initial(backend))
        {
            var result = TrajectoryReplay.Replay(backend, p, path, new ReplayOptions { StopAtFirstBadRecord = true });
            Assert.That(result.StepsReplayed, Is.EqualTo(6));
            Assert.That(result.FirstBadRecord?.RecordIndex, Is.EqualTo(6));
            Assert.That(ParameterHash.Sha256(p), Is.EqualTo(hashes[6]), "θ after step 6 of training");
        }
    }

    [Test]
    public void WrongInitialLayout_IsAClearError()
    {
        var config = new RunConfiguration { RunSeed = 1, Estimator = EstimatorOptions.MeZo(), Optimizer = new OptimizerOptions() };
        string path = Path.Combine(_dir, "l.zolog");
        Train(config, path, 2);
        using var backend = new CpuBackend();
        using var p = new ParameterSet(("w", 700));
        Assert.That(() => TrajectoryReplay.Replay(backend, p, path), Throws.ArgumentException.With.Message.Contains("do not match the log"));
    }

    [Test]
    public void MissingLog_IsAClearError()
    {
        using var backend = new CpuBackend();
        using var p = Initial(backend);
        Assert.That(() => TrajectoryReplay.Replay(backend, p, Path.Combine(_dir, "none.zolog")), Throws.TypeOf<FileNotFoundException>().With.Message.Contains("none.zolog"));
    }

    // A log whose records are well-formed but whose last coefficient does not follow from its losses: refused before
    // θ is touched, and recovered up to the record before it.
    [Test]
    public void ACoefficientMismatchInTheLastRecord_IsRefusedBeforeTheParametersAreTouched_AndRecoverStopsBeforeIt()
    {
        var config = new RunConfiguration { RunSeed = 1, Estimator = EstimatorOptions.MeZo(), Optimizer = new OptimizerOptions() };
        string genuine = Path.Combine(_dir, "g.zolog"), path = Path.Combine(_dir, "v.zolog");
        var hashes = Train(config, genuine, 5);
        using (var reader = TrajectoryReader.Open(genuine))
        using (var log = TrajectoryWriter.Create(path, reader.Metadata))
        {
            var records = reader.ReadAll();
            foreach (var r in records)
                log.Append(r.Step, r.StepSeed, r.Losses, r.Step == 4 ? [r.Coefficients[0] * 1.5f] : r.Coefficients);
            log.Seal(TrajectoryEnd.Completed, reader.Seal!.ParametersSha256);
        }
        using var backend = new CpuBackend();
        using (var p = Initial(backend))
        {
            var e = Assert.Throws<TrajectoryLogException>(() => TrajectoryReplay.Replay(backend, p, path))!;
            Assert.That(e.Kind, Is.EqualTo(TrajectoryLogErrorKind.InconsistentRecord));
            Assert.That(e.RecordIndex, Is.EqualTo(4));
            Assert.That(e.Message, Does.Contain("coefficient 0"));
            Assert.That(ParameterHash.Sha256(p), Is.EqualTo(hashes[0]), "nothing was applied");
        }
        using (var p = Initial(backend))
        {
            var result = TrajectoryReplay.Replay(backend, p, path, new ReplayOptions { StopAtFirstBadRecord = true });
            Assert.That(result.StepsReplayed, Is.EqualTo(4));
            Assert.That(result.FirstBadRecord?.Kind, Is.EqualTo(TrajectoryLogErrorKind.InconsistentRecord));
            Assert.That(ParameterHash.Sha256(p), Is.EqualTo(hashes[4]));
            Assert.That(result.Seal, Is.Null, "the replay stopped before the end-of-run record, which it therefore does not vouch for");
        }
    }

    [Test]
    public void AWholeReplay_MatchesTheSeal_AndAnUnsealedLogIsRefusedUnlessRecovering()
    {
        var config = new RunConfiguration { RunSeed = 4, Estimator = new EstimatorOptions { Queries = 2 }, Optimizer = new OptimizerOptions { Kind = OptimizerKind.RAdaZo } };
        string path = Path.Combine(_dir, "s.zolog");
        var hashes = Train(config, path, 6);
        using var backend = new CpuBackend();
        using (var p = Initial(backend))
        {
            var result = TrajectoryReplay.Replay(backend, p, path);
            Assert.That(result.Seal?.End, Is.EqualTo(TrajectoryEnd.Completed));
            Assert.That(result.MatchesSeal, Is.True);
            Assert.That(Convert.ToHexStringLower(result.ParametersSha256), Is.EqualTo(hashes[^1]));
        }
        File.WriteAllBytes(path, File.ReadAllBytes(path)[..^SealSize]);
        using (var p = Initial(backend))
        {
            var e = Assert.Throws<TrajectoryLogException>(() => TrajectoryReplay.Replay(backend, p, path))!;
            Assert.That(e.Kind, Is.EqualTo(TrajectoryLogErrorKind.Unsealed));
            Assert.That(ParameterHash.Sha256(p), Is.EqualTo(hashes[0]));
            var result = TrajectoryReplay.Replay(backend, p, path, new ReplayOptions { StopAtFirstBadRecord = true });
            Assert.That(result.StepsReplayed, Is.EqualTo(6));
            Assert.That(result.MatchesSeal, Is.Null);
            Assert.That(ParameterHash.Sha256(p), Is.EqualTo(hashes[^1]));
        }
    }

    // The end-of-run record's size (docs/trajectory-log.md).
    private const int SealSize = 46;
}
