using ZoEngine.Nn;
using ZoEngine.Nn.Gemm;

namespace ZoEngine.Tests.Nn;

/// <summary>
/// The convolution and pooling layers against direct loops written from the definitions (no im2col, no GEMM), the
/// batch-independence that HZO's spatial probes rely on, the geometry errors, and the ConvNet builder.
/// </summary>
[TestFixture]
public sealed class ConvLayerTests
{
    /// <summary>Small integers: every product and partial sum is exact in float32, so any summation order gives the same bits.</summary>
    private static Tensor<T> Integers<T>(int rows, int cols, int seed, int range = 3) where T : unmanaged, System.Numerics.IBinaryFloatingPointIeee754<T>
    {
        var random = new Random(seed);
        var t = new Tensor<T>(rows, cols);
        foreach (ref T v in t.Span)
            v = T.CreateTruncating(random.Next(-range, range + 1));
        return t;
    }

    /// <summary>y[s, o, oy, ox] = b[o] + Σ_{c,ky,kx} W[o, c, ky, kx]·x[s, c, oy·st − p + ky, ox·st − p + kx] over in-bounds taps.</summary>
    private static double[] DirectConvolution(Conv2d<float> conv, Tensor<float> x)
    {
        var g = conv.Geometry;
        var (cin, h, w, k) = (g.Input.Channels, g.Input.Height, g.Input.Width, g.Kernel);
        var (cout, oh, ow) = (conv.OutShape.Channels, conv.OutShape.Height, conv.OutShape.Width);
        var y = new double[x.Rows * conv.OutFeatures];
        for (int s = 0; s < x.Rows; s++)
        for (int o = 0; o < cout; o++)
        for (int oy = 0; oy < oh; oy++)
        for (int ox = 0; ox < ow; ox++)
        {
            double sum = conv.Bias.Value[0, o];
            for (int c = 0; c < cin; c++)
            for (int ky = 0; ky < k; ky++)
            for (int kx = 0; kx < k; kx++)
            {
                int iy = oy * g.Stride - g.Padding + ky, ix = ox * g.Stride - g.Padding + kx;
                if (iy >= 0 && iy < h && ix >= 0 && ix < w)
                    sum += conv.Weight.Value[o, (c * k + ky) * k + kx] * x[s, (c * h + iy) * w + ix];
            }
            y[s * conv.OutFeatures + (o * oh + oy) * ow + ox] = sum;
        }
        return y;
    }

    private static IEnumerable<TestCaseData> Geometries()
    {
        yield return new TestCaseData(new SpatialShape(1, 5, 5), 2, 3, 1, 0);
        yield return new TestCaseData(new SpatialShape(2, 6, 5), 3, 3, 1, 1);
        yield return new TestCaseData(new SpatialShape(3, 7, 9), 2, 3, 2, 1);
        yield return new TestCaseData(new SpatialShape(2, 8, 8), 4, 1, 2, 0);
        yield return new TestCaseData(new SpatialShape(1, 6, 7), 2, 5, 1, 2);
        yield return new TestCaseData(new SpatialShape(2, 7, 7), 1, 3, 3, 0);
        yield return new TestCaseData(new SpatialShape(3, 3, 3), 2, 3, 1, 0);
    }

    [TestCaseSource(nameof(Geometries))]
    public void ConvolutionEqualsDirectLoops(SpatialShape input, int outChannels, int kernel, int stride, int padding)
    {
        foreach (var gemm in new IGemm[] { ReferenceGemm.Instance, new BlockedGemm(), GemmSelector.Default })
        {
            var conv = new Conv2d<float>(input, outChannels, kernel, stride, padding);
            Integers<float>(outChannels, conv.Weight.Value.Cols, 1).CopyTo(conv.Weight.Value);
            Integers<float>(1, outChannels, 2).CopyTo(conv.Bias.Value);
            var x = Integers<float>(3, input.Features, 3);
            var y = new Tensor<float>(3, conv.OutFeatures);
            conv.Forward(NnContext<float>.Cpu(gemm), x, y, null);
            var expected = DirectConvolution(conv, x);
            Assert.That(NnFixtures.MaxAbs(expected), Is.GreaterThan(0), "an all-zero output cannot pass");
            Assert.That(y.Span.ToArray().Select(v => (double)v).ToArray(), Is.EqualTo(expected), $"{conv.Describe()} with {gemm.Name}");
        }
    }

