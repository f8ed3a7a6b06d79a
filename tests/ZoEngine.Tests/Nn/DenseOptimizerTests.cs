using ZoEngine.Estimators;
using ZoEngine.Noise;
using ZoEngine.Nn;
using ZoEngine.Optimizers;

namespace ZoEngine.Tests.Nn;

[TestFixture]
public sealed class DenseOptimizerTests
{
    private static Parameter<double> Param(double[] value, double[] gradient)
    {
        var p = new Parameter<double>("p", Tensor<double>.Wrap(value, 1, value.Length));
        gradient.CopyTo(p.Gradient.Span);
        return p;
    }

    [Test]
    public void SgdStepsAreExactOnDyadicValues()
    {
        var p = Param([1, -2, 0.5], [0.5, -1, 4]);
        var sgd = new DenseSgd<double>([p], learningRate: 0.25, weightDecay: 0.5);
        sgd.Step();
        // θ −= 0.25·(g + 0.5θ)
        Assert.That(p.Value.Span.ToArray(), Is.EqualTo(new[] { 1 - 0.25 * (0.5 + 0.5), -2 - 0.25 * (-1 - 1), 0.5 - 0.25 * (4 + 0.25) }));
    }

    [Test]
    public void SgdMomentumStartsFromTheFirstGradientAndAccumulates()
    {
        var p = Param([0, 0], [1, -2]);
        var sgd = new DenseSgd<double>([p], learningRate: 0.5, momentum: 0.5);
        sgd.Step();   // v = g = (1, −2); θ = (−0.5, 1)
        sgd.Step();   // v = 0.5·v + g = (1.5, −3); θ = (−1.25, 2.5)
        Assert.That(p.Value.Span.ToArray(), Is.EqualTo(new[] { -1.25, 2.5 }));
        Assert.That(sgd.Steps, Is.EqualTo(2));
    }

    [Test]
    public void AdamFollowsTheBiasCorrectedUpdate()
    {
        double[] g1 = [0.3, -4, 1e-3], g2 = [-0.1, -2, 2e-3];
        var p = Param([1, 1, 1], g1);
        var adam = new DenseAdam<double>([p], learningRate: 0.01, beta1: 0.9, beta2: 0.999, epsilon: 1e-8);
        adam.Step();
        g2.CopyTo(p.Gradient.Span);
        adam.Step();
        for (int i = 0; i < 3; i++)
        {
            double m = 0, v = 0, theta = 1;
            foreach (var (g, t) in new[] { (g1[i], 1), (g2[i], 2) })
            {
                m = 0.9 * m + 0.1 * g;
                v = 0.999 * v + 0.001 * g * g;
                theta -= 0.01 * (m / (1 - Math.Pow(0.9, t))) / (Math.Sqrt(v / (1 - Math.Pow(0.999, t))) + 1e-8);
            }
            Assert.That(p.Value[0, i], Is.EqualTo(theta).Within(1e-15), $"element {i}");
        }
        // The first step of Adam moves every coordinate by about the learning rate, whatever the gradient's scale.
        Assert.That(Math.Abs(1 - p.Value[0, 1]), Is.GreaterThan(0.015));
    }

    [Test]
    public void BackpropWithAdamLowersTheTrainingLoss()
    {
        var model = Mlp.Create<double>(new MlpOptions { Inputs = 4, Width = 8, Depth = 4, Classes = 3, Residual = true, Seed = 6 });
        var context = NnFixtures.Context<double>();
        var x = NnFixtures.Gaussian<double>(16, 4, 1);
        var labels = NnFixtures.Labels(16, 3, 2);
        var bp = new Backprop<double>(model, context, SoftmaxCrossEntropy<double>.Instance);
        var adam = new DenseAdam<double>(model, 0.01);
        double first = bp.Compute(x, labels).Loss, last = first;
        for (int i = 0; i < 50; i++)
        {
            adam.Step();
            last = bp.Compute(x, labels).Loss;
        }
        Assert.That(last, Is.LessThan(0.5 * first));
    }

    /// <summary>
    /// MeZO on the network's own weights: the core's two-sided coefficient (f(θ+εz) − f(θ−εz))/(2ε) is the directional
    /// derivative ∇f·z up to ε²·|∂³f/∂z³|/6 (at ε = 1e-2 and |z| ≈ 15 this term is the 7.5e-4 gap measured here) and
    /// the float32 rounding of the two losses, ε_32·|f|/ε ≈ 1e-5; 0.01 + 1% allows for both. A direction regenerated
    /// with the wrong seed or tensor id is uncorrelated with ∇f and misses by O(|∇f·z|). z is regenerated here from
    /// the step's direction seed and each tensor's id, as the noise contract defines it.
    /// </summary>
    [Test]
    public void MezoCoefficientIsTheDirectionalDerivativeAlongItsSeededDirection()
    {
        var model = Mlp.Create<float>(new MlpOptions { Inputs = 4, Width = 6, Depth = 4, Classes = 3, Residual = true, Seed = 8 });
        var context = NnFixtures.Context<float>();
        var x = NnFixtures.Gaussian<float>(8, 4, 3);
        var labels = NnFixtures.Labels(8, 3, 4);
        new Backprop<float>(model, context, SoftmaxCrossEntropy<float>.Instance).Compute(x, labels);
        var config = new RunConfiguration { RunSeed = 5, Estimator = EstimatorOptions.MeZo(1e-2f) with { Mode = PerturbationMode.Exact }, Optimizer = new OptimizerOptions { Kind = OptimizerKind.Sgd, LearningRate = 0f } };
        using var mezo = new ZoNetworkTrainer(model, context, SoftmaxCrossEntropy<float>.Instance, config);
        mezo.Step(x, labels);
        ulong seed = ((RandomDirectionEstimator)mezo.Trainer.Estimator).DirectionSeeds[0];
        double directional = 0;
        foreach (var tensor in mezo.Parameters)
        {
            var z = new float[tensor.Length];
            NoiseStream.Generate(NoiseKind.Gaussian, seed, tensor.Id, 0, z);
            var g = model.Parameters[model.ParameterNames.ToList().IndexOf(tensor.Name)].Gradient.Span;
            for (int i = 0; i < z.Length; i++)
                directional += g[i] * (double)z[i];
        }
        double coefficient = mezo.Trainer.LastCoefficients[0];
        Assert.That(Math.Abs(directional), Is.GreaterThan(0.05));
        Assert.That(coefficient, Is.EqualTo(directional).Within(0.01 + 0.01 * Math.Abs(directional)));
    }
}
