using ZoEngine.Nn;

namespace ZoEngine.Tests.Nn;

/// <summary>
/// Every layer's reference backward against central finite differences in float64. The objective is
/// φ = Σ y ⊙ R for a fixed random R, so the backward runs with dy = R. Central differences at h = 1e-5 err by
/// h²/6·|φ'''| (truncation, about 2e-11 for the O(1) third derivatives of these layers on O(1) inputs) plus
/// ε·|φ|/h (rounding, about 2e-11·|φ| with |φ| ≲ 20): the tolerance 1e-8 + 1e-7·|g| covers both with a wide margin,
/// while a wrong term in a backward is off by O(|g|).
/// </summary>
[TestFixture]
public sealed class LayerGradientTests
{
    private const double H = 1e-5;
    private const double Atol = 1e-8;
    private const double Rtol = 1e-7;

    private static Linear<double> RandomLinear(int inputs, int outputs, int seed)
    {
        var layer = new Linear<double>(inputs, outputs);
        NnFixtures.Gaussian<double>(outputs, inputs, seed, 0.6).CopyTo(layer.Weight.Value);
        NnFixtures.Gaussian<double>(1, outputs, seed + 1, 0.3).CopyTo(layer.Bias.Value);
        return layer;
    }

    private static IEnumerable<TestCaseData> Layers()
    {
        yield return new TestCaseData((Func<Layer<double>>)(() => RandomLinear(4, 3, 10)), DerivativeMode.Analytic).SetName("Linear");
        foreach (var kind in new[] { ActivationKind.Identity, ActivationKind.Relu, ActivationKind.Gelu, ActivationKind.Tanh })
            yield return new TestCaseData((Func<Layer<double>>)(() => new Activation<double>(kind, 5)), DerivativeMode.Analytic).SetName($"Activation {kind}");
        yield return new TestCaseData((Func<Layer<double>>)(() => new Activation<double>(ActivationKind.Gelu, 5)), DerivativeMode.Probed).SetName("Activation Gelu, probed derivative");
        yield return new TestCaseData((Func<Layer<double>>)(() => new Activation<double>("softplus", z => Math.Log(1 + Math.Exp(z)), 5)), DerivativeMode.Probed).SetName("Black-box softplus, probed derivative");
        yield return new TestCaseData((Func<Layer<double>>)(() => new Chain<double>(RandomLinear(4, 5, 20), new Activation<double>(ActivationKind.Gelu, 5))), DerivativeMode.Analytic).SetName("Chain Linear-GELU");
        yield return new TestCaseData((Func<Layer<double>>)(() => new Residual<double>(new Chain<double>(RandomLinear(4, 4, 30), new Activation<double>(ActivationKind.Tanh, 4)))), DerivativeMode.Analytic).SetName("Residual Linear-Tanh");
        yield return new TestCaseData((Func<Layer<double>>)(() => new Residual<double>(new Chain<double>(RandomLinear(4, 6, 40), new Activation<double>(ActivationKind.Gelu, 6), RandomLinear(6, 4, 50)))), DerivativeMode.Analytic).SetName("Residual Linear-GELU-Linear");
        foreach (var (name, build) in ConvLayers())
            yield return new TestCaseData(build, DerivativeMode.Analytic).SetName(name);
    }

    private static Conv2d<double> RandomConv(SpatialShape input, int outChannels, int kernel, int stride, int padding, int seed)
    {
        var conv = new Conv2d<double>(input, outChannels, kernel, stride, padding);
        NnFixtures.Gaussian<double>(conv.Weight.Value.Rows, conv.Weight.Value.Cols, seed, 0.5).CopyTo(conv.Weight.Value);
        NnFixtures.Gaussian<double>(1, outChannels, seed + 1, 0.3).CopyTo(conv.Bias.Value);
        return conv;
    }

    private static ConvResidual<double> RandomBlock(SpatialShape input, int outChannels, int stride, ActivationKind activation, int seed)
    {
        var block = new ConvResidual<double>(input, outChannels, stride, activation);
        foreach (var (_, p) in block.NamedParameters())
            NnFixtures.Gaussian<double>(p.Value.Rows, p.Value.Cols, seed++, 0.4).CopyTo(p.Value);
        return block;
    }

