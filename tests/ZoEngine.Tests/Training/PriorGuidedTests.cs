using ZoEngine.Cpu.Reference;
using ZoEngine.Estimators;
using ZoEngine.Noise;
using ZoEngine.Optimizers;
using ZoEngine.Tests.Support;
using ZoEngine.Trajectory;
using ZoEngine.Workloads.Analysis;

namespace ZoEngine.Tests.Training;

public class PriorGuidedTests
{
    private sealed class Oracle(IObjective f, ParameterSet p) : ILossOracle
    {
        public float Evaluate(int query) => f.Evaluate(p);
    }

    private static ParameterSet Start(IZoBackend backend, int d)
    {
        var p = new ParameterSet(("x", d));
        backend.Fill(p, NoiseKind.Gaussian, 31, 1f);
        return p;
    }

    [TestCase(1UL)]
    [TestCase(2UL)]
    [TestCase(77UL)]
    public void GuidingVector_WithTwoCandidates_IsZBestMinusZWorst_BitForBit(ulong stepSeed)
    {
        using var backend = new CpuBackend();
        using var p = Start(backend, 37);
        var f = new HalfSquaredNorm();
        using var est = new PriorGuidedEstimator(backend, p, new EstimatorOptions { Kind = EstimatorKind.GuidingVector, Candidates = 2, EliteFraction = 0.5f, Mode = PerturbationMode.Exact });
        var losses = new float[est.LossesPerStep];
        est.Probe(stepSeed, new Oracle(f, p), losses);
        est.RestoreNow();
        int best = losses[0] <= losses[1] ? 0 : 1, worst = 1 - best;
        Assert.That(est.Ranking.ToArray(), Is.EqualTo(new[] { best, worst }));
        // The engine's v: the combination Σ w_i z_i applied to a zero vector.
        using var v = new ParameterSet();
        v.Add("x", 37, p[0].Id);
        var terms = Enumerable.Range(0, 2).Select(i => new NoiseTerm(est.CandidateSeeds[i], est.Weights[i])).ToArray();
        backend.Combine(v, terms);
        var got = v[0].AsSpan();
        double norm = 0;
        for (int j = 0; j < 37; j++)
        {
            float dense = NoiseReference.Gaussian(est.CandidateSeeds[best], p[0].Id, (ulong)j) - NoiseReference.Gaussian(est.CandidateSeeds[worst], p[0].Id, (ulong)j);
            Assert.That(Bits.Of(got[j]), Is.EqualTo(Bits.Of(dense)), $"element {j}");
            norm += dense * dense;
        }
        Assert.That(norm, Is.GreaterThan(0));
    }

    [TestCase(EstimatorKind.GuidingVector, 4)]
    [TestCase(EstimatorKind.Greedy, 4)]
    [TestCase(EstimatorKind.GuidingVector, 8)]
    public void TheUpdateDirection_IsTheScoredDirection(EstimatorKind kind, int m)
    {
        // Recompute every logged loss from the logged seeds: candidates at θ₀ + εz_i, SPSA at θ₀ ± ε·Σ w_i z_i,
        // and check the update is θ₀ − η·Σ c_i z_i with the logged coefficients.
        using var backend = new CpuBackend();
        using var p = Start(backend, 300);
        using var theta0 = p.CloneLayout();
        p.CopyTo(theta0);
        var config = new RunConfiguration
        {
            RunSeed = 12,
            Estimator = new EstimatorOptions { Kind = kind, Candidates = m, Mu = 1e-2f, Mode = PerturbationMode.Exact },
            Optimizer = new OptimizerOptions { Kind = OptimizerKind.Sgd, LearningRate = 1e-3f },
        };
        var f = new HalfSquaredNorm();
        using var trainer = new ZoTrainer(backend, p, f, config);
        trainer.Step();
        var losses = trainer.LastLosses.ToArray();
        var coefs = trainer.LastCoefficients.ToArray();
        ulong stepSeed = SeedMixer.StepSeed(12, 0);
        float eps = config.Estimator.Mu;
        float ProbeAt(params NoiseTerm[] terms)
        {
            using var q = theta0.CloneLayout();
            theta0.CopyTo(q);
            backend.Combine(q, terms);
            return f.Evaluate(q);
        }
        var seeds = Enumerable.Range(0, m).Select(i => SeedMixer.DirectionSeed(stepSeed, i)).ToArray();
        for (int i = 0; i < m; i++)
            Assert.That(Bits.Of(ProbeAt(new NoiseTerm(seeds[i], eps))), Is.EqualTo(Bits.Of(losses[i])), $"candidate {i}");
        var est = (PriorGuidedEstimator)trainer.Estimator;
        var dir = Enumerable.Range(0, m).Where(i => est.Weights[i] != 0f).Select(i => new NoiseTerm(seeds[i], eps * est.Weights[i])).ToArray();
        Assert.That(Bits.Of(ProbeAt(dir)), Is.EqualTo(Bits.Of(losses[m])), "θ + ε·direction");
        Assert.That(Bits.Of(ProbeAt(dir.Select(t => t with { Coefficient = -t.Coefficient }).ToArray())), Is.EqualTo(Bits.Of(losses[m + 1])), "θ − ε·direction");
        float quotient = (losses[m] - losses[m + 1]) / (2 * eps);
        for (int i = 0; i < m; i++)
            Assert.That(Bits.Of(coefs[i]), Is.EqualTo(Bits.Of(est.Weights[i] * quotient)), $"coefficient {i}");
        var update = Enumerable.Range(0, m).Where(i => coefs[i] != 0f).Select(i => new NoiseTerm(seeds[i], -config.Optimizer.LearningRate * coefs[i])).ToArray();
        using var expected = theta0.CloneLayout();
        theta0.CopyTo(expected);
        backend.Combine(expected, update);
        Assert.That(ParameterHash.Sha256(p), Is.EqualTo(ParameterHash.Sha256(expected)));
        if (kind == EstimatorKind.Greedy)
        {
            Assert.That(est.Weights.ToArray().Count(w => w != 0f), Is.EqualTo(1));
            Assert.That(losses[est.Ranking[0]], Is.EqualTo(losses[..m].Min()));
        }
    }

