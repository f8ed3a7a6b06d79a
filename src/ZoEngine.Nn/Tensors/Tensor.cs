using System.Numerics;

namespace ZoEngine.Nn;

/// <summary>
/// A row-major matrix [Rows, Cols] of float32 or float64: a batch of activations ([batch, features]) or a weight
/// ([out, in]). A tensor lives in one memory, its <see cref="Placement"/>: host tensors are windows on a managed
/// array; device tensors are windows on a buffer of a backend's <see cref="IParameterMemory"/> (docs/hzo.md, "Tensors
/// on a backend"). <see cref="SliceRows"/> makes views that share the storage, so that a probe chunk or a sample is
/// addressed without copying. Element access through spans is for host tensors; device tensors are read and written
/// by their memory's copies and by the ops of their device.
/// </summary>
/// <typeparam name="T"><see cref="float"/> or <see cref="double"/>; other types are refused at construction.</typeparam>
public sealed class Tensor<T> where T : unmanaged, IBinaryFloatingPointIeee754<T>
{
    private readonly T[]? _data;
    private readonly DeviceStorage? _device;
    private readonly int _offset;

    /// <summary>Allocates a zeroed [rows, cols] host tensor.</summary>
    /// <exception cref="ArgumentException">A dimension is negative or the element count exceeds <see cref="Array.MaxLength"/>.</exception>
    public Tensor(int rows, int cols)
        : this(new T[CheckedLength(rows, cols)], null, 0, rows, cols)
    {
    }

    private Tensor(T[]? data, DeviceStorage? device, int offset, int rows, int cols)
    {
        NumericType.EnsureSupported<T>();
        _data = data;
        _device = device;
        _offset = offset;
        Rows = rows;
        Cols = cols;
    }

    /// <summary>
    /// Allocates a zeroed [rows, cols] tensor in <paramref name="memory"/>: a managed array for
    /// <see cref="HostMemory"/>, else one buffer of that memory, freed when the tensor and all its views are collected.
    /// </summary>
    /// <exception cref="ArgumentException">A dimension is negative or the element count exceeds <see cref="Array.MaxLength"/>.</exception>
    public static Tensor<T> Allocate(IParameterMemory memory, int rows, int cols)
    {
        ArgumentNullException.ThrowIfNull(memory);
        int length = CheckedLength(rows, cols);
        if (ReferenceEquals(memory, HostMemory.Instance))
            return new Tensor<T>(rows, cols);
        NumericType.EnsureSupported<T>();
        return new Tensor<T>(null, new DeviceStorage(memory, (long)length * NumericType.Size<T>()), 0, rows, cols);
    }

    /// <summary>Wraps caller memory as a [rows, cols] host tensor; the array is used in place, never copied.</summary>
    /// <exception cref="ArgumentException">The array is shorter than rows·cols.</exception>
    public static Tensor<T> Wrap(T[] data, int rows, int cols)
    {
        ArgumentNullException.ThrowIfNull(data);
        long length = CheckedLength(rows, cols);
        if (data.Length < length)
            throw new ArgumentException($"A [{rows}, {cols}] tensor needs {length} elements; the array has {data.Length}.", nameof(data));
        return new Tensor<T>(data, null, 0, rows, cols);
    }

    /// <summary>A [1, n] host tensor holding a copy of <paramref name="values"/>.</summary>
    public static Tensor<T> FromRow(ReadOnlySpan<T> values)
    {
        var t = new Tensor<T>(1, values.Length);
        values.CopyTo(t.Span);
        return t;
    }

    /// <summary>Number of rows (the batch, or a weight's output features).</summary>
    public int Rows { get; }

    /// <summary>Number of columns (features, or a weight's input features); also the row stride.</summary>
    public int Cols { get; }

    /// <summary>Rows·Cols.</summary>
    public int Length => Rows * Cols;

    /// <summary>Bytes of the elements this tensor covers.</summary>
    public long Bytes => (long)Length * NumericType.Size<T>();

    /// <summary>The memory the elements live in: <see cref="HostMemory.Instance"/> for host tensors.</summary>
    public IParameterMemory Placement => _device?.Memory ?? HostMemory.Instance;

    /// <summary>Whether the elements are in a managed host array, readable through <see cref="Span"/>.</summary>
    public bool IsHost => _device is null;

    /// <summary>The storage behind this tensor, shared by its views (the array, or the device buffer's owner).</summary>
    internal object Storage => (object?)_data ?? _device!;

    /// <summary>Elements the storage holds from this tensor's first element on (what a prefix view may cover).</summary>
    internal long Capacity => (_data?.LongLength ?? _device!.Bytes / NumericType.Size<T>()) - _offset;

    /// <summary>Address of the first element of a device tensor, for the device's kernels.</summary>
    internal unsafe T* DevicePointer
    {
        get
        {
            if (_device is null)
                throw new InvalidOperationException($"{this} is a host tensor; it has no device address.");
            return (T*)_device.Buffer.Pointer + _offset;
        }
    }

