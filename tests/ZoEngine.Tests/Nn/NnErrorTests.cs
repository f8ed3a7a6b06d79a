using ZoEngine.Estimators;
using ZoEngine.Nn;
using ZoEngine.Optimizers;

namespace ZoEngine.Tests.Nn;

/// <summary>Bad shapes and non-finite values give clear errors, and a failed step leaves the parameters alone.</summary>
[TestFixture]
public sealed class NnErrorTests
{
    private static Sequential<double> Model() =>
        Mlp.Create<double>(new MlpOptions { Inputs = 4, Width = 5, Depth = 4, Classes = 3, Activation = ActivationKind.Gelu, Residual = true, Seed = 2 });

    [Test]
    public void MismatchedUnitsAreRefusedNamingBothSides()
    {
        var ex = Assert.Throws<ArgumentException>(() => _ = new Sequential<double>(new Linear<double>(3, 5), new Linear<double>(4, 2)));
        Assert.That(ex!.Message, Does.Contain("outputs 5 features").And.Contain("takes 4"));
        Assert.Throws<ArgumentException>(() => _ = new Chain<double>(new Linear<double>(3, 5), new Activation<double>(ActivationKind.Relu, 4)));
        var res = Assert.Throws<ArgumentException>(() => _ = new Residual<double>(new Linear<double>(3, 5)));
        Assert.That(res!.Message, Does.Contain("maps 3 to 5"));
        Assert.Throws<ArgumentException>(() => _ = new Sequential<double>());
        var shared = new Linear<double>(3, 3);
        Assert.Throws<ArgumentException>(() => _ = new Sequential<double>(shared, shared));
    }

    [Test]
    public void WrongInputsAndLabelsAreArgumentExceptions()
    {
        var model = Model();
        var context = NnFixtures.Context<double>();
        var hzo = new HzoGradient<double>(model, context, SoftmaxCrossEntropy<double>.Instance);
        var wide = Assert.Throws<ArgumentException>(() => hzo.Compute(new Tensor<double>(2, 5), [0, 1]));
        Assert.That(wide!.Message, Does.Contain("4 input features"));
        Assert.Throws<ArgumentException>(() => hzo.Compute(new Tensor<double>(0, 4), []));
        var count = Assert.Throws<ArgumentException>(() => hzo.Compute(new Tensor<double>(2, 4), [0]));
        Assert.That(count!.Message, Does.Contain("1 labels for 2 rows"));
        var range = Assert.Throws<ArgumentException>(() => new Backprop<double>(model, context, SoftmaxCrossEntropy<double>.Instance).Compute(new Tensor<double>(2, 4), [0, 7]));
        Assert.That(range!.Message, Does.Contain("Label 7 of sample 1"));
        var layer = Assert.Throws<ArgumentException>(() => new Linear<double>(3, 2).Forward(context, new Tensor<double>(1, 4), new Tensor<double>(1, 2), null));
        Assert.That(layer!.Message, Does.Contain("Linear(3→2) takes 3 input features"));
        Assert.Throws<ArgumentOutOfRangeException>(() => model.ForwardRange(context, 3, 2, new Tensor<double>(1, 5), new Tensor<double>(1, 5)));
    }

    [Test]
    public void InvalidOptionsAreRefused()
    {
        var model = Model();
        var context = NnFixtures.Context<double>();
        var loss = SoftmaxCrossEntropy<double>.Instance;
        Assert.Throws<ArgumentException>(() => _ = new HzoGradient<double>(model, context, loss, new HzoOptions { Step = 0 }));
        Assert.Throws<ArgumentException>(() => _ = new HzoGradient<double>(model, context, loss, new HzoOptions { Step = double.NaN }));
        Assert.Throws<ArgumentException>(() => _ = new HzoGradient<double>(model, context, loss, new HzoOptions { ProbeMemoryBytes = 0 }));
        Assert.Throws<ArgumentException>(() => Mlp.Create<double>(new MlpOptions { Inputs = 4, Width = 5, Depth = 1, Classes = 3 }));
        Assert.Throws<ArgumentException>(() => _ = new DenseAdam<double>(model, learningRate: -1));
        Assert.Throws<ArgumentException>(() => _ = new DenseSgd<double>(model, 0.1, momentum: 1));
        var other = Mlp.Create<float>(new MlpOptions { Inputs = 4, Width = 6, Depth = 4, Classes = 3 });
        Assert.Throws<ArgumentException>(() => model.CopyParametersFrom(other));
    }

    [TestCase("hzo")]
    [TestCase("neuronwise")]
    [TestCase("bp")]
    public void ANaNInputNamesTheSampleAndLeavesParametersAlone(string method)
    {
        var model = Model();
        var context = NnFixtures.Context<double>();
        var loss = SoftmaxCrossEntropy<double>.Instance;
        IGradientMethod<double> gradient = method switch
        {
            "hzo" => new HzoGradient<double>(model, context, loss),
            "neuronwise" => new NeuronwiseGradient<double>(model, context, loss),
            _ => new Backprop<double>(model, context, loss),
        };
        var before = model.Parameters.Select(p => p.Value.Span.ToArray()).ToList();
        var x = NnFixtures.Gaussian<double>(3, 4, 1);
        x[2, 1] = double.NaN;
        var ex = Assert.Throws<NnNonFiniteException>(() => gradient.Compute(x, [0, 1, 2]));
        Assert.That(ex!.Sample, Is.EqualTo(2));
        Assert.That(ex.Message, Does.Contain("network output").And.Contain("sample 2").And.Contain("unchanged"));
        Assert.That(model.Parameters.Select(p => p.Value.Span.ToArray()).ToList(), Is.EqualTo(before));
        Assert.That(context.Workspace.Outstanding, Is.Zero, "a failed step returns its scratch");
    }

