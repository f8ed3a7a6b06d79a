using System.Numerics;
using ZoEngine.Nn;
using ZoEngine.Nn.Gemm;
using ZoEngine.Tests.Nn;
using ZoEngine.Tests.Support;

namespace ZoEngine.Tests.Transformer;

/// <summary>
/// The encoder's inference forward on a small random encoder, against a per-token transcription of BERT written here
/// in binary64; batching and padding invariance; the buffers; the refusals.
/// </summary>
public class EncoderForwardTests
{
    private static readonly TransformerConfig Small = new(Vocabulary: 13, MaxPositions: 9, TokenTypes: 2, Hidden: 8, Heads: 2, Intermediate: 12, Layers: 2, LayerNormEpsilon: 1e-12);

    private static TransformerEncoder<T> Random<T>(TransformerConfig config, int seed) where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        var encoder = new TransformerEncoder<T>(config);
        for (int i = 0; i < encoder.Parameters.Count; i++)
        {
            var p = encoder.Parameters[i].Value;
            // LayerNorm gains near 1, everything else small: the scale of a trained BERT.
            double scale = encoder.Parameters[i].Name.Contains("LayerNorm.weight") ? 0.2 : 0.5;
            NnFixtures.Gaussian<T>(p.Rows, p.Cols, seed + i, scale).CopyTo(p);
            if (encoder.Parameters[i].Name.Contains("LayerNorm.weight"))
                NnOpsAddOne(p);
        }
        return encoder;
    }

    private static void NnOpsAddOne<T>(Tensor<T> t) where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        foreach (ref var v in t.Span)
            v += T.One;
    }

    private static double[] D<T>(Tensor<T> t) where T : unmanaged, IBinaryFloatingPointIeee754<T> => [.. t.ToHost().Span.ToArray().Select(v => double.CreateTruncating(v))];

    /// <summary>BERT for one sequence of real tokens (no padding), token by token, in binary64: the sentence embedding.</summary>
    private static double[] NaiveEmbedding<T>(TransformerEncoder<T> e, int[] ids) where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        var c = e.Config;
        int n = ids.Length, h = c.Hidden, d = c.HeadWidth;
        double[] P(Parameter<T> p) => D(p.Value);
        double[][] LayerNorm(double[][] x, Parameter<T> g, Parameter<T> b) => [.. x.Select(row =>
        {
            double mean = row.Average(), variance = row.Select(v => (v - mean) * (v - mean)).Average();
            return row.Select((v, j) => (v - mean) / Math.Sqrt(variance + c.LayerNormEpsilon) * P(g)[j] + P(b)[j]).ToArray();
        })];
        double[][] Project(double[][] x, Projection<T> p) => [.. x.Select(row =>
        {
            int outs = p.Weight.Value.Cols;
            var w = P(p.Weight);
            return Enumerable.Range(0, outs).Select(o => P(p.Bias)[o] + row.Select((v, i) => v * w[i * outs + o]).Sum()).ToArray();
        })];
        var words = P(e.WordEmbeddings);
        var positions = P(e.PositionEmbeddings);
        var types = P(e.TokenTypeEmbeddings);
        var x = Enumerable.Range(0, n).Select(t => Enumerable.Range(0, h).Select(j => words[ids[t] * h + j] + types[j] + positions[t * h + j]).ToArray()).ToArray();
        x = LayerNorm(x, e.EmbeddingNorm.Weight, e.EmbeddingNorm.Bias);
        foreach (var layer in e.Layers)
        {
            var q = Project(x, layer.Query);
            var k = Project(x, layer.Key);
            var v = Project(x, layer.Value);
            var context = new double[n][];
            for (int i = 0; i < n; i++)
            {
                context[i] = new double[h];
                for (int head = 0; head < c.Heads; head++)
                {
                    var s = Enumerable.Range(0, n).Select(j => Enumerable.Range(head * d, d).Sum(m => q[i][m] * k[j][m]) / Math.Sqrt(d)).ToArray();
                    double max = s.Max(), sum = s.Sum(z => Math.Exp(z - max));
                    for (int j = 0; j < n; j++)
                    {
                        for (int m = head * d; m < (head + 1) * d; m++)
                            context[i][m] += Math.Exp(s[j] - max) / sum * v[j][m];
                    }
                }
            }
            var attention = Project(context, layer.AttentionOutput);
            x = LayerNorm([.. attention.Select((row, i) => row.Select((a, j) => a + x[i][j]).ToArray())], layer.AttentionNorm.Weight, layer.AttentionNorm.Bias);
            var inner = Project(x, layer.Intermediate).Select(row => row.Select(z => 0.5 * z * (1 + ErrorFunction.Erf(z / Math.Sqrt(2)))).ToArray()).ToArray();
            var ffn = Project(inner, layer.Output);
            x = LayerNorm([.. ffn.Select((row, i) => row.Select((a, j) => a + x[i][j]).ToArray())], layer.OutputNorm.Weight, layer.OutputNorm.Bias);
        }
        var mean = Enumerable.Range(0, h).Select(j => x.Average(row => row[j])).ToArray();
        double norm = Math.Sqrt(mean.Sum(m => m * m));
        return [.. mean.Select(m => m / norm)];
    }

    private static (Tensor<T> Ids, Tensor<T> Mask) Batch<T>(int tokens, params int[][] sequences) where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        var ids = new Tensor<T>(sequences.Length, tokens);
        var mask = new Tensor<T>(sequences.Length, tokens);
        for (int b = 0; b < sequences.Length; b++)
        {
            for (int t = 0; t < sequences[b].Length; t++)
            {
                ids[b, t] = T.CreateTruncating(sequences[b][t]);
                mask[b, t] = T.One;
            }
        }
        return (ids, mask);
    }

    private static readonly int[][] Sentences = [[1, 5, 7, 2], [1, 12, 3, 3, 9, 11, 2], [1, 2]];

    [TestCase(typeof(float), 2e-5)]
    [TestCase(typeof(double), 1e-12)]
    public void Forward_MatchesATokenByTokenTranscriptionOfBert(Type type, double tolerance)
    {
        // float32: a few hundred roundings of 2^-24 through two LayerNorm'd layers stay within 2e-5 of a unit vector;
        // binary64: the same roundings at 2^-53.
        if (type == typeof(float))
            Check<float>(tolerance);
        else
            Check<double>(tolerance);

        static void Check<T>(double tolerance) where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            var encoder = Random<T>(Small, seed: 100);
            var forward = new EncoderForward<T>(encoder, NnFixtures.Context<T>(), capacitySequences: 4, capacityTokens: 9);
            var (ids, mask) = Batch<T>(8, Sentences);
            var actual = D(forward.Run(ids, mask));
            for (int b = 0; b < Sentences.Length; b++)
            {
                var expected = NaiveEmbedding(encoder, Sentences[b]);
                var row = actual.AsSpan(b * Small.Hidden, Small.Hidden).ToArray();
                Assert.That(NnFixtures.MaxAbsDifference(row, expected), Is.LessThan(tolerance), $"sequence {b}");
                Assert.That(row.Sum(z => z * z), Is.EqualTo(1).Within(1e-5));
            }
        }
    }

    [Test]
    public void ASequencesEmbedding_DoesNotDependOnItsBatch_OrOnPaddingLength()
    {
        var encoder = Random<float>(Small, seed: 7);
        var forward = new EncoderForward<float>(encoder, NnFixtures.Context<float>(), capacitySequences: 4, capacityTokens: 9);
        var (ids, mask) = Batch<float>(7, Sentences);
        var batched = D(forward.Run(ids, mask));
        for (int b = 0; b < Sentences.Length; b++)
        {
            foreach (int tokens in new[] { Sentences[b].Length, 9 })
            {
                var (one, oneMask) = Batch<float>(tokens, Sentences[b]);
                var alone = D(forward.Run(one, oneMask));
                var row = batched.AsSpan(b * Small.Hidden, Small.Hidden).ToArray();
                // Padding adds exact zeros to the softmax sums and the pool, and the GEMM rows are independent; only
                // the blocking of the GEMM over a different row count could change a rounding.
                Assert.That(NnFixtures.MaxAbsDifference(alone, row), Is.LessThan(1e-6), $"sequence {b} alone, {tokens} tokens");
            }
        }
    }

    [Test]
    public void LastHiddenState_AndPooler_HaveTheBatchShapes_AndThePoolerIsTanhOfTheClsRow()
    {
        var encoder = Random<double>(Small, seed: 9);
        var forward = new EncoderForward<double>(encoder, NnFixtures.Context<double>(), 4, 9);
        Assert.Throws<InvalidOperationException>(() => forward.Pooler());
        var (ids, mask) = Batch<double>(7, Sentences);
        forward.Run(ids, mask);
        var hidden = forward.LastHiddenState;
        Assert.That((hidden.Rows, hidden.Cols), Is.EqualTo((21, 8)));
        var pooler = D(forward.Pooler());
        var w = D(encoder.PoolerWeight.Value);
        var bias = D(encoder.PoolerBias.Value);
        for (int b = 0; b < 3; b++)
        {
            var cls = hidden.Row(b * 7).ToArray();
            for (int o = 0; o < 8; o++)
            {
                double z = bias[o] + Enumerable.Range(0, 8).Sum(i => w[o * 8 + i] * cls[i]);
                Assert.That(pooler[b * 8 + o], Is.EqualTo(Math.Tanh(z)).Within(1e-12));
            }
        }
    }

    [Test]
    public void SteadyStatePasses_AllocateNothing()
    {
        var encoder = Random<float>(Small, seed: 3);
        var forward = new EncoderForward<float>(encoder, NnFixtures.Context<float>(), 4, 9);
        var (ids, mask) = Batch<float>(7, Sentences);
        long bytes = Allocation.SteadyState(() => forward.Run(ids, mask));
        Assert.That(bytes, Is.Zero);
        Assert.That(forward.WorkspaceBytes, Is.EqualTo(4L * 9 * Math.Max(Small.Intermediate, Small.Heads * 9) * sizeof(float)));
    }

    [Test]
    public void Refusals_NameWhatIsWrong()
    {
        var encoder = new TransformerEncoder<float>(Small);
        var context = NnFixtures.Context<float>();
        Assert.That(Assert.Throws<ArgumentException>(() => new EncoderForward<float>(encoder, context, 2, 10))!.Message, Does.Contain("9 positions"));
        var forward = new EncoderForward<float>(encoder, context, 2, 5);
        var (ids, mask) = Batch<float>(5, [1, 2], [1, 2], [1, 2]);
        Assert.That(Assert.Throws<ArgumentException>(() => forward.Run(ids, mask))!.Message, Does.Contain("1 … 2 sequences"));
        (ids, mask) = Batch<float>(5, [1, 2], []);
        Assert.That(Assert.Throws<ArgumentException>(() => forward.Run(ids, mask))!.Message, Does.Contain("Sequence 1 has no real token"));
        Assert.That(Assert.Throws<ArgumentException>(() => forward.Run(ids, new Tensor<float>(2, 4)))!.Message, Does.Contain("same shape"));
        Assert.That(Assert.Throws<ArgumentException>(() => new TransformerEncoder<float>(Small with { Heads = 3 }))!.Message, Does.Contain("does not split into 3 heads"));
        Assert.That(Assert.Throws<ArgumentException>(() => new TransformerEncoder<float>(Small with { Layers = 0 }))!.Message, Does.Contain("Layers must be at least 1"));
    }

    [Test]
    public void OpsWithoutTransformerOps_AreRefusedByName()
    {
        var ops = System.Reflection.DispatchProxy.Create<INnOps<float>, NamedOps>();
        var e = Assert.Throws<ArgumentException>(() => new EncoderForward<float>(new TransformerEncoder<float>(Small), new NnContext<float>(ops), 1, 4));
        Assert.That(e!.Message, Does.Contain("'plain'").And.Contain("no transformer kernels"));
    }

    /// <summary>An <see cref="INnOps{T}"/> without the transformer ops: it answers its name and its memory, and nothing else is called.</summary>
    public class NamedOps : System.Reflection.DispatchProxy
    {
        protected override object? Invoke(System.Reflection.MethodInfo? targetMethod, object?[]? args) => targetMethod?.Name switch
        {
            "get_Name" => "plain",
            "get_Memory" => HostMemory.Instance,
            _ => throw new NotSupportedException(targetMethod?.Name),
        };
    }
}
