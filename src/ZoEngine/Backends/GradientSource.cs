namespace ZoEngine;

/// <summary>
/// The gradient estimate an update pass consumes: either a noise combination Σ c_k·z(s_k), regenerated in the pass,
/// or a sparse list of coordinates (finite differences). Neither form is ever expanded to a parameter-sized buffer.
/// </summary>
public readonly ref struct GradientSource
{
    /// <summary>A noise-combination estimate.</summary>
    public GradientSource(ReadOnlySpan<NoiseTerm> terms)
    {
        Terms = terms;
    }

    /// <summary>A sparse estimate: g[indices[i]] = values[i], zero elsewhere. Indices are flat, strictly ascending.</summary>
    public GradientSource(ReadOnlySpan<long> indices, ReadOnlySpan<float> values)
    {
        if (indices.Length != values.Length)
            throw new ArgumentException($"A sparse gradient needs one value per index: {indices.Length} indices, {values.Length} values.");
        for (int i = 1; i < indices.Length; i++)
        {
            if (indices[i] <= indices[i - 1])
                throw new ArgumentException($"Sparse gradient indices must be strictly ascending; index {i} is {indices[i]} after {indices[i - 1]}.");
        }
        IsSparse = true;
        Indices = indices;
        Values = values;
    }

    /// <summary>True for the coordinate form.</summary>
    public bool IsSparse { get; }

    /// <summary>The noise terms of the combination form.</summary>
    public ReadOnlySpan<NoiseTerm> Terms { get; }

    /// <summary>Flat indices of the coordinate form.</summary>
    public ReadOnlySpan<long> Indices { get; }

    /// <summary>Values of the coordinate form.</summary>
    public ReadOnlySpan<float> Values { get; }
}
