using ZoEngine.Estimators;
using ZoEngine.Noise;
using ZoEngine.Optimizers;
using ZoEngine.Trajectory;

namespace ZoEngine;

/// <summary>Options of a replay.</summary>
public sealed record ReplayOptions
{
    /// <summary>
    /// Replay the records before the first bad one instead of refusing the whole log (to recover a run after a crash,
    /// or what is good of a damaged log). By default a damaged or unfinished log is rejected before the parameters are
    /// touched.
    /// </summary>
    public bool StopAtFirstBadRecord { get; init; }

    /// <summary>Recompute each record's coefficients from its losses and require the same bits as logged.</summary>
    public bool VerifyCoefficients { get; init; } = true;
}

/// <summary>What a replay did.</summary>
/// <param name="StepsReplayed">Records applied.</param>
/// <param name="FirstBadRecord">
/// What stopped a <see cref="ReplayOptions.StopAtFirstBadRecord"/> replay, if anything: damage, a record the header's
/// run would not have written, or (kind <see cref="TrajectoryLogErrorKind.Unsealed"/>) the end of an unfinished log.
/// </param>
/// <param name="Configuration">The run configuration read from the header.</param>
/// <param name="Seal">The log's end-of-run record; null for a version 1 log and for one that did not finish.</param>
/// <param name="ParametersSha256">SHA-256 of θ after the replay (<see cref="ParameterDigest.Sha256"/>).</param>
public sealed record ReplayResult(long StepsReplayed, TrajectoryLogException? FirstBadRecord, RunConfiguration Configuration,
    TrajectorySeal? Seal, byte[] ParametersSha256)
{
    /// <summary>
    /// Whether θ after the replay is the θ the run sealed its log with: true or false when the seal binds the
    /// parameters (<see cref="TrajectorySeal.BindsParameters"/>), null when there is no seal or it does not.
    /// </summary>
    public bool? MatchesSeal => Seal is { BindsParameters: true } seal ? seal.ParametersSha256.AsSpan().SequenceEqual(ParametersSha256) : null;
}

/// <summary>
/// Rebuilds a run's parameters from its initial weights and its trajectory log. The estimator runs its probe
/// schedule again with the logged losses in place of the objective, so θ goes through the same passes, including
/// the in-place perturbations and their rounding, and the logged coefficients drive the same updates: the result is
/// bit-identical to the trained parameters on any backend.
/// </summary>
/// <remarks>
/// The whole log is checked before θ is touched: every record's bytes, its seed, its counts and (by default) its
/// coefficients against its losses, and the end-of-run record. A log that fails any check is refused with θ as it was,
/// or, with <see cref="ReplayOptions.StopAtFirstBadRecord"/>, replayed up to the record that failed.
/// </remarks>
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
    /// <exception cref="TrajectoryLogException">
    /// Unless <see cref="ReplayOptions.StopAtFirstBadRecord"/>: the log is damaged, unfinished (version 2 without its
    /// end-of-run record), or holds a record the run its header describes would not have written. θ is untouched.
    /// </exception>
    public static ReplayResult Replay(IZoBackend backend, ParameterSet parameters, string path, ReplayOptions? options = null)
    {
        options ??= new ReplayOptions();
        RunConfiguration config;
        long usable = 0;
        TrajectoryLogException? firstBad = null;
        TrajectorySeal? seal;
        using var estimator = CreateEstimator(backend, parameters, path, out config, out var header);
        var recomputed = new float[estimator.CoefficientsPerStep];
        // First pass: check every record before θ is touched, so a log that fails any check changes nothing.
        using (var reader = header)
        {
            try
            {
                while (reader.TryReadNext(out var record))
                {
                    CheckRecord(reader, record, config, usable, parameters.TotalLength, options.VerifyCoefficients ? estimator as ILoggedStepCheck : null, recomputed);
                    usable++;
                }
            }
            catch (TrajectoryLogException e) when (options.StopAtFirstBadRecord)
            {
                firstBad = e;
            }
            seal = reader.Seal;
        }

        using var optimizer = new ZoOptimizer(backend, parameters, config.Optimizer, estimator.CoefficientsPerStep);
        var oracle = new LoggedLosses();
        var probeLosses = new float[estimator.LossesPerStep];
        using (var reader = TrajectoryReader.Open(path))
        {
            for (long i = 0; i < usable; i++)
            {
                if (!reader.TryReadNext(out var record))
                    throw new InvalidDataException($"The trajectory log '{path}' changed while it was replayed: record {i} is gone.");
                oracle.Losses = record.Losses;
                estimator.Probe(record.StepSeed, oracle, probeLosses);
                optimizer.Apply(estimator.PendingRestore, estimator.Estimate(record.Coefficients));
            }
        }
        backend.Synchronize();
        return new ReplayResult(usable, firstBad, config, seal, ParameterDigest.Sha256(parameters));
    }

    private static IGradientEstimator CreateEstimator(IZoBackend backend, ParameterSet parameters, string path, out RunConfiguration config, out TrajectoryReader reader)
    {
        reader = TrajectoryReader.Open(path);
        try
        {
            config = ReadConfiguration(reader);
            RunConfiguration.EnsureLayout(parameters, reader["parameters.layout"]);
            return EstimatorFactory.Create(backend, parameters, config.Estimator);
        }
        catch
        {
            reader.Dispose();
            throw;
        }
    }

    private static void CheckRecord(TrajectoryReader reader, TrajectoryRecord record, RunConfiguration config, long index, long dimension,
        ILoggedStepCheck? coefficients, float[] recomputed)
    {
        string? problem = ShapeProblem(record, config, index, dimension);
        if (problem is null && coefficients is not null)
        {
            coefficients.ComputeLoggedCoefficients(record.StepSeed, record.Losses, recomputed);
            for (int k = 0; k < recomputed.Length && problem is null; k++)
            {
                if (BitConverter.SingleToUInt32Bits(recomputed[k]) != BitConverter.SingleToUInt32Bits(record.Coefficients[k]))
                    problem = $"holds coefficient {k} = {record.Coefficients[k]:R} where its losses give {recomputed[k]:R}";
            }
        }
        if (problem is not null)
            throw new TrajectoryLogException(reader.SourceName, index, reader.LastRecordOffset, TrajectoryLogErrorKind.InconsistentRecord,
                $"{problem}: it is not what the run its header describes would have logged");
    }

    private static string? ShapeProblem(TrajectoryRecord record, RunConfiguration config, long index, long dimension)
    {
        ulong expectedSeed = SeedMixer.StepSeed(config.RunSeed, index);
        if (record.StepSeed != expectedSeed)
            return $"holds step seed {record.StepSeed:x16}, not the seed of step {index} under run seed {config.RunSeed} ({expectedSeed:x16})";
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
            return $"holds {record.Losses.Length} losses and {record.Coefficients.Length} coefficients where a {config.Estimator.Kind} step of this run has {losses} and {coefs}";
        // A run never logs a step whose losses or coefficients are not finite: it stops at that step instead.
        foreach (float v in record.Losses)
            if (!float.IsFinite(v))
                return $"holds the loss {v}, which no run logs";
        foreach (float v in record.Coefficients)
            if (!float.IsFinite(v))
                return $"holds the coefficient {v}, which no run logs";
        return null;
    }

    private sealed class LoggedLosses : ILossOracle
    {
        public float[] Losses = [];

        public float Evaluate(int query) => Losses[query];
    }
}