    /// <summary>All elements, row after row.</summary>
    /// <exception cref="InvalidOperationException">The tensor lives in device memory.</exception>
    public Span<T> Span => HostArray().AsSpan(_offset, Length);

    /// <summary>The same elements as <see cref="Memory{T}"/> (for APIs that pin, such as <c>ParameterSet.Add</c>).</summary>
    /// <exception cref="InvalidOperationException">The tensor lives in device memory.</exception>
    public Memory<T> Memory => HostArray().AsMemory(_offset, Length);

    /// <summary>Element (row, col) of a host tensor.</summary>
    public ref T this[int row, int col]
    {
        get
        {
            if ((uint)row >= (uint)Rows || (uint)col >= (uint)Cols)
                throw new IndexOutOfRangeException($"Element ({row}, {col}) is outside a [{Rows}, {Cols}] tensor.");
            return ref HostArray()[_offset + row * Cols + col];
        }
    }

    /// <summary>Row <paramref name="row"/> of a host tensor.</summary>
    public Span<T> Row(int row)
    {
        if ((uint)row >= (uint)Rows)
            throw new ArgumentOutOfRangeException(nameof(row), $"Row {row} is outside a tensor of {Rows} rows.");
        return HostArray().AsSpan(_offset + row * Cols, Cols);
    }

    /// <summary>Element <paramref name="index"/> in row-major order, from any memory (one element is copied from a device).</summary>
    internal T ElementAt(int index)
    {
        if ((uint)index >= (uint)Length)
            throw new ArgumentOutOfRangeException(nameof(index), $"Element {index} is outside {this}.");
        if (IsHost)
            return Span[index];
        Span<T> one = stackalloc T[1];
        Reshape(Length, 1).SliceRows(index, 1).CopyTo(one);
        return one[0];
    }

    /// <summary>A view of rows [start, start + count) sharing this tensor's memory.</summary>
    public Tensor<T> SliceRows(int start, int count)
    {
        if (start < 0 || count < 0 || start > Rows - count)
            throw new ArgumentOutOfRangeException(nameof(count), $"Rows [{start}, {start + count}) are outside a tensor of {Rows} rows.");
        return new Tensor<T>(_data, _device, _offset + start * Cols, count, Cols);
    }

    /// <summary>A view of the same elements as [rows, cols] with rows·cols = <see cref="Length"/>.</summary>
    public Tensor<T> Reshape(int rows, int cols)
    {
        if (CheckedLength(rows, cols) != Length)
            throw new ArgumentException($"A [{Rows}, {Cols}] tensor cannot be viewed as [{rows}, {cols}].");
        return new Tensor<T>(_data, _device, _offset, rows, cols);
    }

    /// <summary>A [rows, cols] view of the first rows·cols elements of this tensor's storage (pooled scratch).</summary>
    internal Tensor<T> Prefix(int rows, int cols)
    {
        long length = CheckedLength(rows, cols);
        if (length > Capacity)
            throw new ArgumentException($"A [{rows}, {cols}] view needs {length} elements; the storage holds {Capacity}.");
        return new Tensor<T>(_data, _device, _offset, rows, cols);
    }

    /// <summary>A new tensor in the same memory with a copy of the elements.</summary>
    public Tensor<T> Clone()
    {
        var copy = Allocate(Placement, Rows, Cols);
        CopyTo(copy);
        return copy;
    }

    /// <summary>A new host tensor with a copy of the elements (after all work queued on a device tensor).</summary>
    public Tensor<T> ToHost()
    {
        var copy = new Tensor<T>(Rows, Cols);
        CopyTo(copy);
        return copy;
    }

    /// <summary>A new tensor in <paramref name="memory"/> with a copy of the elements.</summary>
    public Tensor<T> To(IParameterMemory memory)
    {
        var copy = Allocate(memory, Rows, Cols);
        CopyTo(copy);
        return copy;
    }

    /// <summary>
    /// Copies the elements into <paramref name="destination"/>, which must have the same shape and may live in any
    /// memory: host to host, host to device, device to host, or within one device.
    /// </summary>
    public unsafe void CopyTo(Tensor<T> destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        Shapes.Require(destination, Rows, Cols, nameof(destination));
        if (Length == 0)
            return;
        if (IsHost)
        {
            destination.CopyFrom(Span);
        }
        else if (destination.IsHost)
        {
            CopyTo(destination.Span);
        }
        else if (ReferenceEquals(Placement, destination.Placement))
        {
            Placement.CopyWithin(DevicePointer, destination.DevicePointer, Bytes);
        }
        else
        {
            // Two different devices: through the host, as the memories know only their own addresses.
            destination.CopyFrom(ToHost().Span);
        }
    }

    /// <summary>Copies the elements, row after row, into <paramref name="destination"/> (exactly <see cref="Length"/> long).</summary>
    public unsafe void CopyTo(Span<T> destination)
    {
        if (destination.Length != Length)
            throw new ArgumentException($"{this} has {Length} elements; the destination holds {destination.Length}.", nameof(destination));
        if (IsHost)
        {
            Span.CopyTo(destination);
            return;
        }
        if (Length == 0)
            return;
        fixed (T* target = destination)
            Placement.CopyToHost(DevicePointer, target, Bytes);
    }

