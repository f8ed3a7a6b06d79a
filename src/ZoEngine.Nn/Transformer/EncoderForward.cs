using System.Numerics;
using ZoEngine.Nn.Gemm;

namespace ZoEngine.Nn;

/// <summary>
/// The inference-mode forward of a <see cref="TransformerEncoder{T}"/>: sentence embeddings (mean of the last hidden
/// states over the real tokens, L2-normalised) for a batch of token ids and its attention mask, keeping no traces.
/// </summary>
/// <remarks>
/// <para>Buffers, allocated once in the context's memory for batches of up to <see cref="CapacitySequences"/> ×
/// <see cref="CapacityTokens"/> tokens (N = B·T rows): the residual stream x, a sum buffer, queries, keys and values,
/// each [N, H]; one layer workspace of max(N·inner, B·heads·T²) elements that holds the attention scores and then,
/// once they are consumed, the feed-forward block's inner activations; and [B, H] rows for pooling. The attention
/// context is written over the queries, which it no longer needs. Every layer reuses the same buffers, so the memory
/// does not grow with depth. After the first pass at a given (B, T) a pass allocates nothing.</para>
/// <para>Not thread-safe; a result is a view of this object's buffers, valid until the next pass.</para>
/// </remarks>
public sealed class EncoderForward<T> where T : unmanaged, IBinaryFloatingPointIeee754<T>
{
    private readonly TransformerEncoder<T> _encoder;
    private readonly NnContext<T> _context;
    private readonly ITransformerOps<T> _ops;
    private readonly Tensor<T> _x, _sum, _q, _k, _v, _work, _pooled, _embeddings, _firsts, _pooler;
    private readonly Dictionary<(int, int), Views> _views = [];
    private readonly T _scale, _epsilon;
    private Views? _last;

