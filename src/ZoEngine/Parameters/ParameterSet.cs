using System.Buffers;
using System.Collections;
using System.Runtime.InteropServices;
using System.Text;

namespace ZoEngine;

/// <summary>
/// A list of named float32 tensors with stable ids: the parameters θ that the engine perturbs and updates in place.
/// Each tensor lives in memory the engine allocates (64-byte aligned, zeroed) or in memory the caller owns
/// (an array, a <see cref="Memory{T}"/>, a pinned span or a native pointer); caller memory is used where it is and never copied.
/// A set lives in one <see cref="IParameterMemory"/>: host memory by default, or a device's memory
/// (<c>new ParameterSet(backend.Memory)</c>), where <see cref="AddExternal"/> takes a device pointer the caller owns.
/// </summary>
/// <remarks>Not thread-safe: one step at a time touches a set.</remarks>
public sealed unsafe class ParameterSet : IReadOnlyList<ParameterTensor>, IDisposable
{
    private readonly List<ParameterTensor> _tensors = [];
    private readonly List<NativeBuffer> _owned = [];
    private readonly List<MemoryHandle> _pins = [];
    private readonly IParameterMemory _memory;
    private bool _disposed;

    /// <summary>Creates an empty set in host memory.</summary>
    public ParameterSet() : this(HostMemory.Instance) { }

    /// <summary>Creates an empty set whose engine-allocated tensors live in <paramref name="memory"/>.</summary>
    public ParameterSet(IParameterMemory memory)
    {
        ArgumentNullException.ThrowIfNull(memory);
        _memory = memory;
    }

    /// <summary>Creates a set with one engine-allocated tensor per (name, length).</summary>
    public ParameterSet(params ReadOnlySpan<(string Name, long Length)> tensors) : this(HostMemory.Instance)
    {
        foreach (var (name, length) in tensors)
            Add(name, length);
    }

    /// <summary>Where the tensors live.</summary>
    public IParameterMemory Memory => _memory;

    /// <summary>
    /// A backend's per-set data (for example a device-side tensor table), disposed with the set. Changes whenever a
    /// tensor is added, through <see cref="LayoutVersion"/>.
    /// </summary>
    internal object? BackendData { get; set; }

