using System.Numerics;

namespace ZoEngine.Nn;

/// <summary>
/// A trainable tensor and its gradient buffer of the same shape. Gradient methods (backprop, HZO, neuron-wise)
/// accumulate into <see cref="Gradient"/>; dense optimizers read it and update <see cref="Value"/> in place.
/// </summary>
public sealed class Parameter<T> where T : unmanaged, IBinaryFloatingPointIeee754<T>
{
    /// <summary>Creates a parameter over <paramref name="value"/> (used in place) with a zeroed gradient.</summary>
    public Parameter(string name, Tensor<T> value)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(value);
        Name = name;
        Value = value;
        Gradient = new Tensor<T>(value.Rows, value.Cols);
    }

    /// <summary>Name, unique within a model ("3.weight").</summary>
    public string Name { get; }

    /// <summary>The values.</summary>
    public Tensor<T> Value { get; }

    /// <summary>The gradient accumulator, same shape as <see cref="Value"/>.</summary>
    public Tensor<T> Gradient { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Name} [{Value.Rows}, {Value.Cols}]";
}
