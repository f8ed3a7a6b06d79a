using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Spectre.Console;
using ZoEngine.Trajectory;
using ZoEngine.Workloads.Reporting;
using ZoEngine.Workloads.Synthetic;

namespace ZoEngine.Cli;

public static partial class ZoCommand
{
    private static Command RunCommand(TextWriter stdout, TextWriter stderr)
    {
        var o = new CliOptions();
        var opt = new Option<string>("--opt") { Description = "sgd, signsgd, adamm, rmsprop or radazo.", DefaultValueFactory = _ => "radazo" };
        var lr = new Option<float>("--lr") { Description = "Learning rate.", DefaultValueFactory = _ => 1e-3f };
        var log = new Option<string?>("--log") { Description = "Write the trajectory log here (replay it with 'zo replay'); an existing file is refused unless --overwrite." };
        var overwrite = new Option<bool>("--overwrite") { Description = "Replace an existing --log file (kept whole until the new run has taken its first step)." };
        var csv = new Option<string?>("--csv") { Description = "Write per-step losses here." };
        var distributed = new Option<string>("--distributed") { Description = "none, or mpi: one process per rank under mpirun, each evaluating its block of coordinates; the ranks exchange only losses and keep identical parameters.", DefaultValueFactory = _ => "none" };
        distributed.AcceptOnlyFromAmong("none", "mpi");
        var shards = new Option<int>("--shards") { Description = "Evaluate f as this many coordinate blocks combined in block order, in one process: the same bits as an MPI run over as many ranks.", DefaultValueFactory = _ => 1 };
        var checkEvery = new Option<int>("--check-every") { Description = "With --distributed mpi: compare the parameters' SHA-256 across ranks every K steps (0: only at the end).", DefaultValueFactory = _ => 100 };
        var synthetic = new Command("synthetic", "Minimise a synthetic function (quadratic, cubic, levy, rosenbrock, ackley) from a seeded start.");
        o.AddTo(synthetic);
        foreach (var x in new Option[] { opt, lr, log, overwrite, csv, distributed, shards, checkEvery })
            synthetic.Options.Add(x);
        synthetic.SetAction(pr =>
        {
            // Everything the run needs is checked before anything is created on disk, so that a refused run leaves
            // every file as it was.
            var fn = SyntheticObjective.Parse(pr.GetValue(o.Fn)!);
            ulong seed = pr.GetValue(o.Seed);
            var problem = SyntheticProblem.FromOptions(fn, pr.GetValue(o.Dim), seed, pr.GetValue(o.InitScale));
            var config = new RunConfiguration
            {
                RunSeed = seed,
                Estimator = o.EstimatorFrom(pr),
                Optimizer = o.OptimizerFrom(pr, CliOptions.ParseOptimizer(pr.GetValue(opt)!), pr.GetValue(lr)),
            };
            CliOptions.Validate(config, problem.Dimension);
            int iters = pr.GetValue(o.Iters);
            if (iters < 0)
                throw new ZoCliException($"--iters must be ≥ 0, got {iters}.");
            int evalEvery = pr.GetValue(o.EvalEvery);
            if (evalEvery < 0)
                throw new ZoCliException($"--eval-every must be ≥ 0, got {evalEvery}.");
            int shardCount = pr.GetValue(shards), checkInterval = pr.GetValue(checkEvery);
            if (shardCount < 1)
                throw new ZoCliException($"--shards must be ≥ 1, got {shardCount}.");
            if (checkInterval < 0)
                throw new ZoCliException($"--check-every must be ≥ 0, got {checkInterval}.");
            using var comm = pr.GetValue(distributed) == "mpi" ? Distributed.Start("zo run synthetic", shardCount) : null;
            int rank = comm?.Rank ?? 0;
            // Rank 0 alone writes the log and the CSV: the other ranks hold the same θ and would write the same bytes.
            string? logPath = rank == 0 ? pr.GetValue(log) : null, csvPath = rank == 0 ? pr.GetValue(csv) : null;
            OutputPaths.Check(("--log", logPath), ("--csv", csvPath));
            RefuseExisting(logPath, "log", pr.GetValue(overwrite));
            int blocks = comm?.Size ?? shardCount;
            if (blocks > 1)
                Distributed.CheckSeparable(fn, problem.Dimension, blocks);
            using var backend = CliOptions.CreateBackend(pr.GetValue(o.Backend)!, stderr);
            using var theta = problem.CreateInitialPoint(backend);
            var metadata = new List<KeyValuePair<string, string>>([.. problem.ToMetadata(blocks), .. config.ToMetadata(theta)]);
            if (comm is not null)
                Distributed.VerifyConfiguration(comm, metadata, iters);
            var dataParallel = comm is null ? null : new Mpi.DataParallelObjective(comm, new SyntheticShard(fn, comm.Rank, comm.Size), ShardReduction.Sum);
            using var objective = new HostCopyObjective(dataParallel ?? problem.Objective(blocks));
            using var writer = logPath is null ? null : CreateLog(logPath, metadata, pr.GetValue(overwrite));
            using var trainer = CreateTrainer(backend, theta, objective, config, writer);
            // Rows are written as they are produced, so a run that diverges or is stopped keeps every row before it.
            using var table = csvPath is null ? null : new CsvWriter(csvPath, "step", "evaluations", "probe_loss", "loss");
            float initialLoss = objective.Evaluate(theta);
            var clock = Stopwatch.StartNew();
            float lastLoss = float.NaN;
            void OneStep()
            {
                var r = trainer.Step();
                bool eval = evalEvery > 0 && (r.Step + 1) % evalEvery == 0;
                if (eval)
                    lastLoss = objective.Evaluate(theta);
                table?.WriteRow((r.Step + 1).ToString(CultureInfo.InvariantCulture), trainer.Evaluations.ToString(CultureInfo.InvariantCulture), CliOptions.F(r.ProbeLoss), eval ? CliOptions.F(lastLoss) : "");
                if (comm is not null && checkInterval > 0 && (r.Step + 1) % checkInterval == 0)
                    Distributed.VerifyParameters(comm, theta, r.Step + 1);
            }
            using var interrupts = new Interrupts();
            try
            {
                RunWithProgress(stdout, $"{fn} d={problem.Dimension} {CliOptions.Name(config.Optimizer.Kind)}", iters, OneStep, () => lastLoss, interrupts);
            }
            catch (ZoObjectiveException e)
            {
                trainer.SealLog(TrajectoryEnd.Failed);
                stderr.WriteLine($"zo: {e.Message}{(logPath is null ? "" : $" The log '{logPath}' holds the {trainer.StepIndex} completed steps and is sealed.")}");
                return ExitCodes.Failed;
            }
            if (interrupts.Received is { } signal)
            {
                trainer.SealLog(TrajectoryEnd.Stopped);
                stderr.WriteLine($"zo: stopped by {signal} after {trainer.StepIndex} of {iters} steps{(logPath is null ? "." : $"; the log '{logPath}' holds them and is sealed.")}");
                return Interrupts.ExitCode(signal);
            }
            trainer.SealLog(TrajectoryEnd.Completed);
            float final = objective.Evaluate(theta);
            if (comm is not null)
            {
                Distributed.VerifyParameters(comm, theta, trainer.StepIndex);
                stdout.WriteLine($"rank={comm.Rank} of {comm.Size} params_sha256={ParameterDigest.Sha256Hex(theta)} exchanges={dataParallel!.Exchanges} bytes_sent={dataParallel.BytesSent} communication_seconds={dataParallel.CommunicationTime.TotalSeconds:F6}");
                if (rank != 0)
                    return ExitCodes.Success;
            }
            stdout.WriteLine($"backend={backend.Description} steps={trainer.StepIndex} evaluations={trainer.Evaluations} seconds={clock.Elapsed.TotalSeconds:F3} initial_loss={CliOptions.F(initialLoss)}");
            stdout.WriteLine($"final_loss={CliOptions.F(final)} params_sha256={ParameterDigest.Sha256Hex(theta)}");
            return ExitCodes.Success;
        });
        var run = new Command("run", "Train with zeroth-order optimization.");
        run.Subcommands.Add(synthetic);
        return run;
    }

