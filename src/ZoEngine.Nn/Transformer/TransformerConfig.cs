namespace ZoEngine.Nn;

/// <summary>The sizes of a BERT-style encoder (docs/transformer.md).</summary>
/// <param name="Vocabulary">Rows of the token embedding table.</param>
/// <param name="MaxPositions">Rows of the position table: the longest sequence.</param>
/// <param name="TokenTypes">Rows of the token-type table.</param>
/// <param name="Hidden">Width H of a token's hidden state.</param>
/// <param name="Heads">Attention heads; H must be a multiple.</param>
/// <param name="Intermediate">Width of the feed-forward block's inner layer.</param>
/// <param name="Layers">Encoder layers.</param>
/// <param name="LayerNormEpsilon">ε of every LayerNorm.</param>
public sealed record TransformerConfig(int Vocabulary, int MaxPositions, int TokenTypes, int Hidden, int Heads, int Intermediate, int Layers, double LayerNormEpsilon)
{
    /// <summary>all-MiniLM-L6-v2: 30,522 tokens, 512 positions, 2 types, H = 384, 12 heads of 32, 1,536 inner, 6 layers, ε = 10⁻¹².</summary>
    public static TransformerConfig MiniLmL6 { get; } = new(30522, 512, 2, 384, 12, 1536, 6, 1e-12);

    /// <summary>Width of one head, H / heads.</summary>
    public int HeadWidth => Hidden / Heads;

    /// <summary>Throws <see cref="ArgumentException"/> naming the first size that cannot make an encoder.</summary>
    public void Validate()
    {
        (string Name, int Value)[] sizes =
            [(nameof(Vocabulary), Vocabulary), (nameof(MaxPositions), MaxPositions), (nameof(TokenTypes), TokenTypes),
             (nameof(Hidden), Hidden), (nameof(Heads), Heads), (nameof(Intermediate), Intermediate), (nameof(Layers), Layers)];
        foreach (var (name, value) in sizes)
        {
            if (value < 1)
                throw new ArgumentException($"A transformer's {name} must be at least 1, got {value}.");
        }
        if (Hidden % Heads != 0)
            throw new ArgumentException($"A hidden width of {Hidden} does not split into {Heads} heads.");
        if (!(LayerNormEpsilon > 0) || !double.IsFinite(LayerNormEpsilon))
            throw new ArgumentException($"LayerNorm's ε must be positive and finite, got {LayerNormEpsilon}.");
    }
}
