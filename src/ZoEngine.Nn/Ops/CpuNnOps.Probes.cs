using System.Numerics;

namespace ZoEngine.Nn;

public sealed partial class CpuNnOps<T>
{
    /// <inheritdoc />
    public void ProbeJacobianBatched(Tensor<T> baseline, Tensor<T> weight, T h, int firstProbe, Tensor<T> probes)
    {
        ProbeLayout.CheckJacobian(baseline, weight, firstProbe, probes);
        int width = weight.Cols;   // the anchor's width: the layer's input features
        var w = weight.Span;
        for (int r = 0; r < probes.Rows; r++)
        {
            var (s, m, sign) = ProbeLayout.Decode(firstProbe + r, width);
            T sh = sign > 0 ? h : -h;
            var b = baseline.Row(s);
            var p = probes.Row(r);
            // Column m of W is strided by the input width; W is small enough (out·in) to stay in cache across rows.
            for (int o = 0, wi = m; o < p.Length; o++, wi += width)
                p[o] = b[o] + sh * w[wi];
        }
    }

    /// <inheritdoc />
    public void ProbeInputs(Tensor<T> anchor, T h, int firstProbe, Tensor<T> probes)
    {
        ProbeLayout.CheckAnchor(anchor, firstProbe, probes);
        for (int r = 0; r < probes.Rows; r++)
        {
            var (s, m, sign) = ProbeLayout.Decode(firstProbe + r, anchor.Cols);
            var a = anchor.Row(s);
            var p = probes.Row(r);
            a.CopyTo(p);
            p[m] = sign > 0 ? a[m] + h : a[m] - h;
        }
    }

    /// <inheritdoc />
    public void ProbeSkip(Tensor<T> anchor, T h, int firstProbe, Tensor<T> probes)
    {
        ProbeLayout.CheckAnchor(anchor, firstProbe, probes);
        for (int r = 0; r < probes.Rows; r++)
        {
            var (s, m, sign) = ProbeLayout.Decode(firstProbe + r, anchor.Cols);
            var a = anchor.Row(s);
            var p = probes.Row(r);
            for (int c = 0; c < p.Length; c++)
                p[c] += c == m ? (sign > 0 ? a[m] + h : a[m] - h) : a[c];
        }
    }

    /// <inheritdoc />
    public void ProbeContract(Tensor<T> outputs, Tensor<T> deltaOut, T h, int firstProbe, Tensor<T> deltaIn)
    {
        ProbeLayout.CheckContract(outputs, deltaOut, firstProbe, deltaIn);
        T twoH = h + h;
        for (int r = 0; r < outputs.Rows; r += 2)
        {
            var (s, m, _) = ProbeLayout.Decode(firstProbe + r, deltaIn.Cols);
            var plus = outputs.Row(r);
            var minus = outputs.Row(r + 1);
            var target = deltaOut.Row(s);
            T sum = T.Zero;
            for (int c = 0; c < target.Length; c++)
                sum += (plus[c] - minus[c]) * target[c];
            deltaIn[s, m] = sum / twoH;
        }
    }
}

/// <summary>The probe-row layout shared by every probe op (see <see cref="INnOps{T}"/> remarks).</summary>
public static class ProbeLayout
{
    /// <summary>Probe rows of one sample whose anchor has <paramref name="width"/> coordinates: two per coordinate.</summary>
    public static int RowsPerSample(int width) => 2 * width;

    /// <summary>(sample, coordinate, sign) of global probe row <paramref name="row"/>; sign is +1 or −1.</summary>
    public static (int Sample, int Coordinate, int Sign) Decode(int row, int width)
    {
        int perSample = 2 * width;
        int s = row / perSample;
        int within = row - s * perSample;
        return (s, within >> 1, (within & 1) == 0 ? 1 : -1);
    }

    /// <summary>The operand checks of <see cref="INnOps{T}.ProbeJacobianBatched"/> on any device.</summary>
    internal static void CheckJacobian<T>(Tensor<T> baseline, Tensor<T> weight, int firstProbe, Tensor<T> probes) where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(weight);
        if (baseline.Cols != weight.Rows)
            throw new ArgumentException($"The baseline has {baseline.Cols} columns but the weight has {weight.Rows} output rows.", nameof(baseline));
        Shapes.Require(probes, probes?.Rows ?? 0, weight.Rows, nameof(probes));
        Check(baseline.Rows, weight.Cols, firstProbe, probes!.Rows);
    }

    /// <summary>The operand checks of <see cref="INnOps{T}.ProbeInputs"/> and <see cref="INnOps{T}.ProbeSkip"/> on any device.</summary>
    internal static void CheckAnchor<T>(Tensor<T> anchor, int firstProbe, Tensor<T> probes) where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(anchor);
        Shapes.Require(probes, probes?.Rows ?? 0, anchor.Cols, nameof(probes));
        Check(anchor.Rows, anchor.Cols, firstProbe, probes!.Rows);
    }

    /// <summary>The operand checks of <see cref="INnOps{T}.ProbeContract"/> on any device.</summary>
    internal static void CheckContract<T>(Tensor<T> outputs, Tensor<T> deltaOut, int firstProbe, Tensor<T> deltaIn) where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(outputs);
        ArgumentNullException.ThrowIfNull(deltaOut);
        ArgumentNullException.ThrowIfNull(deltaIn);
        if (outputs.Cols != deltaOut.Cols)
            throw new ArgumentException($"The probe outputs have {outputs.Cols} columns but δ_out has {deltaOut.Cols}.", nameof(deltaOut));
        if (deltaIn.Rows != deltaOut.Rows)
            throw new ArgumentException($"δ_in has {deltaIn.Rows} rows but δ_out has {deltaOut.Rows}; both are one row per sample.", nameof(deltaIn));
        Check(deltaIn.Rows, deltaIn.Cols, firstProbe, outputs.Rows);
    }

    /// <summary>Throws unless [first, first + count) is an even-aligned row range inside the probes of <paramref name="samples"/> anchors.</summary>
    public static void Check(int samples, int width, int first, int count)
    {
        long total = 2L * samples * width;
        if (width <= 0)
            throw new ArgumentException($"Probing needs an anchor of at least one coordinate, got width {width}.");
        if (first < 0 || count < 0 || first + (long)count > total)
            throw new ArgumentException($"Probe rows [{first}, {first + (long)count}) are outside the {total} probe rows of {samples} samples × 2·{width} coordinates.");
        if ((first & 1) != 0 || (count & 1) != 0)
            throw new ArgumentException($"A probe chunk must start and end on a coordinate pair (even rows), got [{first}, {first + count}).");
    }
}
