using System.Numerics;

namespace ZoEngine.Nn;

/// <summary>
/// A row-major host matrix [Rows, Cols] of float32 or float64: a batch of activations ([batch, features]) or a weight
/// ([out, in]). A tensor is a window on an array; <see cref="SliceRows"/> makes views that share it, so that a probe
/// chunk or a sample is addressed without copying.
/// </summary>
/// <typeparam name="T"><see cref="float"/> or <see cref="double"/>; other types are refused at construction.</typeparam>
public sealed class Tensor<T> where T : unmanaged, IBinaryFloatingPointIeee754<T>
{
    private readonly T[] _data;
    private readonly int _offset;

    /// <summary>Allocates a zeroed [rows, cols] tensor.</summary>
    /// <exception cref="ArgumentException">A dimension is negative or the element count exceeds <see cref="Array.MaxLength"/>.</exception>
    public Tensor(int rows, int cols)
        : this(new T[CheckedLength(rows, cols)], 0, rows, cols)
    {
    }

    private Tensor(T[] data, int offset, int rows, int cols)
    {
        NumericType.EnsureSupported<T>();
        _data = data;
        _offset = offset;
        Rows = rows;
        Cols = cols;
    }

    /// <summary>Wraps caller memory as a [rows, cols] tensor; the array is used in place, never copied.</summary>
    /// <exception cref="ArgumentException">The array is shorter than rows·cols.</exception>
    public static Tensor<T> Wrap(T[] data, int rows, int cols)
    {
        ArgumentNullException.ThrowIfNull(data);
        long length = CheckedLength(rows, cols);
        if (data.Length < length)
            throw new ArgumentException($"A [{rows}, {cols}] tensor needs {length} elements; the array has {data.Length}.", nameof(data));
        return new Tensor<T>(data, 0, rows, cols);
    }

    /// <summary>A [1, n] tensor holding a copy of <paramref name="values"/>.</summary>
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

    /// <summary>The array behind this tensor (shared by its views).</summary>
    internal T[] Storage => _data;

    /// <summary>All elements, row after row.</summary>
    public Span<T> Span => _data.AsSpan(_offset, Length);

    /// <summary>The same elements as <see cref="Memory{T}"/> (for APIs that pin, such as <c>ParameterSet.Add</c>).</summary>
    public Memory<T> Memory => _data.AsMemory(_offset, Length);

    /// <summary>Element (row, col).</summary>
    public ref T this[int row, int col]
    {
        get
        {
            if ((uint)row >= (uint)Rows || (uint)col >= (uint)Cols)
                throw new IndexOutOfRangeException($"Element ({row}, {col}) is outside a [{Rows}, {Cols}] tensor.");
            return ref _data[_offset + row * Cols + col];
        }
    }

    /// <summary>Row <paramref name="row"/>.</summary>
    public Span<T> Row(int row)
    {
        if ((uint)row >= (uint)Rows)
            throw new ArgumentOutOfRangeException(nameof(row), $"Row {row} is outside a tensor of {Rows} rows.");
        return _data.AsSpan(_offset + row * Cols, Cols);
    }

    /// <summary>A view of rows [start, start + count) sharing this tensor's memory.</summary>
    public Tensor<T> SliceRows(int start, int count)
    {
        if (start < 0 || count < 0 || start > Rows - count)
            throw new ArgumentOutOfRangeException(nameof(count), $"Rows [{start}, {start + count}) are outside a tensor of {Rows} rows.");
        return new Tensor<T>(_data, _offset + start * Cols, count, Cols);
    }

    /// <summary>A view of the same elements as [rows, cols] with rows·cols = <see cref="Length"/>.</summary>
    public Tensor<T> Reshape(int rows, int cols)
    {
        if (CheckedLength(rows, cols) != Length)
            throw new ArgumentException($"A [{Rows}, {Cols}] tensor cannot be viewed as [{rows}, {cols}].");
        return new Tensor<T>(_data, _offset, rows, cols);
    }

    /// <summary>A new tensor with a copy of the elements.</summary>
    public Tensor<T> Clone()
    {
        var copy = new Tensor<T>(Rows, Cols);
        Span.CopyTo(copy.Span);
        return copy;
    }

    /// <summary>Copies the elements into <paramref name="destination"/>, which must have the same shape.</summary>
    public void CopyTo(Tensor<T> destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        Shapes.Require(destination, Rows, Cols, nameof(destination));
        Span.CopyTo(destination.Span);
    }

    /// <summary>A new tensor of another precision, each element converted with rounding to nearest.</summary>
    public Tensor<TOther> Convert<TOther>() where TOther : unmanaged, IBinaryFloatingPointIeee754<TOther>
    {
        var result = new Tensor<TOther>(Rows, Cols);
        var source = Span;
        var target = result.Span;
        for (int i = 0; i < source.Length; i++)
            target[i] = TOther.CreateTruncating(source[i]);
        return result;
    }

    /// <summary>Whether every element is finite; <paramref name="index"/> is the first that is not, else −1.</summary>
    public bool AllFinite(out int index)
    {
        var s = Span;
        for (int i = 0; i < s.Length; i++)
        {
            if (!T.IsFinite(s[i]))
            {
                index = i;
                return false;
            }
        }
        index = -1;
        return true;
    }

    /// <inheritdoc />
    public override string ToString() => $"Tensor<{typeof(T).Name}>[{Rows}, {Cols}]";

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
