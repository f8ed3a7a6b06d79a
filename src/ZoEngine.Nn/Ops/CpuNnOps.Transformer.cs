using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ZoEngine.Nn.Gemm;

namespace ZoEngine.Nn;

/// <summary>
/// The transformer ops on the CPU (docs/transformer.md): the reference a device's kernels are checked against. The
/// attention products are the project's GEMM on strided windows of the hidden rows, one call per (sequence, head);
/// every reduction runs in a fixed ascending order, LayerNorm's mean and variance in binary64.
/// </summary>
public sealed partial class CpuNnOps<T> : ITransformerOps<T>
{
    /// <inheritdoc />
    public void EmbedTokens(Tensor<T> ids, Tensor<T>? tokenTypes, Tensor<T> words, Tensor<T> positions, Tensor<T> types, Tensor<T> output)
    {
        TransformerChecks.EmbeddingShapes(ids, tokenTypes, words, positions, types, output);
        int tokens = ids.Cols;
        var idSpan = ids.Span;
        var typeSpan = tokenTypes is null ? default : tokenTypes.Span;
        for (int r = 0; r < idSpan.Length; r++)
        {
            int id = TransformerChecks.Index(idSpan[r], words.Rows, r, tokens, "token id", nameof(ids));
            int type = tokenTypes is null ? 0 : TransformerChecks.Index(typeSpan[r], types.Rows, r, tokens, "token type", nameof(tokenTypes));
            var y = output.Row(r);
            Elementwise.Add(words.Row(id), types.Row(type), y);
            Elementwise.Add(y, positions.Row(r % tokens), y);
        }
    }

    /// <inheritdoc />
    public void LayerNorm(Tensor<T> x, Tensor<T> gamma, Tensor<T> beta, T epsilon, Tensor<T> y)
    {
        Shapes.RequireSame(x, y, nameof(x), nameof(y));
        Shapes.Require(gamma, 1, x.Cols, nameof(gamma));
        Shapes.Require(beta, 1, x.Cols, nameof(beta));
        double eps = double.CreateTruncating(epsilon);
        int workers = WorkersFor(x.Length, x.Rows);
        if (workers == 1)
            LayerNormRows(x, gamma, beta, eps, y, 0, x.Rows);
        else
            LayerNormSplit(x, gamma, beta, eps, y, workers);
    }

    // Its own method, so that the single-thread path does not allocate the lambda's closure.
    private static void LayerNormSplit(Tensor<T> x, Tensor<T> gamma, Tensor<T> beta, double eps, Tensor<T> y, int workers) =>
        Split(x.Rows, workers, (from, to) => LayerNormRows(x, gamma, beta, eps, y, from, to));

    private static void LayerNormRows(Tensor<T> x, Tensor<T> gamma, Tensor<T> beta, double eps, Tensor<T> y, int from, int to)
    {
        var g = gamma.Span;
        var b = beta.Span;
        for (int r = from; r < to; r++)
        {
            var row = x.Row(r);
            var outRow = y.Row(r);
            double sum = 0;
            for (int c = 0; c < row.Length; c++)
                sum += double.CreateTruncating(row[c]);
            double mean = sum / row.Length;
            double squares = 0;
            for (int c = 0; c < row.Length; c++)
            {
                double centred = double.CreateTruncating(row[c]) - mean;
                squares += centred * centred;
            }
            double invStd = 1.0 / Math.Sqrt(squares / row.Length + eps);
            for (int c = 0; c < row.Length; c++)
                outRow[c] = T.CreateTruncating((double.CreateTruncating(row[c]) - mean) * invStd) * g[c] + b[c];
        }
    }

    /// <inheritdoc />
    public void AttentionScores(Tensor<T> q, Tensor<T> k, int heads, T scale, Tensor<T> scores)
    {
        var (sequences, tokens, headWidth) = TransformerChecks.AttentionShape(q, heads, scores, nameof(scores));
        Shapes.RequireSame(q, k, nameof(q), nameof(k));
        int width = q.Cols;
        var qs = q.Span;
        var ks = k.Span;
        var s = scores.Span;
        for (int b = 0; b < sequences; b++)
        {
            for (int h = 0; h < heads; h++)
            {
                int head = b * tokens * width + h * headWidth;
                StridedGemm(Transpose.No, Transpose.Yes, tokens, tokens, headWidth, scale,
                    qs[head..], width, ks[head..], width, T.Zero, s.Slice((b * heads + h) * tokens * tokens, tokens * tokens), tokens);
            }
        }
    }

