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
        Gradient = Tensor<T>.Allocate(value.Placement, value.Rows, value.Cols);
    }

    /// <summary>Name, unique within a model ("3.weight").</summary>
    public string Name { get; }

    /// <summary>The values.</summary>
    public Tensor<T> Value { get; private set; }

    /// <summary>The gradient accumulator, same shape and memory as <see cref="Value"/>.</summary>
    public Tensor<T> Gradient { get; private set; }

    /// <summary>Where the value and the gradient live.</summary>
    public IParameterMemory Placement => Value.Placement;

    /// <summary>
    /// Moves the value and the gradient into <paramref name="memory"/> (copies; the old tensors are left to the
    /// caller). Layers hold the parameter, not its tensors, so a moved model computes on the new memory.
    /// </summary>
    public void MoveTo(IParameterMemory memory)
    {
        ArgumentNullException.ThrowIfNull(memory);
        if (ReferenceEquals(memory, Placement))
            return;
        var value = Value.To(memory);
        var gradient = Gradient.To(memory);
        Value = value;
        Gradient = gradient;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Name} [{Value.Rows}, {Value.Cols}]";
}
