using System.Numerics;
using ZoEngine.Nn;
using ZoEngine.Nn.Gemm;
using ZoEngine.Tests.Nn;

namespace ZoEngine.Tests.Transformer;

/// <summary>
/// The CPU transformer ops against plain loops written here in binary64 (the op's documented formula, element by
/// element), on small integer-valued inputs where the results are exact and on Gaussian ones, in float32 and float64.
/// </summary>
[TestFixture(typeof(float))]
[TestFixture(typeof(double))]
public class TransformerOpsTests<T> where T : unmanaged, IBinaryFloatingPointIeee754<T>
{
    private static readonly CpuNnOps<T> Ops = new(ReferenceGemm.Instance);

    /// <summary>Relative agreement with the binary64 loops: float32 rounding of short sums and exp, far above 2⁻²⁴; binary64 the same idea.</summary>
    private static double Close => typeof(T) == typeof(float) ? 2e-6 : 1e-13;

    private static Tensor<T> Of(int rows, int cols, params double[] values)
    {
        var t = new Tensor<T>(rows, cols);
        for (int i = 0; i < values.Length; i++)
            t.Span[i] = T.CreateTruncating(values[i]);
        return t;
    }

    private static double[] D(Tensor<T> t) => [.. t.Span.ToArray().Select(v => double.CreateTruncating(v))];

    [Test]
    public void EmbedTokens_SumsWordTypeAndPositionRows_Exactly()
    {
        // Tables of small integers: every sum is exact, so equality is bit for bit.
        var words = Of(5, 3, 0, 0, 0, 1, 2, 3, 10, 20, 30, 100, 200, 300, -1, -2, -3);
        var positions = Of(4, 3, 1000, 0, 0, 0, 1000, 0, 0, 0, 1000, 7, 7, 7);
        var types = Of(2, 3, 0, 0, 0, 0.5, 0.5, 0.5);
        var ids = Of(2, 3, 1, 4, 0, 3, 2, 2);
        var tokenTypes = Of(2, 3, 0, 1, 0, 1, 1, 0);
        var y = new Tensor<T>(6, 3);
        Ops.EmbedTokens(ids, tokenTypes, words, positions, types, y);
        double[] expected = new double[18];
        for (int r = 0; r < 6; r++)
        {
            for (int c = 0; c < 3; c++)
                expected[r * 3 + c] = D(words)[(int)D(ids)[r] * 3 + c] + D(types)[(int)D(tokenTypes)[r] * 3 + c] + D(positions)[(r % 3) * 3 + c];
        }
        Assert.That(D(y), Is.EqualTo(expected));
        Ops.EmbedTokens(ids, null, words, positions, types, y);
        // Row 1 is token 4 at position 1, type 0 when no types are given (with types it was type 1: +0.5).
        Assert.That(D(y)[3..6], Is.EqualTo(new double[] { -1, 998, -3 }));
    }

    [TestCase(1.5, "not an index")]
    [TestCase(5, "not an index")]
    [TestCase(-1, "not an index")]
    public void EmbedTokens_RefusesAnIdOutsideTheTable(double id, string message)
    {
        var words = new Tensor<T>(5, 3);
        var ids = Of(1, 2, 0, id);
        var e = Assert.Throws<ArgumentException>(() => Ops.EmbedTokens(ids, null, words, new Tensor<T>(4, 3), new Tensor<T>(2, 3), new Tensor<T>(2, 3)));
        Assert.That(e!.Message, Does.Contain(message).And.Contain("(0, 1)"));
    }

    [Test]
    public void EmbedTokens_RefusesMoreTokensThanPositions_AndABadType()
    {
        var words = new Tensor<T>(5, 3);
        var e = Assert.Throws<ArgumentException>(() => Ops.EmbedTokens(new Tensor<T>(1, 5), null, words, new Tensor<T>(4, 3), new Tensor<T>(2, 3), new Tensor<T>(5, 3)));
        Assert.That(e!.Message, Does.Contain("5 positions").And.Contain("has 4"));
        e = Assert.Throws<ArgumentException>(() => Ops.EmbedTokens(new Tensor<T>(1, 2), Of(1, 2, 0, 2), words, new Tensor<T>(4, 3), new Tensor<T>(2, 3), new Tensor<T>(2, 3)));
        Assert.That(e!.Message, Does.Contain("token type"));
    }

