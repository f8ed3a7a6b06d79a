using ZoEngine.Cpu.Reference;
using ZoEngine.Estimators;
using ZoEngine.Noise;
using ZoEngine.Optimizers;
using ZoEngine.Tests.Support;

namespace ZoEngine.Tests.Training;

public class EstimatorTests
{
    private sealed class ObjectiveOracle(IObjective f, ParameterSet p) : ILossOracle
    {
        public float Evaluate(int query) => f.Evaluate(p);
    }

    private static ParameterSet Point(int d)
    {
        var p = new ParameterSet(("x", d));
        var s = p[0].AsSpan();
        for (int i = 0; i < d; i++)
            s[i] = (i % 5) - 2 + 0.5f * (i % 2); // integers and halves: ‖x‖ > 0, exact in binary32
        return p;
    }

    /// <summary>ĝ expanded densely through the reference noise (small d only).</summary>
    private static double[] Dense(IGradientEstimator e, ParameterSet p, ReadOnlySpan<float> coefs)
    {
        var g = new double[p.TotalLength];
        var src = e.Estimate(coefs);
        foreach (var term in src.Terms)
            for (int j = 0; j < g.Length; j++)
                g[j] += term.Coefficient * (double)NoiseReference.Element(term.Kind, term.Seed, p[0].Id, (ulong)j);
        return g;
    }

    [TestCase(EstimatorKind.Spsa, NoiseDistribution.Gaussian, 1)]
    [TestCase(EstimatorKind.Spsa, NoiseDistribution.Rademacher, 2)]
    [TestCase(EstimatorKind.Spsa, NoiseDistribution.Sphere, 1)]
    [TestCase(EstimatorKind.OneSided, NoiseDistribution.Gaussian, 3)]
    public void MeanOfManyEstimates_MatchesTheTrueGradient_WithinTheStandardError(EstimatorKind kind, NoiseDistribution dist, int q)
    {
        // f = ½‖x‖², ∇f = x, and the two-sided quotient is exactly zᵀx. Per query E[(zᵀx)² z_i²] is ‖x‖² + 2x_i²
        // for Gaussian z, ‖x‖² for Rademacher, and d(‖x‖² + 2x_i²)/(d+2) for d-scaled sphere directions, so
        // (‖x‖² + 2x_i²)/q bounds the variance of every case; one-sided adds an ε²-order term, covered by the slack.
        // 5 standard errors of the mean over the trials.
        const int d = 8, trials = 12000;
        using var backend = new CpuBackend();
        using var p = Point(d);
        float[] x = p[0].AsSpan().ToArray();
        var options = new EstimatorOptions { Kind = kind, Distribution = dist, Queries = q, Mu = 1e-2f, ScaleByDimension = true, Mode = PerturbationMode.Exact };
        using var est = EstimatorFactory.Create(backend, p, options);
        var oracle = new ObjectiveOracle(new HalfSquaredNorm(), p);
        var losses = new float[est.LossesPerStep];
        var coefs = new float[est.CoefficientsPerStep];
        var sum = new double[d];
        for (int t = 0; t < trials; t++)
        {
            est.Probe(SeedMixer.StepSeed(77, t), oracle, losses);
            est.ComputeCoefficients(losses, coefs);
            var g = Dense(est, p, coefs);
            est.RestoreNow();
            for (int i = 0; i < d; i++)
                sum[i] += g[i];
        }
        Assert.That(p[0].AsSpan().ToArray(), Is.EqualTo(x), "exact mode restores θ bit for bit");
        double norm2 = x.Sum(v => (double)v * v);
        Assert.That(norm2, Is.GreaterThan(0));
        for (int i = 0; i < d; i++)
        {
            double mean = sum[i] / trials;
            double se = Math.Sqrt((norm2 + 2 * x[i] * x[i]) / q / trials);
            Assert.That(mean, Is.EqualTo(x[i]).Within(5 * se + options.Mu), $"component {i}");
        }
    }

