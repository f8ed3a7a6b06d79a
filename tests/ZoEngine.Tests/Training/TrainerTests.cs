using ZoEngine.Estimators;
using ZoEngine.Noise;
using ZoEngine.Optimizers;
using ZoEngine.Tests.Support;
using ZoEngine.Trajectory;

namespace ZoEngine.Tests.Training;

public class TrainerTests
{
    internal static IEnumerable<TestCaseData> Optimizers()
    {
        yield return new TestCaseData(new OptimizerOptions { Kind = OptimizerKind.Sgd, LearningRate = 0.01f }).SetArgDisplayNames("sgd");
        yield return new TestCaseData(new OptimizerOptions { Kind = OptimizerKind.Sgd, LearningRate = 0.001f, Momentum = 0.9f, WeightDecay = 1e-3f }).SetArgDisplayNames("sgd-momentum");
        yield return new TestCaseData(new OptimizerOptions { Kind = OptimizerKind.SignSgd, LearningRate = 0.01f }).SetArgDisplayNames("signsgd");
        yield return new TestCaseData(new OptimizerOptions { Kind = OptimizerKind.AdaMM, LearningRate = 0.02f }).SetArgDisplayNames("adamm");
        yield return new TestCaseData(new OptimizerOptions { Kind = OptimizerKind.RmsProp, LearningRate = 0.02f }).SetArgDisplayNames("rmsprop");
        yield return new TestCaseData(new OptimizerOptions { Kind = OptimizerKind.RAdaZo, LearningRate = 0.02f }).SetArgDisplayNames("radazo");
        yield return new TestCaseData(new OptimizerOptions { Kind = OptimizerKind.RAdaZo, LearningRate = 0.02f, EpsilonPlacement = EpsilonPlacement.InsideSqrt, StatePrecision = StatePrecision.BFloat16 }).SetArgDisplayNames("radazo-inside-bf16");
    }

    private static ParameterSet Start(IZoBackend backend, int d = 200)
    {
        var p = new ParameterSet(("w", d - d / 3), ("b", d / 3));
        backend.Fill(p, NoiseKind.Gaussian, 2024, 1f);
        return p;
    }

    [TestCaseSource(nameof(Optimizers))]
    public void EveryOptimizer_DecreasesTheQuadratic(OptimizerOptions optimizer)
    {
        using var backend = new CpuBackend();
        using var p = Start(backend);
        var f = new HalfSquaredNorm();
        float initial = f.Evaluate(p);
        var config = new RunConfiguration { RunSeed = 3, Estimator = new EstimatorOptions { Queries = 4, Mu = 1e-3f }, Optimizer = optimizer };
        using var trainer = new ZoTrainer(backend, p, f, config);
        for (int i = 0; i < 300; i++)
            trainer.Step();
        float final = f.Evaluate(p);
        Assert.That(initial, Is.GreaterThan(10f));
        Assert.That(final, Is.LessThan(0.7f * initial), $"{optimizer.Kind}: {initial} -> {final}");
        Assert.That(trainer.Evaluations, Is.EqualTo(300 * 8));
    }

    [TestCase(0, float.NaN)]
    [TestCase(1, float.PositiveInfinity)]
    [TestCase(3, float.NegativeInfinity)]
    public void NonFiniteLoss_NamesStepAndQuery_AndLeavesThetaRestored(int failOnCall, float bad)
    {
        foreach (var mode in new[] { PerturbationMode.InPlace, PerturbationMode.Exact })
        {
            using var backend = new CpuBackend();
            using var p = Start(backend);
            var config = new RunConfiguration { RunSeed = 5, Estimator = new EstimatorOptions { Queries = 2, Mode = mode }, Optimizer = new OptimizerOptions { Kind = OptimizerKind.RAdaZo } };
            // Two good steps (8 calls), then the bad value on call 8 + failOnCall, in step 2.
            using var trainer = new ZoTrainer(backend, p, new FailingObjective(new HalfSquaredNorm(), 8 + failOnCall, bad), config);
            trainer.Step();
            trainer.Step();
            float[] before = p.SelectMany(t => t.AsSpan().ToArray()).ToArray();
            var e = Assert.Throws<ZoObjectiveException>(() => trainer.Step())!;
            Assert.That(e.Step, Is.EqualTo(2));
            Assert.That(e.Query, Is.EqualTo(failOnCall));
            Assert.That(e.Message, Does.Contain("step 2").And.Contain($"query {failOnCall / 2} (θ{(failOnCall % 2 == 0 ? "+" : "−")}εz)"));
            float[] after = p.SelectMany(t => t.AsSpan().ToArray()).ToArray();
            // Up to 4 probe passes and the restore.
            for (int i = 0; i < before.Length; i++)
            {
                double bound = mode == PerturbationMode.Exact ? 0 : Tolerance.RestoreBound(before[i], 1e-3f, 5);
                Assert.That(Math.Abs(after[i] - (double)before[i]), Is.LessThanOrEqualTo(bound), $"{mode} element {i}");
            }
            Assert.That(trainer.StepIndex, Is.EqualTo(2), "the failed step is not counted");
        }
    }

