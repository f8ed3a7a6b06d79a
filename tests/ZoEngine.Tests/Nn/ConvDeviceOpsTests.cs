using ZoEngine.Cuda;
using ZoEngine.Nn;
using ZoEngine.Nn.Gemm;
using ZoEngine.Tests.Support;

namespace ZoEngine.Tests.Nn;

/// <summary>
/// The convolution and pooling ops of <see cref="DeviceNnOps"/> (kernels/zo_conv.cu) against <see cref="CpuNnOps{T}"/>,
/// on Gaussian inputs where the summation order shows in the bits: every op is IEEE +, ÷ and comparisons in the CPU
/// op's order, so the device must equal the CPU bit for bit. Max pooling also runs on small integers, where ties are
/// common. Whole conv networks, forward and backprop, equal the CPU's bit for bit where the device GEMM is
/// zo_nn_gemm (as <see cref="ReferenceGemm"/>), and agree to rounding under cuBLAS. Cuda is skipped without a device.
/// </summary>
[TestFixtureSource(typeof(BackendCases), nameof(BackendCases.DeviceFixtures))]
public sealed class ConvDeviceOpsTests(string backendName) : DeviceOpsFixture(backendName)
{
    private static IEnumerable<TestCaseData> Windows()
    {
        yield return new TestCaseData(new SpatialShape(2, 5, 5), 3, 1, 1);
        yield return new TestCaseData(new SpatialShape(3, 7, 6), 3, 2, 1);
        yield return new TestCaseData(new SpatialShape(2, 8, 7), 1, 2, 0);
        yield return new TestCaseData(new SpatialShape(1, 6, 9), 5, 1, 2);
        yield return new TestCaseData(new SpatialShape(2, 7, 7), 3, 3, 0);
        yield return new TestCaseData(new SpatialShape(4, 2, 3), 2, 1, 1);
    }

    [TestCaseSource(nameof(Windows))]
    public void Im2ColAndCol2Im_EqualTheCpu(SpatialShape input, int kernel, int stride, int padding)
    {
        var g = ConvGeometry.Create("test", input, kernel, stride, padding);
        var image = NnFixtures.Gaussian<float>(1, input.Features, 1);
        var columns = NnFixtures.Gaussian<float>(g.PatchSize, g.OutPositions, 2);
        var cpuColumns = new Tensor<float>(g.PatchSize, g.OutPositions);
        var cpuImage = new Tensor<float>(1, input.Features);
        Cpu.Im2Col(image, g, cpuColumns);
        Cpu.Col2Im(columns, g, cpuImage);
        var devColumns = Dev(NnFixtures.Gaussian<float>(g.PatchSize, g.OutPositions, 3));   // overwritten, not accumulated
        var devImage = Dev(NnFixtures.Gaussian<float>(1, input.Features, 4));
        Ops.Im2Col(Dev(image), g, devColumns);
        Ops.Col2Im(Dev(columns), g, devImage);
        BitEqual(devColumns, cpuColumns, $"im2col {g}");
        BitEqual(devImage, cpuImage, $"col2im {g}");
    }

    [TestCase(2, 2, false)]
    [TestCase(3, 2, false)]
    [TestCase(3, 2, true)]
    [TestCase(2, 1, true)]
    [TestCase(3, 3, false)]
    public void Pooling_EqualsTheCpu(int kernel, int stride, bool integers)
    {
        var g = ConvGeometry.Create("pool", new SpatialShape(3, 7, 8), kernel, stride, 0);
        const int rows = 4;
        var x = NnFixtures.Gaussian<float>(rows, g.Input.Features, 5);
        if (integers)
        {
            foreach (ref float v in x.Span)
                v = MathF.Round(v);   // many ties in every window
        }
        var dy = NnFixtures.Gaussian<float>(rows, g.Input.Channels * g.OutPositions, 6);
        foreach (var kind in new[] { PoolKind.Max, PoolKind.Average })
        {
            var cpuY = new Tensor<float>(rows, dy.Cols);
            var cpuDx = new Tensor<float>(rows, x.Cols);
            Cpu.Pool2d(kind, x, g, cpuY);
            Cpu.Pool2dBackward(kind, x, g, dy, cpuDx);
            var devY = Dev(new Tensor<float>(rows, dy.Cols));
            var devDx = Dev(NnFixtures.Gaussian<float>(rows, x.Cols, 7));
            Ops.Pool2d(kind, Dev(x), g, devY);
            Ops.Pool2dBackward(kind, Dev(x), g, Dev(dy), devDx);
            BitEqual(devY, cpuY, $"{kind} pool {g}");
            BitEqual(devDx, cpuDx, $"{kind} pool backward {g}");
        }
    }