    [Test]
    public void TiesAreBrokenByCandidateIndex()
    {
        using var backend = new CpuBackend();
        using var p = Start(backend, 10);
        using var est = new PriorGuidedEstimator(backend, p, new EstimatorOptions { Kind = EstimatorKind.GuidingVector, Candidates = 4, Mode = PerturbationMode.Exact });
        var losses = new float[6];
        est.Probe(3, new Oracle(new DelegateObjective(_ => 1f), p), losses);
        Assert.That(est.Ranking.ToArray(), Is.EqualTo(new[] { 0, 1, 2, 3 }));
        Assert.That(est.Weights.ToArray(), Is.EqualTo(new[] { 0.5f, 0.5f, -0.5f, -0.5f }));
    }

    [TestCase(1, 0.5f, "candidates")]
    [TestCase(4, 0f, "elite")]
    [TestCase(4, 1f, "elite")]
    [TestCase(4, 0.2f, "elite")]
    [TestCase(5, 0.1f, "elite")]
    [TestCase(2, float.NaN, "elite")]
    public void InvalidCandidatesOrAlpha_AreRejected(int m, float alpha, string word)
    {
        using var backend = new CpuBackend();
        using var p = Start(backend, 10);
        Assert.That(() => new PriorGuidedEstimator(backend, p, new EstimatorOptions { Kind = EstimatorKind.GuidingVector, Candidates = m, EliteFraction = alpha }),
            Throws.ArgumentException.With.Message.Contains(word));
    }

    [Test]
    public void ValidEdgeCombinations_AreAccepted()
    {
        using var backend = new CpuBackend();
        using var p = Start(backend, 10);
        using var a = new PriorGuidedEstimator(backend, p, new EstimatorOptions { Kind = EstimatorKind.GuidingVector, Candidates = 2, EliteFraction = 0.5f });
        using var b = new PriorGuidedEstimator(backend, p, new EstimatorOptions { Kind = EstimatorKind.GuidingVector, Candidates = 4, EliteFraction = 0.9f });
        Assert.That(b.EliteCount, Is.EqualTo(3));
        using var c = new PriorGuidedEstimator(backend, p, new EstimatorOptions { Kind = EstimatorKind.GuidingVector, Candidates = 3, EliteFraction = 0.99f });
        Assert.That(c.EliteCount, Is.EqualTo(2));
        Assert.That(() => new PriorGuidedEstimator(backend, p, new EstimatorOptions { Kind = EstimatorKind.Greedy, Distribution = NoiseDistribution.Sphere }), Throws.ArgumentException.With.Message.Contains("sphere"));
    }

