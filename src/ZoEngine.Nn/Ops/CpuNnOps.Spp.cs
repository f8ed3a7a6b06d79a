using System.Numerics;

namespace ZoEngine.Nn;

public sealed partial class CpuNnOps<T>
{
    /// <inheritdoc />
    public void SppProbeInputs(Tensor<T> anchor, SppGeometry geometry, T h, int firstProbe, Tensor<T> probes)
    {
        SppChecks.Inputs(anchor, geometry, firstProbe, probes);
        var shape = geometry.Input;
        int r = geometry.Period;
        for (int row = 0; row < probes.Rows; row++)
        {
            var (s, c, p, q, sign) = geometry.Decode(firstProbe + row);
            var a = anchor.Row(s);
            var probe = probes.Row(row);
            a.CopyTo(probe);
            for (int y = p; y < shape.Height; y += r)
            {
                int rowStart = (c * shape.Height + y) * shape.Width;
                for (int x = q; x < shape.Width; x += r)
                    probe[rowStart + x] = sign > 0 ? a[rowStart + x] + h : a[rowStart + x] - h;
            }
        }
    }

    /// <inheritdoc />
    public void SppContract(Tensor<T> outputs, Tensor<T> deltaOut, SppGeometry geometry, T h, int firstProbe, Tensor<T> deltaIn)
    {
        SppChecks.Contract(outputs, deltaOut, geometry, firstProbe, deltaIn);
        var input = geometry.Input;
        var output = geometry.Output;
        var field = geometry.Field;
        int r = geometry.Period;
        int plane = output.Height * output.Width;
        T twoH = h + h;
        for (int row = 0; row < outputs.Rows; row += 2)
        {
            var (s, c, p, q, _) = geometry.Decode(firstProbe + row);
            var plus = outputs.Row(row);
            var minus = outputs.Row(row + 1);
            var target = deltaOut.Row(s);
            var delta = deltaIn.Row(s);
            for (int y = p; y < input.Height; y += r)
            {
                var (y0, y1) = field.Influenced(y, output.Height);
                for (int x = q; x < input.Width; x += r)
                {
                    var (x0, x1) = field.Influenced(x, output.Width);
                    T sum = T.Zero;
                    // Channel-major, then rows, then columns: the order ProbeContract meets these terms in.
                    for (int co = 0; co < output.Channels; co++)
                    {
                        for (int yo = y0; yo <= y1; yo++)
                        {
                            int at = co * plane + yo * output.Width;
                            for (int xo = x0; xo <= x1; xo++)
                                sum += (plus[at + xo] - minus[at + xo]) * target[at + xo];
                        }
                    }
                    delta[(c * input.Height + y) * input.Width + x] = sum / twoH;
                }
            }
        }
    }
}

/// <summary>The operand checks of the SPP ops, shared by every device.</summary>
internal static class SppChecks
{
    public static void Inputs<T>(Tensor<T> anchor, SppGeometry geometry, int firstProbe, Tensor<T> probes) where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(anchor);
        ArgumentNullException.ThrowIfNull(geometry);
        ArgumentNullException.ThrowIfNull(probes);
        int features = geometry.Input.Features;
        if (anchor.Cols != features)
            throw new ArgumentException($"The anchor has {anchor.Cols} columns but the SPP input map {geometry.Input} has {features}.", nameof(anchor));
        Shapes.Require(probes, probes.Rows, features, nameof(probes));
        geometry.CheckRange(anchor.Rows, firstProbe, probes.Rows);
    }

    public static void Contract<T>(Tensor<T> outputs, Tensor<T> deltaOut, SppGeometry geometry, int firstProbe, Tensor<T> deltaIn) where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(outputs);
        ArgumentNullException.ThrowIfNull(deltaOut);
        ArgumentNullException.ThrowIfNull(geometry);
        ArgumentNullException.ThrowIfNull(deltaIn);
        int outFeatures = geometry.Output.Features;
        if (outputs.Cols != outFeatures || deltaOut.Cols != outFeatures)
            throw new ArgumentException($"The probe outputs have {outputs.Cols} columns and δ_out {deltaOut.Cols}, but the SPP output map {geometry.Output} has {outFeatures}.", nameof(outputs));
        if (deltaIn.Cols != geometry.Input.Features)
            throw new ArgumentException($"δ_in has {deltaIn.Cols} columns but the SPP input map {geometry.Input} has {geometry.Input.Features}.", nameof(deltaIn));
        if (deltaIn.Rows != deltaOut.Rows)
            throw new ArgumentException($"δ_in has {deltaIn.Rows} rows but δ_out has {deltaOut.Rows}; both are one row per sample.", nameof(deltaIn));
        geometry.CheckRange(deltaIn.Rows, firstProbe, outputs.Rows);
    }
}
