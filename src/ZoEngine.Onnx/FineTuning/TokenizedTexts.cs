using ZoEngine.Workloads.Data;

namespace ZoEngine.Onnx.FineTuning;

/// <summary>
/// Labelled texts as token ids, in the form the library's training loop batches: each example a row of
/// <see cref="TextEncoder.MaxTokens"/> floats holding the ids (exact: float32 holds every integer below 2²⁴, and
/// vocabularies are far smaller), 0 for padding.
/// </summary>
public sealed class TokenizedTexts : ILabelledExamples
{
    private readonly float[] _ids;
    private readonly int[] _labels;

    private TokenizedTexts(float[] ids, int[] labels, int tokens)
    {
        _ids = ids;
        _labels = labels;
        Features = tokens;
    }

    /// <summary>Tokenizes <paramref name="texts"/> with <paramref name="encoder"/>'s vocabulary.</summary>
    /// <exception cref="ArgumentException">The counts differ, or there are no texts.</exception>
    public static TokenizedTexts Create(TextEncoder encoder, IReadOnlyList<string> texts, IReadOnlyList<int> labels)
    {
        ArgumentNullException.ThrowIfNull(encoder);
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(labels);
        if (texts.Count != labels.Count)
            throw new ArgumentException($"{texts.Count} texts and {labels.Count} labels.", nameof(labels));
        if (texts.Count == 0)
            throw new ArgumentException("There are no texts.", nameof(texts));
        int t = encoder.MaxTokens;
        var ids = new float[texts.Count * t];
        var row = new long[t];
        for (int i = 0; i < texts.Count; i++)
        {
            encoder.Tokenize(texts[i], row);
            for (int k = 0; k < t; k++)
                ids[i * t + k] = row[k];
        }
        return new TokenizedTexts(ids, [.. labels], t);
    }

    /// <inheritdoc/>
    public int Count => _labels.Length;

    /// <inheritdoc/>
    public int Features { get; }

    /// <inheritdoc/>
    public ReadOnlySpan<float> Example(int index) => _ids.AsSpan(index * Features, Features);

    /// <inheritdoc/>
    public int Label(int index) => _labels[index];

    /// <summary>Copies float ids (as batches hold them) into int64 ids (as ONNX models take them).</summary>
    public static void ToIds(ReadOnlySpan<float> source, Span<long> destination)
    {
        for (int i = 0; i < source.Length; i++)
            destination[i] = (long)source[i];
    }
}
