using System.Numerics;
using ZoEngine.Nn.Gemm;

namespace ZoEngine.Nn;

/// <summary>
/// y = x·W + b for rows x [rows, in], with W stored [in, out] as ONNX exports a BERT MatMul weight (the transpose of
/// <see cref="Linear{T}"/>'s [out, in]), so that an encoder loaded from ONNX holds the model's bytes unchanged.
/// </summary>
public sealed class Projection<T> where T : unmanaged, IBinaryFloatingPointIeee754<T>
{
    internal Projection(string path, int inFeatures, int outFeatures)
    {
        Weight = new Parameter<T>(path + ".weight", new Tensor<T>(inFeatures, outFeatures));
        Bias = new Parameter<T>(path + ".bias", new Tensor<T>(1, outFeatures));
    }

    /// <summary>W [in, out].</summary>
    public Parameter<T> Weight { get; }

    /// <summary>b [1, out].</summary>
    public Parameter<T> Bias { get; }

    /// <summary>y = x·W + b. // x: [rows, in]; y: [rows, out]</summary>
    public void Apply(INnOps<T> ops, Tensor<T> x, Tensor<T> y)
    {
        ops.MatMul(x, Transpose.No, Weight.Value, Transpose.No, y, T.One, T.Zero);
        ops.AddRowVector(y, Bias.Value);
    }
}

/// <summary>LayerNorm's gain γ and shift β, each [1, H].</summary>
public sealed class LayerNormParameters<T> where T : unmanaged, IBinaryFloatingPointIeee754<T>
{
    internal LayerNormParameters(string path, int width)
    {
        Weight = new Parameter<T>(path + ".weight", new Tensor<T>(1, width));
        Bias = new Parameter<T>(path + ".bias", new Tensor<T>(1, width));
        Weight.Value.Span.Fill(T.One);
    }

    /// <summary>γ [1, H], ones at construction.</summary>
    public Parameter<T> Weight { get; }

    /// <summary>β [1, H], zeros at construction.</summary>
    public Parameter<T> Bias { get; }
}

/// <summary>
/// One post-LayerNorm encoder layer (BERT): x = LN(x + Attention(x)·W_o + b_o); x = LN(x + GELU(x·W_i + b_i)·W_2 + b_2).
/// </summary>
public sealed class TransformerLayer<T> where T : unmanaged, IBinaryFloatingPointIeee754<T>
{
    internal TransformerLayer(string path, TransformerConfig config)
    {
        int h = config.Hidden;
        Query = new Projection<T>(path + ".attention.self.query", h, h);
        Key = new Projection<T>(path + ".attention.self.key", h, h);
        Value = new Projection<T>(path + ".attention.self.value", h, h);
        AttentionOutput = new Projection<T>(path + ".attention.output.dense", h, h);
        AttentionNorm = new LayerNormParameters<T>(path + ".attention.output.LayerNorm", h);
        Intermediate = new Projection<T>(path + ".intermediate.dense", h, config.Intermediate);
        Output = new Projection<T>(path + ".output.dense", config.Intermediate, h);
        OutputNorm = new LayerNormParameters<T>(path + ".output.LayerNorm", h);
    }

    /// <summary>Queries, [H, H].</summary>
    public Projection<T> Query { get; }

    /// <summary>Keys, [H, H].</summary>
    public Projection<T> Key { get; }

    /// <summary>Values, [H, H].</summary>
    public Projection<T> Value { get; }

    /// <summary>The attention block's output projection, [H, H].</summary>
    public Projection<T> AttentionOutput { get; }

    /// <summary>LayerNorm after the attention block's residual sum.</summary>
    public LayerNormParameters<T> AttentionNorm { get; }

    /// <summary>The feed-forward block's inner layer, [H, inner], followed by GELU.</summary>
    public Projection<T> Intermediate { get; }

    /// <summary>The feed-forward block's outer layer, [inner, H].</summary>
    public Projection<T> Output { get; }

    /// <summary>LayerNorm after the feed-forward block's residual sum.</summary>
    public LayerNormParameters<T> OutputNorm { get; }

    internal IEnumerable<Parameter<T>> Parameters()
    {
        foreach (var p in new[] { Query, Key, Value, AttentionOutput })
        {
            yield return p.Weight;
            yield return p.Bias;
        }
        yield return AttentionNorm.Weight;
        yield return AttentionNorm.Bias;
        yield return Intermediate.Weight;
        yield return Intermediate.Bias;
        yield return Output.Weight;
        yield return Output.Bias;
        yield return OutputNorm.Weight;
        yield return OutputNorm.Bias;
    }
}