    [TestCase(1, 3, 1)]
    [TestCase(5, 4, 49)]
    [TestCase(3, 16, 196)]
    public void ChannelOps_EqualTheCpu(int rows, int channels, int positions)
    {
        var x = NnFixtures.Gaussian<float>(rows, channels * positions, 8);
        var bias = NnFixtures.Gaussian<float>(1, channels, 9);
        var dMeans = NnFixtures.Gaussian<float>(rows, channels, 10);

        var cpuY = x.Clone();
        Cpu.AddChannelBias(cpuY, bias);
        var devY = Dev(x);
        Ops.AddChannelBias(devY, Dev(bias));
        BitEqual(devY, cpuY, "channel bias");

        var cpuSums = bias.Clone();
        Cpu.AccumulateChannelSums(x, cpuSums);
        var devSums = Dev(bias);
        Ops.AccumulateChannelSums(Dev(x), devSums);
        BitEqual(devSums, cpuSums, "channel sums");

        var cpuMeans = new Tensor<float>(rows, channels);
        Cpu.ChannelMeans(x, cpuMeans);
        var devMeans = Dev(new Tensor<float>(rows, channels));
        Ops.ChannelMeans(Dev(x), devMeans);
        BitEqual(devMeans, cpuMeans, "channel means");

        var cpuDx = new Tensor<float>(rows, x.Cols);
        Cpu.ChannelMeansBackward(dMeans, cpuDx);
        var devDx = Dev(x);
        Ops.ChannelMeansBackward(Dev(dMeans), devDx);
        BitEqual(devDx, cpuDx, "channel means backward");
    }

    [Test]
    public void OpsRefuseMismatchedOperands()
    {
        var g = ConvGeometry.Create("test", new SpatialShape(2, 4, 4), 3, 1, 1);
        Assert.Throws<ArgumentException>(() => Ops.Im2Col(Dev(new Tensor<float>(1, 31)), g, Dev(new Tensor<float>(18, 16))));
        Assert.Throws<ArgumentException>(() => Ops.AddChannelBias(Dev(new Tensor<float>(2, 10)), Dev(new Tensor<float>(1, 3))));
        Assert.Throws<ArgumentException>(() => Ops.Pool2d(PoolKind.Max, Dev(new Tensor<float>(2, 32)), g, Dev(new Tensor<float>(2, 32))), "pooling is unpadded");
        var host = Assert.Throws<ArgumentException>(() => Ops.ChannelMeans(new Tensor<float>(2, 32), Dev(new Tensor<float>(2, 2))));
        Assert.That(host!.Message, Does.Contain("MoveTo"));
    }

    [TestCase(ConvNetKind.Cnn)]
    [TestCase(ConvNetKind.ResNet)]
    [TestCase(ConvNetKind.MnistCnn)]
    public void ConvNetForwardAndBackprop_OnTheDevice_MatchTheCpu(ConvNetKind kind)
    {
        var options = new ConvNetOptions { Kind = kind, Input = new(2, 9, 8), Width = 3, Depth = 3, Stages = 2, Classes = 4, Activation = ActivationKind.Relu, Seed = 11 };
        var cpuModel = ConvNet.Create<float>(options);
        NnFixtures.PerturbBiases(cpuModel, 12);
        var devModel = ConvNet.Create<float>(options);
        devModel.CopyParametersFrom(cpuModel);
        devModel.MoveTo(Backend.Memory);
        var input = NnFixtures.Gaussian<float>(3, cpuModel.InFeatures, 13);
        int[] labels = NnFixtures.Labels(3, 4, 14);
        var loss = SoftmaxCrossEntropy<float>.Instance;
        new Backprop<float>(cpuModel, new NnContext<float>(Cpu), loss).Compute(input, labels);
        new Backprop<float>(devModel, new NnContext<float>(Ops), loss).Compute(Dev(input), labels);
        var cpuGrad = NnFixtures.Gradients(cpuModel);
        var devGrad = NnFixtures.Gradients(devModel);
        Assert.That(NnFixtures.MaxAbs(cpuGrad), Is.GreaterThan(1e-3), "an all-zero gradient cannot pass");
        var cpuOut = cpuModel.Predict(new NnContext<float>(Cpu), input).Span.ToArray();
        var devOut = devModel.Predict(new NnContext<float>(Ops), Dev(input)).ToHost().Span.ToArray();
        if (Ops.GemmName == "zo_nn_gemm")
        {
            // ReLU and the softmax gradient: the softmax's exp differs by an ulp between libraries, which reaches
            // the gradients; the forward has no transcendental at all.
            Assert.That(Bits.FirstDifference(devOut, cpuOut), Is.EqualTo(-1), "logits, bit for bit");
        }
        else
        {
            Assert.That(NnFixtures.MaxAbsDifference([.. devOut.Select(v => (double)v)], [.. cpuOut.Select(v => (double)v)]), Is.LessThan(1e-4 * NnFixtures.MaxAbs([.. cpuOut.Select(v => (double)v)])), "logits under cuBLAS");
        }
        double scale = NnFixtures.MaxAbs(cpuGrad);
        TestContext.Out.WriteLine($"{BackendName} {kind}: max |Δg| / max |g| = {NnFixtures.MaxAbsDifference(devGrad, cpuGrad) / scale:E2}");
        Assert.That(NnFixtures.MaxAbsDifference(devGrad, cpuGrad), Is.LessThan(1e-5 * scale), "backprop gradients");
    }
}