    /// <summary>Convolutions (odd sizes, stride 2, padding, 1×1, 5×5), pooling (overlapping windows too) and residual blocks.</summary>
    private static IEnumerable<(string Name, Func<Layer<double>> Build)> ConvLayers()
    {
        yield return ("Conv2d 2x5x5 to 3, k3 s1 p1", () => RandomConv(new(2, 5, 5), 3, 3, 1, 1, 100));
        yield return ("Conv2d 2x6x5 to 2, k3 s2 p1", () => RandomConv(new(2, 6, 5), 2, 3, 2, 1, 110));
        yield return ("Conv2d 3x4x5 to 2, k1 s2 p0", () => RandomConv(new(3, 4, 5), 2, 1, 2, 0, 120));
        yield return ("Conv2d 1x5x6 to 2, k5 s1 p2", () => RandomConv(new(1, 5, 6), 2, 5, 1, 2, 130));
        yield return ("Conv2d 2x7x7 to 2, k3 s3 p0 (unread border)", () => RandomConv(new(2, 7, 7), 2, 3, 3, 0, 140));
        yield return ("MaxPool2d 2x4x6, k2 s2", () => new MaxPool2d<double>(new(2, 4, 6), 2));
        yield return ("MaxPool2d 2x5x5, k3 s2 (overlapping)", () => new MaxPool2d<double>(new(2, 5, 5), 3, 2));
        yield return ("AvgPool2d 2x4x4, k2 s2", () => new AvgPool2d<double>(new(2, 4, 4), 2));
        yield return ("AvgPool2d 2x5x5, k3 s2 (overlapping)", () => new AvgPool2d<double>(new(2, 5, 5), 3, 2));
        yield return ("GlobalAvgPool 3x3x4", () => new GlobalAvgPool<double>(new(3, 3, 4)));
        yield return ("Chain Conv2d-GELU-MaxPool2d", () => new Chain<double>(RandomConv(new(2, 6, 6), 3, 3, 1, 1, 150),
            new Activation<double>(ActivationKind.Gelu, 3 * 36), new MaxPool2d<double>(new(3, 6, 6), 2)));
        yield return ("ConvResidual 2x5x5 identity, Tanh", () => RandomBlock(new(2, 5, 5), 2, 1, ActivationKind.Tanh, 160));
        yield return ("ConvResidual 2x5x5 to 3, s2 projection, GELU", () => RandomBlock(new(2, 5, 5), 3, 2, ActivationKind.Gelu, 170));
        yield return ("ConvResidual 2x4x4 to 3, s1 projection, ReLU", () => RandomBlock(new(2, 4, 4), 3, 1, ActivationKind.Relu, 180));
    }

    [TestCaseSource(nameof(Layers))]
    public void BackwardMatchesCentralDifferences(Func<Layer<double>> build, DerivativeMode mode)
    {
        var layer = build();
        var context = NnFixtures.Context<double>();
        const int rows = 3;
        var x = NnFixtures.Gaussian<double>(rows, layer.InFeatures, 1);
        // ReLU's kink must stay out of reach of the finite differences (|z| ≫ h).
        foreach (ref double v in x.Span)
        {
            if (Math.Abs(v) < 1e-3)
                v = 0.5;
        }
        var r = NnFixtures.Gaussian<double>(rows, layer.OutFeatures, 2);

        double Phi()
        {
            var y = new Tensor<double>(rows, layer.OutFeatures);
            layer.Forward(context, x, y, null);
            double sum = 0;
            for (int i = 0; i < y.Length; i++)
                sum += y.Span[i] * r.Span[i];
            return sum;
        }

        var output = new Tensor<double>(rows, layer.OutFeatures);
        var trace = layer.CreateTrace(context, rows);
        layer.Forward(context, x, output, trace);
        var dx = new Tensor<double>(rows, layer.InFeatures);
        layer.Backward(context, x, output, trace, r, dx, new Derivatives<double>(mode, mode == DerivativeMode.Probed ? 1e-5 : 0));

        Assert.That(NnFixtures.MaxAbs(dx.Span.ToArray()), Is.GreaterThan(0.01), "an all-zero input gradient cannot pass");
        CheckAgainstDifferences(x.Span.ToArray(), i => ref x.Span[i], dx.Span.ToArray(), Phi, "dx");
        foreach (var (path, p) in layer.NamedParameters())
        {
            Assert.That(NnFixtures.MaxAbs(p.Gradient.Span.ToArray()), Is.GreaterThan(0.01), $"{path}: an all-zero gradient cannot pass");
            CheckAgainstDifferences(p.Value.Span.ToArray(), i => ref p.Value.Span[i], p.Gradient.Span.ToArray(), Phi, path);
        }
    }

