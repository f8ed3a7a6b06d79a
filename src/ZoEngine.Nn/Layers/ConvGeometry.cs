using System.Numerics;

namespace ZoEngine.Nn;

/// <summary>
/// A square window of size <see cref="Kernel"/> moved by <see cref="Stride"/> over a C×H×W map zero-padded by
/// <see cref="Padding"/> on every side: the geometry of a convolution and of a pooling layer. Output sizes round down
/// as in PyTorch, Ho = ⌊(H + 2p − k)/s⌋ + 1, so trailing input rows that no window reaches are simply unread.
/// </summary>
/// <param name="Input">The input map.</param>
/// <param name="Kernel">k, the window's side.</param>
/// <param name="Stride">s, input positions between neighbouring windows.</param>
/// <param name="Padding">p, zero rows and columns on each side of the input.</param>
public readonly record struct ConvGeometry(SpatialShape Input, int Kernel, int Stride, int Padding)
{
    /// <summary>Ho, the output height.</summary>
    public int OutHeight => (Input.Height + 2 * Padding - Kernel) / Stride + 1;

    /// <summary>Wo, the output width.</summary>
    public int OutWidth => (Input.Width + 2 * Padding - Kernel) / Stride + 1;

    /// <summary>Ho·Wo, the output positions per channel.</summary>
    public int OutPositions => OutHeight * OutWidth;

    /// <summary>C·k·k, the rows of one sample's im2col matrix (the inner dimension of a convolution's GEMM).</summary>
    public int PatchSize => checked(Input.Channels * Kernel * Kernel);

    /// <summary>The field of one output position along either axis.</summary>
    public ReceptiveField Field => ReceptiveField.Window(Kernel, Stride, Padding);

    /// <summary>The output map with <paramref name="channels"/> channels.</summary>
    public SpatialShape Output(int channels) => new(channels, OutHeight, OutWidth);

    /// <summary>
    /// The geometry after checking it, or an <see cref="ArgumentException"/> that names <paramref name="layer"/> and the
    /// sizes: a kernel, stride or map below 1, negative padding, padding of a whole kernel or more (a window of zeros
    /// only), or a kernel larger than the padded input.
    /// </summary>
    public static ConvGeometry Create(string layer, SpatialShape input, int kernel, int stride, int padding)
    {
        if (input.Channels < 1 || input.Height < 1 || input.Width < 1)
            throw new ArgumentException($"{layer}: the input map {input} needs at least one channel, row and column.");
        if (kernel < 1 || stride < 1)
            throw new ArgumentException($"{layer}: kernel {kernel} and stride {stride} must both be at least 1.");
        if (padding < 0 || padding >= kernel)
            throw new ArgumentException($"{layer}: padding {padding} must be in [0, kernel {kernel}), or some windows would read only zeros.");
        if (kernel > input.Height + 2 * padding || kernel > input.Width + 2 * padding)
            throw new ArgumentException($"{layer}: kernel {kernel}×{kernel} is larger than the padded input {input.Height + 2 * padding}×{input.Width + 2 * padding} ({input} with padding {padding}).");
        if ((long)input.Channels * input.Height * input.Width > int.MaxValue)
            throw new ArgumentException($"{layer}: the input map {input} has more than {int.MaxValue} features.");
        return new ConvGeometry(input, kernel, stride, padding);
    }

    /// <summary>The operand checks of the window ops: x is [rows, C·H·W] and y [rows, C·Ho·Wo] of the same rows.</summary>
    internal void CheckMaps<T>(Tensor<T> x, Tensor<T> y, string nameX, string nameY) where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(x, nameX);
        if (x.Cols != Input.Features)
            throw new ArgumentException($"{nameX} has {x.Cols} columns but the input map {Input} has {Input.Features} features.", nameX);
        Shapes.Require(y, x.Rows, Input.Channels * OutPositions, nameY);
    }

    /// <summary>The operand checks of im2col and col2im: one sample [1, C·H·W] and its columns [C·k·k, Ho·Wo].</summary>
    internal void CheckColumns<T>(Tensor<T> image, Tensor<T> columns, string nameImage, string nameColumns) where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        Shapes.Require(image, 1, Input.Features, nameImage);
        Shapes.Require(columns, PatchSize, OutPositions, nameColumns);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Input} k{Kernel} s{Stride} p{Padding}";
}

/// <summary>What a pooling window computes.</summary>
public enum PoolKind
{
    /// <summary>The largest element; ties go to the first in scan order (row by row, left to right).</summary>
    Max,
    /// <summary>The mean: the window's sum in scan order, divided by k·k.</summary>
    Average,
}