    [TestCaseSource(nameof(Geometries))]
    public void Col2ImIsTheAdjointOfIm2Col(SpatialShape input, int outChannels, int kernel, int stride, int padding)
    {
        _ = outChannels;
        var ops = new CpuNnOps<double>(ReferenceGemm.Instance);
        var g = ConvGeometry.Create("test", input, kernel, stride, padding);
        var image = Integers<double>(1, input.Features, 4);
        var columns = Integers<double>(g.PatchSize, g.OutPositions, 5);
        var im2col = new Tensor<double>(g.PatchSize, g.OutPositions);
        var col2im = new Tensor<double>(1, input.Features);
        col2im.Span.Fill(99);   // Col2Im overwrites
        ops.Im2Col(image, g, im2col);
        ops.Col2Im(columns, g, col2im);
        double left = 0, right = 0;
        for (int i = 0; i < columns.Length; i++)
            left += im2col.Span[i] * columns.Span[i];
        for (int i = 0; i < image.Length; i++)
            right += image.Span[i] * col2im.Span[i];
        Assert.That(NnFixtures.MaxAbs(col2im.Span.ToArray()), Is.GreaterThan(0));
        Assert.That(left, Is.EqualTo(right), "⟨im2col(x), c⟩ = ⟨x, col2im(c)⟩");
    }

    [Test]
    public void PoolingEqualsDirectLoopsAndMaxTiesGoToTheFirstInScanOrder()
    {
        // One 1×4×4 map, 2×2 windows: the top-left window is all 3s (a four-way tie), the top-right has its maximum 5
        // twice, at (1, 2) and (1, 3), and scan order picks (1, 2).
        float[] map =
        [
            3, 3, 1, 2,
            3, 3, 5, 5,
            0, -1, -2, -4,
            -3, -1, 7, -5,
        ];
        var ops = new CpuNnOps<float>(ReferenceGemm.Instance);
        var g = ConvGeometry.Create("pool", new SpatialShape(1, 4, 4), 2, 2, 0);
        var x = Tensor<float>.FromRow(map);
        var max = new Tensor<float>(1, 4);
        var avg = new Tensor<float>(1, 4);
        ops.Pool2d(PoolKind.Max, x, g, max);
        ops.Pool2d(PoolKind.Average, x, g, avg);
        Assert.That(max.Span.ToArray(), Is.EqualTo(new float[] { 3, 5, 0, 7 }));
        Assert.That(avg.Span.ToArray(), Is.EqualTo(new float[] { 3, 3.25f, -1.25f, -1 }));
        var dy = Tensor<float>.FromRow([10, 20, 30, 40]);
        var dx = new Tensor<float>(1, 16);
        ops.Pool2dBackward(PoolKind.Max, x, g, dy, dx);
        Assert.That(dx.Span.ToArray(), Is.EqualTo(new float[] { 10, 0, 0, 0, 0, 0, 20, 0, 30, 0, 0, 0, 0, 0, 40, 0 }));
        ops.Pool2dBackward(PoolKind.Average, x, g, dy, dx);
        Assert.That(dx.Span.ToArray(), Is.EqualTo(new float[] { 2.5f, 2.5f, 5, 5, 2.5f, 2.5f, 5, 5, 7.5f, 7.5f, 10, 10, 7.5f, 7.5f, 10, 10 }));
    }

