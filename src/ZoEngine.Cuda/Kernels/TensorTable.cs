namespace ZoEngine.Cuda.Kernels;

/// <summary>
/// The device copy of a parameter set's tensor table (pointer, length, offset, id, first group, and the moment
/// buffers of the last optimizer state used with it). It is cached on the set and rebuilt only when a tensor is added
/// or another state is used, so a training step uploads nothing.
/// </summary>
internal sealed unsafe class TensorTable : IDisposable
{
    private readonly NativeBuffer _buffer;

    private TensorTable(IParameterMemory owner, NativeBuffer buffer, int version, int count, long groups)
    {
        Owner = owner;
        _buffer = buffer;
        Version = version;
        Count = count;
        GroupCount = groups;
    }

    public IParameterMemory Owner { get; }
    public int Version { get; }
    public int Count { get; }
    public long GroupCount { get; }
    public OptimizerState? State { get; private set; }

    public ZoTensorTable Native => new() { Tensors = (ZoTensor*)_buffer.Pointer, Count = Count, GroupCount = GroupCount };

    /// <summary>The table of <paramref name="set"/> with the moments of <paramref name="state"/> (or none), uploading it if stale.</summary>
    public static TensorTable For(ParameterSet set, OptimizerState? state, IParameterMemory memory)
    {
        if (set.BackendData is TensorTable t && t.Owner == memory && t.Version == set.LayoutVersion)
        {
            if (state is null || t.State == state)
                return t;
            t.Upload(set, state, memory);
            return t;
        }
        (set.BackendData as IDisposable)?.Dispose();
        set.BackendData = null;
        var buffer = memory.Allocate(Math.Max(set.Count, 1) * (long)sizeof(ZoTensor));
        long groups = 0;
        foreach (var tensor in set)
            groups += (tensor.Length + 3) >> 2;
        var table = new TensorTable(memory, buffer, set.LayoutVersion, set.Count, groups);
        table.Upload(set, state, memory);
        set.BackendData = table;
        return table;
    }

    public void Dispose() => _buffer.Dispose();

    private void Upload(ParameterSet set, OptimizerState? state, IParameterMemory memory)
    {
        var rows = new ZoTensor[set.Count];
        long group = 0;
        for (int i = 0; i < rows.Length; i++)
        {
            var t = set[i];
            rows[i] = new ZoTensor
            {
                Theta = t.Pointer,
                M = state is { HasFirstMoment: true } ? state.First(i) : null,
                V = state is { HasSecondMoment: true } ? state.Second(i) : null,
                Length = t.Length,
                Offset = t.Offset,
                FirstGroup = group,
                Id = t.Id,
            };
            group += (t.Length + 3) >> 2;
        }
        fixed (ZoTensor* p = rows)
            memory.CopyFromHost(p, _buffer.Pointer, rows.Length * (long)sizeof(ZoTensor));
        State = state;
    }
}