    [Test]
    public void SteadyStateSteps_AllocateNoManagedMemory()
    {
        using var backend = new CpuBackend();
        var cases = Optimizers().Select(c => (OptimizerOptions)c.Arguments[0]!).ToList();
        var estimators = new[]
        {
            EstimatorOptions.MeZo(),
            new EstimatorOptions { Kind = EstimatorKind.OneSided, Queries = 3, Distribution = NoiseDistribution.Sphere, ScaleByDimension = true },
            new EstimatorOptions { Queries = 2, Distribution = NoiseDistribution.Rademacher, Mode = PerturbationMode.Exact },
            new EstimatorOptions { Kind = EstimatorKind.Central, Coordinates = [0, 5, 9] },
        };
        foreach (var est in estimators)
        {
            foreach (var opt in cases)
            {
                using var p = Start(backend, 5000);
                var config = new RunConfiguration { RunSeed = 1, Estimator = est, Optimizer = opt };
                using var stream = new MemoryStream(1 << 20);
                using var log = TrajectoryWriter.Create(stream, config.ToMetadata(p), leaveOpen: true);
                using var trainer = new ZoTrainer(backend, p, new HalfSquaredNorm(), config, log);
                long allocated = Allocation.SteadyState(() => trainer.Step());
                Assert.That(allocated, Is.EqualTo(0), $"{est.Kind}/{est.Distribution}/{est.Mode} with {opt.Kind} {opt.StatePrecision} momentum {opt.Momentum}");
                Assert.That(stream.Length, Is.GreaterThan(0));
            }
        }
    }

    [Test]
    public void EmptyParameters_AreRejected()
    {
        using var backend = new CpuBackend();
        using var p = new ParameterSet();
        var config = new RunConfiguration { RunSeed = 1, Estimator = EstimatorOptions.MeZo(), Optimizer = new OptimizerOptions() };
        Assert.That(() => new ZoTrainer(backend, p, new HalfSquaredNorm(), config), Throws.ArgumentException.With.Message.Contains("empty"));
    }
}

public class OptimizerStateSizeTests
{
    // The table of docs/optimizers.md, typed here from the doc rather than from the code.
    [TestCase(OptimizerKind.Sgd, 0f, StatePrecision.Float32, 0)]
    [TestCase(OptimizerKind.Sgd, 0.9f, StatePrecision.Float32, 4)]
    [TestCase(OptimizerKind.Sgd, 0.9f, StatePrecision.BFloat16, 2)]
    [TestCase(OptimizerKind.SignSgd, 0f, StatePrecision.Float32, 0)]
    [TestCase(OptimizerKind.AdaMM, 0f, StatePrecision.Float32, 8)]
    [TestCase(OptimizerKind.AdaMM, 0f, StatePrecision.BFloat16, 4)]
    [TestCase(OptimizerKind.RmsProp, 0f, StatePrecision.Float32, 4)]
    [TestCase(OptimizerKind.RmsProp, 0f, StatePrecision.BFloat16, 2)]
    [TestCase(OptimizerKind.RAdaZo, 0f, StatePrecision.Float32, 8)]
    [TestCase(OptimizerKind.RAdaZo, 0f, StatePrecision.BFloat16, 4)]
    public void DocumentedStateBytes_MatchWhatTheOptimizerAllocates(OptimizerKind kind, float momentum, StatePrecision precision, int documented)
    {
        var options = new OptimizerOptions { Kind = kind, Momentum = momentum, StatePrecision = precision };
        using var backend = new CpuBackend();
        using var p = new ParameterSet(("x", 10));
        using var optimizer = new ZoOptimizer(backend, p, options, 1);
        Assert.That(options.StateBytesPerParameter, Is.EqualTo(documented));
        Assert.That(optimizer.State?.BytesPerParameter ?? 0, Is.EqualTo(documented));
    }
}