    [Test]
    public void BackwardAccumulatesIntoParameterGradients()
    {
        var layer = RandomLinear(3, 2, 60);
        var context = NnFixtures.Context<double>();
        var x = NnFixtures.Gaussian<double>(2, 3, 3);
        var y = new Tensor<double>(2, 2);
        layer.Forward(context, x, y, null);
        var dy = NnFixtures.Gaussian<double>(2, 2, 4);
        layer.Backward(context, x, y, null, dy, null, Derivatives<double>.Analytic);
        var once = layer.Weight.Gradient.Span.ToArray();
        layer.Backward(context, x, y, null, dy, null, Derivatives<double>.Analytic);
        Assert.That(layer.Weight.Gradient.Span.ToArray(), Is.EqualTo(once.Select(v => 2 * v).ToArray()));
    }

    [Test]
    public void BlackBoxActivationRefusesAnalyticDerivatives()
    {
        var layer = new Activation<double>("cube", z => z * z * z, 2);
        var context = NnFixtures.Context<double>();
        var x = Tensor<double>.FromRow([1, 2]);
        var y = new Tensor<double>(1, 2);
        layer.Forward(context, x, y, null);
        Assert.That(y.Span.ToArray(), Is.EqualTo(new[] { 1.0, 8.0 }));
        var ex = Assert.Throws<InvalidOperationException>(() => layer.Backward(context, x, y, null, y, new Tensor<double>(1, 2), Derivatives<double>.Analytic));
        Assert.That(ex!.Message, Does.Contain("cube").And.Contain("Probed"));
    }

    [Test]
    public void ModelBackpropMatchesCentralDifferencesOfTheLoss()
    {
        var model = Mlp.Create<double>(new MlpOptions { Inputs = 4, Width = 5, Depth = 4, Classes = 3, Activation = ActivationKind.Gelu, Residual = true, Seed = 7 });
        NnFixtures.PerturbBiases(model, 70);
        var context = NnFixtures.Context<double>();
        var x = NnFixtures.Gaussian<double>(3, 4, 5);
        int[] labels = [0, 2, 1];
        var loss = SoftmaxCrossEntropy<double>.Instance;
        new Backprop<double>(model, context, loss).Compute(x, labels);
        double Phi() => loss.Forward(context.Ops, model.Predict(context, x), labels, null);
        foreach (var (p, name) in model.Parameters.Zip(model.ParameterNames))
        {
            Assert.That(NnFixtures.MaxAbs(p.Gradient.Span.ToArray()), Is.GreaterThan(1e-4), name);
            CheckAgainstDifferences(p.Value.Span.ToArray(), i => ref p.Value.Span[i], p.Gradient.Span.ToArray(), Phi, name);
        }
    }

    [TestCase(ConvNetKind.Cnn)]
    [TestCase(ConvNetKind.ResNet)]
    public void ConvNetBackpropMatchesCentralDifferencesOfTheLoss(ConvNetKind kind)
    {
        var model = ConvNet.Create<double>(new ConvNetOptions { Kind = kind, Input = new(2, 6, 5), Width = 2, Depth = 3, Stages = 2, Classes = 3, Activation = ActivationKind.Gelu, Seed = 9 });
        NnFixtures.PerturbBiases(model, 90);
        var context = NnFixtures.Context<double>();
        var x = NnFixtures.Gaussian<double>(3, model.InFeatures, 6);
        int[] labels = [1, 0, 2];
        var loss = SoftmaxCrossEntropy<double>.Instance;
        new Backprop<double>(model, context, loss).Compute(x, labels);
        double Phi() => loss.Forward(context.Ops, model.Predict(context, x), labels, null);
        foreach (var (p, name) in model.Parameters.Zip(model.ParameterNames))
        {
            Assert.That(NnFixtures.MaxAbs(p.Gradient.Span.ToArray()), Is.GreaterThan(1e-5), name);
            CheckAgainstDifferences(p.Value.Span.ToArray(), i => ref p.Value.Span[i], p.Gradient.Span.ToArray(), Phi, name);
        }
    }

    private delegate ref double Element(int index);

    private static void CheckAgainstDifferences(double[] values, Element element, double[] analytic, Func<double> phi, string what)
    {
        for (int i = 0; i < values.Length; i++)
        {
            ref double v = ref element(i);
            double saved = v;
            v = saved + H;
            double plus = phi();
            v = saved - H;
            double minus = phi();
            v = saved;
            double numeric = (plus - minus) / (2 * H);
            Assert.That(analytic[i], Is.EqualTo(numeric).Within(Atol + Rtol * Math.Abs(numeric)), $"{what}[{i}]");
        }
    }
}
