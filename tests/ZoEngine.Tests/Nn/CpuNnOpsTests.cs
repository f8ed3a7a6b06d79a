using ZoEngine.Nn;
using ZoEngine.Nn.Gemm;

namespace ZoEngine.Tests.Nn;

[TestFixture]
public sealed class CpuNnOpsTests
{
    private static readonly CpuNnOps<double> Ops64 = new(ReferenceGemm.Instance);
    private static readonly CpuNnOps<float> Ops32 = new(ReferenceGemm.Instance);

    private static Tensor<T> Integers<T>(int rows, int cols, int seed) where T : unmanaged, System.Numerics.IBinaryFloatingPointIeee754<T>
    {
        var random = new Random(seed);
        var t = new Tensor<T>(rows, cols);
        var s = t.Span;
        for (int i = 0; i < s.Length; i++)
            s[i] = T.CreateTruncating(random.Next(-4, 5));
        return t;
    }

    [TestCase(Transpose.No, Transpose.No)]
    [TestCase(Transpose.No, Transpose.Yes)]
    [TestCase(Transpose.Yes, Transpose.No)]
    [TestCase(Transpose.Yes, Transpose.Yes)]
    public void MatMulOnSmallIntegersIsExactInBothPrecisions(Transpose ta, Transpose tb)
    {
        const int m = 5, n = 7, k = 3;
        var a = Integers<double>(ta == Transpose.No ? m : k, ta == Transpose.No ? k : m, 1);
        var b = Integers<double>(tb == Transpose.No ? k : n, tb == Transpose.No ? n : k, 2);
        var c = Integers<double>(m, n, 3);
        var expected = new double[m, n];
        for (int i = 0; i < m; i++)
            for (int j = 0; j < n; j++)
            {
                double sum = 0;
                for (int p = 0; p < k; p++)
                    sum += (ta == Transpose.No ? a[i, p] : a[p, i]) * (tb == Transpose.No ? b[p, j] : b[j, p]);
                expected[i, j] = 2 * sum + 3 * c[i, j];
            }
        var c32 = c.Convert<float>();
        Ops64.MatMul(a, ta, b, tb, c, 2.0, 3.0);
        Ops32.MatMul(a.Convert<float>(), ta, b.Convert<float>(), tb, c32, 2f, 3f);
        Assert.That(c.Span.ToArray().Any(v => v != 0), Is.True);
        for (int i = 0; i < m; i++)
            for (int j = 0; j < n; j++)
            {
                Assert.That(c[i, j], Is.EqualTo(expected[i, j]));
                Assert.That((double)c32[i, j], Is.EqualTo(expected[i, j]));
            }
    }

    [Test]
    public void MatMulRejectsMismatchedShapesNamingThem()
    {
        var a = new Tensor<double>(2, 3);
        var b = new Tensor<double>(4, 5);
        var ex = Assert.Throws<ArgumentException>(() => Ops64.MatMul(a, Transpose.No, b, Transpose.No, new Tensor<double>(2, 5), 1, 0));
        Assert.That(ex!.Message, Does.Contain("[2, 3]").And.Contain("[4, 5]"));
        var ex2 = Assert.Throws<ArgumentException>(() => Ops64.MatMul(a, Transpose.No, new Tensor<double>(3, 5), Transpose.No, new Tensor<double>(2, 4), 1, 0));
        Assert.That(ex2!.Message, Does.Contain("[2, 5]").And.Contain("[2, 4]"));
    }

    [Test]
    public void ElementwiseOpsRejectShapeMismatches()
    {
        var x = new Tensor<double>(2, 3);
        Assert.Throws<ArgumentException>(() => Ops64.AddRowVector(x, new Tensor<double>(1, 4)));
        Assert.Throws<ArgumentException>(() => Ops64.AccumulateColumnSums(x, new Tensor<double>(2, 3)));
        Assert.Throws<ArgumentException>(() => Ops64.Add(x, new Tensor<double>(3, 2), x));
        Assert.Throws<ArgumentException>(() => Ops64.Activate(ActivationKind.Tanh, x, new Tensor<double>(2, 4)));
        Assert.Throws<ArgumentException>(() => Ops64.ActivationBackward(ActivationKind.Relu, x, x, x, new Tensor<double>(1, 3)));
    }

