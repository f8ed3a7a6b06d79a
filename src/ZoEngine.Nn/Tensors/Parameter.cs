using System.Numerics;

namespace ZoEngine.Nn;

/// <summary>
/// A trainable tensor and its gradient buffer of the same shape. Gradient methods (backprop, HZO, neuron-wise)
/// accumulate into <see cref="Gradient"/>; dense optimizers read it and update <see cref="Value"/> in place.
/// </summary>
/// <remarks>
/// The gradient buffer is allocated on first use: a model trained by a zeroth-order method never asks for it, and
/// holding a parameter-sized buffer it never reads would double the footprint that such training exists to keep at
/// inference size.
/// </remarks>
public sealed class Parameter<T> where T : unmanaged, IBinaryFloatingPointIeee754<T>
{
    private Tensor<T>? _gradient;

    /// <summary>Creates a parameter over <paramref name="value"/> (used in place); its zeroed gradient comes on first use.</summary>
    public Parameter(string name, Tensor<T> value)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(value);
        Name = name;
        Value = value;
    }

    /// <summary>Name, unique within a model ("3.weight").</summary>
    public string Name { get; }

    /// <summary>The values.</summary>
    public Tensor<T> Value { get; private set; }

    /// <summary>The gradient accumulator, same shape and memory as <see cref="Value"/>, zeroed when first asked for.</summary>
    public Tensor<T> Gradient => _gradient ??= AllocateGradient(Value.Placement);

    /// <summary>Whether the gradient buffer exists (a gradient method has used it).</summary>
    public bool HasGradient => _gradient is not null;

    /// <summary>Where the value and the gradient live.</summary>
    public IParameterMemory Placement => Value.Placement;

    /// <summary>
    /// Moves the value and, if it exists, the gradient into <paramref name="memory"/> (copies; the old tensors are left
    /// to the caller). Layers hold the parameter, not its tensors, so a moved model computes on the new memory.
    /// </summary>
    public void MoveTo(IParameterMemory memory)
    {
        ArgumentNullException.ThrowIfNull(memory);
        if (ReferenceEquals(memory, Placement))
            return;
        Tensor<T> value;
        using (MemoryAccounting.Attribute(memory, MemoryCategory.Parameters))
            value = Value.To(memory);
        Tensor<T>? gradient = null;
        if (_gradient is not null)
        {
            gradient = AllocateGradient(memory);
            _gradient.CopyTo(gradient);
        }
        Value = value;
        _gradient = gradient;
    }

    private Tensor<T> AllocateGradient(IParameterMemory memory)
    {
        using var _ = MemoryAccounting.Attribute(memory, MemoryCategory.Gradients);
        return Tensor<T>.Allocate(memory, Value.Rows, Value.Cols);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Name} [{Value.Rows}, {Value.Cols}]";
}