    [Test]
    public void LayerNorm_MatchesTheFormula_InPlaceToo()
    {
        var x = NnFixtures.Gaussian<T>(5, 7, seed: 3, scale: 2);
        var gamma = NnFixtures.Gaussian<T>(1, 7, seed: 4);
        var beta = NnFixtures.Gaussian<T>(1, 7, seed: 5);
        var y = new Tensor<T>(5, 7);
        Ops.LayerNorm(x, gamma, beta, T.CreateTruncating(1e-5), y);
        double[] xs = D(x), g = D(gamma), b = D(beta), ys = D(y);
        for (int r = 0; r < 5; r++)
        {
            var row = xs.AsSpan(r * 7, 7).ToArray();
            double mean = row.Average(), variance = row.Select(v => (v - mean) * (v - mean)).Average();
            for (int c = 0; c < 7; c++)
            {
                double expected = (row[c] - mean) / Math.Sqrt(variance + 1e-5) * g[c] + b[c];
                Assert.That(ys[r * 7 + c], Is.EqualTo(expected).Within(Close * 8).Percent.Or.EqualTo(expected).Within(Close * 8), $"({r}, {c})");
            }
        }
        Assert.That(ys.Max(Math.Abs), Is.GreaterThan(0.5));
        Ops.LayerNorm(x, gamma, beta, T.CreateTruncating(1e-5), x);
        Assert.That(D(x), Is.EqualTo(ys), "in place gives the same bits");
    }

    /// <summary>softmax(scale·q_bh·k_bhᵀ over the kept keys)·v_bh, written out in binary64.</summary>
    private static double[] NaiveAttention(double[] q, double[] k, double[] v, double[] mask, int sequences, int tokens, int heads, int width, double scale)
    {
        int d = width / heads;
        var context = new double[sequences * tokens * width];
        for (int b = 0; b < sequences; b++)
        for (int h = 0; h < heads; h++)
        for (int i = 0; i < tokens; i++)
        {
            var s = new double[tokens];
            for (int j = 0; j < tokens; j++)
            {
                for (int c = 0; c < d; c++)
                    s[j] += q[(b * tokens + i) * width + h * d + c] * k[(b * tokens + j) * width + h * d + c];
                s[j] *= scale;
            }
            double max = Enumerable.Range(0, tokens).Where(j => mask[b * tokens + j] == 1).Max(j => s[j]);
            double sum = Enumerable.Range(0, tokens).Where(j => mask[b * tokens + j] == 1).Sum(j => Math.Exp(s[j] - max));
            for (int j = 0; j < tokens; j++)
            {
                double p = mask[b * tokens + j] == 1 ? Math.Exp(s[j] - max) / sum : 0;
                for (int c = 0; c < d; c++)
                    context[(b * tokens + i) * width + h * d + c] += p * v[(b * tokens + j) * width + h * d + c];
            }
        }
        return context;
    }

    [Test]
    public void Attention_ScoresSoftmaxContext_MatchTheNaiveLoops_AndIgnorePaddedKeys()
    {
        const int sequences = 3, tokens = 5, heads = 2, width = 6;
        var q = NnFixtures.Gaussian<T>(sequences * tokens, width, seed: 10);
        var k = NnFixtures.Gaussian<T>(sequences * tokens, width, seed: 11);
        var v = NnFixtures.Gaussian<T>(sequences * tokens, width, seed: 12);
        var mask = Of(sequences, tokens, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 1, 0, 0, 0, 0);
        double scale = 1 / Math.Sqrt(width / heads);
        var scores = new Tensor<T>(sequences * heads * tokens, tokens);
        var context = new Tensor<T>(sequences * tokens, width);
        Ops.AttentionScores(q, k, heads, T.CreateTruncating(scale), scores);
        Ops.MaskedSoftmax(scores, mask, heads);
        for (int r = 0; r < scores.Rows; r++)
        {
            int b = r / (heads * tokens);
            var row = D(scores).AsSpan(r * tokens, tokens).ToArray();
            Assert.That(row.Sum(), Is.EqualTo(1).Within(Close * 4), $"row {r} sums to 1");
            for (int j = 0; j < tokens; j++)
            {
                if (mask[b, j] == T.Zero)
                    Assert.That(row[j], Is.EqualTo(0), $"masked key {j} of row {r}");
            }
        }
        Ops.AttentionContext(scores, v, heads, context);
        var expected = NaiveAttention(D(q), D(k), D(v), D(mask), sequences, tokens, heads, width, scale);
        var actual = D(context);
        for (int i = 0; i < expected.Length; i++)
            Assert.That(actual[i], Is.EqualTo(expected[i]).Within(Close * 10 * (1 + Math.Abs(expected[i]))), $"element {i}");
        Assert.That(actual.Max(Math.Abs), Is.GreaterThan(0.1));

        // Changing the keys and values of padded tokens changes nothing.
        var k2 = k.Clone();
        var v2 = v.Clone();
        foreach (int row in new[] { 8, 9, 11, 12, 13, 14 })
        {
            k2.Row(row).Fill(T.CreateTruncating(50));
            v2.Row(row).Fill(T.CreateTruncating(-50));
        }
        var context2 = new Tensor<T>(sequences * tokens, width);
        Ops.AttentionScores(q, k2, heads, T.CreateTruncating(scale), scores);
        Ops.MaskedSoftmax(scores, mask, heads);
        Ops.AttentionContext(scores, v2, heads, context2);
        Assert.That(D(context2), Is.EqualTo(actual));
    }

