using NUnit.Framework;
using ZoEngine.Cpu;
using ZoEngine.Nn;
using ZoEngine.Nn.Gemm;
using ZoEngine.Optimizers;
using ZoEngine.Workloads.Attack;
using ZoEngine.Workloads.Data;

namespace ZoEngine.Tests.Workloads;

/// <summary>
/// Concurrent attacks whose queries share batched forward passes: a row's answer does not depend on its batch, and a
/// batched study returns exactly the records of the sequential one.
/// </summary>
public sealed class AttackBatchingTests
{
    private const int Pixels = 64, Classes = 10;

    private static readonly MlpOptions Options = new() { Inputs = Pixels, Width = 24, Depth = 3, Classes = Classes, Activation = ActivationKind.Relu, Seed = 11 };

    private static float[] Images(int count, ulong seed)
    {
        var random = new Random((int)seed);
        return Enumerable.Range(0, count * Pixels).Select(_ => (float)random.NextDouble()).ToArray();
    }

    private static IEnumerable<IGemm> RowIndependentGemms() => [new BlockedGemm(), new BlockedGemm(SimdWidth.Auto, maxThreads: 1), ReferenceGemm.Instance];

    [TestCaseSource(nameof(RowIndependentGemms))]
    public void NnBlackBox_AnswersEachRowWithTheSameBits_AloneAndInBatchesOfAnySize(IGemm gemm)
    {
        var classify = NnBlackBox.Create(Mlp.Create<float>(Options), new CpuNnOps<float>(gemm));
        const int count = 150;
        var images = Images(count, 3);
        var alone = new float[count * Classes];
        for (int i = 0; i < count; i++)
            classify(images.AsSpan(i * Pixels, Pixels), alone.AsSpan(i * Classes, Classes));
        // Batch sizes on both sides of the GEMM's register tile (6 rows), its thread split (48 rows) and its parallel threshold.
        foreach (int size in new[] { 2, 5, 7, 48, 49, 97, count })
        {
            var batched = new float[count * Classes];
            for (int start = 0; start < count; start += size)
            {
                int rows = Math.Min(size, count - start);
                classify(images.AsSpan(start * Pixels, rows * Pixels), batched.AsSpan(start * Classes, rows * Classes));
            }
            Assert.That(batched, Is.EqualTo(alone), $"{GemmSelector.Describe(gemm)}, batches of {size}");
        }
    }

    [Test]
    public void ABatchSplitAcrossThreads_GivesTheOneThreadBits()
    {
        var model = Mlp.Create<float>(Options);
        var alone = NnBlackBox.Create(model, new CpuNnOps<float>(new BlockedGemm(SimdWidth.Auto, maxThreads: 1)));
        var split = NnBlackBox.Create(model, () => new CpuNnOps<float>(new BlockedGemm(SimdWidth.Auto, maxThreads: 1)), threads: 3);
        foreach (int rows in new[] { 1, 7, 12, 50 })
        {
            var images = Images(rows, (ulong)rows);
            float[] expected = new float[rows * Classes], actual = new float[rows * Classes];
            alone(images, expected);
            split(images, actual);
            Assert.That(actual, Is.EqualTo(expected), $"{rows} rows");
        }
        Assert.That(() => NnBlackBox.Create(model, () => new CpuNnOps<float>(ReferenceGemm.Instance), threads: 0), Throws.ArgumentException.With.Message.Contains("at least one thread"));
        Assert.That(() => split(new float[Pixels + 1], new float[Classes]), Throws.ArgumentException);
    }