    [Test]
    public void AnInfiniteLossWithFiniteOutputsIsNamedAsTheLoss()
    {
        var model = Model();
        var context = NnFixtures.Context<double>();
        var loss = new BlackBoxLoss<double>("explodes", (_, _) => double.PositiveInfinity);
        var ex = Assert.Throws<NnNonFiniteException>(() => new HzoGradient<double>(model, context, loss, new HzoOptions { OutputSignal = OutputSignal.Probed }).Compute(NnFixtures.Gaussian<double>(2, 4, 1), [0, 1]));
        Assert.That(ex!.Stage, Is.EqualTo("the loss"));
    }

    [Test]
    public void ANaNThatAppearsOnlyInTheProbesNamesTheSplitPointAndSample()
    {
        // A black-box activation that turns NaN once the forward pass is over: the loss is finite, the probes are not,
        // and the first δ_k estimated says so.
        const int batch = 2, width = 3;
        long calls = 0;
        double Flaky(double z) => ++calls > 2 * batch * width ? double.NaN : Math.Tanh(z);
        var model = new Sequential<double>(
            new Chain<double>(new Linear<double>(2, width), new Activation<double>(ActivationKind.Tanh, width)),
            new Chain<double>(new Linear<double>(width, width), new Activation<double>("flaky", Flaky, width)),
            new Chain<double>(new Linear<double>(width, width), new Activation<double>("flaky", Flaky, width)),
            new Linear<double>(width, 2));
        var context = NnFixtures.Context<double>();
        var hzo = new HzoGradient<double>(model, context, SoftmaxCrossEntropy<double>.Instance, new HzoOptions { Derivatives = DerivativeMode.Probed });
        var ex = Assert.Throws<NnNonFiniteException>(() => hzo.Compute(NnFixtures.Gaussian<double>(batch, 2, 1), [0, 1]));
        Assert.That(ex!.Stage, Is.EqualTo("δ_2 estimated through N_{2:4}"));
        Assert.That(ex.Sample, Is.EqualTo(0));
        Assert.That(ex.Message, Does.Contain("δ_2 estimated through N_{2:4} is NaN at sample 0, element 0"));
        Assert.That(context.Workspace.Outstanding, Is.Zero);
    }

    [TestCase("sgd")]
    [TestCase("adam")]
    public void OptimizersRefuseNonFiniteGradientsWithoutTouchingAnyParameter(string kind)
    {
        var model = Model();
        var context = NnFixtures.Context<double>();
        new Backprop<double>(model, context, SoftmaxCrossEntropy<double>.Instance).Compute(NnFixtures.Gaussian<double>(2, 4, 1), [0, 1]);
        IDenseOptimizer<double> optimizer = kind == "sgd" ? new DenseSgd<double>(model, 0.1, momentum: 0.9) : new DenseAdam<double>(model, 0.1);
        var before = model.Parameters.Select(p => p.Value.Span.ToArray()).ToList();
        model.Parameters[^1].Gradient[0, 1] = double.NaN;
        var ex = Assert.Throws<NnNonFiniteException>(optimizer.Step);
        Assert.That(ex!.Message, Does.Contain("gradient of 4.bias"));
        Assert.That(model.Parameters.Select(p => p.Value.Span.ToArray()).ToList(), Is.EqualTo(before));
        Assert.That(optimizer.Steps, Is.Zero);
    }

    [Test]
    public void MezoWithANaNLossRestoresTheWeightsBitExactlyInExactMode()
    {
        var model = Mlp.Create<float>(new MlpOptions { Inputs = 4, Width = 5, Depth = 4, Classes = 3, Seed = 2 });
        var context = NnFixtures.Context<float>();
        var config = new RunConfiguration
        {
            RunSeed = 3,
            Estimator = EstimatorOptions.MeZo(1e-3f) with { Mode = PerturbationMode.Exact },
            Optimizer = new OptimizerOptions { Kind = OptimizerKind.Sgd, LearningRate = 1e-2f },
        };
        using var mezo = new ZoNetworkTrainer(model, context, SoftmaxCrossEntropy<float>.Instance, config);
        var before = model.Parameters.Select(p => p.Value.Span.ToArray()).ToList();
        var x = NnFixtures.Gaussian<float>(2, 4, 1);
        x[0, 0] = float.NaN;
        Assert.Throws<ZoObjectiveException>(() => mezo.Step(x, [0, 1]));
        Assert.That(model.Parameters.Select(p => p.Value.Span.ToArray()).ToList(), Is.EqualTo(before));
    }
}