    [Test]
    public void ChannelOpsEqualDirectLoops()
    {
        var ops = new CpuNnOps<double>(ReferenceGemm.Instance);
        var x = Integers<double>(3, 2 * 6, 6);
        var means = new Tensor<double>(3, 2);
        ops.ChannelMeans(x, means);
        var sums = Tensor<double>.FromRow([0.5, -0.5]);
        ops.AccumulateChannelSums(x, sums);
        var bias = Tensor<double>.FromRow([1, -2]);
        var y = x.Clone();
        ops.AddChannelBias(y, bias);
        for (int c = 0; c < 2; c++)
        {
            double total = c == 0 ? 0.5 : -0.5;
            for (int r = 0; r < 3; r++)
            {
                double sum = 0;
                for (int q = 0; q < 6; q++)
                {
                    sum += x[r, c * 6 + q];
                    Assert.That(y[r, c * 6 + q], Is.EqualTo(x[r, c * 6 + q] + bias[0, c]));
                }
                Assert.That(means[r, c], Is.EqualTo(sum / 6));
                total += sum;
            }
            Assert.That(sums[0, c], Is.EqualTo(total));
        }
        var dx = new Tensor<double>(3, 12);
        ops.ChannelMeansBackward(means, dx);
        Assert.That(dx[2, 7], Is.EqualTo(means[2, 1] / 6));
    }

    /// <summary>
    /// HZO's spatial probes need an output element's bits to depend only on its own sample: the convolutional body's
    /// output for the same row alone, in a batch of 5, or at another index of a reversed batch has the same bits, with
    /// every CPU GEMM. (The linear head units are one GEMM over the batch, whose bits OpenBLAS lets depend on the row
    /// count, docs/hzo.md §3; SPP never probes through them.)
    /// </summary>
    [TestCase(ConvNetKind.Cnn)]
    [TestCase(ConvNetKind.ResNet)]
    [TestCase(ConvNetKind.MnistCnn)]
    public void OutputsDoNotDependOnTheBatch(ConvNetKind kind)
    {
        var model = ConvNet.Create<float>(new ConvNetOptions { Kind = kind, Input = new(2, 13, 11), Width = 8, Depth = 3, Stages = 2, Classes = 5, Activation = ActivationKind.Gelu, Seed = 21 });
        NnFixtures.PerturbBiases(model, 22);
        foreach (var gemm in new IGemm[] { ReferenceGemm.Instance, new BlockedGemm(), GemmSelector.Default })
        {
            var context = NnContext<float>.Cpu(gemm);
            var batch = NnFixtures.Gaussian<float>(5, model.InFeatures, 23);
            var reversed = new Tensor<float>(5, model.InFeatures);
            for (int s = 0; s < 5; s++)
                batch.SliceRows(s, 1).CopyTo(reversed.SliceRows(4 - s, 1));
            int body = model.Depth - (kind == ConvNetKind.MnistCnn ? 2 : 1);
            Tensor<float> Body(Tensor<float> input)
            {
                var output = new Tensor<float>(input.Rows, model.Width(body));
                model.ForwardRange(context, 0, body, input, output);
                return output;
            }
            var all = Body(batch);
            var back = Body(reversed);
            for (int s = 0; s < 5; s++)
            {
                var alone = Body(batch.SliceRows(s, 1).Clone());
                Assert.That(all.Row(s).ToArray(), Is.EqualTo(alone.Row(0).ToArray()), $"{gemm.Name}: row {s} in a batch of 5");
                Assert.That(back.Row(4 - s).ToArray(), Is.EqualTo(alone.Row(0).ToArray()), $"{gemm.Name}: row {s} at index {4 - s}");
            }
        }
    }