    [Test]
    public void ABatchedStudy_ReturnsTheSequentialStudysRecords_Exactly()
    {
        var model = Mlp.Create<float>(Options);
        var classify = NnBlackBox.Create(model, new CpuNnOps<float>(new BlockedGemm()));
        const int count = 6;
        var features = Images(count, 5);
        // Labelled with the model's own predictions, except image 2, which the study must skip either way.
        var labels = new int[count];
        var lp = new float[Classes];
        for (int i = 0; i < count; i++)
        {
            classify(features.AsSpan(i * Pixels, Pixels), lp);
            labels[i] = Array.IndexOf(lp, lp.Max());
        }
        labels[2] = (labels[2] + 3) % Classes;
        var images = new LabelledExamples(features, labels, Pixels);
        OptimizerKind[] kinds = [OptimizerKind.Sgd, OptimizerKind.SignSgd, OptimizerKind.AdaMM, OptimizerKind.RmsProp, OptimizerKind.RAdaZo];
        ulong[] seeds = [1, 2];
        var study = new AttackStudyOptions { MaxIterations = 150, LearningRate = 0.02f };

        var (sequential, skippedAlone) = AttackStudy.Run(classify, images, 0, count, Classes, kinds, seeds, study, new CpuBackend());
        var batchSizes = new List<int>();
        BlackBoxClassifier counting = (x, y) =>
        {
            batchSizes.Add(x.Length / Pixels);
            classify(x, y);
        };
        var heard = 0;
        var (batched, skipped) = AttackStudy.RunBatched(counting, images, 0, count, Classes, kinds, seeds, study, () => new CpuBackend(), workers: 7,
            _ => Interlocked.Increment(ref heard));

        Assert.That(skipped, Is.EqualTo(new[] { 2 }).And.EqualTo(skippedAlone));
        Assert.That(batched, Has.Count.EqualTo(5 * kinds.Length * seeds.Length).And.Count.EqualTo(sequential.Count));
        Assert.That(heard, Is.EqualTo(batched.Count), "progress hears of every attack once");
        Assert.That(batchSizes.Max(), Is.EqualTo(7), "seven attacks in flight share each forward pass");
        Assert.That(sequential.Count(r => r.Result.Succeeded), Is.InRange(1, sequential.Count - 1), "the study has both outcomes, so the comparison covers both");
        for (int i = 0; i < sequential.Count; i++)
        {
            var (a, b) = (sequential[i], batched[i]);
            Assert.That((b.Image, b.Label, b.Target, b.Optimizer, b.Seed), Is.EqualTo((a.Image, a.Label, a.Target, a.Optimizer, a.Seed)), $"attack {i}");
            Assert.That((b.Result.Succeeded, b.Result.Iterations, b.Result.Queries, b.Result.DeltaSha256), Is.EqualTo((a.Result.Succeeded, a.Result.Iterations, a.Result.Queries, a.Result.DeltaSha256)), $"attack {i}");
            Assert.That(BitConverter.SingleToInt32Bits(b.Result.FinalLoss), Is.EqualTo(BitConverter.SingleToInt32Bits(a.Result.FinalLoss)), $"attack {i}: final F");
            Assert.That(b.Result.Losses, Is.EqualTo(a.Result.Losses), $"attack {i}: F after every step");
            Assert.That((b.Result.L2, b.Result.LInf), Is.EqualTo((a.Result.L2, a.Result.LInf)), $"attack {i}");
        }
    }

    [Test]
    public void AFailingForwardPass_FailsEveryQueryOfItsBatch_AndTheStudyThrowsIt()
    {
        var images = new LabelledExamples(Images(3, 7), [0, 0, 0], Pixels);
        int calls = 0;
        // Answers class 0 for the skip check, then fails the fourth batched call.
        BlackBoxClassifier failing = (x, y) =>
        {
            if (Interlocked.Increment(ref calls) == 7)
                throw new IOException("the model server went away");
            for (int r = 0; r < y.Length / Classes; r++)
            {
                y.Slice(r * Classes, Classes).Fill(-5f);
                y[r * Classes] = -0.1f;
            }
        };
        var error = Assert.Throws<InvalidOperationException>(() => AttackStudy.RunBatched(failing, images, 0, 3, Classes, [OptimizerKind.Sgd], [1UL, 2UL],
            new AttackStudyOptions { MaxIterations = 50 }, () => new CpuBackend(), workers: 4));
        Assert.That(error!.InnerException, Is.TypeOf<IOException>());
    }

    [Test]
    public void MisuseIsRefused()
    {
        BlackBoxClassifier zero = (_, y) => y.Clear();
        var batcher = new QueryBatcher(zero, Pixels, Classes);
        Assert.That(() => batcher.Classifier(new float[Pixels], new float[Classes]), Throws.InvalidOperationException.With.Message.Contains("Join first"));
        Assert.That(() => batcher.Leave(), Throws.InvalidOperationException);
        batcher.Join();
        Assert.That(() => batcher.Classifier(new float[Pixels + 1], new float[Classes]), Throws.ArgumentException);
        var answer = new float[2 * Classes];
        answer.AsSpan().Fill(1f);
        batcher.Classifier(new float[2 * Pixels], answer);
        Assert.That(answer, Is.All.EqualTo(0f));
        Assert.That((batcher.Batches, batcher.Rows), Is.EqualTo((1L, 2L)));
        Assert.That(() => new QueryBatcher(zero, 0, Classes), Throws.ArgumentException);
        var images = new LabelledExamples(Images(1, 1), [0], Pixels);
        Assert.That(() => AttackStudy.RunBatched(zero, images, 0, 1, Classes, [OptimizerKind.Sgd], [1UL], new AttackStudyOptions(), () => new CpuBackend(), workers: 0),
            Throws.ArgumentException.With.Message.Contains("at least one worker"));
    }
}