    [Test]
    public void MaskedSoftmax_RefusesAMaskValueOtherThan0Or1_AndASequenceWithoutTokens()
    {
        var scores = new Tensor<T>(2 * 3, 3);
        var e = Assert.Throws<ArgumentException>(() => Ops.MaskedSoftmax(scores, Of(2, 3, 1, 1, 1, 1, 0.5, 0), heads: 1));
        Assert.That(e!.Message, Does.Contain("Mask element (1, 1)"));
        e = Assert.Throws<ArgumentException>(() => Ops.MaskedSoftmax(scores, Of(2, 3, 1, 1, 1, 0, 0, 0), heads: 1));
        Assert.That(e!.Message, Does.Contain("Sequence 1 has no real token"));
    }

    [Test]
    public void Attention_RefusesShapesThatDoNotSplit()
    {
        var e = Assert.Throws<ArgumentException>(() => Ops.AttentionScores(new Tensor<T>(6, 5), new Tensor<T>(6, 5), heads: 2, T.One, new Tensor<T>(12, 3)));
        Assert.That(e!.Message, Does.Contain("does not split into 2 heads"));
        e = Assert.Throws<ArgumentException>(() => Ops.AttentionScores(new Tensor<T>(7, 4), new Tensor<T>(7, 4), heads: 2, T.One, new Tensor<T>(12, 3)));
        Assert.That(e!.Message, Does.Contain("does not divide the 7 hidden rows"));
        e = Assert.Throws<ArgumentException>(() => Ops.AttentionContext(new Tensor<T>(8, 3), new Tensor<T>(6, 4), heads: 2, new Tensor<T>(6, 4)));
        Assert.That(e!.Message, Does.Contain("must be [12, 3]"));
    }

    [Test]
    public void MaskedMeanPool_L2Normalize_FirstTokens_OnIntegers_AreExact()
    {
        // Two sequences of 3 tokens; the second has one pad whose row (99s) must not count.
        var hidden = Of(6, 2, 1, 2, 3, 4, 5, 6, 3, 4, 6, 8, 99, 99);
        var mask = Of(2, 3, 1, 1, 1, 1, 1, 0);
        var pooled = new Tensor<T>(2, 2);
        Ops.MaskedMeanPool(hidden, mask, pooled);
        Assert.That(D(pooled), Is.EqualTo(new double[] { 3, 4, 4.5, 6 }));
        var unit = new Tensor<T>(2, 2);
        Ops.L2NormalizeRows(pooled, unit);
        Assert.That(D(unit), Is.EqualTo(new double[] { 0.6, 0.8, 0.6, 0.8 }).Within(Close));
        Ops.L2NormalizeRows(new Tensor<T>(2, 2), unit);
        Assert.That(D(unit), Is.All.EqualTo(0), "a zero row stays zero (the 1e-12 floor)");
        var firsts = new Tensor<T>(2, 2);
        Ops.FirstTokens(hidden, firsts);
        Assert.That(D(firsts), Is.EqualTo(new double[] { 1, 2, 3, 4 }));
    }
}