    [Test]
    public void GeometryErrorsNameTheLayerAndTheSizes()
    {
        var big = Assert.Throws<ArgumentException>(() => new Conv2d<float>(new(1, 4, 4), 2, 7, 1, 1));
        Assert.That(big!.Message, Does.Contain("Conv2d").And.Contain("7×7").And.Contain("6×6"));
        var pool = Assert.Throws<ArgumentException>(() => new MaxPool2d<float>(new(3, 1, 5), 2));
        Assert.That(pool!.Message, Does.Contain("MaxPool2d").And.Contain("1×5"));
        var padding = Assert.Throws<ArgumentException>(() => new Conv2d<float>(new(1, 4, 4), 2, 3, 1, 3));
        Assert.That(padding!.Message, Does.Contain("padding 3"));
        var stride = Assert.Throws<ArgumentException>(() => new Conv2d<float>(new(1, 4, 4), 2, 3, 0, 1));
        Assert.That(stride!.Message, Does.Contain("stride 0"));
        Assert.Throws<ArgumentException>(() => new Conv2d<float>(new(1, 4, 4), 0, 3, 1, 1));
        // 8×14×14 and 32×7×7 both hold 1568 features: only the maps tell them apart.
        var a = new Conv2d<float>(new(1, 14, 14), 8, 3, 1, 1);
        var b = new Conv2d<float>(new(32, 7, 7), 4, 3, 1, 1);
        var chain = Assert.Throws<ArgumentException>(() => new Chain<float>(a, new Activation<float>(ActivationKind.Relu, a.OutFeatures), b));
        Assert.That(chain!.Message, Does.Contain("8×14×14").And.Contain("32×7×7"));
        var units = Assert.Throws<ArgumentException>(() => new Sequential<float>(a, b));
        Assert.That(units!.Message, Does.Contain("8×14×14").And.Contain("32×7×7").And.Contain("Units 1 and 2"));
        var head = Assert.Throws<ArgumentException>(() => new Sequential<float>(a, new GlobalAvgPool<float>(new(32, 7, 7))));
        Assert.That(head!.Message, Does.Contain("GlobalAvgPool"));
        var mnist = Assert.Throws<ArgumentException>(() => ConvNet.Create<float>(new ConvNetOptions { Kind = ConvNetKind.MnistCnn, Input = new(1, 5, 5) }));
        Assert.That(mnist!.Message, Does.Contain("MaxPool2d").And.Contain("1×1"));
        Assert.Throws<ArgumentException>(() => ConvNet.Create<float>(new ConvNetOptions { Depth = 1, Stages = 2 }));
        Assert.Throws<ArgumentException>(() => ConvNet.Create<float>(new ConvNetOptions { Width = 0 }));
        Assert.Throws<ArgumentException>(() => ConvNet.Create<float>(new ConvNetOptions { Classes = 0 }));
        Assert.Throws<ArgumentException>(() => ConvNet.Create<float>(new ConvNetOptions { Input = new(0, 28, 28) }));
    }

    [Test]
    public void OpsRefuseMismatchedOperands()
    {
        var ops = new CpuNnOps<float>(ReferenceGemm.Instance);
        var g = ConvGeometry.Create("test", new SpatialShape(2, 4, 4), 3, 1, 1);
        Assert.Throws<ArgumentException>(() => ops.Im2Col(new Tensor<float>(1, 31), g, new Tensor<float>(18, 16)));
        Assert.Throws<ArgumentException>(() => ops.Im2Col(new Tensor<float>(1, 32), g, new Tensor<float>(18, 15)));
        Assert.Throws<ArgumentException>(() => ops.AddChannelBias(new Tensor<float>(2, 10), new Tensor<float>(1, 3)));
        Assert.Throws<ArgumentException>(() => ops.ChannelMeans(new Tensor<float>(2, 10), new Tensor<float>(3, 2)));
        Assert.Throws<ArgumentException>(() => ops.Pool2d(PoolKind.Max, new Tensor<float>(2, 32), g, new Tensor<float>(2, 32)), "pooling is unpadded");
        var pool = ConvGeometry.Create("pool", new SpatialShape(2, 4, 4), 2, 2, 0);
        Assert.Throws<ArgumentException>(() => ops.Pool2d(PoolKind.Max, new Tensor<float>(2, 32), pool, new Tensor<float>(1, 8)));
    }

    [Test]
    public void MnistCnnIsPyTorchsExampleNetwork()
    {
        var model = ConvNet.Create<float>(new ConvNetOptions { Kind = ConvNetKind.MnistCnn, Seed = 1 });
        // PyTorch's examples/mnist Net: 320 + 18,496 + 1,179,776 + 1,290 parameters.
        Assert.That(model.ParameterCount, Is.EqualTo(1_199_882));
        Assert.That(model.Depth, Is.EqualTo(4));
        Assert.That(model.Width(2), Is.EqualTo(9216));
        Assert.That(Spatial.Range(model, 0, 2), Is.EqualTo((new SpatialShape(1, 28, 28), new SpatialShape(64, 12, 12), new ReceptiveField(6, 2, 0))));
        Assert.That(Spatial.Range(model, 0, 3), Is.Null, "the linear head is not spatial");
        Assert.That(Spatial.ActivationShape(model, 3), Is.Null);
    }