    [Test]
    public void SphereDirections_HaveUnitNormUnderTheirCoefficient()
    {
        using var backend = new CpuBackend();
        using var p = Point(1000);
        var options = new EstimatorOptions { Distribution = NoiseDistribution.Sphere, Queries = 1, Mu = 1f, Mode = PerturbationMode.Exact };
        using var est = new RandomDirectionEstimator(backend, p, options);
        var losses = new float[2];
        est.Probe(5, new ObjectiveOracle(new HalfSquaredNorm(), p), losses);
        // The +μ probe point minus θ is μ·u: recompute u = σ·z and check ‖u‖ = 1.
        long fixedSum = backend.NoiseSquaredNormFixed(p, NoiseKind.Gaussian, est.DirectionSeeds[0]);
        double norm = Math.Sqrt(fixedSum / 16777216.0);
        double direct = Math.Sqrt(Enumerable.Range(0, 1000).Sum(j => Math.Pow(NoiseReference.Gaussian(est.DirectionSeeds[0], p[0].Id, (ulong)j), 2)));
        Assert.That(norm, Is.EqualTo(direct).Within(1e-6 * direct));
    }

    [TestCase(EstimatorKind.Forward)]
    [TestCase(EstimatorKind.Central)]
    public void CoordinateDifferences_RecoverTheGradientOfAQuadratic(EstimatorKind kind)
    {
        using var backend = new CpuBackend();
        using var p = Point(6);
        float[] x = p[0].AsSpan().ToArray();
        var options = new EstimatorOptions { Kind = kind, Mu = 1f / 64 };
        using var est = new CoordinateEstimator(backend, p, options);
        var losses = new float[est.LossesPerStep];
        var coefs = new float[est.CoefficientsPerStep];
        est.Probe(0, new ObjectiveOracle(new HalfSquaredNorm(), p), losses);
        est.ComputeCoefficients(losses, coefs);
        Assert.That(p[0].AsSpan().ToArray(), Is.EqualTo(x), "coordinates are restored exactly");
        for (int i = 0; i < 6; i++)
        {
            // Central is exact on a quadratic; forward carries the h/2 curvature term.
            double expected = kind == EstimatorKind.Central ? x[i] : x[i] + options.Mu / 2;
            Assert.That(coefs[i], Is.EqualTo(expected).Within(1e-5), $"coordinate {i}");
        }
        Assert.That(losses.Length, Is.EqualTo(kind == EstimatorKind.Central ? 12 : 7));
    }

    [Test]
    public void CoordinateSubset_ProbesOnlyTheGivenCoordinates()
    {
        using var backend = new CpuBackend();
        using var p = Point(10);
        var f = new HalfSquaredNorm();
        using var est = new CoordinateEstimator(backend, p, new EstimatorOptions { Kind = EstimatorKind.Central, Mu = 0.5f, Coordinates = [1, 7] });
        var losses = new float[est.LossesPerStep];
        est.Probe(0, new ObjectiveOracle(f, p), losses);
        Assert.That(f.Calls, Is.EqualTo(4));
        var coefs = new float[2];
        est.ComputeCoefficients(losses, coefs);
        Assert.That(coefs, Is.EqualTo(new[] { p.GetFlat(1), p.GetFlat(7) }).Within(1e-5f));
    }

