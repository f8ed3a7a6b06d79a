using System.Runtime.InteropServices;

namespace ZoEngine;

/// <summary>Storage precision of optimizer moments.</summary>
public enum StatePrecision : byte
{
    /// <summary>4 bytes per moment per parameter.</summary>
    Float32,
    /// <summary>2 bytes per moment per parameter (bfloat16, round to nearest even on every store).</summary>
    BFloat16,
}

/// <summary>
/// The moment buffers (m and/or v) of an adaptive optimizer, one per tensor of the parameter set they belong to.
/// Allocated zeroed by the backend; the update pass reads and writes them in the same sweep as θ.
/// </summary>
public sealed unsafe class OptimizerState : IDisposable
{
    private readonly NativeBuffer[] _first;
    private readonly NativeBuffer[] _second;
    private readonly IParameterMemory _memory;
    private bool _disposed;

    /// <summary>Allocates zeroed moments for <paramref name="layout"/> in the layout's own memory (host or device).</summary>
    public OptimizerState(ParameterSet layout, bool firstMoment, bool secondMoment, StatePrecision precision)
    {
        ArgumentNullException.ThrowIfNull(layout);
        layout.ThrowIfDisposed();
        _memory = layout.Memory;
        Precision = precision;
        HasFirstMoment = firstMoment;
        HasSecondMoment = secondMoment;
        TensorLengths = layout.Select(t => t.Length).ToArray();
        _first = Allocate(firstMoment);
        _second = Allocate(secondMoment);
    }

    /// <summary>Element size of the moments.</summary>
    public StatePrecision Precision { get; }
    /// <summary>Whether m exists.</summary>
    public bool HasFirstMoment { get; }
    /// <summary>Whether v exists.</summary>
    public bool HasSecondMoment { get; }
    /// <summary>Element count of each tensor's moments.</summary>
    public IReadOnlyList<long> TensorLengths { get; }

    /// <summary>Where the moments live: the memory of the parameter set they were made for.</summary>
    public IParameterMemory Memory => _memory;

    /// <summary>Bytes of state per parameter: (number of moments) × (2 or 4).</summary>
    public int BytesPerParameter => BytesPer(HasFirstMoment, HasSecondMoment, Precision);

    /// <summary>Bytes per parameter of state with the given moments and precision.</summary>
    public static int BytesPer(bool firstMoment, bool secondMoment, StatePrecision precision) =>
        ((firstMoment ? 1 : 0) + (secondMoment ? 1 : 0)) * (precision == StatePrecision.Float32 ? 4 : 2);

    internal void* First(int tensor) => Get(_first, tensor);
    internal void* Second(int tensor) => Get(_second, tensor);

    /// <summary>Reads m (first moment) of flat element <paramref name="index"/> as float; for tests and inspection.</summary>
    public float ReadFirst(long index) => Read(_first, index);

    /// <summary>Reads v (second moment) of flat element <paramref name="index"/> as float; for tests and inspection.</summary>
    public float ReadSecond(long index) => Read(_second, index);

    /// <summary>Frees the buffers.</summary>
    public void Dispose()
    {
        if (_disposed)
            return;
        _disposed = true;
        foreach (var b in _first.Concat(_second))
            b.Dispose();
    }

    private void* Get(NativeBuffer[] buffers, int tensor)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (buffers.Length == 0)
            throw new InvalidOperationException("This optimizer state has no such moment.");
        return buffers[tensor].Pointer;
    }

    private float Read(NativeBuffer[] buffers, long index)
    {
        for (int t = 0; t < TensorLengths.Count; t++)
        {
            if (index < TensorLengths[t])
            {
                byte* p = (byte*)Get(buffers, t);
                if (Precision == StatePrecision.Float32)
                {
                    float f;
                    _memory.CopyToHost(p + index * sizeof(float), &f, sizeof(float));
                    return f;
                }
                ushort h;
                _memory.CopyToHost(p + index * sizeof(ushort), &h, sizeof(ushort));
                return Noise.BFloat16.ToFloat(h);
            }
            index -= TensorLengths[t];
        }
        throw new ArgumentOutOfRangeException(nameof(index));
    }

    private NativeBuffer[] Allocate(bool wanted)
    {
        if (!wanted)
            return [];
        int size = Precision == StatePrecision.Float32 ? 4 : 2;
        var result = new NativeBuffer[TensorLengths.Count];
        try
        {
            for (int i = 0; i < result.Length; i++)
                result[i] = _memory.Allocate(MemorySize.Bytes(TensorLengths[i], size, "Optimizer state"));
        }
        catch
        {
            foreach (var b in result)
                b?.Dispose();
            throw;
        }
        return result;
    }
}