    [TestCase(ConvNetKind.Cnn, 5, 5)]
    [TestCase(ConvNetKind.ResNet, 5, 6)]
    public void BodyUnitsAreSpatialAndTheHeadIsNot(ConvNetKind kind, int depth, int bodyUnits)
    {
        var model = ConvNet.Create<float>(new ConvNetOptions { Kind = kind, Input = new(1, 28, 28), Width = 4, Depth = depth, Stages = 3, Seed = 2 });
        Assert.That(model.Depth, Is.EqualTo(bodyUnits + 1));
        var body = Spatial.Range(model, 0, bodyUnits);
        Assert.That(body, Is.Not.Null);
        Assert.That(body!.Value.Out, Is.EqualTo(new SpatialShape(16, 7, 7)), "3 stages: 28 → 14 → 7, channels 4 → 8 → 16");
        Assert.That(Spatial.Range(model, bodyUnits - 1, bodyUnits + 1), Is.Null);
        Assert.That(model.OutFeatures, Is.EqualTo(10));
    }

    [Test]
    public void InitialisationIsSeededAndTheSameInBothPrecisions()
    {
        var options = new ConvNetOptions { Kind = ConvNetKind.ResNet, Input = new(1, 8, 8), Width = 3, Depth = 2, Stages = 2, Seed = 31 };
        var single = ConvNet.Create<float>(options);
        var wide = ConvNet.Create<double>(options);
        var again = ConvNet.Create<float>(options);
        var other = ConvNet.Create<float>(options with { Seed = 32 });
        for (int i = 0; i < single.Parameters.Count; i++)
        {
            var f = single.Parameters[i].Value.Span.ToArray();
            Assert.That(wide.Parameters[i].Value.Span.ToArray(), Is.EqualTo(f.Select(v => (double)v).ToArray()), single.ParameterNames[i]);
            Assert.That(again.Parameters[i].Value.Span.ToArray(), Is.EqualTo(f), single.ParameterNames[i]);
            if (single.ParameterNames[i].EndsWith("weight", StringComparison.Ordinal))
            {
                Assert.That(NnFixtures.MaxAbs([.. f.Select(v => (double)v)]), Is.GreaterThan(0), single.ParameterNames[i]);
                Assert.That(other.Parameters[i].Value.Span.ToArray(), Is.Not.EqualTo(f), single.ParameterNames[i]);
            }
        }
    }

    [TestCase(ConvNetKind.Cnn)]
    [TestCase(ConvNetKind.ResNet)]
    [TestCase(ConvNetKind.MnistCnn)]
    public void BackpropStepsLowerTheLossOnAFixedBatch(ConvNetKind kind)
    {
        var model = ConvNet.Create<float>(new ConvNetOptions { Kind = kind, Input = new(1, 10, 10), Width = 4, Depth = 2, Stages = 2, Classes = 3, Seed = 41 });
        var context = NnContext<float>.Cpu(GemmSelector.Default);
        var x = NnFixtures.Gaussian<float>(8, model.InFeatures, 42);
        var labels = NnFixtures.Labels(8, 3, 43);
        var bp = new Backprop<float>(model, context, SoftmaxCrossEntropy<float>.Instance);
        var adam = new DenseAdam<float>(model, learningRate: 1e-2);
        double first = bp.Compute(x, labels).Loss;
        double last = first;
        for (int step = 0; step < 40; step++)
        {
            adam.Step();
            last = bp.Compute(x, labels).Loss;
        }
        TestContext.Out.WriteLine($"{kind}: loss {first} → {last}");
        Assert.That(last, Is.LessThan(0.5 * first), $"loss {first} → {last}");
    }
}
