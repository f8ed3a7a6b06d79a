using ZoEngine.Workloads.Training;

namespace ZoEngine.Onnx.FineTuning;

/// <summary>Mean cross-entropy and accuracy of the head on a held-out set of tokenized texts, in chunks of rows.</summary>
public sealed class FewShotEvaluation : IEvaluation
{
    private readonly ISentenceEncoder _encoder;
    private readonly LinearHead _head;
    private readonly TokenizedTexts _texts;
    private readonly int _chunk;
    private readonly float[]? _cached;

    /// <summary>Scores <paramref name="head"/> on <paramref name="texts"/>.</summary>
    /// <param name="encoder">The encoder.</param>
    /// <param name="head">The head.</param>
    /// <param name="texts">The held-out set.</param>
    /// <param name="bodyFrozen">Whether the encoder's parameters never change in this run (linear probing, zero-shot):
    /// the embeddings are then computed once and kept, and each evaluation only runs the head.</param>
    /// <param name="chunkRows">Rows per forward pass.</param>
    public FewShotEvaluation(ISentenceEncoder encoder, LinearHead head, TokenizedTexts texts, bool bodyFrozen, int chunkRows = 64)
    {
        ArgumentNullException.ThrowIfNull(encoder);
        ArgumentNullException.ThrowIfNull(head);
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkRows, 1);
        _encoder = encoder;
        _head = head;
        _texts = texts;
        _chunk = chunkRows;
        if (bodyFrozen)
            _cached = FineTuner.EmbedAll(encoder, texts, chunkRows);
    }

    /// <inheritdoc/>
    /// <exception cref="ZoEngine.Nn.NnNonFiniteException">The test loss was not finite.</exception>
    public Evaluation Evaluate()
    {
        int n = _texts.Count, c = _head.Classes;
        var embeddings = _cached ?? FineTuner.EmbedAll(_encoder, _texts, _chunk);
        var logits = new float[n * c];
        _head.Logits(embeddings, n, logits);
        var labels = new int[n];
        for (int i = 0; i < n; i++)
            labels[i] = _texts.Label(i);
        var (loss, correct) = LinearHead.CrossEntropy(logits, labels, c);
        if (!double.IsFinite(loss))
            throw new ZoEngine.Nn.NnNonFiniteException("the test loss", -1, -1, loss);
        return new Evaluation(loss, (double)correct / n);
    }
}