    /// <summary>Incremented by every added tensor, so cached tables can tell that they are stale.</summary>
    internal int LayoutVersion { get; private set; }

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
        var buffer = _memory.Allocate(MemorySize.Bytes(length, sizeof(float), $"Tensor '{name}'"));
        try
        {
            var tensor = AddCore(name, (float*)buffer.Pointer, length, id);
            _owned.Add(buffer);
            return tensor;
        }
        catch
        {
            buffer.Dispose();
            throw;
        }
    }

    /// <summary>Adds a tensor backed by caller memory; it is pinned until the set is disposed.</summary>
    public ParameterTensor Add(string name, Memory<float> memory, uint? id = null)
    {
        ThrowIfDisposed();
        ThrowUnlessHostSet(name);
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
    public ParameterTensor AddPinned(string name, Span<float> pinnedSpan, uint? id = null)
    {
        ThrowUnlessHostSet(name);
        return AddCore(name, (float*)System.Runtime.CompilerServices.Unsafe.AsPointer(ref MemoryMarshal.GetReference(pinnedSpan)), pinnedSpan.Length, id);
    }

    /// <summary>
    /// Adds a tensor over caller-owned memory of <paramref name="length"/> floats, in this set's
    /// <see cref="Memory"/>: a host pointer for a host set, a device pointer (for example a trainer's own weights) for a
    /// device set. The caller keeps it alive for the lifetime of the set.
    /// </summary>
    public ParameterTensor AddExternal(string name, float* pointer, long length, uint? id = null)
    {
        if (pointer == null && length > 0)
            throw new ArgumentNullException(nameof(pointer), $"Tensor '{name}' has {length} elements but a null pointer.");
        return AddCore(name, pointer, length, id);
    }

    /// <summary>Allocates a zeroed set with the same names, ids and lengths in the same memory (for backups and tests).</summary>
    public ParameterSet CloneLayout() => CloneLayoutIn(_memory);

    /// <summary>Allocates a zeroed set with the same names, ids and lengths in <paramref name="memory"/>.</summary>
    public ParameterSet CloneLayoutIn(IParameterMemory memory)
    {
        ThrowIfDisposed();
        var copy = new ParameterSet(memory);
        foreach (var t in _tensors)
            copy.Add(t.Name, t.Length, t.Id);
        return copy;
    }

    /// <summary>Copies every element of this set into <paramref name="destination"/>, which must have the same layout.</summary>
    public void CopyTo(ParameterSet destination)
    {
        EnsureSameLayout(destination);
        if (!_memory.IsHostAccessible || !destination._memory.IsHostAccessible)
            throw new InvalidOperationException($"CopyTo copies host sets; these live in {_memory.Name} and {destination._memory.Name} memory. Use the backend's Copy.");
        for (int i = 0; i < _tensors.Count; i++)
            Buffer.MemoryCopy(_tensors[i].Pointer, destination._tensors[i].Pointer, _tensors[i].Length * sizeof(float), _tensors[i].Length * sizeof(float));
    }

    /// <summary>Element <paramref name="index"/> of the flattened set (through a copy when the set is not in host memory).</summary>
    public float GetFlat(long index)
    {
        float* p = Locate(index);
        if (_memory.IsHostAccessible)
            return *p;
        float value;
        _memory.CopyToHost(p, &value, sizeof(float));
        return value;
    }

    /// <summary>Sets element <paramref name="index"/> of the flattened set (through a copy when the set is not in host memory).</summary>
    public void SetFlat(long index, float value)
    {
        float* p = Locate(index);
        if (_memory.IsHostAccessible)
            *p = value;
        else
            _memory.CopyFromHost(&value, p, sizeof(float));
    }

    /// <summary>Copies the whole set, flattened in tensor order, to <paramref name="destination"/> of <see cref="TotalLength"/> floats.</summary>
    public void CopyToHost(Span<float> destination)
    {
        ThrowIfDisposed();
        if (destination.Length != TotalLength)
            throw new ArgumentException($"The set has {TotalLength} elements; the destination has {destination.Length}.", nameof(destination));
        fixed (float* d = destination)
        {
            foreach (var t in _tensors)
                _memory.CopyToHost(t.Pointer, d + t.Offset, t.Length * sizeof(float));
        }
    }

    /// <summary>Overwrites the whole set, flattened in tensor order, from <paramref name="source"/> of <see cref="TotalLength"/> floats.</summary>
    public void CopyFromHost(ReadOnlySpan<float> source)
    {
        ThrowIfDisposed();
        if (source.Length != TotalLength)
            throw new ArgumentException($"The set has {TotalLength} elements; the source has {source.Length}.", nameof(source));
        fixed (float* s = source)
        {
            foreach (var t in _tensors)
                _memory.CopyFromHost(s + t.Offset, t.Pointer, t.Length * sizeof(float));
        }
    }

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
        (BackendData as IDisposable)?.Dispose();
        BackendData = null;
        foreach (var b in _owned)
            b.Dispose();
        foreach (var pin in _pins)
            pin.Dispose();
        _owned.Clear();
        _pins.Clear();
    }

    internal void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(_disposed, this);

    /// <summary>Throws unless the set is alive and in <paramref name="memory"/>: a backend's guard on every op.</summary>
    internal void ThrowUnlessIn(IParameterMemory memory, string backend)
    {
        ThrowIfDisposed();
        if (_memory != memory)
            throw new ArgumentException($"This parameter set lives in {_memory.Name} memory; the {backend} backend works on {memory.Name} memory. Create the set with new ParameterSet(backend.Memory).");
    }

    private void ThrowUnlessHostSet(string name)
    {
        if (_memory != HostMemory.Instance)
            throw new InvalidOperationException($"Tensor '{name}': managed and pinned host memory can only join a host set; this set lives in {_memory.Name} memory. Use AddExternal with a pointer in that memory.");
    }

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
        var tensor = new ParameterTensor(name, tensorId, pointer, length, TotalLength, _memory.IsHostAccessible);
        _tensors.Add(tensor);
        TotalLength += length;
        LayoutVersion++;
        return tensor;
    }
}
