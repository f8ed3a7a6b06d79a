using ZoEngine.Nn;

namespace ZoEngine.Tests.Nn;

[TestFixture]
public sealed class GradientComparisonTests
{
    [Test]
    public void AgreementIsReportedOverallAndPerUnitWithAnAccurateOneMinusCosine()
    {
        var model = new Sequential<double>(new Linear<double>(2, 2), new Linear<double>(2, 1));
        // Unit 1 holds W1 (4) and b1 (2); unit 2 holds W2 (2) and b2 (1).
        double[][] reference = [[1, 0, 0, 0], [0, 0], [0, 1], [0]];
        double[][] close = [[1, 0, 0, 0], [0, 0], [1e-12, 1], [0]];
        double[][] opposite = [[-2, 0, 0, 0], [0, 0], [0, 3], [0]];
        var near = GradientComparison.Compare(model, close, reference);
        Assert.That(near.Select(a => a.Unit), Is.EqualTo(new[] { 0, 1, 2 }));
        // Unit 2: g = (1e-12, 1) against (0, 1): 1 − cos = 5e-25 exactly to first order; the naive 1 − cos rounds to 0.
        Assert.That(near[2].OneMinusCosine, Is.EqualTo(5e-25).Within(1e-30));
        Assert.That(1 - near[2].Cosine, Is.EqualTo(0.0));
        Assert.That(near[1].Cosine, Is.EqualTo(1.0));
        Assert.That(near[2].RelativeError, Is.EqualTo(1e-12).Within(1e-24));
        var far = GradientComparison.Compare(model, opposite, reference);
        Assert.That(far[1].Cosine, Is.EqualTo(-1.0));
        Assert.That(far[1].OneMinusCosine, Is.EqualTo(2.0).Within(1e-15));
        Assert.That(far[0].Cosine, Is.EqualTo((-2 + 3) / Math.Sqrt(13) / Math.Sqrt(2)).Within(1e-15));
        Assert.That(far[0].ReferenceNorm, Is.EqualTo(Math.Sqrt(2)).Within(1e-15));
    }

    [Test]
    public void ZeroGradientsGiveNaNAndMismatchedSnapshotsAreRefused()
    {
        var model = new Sequential<double>(new Linear<double>(1, 1));
        var zero = GradientComparison.Compare(model, [[0], [0]], [[1], [0]]);
        Assert.That(double.IsNaN(zero[0].Cosine), Is.True);
        Assert.That(zero[0].RelativeError, Is.EqualTo(1.0));
        Assert.Throws<ArgumentException>(() => GradientComparison.Compare(model, [[0]], [[1], [0]]));
        Assert.Throws<ArgumentException>(() => GradientComparison.Compare(model, [[0, 1], [0]], [[1], [0]]));
    }
}
