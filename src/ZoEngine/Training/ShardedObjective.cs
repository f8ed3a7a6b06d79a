namespace ZoEngine;

/// <summary>The loss of one shard of an objective: the sum of its terms (samples, or coordinates of a separable function) and their number.</summary>
/// <param name="Sum">The sum of the shard's terms, in double.</param>
/// <param name="Count">How many terms the shard holds (may be 0).</param>
public readonly record struct ShardLoss(double Sum, long Count);

/// <summary>How the shards' losses make the objective's value.</summary>
public enum ShardReduction
{
    /// <summary>Σ sums / Σ counts: a mean over samples split across shards (a data-parallel batch).</summary>
    Mean,

    /// <summary>Σ sums: a sum of terms split across shards (a separable function).</summary>
    Sum,
}

/// <summary>One shard of an objective: evaluates its own part at the current parameters.</summary>
public interface IShardObjective
{
    /// <summary>The shard's loss at the current parameter values.</summary>
    ShardLoss Evaluate(ParameterSet parameters);
}

/// <summary>
/// An objective evaluated as shards in one process, combined exactly as a data-parallel run over as many ranks
/// combines them (<see cref="Combine"/>): the same bits, so it is the single-process reference of such a run.
/// </summary>
public sealed class ShardedObjective : IObjective
{
    private readonly IShardObjective[] _shards;
    private readonly ShardLoss[] _losses;
    private readonly ShardReduction _reduction;

    /// <summary>Combines <paramref name="shards"/> in their order.</summary>
    public ShardedObjective(IReadOnlyList<IShardObjective> shards, ShardReduction reduction)
    {
        ArgumentNullException.ThrowIfNull(shards);
        if (shards.Count == 0)
            throw new ArgumentException("A sharded objective needs at least one shard.", nameof(shards));
        _shards = [.. shards];
        _losses = new ShardLoss[_shards.Length];
        _reduction = reduction;
    }

    /// <inheritdoc />
    public float Evaluate(ParameterSet parameters)
    {
        for (int s = 0; s < _shards.Length; s++)
            _losses[s] = _shards[s].Evaluate(parameters);
        return Combine(_losses, _reduction);
    }

    /// <summary>
    /// The objective's value from every shard's loss, in shard (rank) order: left-to-right sums in double, then one
    /// division for a mean, then one rounding to float. Every rank that holds the same losses gets the same bits;
    /// MPI's own reductions do not fix their order, which is why data-parallel runs gather and call this instead.
    /// </summary>
    /// <exception cref="ArgumentException">A mean over shards that hold no terms at all.</exception>
    public static float Combine(ReadOnlySpan<ShardLoss> losses, ShardReduction reduction)
    {
        double sum = 0;
        long count = 0;
        foreach (var l in losses)
        {
            sum += l.Sum;
            count += l.Count;
        }
        if (reduction == ShardReduction.Sum)
            return (float)sum;
        if (count == 0)
            throw new ArgumentException("The shards hold no samples: a mean over nothing is undefined.", nameof(losses));
        return (float)(sum / count);
    }
}
