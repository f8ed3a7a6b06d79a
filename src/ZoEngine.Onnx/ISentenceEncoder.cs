namespace ZoEngine.Onnx;

/// <summary>
/// A sentence encoder as the fine-tuning task sees it: rows of WordPiece token ids (0 for padding) in, L2-normalised
/// mean-pooled embeddings on the host out. <see cref="TextEncoder"/> runs ONNX Runtime; <see cref="OwnSentenceEncoder"/>
/// runs the engine's own transformer layers on any backend.
/// </summary>
public interface ISentenceEncoder
{
    /// <summary>Tokens per text.</summary>
    int MaxTokens { get; }

    /// <summary>Width of an embedding.</summary>
    int Hidden { get; }

    /// <summary>Forward passes run so far (one per <see cref="Embed"/> call).</summary>
    long Forwards { get; }

    /// <summary>Rows encoded so far, over all forward passes.</summary>
    long RowsEncoded { get; }

    /// <summary>Encodes <paramref name="rows"/> rows of token ids into L2-normalised mean-pooled embeddings.</summary>
    /// <param name="ids">Token ids, 0 for padding. // [rows, MaxTokens]</param>
    /// <param name="rows">Number of rows, ≥ 1.</param>
    /// <param name="embeddings">Receives the embeddings. // [rows, Hidden]</param>
    /// <returns>False when the model's output was not finite (the embeddings then hold NaN).</returns>
    bool Embed(ReadOnlySpan<long> ids, int rows, Span<float> embeddings);
}
