using System.Numerics;

namespace ZoEngine.Nn;

/// <summary>
/// The ops a transformer encoder needs beyond <see cref="INnOps{T}"/>: embedding lookup, LayerNorm, per-head attention
/// products, the masked softmax, mean pooling over the mask, row L2 normalisation and the first-token rows (docs/transformer.md).
/// </summary>
/// <remarks>
/// <para>Layout. A batch is B sequences of T tokens. Token ids, the attention mask and token types are [B, T] tensors
/// of the model's element type (ids are integers, exact in float32 below 2²⁴); the mask is 1 for a real token and 0
/// for padding. Hidden states are [B·T, H] with row b·T + t. Attention scores and probabilities are
/// [B·heads·T, T] with row (b·heads + h)·T + i (query i of head h of sequence b) and column j (key j). Head h of a
/// hidden row is its columns [h·d, (h + 1)·d), d = H / heads, so queries, keys, values and the attention context stay
/// in the hidden layout and no op splits or merges heads.</para>
/// <para>It is an interface of its own, not members of <see cref="INnOps{T}"/>, so that a backend offers it only
/// where it has the kernels: the CPU ops implement it; a device's ops will when its kernels exist, and an encoder
/// refuses ops without it with a message naming them.</para>
/// </remarks>
public interface ITransformerOps<T> : INnOps<T> where T : unmanaged, IBinaryFloatingPointIeee754<T>
{
    /// <summary>
    /// output[b·T + t] = (words[ids[b, t]] + types[tokenTypes[b, t]]) + positions[t], added in that order; token type
    /// 0 for every token when <paramref name="tokenTypes"/> is null.
    /// // ids, tokenTypes: [B, T]; words: [V, H]; positions: [P ≥ T, H]; types: [TT, H]; output: [B·T, H]
    /// </summary>
    /// <exception cref="ArgumentException">An id or type is not an integer in its table, or T exceeds the positions.</exception>
    void EmbedTokens(Tensor<T> ids, Tensor<T>? tokenTypes, Tensor<T> words, Tensor<T> positions, Tensor<T> types, Tensor<T> output);

    /// <summary>
    /// y = (x − mean)/√(var + ε)·γ + β per row, mean and the biased variance over the row; <paramref name="y"/> may be
    /// <paramref name="x"/>. // x, y: [rows, H]; gamma, beta: [1, H]
    /// </summary>
    void LayerNorm(Tensor<T> x, Tensor<T> gamma, Tensor<T> beta, T epsilon, Tensor<T> y);

    /// <summary>
    /// scores[(b·heads + h)·T + i, j] = scale·Σ_c q[b·T + i, h·d + c]·k[b·T + j, h·d + c]: one GEMM per (sequence, head).
    /// // q, k: [B·T, H]; scores: [B·heads·T, T]
    /// </summary>
    void AttentionScores(Tensor<T> q, Tensor<T> k, int heads, T scale, Tensor<T> scores);

    /// <summary>
    /// In place, each row of scores becomes softmax over the keys the mask keeps (mask[b, j] = 1); masked keys get
    /// probability 0. // scores: [B·heads·T, T]; mask: [B, T]
    /// </summary>
    /// <exception cref="ArgumentException">A mask element is neither 0 nor 1, or a sequence has no real token.</exception>
    void MaskedSoftmax(Tensor<T> scores, Tensor<T> mask, int heads);

    /// <summary>
    /// context[b·T + i, h·d + c] = Σ_j p[(b·heads + h)·T + i, j]·v[b·T + j, h·d + c]: one GEMM per (sequence, head),
    /// written straight into the hidden layout. // probabilities: [B·heads·T, T]; v, context: [B·T, H]
    /// </summary>
    void AttentionContext(Tensor<T> probabilities, Tensor<T> v, int heads, Tensor<T> context);

    /// <summary>
    /// pooled[b] = Σ_t mask[b, t]·hidden[b·T + t] / Σ_t mask[b, t], tokens summed in ascending order; a sequence with no
    /// real token pools to 0. // hidden: [B·T, H]; mask: [B, T]; pooled: [B, H]
    /// </summary>
    void MaskedMeanPool(Tensor<T> hidden, Tensor<T> mask, Tensor<T> pooled);

    /// <summary>
    /// y[r] = x[r]/max(‖x[r]‖₂, 10⁻¹²) (sentence-transformers' Normalize), the squares summed in ascending order;
    /// <paramref name="y"/> may be <paramref name="x"/>. // x, y: [rows, H]
    /// </summary>
    void L2NormalizeRows(Tensor<T> x, Tensor<T> y);

    /// <summary>firsts[b] = hidden[b·T] (the [CLS] row of each sequence). // hidden: [B·T, H]; firsts: [B, H]</summary>
    void FirstTokens(Tensor<T> hidden, Tensor<T> firsts);
}