/// <summary>
/// A BERT-style text encoder in ZoEngine's own layers (docs/transformer.md): token + position + token-type embeddings
/// and LayerNorm, then <see cref="TransformerConfig.Layers"/> post-LayerNorm layers of masked multi-head self-attention
/// and a GELU (erf) feed-forward block, each with its residual sum; the pooler tanh(W·h_[CLS] + b) is kept too. The
/// sentence embedding (mean over the real tokens, L2-normalised) and the pooler output are computed by
/// <see cref="EncoderForward{T}"/>.
/// </summary>
/// <remarks>
/// Parameter names are the Hugging Face paths ("encoder.layer.0.attention.self.query.weight"); the projection weights
/// are stored [in, out] (<see cref="Projection{T}"/>), the pooler's [out, in] as in the ONNX export. A new encoder is
/// zero apart from LayerNorm gains of 1; <c>ZoEngine.Onnx.OnnxTransformer</c> fills one from an ONNX model.
/// </remarks>
public sealed class TransformerEncoder<T> where T : unmanaged, IBinaryFloatingPointIeee754<T>
{
    private readonly Parameter<T>[] _parameters;

    /// <summary>An encoder of the given sizes in host memory.</summary>
    /// <exception cref="ArgumentException">The sizes cannot make an encoder.</exception>
    public TransformerEncoder(TransformerConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        config.Validate();
        Config = config;
        int h = config.Hidden;
        WordEmbeddings = new Parameter<T>("embeddings.word_embeddings.weight", new Tensor<T>(config.Vocabulary, h));
        PositionEmbeddings = new Parameter<T>("embeddings.position_embeddings.weight", new Tensor<T>(config.MaxPositions, h));
        TokenTypeEmbeddings = new Parameter<T>("embeddings.token_type_embeddings.weight", new Tensor<T>(config.TokenTypes, h));
        EmbeddingNorm = new LayerNormParameters<T>("embeddings.LayerNorm", h);
        Layers = [.. Enumerable.Range(0, config.Layers).Select(l => new TransformerLayer<T>($"encoder.layer.{l}", config))];
        PoolerWeight = new Parameter<T>("pooler.dense.weight", new Tensor<T>(h, h));
        PoolerBias = new Parameter<T>("pooler.dense.bias", new Tensor<T>(1, h));
        var all = new List<Parameter<T>> { WordEmbeddings, PositionEmbeddings, TokenTypeEmbeddings, EmbeddingNorm.Weight, EmbeddingNorm.Bias };
        foreach (var layer in Layers)
            all.AddRange(layer.Parameters());
        all.Add(PoolerWeight);
        all.Add(PoolerBias);
        _parameters = [.. all];
    }

    /// <summary>The sizes.</summary>
    public TransformerConfig Config { get; }

    /// <summary>Token embeddings [vocabulary, H].</summary>
    public Parameter<T> WordEmbeddings { get; }

    /// <summary>Position embeddings [positions, H].</summary>
    public Parameter<T> PositionEmbeddings { get; }

    /// <summary>Token-type embeddings [types, H].</summary>
    public Parameter<T> TokenTypeEmbeddings { get; }

    /// <summary>LayerNorm of the summed embeddings.</summary>
    public LayerNormParameters<T> EmbeddingNorm { get; }

    /// <summary>The encoder layers, first to last.</summary>
    public IReadOnlyList<TransformerLayer<T>> Layers { get; }

    /// <summary>The pooler's weight, [out = H, in = H].</summary>
    public Parameter<T> PoolerWeight { get; }

    /// <summary>The pooler's bias, [1, H].</summary>
    public Parameter<T> PoolerBias { get; }

    /// <summary>Every parameter, embeddings first, then layer by layer, then the pooler; names unique.</summary>
    public IReadOnlyList<Parameter<T>> Parameters => _parameters;

    /// <summary>Number of scalars in <see cref="Parameters"/>.</summary>
    public long ParameterCount => _parameters.Sum(p => (long)p.Value.Length);

    /// <summary>Where the parameters live.</summary>
    public IParameterMemory Placement => _parameters[0].Placement;

    /// <summary>The parameter named <paramref name="name"/>.</summary>
    /// <exception cref="KeyNotFoundException">No parameter has that name.</exception>
    public Parameter<T> this[string name] =>
        _parameters.FirstOrDefault(p => p.Name == name) ?? throw new KeyNotFoundException($"The encoder has no parameter '{name}'.");

    /// <summary>Moves every parameter into <paramref name="memory"/> (copies); returns this encoder.</summary>
    public TransformerEncoder<T> MoveTo(IParameterMemory memory)
    {
        ArgumentNullException.ThrowIfNull(memory);
        foreach (var p in _parameters)
            p.MoveTo(memory);
        return this;
    }
}
