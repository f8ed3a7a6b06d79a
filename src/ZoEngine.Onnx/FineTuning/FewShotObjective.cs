namespace ZoEngine.Onnx.FineTuning;

/// <summary>
/// The loss a ZO step probes: the mean cross-entropy of the head on the encoder's embeddings of the current batch, at
/// the parameters as they are (perturbed in place by the engine). One forward pass and one scalar per evaluation.
/// </summary>
public sealed class FewShotObjective : IObjective
{
    private readonly ISentenceEncoder _encoder;
    private readonly LinearHead _head;
    private long[] _ids = [];
    private int[] _labels = [];
    private float[] _embeddings = [], _logits = [];
    private int _rows;

    /// <summary>Scores <paramref name="head"/> on <paramref name="encoder"/>'s embeddings.</summary>
    public FewShotObjective(ISentenceEncoder encoder, LinearHead head)
    {
        ArgumentNullException.ThrowIfNull(encoder);
        ArgumentNullException.ThrowIfNull(head);
        if (head.Width != encoder.Hidden)
            throw new ArgumentException($"The head takes {head.Width} features; the encoder makes {encoder.Hidden}.", nameof(head));
        _encoder = encoder;
        _head = head;
    }

    /// <summary>Sets the batch the next evaluations score.</summary>
    /// <param name="ids">Token ids as floats, the way batches hold them. // [rows, MaxTokens]</param>
    /// <param name="labels">// [rows]</param>
    public void SetBatch(ReadOnlySpan<float> ids, ReadOnlySpan<int> labels)
    {
        int rows = labels.Length;
        if (rows < 1 || ids.Length != rows * _encoder.MaxTokens)
            throw new ArgumentException($"A batch of {rows} rows needs {rows * _encoder.MaxTokens} ids; got {ids.Length}.", nameof(ids));
        if (_labels.Length < rows)
        {
            _ids = new long[rows * _encoder.MaxTokens];
            _labels = new int[rows];
            _embeddings = new float[rows * _encoder.Hidden];
            _logits = new float[rows * _head.Classes];
        }
        TokenizedTexts.ToIds(ids, _ids);
        labels.CopyTo(_labels);
        _rows = rows;
    }

    /// <inheritdoc/>
    /// <returns>The mean loss, or NaN when the model's output was not finite (the engine then restores and stops).</returns>
    public float Evaluate(ParameterSet parameters)
    {
        if (_rows == 0)
            throw new InvalidOperationException("SetBatch first: there is no batch to score.");
        var embeddings = _embeddings.AsSpan(0, _rows * _encoder.Hidden);
        if (!_encoder.Embed(_ids.AsSpan(0, _rows * _encoder.MaxTokens), _rows, embeddings))
            return float.NaN;
        var logits = _logits.AsSpan(0, _rows * _head.Classes);
        _head.Logits(embeddings, _rows, logits);
        return (float)LinearHead.CrossEntropy(logits, _labels.AsSpan(0, _rows), _head.Classes).Loss;
    }
}
