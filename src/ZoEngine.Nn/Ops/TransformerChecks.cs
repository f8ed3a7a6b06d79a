using System.Numerics;

namespace ZoEngine.Nn;

/// <summary>
/// The argument checks of the transformer ops, shared by the CPU ops and a device's (which run them on a host copy of
/// the ids and the mask), so that both refuse the same inputs with the same message.
/// </summary>
internal static class TransformerChecks
{
    /// <summary>(B, T, d) of an attention op, after checking that x [B·T, H] and the scores [B·heads·T, T] agree.</summary>
    public static (int Sequences, int Tokens, int HeadWidth) AttentionShape<T>(Tensor<T> x, int heads, Tensor<T> scores, string scoresName)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(scores, scoresName);
        ArgumentOutOfRangeException.ThrowIfLessThan(heads, 1);
        if (x.Cols % heads != 0)
            throw new ArgumentException($"A width of {x.Cols} does not split into {heads} heads.", nameof(heads));
        int tokens = scores.Cols;
        if (tokens == 0 || x.Rows % tokens != 0)
            throw new ArgumentException($"{scoresName} has {tokens} keys per row, which does not divide the {x.Rows} hidden rows into sequences.", scoresName);
        int sequences = x.Rows / tokens;
        Shapes.Require(scores, sequences * heads * tokens, tokens, scoresName);
        return (sequences, tokens, x.Cols / heads);
    }

    /// <summary>The shapes of an embedding lookup. // ids, tokenTypes: [B, T]; tables: [rows, H]; output: [B·T, H]</summary>
    public static void EmbeddingShapes<T>(Tensor<T> ids, Tensor<T>? tokenTypes, Tensor<T> words, Tensor<T> positions, Tensor<T> types, Tensor<T> output)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(positions);
        ArgumentNullException.ThrowIfNull(types);
        int width = words.Cols;
        if (tokenTypes is not null)
            Shapes.RequireSame(ids, tokenTypes, nameof(ids), nameof(tokenTypes));
        Shapes.Require(positions, positions.Rows, width, nameof(positions));
        Shapes.Require(types, types.Rows, width, nameof(types));
        Shapes.Require(output, ids.Rows * ids.Cols, width, nameof(output));
        if (ids.Cols > positions.Rows)
            throw new ArgumentException($"Sequences of {ids.Cols} tokens need {ids.Cols} positions; the position table has {positions.Rows}.", nameof(ids));
    }

    /// <summary>Element r of a [B, T] id or type tensor as a row index of a table of <paramref name="tableRows"/> rows.</summary>
    public static int Index<T>(T value, int tableRows, int element, int tokens, string what, string name)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        if (!T.IsInteger(value) || value < T.Zero || value >= T.CreateTruncating(tableRows))
            throw new ArgumentException($"The {what} at ({element / tokens}, {element % tokens}) is {value}, not an index of a table of {tableRows} rows.", name);
        return int.CreateTruncating(value);
    }

    /// <summary>Checks every element of a [B, T] id or type tensor.</summary>
    public static void RequireIndices<T>(ReadOnlySpan<T> values, int tableRows, int tokens, string what, string name)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        for (int r = 0; r < values.Length; r++)
            Index(values[r], tableRows, r, tokens, what, name);
    }

    /// <summary>The real tokens of mask row <paramref name="sequence"/>, after checking that each element is 0 or 1.</summary>
    public static int CountReal<T>(ReadOnlySpan<T> keep, int sequence, string name)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        int count = 0;
        for (int t = 0; t < keep.Length; t++)
        {
            if (keep[t] == T.One)
                count++;
            else if (keep[t] != T.Zero)
                throw new ArgumentException($"Mask element ({sequence}, {t}) is {keep[t]}; a mask holds 1 for a real token and 0 for padding.", name);
        }
        return count;
    }

    /// <summary>Checks a [B, T] mask row by row; with <paramref name="requireToken"/>, every sequence needs a real token (attention).</summary>
    public static void RequireMask<T>(ReadOnlySpan<T> mask, int tokens, bool requireToken, string name)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        for (int b = 0; b < mask.Length / tokens; b++)
        {
            if (CountReal(mask.Slice(b * tokens, tokens), b, name) == 0 && requireToken)
                throw new ArgumentException($"Sequence {b} has no real token (its mask row is all 0): attention over it is undefined.", name);
        }
    }
}
