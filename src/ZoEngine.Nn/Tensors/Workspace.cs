using System.Numerics;

namespace ZoEngine.Nn;

/// <summary>
/// Scratch tensors for layer and probe passes, pooled and measured. Returned arrays are reused by later rents of the
/// same or smaller size, so a chunked probe loop allocates on its first chunk only. <see cref="PeakBytes"/> is the
/// most memory the pool has held at once (arrays in use plus arrays waiting for reuse): the figure HZO reports.
/// </summary>
/// <remarks>Not thread-safe.</remarks>
public sealed class Workspace<T> where T : unmanaged, IBinaryFloatingPointIeee754<T>
{
    private readonly List<T[]> _free = [];
    private readonly HashSet<T[]> _inUse = new(ReferenceEqualityComparer.Instance);
    private long _held;

    /// <summary>Bytes of all arrays the pool holds now.</summary>
    public long HeldBytes => _held;

    /// <summary>The largest <see cref="HeldBytes"/> since creation or the last <see cref="ResetPeak"/>.</summary>
    public long PeakBytes { get; private set; }

    /// <summary>Number of tensors rented and not yet returned.</summary>
    public int Outstanding => _inUse.Count;

    /// <summary>A [rows, cols] tensor with unspecified contents, backed by the smallest free array that fits.</summary>
    public Tensor<T> Rent(int rows, int cols)
    {
        if (rows < 0 || cols < 0)
            throw new ArgumentException($"Workspace tensors need non-negative dimensions, got [{rows}, {cols}].");
        long needed = (long)rows * cols;
        int best = -1;
        for (int i = 0; i < _free.Count; i++)
        {
            if (_free[i].Length >= needed && (best < 0 || _free[i].Length < _free[best].Length))
                best = i;
        }
        T[] array;
        if (best >= 0)
        {
            array = _free[best];
            _free.RemoveAt(best);
        }
        else
        {
            array = new T[Math.Max(needed, 1)];
            _held += array.LongLength * NumericType.Size<T>();
            PeakBytes = Math.Max(PeakBytes, _held);
        }
        _inUse.Add(array);
        return Tensor<T>.Wrap(array, rows, cols);
    }

    /// <summary>Gives a rented tensor back for reuse.</summary>
    /// <exception cref="InvalidOperationException">The tensor was not rented from this workspace, or was returned already.</exception>
    public void Return(Tensor<T> tensor)
    {
        ArgumentNullException.ThrowIfNull(tensor);
        var array = tensor.Storage;
        if (!_inUse.Remove(array))
            throw new InvalidOperationException($"{tensor} was not rented from this workspace or was returned twice.");
        _free.Add(array);
    }

    /// <summary>Drops the free arrays (the held bytes fall to those in use).</summary>
    public void Trim()
    {
        foreach (var a in _free)
            _held -= a.LongLength * NumericType.Size<T>();
        _free.Clear();
    }

    /// <summary>
    /// Forgets every array, in use or free, and the peak: for a workspace whose tensors no caller still holds, such as
    /// one private to a computation that failed with some of its scratch rented.
    /// </summary>
    public void Clear()
    {
        _free.Clear();
        _inUse.Clear();
        _held = 0;
        PeakBytes = 0;
    }

    /// <summary>Restarts peak tracking from the bytes held now.</summary>
    public void ResetPeak() => PeakBytes = _held;
}
