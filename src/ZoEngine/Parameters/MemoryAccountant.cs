namespace ZoEngine;

/// <summary>What an allocation of an accounted memory is for, so that a peak can be split the way a user reasons about it.</summary>
public enum MemoryCategory
{
    /// <summary>The trained weights θ.</summary>
    Parameters,
    /// <summary>Gradient buffers of gradient methods (backprop, HZO); a zeroth-order run holds none.</summary>
    Gradients,
    /// <summary>Optimizer moments and an estimator's own buffers (an exact-restore backup).</summary>
    OptimizerState,
    /// <summary>Activations of forward passes: the ping-pong buffers of an inference pass, or a full trace for backprop.</summary>
    Activations,
    /// <summary>The batch copied to the device.</summary>
    Inputs,
    /// <summary>Everything else: layer scratch, loss scratch, reduction results; the category of an allocation made outside any scope.</summary>
    Workspace,
}

/// <summary>
/// A memory whose allocations are counted: the device memories (CUDA and Emulated) count every buffer they allocate,
/// by <see cref="MemoryCategory"/>, and every copy between host and device. The Emulated device counts exactly what
/// the same code allocates on a GPU, because both go through the same runtime calls.
/// </summary>
public interface IAccountedMemory : IParameterMemory
{
    /// <summary>The counters of this memory.</summary>
    MemoryAccountant Accountant { get; }
}

/// <summary>
/// Current and peak bytes of one memory by category, allocation and free counts, and host↔device transfers. An
/// allocation is charged to the category of the innermost <see cref="Attribute"/> scope open at that moment
/// (<see cref="MemoryCategory.Workspace"/> outside any), and released from it when its buffer is freed, whichever
/// thread frees it.
/// </summary>
public sealed class MemoryAccountant
{
    private static readonly int CategoryCount = Enum.GetValues<MemoryCategory>().Length;
    private readonly long[] _current = new long[CategoryCount];
    private readonly long[] _peak = new long[CategoryCount];
    private long _currentTotal, _peakTotal, _allocations, _frees;
    private long _toHost, _toHostBytes, _fromHost, _fromHostBytes;
    private readonly Lock _lock = new();

    /// <summary>The category new allocations are charged to.</summary>
    public MemoryCategory Category { get; private set; } = MemoryCategory.Workspace;

    /// <summary>
    /// Charges allocations made until the returned scope is disposed to <paramref name="category"/>; scopes nest, and
    /// disposing one restores the category before it.
    /// </summary>
    public Scope Attribute(MemoryCategory category)
    {
        var previous = Category;
        Category = category;
        return new Scope(this, previous);
    }

    /// <summary>Bytes allocated now in <paramref name="category"/>.</summary>
    public long Current(MemoryCategory category)
    {
        lock (_lock)
            return _current[(int)category];
    }

    /// <summary>The most bytes <paramref name="category"/> has held at once since creation or <see cref="ResetPeaks"/>.</summary>
    public long Peak(MemoryCategory category)
    {
        lock (_lock)
            return _peak[(int)category];
    }

    /// <summary>Bytes allocated now, all categories.</summary>
    public long CurrentTotal
    {
        get
        {
            lock (_lock)
                return _currentTotal;
        }
    }

    /// <summary>The most bytes held at once, all categories together (not the sum of the category peaks).</summary>
    public long PeakTotal
    {
        get
        {
            lock (_lock)
                return _peakTotal;
        }
    }

    /// <summary>Buffers allocated so far.</summary>
    public long Allocations => Interlocked.Read(ref _allocations);

    /// <summary>Buffers freed so far.</summary>
    public long Frees => Interlocked.Read(ref _frees);

    /// <summary>Copies from this memory to the host.</summary>
    public long TransfersToHost => Interlocked.Read(ref _toHost);

    /// <summary>Bytes copied from this memory to the host.</summary>
    public long BytesToHost => Interlocked.Read(ref _toHostBytes);

    /// <summary>Copies from the host to this memory.</summary>
    public long TransfersFromHost => Interlocked.Read(ref _fromHost);

    /// <summary>Bytes copied from the host to this memory.</summary>
    public long BytesFromHost => Interlocked.Read(ref _fromHostBytes);

    /// <summary>Restarts every peak from the bytes held now (to measure the peak of one phase, such as training steps).</summary>
    public void ResetPeaks()
    {
        lock (_lock)
        {
            Array.Copy(_current, _peak, CategoryCount);
            _peakTotal = _currentTotal;
        }
    }

    /// <summary>One line: current and peak bytes by category, then the totals.</summary>
    public string Describe()
    {
        lock (_lock)
        {
            var parts = Enum.GetValues<MemoryCategory>().Select(c => $"{c}={_current[(int)c]}/{_peak[(int)c]}");
            return $"bytes current/peak: {string.Join(' ', parts)} total={_currentTotal}/{_peakTotal}";
        }
    }

    /// <summary>Charges <paramref name="buffer"/> to the current category; its release credits it back.</summary>
    internal void Allocated(NativeBuffer buffer)
    {
        var category = Category;
        lock (_lock)
        {
            int c = (int)category;
            _current[c] += buffer.Bytes;
            _peak[c] = Math.Max(_peak[c], _current[c]);
            _currentTotal += buffer.Bytes;
            _peakTotal = Math.Max(_peakTotal, _currentTotal);
        }
        Interlocked.Increment(ref _allocations);
        buffer.ChargeTo(this, category);
    }

    internal void Released(MemoryCategory category, long bytes)
    {
        lock (_lock)
        {
            _current[(int)category] -= bytes;
            _currentTotal -= bytes;
        }
        Interlocked.Increment(ref _frees);
    }

    internal void CopiedToHost(long bytes)
    {
        Interlocked.Increment(ref _toHost);
        Interlocked.Add(ref _toHostBytes, bytes);
    }

    internal void CopiedFromHost(long bytes)
    {
        Interlocked.Increment(ref _fromHost);
        Interlocked.Add(ref _fromHostBytes, bytes);
    }

    /// <summary>An open <see cref="Attribute"/> scope; disposing it restores the category before it.</summary>
    public readonly struct Scope : IDisposable
    {
        private readonly MemoryAccountant? _owner;
        private readonly MemoryCategory _previous;

        internal Scope(MemoryAccountant? owner, MemoryCategory previous)
        {
            _owner = owner;
            _previous = previous;
        }

        /// <summary>Restores the category that was current when the scope opened.</summary>
        public void Dispose()
        {
            if (_owner is not null)
                _owner.Category = _previous;
        }
    }
}

/// <summary>Helpers for code that allocates in any memory, accounted or not.</summary>
public static class MemoryAccounting
{
    /// <summary>The accountant of <paramref name="memory"/>, or null for a memory that does not count (the host).</summary>
    public static MemoryAccountant? Of(IParameterMemory memory) => (memory as IAccountedMemory)?.Accountant;

    /// <summary>
    /// Charges allocations in <paramref name="memory"/> to <paramref name="category"/> until disposed; does nothing
    /// for a memory that does not count.
    /// </summary>
    public static MemoryAccountant.Scope Attribute(IParameterMemory memory, MemoryCategory category) =>
        Of(memory) is { } accountant ? accountant.Attribute(category) : default;
}
