using System.Numerics;
using ZoEngine.Nn;
using ZoEngine.Nn.Gemm;

namespace ZoEngine.Tests.Nn;

/// <summary>
/// HZO with SPP against HZO without it, on convolutional networks: equal bit for bit (docs/hzo.md, "SPP is exact"),
/// both within the central-difference bound of backprop, and their probe counts against the formula of docs/hzo.md.
/// </summary>
[TestFixture]
public sealed class SppExactnessTests
{
    /// <summary>A body unit: a convolution with σ, optionally followed by pooling, or a residual block.</summary>
    public sealed record Unit(string Kind, int Channels, int Kernel = 3, int Stride = 1, int Padding = 1, ActivationKind Activation = ActivationKind.Tanh, string? Pool = null);

    /// <summary>Bodies with odd sizes, stride 2, valid convolutions, pooling inside, r ≥ H, and residual blocks; each ends in a GlobalAvgPool → Linear head.</summary>
    public static IEnumerable<TestCaseData> Networks()
    {
        yield return Net("odd 9x7, three 3x3 pad 1", new(1, 9, 7), new("conv", 3), new("conv", 3, Activation: ActivationKind.Gelu), new("conv", 2));
        yield return Net("stride 2 inside", new(2, 11, 9), new("conv", 3, Activation: ActivationKind.Gelu), new("conv", 4, Stride: 2), new("conv", 3, Activation: ActivationKind.Gelu), new("conv", 2));
        yield return Net("valid 3x3, then 5x5 pad 2", new(1, 10, 10), new("conv", 3, Padding: 0), new("conv", 2, Kernel: 5, Padding: 2, Activation: ActivationKind.Gelu));
        yield return Net("max and average pooling inside", new(1, 12, 12), new("conv", 3, Pool: "max"), new("conv", 2, Activation: ActivationKind.Gelu, Pool: "avg"), new("conv", 2));
        yield return Net("r >= H on 4x4 maps", new(2, 4, 4), new("conv", 2), new("conv", 2, Activation: ActivationKind.Gelu), new("conv", 2), new("conv", 2, Activation: ActivationKind.Gelu));
        yield return Net("residual blocks, strided projection", new(1, 9, 9), new("conv", 2, Activation: ActivationKind.Gelu), new("res", 2), new("res", 3, Stride: 2, Activation: ActivationKind.Gelu));

        static TestCaseData Net(string name, SpatialShape input, params Unit[] body) => new TestCaseData(input, body).SetArgDisplayNames(name);
    }

