using ZoEngine.Cuda;
using ZoEngine.Nn.Gemm;

namespace ZoEngine.Nn;

/// <summary>
/// The transformer ops on a device (docs/transformer.md): kernels/zo_transformer.cu for the row ops, and the attention
/// products as one strided-batched GEMM per sequence over its heads, on strided windows of the hidden rows
/// (cublasSgemmStridedBatched on CUDA, one zo_nn_gemm per head elsewhere). The ids,
/// types and masks an op reads are copied to the host and checked there first, with the CPU op's checks and messages:
/// [B, T] floats, one small copy and one wait per op that reads them.
/// </summary>
public sealed unsafe partial class DeviceNnOps : ITransformerOps<float>
{
    private TransformerKernels? _transformer;
    private float[] _checked = [];

    private TransformerKernels Transformer => _transformer ??= new TransformerKernels(Backend);

    /// <inheritdoc />
    public void EmbedTokens(Tensor<float> ids, Tensor<float>? tokenTypes, Tensor<float> words, Tensor<float> positions, Tensor<float> types, Tensor<float> output)
    {
        TransformerChecks.EmbeddingShapes(ids, tokenTypes, words, positions, types, output);
        float* pIds = On(ids, nameof(ids));
        float* pTypes = tokenTypes is null ? null : On(tokenTypes, nameof(tokenTypes));
        TransformerChecks.RequireIndices<float>(HostCopy(ids), words.Rows, ids.Cols, "token id", nameof(ids));
        if (tokenTypes is not null)
            TransformerChecks.RequireIndices<float>(HostCopy(tokenTypes), types.Rows, ids.Cols, "token type", nameof(tokenTypes));
        Transformer.Embed(pIds, pTypes, On(words, nameof(words)), On(positions, nameof(positions)), On(types, nameof(types)), On(output, nameof(output)),
            output.Rows, Math.Max(ids.Cols, 1), output.Cols);
    }

    /// <inheritdoc />
    public void LayerNorm(Tensor<float> x, Tensor<float> gamma, Tensor<float> beta, float epsilon, Tensor<float> y)
    {
        Shapes.RequireSame(x, y, nameof(x), nameof(y));
        Shapes.Require(gamma, 1, x.Cols, nameof(gamma));
        Shapes.Require(beta, 1, x.Cols, nameof(beta));
        Transformer.LayerNorm(On(x, nameof(x)), On(gamma, nameof(gamma)), On(beta, nameof(beta)), epsilon, On(y, nameof(y)), x.Rows, x.Cols);
    }

    /// <inheritdoc />
    public void AttentionScores(Tensor<float> q, Tensor<float> k, int heads, float scale, Tensor<float> scores)
    {
        var (sequences, tokens, headWidth) = TransformerChecks.AttentionShape(q, heads, scores, nameof(scores));
        Shapes.RequireSame(q, k, nameof(q), nameof(k));
        float* pq = On(q, nameof(q)), pk = On(k, nameof(k)), ps = On(scores, nameof(scores));
        int width = q.Cols;
        long tokensByWidth = (long)tokens * width, square = (long)tokens * tokens;
        // Head h of sequence b is the column window [h·d, (h+1)·d) of the sequence's rows: the heads of a sequence are
        // headWidth elements apart in q and k, and their score blocks T² apart, so each sequence is one batched call.
        for (int b = 0; b < sequences; b++)
            StridedBatchedGemm(false, true, tokens, tokens, headWidth, scale, pq + b * tokensByWidth, width, headWidth,
                pk + b * tokensByWidth, width, headWidth, ps + b * heads * square, tokens, square, heads);
    }