    [Test]
    public void InPlaceRestore_ReturnsWithinTheUlpBound_AndExactModeIsBitIdentical([Values] PerturbationMode mode)
    {
        using var backend = new CpuBackend();
        using var p = new ParameterSet(("x", 4099));
        backend.Fill(p, NoiseKind.Gaussian, 1234, 1f);
        float[] before = p[0].AsSpan().ToArray();
        using var est = new RandomDirectionEstimator(backend, p, new EstimatorOptions { Queries = 3, Mu = 1e-3f, Mode = mode });
        var losses = new float[est.LossesPerStep];
        est.Probe(99, new ObjectiveOracle(new HalfSquaredNorm(), p), losses);
        est.RestoreNow();
        var after = p[0].AsSpan();
        long worst = 0;
        int changed = 0;
        for (int i = 0; i < before.Length; i++)
        {
            worst = Math.Max(worst, Bits.UlpDistance(before[i], after[i]));
            changed += before[i] != after[i] ? 1 : 0;
            if (mode == PerturbationMode.InPlace)
                Assert.That(Math.Abs(after[i] - (double)before[i]), Is.LessThanOrEqualTo(Tolerance.RestoreBound(before[i], 1e-3f, 7)), $"element {i}: six probe passes and the restore");
        }
        if (mode == PerturbationMode.Exact)
            Assert.That(worst, Is.EqualTo(0));
        else
            Assert.That(changed, Is.LessThan(before.Length), "most elements come back exactly");
    }

    [TestCase(EstimatorKind.Spsa, 1)]
    [TestCase(EstimatorKind.Spsa, 3)]
    [TestCase(EstimatorKind.OneSided, 2)]
    public void SgdStep_MakesTheDocumentedNumberOfPassesOverTheta(EstimatorKind kind, int q)
    {
        using var counting = new CountingBackend(new CpuBackend());
        using var p = Point(64);
        var config = new RunConfiguration
        {
            RunSeed = 1,
            Estimator = new EstimatorOptions { Kind = kind, Queries = q },
            Optimizer = new OptimizerOptions { Kind = OptimizerKind.Sgd, LearningRate = 0.1f },
        };
        using var trainer = new ZoTrainer(counting, p, new HalfSquaredNorm(), config);
        trainer.Step();
        int expected = kind == EstimatorKind.Spsa ? 2 * q + 1 : q + 1;
        Assert.That(counting.Passes, Is.EqualTo(expected));
        counting.Passes = 0;
        trainer.Step();
        Assert.That(counting.Passes, Is.EqualTo(expected), "steady state");
    }

    [Test]
    public void AdaptiveStep_FusesTheLastRestoreIntoTheMomentPass()
    {
        using var counting = new CountingBackend(new CpuBackend());
        using var p = Point(64);
        var config = new RunConfiguration { RunSeed = 1, Estimator = EstimatorOptions.MeZo(), Optimizer = new OptimizerOptions { Kind = OptimizerKind.RAdaZo } };
        using var trainer = new ZoTrainer(counting, p, new HalfSquaredNorm(), config);
        trainer.Step();
        Assert.That(counting.Passes, Is.EqualTo(3), "+εz, −2εz, then restore+update in the (θ, m, v) pass");
    }

    [Test]
    public void InvalidOptions_AreRejectedWithTheirName()
    {
        using var backend = new CpuBackend();
        using var p = Point(4);
        Assert.That(() => new RandomDirectionEstimator(backend, p, new EstimatorOptions { Mu = 0 }), Throws.ArgumentException.With.Message.Contains("mu"));
        Assert.That(() => new RandomDirectionEstimator(backend, p, new EstimatorOptions { Mu = float.NaN }), Throws.ArgumentException.With.Message.Contains("mu"));
        Assert.That(() => new RandomDirectionEstimator(backend, p, new EstimatorOptions { Queries = 0 }), Throws.ArgumentException.With.Message.Contains("q"));
        Assert.That(() => new CoordinateEstimator(backend, p, new EstimatorOptions { Kind = EstimatorKind.Forward, Coordinates = [2, 1] }), Throws.ArgumentException.With.Message.Contains("ascending"));
        Assert.That(() => new CoordinateEstimator(backend, p, new EstimatorOptions { Kind = EstimatorKind.Forward, Coordinates = [9] }), Throws.ArgumentException.With.Message.Contains("outside"));
        Assert.That(() => new OptimizerOptions { Beta2 = 1f }.Validate(), Throws.ArgumentException.With.Message.Contains("beta2"));
        Assert.That(() => new OptimizerOptions { LearningRate = float.PositiveInfinity }.Validate(), Throws.ArgumentException.With.Message.Contains("learning rate"));
    }
}