    /// <summary>Overwrites the elements, row after row, with <paramref name="source"/> (exactly <see cref="Length"/> long).</summary>
    public unsafe void CopyFrom(ReadOnlySpan<T> source)
    {
        if (source.Length != Length)
            throw new ArgumentException($"{this} has {Length} elements; the source holds {source.Length}.", nameof(source));
        if (IsHost)
        {
            source.CopyTo(Span);
            return;
        }
        if (Length == 0)
            return;
        fixed (T* from = source)
            Placement.CopyFromHost(from, DevicePointer, Bytes);
    }

    /// <summary>Sets every element to zero, in whichever memory the tensor lives.</summary>
    public unsafe void Clear()
    {
        if (IsHost)
            Span.Clear();
        else if (Length > 0)
            Placement.Zero(DevicePointer, Bytes);
    }

    /// <summary>A new host tensor of another precision, each element converted with rounding to nearest.</summary>
    public Tensor<TOther> Convert<TOther>() where TOther : unmanaged, IBinaryFloatingPointIeee754<TOther>
    {
        var result = new Tensor<TOther>(Rows, Cols);
        var source = IsHost ? Span : ToHost().Span;
        var target = result.Span;
        for (int i = 0; i < source.Length; i++)
            target[i] = TOther.CreateTruncating(source[i]);
        return result;
    }

    /// <inheritdoc />
    public override string ToString() =>
        IsHost ? $"Tensor<{typeof(T).Name}>[{Rows}, {Cols}]" : $"Tensor<{typeof(T).Name}>[{Rows}, {Cols}] in {Placement.Name}";

    private T[] HostArray() =>
        _data ?? throw new InvalidOperationException(
            $"{this} lives in {Placement.Name} memory, which host code cannot address: copy it with ToHost() or CopyTo(Span), or use the ops of its device.");

    private static int CheckedLength(int rows, int cols)
    {
        if (rows < 0 || cols < 0)
            throw new ArgumentException($"Tensor dimensions must be non-negative, got [{rows}, {cols}].");
        long length = (long)rows * cols;
        if (length > Array.MaxLength)
            throw new ArgumentException($"A [{rows}, {cols}] tensor has {length} elements, more than an array can hold.");
        return (int)length;
    }
}

/// <summary>
/// One device allocation shared by a tensor and its views. The buffer's handle frees the memory when the last of them
/// is collected; the bytes are reported to the GC as memory pressure so that collections keep pace with device
/// allocations it cannot otherwise see.
/// </summary>
internal sealed class DeviceStorage
{
    public DeviceStorage(IParameterMemory memory, long bytes)
    {
        Memory = memory;
        Bytes = bytes;
        Buffer = AllocateOrCollect(memory, bytes);
        if (bytes > 0)
            GC.AddMemoryPressure(bytes);
    }

    ~DeviceStorage()
    {
        if (Bytes > 0)
            GC.RemoveMemoryPressure(Bytes);
    }

    public IParameterMemory Memory { get; }

    public NativeBuffer Buffer { get; }

    public long Bytes { get; }

    /// <summary>
    /// Allocates, and on failure collects once and retries: unreachable device tensors hold memory until their
    /// buffers are finalized, so a failed allocation may only mean the collector has not run yet.
    /// </summary>
    private static NativeBuffer AllocateOrCollect(IParameterMemory memory, long bytes)
    {
        try
        {
            return memory.Allocate(bytes);
        }
        catch (Exception first) when (first is not ArgumentException and not ObjectDisposedException)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            return memory.Allocate(bytes);
        }
    }
}

/// <summary>The element types the Nn path supports, and their sizes.</summary>
internal static class NumericType
{
    public static void EnsureSupported<T>()
    {
        if (typeof(T) != typeof(float) && typeof(T) != typeof(double))
            throw new NotSupportedException($"ZoEngine.Nn tensors are float32 or float64; {typeof(T).Name} is not supported.");
    }

    public static int Size<T>() where T : unmanaged => System.Runtime.CompilerServices.Unsafe.SizeOf<T>();
}

/// <summary>The shape checks of every op and layer: a wrong shape is an <see cref="ArgumentException"/> naming the operand.</summary>
internal static class Shapes
{
    public static void Require<T>(Tensor<T> tensor, int rows, int cols, string name) where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(tensor, name);
        if (tensor.Rows != rows || tensor.Cols != cols)
            throw new ArgumentException($"{name} must be [{rows}, {cols}], got [{tensor.Rows}, {tensor.Cols}].", name);
    }

    public static void RequireSame<T>(Tensor<T> a, Tensor<T> b, string nameA, string nameB) where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(a, nameA);
        ArgumentNullException.ThrowIfNull(b, nameB);
        if (a.Rows != b.Rows || a.Cols != b.Cols)
            throw new ArgumentException($"{nameA} is [{a.Rows}, {a.Cols}] but {nameB} is [{b.Rows}, {b.Cols}]; they must have the same shape.", nameB);
    }
}
