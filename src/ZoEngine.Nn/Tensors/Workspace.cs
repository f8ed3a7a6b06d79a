using System.Numerics;

namespace ZoEngine.Nn;

/// <summary>
/// Scratch tensors for layer and probe passes, pooled and measured, in one memory (the host, or a backend's device
/// memory). Returned storage is reused by later rents of the same or smaller size, so a chunked probe loop allocates
/// on its first chunk only. <see cref="PeakBytes"/> is the most memory the pool has held at once (storage in use plus
/// storage waiting for reuse): the figure HZO reports.
/// </summary>
/// <remarks>Not thread-safe.</remarks>
public sealed class Workspace<T> where T : unmanaged, IBinaryFloatingPointIeee754<T>
{
    private readonly List<Tensor<T>> _free = [];
    private readonly Dictionary<object, Tensor<T>> _inUse = new(ReferenceEqualityComparer.Instance);
    // The views handed out of each storage, one per shape: a loop that rents the same shapes every step gets the same
    // view objects back, so that a steady-state pass allocates nothing on the managed heap either, also when it
    // alternates between row counts (an evaluation's full chunks and its shorter last chunk).
    private readonly Dictionary<object, List<Tensor<T>>> _views = new(ReferenceEqualityComparer.Instance);
    private long _held;

    /// <summary>A workspace in host memory.</summary>
    public Workspace()
        : this(HostMemory.Instance)
    {
    }

    /// <summary>A workspace whose tensors live in <paramref name="memory"/>.</summary>
    public Workspace(IParameterMemory memory)
    {
        ArgumentNullException.ThrowIfNull(memory);
        Memory = memory;
    }

    /// <summary>Where the rented tensors live.</summary>
    public IParameterMemory Memory { get; }

    /// <summary>Bytes of all storage the pool holds now.</summary>
    public long HeldBytes => _held;

    /// <summary>The largest <see cref="HeldBytes"/> since creation or the last <see cref="ResetPeak"/>.</summary>
    public long PeakBytes { get; private set; }

    /// <summary>Number of tensors rented and not yet returned.</summary>
    public int Outstanding => _inUse.Count;

    /// <summary>A [rows, cols] tensor with unspecified contents, backed by the smallest free storage that fits.</summary>
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
        Tensor<T> owner;
        if (best >= 0)
        {
            owner = _free[best];
            _free.RemoveAt(best);
        }
        else
        {
            owner = Tensor<T>.Allocate(Memory, 1, (int)Math.Max(needed, 1));
            _held += owner.Bytes;
            PeakBytes = Math.Max(PeakBytes, _held);
        }
        _inUse.Add(owner.Storage, owner);
        if (!_views.TryGetValue(owner.Storage, out var views))
            _views[owner.Storage] = views = [];
        foreach (var cached in views)
        {
            if (cached.Rows == rows && cached.Cols == cols)
                return cached;
        }
        var view = owner.Prefix(rows, cols);
        views.Add(view);
        return view;
    }

    /// <summary>Gives a rented tensor back for reuse.</summary>
    /// <exception cref="InvalidOperationException">The tensor was not rented from this workspace, or was returned already.</exception>
    public void Return(Tensor<T> tensor)
    {
        ArgumentNullException.ThrowIfNull(tensor);
        if (!_inUse.Remove(tensor.Storage, out var owner))
            throw new InvalidOperationException($"{tensor} was not rented from this workspace or was returned twice.");
        _free.Add(owner);
    }

    /// <summary>Drops the free storage (the held bytes fall to those in use).</summary>
    public void Trim()
    {
        foreach (var t in _free)
        {
            _held -= t.Bytes;
            _views.Remove(t.Storage);
        }
        _free.Clear();
    }

    /// <summary>
    /// Forgets every tensor, in use or free, and the peak: for a workspace whose tensors no caller still holds, such as
    /// one private to a computation that failed with some of its scratch rented.
    /// </summary>
    public void Clear()
    {
        _free.Clear();
        _inUse.Clear();
        _views.Clear();
        _held = 0;
        PeakBytes = 0;
    }

    /// <summary>Restarts peak tracking from the bytes held now.</summary>
    public void ResetPeak() => PeakBytes = _held;
}
