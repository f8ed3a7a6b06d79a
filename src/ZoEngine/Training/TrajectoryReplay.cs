using ZoEngine.Estimators;
using ZoEngine.Noise;
using ZoEngine.Optimizers;
using ZoEngine.Trajectory;

namespace ZoEngine;

/// <summary>Options of a replay.</summary>
public sealed record ReplayOptions
{
    /// <summary>
    /// Replay the records before the first bad one instead of refusing the whole log (to recover a run after a crash).
    /// By default a damaged log is rejected before the parameters are touched.
    /// </summary>
    public bool StopAtFirstBadRecord { get; init; }

    /// <summary>Recompute each record's coefficients from its losses and require the same bits as logged.</summary>
    public bool VerifyCoefficients { get; init; } = true;
}

/// <summary>What a replay did.</summary>
/// <param name="StepsReplayed">Records applied.</param>
/// <param name="FirstBadRecord">The damage that stopped a <see cref="ReplayOptions.StopAtFirstBadRecord"/> replay, if any.</param>
/// <param name="Configuration">The run configuration read from the header.</param>
public sealed record ReplayResult(long StepsReplayed, TrajectoryLogException? FirstBadRecord, RunConfiguration Configuration);

/// <summary>
/// Rebuilds a run's parameters from its initial weights and its trajectory log. The estimator runs its probe
/// schedule again with the logged losses in place of the objective, so θ goes through the same passes, including
/// the in-place perturbations and their rounding, and the logged coefficients drive the same updates: the result is
/// bit-identical to the trained parameters on any backend.
/// </summary>
public static class TrajectoryReplay
{
    /// <summary>Reads the run configuration from a log's header.</summary>
    public static RunConfiguration ReadConfiguration(TrajectoryReader reader)
    {
        try
        {
            return RunConfiguration.FromMetadata(k => reader[k]);
        }
        catch (FormatException e)
        {
            throw new InvalidDataException($"The trajectory log header does not describe a run: {e.Message}", e);
        }
    }

    /// <summary>Replays the log at <paramref name="path"/> onto <paramref name="parameters"/> (the initial weights), in place.</summary>
    public static ReplayResult Replay(IZoBackend backend, ParameterSet parameters, string path, ReplayOptions? options = null)
    {
        options ??= new ReplayOptions();
        RunConfiguration config;
        long usable;
        TrajectoryLogException? firstBad = null;
        // First pass: validate every record before θ is touched, so a damaged log changes nothing.
        using (var reader = TrajectoryReader.Open(path))
        {
            config = ReadConfiguration(reader);
            RunConfiguration.EnsureLayout(parameters, reader["parameters.layout"]);
            usable = 0;
            try
            {
                while (reader.TryReadNext(out var record))
                {
                    CheckRecordShape(record, config, usable, parameters.TotalLength);
                    usable++;
                }
            }
            catch (TrajectoryLogException e) when (options.StopAtFirstBadRecord)
            {
                firstBad = e;
            }
        }

        using var estimator = EstimatorFactory.Create(backend, parameters, config.Estimator);
        using var optimizer = new ZoOptimizer(backend, parameters, config.Optimizer, estimator.CoefficientsPerStep);
        var oracle = new LoggedLosses();
        var recomputed = new float[estimator.CoefficientsPerStep];
        var probeLosses = new float[estimator.LossesPerStep];
        using (var reader = TrajectoryReader.Open(path))
        {
            for (long i = 0; i < usable; i++)
            {
                if (!reader.TryReadNext(out var record))
                    throw new InvalidDataException($"The trajectory log '{path}' changed while it was replayed: record {i} is gone.");
                oracle.Losses = record.Losses;
                estimator.Probe(record.StepSeed, oracle, probeLosses);
                if (options.VerifyCoefficients)
                {
                    estimator.ComputeCoefficients(record.Losses, recomputed);
                    for (int k = 0; k < recomputed.Length; k++)
                    {
                        if (BitConverter.SingleToUInt32Bits(recomputed[k]) != BitConverter.SingleToUInt32Bits(record.Coefficients[k]))
                            throw new InvalidDataException($"Record {i} of '{path}': coefficient {k} is {record.Coefficients[k]:R} but its losses give {recomputed[k]:R}; the log was not written by the run its header describes. Records 0..{i - 1} were applied.");
                    }
                }
                optimizer.Apply(estimator.PendingRestore, estimator.Estimate(record.Coefficients));
            }
        }
        return new ReplayResult(usable, firstBad, config);
    }

    private static void CheckRecordShape(TrajectoryRecord record, RunConfiguration config, long index, long dimension)
    {
        ulong expectedSeed = SeedMixer.StepSeed(config.RunSeed, index);
        if (record.StepSeed != expectedSeed)
            throw new InvalidDataException($"Record {index}: step seed {record.StepSeed:x16} is not the seed of step {index} under run seed {config.RunSeed} ({expectedSeed:x16}).");
        int coords = config.Estimator.Coordinates?.Count ?? (int)Math.Min(dimension, int.MaxValue);
        int q = config.Estimator.Queries;
        (int losses, int coefs) = config.Estimator.Kind switch
        {
            EstimatorKind.Spsa => (2 * q, q),
            EstimatorKind.OneSided => (q + 1, q),
            EstimatorKind.Central => (2 * coords, coords),
            EstimatorKind.GuidingVector or EstimatorKind.Greedy => (config.Estimator.Candidates + 2, config.Estimator.Candidates),
            _ => (coords + 1, coords),
        };
        if (record.Losses.Length != losses || record.Coefficients.Length != coefs)
            throw new InvalidDataException($"Record {index}: {record.Losses.Length} losses and {record.Coefficients.Length} coefficients, but a {config.Estimator.Kind} step of this run has {losses} and {coefs}.");
    }

    private sealed class LoggedLosses : ILossOracle
    {
        public float[] Losses = [];

        public float Evaluate(int query) => Losses[query];
    }
}
