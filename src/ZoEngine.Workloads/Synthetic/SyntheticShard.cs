namespace ZoEngine.Workloads.Synthetic;

/// <summary>
/// Shard <c>shard</c> of <c>shards</c> of a separable synthetic function over host parameters: the terms of the
/// coordinates [⌊shard·d/shards⌋, ⌊(shard+1)·d/shards⌋). Its losses combine with <see cref="ShardReduction.Sum"/>.
/// </summary>
public sealed class SyntheticShard : IShardObjective
{
    private readonly SyntheticObjective _objective;

    /// <summary>Shard <paramref name="shard"/> (0-based) of <paramref name="shards"/>.</summary>
    /// <exception cref="ArgumentException">Ackley (not separable), or a shard outside [0, shards).</exception>
    public SyntheticShard(SyntheticFunction function, int shard, int shards)
    {
        if (shards < 1 || shard < 0 || shard >= shards)
            throw new ArgumentException($"Shard {shard} of {shards} does not exist: shards are numbered 0 to {shards - 1}.");
        if (function == SyntheticFunction.Ackley)
            throw new ArgumentException("Ackley couples every coordinate through two means and cannot be split into shards; use quadratic, cubic, levy or rosenbrock.");
        _objective = new SyntheticObjective(function);
        Shard = shard;
        Shards = shards;
    }

    /// <summary>This shard's index.</summary>
    public int Shard { get; }

    /// <summary>How many shards the function is split into.</summary>
    public int Shards { get; }

    /// <summary>Shards <c>0 … shards − 1</c> of <paramref name="function"/>, for the single-process reference of a sharded run.</summary>
    public static IShardObjective[] All(SyntheticFunction function, int shards) =>
        [.. Enumerable.Range(0, shards).Select(s => new SyntheticShard(function, s, shards))];

    /// <inheritdoc />
    public unsafe ShardLoss Evaluate(ParameterSet parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (parameters.Count != 1 || !parameters.Memory.IsHostAccessible)
            throw new ArgumentException("A synthetic shard reads one host tensor x; wrap device parameters in a HostCopyObjective.");
        var x = parameters[0];
        if (x.Length > int.MaxValue)
            throw new ArgumentException($"A synthetic shard reads x as one span; d = {x.Length} is larger.");
        long d = x.Length;
        long start = Shard * d / Shards, end = (Shard + 1) * d / Shards;
        var all = new ReadOnlySpan<float>(x.Pointer, (int)d);
        return new ShardLoss(_objective.EvaluateBlock(all, start, end - start), end - start);
    }
}
