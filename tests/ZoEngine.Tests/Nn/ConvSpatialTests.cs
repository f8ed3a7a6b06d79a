using ZoEngine.Nn;

namespace ZoEngine.Tests.Nn;

/// <summary>
/// The receptive fields the convolutional layers declare (<see cref="ISpatialLayer.Field"/>, composed by
/// <see cref="Spatial.Range{T}"/>) against brute force: perturb one position of a_k in a real forward and see which
/// positions of a_j change. Every changed position must lie in the declared influence rectangle; where no max pool can
/// hide a change (smooth σ, dense windows), every position in the rectangle must change too, so a field that is too
/// wide fails as well as one that is too narrow.
/// </summary>
[TestFixture]
public sealed class ConvSpatialTests
{
    private static IEnumerable<TestCaseData> Models()
    {
        yield return new TestCaseData((Func<Sequential<double>>)(() => ConvNet.Create<double>(new ConvNetOptions
        { Kind = ConvNetKind.Cnn, Input = new(2, 9, 7), Width = 2, Depth = 4, Stages = 2, Activation = ActivationKind.Tanh, Seed = 3 })), true)
            .SetName("cnn 2x9x7, stride-2 stage");
        yield return new TestCaseData((Func<Sequential<double>>)(() => ConvNet.Create<double>(new ConvNetOptions
        { Kind = ConvNetKind.ResNet, Input = new(1, 9, 8), Width = 2, Depth = 3, Stages = 2, Activation = ActivationKind.Tanh, Seed = 4 })), true)
            .SetName("resnet 1x9x8, projection block");
        yield return new TestCaseData((Func<Sequential<double>>)(() => ConvNet.Create<double>(new ConvNetOptions
        { Kind = ConvNetKind.MnistCnn, Input = new(1, 11, 10), Classes = 3, Activation = ActivationKind.Tanh, Seed = 5 })), false)
            .SetName("mnist-cnn 1x11x10, max pool");
        yield return new TestCaseData((Func<Sequential<double>>)(() => Mixed()), true).SetName("k5 p2, overlapping avg pool, k3 s2 p1");
    }

    private static Sequential<double> Mixed()
    {
        var c1 = Random(new Conv2d<double>(new(2, 10, 9), 3, 5, 1, 2), 11);
        var pool = new AvgPool2d<double>(c1.OutShape, 3, 2);
        var c2 = Random(new Conv2d<double>(pool.OutShape, 2, 3, 2, 1), 12);
        return new Sequential<double>(
            new Chain<double>(c1, new Activation<double>(ActivationKind.Tanh, c1.OutFeatures)),
            pool,
            new Chain<double>(c2, new Activation<double>(ActivationKind.Tanh, c2.OutFeatures)));
    }

    private static Conv2d<double> Random(Conv2d<double> conv, int seed)
    {
        NnFixtures.Gaussian<double>(conv.Weight.Value.Rows, conv.Weight.Value.Cols, seed, 0.4).CopyTo(conv.Weight.Value);
        NnFixtures.Gaussian<double>(1, conv.OutShape.Channels, seed + 1, 0.2).CopyTo(conv.Bias.Value);
        return conv;
    }

    [TestCaseSource(nameof(Models))]
    public void InfluenceMatchesBruteForce(Func<Sequential<double>> build, bool exact)
    {
        var model = build();
        var context = NnFixtures.Context<double>();
        var x = NnFixtures.Gaussian<double>(1, model.InFeatures, 8);
        var trace = model.Forward(context, x);
        int pairs = 0;
        for (int k = 0; k < model.Depth; k++)
        {
            for (int j = k + 1; j <= model.Depth; j++)
            {
                var range = Spatial.Range(model, k, j);
                if (range is null)
                    continue;
                pairs++;
                CheckPair(model, context, trace.Activations[k], trace.Activations[j], k, j, range.Value, exact);
            }
        }
        Assert.That(pairs, Is.GreaterThanOrEqualTo(3), "the body must offer several spatial sub-networks");
    }

    private static void CheckPair(Sequential<double> model, NnContext<double> context, Tensor<double> ak, Tensor<double> aj, int k, int j,
        (SpatialShape In, SpatialShape Out, ReceptiveField Field) range, bool exact)
    {
        var (input, output, field) = range;
        Assert.That(input.Features, Is.EqualTo(ak.Cols));
        Assert.That(output.Features, Is.EqualTo(aj.Cols));
        var probe = new Tensor<double>(1, ak.Cols);
        var result = new Tensor<double>(1, aj.Cols);
        int plane = output.Height * output.Width;
        foreach (int c in new[] { 0, input.Channels - 1 }.Distinct())
        {
            for (int y = 0; y < input.Height; y++)
            {
                for (int x = 0; x < input.Width; x++)
                {
                    ak.CopyTo(probe);
                    probe[0, (c * input.Height + y) * input.Width + x] += 0.5;
                    model.ForwardRange(context, k, j, probe, result);
                    var (rowFirst, rowLast) = field.Influenced(y, output.Height);
                    var (colFirst, colLast) = field.Influenced(x, output.Width);
                    for (int q = 0; q < plane; q++)
                    {
                        int oy = q / output.Width, ox = q % output.Width;
                        bool inside = oy >= rowFirst && oy <= rowLast && ox >= colFirst && ox <= colLast;
                        bool changed = false;
                        for (int o = 0; o < output.Channels; o++)
                            changed |= result[0, o * plane + q] != aj[0, o * plane + q];
                        string where = $"N_{{{k}:{j}}} field {field}: input ({c}, {y}, {x}) and output ({oy}, {ox})";
                        if (changed)
                            Assert.That(inside, Is.True, $"{where} changed outside the declared influence");
                        else if (exact)
                            Assert.That(inside, Is.False, $"{where} is declared influenced but did not change");
                    }
                }
            }
        }
    }

    [Test]
    public void LayersDeclareTheirWindows()
    {
        var conv = new Conv2d<float>(new(3, 8, 8), 4, 3, 2, 1);
        Assert.That(conv.Field, Is.EqualTo(ReceptiveField.Window(3, 2, 1)));
        Assert.That(conv.OutShape, Is.EqualTo(new SpatialShape(4, 4, 4)));
        var pool = new MaxPool2d<float>(new(3, 7, 7), 2);
        Assert.That(pool.Field, Is.EqualTo(ReceptiveField.Window(2, 2, 0)));
        Assert.That(pool.OutShape, Is.EqualTo(new SpatialShape(3, 3, 3)));
        var identity = new ConvResidual<float>(new(2, 6, 6), 2, 1, ActivationKind.Relu);
        Assert.That(identity.Projection, Is.Null);
        Assert.That(identity.Field, Is.EqualTo(new ReceptiveField(5, 1, 2)), "two 3×3 windows: 5 wide, centred");
        var projected = new ConvResidual<float>(new(2, 7, 7), 4, 2, ActivationKind.Relu);
        Assert.That(projected.Projection, Is.Not.Null);
        Assert.That(projected.OutShape, Is.EqualTo(new SpatialShape(4, 4, 4)));
        Assert.That(projected.Field, Is.EqualTo(new ReceptiveField(7, 2, 3)), "3×3 s2 then 3×3 s1 covers the 1×1 s2 shortcut");
        Assert.That(Spatial.Map(new GlobalAvgPool<float>(new(2, 3, 3)), new SpatialShape(2, 3, 3)), Is.Null);
    }
}
