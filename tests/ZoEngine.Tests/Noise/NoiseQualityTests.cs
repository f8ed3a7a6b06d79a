using ZoEngine.Cpu.Reference;
using ZoEngine.Noise;
using ZoEngine.Tests.Support;
using ZoEngine.Workloads.Diagnostics;

namespace ZoEngine.Tests.Noise;

/// <summary>Accuracy against binary64 and the distribution of z, with bounds derived in Tolerance and from n.</summary>
public class NoiseQualityTests
{
    [Test]
    public void PortableLog_IsWithinItsUlpBound_OverEveryUniform()
    {
        var a = NoiseQuality.MeasureAccuracy(5, 1 << 16);
        Assert.That(a.LogMaxUlps, Is.GreaterThan(0).And.LessThanOrEqualTo(Tolerance.LogMaxUlps));
        Assert.That(a.SinCosMaxAbs, Is.GreaterThan(0).And.LessThanOrEqualTo(Tolerance.SinCosAbs));
        Assert.That(a.GaussianMaxRel, Is.GreaterThan(0).And.LessThanOrEqualTo(Tolerance.GaussianRel));
    }

    [TestCase(20241UL)]
    [TestCase(7UL)]
    public void TenMillionSamples_HaveNormalMomentsAndKsDistance(ulong seed)
    {
        var d = NoiseQuality.MeasureDistribution(seed, 10_000_000);
        Assert.That(Math.Abs(d.Mean), Is.LessThanOrEqualTo(d.MeanBound), "mean");
        Assert.That(Math.Abs(d.Variance - 1), Is.LessThanOrEqualTo(d.VarianceBound), "variance");
        Assert.That(Math.Abs(d.ExcessKurtosis), Is.LessThanOrEqualTo(d.KurtosisBound), "excess kurtosis");
        Assert.That(d.KolmogorovSmirnov, Is.LessThanOrEqualTo(d.KolmogorovSmirnovBound), "KS");
    }

    [Test]
    public void DistributionCheck_RejectsAStreamThatIsNotNormal()
    {
        // The statistics must be able to fail: uniforms scaled to unit variance have excess kurtosis −1.2.
        var stats = NoiseQuality.MeasureDistribution(1, 1000);
        Assert.That(stats.Passes, Is.True);
        var u = new double[100_000];
        for (int i = 0; i < u.Length; i++)
            u[i] = (NoiseReference.UniformClosedZero(NoiseReference.Word(1, 0, (ulong)i)) - 0.5) * Math.Sqrt(12);
        double m4 = u.Average(x => x * x * x * x), m2 = u.Average(x => x * x);
        Assert.That(Math.Abs(m4 / (m2 * m2) - 3), Is.GreaterThan(5 * Math.Sqrt(24.0 / u.Length)));
    }

    [Test]
    public void Rademacher_IsBalanced()
    {
        var z = new float[1 << 20];
        NoiseStream.Generate(NoiseKind.Rademacher, 11, 0, 0, z);
        double mean = z.Average(v => (double)v);
        Assert.That(z.All(v => v is 1f or -1f));
        Assert.That(Math.Abs(mean), Is.LessThanOrEqualTo(5 / Math.Sqrt(z.Length)));
    }
}
