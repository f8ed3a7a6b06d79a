using ZoEngine.Nn;

namespace ZoEngine.Tests.Nn;

/// <summary>A forward pass into a reused trace: same tensors, same values as a fresh pass, and nothing stale.</summary>
[TestFixture]
public sealed class ForwardTraceTests
{
    private static Sequential<double> Model() =>
        Mlp.Create<double>(new MlpOptions { Inputs = 6, Width = 5, Depth = 5, Classes = 3, Activation = ActivationKind.Gelu, Residual = true, Seed = 4 });

    [Test]
    public void AReusedTrace_KeepsItsTensors_AndHoldsWhatAFreshPassComputes()
    {
        var model = Model();
        var context = NnFixtures.Context<double>();
        var first = model.Forward(context, NnFixtures.Gaussian<double>(4, 6, seed: 1));
        var held = first.Activations.Skip(1).ToArray();
        var x = NnFixtures.Gaussian<double>(4, 6, seed: 2);
        var reused = model.Forward(context, x, first);
        var fresh = model.Forward(context, x);
        Assert.That(reused.Activations.Skip(1), Is.EqualTo(held).Using<Tensor<double>>((a, b) => ReferenceEquals(a, b)), "no new activations");
        Assert.That(reused.Activations[0], Is.SameAs(x));
        for (int l = 1; l <= model.Depth; l++)
            Assert.That(reused.Activations[l].Span.ToArray(), Is.EqualTo(fresh.Activations[l].Span.ToArray()), $"a_{l}");

        var other = model.Forward(context, NnFixtures.Gaussian<double>(3, 6, seed: 3), reused);
        Assert.That(other.Output, Is.Not.SameAs(reused.Output), "a trace for another batch size is not reused");
        Assert.That(other.Rows, Is.EqualTo(3));
    }

    [Test]
    public void RepeatedGradients_EqualThoseOfAFreshMethod()
    {
        var model = Model();
        var context = NnFixtures.Context<double>();
        var loss = SoftmaxCrossEntropy<double>.Instance;
        var x1 = NnFixtures.Gaussian<double>(4, 6, seed: 5);
        var x2 = NnFixtures.Gaussian<double>(4, 6, seed: 6);
        int[] labels = NnFixtures.Labels(4, 3, seed: 7);
        foreach (var make in new Func<IGradientMethod<double>>[] { () => new Backprop<double>(model, context, loss), () => new HzoGradient<double>(model, context, loss) })
        {
            var method = make();
            method.Compute(x1, labels);
            method.Compute(x2, labels);   // into the first call's trace
            var second = NnFixtures.Gradients(model);
            make().Compute(x2, labels);
            Assert.That(second, Is.EqualTo(NnFixtures.Gradients(model)), method.Name);
        }
    }
}
