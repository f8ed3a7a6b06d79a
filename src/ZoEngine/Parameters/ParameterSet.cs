using System.Buffers;
using System.Collections;
using System.Runtime.InteropServices;
using System.Text;

namespace ZoEngine;

/// <summary>
/// A list of named float32 tensors with stable ids: the parameters θ that the engine perturbs and updates in place.
/// Each tensor lives in memory the engine allocates (64-byte aligned, zeroed) or in memory the caller owns
/// (an array, a <see cref="Memory{T}"/>, a pinned span or a native pointer); caller memory is used where it is and never copied.
/// </summary>
/// <remarks>Not thread-safe: one step at a time touches a set.</remarks>
public sealed unsafe class ParameterSet : IReadOnlyList<ParameterTensor>, IDisposable
{
    private const nuint Alignment = 64;
    private readonly List<ParameterTensor> _tensors = [];
    private readonly List<nint> _owned = [];
    private readonly List<MemoryHandle> _pins = [];
    private bool _disposed;

    /// <summary>Creates an empty set.</summary>
    public ParameterSet() { }

    /// <summary>Creates a set with one engine-allocated tensor per (name, length).</summary>
    public ParameterSet(params ReadOnlySpan<(string Name, long Length)> tensors)
    {
        foreach (var (name, length) in tensors)
            Add(name, length);
    }

    /// <summary>Total number of elements over all tensors (the dimension d).</summary>
    public long TotalLength { get; private set; }

    /// <summary>Number of tensors.</summary>
    public int Count => _tensors.Count;

    /// <summary>The tensor at position <paramref name="index"/>.</summary>
    public ParameterTensor this[int index] => _tensors[index];

    /// <summary>The tensor called <paramref name="name"/>.</summary>
    public ParameterTensor this[string name] =>
        _tensors.Find(t => t.Name == name) ?? throw new KeyNotFoundException($"No tensor named '{name}' in this parameter set.");

    /// <summary>Adds an engine-allocated, zeroed tensor.</summary>
    /// <param name="name">Unique name.</param>
    /// <param name="length">Element count, ≥ 0.</param>
    /// <param name="id">Stable id; by default the FNV-1a hash of the name, so adding tensors never changes another's noise.</param>
    public ParameterTensor Add(string name, long length, uint? id = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ThrowIfDisposed();
        var pointer = (float*)NativeMemory.AlignedAlloc((nuint)Math.Max(length, 1) * sizeof(float), Alignment);
        NativeMemory.Clear(pointer, (nuint)length * sizeof(float));
        try
        {
            var tensor = AddCore(name, pointer, length, id);
            _owned.Add((nint)pointer);
            return tensor;
        }
        catch
        {
            NativeMemory.AlignedFree(pointer);
            throw;
        }
    }

    /// <summary>Adds a tensor backed by caller memory; it is pinned until the set is disposed.</summary>
    public ParameterTensor Add(string name, Memory<float> memory, uint? id = null)
    {
        ThrowIfDisposed();
        var pin = memory.Pin();
        try
        {
            var tensor = AddCore(name, (float*)pin.Pointer, memory.Length, id);
            _pins.Add(pin);
            return tensor;
        }
        catch
        {
            pin.Dispose();
            throw;
        }
    }

    /// <summary>Adds a tensor backed by a caller array; it is pinned until the set is disposed.</summary>
    public ParameterTensor Add(string name, float[] array, uint? id = null) => Add(name, array.AsMemory(), id);

    /// <summary>
    /// Adds a tensor over a span the caller keeps pinned (native memory, a pinned array, or a fixed block) for the
    /// lifetime of the set. The engine cannot check that, which is what the name says.
    /// </summary>
    public ParameterTensor AddPinned(string name, Span<float> pinnedSpan, uint? id = null) =>
        AddCore(name, (float*)System.Runtime.CompilerServices.Unsafe.AsPointer(ref MemoryMarshal.GetReference(pinnedSpan)), pinnedSpan.Length, id);

    /// <summary>Adds a tensor over caller-owned native memory of <paramref name="length"/> floats.</summary>
    public ParameterTensor AddExternal(string name, float* pointer, long length, uint? id = null)
    {
        if (pointer == null && length > 0)
            throw new ArgumentNullException(nameof(pointer), $"Tensor '{name}' has {length} elements but a null pointer.");
        return AddCore(name, pointer, length, id);
    }