    private static Command ReplayCommand(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("FILE") { Description = "A trajectory log written by 'zo run synthetic --log', 'zo train fashion-mnist --log' or 'zo finetune --log'." };
        var backend = CliOptions.BackendOption();
        var recover = new Option<bool>("--recover") { Description = "Replay up to the first bad record, or every record of a run that did not finish, instead of refusing the log." };
        var cmd = new Command("replay", "Rebuild the initial point from a log's header, replay every step, and print the parameters' SHA-256.");
        cmd.Arguments.Add(file);
        cmd.Options.Add(backend);
        cmd.Options.Add(recover);
        cmd.SetAction(pr =>
        {
            string path = pr.GetValue(file)!;
            SyntheticProblem? problem = null;
            ParameterSet? finetuned = null;
            NetworkProblem? network = null;
            using (var reader = OpenLog(path))
            {
                // A 'zo train' log rebuilds a network and a 'zo finetune' log a fine-tuned model's start; every other
                // header is read as a synthetic problem, which names what it lacks.
                if (reader["problem"] == NetworkProblem.Kind)
                    network = NetworkProblem.FromMetadata(k => reader[k]);
                else if (reader["problem"] == "finetune")
                    finetuned = FinetuneStart(k => reader[k]);
                else
                    problem = SyntheticProblem.FromMetadata(k => reader[k]);
            }
            using var start = finetuned;
            using var b = CliOptions.CreateBackend(pr.GetValue(backend)!, stderr);
            if (network is not null)
                return ReplayNetwork(network, b, path, pr.GetValue(recover), stdout, stderr);
            using var theta = problem?.CreateInitialPoint(b) ?? finetuned!.CloneLayoutIn(b.Memory);
            if (finetuned is not null)
                CopyInto(finetuned, theta);
            ReplayResult result = ReplayOrExplain(b, theta, path, pr.GetValue(recover));
            if (result.FirstBadRecord is { Kind: TrajectoryLogErrorKind.Unsealed } open)
                stderr.WriteLine($"zo: {open.Message} Replayed all {result.StepsReplayed} records it holds.");
            else if (result.FirstBadRecord is { } bad)
                stderr.WriteLine($"zo: stopped before record {bad.RecordIndex}, replayed the {result.StepsReplayed} before it: {bad.Message}");
            string ended = result.Seal is { } seal ? $" ended={seal.End.ToString().ToLowerInvariant()}" : "";
            stdout.WriteLine($"backend={b.Description} steps={result.StepsReplayed}{ended}");
            string sha = Convert.ToHexStringLower(result.ParametersSha256);
            if (problem is null)
            {
                // A fine-tuned model is the base model plus the log: its digest is the proof, a loss would need the data.
                stdout.WriteLine($"params_sha256={sha}");
            }
            else
            {
                using var objective = new HostCopyObjective(problem.Objective(problem.Shards));
                stdout.WriteLine($"final_loss={CliOptions.F(objective.Evaluate(theta))} params_sha256={sha}");
            }
            if (result.MatchesSeal == false)
                throw new ZoCliException($"The replayed parameters hash to {sha}, but the log's end-of-run record says the run ended with {result.Seal!.ParametersSha256Hex}: the log does not reproduce its run.", ExitCodes.Damaged);
            return ExitCodes.Success;
        });
        return cmd;
    }

