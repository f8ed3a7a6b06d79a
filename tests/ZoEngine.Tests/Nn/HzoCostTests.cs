using ZoEngine.Estimators;
using ZoEngine.Nn;
using ZoEngine.Optimizers;

namespace ZoEngine.Tests.Nn;

/// <summary>Measured layer-evaluation counts against the recurrence and its closed form, exactly.</summary>
[TestFixture]
public sealed class HzoCostTests
{
    private const int Width = 3;
    private const int Batch = 2;
    private const int Classes = 2;

    /// <summary>The recurrence written out independently of HzoCost: T(n) = 2W·⌊n/2⌋ + T(⌈n/2⌉) + T(⌊n/2⌋), T(1) = 0.</summary>
    private static long Recurrence(int n) => n == 1 ? 0 : 2L * Width * (n / 2) + Recurrence((n + 1) / 2) + Recurrence(n / 2);

    private static readonly int[] Depths = [2, 3, 4, 5, 6, 7, 8, 9, 12, 16, 17, 31, 32];

    private static (Sequential<double>, NnContext<double>, Tensor<double>, int[]) Setup(int depth) =>
        (Mlp.Create<double>(new MlpOptions { Inputs = 4, Width = Width, Depth = depth, Classes = Classes, Activation = ActivationKind.Tanh, Residual = true, Seed = 3 }),
         NnFixtures.Context<double>(), NnFixtures.Gaussian<double>(Batch, 4, 9), NnFixtures.Labels(Batch, Classes, 10));

    [TestCaseSource(nameof(Depths))]
    public void HzoProbeCountEqualsTheRecurrenceAndItsClosedForm(int depth)
    {
        var (model, context, x, labels) = Setup(depth);
        var counts = new HzoGradient<double>(model, context, SoftmaxCrossEntropy<double>.Instance).Compute(x, labels).Counts;

        Assert.That(counts.Probe, Is.EqualTo(Batch * Recurrence(depth)));
        Assert.That(HzoCost.HzoProbesClosedForm(depth, Width), Is.EqualTo(Recurrence(depth)));
        Assert.That(HzoCost.HzoProbesByRecurrence(depth, _ => Width), Is.EqualTo(Recurrence(depth)));
        if ((depth & (depth - 1)) == 0)
            Assert.That(counts.Probe, Is.EqualTo((long)Batch * Width * depth * (int)Math.Log2(depth)), "W·L·log₂L for L = 2^D");
        Assert.That(counts.Forward, Is.EqualTo(Batch * depth));
        Assert.That(counts.Backward, Is.EqualTo(Batch * depth), "one local delta rule per unit");
        Assert.That(counts.Loss, Is.EqualTo(Batch));
        Assert.That(counts.ActivationProbes, Is.Zero);
    }

    [Test]
    public void ClosedFormMatchesTheRecurrenceForEveryDepthUpTo1000()
    {
        for (int depth = 1; depth <= 1000; depth++)
            Assert.That(HzoCost.HzoProbesClosedForm(depth, Width), Is.EqualTo(Recurrence(depth)), $"L = {depth}");
    }

    [Test]
    public void RecurrenceUsesEachSplitPointsOwnWidth()
    {
        // A network whose hidden widths differ: the probes at split point k number 2·W_k per sample.
        var context = NnFixtures.Context<double>();
        int[] widths = [4, 3, 5, 2, 6, 3];   // a_0 .. a_5
        var units = new Layer<double>[5];
        for (int l = 1; l <= 5; l++)
            units[l - 1] = new Chain<double>(new Linear<double>(widths[l - 1], widths[l]), new Activation<double>(ActivationKind.Tanh, widths[l]));
        var model = new Sequential<double>(units);
        var counts = new HzoGradient<double>(model, context, SoftmaxCrossEntropy<double>.Instance).Compute(NnFixtures.Gaussian<double>(Batch, 4, 1), [0, 2]).Counts;
        // L = 5: k = 3 (right N_{3:5}, 2 units), then N_{0:3}: k = 2 (right 1 unit), N_{0:2}: k = 1; N_{3:5}: k = 4.
        long expected = 2L * widths[3] * 2 + 2L * widths[2] * 1 + 2L * widths[1] * 1 + 2L * widths[4] * 1;
        Assert.That(counts.Probe, Is.EqualTo(Batch * expected));
        Assert.That(HzoCost.HzoProbesByRecurrence(5, k => widths[k]), Is.EqualTo(expected));
    }

    [TestCase(2)]
    [TestCase(5)]
    [TestCase(8)]
    public void NeuronwiseProbeCountIsWidthTimesLTimesLMinusOne(int depth)
    {
        var (model, context, x, labels) = Setup(depth);
        var counts = new NeuronwiseGradient<double>(model, context, SoftmaxCrossEntropy<double>.Instance).Compute(x, labels).Counts;
        Assert.That(counts.Probe, Is.EqualTo((long)Batch * Width * depth * (depth - 1)));
        Assert.That(counts.Probe, Is.EqualTo(Batch * HzoCost.NeuronwiseProbes(depth, Width)));
        Assert.That(counts.Forward, Is.EqualTo(Batch * depth));
        Assert.That(counts.Backward, Is.EqualTo(Batch * depth));
    }

    [Test]
    public void ProbedSignalsCostTwoEvaluationsPerOutputAndPerElement()
    {
        var (model, context, x, labels) = Setup(4);
        var counts = new HzoGradient<double>(model, context, SoftmaxCrossEntropy<double>.Instance,
            new HzoOptions { OutputSignal = OutputSignal.Probed, Derivatives = DerivativeMode.Probed }).Compute(x, labels).Counts;
        Assert.That(counts.Loss, Is.EqualTo(Batch + 2L * Batch * Classes));
        // Units 1..3 each have a width-W activation probed elementwise; unit 4 is linear.
        Assert.That(counts.ActivationProbes, Is.EqualTo(3L * 2 * Batch * Width));
    }

    [Test]
    public void BackpropCountsOneForwardAndOneBackwardPerUnit()
    {
        var (model, context, x, labels) = Setup(6);
        var counts = new Backprop<double>(model, context, SoftmaxCrossEntropy<double>.Instance).Compute(x, labels).Counts;
        Assert.That(counts, Is.EqualTo(new EvaluationCounts(Batch * 6, 0, Batch * 6, Batch, 0)));
    }

    [Test]
    public void MezoStepCostsTwoForwardPasses()
    {
        var model = Mlp.Create<float>(new MlpOptions { Inputs = 4, Width = Width, Depth = 5, Classes = Classes, Seed = 3 });
        var context = NnFixtures.Context<float>();
        var config = new RunConfiguration { RunSeed = 1, Estimator = EstimatorOptions.MeZo(1e-3f), Optimizer = new OptimizerOptions { Kind = OptimizerKind.Sgd, LearningRate = 1e-3f } };
        using var mezo = new ZoNetworkTrainer(model, context, SoftmaxCrossEntropy<float>.Instance, config);
        mezo.Step(NnFixtures.Gaussian<float>(Batch, 4, 1), [0, 1]);
        Assert.That(mezo.LastCounts, Is.EqualTo(new EvaluationCounts(2L * 5 * Batch, 0, 0, 2L * Batch, 0)));
    }
}
