using System.Text.RegularExpressions;
using ZoEngine.Nn;
using ZoEngine.Onnx;
using ZoEngine.Onnx.FineTuning;
using ZoEngine.Workloads.Data;
using ZoEngine.Workloads.Training;

namespace ZoEngine.Tests.Onnx;

/// <summary>The pieces of a fine-tuning step: the head's loss and gradient, and a NaN from the model.</summary>
[NonParallelizable]
public class FineTunerTests
{
    [Test]
    public void CrossEntropyGradient_MatchesCentralDifferences()
    {
        // Two rows of three classes, the second with a tie in its logits (the first maximum counts for accuracy).
        float[] z = [1.5f, -0.5f, 0.25f, 2f, 2f, -1f];
        int[] labels = [0, 1];
        var dz = new float[z.Length];
        var (loss, correct) = LinearHead.CrossEntropy(z, labels, 3, dz);
        Assert.That(correct, Is.EqualTo(1));
        Assert.That(loss, Is.GreaterThan(0));
        for (int i = 0; i < z.Length; i++)
        {
            const float h = 1e-2f;
            float[] plus = [.. z], minus = [.. z];
            plus[i] += h;
            minus[i] -= h;
            double numeric = (LinearHead.CrossEntropy(plus, labels, 3).Loss - LinearHead.CrossEntropy(minus, labels, 3).Loss) / (2 * h);
            // Central differences of a smooth function with h = 1e-2: error O(h²) ≈ 1e-4 times the third derivative (≤ 1).
            Assert.That(dz[i], Is.EqualTo(numeric).Within(2e-4), $"logit {i}");
        }
    }

    [Test]
    public void CentroidHead_ClassifiesItsOwnCentroidsCorrectly()
    {
        using var set = new ParameterSet();
        var head = new LinearHead(set, classes: 2, width: 2);
        float[] e = [1, 0, 0.8f, 0.6f, 0, 1, 0.6f, 0.8f];
        head.InitializeFromCentroids(e, [0, 0, 1, 1]);
        var logits = new float[8];
        head.Logits(e, 4, logits);
        Assert.That(LinearHead.CrossEntropy(logits, [0, 0, 1, 1], 2).Correct, Is.EqualTo(4));
        double norm = Math.Sqrt(head.Weight.AsSpan()[0] * head.Weight.AsSpan()[0] + head.Weight.AsSpan()[1] * head.Weight.AsSpan()[1]);
        Assert.That(norm, Is.EqualTo(LinearHead.CentroidScale).Within(1e-4));
    }

    [Test]
    public void ANonFiniteLossFromTheModel_StopsTheRunAtStep1_AndRestoresTheParameters()
    {
        using var theta = new ParameterSet();
        using var model = OnnxZoModel.Load(OnnxModelSource.MiniLm, new OnnxZoModelOptions { Trainable = new Regex(@"layer\.5\.output\.LayerNorm"), Parameters = theta, IntraOpThreads = 1 });
        using var vocabulary = new StreamReader(OnnxModelSource.MiniLmVocabulary.Open());
        var encoder = new TextEncoder(model, vocabulary, maxTokens: 8);
        var head = new LinearHead(theta, 2, encoder.Hidden);
        var texts = TokenizedTexts.Create(encoder, ["a computer program", "the senate voted", "my kernel crashed", "an election year"], [0, 1, 0, 1]);
        head.InitializeFromCentroids(FineTuner.EmbedAll(encoder, texts, 4), [0, 1, 0, 1]);
        // A finite weight whose forward overflows: the trainer refuses non-finite parameters up front, so the model
        // itself must produce the non-finite loss.
        theta["encoder.layer.5.output.LayerNorm.weight"].AsSpan()[7] = float.MaxValue;
        var before = new float[theta.TotalLength];
        theta.CopyToHost(before);
        var objective = new FewShotObjective(encoder, head);
        using var backend = new CpuBackend();
        var config = new RunConfiguration { RunSeed = 3, Estimator = ZoEngine.Estimators.EstimatorOptions.MeZo(1e-3f), Optimizer = new ZoEngine.Optimizers.OptimizerOptions { LearningRate = 1e-5f } };
        using var trainer = new ZoTrainer(backend, theta, objective, config);
        var result = new TrainingLoop(new ZoFineTuneMethod(trainer, objective, "mezo"), new BatchSource(texts, 4, 1), new TrainingOptions { Epochs = null }).RunTo(3);
        Assert.That(result.Divergence, Is.Not.Null);
        Assert.That(result.Divergence!.Step, Is.EqualTo(1));
        Assert.That(result.Divergence.Reason, Does.Contain("the objective is").And.Contain("restored"));
        Assert.That(trainer.StepIndex, Is.EqualTo(0));
        var after = new float[theta.TotalLength];
        theta.CopyToHost(after);
        int changed = 0;
        for (int i = 0; i < after.Length; i++)
        {
            if (float.IsNaN(before[i]))
                Assert.That(after[i], Is.NaN);
            // In-place restore θ + εz − εz drifts by about an ulp (docs/memory.md); more would mean no restore.
            else if (Math.Abs(after[i] - before[i]) > 1e-6f * Math.Max(1f, Math.Abs(before[i])))
                changed++;
        }
        Assert.That(changed, Is.EqualTo(0));
    }
}
