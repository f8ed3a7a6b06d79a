using ZoEngine.Estimators;
using ZoEngine.Nn;
using ZoEngine.Nn.Gemm;
using ZoEngine.Optimizers;
using ZoEngine.Workloads.Training;

namespace ZoEngine.Tests.Workloads.Training;

/// <summary>The Nn pieces of the loop: the two step methods and the classifier evaluation.</summary>
public sealed class TrainingMethodTests
{
    /// <summary>A classifier of the 7 classes of <see cref="BatchSourceTests.Indexed"/>.</summary>
    private static Sequential<float> Model(ulong seed) =>
        Mlp.Create<float>(new MlpOptions { Inputs = 3, Width = 8, Depth = 3, Classes = 7, Residual = true, Seed = seed });

    [TestCase(1, 7)]
    [TestCase(1000, 7)]
    [TestCase(3, 11)]
    public void ClassifierEvaluation_IsTheMeanLossAndArgMaxAccuracy_WhateverTheChunk(int chunk, int seed)
    {
        var data = BatchSourceTests.Indexed(25, features: 3);
        var model = Model((ulong)seed);
        var ops = new CpuNnOps<float>(ReferenceGemm.Instance);
        var result = new ClassifierEvaluation(model, ops, data, chunk).Evaluate();

        // The whole set in one forward pass, scored by hand.
        var x = new Tensor<float>(25, 3);
        int[] labels = new int[25];
        BatchSource.Gather(data, [.. Enumerable.Range(0, 25)], x, labels);
        var context = new NnContext<float>(ops);
        var logits = model.Predict(context, x);
        double loss = ops.SoftmaxCrossEntropy(logits, labels, null);
        int correct = Enumerable.Range(0, 25).Count(r => logits.Row(r).IndexOf(logits.Row(r).ToArray().Max()) == labels[r]);
        Assert.That(result.Loss, Is.EqualTo(loss).Within(1e-6).Percent);
        Assert.That(result.Loss, Is.GreaterThan(0));
        Assert.That(result.Accuracy, Is.EqualTo(correct / 25.0));
    }

    [Test]
    public void GradientStepMethod_IsTheGradientThenTheOptimizer()
    {
        var data = BatchSourceTests.Indexed(8, features: 3);
        var x = new Tensor<float>(8, 3);
        int[] labels = new int[8];
        BatchSource.Gather(data, [.. Enumerable.Range(0, 8)], x, labels);
        var (a, b) = (Model(2), Model(2));
        var (ca, cb) = (NnContext<float>.Cpu(ReferenceGemm.Instance), NnContext<float>.Cpu(ReferenceGemm.Instance));
        var method = new GradientStepMethod(GradientStepMethod.CreateGradient("hzo", a, ca, SoftmaxCrossEntropy<float>.Instance), new DenseSgd<float>(a, 0.1), 0.1, ca);
        double loss = method.Step(x, labels);
        double expected = new HzoGradient<float>(b, cb, SoftmaxCrossEntropy<float>.Instance).Compute(x, labels).Loss;
        new DenseSgd<float>(b, 0.1).Step();
        Assert.That(loss, Is.EqualTo(expected));
        for (int p = 0; p < a.Parameters.Count; p++)
            Assert.That(a.Parameters[p].Value.Span.ToArray(), Is.EqualTo(b.Parameters[p].Value.Span.ToArray()), a.ParameterNames[p]);
        Assert.That((method.Name, method.Optimizer, method.LearningRate), Is.EqualTo(("hzo", "sgd", 0.1)));
        Assert.That(method.Evaluations, Is.EqualTo(cb.Counter.Snapshot().LayerEvaluations).And.GreaterThan(0));
        Assert.Throws<ArgumentException>(() => GradientStepMethod.CreateGradient("adam", a, ca, SoftmaxCrossEntropy<float>.Instance));
    }

    [Test]
    public void ZoStepMethod_StepsTheCoreTrainer_AndCountsTwoForwardsPerStep()
    {
        var data = BatchSourceTests.Indexed(6, features: 3);
        var model = Model(4);
        var context = NnContext<float>.Cpu(ReferenceGemm.Instance);
        using var mezo = new ZoNetworkTrainer(model, context, SoftmaxCrossEntropy<float>.Instance, new RunConfiguration
        {
            RunSeed = 3,
            Estimator = EstimatorOptions.MeZo(1e-3f),
            Optimizer = new OptimizerOptions { Kind = OptimizerKind.Sgd, LearningRate = 1e-3f },
        });
        var method = new ZoStepMethod(mezo);
        var loop = new TrainingLoop(method, new BatchSource(data, 4, 1), new TrainingOptions { Epochs = 2 });
        var result = loop.Run();
        Assert.That(result.Steps, Is.EqualTo(4));
        Assert.That(mezo.Trainer.StepIndex, Is.EqualTo(4));
        // Two probes of depth 3 per step over 4 + 2 rows per epoch: 2·L·rows layer evaluations.
        Assert.That(method.Evaluations, Is.EqualTo(2 * 3 * (4 + 2) * 2));
        Assert.That((method.Name, method.Optimizer), Is.EqualTo(("mezo", "sgd")));
        Assert.That(method.LearningRate, Is.EqualTo((double)1e-3f), "the core optimizer's float rate unless a report rate is given");
    }
}