    /// <summary>The body, a GlobalAvgPool → Linear(→ 3) head, and seeded random weights and biases, rounded to float32 first.</summary>
    private static Sequential<T> Build<T>(SpatialShape input, Unit[] body, int seed) where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        var units = new List<Layer<T>>();
        var shape = input;
        foreach (var u in body)
        {
            if (u.Kind == "res")
            {
                var block = new ConvResidual<T>(shape, u.Channels, u.Stride, u.Activation);
                units.Add(block);
                shape = block.OutShape;
                continue;
            }
            var conv = new Conv2d<T>(shape, u.Channels, u.Kernel, u.Stride, u.Padding);
            var layers = new List<Layer<T>> { conv, new Activation<T>(u.Activation, conv.OutFeatures) };
            shape = conv.OutShape;
            if (u.Pool is not null)
            {
                Layer<T> pool = u.Pool == "max" ? new MaxPool2d<T>(shape) : new AvgPool2d<T>(shape);
                shape = ((ISpatialLayer)pool).OutShape;
                layers.Add(pool);
            }
            units.Add(new Chain<T>([.. layers]));
        }
        units.Add(new Chain<T>(new GlobalAvgPool<T>(shape), new Linear<T>(shape.Channels, 3)));
        var model = new Sequential<T>([.. units]);
        for (int i = 0; i < model.Parameters.Count; i++)
        {
            var p = model.Parameters[i].Value;
            double scale = model.ParameterNames[i].EndsWith("bias", StringComparison.Ordinal) ? 0.1 : 1.5 / Math.Sqrt(p.Cols);
            var values = NnFixtures.Gaussian<float>(p.Rows, p.Cols, seed + i, scale).Span.ToArray();
            p.CopyFrom([.. values.Select(T.CreateTruncating)]);
        }
        return model;
    }

    private static (Tensor<T> X, int[] Labels) Batch<T>(SpatialShape input, int rows, int seed) where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        var x = NnFixtures.Gaussian<float>(rows, input.Features, seed).Span.ToArray();
        return (Tensor<T>.FromRow([.. x.Select(T.CreateTruncating)]).Reshape(rows, input.Features), NnFixtures.Labels(rows, 3, seed + 1));
    }

    private static (double[] Gradient, EvaluationCounts Counts) Run<T>(IGradientMethod<T> method, Tensor<T> x, int[] labels) where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        var counts = method.Compute(x, labels).Counts;
        return (NnFixtures.Gradients(method.Model), counts);
    }

    private static IEnumerable<IGemm> Gemms()
    {
        yield return ReferenceGemm.Instance;
        yield return new BlockedGemm(SimdWidth.Auto, 1);
        if (GemmSelector.Default is OpenBlasGemm openBlas)
            yield return openBlas;
    }

    /// <summary>
    /// HZO with SPP and without it give the same gradient bit for bit in float32, with every GEMM, and with SPP's
    /// probes cut into small chunks by a tight memory budget; and SPP needs fewer probe rows wherever the map is wider
    /// than the receptive field.
    /// </summary>
    [TestCaseSource(nameof(Networks))]
    public void HzoWithSppEqualsHzoWithout_BitForBit(SpatialShape input, Unit[] body)
    {
        foreach (var gemm in Gemms())
        {
            var model = Build<float>(input, body, seed: 7);
            var (x, labels) = Batch<float>(input, rows: 3, seed: 9);
            var context = NnContext<float>.Cpu(gemm);
            var (plain, plainCounts) = Run(new HzoGradient<float>(model, context, SoftmaxCrossEntropy<float>.Instance, new HzoOptions { SpatialParallel = false }), x, labels);
            var (spp, sppCounts) = Run(new HzoGradient<float>(model, context, SoftmaxCrossEntropy<float>.Instance), x, labels);
            var (chunked, _) = Run(new HzoGradient<float>(model, context, SoftmaxCrossEntropy<float>.Instance, new HzoOptions { ProbeMemoryBytes = 1 << 18 }), x, labels);
            Assert.That(NnFixtures.MaxAbs(plain), Is.GreaterThan(1e-4), "an all-zero gradient cannot pass");
            for (int i = 0; i < plain.Length; i++)
            {
                Assert.That(BitConverter.DoubleToInt64Bits(spp[i]), Is.EqualTo(BitConverter.DoubleToInt64Bits(plain[i])), $"{gemm.Name}: gradient element {i}: SPP {spp[i]:R}, plain {plain[i]:R}");
                Assert.That(BitConverter.DoubleToInt64Bits(chunked[i]), Is.EqualTo(BitConverter.DoubleToInt64Bits(plain[i])), $"{gemm.Name}: chunked SPP, element {i}");
            }
            Assert.That(sppCounts.Probe, Is.LessThanOrEqualTo(plainCounts.Probe));
        }
    }

    /// <summary>
    /// Both agree with backprop in float64 as the MLP tests require (HzoEquivalenceTests): the error is the
    /// central differences' h²·C, so it falls about 100-fold from h = 1e-2 to 1e-3.
    /// </summary>
    [TestCaseSource(nameof(Networks))]
    public void HzoWithSppConvergesToBackprop(SpatialShape input, Unit[] body)
    {
        var model = Build<double>(input, body, seed: 3);
        var (x, labels) = Batch<double>(input, rows: 2, seed: 4);
        var context = NnFixtures.Context<double>();
        var loss = SoftmaxCrossEntropy<double>.Instance;
        var (bp, _) = Run(new Backprop<double>(model, context, loss), x, labels);
        Assert.That(NnFixtures.MaxAbs(bp), Is.GreaterThan(1e-4));
        double ErrorAt(double h) => NnFixtures.MaxAbsDifference(bp, Run(new HzoGradient<double>(model, context, loss, new HzoOptions { Step = h }), x, labels).Gradient);
        double coarse = ErrorAt(1e-2), fine = ErrorAt(1e-3);
        TestContext.Out.WriteLine($"max |G_spp − G_bp|: h=1e-2 {coarse:E3}, h=1e-3 {fine:E3}; max |G_bp| {NnFixtures.MaxAbs(bp):E3}");
        Assert.That(coarse / fine, Is.InRange(90.0, 110.0), "second-order convergence to the backprop gradient");
    }

    /// <summary>
    /// The measured probe evaluations per sample equal <see cref="HzoCost.HzoProbes{T}"/> with and without SPP, and
    /// for a plain stack of 3×3 stride-1 convolutions the formula of docs/hzo.md written out by hand.
    /// </summary>
    [TestCase(4, 8, 8)]
    [TestCase(5, 28, 28)]
    [TestCase(8, 12, 9)]
    public void ProbeCountsFollowTheFormula(int depth, int height, int width)
    {
        const int channels = 2, rows = 2;
        var input = new SpatialShape(1, height, width);
        var body = Enumerable.Range(0, depth).Select(_ => new Unit("conv", channels)).ToArray();
        var model = Build<float>(input, body, seed: 1);
        var (x, labels) = Batch<float>(input, rows, seed: 2);
        var context = NnContext<float>.Cpu(ReferenceGemm.Instance);

        // By hand: the head (GlobalAvgPool → Linear) is split off at M = depth with 2·C·H·W rows through 1 unit; the
        // body bisects at midpoints, and a split with m = j − k units has r = 2m + 1.
        long head = 2L * channels * height * width;
        long Body(int i, int j, bool spp)
        {
            if (j - i == 1)
                return 0;
            int k = i + (j - i + 1) / 2, m = j - k, r = 2 * m + 1;
            int c = k == 0 ? 1 : channels;
            long perRow = spp ? 2L * c * Math.Min(r, height) * Math.Min(r, width) : 2L * c * height * width;
            return perRow * m + Body(i, k, spp) + Body(k, j, spp);
        }
        foreach (bool spp in new[] { true, false })
        {
            long expected = head + Body(0, depth, spp);
            Assert.That(HzoCost.HzoProbes(model, spp), Is.EqualTo(expected), $"formula, spp={spp}");
            var counts = new HzoGradient<float>(model, context, SoftmaxCrossEntropy<float>.Instance, new HzoOptions { SpatialParallel = spp }).Compute(x, labels).Counts;
            Assert.That(counts.Probe, Is.EqualTo(expected * rows), $"measured, spp={spp}");
        }
        Assert.That(HzoCost.BodyEnd(model), Is.EqualTo(depth));
    }

    [Test]
    public void MlpsKeepTheirSplitsAndCounts()
    {
        var model = Mlp.Create<float>(new MlpOptions { Inputs = 6, Width = 5, Depth = 7, Classes = 3, Residual = true, Seed = 1 });
        Assert.That(HzoCost.BodyEnd(model), Is.EqualTo(0));
        Assert.That(HzoCost.HzoProbes(model, true), Is.EqualTo(HzoCost.HzoProbesByRecurrence(7, model.Width)));
    }
}