    [Test]
    public void ReluKeepsNaNVisibleForwardAndBackward()
    {
        var z = Tensor<double>.FromRow([double.NaN, -1, 2]);
        var a = new Tensor<double>(1, 3);
        Ops64.Activate(ActivationKind.Relu, z, a);
        Assert.That(double.IsNaN(a[0, 0]), Is.True);
        Assert.That(a[0, 1], Is.EqualTo(0.0));
        Assert.That(a[0, 2], Is.EqualTo(2.0));
        var dz = new Tensor<double>(1, 3);
        Ops64.ActivationBackward(ActivationKind.Relu, z, a, Tensor<double>.FromRow([1, 1, 1]), dz);
        Assert.That(double.IsNaN(dz[0, 0]), Is.True);
        Assert.That(dz[0, 1], Is.EqualTo(0.0));
        Assert.That(dz[0, 2], Is.EqualTo(1.0));
    }

    [Test]
    public void SoftmaxCrossEntropyIsStableAndItsGradientRowsSumToZero()
    {
        var logits = Tensor<double>.Wrap([1000, 0, -1000, 1, 2, 3], 2, 3);
        var grad = new Tensor<double>(2, 3);
        double loss = Ops64.SoftmaxCrossEntropy(logits, [1, 2], grad);
        // Row 0: log-sum-exp = 1000 (+ e^-1000, nothing in binary64), loss = 1000 − 0; row 1: log(e + e² + e³) − 3.
        double row1 = Math.Log(Math.Exp(1) + Math.Exp(2) + Math.Exp(3)) - 3;
        Assert.That(loss, Is.EqualTo((1000 + row1) / 2).Within(1e-12));
        for (int r = 0; r < 2; r++)
            Assert.That(grad[r, 0] + grad[r, 1] + grad[r, 2], Is.EqualTo(0.0).Within(1e-16));
        Assert.That(grad[0, 0], Is.EqualTo(0.5).Within(1e-16));
        Assert.That(grad[0, 1], Is.EqualTo(-0.5).Within(1e-16));
    }

    [Test]
    public void SoftmaxCrossEntropyRejectsBadLabels()
    {
        var logits = new Tensor<double>(2, 3);
        var ex = Assert.Throws<ArgumentException>(() => Ops64.SoftmaxCrossEntropy(logits, [0, 3], null));
        Assert.That(ex!.Message, Does.Contain("Label 3 of sample 1"));
        Assert.Throws<ArgumentException>(() => Ops64.SoftmaxCrossEntropy(logits, [0], null));
    }

    [Test]
    public void ProbeOpsRejectChunksThatSplitACoordinatePair()
    {
        var anchor = new Tensor<double>(2, 3);
        var probes = new Tensor<double>(3, 3);
        var ex = Assert.Throws<ArgumentException>(() => Ops64.ProbeInputs(anchor, 0.1, 0, probes));
        Assert.That(ex!.Message, Does.Contain("even"));
        Assert.Throws<ArgumentException>(() => Ops64.ProbeInputs(anchor, 0.1, 1, new Tensor<double>(2, 3)));
        Assert.Throws<ArgumentException>(() => Ops64.ProbeInputs(anchor, 0.1, 10, new Tensor<double>(4, 3)));
    }

    [Test]
    public void ProbeLayoutDecodesSampleCoordinateAndSign()
    {
        Assert.That(ProbeLayout.Decode(0, 3), Is.EqualTo((0, 0, 1)));
        Assert.That(ProbeLayout.Decode(1, 3), Is.EqualTo((0, 0, -1)));
        Assert.That(ProbeLayout.Decode(5, 3), Is.EqualTo((0, 2, -1)));
        Assert.That(ProbeLayout.Decode(6, 3), Is.EqualTo((1, 0, 1)));
        Assert.That(ProbeLayout.Decode(11, 3), Is.EqualTo((1, 2, -1)));
    }

    [Test]
    public void TensorViewsShareMemoryAndRejectBadWindows()
    {
        var t = new Tensor<float>(4, 3);
        var view = t.SliceRows(1, 2);
        view[1, 2] = 7f;
        Assert.That(t[2, 2], Is.EqualTo(7f));
        Assert.Throws<ArgumentOutOfRangeException>(() => t.SliceRows(3, 2));
        Assert.Throws<IndexOutOfRangeException>(() => _ = t[4, 0]);
        Assert.Throws<ArgumentException>(() => Tensor<float>.Wrap(new float[5], 2, 3));
        Assert.Throws<ArgumentException>(() => _ = new Tensor<float>(-1, 3));
        Assert.Throws<NotSupportedException>(() => _ = new Tensor<Half>(1, 1));
    }
}
