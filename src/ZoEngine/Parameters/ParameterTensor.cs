using System.Runtime.CompilerServices;

namespace ZoEngine;

/// <summary>
/// One named float32 tensor of a <see cref="ParameterSet"/>. Its <see cref="Id"/> is part of the noise counter
/// (DESIGN §2), so the noise a tensor receives depends on its id, never on its position in the set.
/// </summary>
public sealed unsafe class ParameterTensor
{
    internal ParameterTensor(string name, uint id, float* pointer, long length, long offset, bool hostAccessible)
    {
        HostAccessible = hostAccessible;
        Name = name;
        Id = id;
        Pointer = pointer;
        Length = length;
        Offset = offset;
    }

    /// <summary>The tensor's name, unique within its set.</summary>
    public string Name { get; }

    /// <summary>The stable tensor id that keys its noise stream.</summary>
    public uint Id { get; }

    /// <summary>Number of float32 elements.</summary>
    public long Length { get; }

    /// <summary>Index of this tensor's first element in the set's flattened order (the order tensors were added).</summary>
    public long Offset { get; }

    /// <summary>Whether <see cref="Pointer"/> is host memory (false for device memory, which only backends touch).</summary>
    public bool HostAccessible { get; }

    /// <summary>Address of element 0 in its set's memory. Owned by the set or by the caller, never copied.</summary>
    public float* Pointer { get; private set; }

    /// <summary>A span over the whole tensor; throws for tensors of more than <see cref="int.MaxValue"/> elements.</summary>
    public Span<float> AsSpan()
    {
        ThrowIfReleased();
        ThrowUnlessHost();
        if (Length > int.MaxValue)
            throw new InvalidOperationException($"Tensor '{Name}' has {Length} elements; use AsSpan(start, count) for windows of it.");
        return new Span<float>(Pointer, (int)Length);
    }

    /// <summary>A span over elements [start, start + count).</summary>
    public Span<float> AsSpan(long start, int count)
    {
        ThrowIfReleased();
        ThrowUnlessHost();
        if (start < 0 || count < 0 || start > Length - count)
            throw new ArgumentOutOfRangeException(nameof(start), $"Window [{start}, {start + count}) is outside tensor '{Name}' of length {Length}.");
        return new Span<float>(Pointer + start, count);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    internal void ThrowIfReleased()
    {
        if (Pointer == null && Length > 0)
            throw new ObjectDisposedException(nameof(ParameterSet), $"Tensor '{Name}' belongs to a disposed parameter set.");
    }

    internal void Release() => Pointer = null;

    private void ThrowUnlessHost()
    {
        if (!HostAccessible)
            throw new InvalidOperationException($"Tensor '{Name}' lives in device memory; copy it with ParameterSet.CopyToHost.");
    }
}