    /// <summary>
    /// The start of a 'zo finetune' log: the base model's trainable initializers (the model the header names, which
    /// must have the SHA-256 it records) and the head the header holds.
    /// </summary>
    private static ParameterSet FinetuneStart(Func<string, string?> get)
    {
        try
        {
            return Onnx.FineTuning.FineTuner.RebuildInitialPoint(get, ModelSource);
        }
        catch (FormatException e)
        {
            throw new ZoCliException(e.Message, ExitCodes.Damaged);
        }
    }

    /// <summary>Copies a host set into a set of the same layout in any backend's memory.</summary>
    private static void CopyInto(ParameterSet host, ParameterSet destination)
    {
        var all = new float[host.TotalLength];
        host.CopyToHost(all);
        destination.CopyFromHost(all);
    }

    private static TrajectoryReader OpenLog(string path)
    {
        if (Directory.Exists(path))
            throw new ZoCliException($"'{path}' is a folder, not a trajectory log.");
        try
        {
            return TrajectoryReader.Open(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new ZoCliException($"No trajectory log at '{path}'.");
        }
        catch (UnauthorizedAccessException)
        {
            throw new ZoCliException($"The trajectory log '{path}' cannot be read: permission denied.");
        }
    }

    /// <summary>Creates the run's log, turning a taken path into the CLI's one-line answer that names the option that frees it.</summary>
    /// <summary>Replays a log onto θ; a damaged or unfinished log is one line and exit 3, with what --recover would do.</summary>
    private static ReplayResult ReplayOrExplain(IZoBackend backend, ParameterSet theta, string path, bool recover)
    {
        try
        {
            return TrajectoryReplay.Replay(backend, theta, path, new ReplayOptions { StopAtFirstBadRecord = recover });
        }
        catch (TrajectoryLogException e)
        {
            string hint = e.Kind == TrajectoryLogErrorKind.Unsealed
                ? $"'zo replay --recover' replays its {e.RecordIndex} records"
                : "'zo replay --recover' replays the records before it";
            throw new ZoCliException($"{e.Message} Nothing was replayed; {hint}.", ExitCodes.Damaged);
        }
    }

    /// <summary>
    /// Replay of a 'zo train' log: the network is rebuilt from the header's shape and initial seed in the backend's
    /// memory and the steps are applied to its own weights. No loss is printed: it would need the dataset, and the
    /// weights' SHA-256 against the log's end-of-run record is the check.
    /// </summary>
    private static int ReplayNetwork(NetworkProblem network, IZoBackend backend, string path, bool recover, TextWriter stdout, TextWriter stderr)
    {
        var model = network.CreateModel(backend.Memory);
        using var theta = Nn.ZoNetworkTrainer.WrapParameters(model);
        var result = ReplayOrExplain(backend, theta, path, recover);
        if (result.FirstBadRecord is { } bad)
            stderr.WriteLine($"zo: replayed the {result.StepsReplayed} records before record {bad.RecordIndex}: {bad.Message}");
        string ended = result.Seal is { } seal ? $" ended={seal.End.ToString().ToLowerInvariant()}" : "";
        stdout.WriteLine($"backend={backend.Description} steps={result.StepsReplayed}{ended}");
        stdout.WriteLine($"network={network.Dataset} method={network.Method} model={network.Network.Name} {network.Network.Describe()} params_sha256={Convert.ToHexStringLower(result.ParametersSha256)}");
        if (result.MatchesSeal == false)
            throw new ZoCliException($"The replayed parameters hash to {Convert.ToHexStringLower(result.ParametersSha256)}, but the log's end-of-run record says the run ended with {result.Seal!.ParametersSha256Hex}: the log does not reproduce its run.", ExitCodes.Damaged);
        return ExitCodes.Success;
    }

    internal static TrajectoryWriter CreateLog(string path, IReadOnlyList<KeyValuePair<string, string>> metadata, bool overwrite)
    {
        try
        {
            return TrajectoryWriter.Create(path, metadata, new TrajectoryWriterOptions { Overwrite = overwrite });
        }
        catch (TrajectoryLogExistsException e) when (!e.IsFolder)
        {
            // Another program created the file after the command's own check.
            throw ExistsError(path, "log");
        }
    }

    /// <summary>Refuses, before any work, an output file that exists when --overwrite was not given: the file is kept.</summary>
    internal static void RefuseExisting(string? path, string what, bool overwrite)
    {
        if (path is not null && !overwrite && File.Exists(path))
            throw ExistsError(path, what);
    }

    private static ZoCliException ExistsError(string path, string what) =>
        new($"The {what} '{path}' already exists; it is kept. Pass --overwrite to replace it, or choose another path.");

    private static ZoTrainer CreateTrainer(IZoBackend backend, ParameterSet theta, IObjective objective, RunConfiguration config, TrajectoryWriter? writer)
    {
        try
        {
            return new ZoTrainer(backend, theta, objective, config, writer);
        }
        catch (ArgumentException e)
        {
            throw new ZoCliException(e.Message);
        }
    }

    /// <summary>
    /// Runs <paramref name="steps"/> calls of <paramref name="step"/>, with a Spectre progress bar when the output is a
    /// terminal; stops early, between two steps, once <paramref name="interrupts"/> has received a signal.
    /// </summary>
    private static void RunWithProgress(TextWriter stdout, string title, int steps, Action step, Func<float> lastLoss, Interrupts? interrupts = null)
    {
        bool interactive = ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;
        if (!interactive)
        {
            for (int i = 0; i < steps && interrupts?.Received is null; i++)
                step();
            return;
        }
        AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask(Markup.Escape(title), maxValue: Math.Max(steps, 1));
                for (int i = 0; i < steps && interrupts?.Received is null; i++)
                {
                    step();
                    if ((i & 15) == 15 || i == steps - 1)
                    {
                        task.Value = i + 1;
                        task.Description = Markup.Escape($"{title} loss {lastLoss():G4}");
                    }
                }
            });
    }
}