    [TestCase(EstimatorKind.GuidingVector, 2)]
    [TestCase(EstimatorKind.GuidingVector, 5)]
    [TestCase(EstimatorKind.Greedy, 3)]
    public void NanScore_NamesTheStepAndCandidate_AndLeavesThetaRestored(EstimatorKind kind, int failingCandidate)
    {
        using var backend = new CpuBackend();
        using var p = Start(backend, 200);
        var config = new RunConfiguration { RunSeed = 4, Estimator = new EstimatorOptions { Kind = kind, Candidates = 6 }, Optimizer = new OptimizerOptions { Kind = OptimizerKind.RAdaZo } };
        // Step 0 takes 8 evaluations; the bad score comes at candidate `failingCandidate` of step 1.
        using var trainer = new ZoTrainer(backend, p, new FailingObjective(new HalfSquaredNorm(), 8 + failingCandidate, float.NaN), config);
        trainer.Step();
        float[] before = p[0].AsSpan().ToArray();
        var e = Assert.Throws<ZoObjectiveException>(() => trainer.Step())!;
        Assert.That(e.Step, Is.EqualTo(1));
        Assert.That(e.Query, Is.EqualTo(failingCandidate));
        Assert.That(e.Message, Does.Contain($"candidate {failingCandidate}"));
        var after = p[0].AsSpan().ToArray();
        for (int i = 0; i < before.Length; i++)
            Assert.That(Math.Abs(after[i] - (double)before[i]), Is.LessThanOrEqualTo(Tolerance.RestoreBound(before[i], 1e-3f, failingCandidate + 2)), $"element {i}");
    }

    [Test]
    public void NanAtTheSpsaProbe_IsNamedAsSuch()
    {
        using var backend = new CpuBackend();
        using var p = Start(backend, 50);
        var config = new RunConfiguration { RunSeed = 4, Estimator = new EstimatorOptions { Kind = EstimatorKind.GuidingVector, Candidates = 4, Mode = PerturbationMode.Exact }, Optimizer = new OptimizerOptions { Kind = OptimizerKind.Sgd, LearningRate = 1e-3f } };
        using var trainer = new ZoTrainer(backend, p, new FailingObjective(new HalfSquaredNorm(), 5, float.PositiveInfinity), config);
        float[] before = p[0].AsSpan().ToArray();
        var e = Assert.Throws<ZoObjectiveException>(() => trainer.Step())!;
        Assert.That(e.Message, Does.Contain("θ−εv"));
        Assert.That(p[0].AsSpan().ToArray(), Is.EqualTo(before));
    }

    [Test]
    public void MeanCosine_OrdersGuidingVectorAboveGreedyAbovePlainZo()
    {
        // d = 1000, k = 8 candidates (GV: s = 4) against a single plain direction. Each mean is over 300 draws;
        // the margin is 5 combined standard errors of the difference, derived from the draws themselves.
        const int d = 1000, k = 8, trials = 300;
        var zo = AlignmentStudy.Measure(AlignmentMethod.PlainZo, d, 1, trials, seed: 5);
        var greedy = AlignmentStudy.Measure(AlignmentMethod.Greedy, d, k, trials, seed: 5);
        var gv = AlignmentStudy.Measure(AlignmentMethod.GuidingVector, d, k, trials, seed: 5);
        static double Margin(AlignmentCell a, AlignmentCell b) => 5 * Math.Sqrt(a.CosineStandardError * a.CosineStandardError + b.CosineStandardError * b.CosineStandardError);
        Assert.That(zo.Cosine, Is.GreaterThan(0));
        Assert.That(greedy.Cosine - zo.Cosine, Is.GreaterThan(Margin(greedy, zo)), $"greedy {greedy.Cosine} vs zo {zo.Cosine}");
        Assert.That(gv.Cosine - greedy.Cosine, Is.GreaterThan(Margin(gv, greedy)), $"gv {gv.Cosine} vs greedy {greedy.Cosine}");
    }

    [Test]
    public void SteadyStateGvSteps_AllocateNothing()
    {
        using var backend = new CpuBackend();
        using var p = Start(backend, 4000);
        var config = new RunConfiguration { RunSeed = 1, Estimator = new EstimatorOptions { Kind = EstimatorKind.GuidingVector, Candidates = 4 }, Optimizer = new OptimizerOptions { Kind = OptimizerKind.RAdaZo } };
        using var stream = new MemoryStream(1 << 20);
        using var log = TrajectoryWriter.Create(stream, config.ToMetadata(p), leaveOpen: true);
        using var trainer = new ZoTrainer(backend, p, new HalfSquaredNorm(), config, log);
        Assert.That(Allocation.SteadyState(() => trainer.Step()), Is.EqualTo(0));
    }
}