    /// <inheritdoc />
    public void MaskedSoftmax(Tensor<float> scores, Tensor<float> mask, int heads)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(mask);
        ArgumentOutOfRangeException.ThrowIfLessThan(heads, 1);
        int tokens = scores.Cols;
        Shapes.Require(mask, mask.Rows, tokens, nameof(mask));
        Shapes.Require(scores, mask.Rows * heads * tokens, tokens, nameof(scores));
        float* ps = On(scores, nameof(scores)), pm = On(mask, nameof(mask));
        TransformerChecks.RequireMask<float>(HostCopy(mask), tokens, requireToken: true, nameof(mask));
        Transformer.MaskedSoftmax(ps, pm, scores.Rows, tokens, heads);
    }

    /// <inheritdoc />
    public void AttentionContext(Tensor<float> probabilities, Tensor<float> v, int heads, Tensor<float> context)
    {
        var (sequences, tokens, headWidth) = TransformerChecks.AttentionShape(v, heads, probabilities, nameof(probabilities));
        Shapes.RequireSame(v, context, nameof(v), nameof(context));
        float* pp = On(probabilities, nameof(probabilities)), pv = On(v, nameof(v)), pc = On(context, nameof(context));
        int width = v.Cols;
        long tokensByWidth = (long)tokens * width, square = (long)tokens * tokens;
        for (int b = 0; b < sequences; b++)
            StridedBatchedGemm(false, false, tokens, headWidth, tokens, 1f, pp + b * heads * square, tokens, square,
                pv + b * tokensByWidth, width, headWidth, pc + b * tokensByWidth, width, headWidth, heads);
    }

    /// <inheritdoc />
    public void MaskedMeanPool(Tensor<float> hidden, Tensor<float> mask, Tensor<float> pooled)
    {
        ArgumentNullException.ThrowIfNull(hidden);
        ArgumentNullException.ThrowIfNull(mask);
        Shapes.Require(hidden, mask.Rows * mask.Cols, hidden.Cols, nameof(hidden));
        Shapes.Require(pooled, mask.Rows, hidden.Cols, nameof(pooled));
        float* ph = On(hidden, nameof(hidden)), pm = On(mask, nameof(mask)), pp = On(pooled, nameof(pooled));
        if (mask.Cols == 0)
        {
            pooled.Clear();
            return;
        }
        TransformerChecks.RequireMask<float>(HostCopy(mask), mask.Cols, requireToken: false, nameof(mask));
        Transformer.MeanPool(ph, pm, pp, mask.Rows, mask.Cols, hidden.Cols);
    }

    /// <inheritdoc />
    public void L2NormalizeRows(Tensor<float> x, Tensor<float> y)
    {
        Shapes.RequireSame(x, y, nameof(x), nameof(y));
        Transformer.L2Normalize(On(x, nameof(x)), On(y, nameof(y)), x.Rows, x.Cols);
    }

    /// <inheritdoc />
    public void FirstTokens(Tensor<float> hidden, Tensor<float> firsts)
    {
        ArgumentNullException.ThrowIfNull(hidden);
        ArgumentNullException.ThrowIfNull(firsts);
        if (firsts.Rows == 0 || hidden.Rows % firsts.Rows != 0)
            throw new ArgumentException($"hidden [{hidden.Rows}, {hidden.Cols}] does not hold whole sequences for {firsts.Rows} first tokens.", nameof(firsts));
        Shapes.Require(firsts, firsts.Rows, hidden.Cols, nameof(firsts));
        Transformer.FirstTokens(On(hidden, nameof(hidden)), On(firsts, nameof(firsts)), firsts.Rows, hidden.Rows / firsts.Rows, hidden.Cols);
    }

    /// <summary>
    /// <paramref name="batch"/> products C_i = α·op(A_i)·op(B_i) (β = 0) on strided windows of device buffers, whose
    /// operands are <paramref name="strideA"/>, <paramref name="strideB"/> and <paramref name="strideC"/> elements
    /// apart: one cublasSgemmStridedBatched launch on CUDA; one zo_nn_gemm per product elsewhere (ReferenceGemm's bits,
    /// so Emulated checks the same windows bit for bit against the CPU ops).
    /// </summary>
    private void StridedBatchedGemm(bool transA, bool transB, int m, int n, int k, float alpha, float* a, int lda, long strideA,
        float* b, int ldb, long strideB, float* c, int ldc, long strideC, int batch)
    {
        if (_blas is not null)
        {
            _blas.SgemmStridedBatched(transA, transB, m, n, k, alpha, (ulong)a, lda, strideA, (ulong)b, ldb, strideB, 0f, (ulong)c, ldc, strideC, batch);
            return;
        }
        for (int i = 0; i < batch; i++)
            _kernels.Gemm(transA, transB, m, n, k, alpha, a + i * strideA, lda, b + i * strideB, ldb, 0f, c + i * strideC, ldc);
    }

    /// <summary>The elements of a device tensor in a reused host buffer (after the work queued before).</summary>
    private ReadOnlySpan<float> HostCopy(Tensor<float> tensor)
    {
        if (_checked.Length < tensor.Length)
            _checked = new float[tensor.Length];
        var span = _checked.AsSpan(0, tensor.Length);
        tensor.CopyTo(span);
        return span;
    }
}