    /// <summary>Allocates a zeroed set with the same names, ids and lengths (for backups and tests).</summary>
    public ParameterSet CloneLayout()
    {
        ThrowIfDisposed();
        var copy = new ParameterSet();
        foreach (var t in _tensors)
            copy.Add(t.Name, t.Length, t.Id);
        return copy;
    }

    /// <summary>Copies every element of this set into <paramref name="destination"/>, which must have the same layout.</summary>
    public void CopyTo(ParameterSet destination)
    {
        EnsureSameLayout(destination);
        for (int i = 0; i < _tensors.Count; i++)
            Buffer.MemoryCopy(_tensors[i].Pointer, destination._tensors[i].Pointer, _tensors[i].Length * sizeof(float), _tensors[i].Length * sizeof(float));
    }

    /// <summary>Element <paramref name="index"/> of the flattened set.</summary>
    public float GetFlat(long index) => *Locate(index);

    /// <summary>Sets element <paramref name="index"/> of the flattened set.</summary>
    public void SetFlat(long index, float value) => *Locate(index) = value;

    /// <summary>The default tensor id of a name: 32-bit FNV-1a over its UTF-8 bytes.</summary>
    public static uint DefaultId(string name)
    {
        uint h = 2166136261;
        foreach (byte b in Encoding.UTF8.GetBytes(name))
            h = (h ^ b) * 16777619;
        return h;
    }

    /// <summary>Throws unless <paramref name="other"/> has the same tensor names, ids and lengths in the same order.</summary>
    public void EnsureSameLayout(ParameterSet other)
    {
        ThrowIfDisposed();
        other.ThrowIfDisposed();
        if (other.Count != Count)
            throw new ArgumentException($"Layouts differ: {Count} tensors against {other.Count}.", nameof(other));
        for (int i = 0; i < Count; i++)
        {
            var a = _tensors[i];
            var b = other._tensors[i];
            if (a.Id != b.Id || a.Length != b.Length)
                throw new ArgumentException($"Layouts differ at tensor {i}: '{a.Name}' (id {a.Id}, {a.Length} elements) against '{b.Name}' (id {b.Id}, {b.Length} elements).", nameof(other));
        }
    }

    /// <summary>A struct enumerator, so that walking the tensors in a training step allocates nothing.</summary>
    public List<ParameterTensor>.Enumerator GetEnumerator() => _tensors.GetEnumerator();

    IEnumerator<ParameterTensor> IEnumerable<ParameterTensor>.GetEnumerator() => _tensors.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _tensors.GetEnumerator();

    /// <summary>Frees engine-allocated tensors and unpins caller memory. Caller memory itself is left alone.</summary>
    public void Dispose()
    {
        if (_disposed)
            return;
        _disposed = true;
        foreach (var t in _tensors)
            t.Release();
        foreach (var p in _owned)
            NativeMemory.AlignedFree((void*)p);
        foreach (var pin in _pins)
            pin.Dispose();
        _owned.Clear();
        _pins.Clear();
    }

    internal void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(_disposed, this);

    private float* Locate(long index)
    {
        ThrowIfDisposed();
        if ((ulong)index >= (ulong)TotalLength)
            throw new ArgumentOutOfRangeException(nameof(index), $"Flat index {index} is outside [0, {TotalLength}).");
        foreach (var t in _tensors)
        {
            if (index < t.Offset + t.Length)
                return t.Pointer + (index - t.Offset);
        }
        throw new InvalidOperationException("Unreachable: offsets cover [0, TotalLength).");
    }

    private ParameterTensor AddCore(string name, float* pointer, long length, uint? id)
    {
        ThrowIfDisposed();
        ArgumentException.ThrowIfNullOrEmpty(name);
        uint tensorId = id ?? DefaultId(name);
        foreach (var t in _tensors)
        {
            if (t.Name == name)
                throw new ArgumentException($"A tensor named '{name}' is already in this parameter set.", nameof(name));
            if (t.Id == tensorId)
                throw new ArgumentException($"Tensor '{name}' would get id {tensorId}, which '{t.Name}' already has; pass an explicit id.", nameof(id));
        }
        var tensor = new ParameterTensor(name, tensorId, pointer, length, TotalLength);
        _tensors.Add(tensor);
        TotalLength += length;
        return tensor;
    }
}
