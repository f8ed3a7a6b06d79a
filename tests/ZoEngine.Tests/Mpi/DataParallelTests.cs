using System.Diagnostics;
using System.Text.RegularExpressions;
using ZoEngine.Cli;
using ZoEngine.Mpi;
using ZoEngine.Tests.Support;
using ZoEngine.Workloads.Synthetic;

namespace ZoEngine.Tests.Mpi;

/// <summary>
/// Data-parallel ZO: shards combined in rank order give every rank the same bits; under mpirun, two ranks keep
/// bit-identical parameters without sending them, equal to the single-process sharded run, and a disagreement or a
/// killed rank ends the job instead of hanging it.
/// </summary>
public partial class DataParallelTests() : CliTestBase("zo-mpi-")
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    [GeneratedRegex(@"^rank=(\d) of 2 params_sha256=([0-9a-f]{64}) exchanges=(\d+) bytes_sent=(\d+)", RegexOptions.Multiline)]
    private static partial Regex RankLine();

    [GeneratedRegex(@"^final_loss=\S+ params_sha256=[0-9a-f]{64}$", RegexOptions.Multiline)]
    private static partial Regex FinalLine();

    [Test]
    public void Combine_SumsInShardOrder_AndAMeanDividesOnce()
    {
        // 1 + 1e-16 is lost in double but 1e-16 + 1e-16 is not: the order is visible in the bits.
        ShardLoss[] losses = [new(1e-16, 1), new(1e-16, 1), new(1.0, 2)];
        Assert.That(ShardedObjective.Combine(losses, ShardReduction.Sum), Is.EqualTo((float)((1e-16 + 1e-16) + 1.0)));
        Assert.That(ShardedObjective.Combine(losses, ShardReduction.Mean), Is.EqualTo((float)(((1e-16 + 1e-16) + 1.0) / 4)));
        Assert.Throws<ArgumentException>(() => ShardedObjective.Combine([new(1, 0)], ShardReduction.Mean));
    }

    [Test]
    public void SyntheticShards_PartitionTheFunction([Values] SyntheticFunction function, [Values(1, 2, 3, 7)] int shards)
    {
        if (function == SyntheticFunction.Ackley)
        {
            Assert.Throws<ArgumentException>(() => _ = new SyntheticShard(function, 0, shards));
            return;
        }
        foreach (int d in new[] { 7, 64, 1001 })
        {
            using var theta = new ParameterSet();
            var x = new float[d];
            var random = new Random(d + shards);
            for (int i = 0; i < d; i++)
                x[i] = (float)(random.NextDouble() * 4 - 2);
            theta.Add("x", x);
            double whole = new SyntheticObjective(function).Evaluate(x);
            double sum = SyntheticShard.All(function, shards).Sum(s => s.Evaluate(theta).Sum);
            long count = SyntheticShard.All(function, shards).Sum(s => s.Evaluate(theta).Count);
            Assert.That(whole, Is.Not.EqualTo(0));
            Assert.That(sum, Is.EqualTo(whole).Within(1e-12 * Math.Abs(whole)), $"{function} d={d}: the blocks hold every term once");
            Assert.That(count, Is.EqualTo(d));
        }
    }

    [GeneratedRegex(@"^mezo steps=(\d+) params_sha256=([0-9a-f]{64})$", RegexOptions.Multiline)]
    private static partial Regex MezoLine();

    // zo train: two ranks, each evaluating its share of every batch, keep the same weights, and they are the weights
    // of the one-process run that evaluates each batch as two blocks; the one-block run is a different (valid) run.
    [Test]
    public void TrainOnTwoRanks_KeepsIdenticalWeights_EqualToTheOneProcessRunOverTwoBlocks()
    {
        ZoEngine.Tests.Workloads.IdxTestFiles.WriteDataset(_dir, train: 96, test: 24, seed: 5, gzip: false);
        string[] train = ["train", "fashion-mnist", "--data", _dir, "--method", "mezo", "--depth", "3", "--width", "16", "--batch", "13", "--epochs", "2", "--check-every", "3"];
        var (code, output, err) = Mpirun(2, [.. train, "--distributed", "mpi"]);
        Assert.That(code, Is.EqualTo(0), err + output);
        var ranks = RankLine().Matches(output).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        Assert.That(ranks.Keys, Is.EquivalentTo(new[] { "0", "1" }), output);
        Assert.That(ranks["1"], Is.EqualTo(ranks["0"]), "the weights are bit-identical on both ranks");
        var exchanges = RankLine().Matches(output).Select(m => long.Parse(m.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Assert.That(exchanges, Has.All.EqualTo(2 * 2 * 8), "two losses per step, 8 steps an epoch (96 / 13 rounded up), 2 epochs");

        var (scode, sout, serr) = Zo([.. train, "--shards", "2"]);
        Assert.That(scode, Is.EqualTo(0), serr);
        Assert.That(MezoLine().Match(sout).Groups[2].Value, Is.EqualTo(ranks["0"]), "two ranks = one process over two blocks, bit for bit");
        var (_, oneBlock, _) = Zo(train);
        Assert.That(MezoLine().Match(oneBlock).Groups[2].Value, Is.Not.EqualTo(ranks["0"]).And.Not.Empty, "one block sums in another order: other bits");
    }

    [Test]
    public void TrainSharding_IsForOneZeroOrderMethod_AndNeedsARowPerBlock()
    {
        ZoEngine.Tests.Workloads.IdxTestFiles.WriteDataset(_dir, train: 16, test: 4, seed: 5, gzip: false);
        var (code, _, err) = Zo("train", "fashion-mnist", "--data", _dir, "--method", "bp", "--shards", "2");
        Assert.That(code, Is.EqualTo(ExitCodes.Usage));
        Assert.That(err, Does.Contain("use one of --method mezo, spsa, gv, greedy alone"));
        var (bcode, _, berr) = Zo("train", "fashion-mnist", "--data", _dir, "--method", "mezo", "--batch", "2", "--shards", "3");
        Assert.That(bcode, Is.EqualTo(ExitCodes.Usage));
        Assert.That(berr, Does.Contain("--batch 2 cannot be shared among 3 blocks"));
        if (!MpiCommunicator.IsLaunched)
        {
            var (mcode, _, merr) = Zo("train", "fashion-mnist", "--data", _dir, "--method", "mezo", "--distributed", "mpi");
            Assert.That(mcode, Is.EqualTo(ExitCodes.Usage));
            Assert.That(merr, MpiCommunicator.IsAvailable(out _) ? Does.Contain("mpirun -np N zo train fashion-mnist") : Does.Contain("apt-get install openmpi-bin"));
        }
    }

    [Test]
    public void WithoutALauncher_DistributedMpiSaysHowToRunIt()
    {
        if (MpiCommunicator.IsLaunched)
            Assert.Ignore("this test process runs under an MPI launcher");
        var (code, _, err) = Zo("run", "synthetic", "--dim", "20", "--iters", "2", "--distributed", "mpi");
        Assert.That(code, Is.EqualTo(ExitCodes.Usage));
        Assert.That(err, MpiCommunicator.IsAvailable(out _) ? Does.Contain("mpirun -np N") : Does.Contain("apt-get install openmpi-bin"));
        Assert.That(Zo("run", "synthetic", "--fn", "ackley", "--dim", "20", "--iters", "2", "--shards", "2").Err, Does.Contain("Ackley"));
    }

    [Test]
    public void TwoRanks_KeepIdenticalParameters_EqualToTheSingleProcessShardedRun_AndTheLogReplays()
    {
        string log = Path.Combine(_dir, "m.zolog");
        string[] run = ["run", "synthetic", "--fn", "levy", "--dim", "3001", "--opt", "radazo", "--lr", "0.003", "--q", "2", "--iters", "60", "--backend", "cpu", "--check-every", "10"];
        var (code, output, err) = Mpirun(2, [.. run, "--distributed", "mpi", "--log", log]);
        Assert.That(code, Is.EqualTo(0), err + output);
        var ranks = RankLine().Matches(output).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        Assert.That(ranks.Keys, Is.EquivalentTo(new[] { "0", "1" }), output);
        Assert.That(ranks["1"], Is.EqualTo(ranks["0"]), "θ is bit-identical on both ranks");
        var perRank = RankLine().Match(output);
        // 60 steps × (2q = 4 probes + 1 evaluation for the CSV column) + the initial and final loss, 16 bytes each:
        // no parameter ever travels.
        Assert.That(perRank.Groups[3].Value, Is.EqualTo("302"));
        Assert.That(perRank.Groups[4].Value, Is.EqualTo((302 * 16).ToString(System.Globalization.CultureInfo.InvariantCulture)));

        var (scode, single, serr) = Zo([.. run, "--shards", "2"]);
        Assert.That(scode, Is.EqualTo(0), serr);
        Assert.That(FinalLine().Match(single).Value, Is.EqualTo(FinalLine().Match(output).Value), "the same run in one process, same bits");
        Assert.That(FinalLine().Match(single).Value, Does.EndWith(ranks["0"]));

        var (rcode, replay, rerr) = Zo("replay", log);
        Assert.That(rcode, Is.EqualTo(0), rerr);
        Assert.That(FinalLine().Match(replay).Value, Is.EqualTo(FinalLine().Match(output).Value), "rank 0's log replays in one process");
    }

    [Test]
    public void RanksStartedWithDifferentOptions_AreRefused_NamingTheRankAndTheField()
    {
        string[] run = ["run", "synthetic", "--fn", "quadratic", "--dim", "100", "--iters", "5", "--backend", "cpu", "--distributed", "mpi"];
        var (code, output, err) = Mpmd([[.. run, "--lr", "0.001"], [.. run, "--lr", "0.002"]]);
        Assert.That(code, Is.Not.EqualTo(0));
        Assert.That(err + output, Does.Contain("rank 1 disagrees with rank 0 on 'optimizer.lr'"));
        Assert.That(output, Does.Not.Contain("final_loss"));
    }

    [Test]
    public void AKilledRank_EndsTheJob_WithoutAHang()
    {
        string marker = Path.Combine(_dir, $"rank1-{Guid.NewGuid():N}.csv");
        string log = Path.Combine(_dir, "k.zolog");
        string[] run = ["run", "synthetic", "--fn", "quadratic", "--dim", "20000", "--opt", "sgd", "--lr", "1e-4", "--iters", "100000000", "--eval-every", "0", "--backend", "cpu", "--distributed", "mpi"];
        // Rank 1's command line carries a marker (its --csv is ignored: only rank 0 writes), so that kill can find it.
        using var job = Process.Start(MpirunInfo(["-np", "1", .. ZoArgs([.. run, "--log", log]), ":", "-np", "1", .. ZoArgs([.. run, "--csv", marker])]))!;
        var stdoutTask = job.StandardOutput.ReadToEndAsync();
        var stderrTask = job.StandardError.ReadToEndAsync();
        try
        {
            ZoProcess.WaitUntil(() => File.Exists(log) && new FileInfo(log).Length > 4000, Patience, "the job to log about a hundred steps");
            // Anchored at "dotnet": mpirun's own command line holds the marker too, and it must survive to report.
            using (var kill = Process.Start("pkill", ["-9", "-f", $"^dotnet .*{marker}"]))
                kill.WaitForExit();
            Assert.That(job.WaitForExit(Patience), Is.True, "the surviving rank and mpirun end on their own");
            Assert.That(job.ExitCode, Is.Not.EqualTo(0));
            Assert.That(stderrTask.Result + stdoutTask.Result, Does.Contain("signal 9").Or.Contain("exited on signal").Or.Contain("killed"));
        }
        finally
        {
            if (!job.HasExited)
                job.Kill(entireProcessTree: true);
        }
        var (rcode, rout, rerr) = Zo("replay", "--recover", log);
        Assert.That(rcode, Is.EqualTo(0), rerr);
        Assert.That(rout, Does.Contain("steps="));
    }

    // mpirun gives each rank a pseudo-terminal, and .NET's console switches the keypad mode of a terminal on first
    // use (ESC [?1h ESC =): a byte sequence in front of the first line, not part of zo's output.
    private static string WithoutTerminalModes(string text) => text.Replace("\u001b[?1h\u001b=", "", StringComparison.Ordinal);

    private static string[] ZoArgs(string[] args) => ["dotnet", Path.Combine(AppContext.BaseDirectory, "zo.dll"), .. args];

    private static ProcessStartInfo MpirunInfo(string[] args)
    {
        if (!MpiCommunicator.IsAvailable(out string? reason) || !File.Exists("/usr/bin/mpirun"))
            Assert.Ignore($"needs OpenMPI's mpirun: {reason ?? "mpirun not found"}");
        var info = new ProcessStartInfo("mpirun") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        // CI runs as root, and this machine may have fewer cores than ranks.
        foreach (string a in (string[])["--allow-run-as-root", "--oversubscribe", .. args])
            info.ArgumentList.Add(a);
        return info;
    }

    private static (int Code, string Out, string Err) Mpirun(int ranks, string[] args) =>
        Run(MpirunInfo(["-np", ranks.ToString(System.Globalization.CultureInfo.InvariantCulture), .. ZoArgs(args)]));

    private static (int Code, string Out, string Err) Mpmd(string[][] perRank) =>
        Run(MpirunInfo([.. perRank.SelectMany((args, i) => (string[])[.. (i == 0 ? Array.Empty<string>() : [":"]), "-np", "1", .. ZoArgs(args)])]));

    private static (int Code, string Out, string Err) Run(ProcessStartInfo info)
    {
        using var p = Process.Start(info)!;
        var o = p.StandardOutput.ReadToEndAsync();
        var e = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(Patience))
        {
            p.Kill(entireProcessTree: true);
            Assert.Fail("mpirun did not end in time");
        }
        p.WaitForExit();
        return (p.ExitCode, WithoutTerminalModes(o.Result), e.Result);
    }
}
