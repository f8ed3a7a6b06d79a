using FastBertTokenizer;
using Microsoft.ML.OnnxRuntime;

namespace ZoEngine.Onnx;

/// <summary>
/// A BERT-style ONNX model as a sentence encoder: WordPiece token ids in, the mean of the last hidden states over the
/// real (unpadded) tokens out, L2-normalised: the sentence embedding of sentence-transformers models such as
/// all-MiniLM-L6-v2.
/// </summary>
/// <remarks>
/// Token id 0 is [PAD] in BERT vocabularies, so a row of ids is its own attention mask (id ≠ 0). Token type ids are all
/// 0 (single sentences). Buffers for the session's inputs and output are kept and grown, not made per call.
/// </remarks>
public sealed class TextEncoder : ISentenceEncoder
{
    private readonly OnnxZoModel _model;
    private readonly BertTokenizer _tokenizer;
    private readonly string _ids, _mask, _output;
    private readonly string? _types;
    private long[] _idBuffer = [], _maskBuffer = [], _typeBuffer = [];
    private float[] _hidden = [];

    /// <summary>Wraps a bound model and its vocabulary.</summary>
    /// <param name="model">The model; it must take <c>input_ids</c> and <c>attention_mask</c> (and may take
    /// <c>token_type_ids</c>), int64 [batch, tokens], and have an output of rank 3 [batch, tokens, hidden].</param>
    /// <param name="vocabulary">The model's vocab.txt (one WordPiece token per line, the line number its id).</param>
    /// <param name="maxTokens">Tokens per text, [CLS] and [SEP] included: longer texts are cut, shorter ones padded.</param>
    /// <param name="lowercase">Whether the vocabulary is uncased (all-MiniLM-L6-v2's is).</param>
    /// <exception cref="OnnxModelException">The model lacks an input or output of that form.</exception>
    public TextEncoder(OnnxZoModel model, TextReader vocabulary, int maxTokens, bool lowercase = true)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(vocabulary);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxTokens, 3);
        _model = model;
        MaxTokens = maxTokens;
        var inputs = model.Session.InputMetadata;
        foreach (string required in new[] { "input_ids", "attention_mask" })
        {
            if (!inputs.ContainsKey(required))
                throw new OnnxModelException($"The model has no input '{required}' (it has {string.Join(", ", inputs.Keys)}): it is not a BERT-style text encoder.");
        }
        var extra = inputs.Keys.Except(["input_ids", "attention_mask", "token_type_ids"]).ToList();
        if (extra.Count > 0)
            throw new OnnxModelException($"The model takes inputs this encoder cannot fill: {string.Join(", ", extra)}.");
        _ids = "input_ids";
        _mask = "attention_mask";
        _types = inputs.ContainsKey("token_type_ids") ? "token_type_ids" : null;
        var output = model.Session.OutputMetadata.FirstOrDefault(o => o.Value.Dimensions.Length == 3 && o.Value.ElementDataType == Microsoft.ML.OnnxRuntime.Tensors.TensorElementType.Float);
        if (output.Key is null)
            throw new OnnxModelException("The model has no float output of rank 3 [batch, tokens, hidden] to pool into a sentence embedding.");
        _output = output.Key;
        int hidden = output.Value.Dimensions[2];
        if (hidden < 1)
            throw new OnnxModelException($"The model's output '{_output}' has no fixed hidden size (its last dimension is {hidden}).");
        Hidden = hidden;
        _tokenizer = new BertTokenizer();
        _tokenizer.LoadVocabulary(vocabulary, convertInputToLowercase: lowercase);
    }

    /// <summary>Tokens per text.</summary>
    public int MaxTokens { get; }

    /// <summary>Width of an embedding.</summary>
    public int Hidden { get; }

    /// <summary>Forward passes run so far (one per <see cref="Embed"/> call).</summary>
    public long Forwards { get; private set; }

    /// <summary>Rows encoded so far, over all forward passes.</summary>
    public long RowsEncoded { get; private set; }

    /// <summary>Writes the token ids of <paramref name="text"/>, padded with 0, into <paramref name="ids"/>. // [MaxTokens]</summary>
    /// <returns>The number of real tokens.</returns>
    public int Tokenize(string text, Span<long> ids)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (ids.Length != MaxTokens)
            throw new ArgumentException($"A row of ids has {MaxTokens} tokens; got {ids.Length}.", nameof(ids));
        Span<long> mask = stackalloc long[MaxTokens];
        // The span overload writes into our memory; the other one returns views into a buffer the next call reuses.
        _tokenizer.Encode(text, ids, mask, MaxTokens);
        // Encode returns the padded length; the real tokens are the non-[PAD] ones.
        return ids.Length - ids.Count(0L);
    }

    /// <summary>Encodes <paramref name="rows"/> rows of token ids into L2-normalised mean-pooled embeddings.</summary>
    /// <param name="ids">Token ids, 0 for padding. // [rows, MaxTokens]</param>
    /// <param name="rows">Number of rows, ≥ 1.</param>
    /// <param name="embeddings">Receives the embeddings. // [rows, Hidden]</param>
    /// <returns>False when the model's output was not finite (the embeddings then hold NaN).</returns>
    public bool Embed(ReadOnlySpan<long> ids, int rows, Span<float> embeddings)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rows, 1);
        int t = MaxTokens, h = Hidden;
        if (ids.Length != rows * t || embeddings.Length != rows * h)
            throw new ArgumentException($"{rows} rows need {rows * t} ids and {rows * h} embedding floats; got {ids.Length} and {embeddings.Length}.");
        int n = rows * t;
        if (_idBuffer.Length < n)
        {
            _idBuffer = new long[n];
            _maskBuffer = new long[n];
            _typeBuffer = new long[n];
        }
        if (_hidden.Length < n * h)
            _hidden = new float[n * h];
        ids.CopyTo(_idBuffer);
        for (int i = 0; i < n; i++)
            _maskBuffer[i] = ids[i] != 0 ? 1 : 0;
        long[] shape = [rows, t];
        var names = _types is null ? new[] { _ids, _mask } : new[] { _ids, _mask, _types };
        using var idValue = OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, _idBuffer.AsMemory(0, n), shape);
        using var maskValue = OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, _maskBuffer.AsMemory(0, n), shape);
        using var typeValue = OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, _typeBuffer.AsMemory(0, n), shape);
        using var outValue = OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, _hidden.AsMemory(0, n * h), [rows, t, h]);
        var values = _types is null ? new[] { idValue, maskValue } : new[] { idValue, maskValue, typeValue };
        using (var run = new RunOptions())
            _model.Session.Run(run, names, values, [_output], [outValue]);
        Forwards++;
        RowsEncoded += rows;
        return Pool(_hidden.AsSpan(0, n * h), _maskBuffer.AsSpan(0, n), rows, t, h, embeddings);
    }

    /// <summary>Mean over the masked tokens, then division by the L2 norm (sentence-transformers' Pooling + Normalize).</summary>
    internal static bool Pool(ReadOnlySpan<float> hidden, ReadOnlySpan<long> mask, int rows, int tokens, int width, Span<float> embeddings)
    {
        bool finite = true;
        Span<double> sum = width <= 4096 ? stackalloc double[width] : new double[width];
        for (int r = 0; r < rows; r++)
        {
            sum.Clear();
            int count = 0;
            for (int k = 0; k < tokens; k++)
            {
                if (mask[r * tokens + k] == 0)
                    continue;
                count++;
                var row = hidden.Slice((r * tokens + k) * width, width);
                for (int j = 0; j < width; j++)
                    sum[j] += row[j];
            }
            double norm = 0;
            for (int j = 0; j < width; j++)
            {
                sum[j] /= Math.Max(count, 1);
                norm += sum[j] * sum[j];
            }
            // sentence-transformers' Normalize divides by max(‖x‖, 1e-12).
            norm = Math.Max(Math.Sqrt(norm), 1e-12);
            var e = embeddings.Slice(r * width, width);
            for (int j = 0; j < width; j++)
                e[j] = (float)(sum[j] / norm);
            finite &= double.IsFinite(norm);
        }
        return finite;
    }
}