    /// <inheritdoc />
    public void MaskedSoftmax(Tensor<T> scores, Tensor<T> mask, int heads)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(mask);
        ArgumentOutOfRangeException.ThrowIfLessThan(heads, 1);
        int tokens = scores.Cols;
        Shapes.Require(mask, mask.Rows, tokens, nameof(mask));
        Shapes.Require(scores, mask.Rows * heads * tokens, tokens, nameof(scores));
        TransformerChecks.RequireMask<T>(mask.Span, tokens, requireToken: true, nameof(mask));
        int workers = WorkersFor(scores.Length, scores.Rows);
        if (workers == 1)
            MaskedSoftmaxRows(scores, mask, heads, 0, scores.Rows);
        else
            MaskedSoftmaxSplit(scores, mask, heads, workers);
    }

    // Its own method, so that the single-thread path does not allocate the lambda's closure.
    private static void MaskedSoftmaxSplit(Tensor<T> scores, Tensor<T> mask, int heads, int workers) =>
        Split(scores.Rows, workers, (from, to) => MaskedSoftmaxRows(scores, mask, heads, from, to));

    /// <summary>Score rows [from, to): row r holds query r mod T of head (r / T) mod heads of sequence r / (heads·T).</summary>
    private static void MaskedSoftmaxRows(Tensor<T> scores, Tensor<T> mask, int heads, int from, int to)
    {
        int tokens = scores.Cols;
        for (int r = from; r < to; r++)
        {
            var keep = mask.Row(r / (heads * tokens));
            var row = scores.Row(r);
            T max = T.NegativeInfinity;
            for (int j = 0; j < tokens; j++)
            {
                if (keep[j] != T.Zero && (row[j] > max || T.IsNaN(row[j])))
                    max = row[j];
            }
            T sum = T.Zero;
            for (int j = 0; j < tokens; j++)
            {
                row[j] = keep[j] != T.Zero ? T.Exp(row[j] - max) : T.Zero;
                sum += row[j];
            }
            for (int j = 0; j < tokens; j++)
                row[j] /= sum;
        }
    }

    /// <inheritdoc />
    public void AttentionContext(Tensor<T> probabilities, Tensor<T> v, int heads, Tensor<T> context)
    {
        var (sequences, tokens, headWidth) = TransformerChecks.AttentionShape(v, heads, probabilities, nameof(probabilities));
        Shapes.RequireSame(v, context, nameof(v), nameof(context));
        int width = v.Cols;
        var p = probabilities.Span;
        var vs = v.Span;
        var cs = context.Span;
        for (int b = 0; b < sequences; b++)
        {
            for (int h = 0; h < heads; h++)
            {
                int head = b * tokens * width + h * headWidth;
                StridedGemm(Transpose.No, Transpose.No, tokens, headWidth, tokens, T.One,
                    p.Slice((b * heads + h) * tokens * tokens, tokens * tokens), tokens, vs[head..], width, T.Zero, cs[head..], width);
            }
        }
    }

    /// <inheritdoc />
    public void MaskedMeanPool(Tensor<T> hidden, Tensor<T> mask, Tensor<T> pooled)
    {
        ArgumentNullException.ThrowIfNull(hidden);
        ArgumentNullException.ThrowIfNull(mask);
        Shapes.Require(hidden, mask.Rows * mask.Cols, hidden.Cols, nameof(hidden));
        Shapes.Require(pooled, mask.Rows, hidden.Cols, nameof(pooled));
        int tokens = mask.Cols;
        for (int b = 0; b < mask.Rows; b++)
        {
            var keep = mask.Row(b);
            int count = TransformerChecks.CountReal<T>(keep, b, nameof(mask));
            var sum = pooled.Row(b);
            sum.Clear();
            for (int t = 0; t < tokens; t++)
            {
                if (keep[t] != T.Zero)
                    Elementwise.Add(sum, hidden.Row(b * tokens + t), sum);
            }
            T divisor = T.CreateTruncating(Math.Max(count, 1));
            for (int c = 0; c < sum.Length; c++)
                sum[c] /= divisor;
        }
    }

    /// <inheritdoc />
    public void L2NormalizeRows(Tensor<T> x, Tensor<T> y)
    {
        Shapes.RequireSame(x, y, nameof(x), nameof(y));
        T floor = T.CreateTruncating(1e-12);
        for (int r = 0; r < x.Rows; r++)
        {
            var row = x.Row(r);
            var outRow = y.Row(r);
            T squares = T.Zero;
            for (int c = 0; c < row.Length; c++)
                squares += row[c] * row[c];
            T norm = T.Max(T.Sqrt(squares), floor);
            for (int c = 0; c < row.Length; c++)
                outRow[c] = row[c] / norm;
        }
    }

    /// <inheritdoc />
    public void FirstTokens(Tensor<T> hidden, Tensor<T> firsts)
    {
        ArgumentNullException.ThrowIfNull(hidden);
        ArgumentNullException.ThrowIfNull(firsts);
        if (firsts.Rows == 0 || hidden.Rows % firsts.Rows != 0)
            throw new ArgumentException($"hidden [{hidden.Rows}, {hidden.Cols}] does not hold whole sequences for {firsts.Rows} first tokens.", nameof(firsts));
        Shapes.Require(firsts, firsts.Rows, hidden.Cols, nameof(firsts));
        int tokens = hidden.Rows / firsts.Rows;
        for (int b = 0; b < firsts.Rows; b++)
            hidden.Row(b * tokens).CopyTo(firsts.Row(b));
    }

    /// <summary>The GEMM on strided windows: operands are spans that start at their first element, rows ld apart.</summary>
    private void StridedGemm(Transpose transA, Transpose transB, int m, int n, int k, T alpha, ReadOnlySpan<T> a, int lda,
        ReadOnlySpan<T> b, int ldb, T beta, Span<T> c, int ldc)
    {
        if (typeof(T) == typeof(float))
        {
            Gemm.Sgemm(transA, transB, m, n, k, Unsafe.As<T, float>(ref alpha), MemoryMarshal.Cast<T, float>(a), lda,
                MemoryMarshal.Cast<T, float>(b), ldb, Unsafe.As<T, float>(ref beta), MemoryMarshal.Cast<T, float>(c), ldc);
        }
        else
        {
            Gemm.Dgemm(transA, transB, m, n, k, Unsafe.As<T, double>(ref alpha), MemoryMarshal.Cast<T, double>(a), lda,
                MemoryMarshal.Cast<T, double>(b), ldb, Unsafe.As<T, double>(ref beta), MemoryMarshal.Cast<T, double>(c), ldc);
        }
    }
}
