namespace ZoEngine.Workloads.Attack;

/// <summary>
/// Shares one classifier among attacks that run at the same time on their own threads: each attack queries
/// <see cref="Classifier"/> as if it were alone, and the batcher answers the pending queries of all its members with
/// one call of the inner classifier over all their rows.
/// </summary>
/// <remarks>
/// <para>A member is a thread that may still query. The batcher calls the inner classifier when every member has a
/// query pending (or has left), so a batch holds exactly one query per live member and no member waits for a batch
/// that cannot fill. The member whose query completes the batch runs the inner call on its own thread, under the
/// batcher's lock; every other member is then waiting, so nothing else runs concurrently with it.</para>
/// <para>Rows are placed in the order the queries arrive, which depends on thread timing. The answers are the same
/// as unbatched answers only if the inner classifier's answer for a row does not depend on the other rows of its batch
/// or on their number; <see cref="NnBlackBox"/> over a row-independent GEMM (the engine's blocked GEMM, the reference
/// GEMM) has that property, and the attack tests check it.</para>
/// <para>If the inner call throws, every query of that batch throws an <see cref="InvalidOperationException"/> that
/// wraps it; the batcher stays usable.</para>
/// </remarks>
public sealed class QueryBatcher
{
    private readonly BlackBoxClassifier _inner;
    private readonly int _pixels;
    private readonly int _classes;
    private readonly object _gate = new();
    private float[] _images = [];
    private float[] _answers = [];
    private int _members;
    private int _pending;
    private int _pendingRows;
    private long _generation;
    private Exception? _failure;
    private long _failedGeneration = -1;

    /// <summary>A batcher over <paramref name="inner"/>, a classifier of images of <paramref name="pixels"/> pixels into <paramref name="classes"/> classes.</summary>
    /// <exception cref="ArgumentException">The widths are not positive.</exception>
    public QueryBatcher(BlackBoxClassifier inner, int pixels, int classes)
    {
        ArgumentNullException.ThrowIfNull(inner);
        if (pixels < 1 || classes < 1)
            throw new ArgumentException($"A batcher needs at least one pixel and one class, got {pixels} and {classes}.");
        _inner = inner;
        _pixels = pixels;
        _classes = classes;
        Classifier = Query;
    }

    /// <summary>The classifier members query; a call blocks until the batch holding it has been answered.</summary>
    public BlackBoxClassifier Classifier { get; }

    /// <summary>Calls of the inner classifier so far.</summary>
    public long Batches { get; private set; }

    /// <summary>Rows answered so far, over all batches.</summary>
    public long Rows { get; private set; }

    /// <summary>Adds a member: from now on no batch is answered until this member too has a query pending or has left.</summary>
    public void Join()
    {
        lock (_gate)
            _members++;
    }

    /// <summary>Removes a member (call it in a finally block: a member that never leaves stalls the others).</summary>
    /// <exception cref="InvalidOperationException">No member has joined.</exception>
    public void Leave()
    {
        lock (_gate)
        {
            if (_members == 0)
                throw new InvalidOperationException("Leave was called more often than Join.");
            _members--;
            if (_members > 0 && _pending == _members)
                Answer();
        }
    }

    private void Query(ReadOnlySpan<float> images, Span<float> logProbabilities)
    {
        if (images.Length == 0 || images.Length % _pixels != 0 || logProbabilities.Length != images.Length / _pixels * _classes)
            throw new ArgumentException($"A batch of images of {_pixels} pixels and {_classes} log-probabilities each was expected.");
        int rows = images.Length / _pixels;
        lock (_gate)
        {
            if (_pending == _members)
                throw new InvalidOperationException("Only a member of the batcher may query it (Join first).");
            int offset = _pendingRows;
            EnsureCapacity(offset + rows);
            images.CopyTo(_images.AsSpan(offset * _pixels));
            _pendingRows += rows;
            _pending++;
            long generation = _generation;
            if (_pending == _members)
                Answer();
            else
            {
                while (_generation == generation)
                    Monitor.Wait(_gate);
            }
            if (_failedGeneration == generation)
                throw new InvalidOperationException("The batched classifier call failed.", _failure);
            // The next batch cannot be answered before this member queries again, so its answers are still here.
            _answers.AsSpan(offset * _classes, rows * _classes).CopyTo(logProbabilities);
        }
    }

    // Runs under the lock, with every member waiting for this batch.
    private void Answer()
    {
        try
        {
            _inner(_images.AsSpan(0, _pendingRows * _pixels), _answers.AsSpan(0, _pendingRows * _classes));
            Batches++;
            Rows += _pendingRows;
        }
        catch (Exception e)
        {
            _failure = e;
            _failedGeneration = _generation;
        }
        _pending = 0;
        _pendingRows = 0;
        _generation++;
        Monitor.PulseAll(_gate);
    }

    private void EnsureCapacity(int rows)
    {
        if (_images.Length >= rows * _pixels)
            return;
        int capacity = Math.Max(rows, 2 * _images.Length / _pixels);
        Array.Resize(ref _images, capacity * _pixels);
        Array.Resize(ref _answers, capacity * _classes);
    }
}
