namespace ZoEngine.Nn;

/// <summary>
/// Spatial-parallel perturbation (SPP, docs/hzo.md) of a convolutional sub-network N_{k:j}: the positions of a_k whose
/// row and column agree modulo the period r are perturbed in one probe row, per channel and sign, because r is the
/// extent of N_{k:j}'s receptive field, so no output of a_j reads two of them. A sample then needs
/// 2·C·min(r, H)·min(r, W) probe rows instead of 2·C·H·W, and each perturbed position's effect is read from its own
/// influence region of a_j.
/// </summary>
/// <remarks>
/// Probe-row layout (the SPP counterpart of <see cref="ProbeLayout"/>): a sample has
/// <see cref="RowsPerSample"/> rows; row g belongs to sample s = g / RowsPerSample, its pair index
/// t = (g mod RowsPerSample) / 2 is (c·Rows + p)·Cols + q with Rows = min(r, H), Cols = min(r, W), and the row
/// perturbs every (c, y, x) with y ≡ p and x ≡ q (mod r) by +h for even g, −h for odd g. Chunks are even-aligned row
/// ranges, as for the plain layout.
/// </remarks>
public sealed record SppGeometry
{
    /// <summary>The geometry of N_{k:j} from its input shape, its output shape and its receptive field.</summary>
    public SppGeometry(SpatialShape input, SpatialShape output, ReceptiveField field)
    {
        if (input.Channels < 1 || input.Height < 1 || input.Width < 1 || output.Channels < 1 || output.Height < 1 || output.Width < 1)
            throw new ArgumentException($"SPP needs non-empty maps, got {input} → {output}.");
        if (field.Extent < 1 || field.Stride < 1)
            throw new ArgumentException($"A receptive field needs an extent and a stride of at least 1, got {field}.");
        Input = input;
        Output = output;
        Field = field;
        Rows = Math.Min(Period, input.Height);
        Cols = Math.Min(Period, input.Width);
        PerturbedRows = (input.Height + Period - 1) / Period;
        PerturbedCols = (input.Width + Period - 1) / Period;
    }

    /// <summary>The geometry of N_{k:j} of <paramref name="model"/>, or null when the sub-network is not spatial (SPP cannot apply).</summary>
    public static SppGeometry? Of<T>(Sequential<T> model, int k, int j) where T : unmanaged, System.Numerics.IBinaryFloatingPointIeee754<T>
    {
        var range = Spatial.Range(model, k, j);
        return range is { } r ? new SppGeometry(r.In, r.Out, r.Field) : null;
    }

    /// <summary>The shape of a_k, whose positions are perturbed.</summary>
    public SpatialShape Input { get; }

    /// <summary>The shape of a_j, where the effects are read.</summary>
    public SpatialShape Output { get; }

    /// <summary>The receptive field of a_j's positions in a_k.</summary>
    public ReceptiveField Field { get; }

    /// <summary>r, the spacing of positions perturbed together: the receptive field's extent.</summary>
    public int Period => Field.Extent;

    /// <summary>min(r, H): lattice offsets along the height.</summary>
    public int Rows { get; }

    /// <summary>min(r, W): lattice offsets along the width.</summary>
    public int Cols { get; }

    /// <summary>Most positions one probe row perturbs along the height, ⌈H / r⌉.</summary>
    public int PerturbedRows { get; }

    /// <summary>Most positions one probe row perturbs along the width, ⌈W / r⌉.</summary>
    public int PerturbedCols { get; }

    /// <summary>Probe rows per sample: 2·C·min(r, H)·min(r, W).</summary>
    public int RowsPerSample => checked(2 * Input.Channels * Rows * Cols);

    /// <summary>(sample, channel, row offset p, column offset q, sign) of global probe row <paramref name="row"/>.</summary>
    public (int Sample, int Channel, int P, int Q, int Sign) Decode(int row)
    {
        int perSample = RowsPerSample;
        int s = row / perSample;
        int within = row - s * perSample;
        int pair = within >> 1;
        int q = pair % Cols;
        int rest = pair / Cols;
        return (s, rest / Rows, rest % Rows, q, (within & 1) == 0 ? 1 : -1);
    }

    /// <summary>Throws unless [first, first + count) is an even-aligned row range inside the probes of <paramref name="samples"/> samples.</summary>
    public void CheckRange(int samples, int first, int count)
    {
        long total = (long)samples * RowsPerSample;
        if (first < 0 || count < 0 || first + (long)count > total)
            throw new ArgumentException($"SPP probe rows [{first}, {first + (long)count}) are outside the {total} probe rows of {samples} samples × {RowsPerSample}.");
        if ((first & 1) != 0 || (count & 1) != 0)
            throw new ArgumentException($"A probe chunk must start and end on a coordinate pair (even rows), got [{first}, {first + count}).");
    }

    /// <inheritdoc />
    public override string ToString() => $"SPP {Input} → {Output}, r = {Period} (stride {Field.Stride}, offset {Field.Offset})";
}
