using System.Numerics;
using ZoEngine.Nn;
using ZoEngine.Nn.Gemm;

namespace ZoEngine.Tests.Nn;

/// <summary>
/// The CPU row ops split across threads (activations, LayerNorm, the masked softmax): the same bits as on one thread,
/// on tensors large enough to be split, with row counts that do not divide evenly.
/// </summary>
public class CpuNnOpsThreadsTests
{
    private static readonly int[] ThreadCounts = [2, 3, 5];

    private static bool SameBits<T>(Tensor<T> a, Tensor<T> b) where T : unmanaged, IBinaryFloatingPointIeee754<T> =>
        a.Span.SequenceEqual(b.Span);

    private static void AssertSplitIsExact<T>(Func<CpuNnOps<T>, Tensor<T>> run, string what) where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        var one = run(new CpuNnOps<T>(ReferenceGemm.Instance));
        Assert.That(one.Length, Is.GreaterThanOrEqualTo(CpuNnOps<T>.ParallelMinElements), "large enough to be split");
        Assert.That(one.Span.ToArray().Any(v => v != T.Zero), Is.True, $"{what}: not all zero");
        foreach (int threads in ThreadCounts)
        {
            var ops = new CpuNnOps<T>(ReferenceGemm.Instance, threads);
            Assert.That(ops.WorkersFor(one.Length, one.Rows), Is.GreaterThan(1), $"{what}: the op is split ({threads} threads allowed)");
            Assert.That(SameBits(run(ops), one), Is.True, $"{what}, {threads} threads");
        }
    }

    [TestCase(ActivationKind.Gelu)]
    [TestCase(ActivationKind.Tanh)]
    [TestCase(ActivationKind.Relu)]
    public void Activations_AreTheOneThreadBits(ActivationKind kind)
    {
        var z = NnFixtures.Gaussian<float>(257, 385, seed: 1);
        AssertSplitIsExact<float>(ops =>
        {
            var a = new Tensor<float>(z.Rows, z.Cols);
            ops.Activate(kind, z, a);
            return a;
        }, $"{kind} float32");
        var z64 = NnFixtures.Gaussian<double>(257, 385, seed: 1);
        AssertSplitIsExact<double>(ops =>
        {
            var a = new Tensor<double>(z64.Rows, z64.Cols);
            ops.Activate(kind, z64, a);
            return a;
        }, $"{kind} float64");
    }

    [Test]
    public void LayerNorm_IsTheOneThreadBits_InPlaceToo()
    {
        var x = NnFixtures.Gaussian<float>(301, 384, seed: 2, scale: 3.0);
        var gamma = NnFixtures.Gaussian<float>(1, 384, seed: 3);
        var beta = NnFixtures.Gaussian<float>(1, 384, seed: 4);
        AssertSplitIsExact<float>(ops =>
        {
            var y = new Tensor<float>(x.Rows, x.Cols);
            ops.LayerNorm(x, gamma, beta, 1e-12f, y);
            return y;
        }, "LayerNorm");
        AssertSplitIsExact<float>(ops =>
        {
            var y = new Tensor<float>(x.Rows, x.Cols);
            x.Span.CopyTo(y.Span);
            ops.LayerNorm(y, gamma, beta, 1e-12f, y);
            return y;
        }, "LayerNorm in place");
    }

    [Test]
    public void MaskedSoftmax_IsTheOneThreadBits_WithEachSequencesMask()
    {
        const int sequences = 3, heads = 12, tokens = 48;
        var scores = NnFixtures.Gaussian<float>(sequences * heads * tokens, tokens, seed: 5, scale: 4.0);
        var mask = new Tensor<float>(sequences, tokens);
        int[] lengths = [48, 17, 1];   // a full sequence, a padded one, one real token
        for (int b = 0; b < sequences; b++)
            mask.Row(b)[..lengths[b]].Fill(1f);
        var one = AssertAndReturn();
        // The padded keys of sequence 1 (rows of its heads) are exactly zero, its real keys are not.
        var row = one.Row(heads * tokens + 5);
        Assert.That(row[17..].ToArray(), Is.All.EqualTo(0f));
        Assert.That(row[..17].ToArray(), Is.All.GreaterThan(0f));

        Tensor<float> AssertAndReturn()
        {
            Tensor<float> Run(CpuNnOps<float> ops)
            {
                var s = new Tensor<float>(scores.Rows, scores.Cols);
                scores.Span.CopyTo(s.Span);
                ops.MaskedSoftmax(s, mask, heads);
                return s;
            }
            AssertSplitIsExact<float>(Run, "masked softmax");
            return Run(new CpuNnOps<float>(ReferenceGemm.Instance, 2));
        }
    }

    [Test]
    public void FewerThanOneThread_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new CpuNnOps<float>(ReferenceGemm.Instance, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => ZoEngine.Onnx.OwnSentenceEncoder.CpuOps(-1));
        Assert.That(ZoEngine.Onnx.OwnSentenceEncoder.CpuOps(0).Threads, Is.EqualTo(Environment.ProcessorCount));
    }
}
