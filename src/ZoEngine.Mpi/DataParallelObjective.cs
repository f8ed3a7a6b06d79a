using System.Diagnostics;

namespace ZoEngine.Mpi;

/// <summary>
/// An objective evaluated by every rank of a job at the same (identically perturbed) parameters, each on its own
/// shard: the ranks exchange only their (sum, count) pairs (16 bytes per rank per evaluation) and every rank combines
/// them in rank order with <see cref="ShardedObjective.Combine"/>. So every rank gets the same loss bits, runs the
/// same fused update, and θ stays bit-identical everywhere without ever being sent.
/// </summary>
public sealed class DataParallelObjective : IObjective
{
    private readonly MpiCommunicator _comm;
    private readonly IShardObjective _shard;
    private readonly ShardReduction _reduction;
    private readonly double[] _mine = new double[2];
    private readonly double[] _all;
    private readonly ShardLoss[] _losses;

    /// <summary>This rank's <paramref name="shard"/> of the objective, combined over <paramref name="communicator"/>.</summary>
    public DataParallelObjective(MpiCommunicator communicator, IShardObjective shard, ShardReduction reduction)
    {
        ArgumentNullException.ThrowIfNull(communicator);
        ArgumentNullException.ThrowIfNull(shard);
        _comm = communicator;
        _shard = shard;
        _reduction = reduction;
        _all = new double[2 * communicator.Size];
        _losses = new ShardLoss[communicator.Size];
    }

    /// <summary>Evaluations so far (each one exchange).</summary>
    public long Exchanges { get; private set; }

    /// <summary>Bytes this rank sent over all exchanges: 16 per evaluation, whatever the number of parameters.</summary>
    public long BytesSent => Exchanges * 2 * sizeof(double);

    /// <summary>Time spent inside the exchanges, waiting for the slowest rank included.</summary>
    public TimeSpan CommunicationTime { get; private set; }

    /// <inheritdoc />
    public float Evaluate(ParameterSet parameters) => Exchange(_shard.Evaluate(parameters));

    /// <summary>
    /// Gathers every rank's (loss sum, count), this rank's being <paramref name="local"/>, and combines them in rank
    /// order: the same bits on every rank. For callers that evaluate their share themselves (an Nn trainer's batch).
    /// </summary>
    public float Exchange(ShardLoss local)
    {
        _mine[0] = local.Sum;
        // Counts travel as doubles, exact up to 2⁵³ samples, so one gather carries both.
        _mine[1] = local.Count;
        long start = Stopwatch.GetTimestamp();
        _comm.AllGather(_mine, _all);
        CommunicationTime += Stopwatch.GetElapsedTime(start);
        Exchanges++;
        for (int r = 0; r < _losses.Length; r++)
            _losses[r] = new ShardLoss(_all[2 * r], (long)_all[2 * r + 1]);
        return ShardedObjective.Combine(_losses, _reduction);
    }

    /// <summary>
    /// An exchange for callers with no shard objective of their own, such as <c>ZoNetworkTrainer</c>, which evaluates its
    /// share of each batch itself and hands the result to <see cref="Exchange"/>.
    /// </summary>
    public static DataParallelObjective ForExchangeOnly(MpiCommunicator communicator, ShardReduction reduction) =>
        new(communicator, NoShard.Instance, reduction);

    private sealed class NoShard : IShardObjective
    {
        public static readonly NoShard Instance = new();

        public ShardLoss Evaluate(ParameterSet parameters) =>
            throw new InvalidOperationException("This exchange was made for a caller that evaluates its own share; call Exchange with it.");
    }
}