    /// <summary>Allocates the buffers for batches of up to <paramref name="capacitySequences"/> sequences of up to <paramref name="capacityTokens"/> tokens.</summary>
    /// <exception cref="ArgumentException">The ops have no transformer ops, the encoder is in another memory, or a capacity is out of range.</exception>
    public EncoderForward(TransformerEncoder<T> encoder, NnContext<T> context, int capacitySequences, int capacityTokens)
    {
        ArgumentNullException.ThrowIfNull(encoder);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacitySequences, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacityTokens, 1);
        var config = encoder.Config;
        if (capacityTokens > config.MaxPositions)
            throw new ArgumentException($"The encoder has {config.MaxPositions} positions; sequences of {capacityTokens} tokens do not fit.", nameof(capacityTokens));
        _ops = context.Ops as ITransformerOps<T>
            ?? throw new ArgumentException($"The ops '{context.Ops.Name}' have no transformer kernels (ITransformerOps); run the encoder on the CPU ops.", nameof(context));
        if (!ReferenceEquals(encoder.Placement, context.Memory))
            throw new ArgumentException($"The encoder is in {encoder.Placement.Name} memory but the ops run on {context.Memory.Name}: move it there first (TransformerEncoder.MoveTo).", nameof(encoder));
        _encoder = encoder;
        _context = context;
        CapacitySequences = capacitySequences;
        CapacityTokens = capacityTokens;
        int rows = checked(capacitySequences * capacityTokens), h = config.Hidden;
        using (MemoryAccounting.Attribute(context.Memory, MemoryCategory.Activations))
        {
            _x = context.Allocate(rows, h);
            _sum = context.Allocate(rows, h);
            _q = context.Allocate(rows, h);
            _k = context.Allocate(rows, h);
            _v = context.Allocate(rows, h);
            _pooled = context.Allocate(capacitySequences, h);
            _embeddings = context.Allocate(capacitySequences, h);
            _firsts = context.Allocate(capacitySequences, h);
            _pooler = context.Allocate(capacitySequences, h);
        }
        long scores = (long)capacitySequences * config.Heads * capacityTokens * capacityTokens;
        long work = Math.Max((long)rows * config.Intermediate, scores);
        if (work > Array.MaxLength)
            throw new ArgumentException($"A layer workspace of {work} elements is more than one tensor can hold: use smaller batches.", nameof(capacitySequences));
        using (MemoryAccounting.Attribute(context.Memory, MemoryCategory.Workspace))
            _work = context.Allocate(1, (int)work);
        ActivationBytes = _x.Bytes + _sum.Bytes + _q.Bytes + _k.Bytes + _v.Bytes + _pooled.Bytes + _embeddings.Bytes + _firsts.Bytes + _pooler.Bytes;
        WorkspaceBytes = _work.Bytes;
        _scale = T.One / T.Sqrt(T.CreateTruncating(config.HeadWidth));
        _epsilon = T.CreateTruncating(config.LayerNormEpsilon);
    }

    /// <summary>The most sequences a pass takes.</summary>
    public int CapacitySequences { get; }

    /// <summary>The most tokens per sequence a pass takes.</summary>
    public int CapacityTokens { get; }

    /// <summary>Bytes of the hidden-state, projection and pooling buffers.</summary>
    public long ActivationBytes { get; }

    /// <summary>Bytes of the one-layer workspace (attention scores, then the feed-forward inner activations).</summary>
    public long WorkspaceBytes { get; }

    /// <summary>
    /// The sentence embeddings of a batch: a view of this object's buffer, valid until the next pass.
    /// // ids, mask, tokenTypes: [B ≤ CapacitySequences, T ≤ CapacityTokens]; result: [B, H]
    /// </summary>
    /// <param name="ids">Token ids (integers).</param>
    /// <param name="mask">1 for a real token, 0 for padding; every sequence needs a real token.</param>
    /// <param name="tokenTypes">Token types, or null for type 0 everywhere.</param>
    /// <exception cref="ArgumentException">A shape, memory, id or mask value is out of range.</exception>
    public Tensor<T> Run(Tensor<T> ids, Tensor<T> mask, Tensor<T>? tokenTypes = null)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(mask);
        int sequences = ids.Rows, tokens = ids.Cols;
        if (sequences < 1 || sequences > CapacitySequences || tokens < 1 || tokens > CapacityTokens)
            throw new ArgumentException($"This forward pass takes 1 … {CapacitySequences} sequences of 1 … {CapacityTokens} tokens, got ids [{sequences}, {tokens}].", nameof(ids));
        Shapes.RequireSame(ids, mask, nameof(ids), nameof(mask));
        RequireInMemory(ids, nameof(ids));
        RequireInMemory(mask, nameof(mask));
        if (tokenTypes is not null)
            RequireInMemory(tokenTypes, nameof(tokenTypes));
        if (!_views.TryGetValue((sequences, tokens), out var v))
            _views[(sequences, tokens)] = v = new Views(this, sequences, tokens);
        var e = _encoder;
        var config = e.Config;
        _ops.EmbedTokens(ids, tokenTypes, e.WordEmbeddings.Value, e.PositionEmbeddings.Value, e.TokenTypeEmbeddings.Value, v.X);
        _ops.LayerNorm(v.X, e.EmbeddingNorm.Weight.Value, e.EmbeddingNorm.Bias.Value, _epsilon, v.X);
        for (int l = 0; l < e.Layers.Count; l++)
        {
            var layer = e.Layers[l];
            layer.Query.Apply(_ops, v.X, v.Q);
            layer.Key.Apply(_ops, v.X, v.K);
            layer.Value.Apply(_ops, v.X, v.V);
            _ops.AttentionScores(v.Q, v.K, config.Heads, _scale, v.Scores);
            _ops.MaskedSoftmax(v.Scores, mask, config.Heads);
            _ops.AttentionContext(v.Scores, v.V, config.Heads, v.Q);
            layer.AttentionOutput.Apply(_ops, v.Q, v.Sum);
            _ops.Add(v.Sum, v.X, v.Sum);
            _ops.LayerNorm(v.Sum, layer.AttentionNorm.Weight.Value, layer.AttentionNorm.Bias.Value, _epsilon, v.X);
            layer.Intermediate.Apply(_ops, v.X, v.Inner);
            _ops.Activate(ActivationKind.Gelu, v.Inner, v.Inner);
            layer.Output.Apply(_ops, v.Inner, v.Sum);
            _ops.Add(v.Sum, v.X, v.Sum);
            _ops.LayerNorm(v.Sum, layer.OutputNorm.Weight.Value, layer.OutputNorm.Bias.Value, _epsilon, v.X);
        }
        _ops.MaskedMeanPool(v.X, mask, v.Pooled);
        _ops.L2NormalizeRows(v.Pooled, v.Embeddings);
        _context.Counter.Forward += (long)sequences * tokens * config.Layers;
        _last = v;
        return v.Embeddings;
    }

    /// <summary>The last hidden states of the last pass: a view, [B·T, H] with row b·T + t.</summary>
    /// <exception cref="InvalidOperationException">No pass has run.</exception>
    public Tensor<T> LastHiddenState => (_last ?? throw new InvalidOperationException("No forward pass has run yet.")).X;

    /// <summary>The pooler output tanh(h_[CLS]·Wᵀ + b) of the last pass, computed on request: a view, [B, H].</summary>
    /// <exception cref="InvalidOperationException">No pass has run.</exception>
    public Tensor<T> Pooler()
    {
        var v = _last ?? throw new InvalidOperationException("No forward pass has run yet.");
        _ops.FirstTokens(v.X, v.Firsts);
        _ops.MatMul(v.Firsts, Transpose.No, _encoder.PoolerWeight.Value, Transpose.Yes, v.PoolerOutput, T.One, T.Zero);
        _ops.AddRowVector(v.PoolerOutput, _encoder.PoolerBias.Value);
        _ops.Activate(ActivationKind.Tanh, v.PoolerOutput, v.PoolerOutput);
        return v.PoolerOutput;
    }

    private void RequireInMemory(Tensor<T> t, string name)
    {
        if (!ReferenceEquals(t.Placement, _context.Memory))
            throw new ArgumentException($"{name} is in {t.Placement.Name} memory but the encoder runs on {_context.Memory.Name}: copy it there first.", name);
    }

    /// <summary>The views of one (B, T): prefixes of the buffers.</summary>
    private sealed class Views(EncoderForward<T> f, int sequences, int tokens)
    {
        public Tensor<T> X { get; } = f._x.Prefix(sequences * tokens, f._x.Cols);
        public Tensor<T> Sum { get; } = f._sum.Prefix(sequences * tokens, f._x.Cols);
        public Tensor<T> Q { get; } = f._q.Prefix(sequences * tokens, f._x.Cols);
        public Tensor<T> K { get; } = f._k.Prefix(sequences * tokens, f._x.Cols);
        public Tensor<T> V { get; } = f._v.Prefix(sequences * tokens, f._x.Cols);
        public Tensor<T> Scores { get; } = f._work.Prefix(sequences * f._encoder.Config.Heads * tokens, tokens);
        public Tensor<T> Inner { get; } = f._work.Prefix(sequences * tokens, f._encoder.Config.Intermediate);
        public Tensor<T> Pooled { get; } = f._pooled.Prefix(sequences, f._x.Cols);
        public Tensor<T> Embeddings { get; } = f._embeddings.Prefix(sequences, f._x.Cols);
        public Tensor<T> Firsts { get; } = f._firsts.Prefix(sequences, f._x.Cols);
        public Tensor<T> PoolerOutput { get; } = f._pooler.Prefix(sequences, f._x.Cols);
    }
}
