using ZoEngine.Tests.Support;
using ZoEngine.Tests.Workloads;

namespace ZoEngine.Tests.Cli;

/// <summary>
/// 'zo train fashion-mnist' with the core engine's zeroth-order methods: their estimator and optimizer options, bad
/// combinations refused before any data is read, the model kept on the device, the peak memory line, and a log that
/// 'zo replay' rebuilds and replays to the run's SHA-256 on another backend.
/// </summary>
public class TrainZoCommandTests() : CliTestBase("zo-train-zo-")
{
    [TestCase("MeZO-GV and MeZO-Greedy score Gaussian (or Rademacher) candidates", "--method", "gv", "--dir", "sphere")]
    [TestCase("--method mezo perturbs along Gaussian directions", "--method", "mezo", "--dir", "rademacher")]
    [TestCase("--opt must be sgd, signsgd, adamm, rmsprop or radazo, got 'lion'", "--method", "greedy", "--opt", "lion")]
    [TestCase("--state must be f32 or bf16, got 'f16'", "--method", "spsa", "--state", "f16")]
    [TestCase("--dir must be gaussian, sphere or rademacher, got 'cube'", "--method", "spsa", "--dir", "cube")]
    [TestCase("The number of queries q must be ≥ 1, got 0", "--method", "spsa", "--q", "0")]
    [TestCase("it needs 0 < alpha < 1", "--method", "gv", "--alpha", "1")]
    [TestCase("The number of candidates M must be in [2, 4096], got 1", "--method", "greedy", "--candidates", "1")]
    [TestCase("--log records one zeroth-order run in one process", "--method", "mezo,gv", "--log", "run.zolog")]
    [TestCase("--log records one zeroth-order run in one process", "--method", "bp", "--log", "run.zolog")]
    public void BadCombinations_ExitWith2_AndOneLine_BeforeAnyDataIsRead(string expected, params string[] options)
    {
        var (code, output, err) = Zo(["train", "fashion-mnist", "--data", Path.Combine(_dir, "none"), .. options]);
        Assert.That(code, Is.EqualTo(2), err);
        Assert.That(err, Does.StartWith("zo: ").And.Contain(expected));
        Assert.That(err.TrimEnd().Split('\n'), Has.Length.EqualTo(1), "one line");
        Assert.That(output, Is.Empty);
        Assert.That(File.Exists(Path.Combine(Environment.CurrentDirectory, "run.zolog")), Is.False);
    }

    [Test]
    public void AZoRunOnEmulated_WritesASealedLog_ThatReplaysOnTheCpu_ToItsSha256()
    {
        IdxTestFiles.WriteDataset(_dir, train: 24, test: 8, seed: 3, gzip: false);
        string log = Path.Combine(_dir, "run.zolog");
        var (code, output, err) = Zo("train", "fashion-mnist", "--data", _dir, "--method", "gv", "--opt", "radazo", "--state", "bf16", "--candidates", "4",
            "--alpha", "0.5", "--mu", "1e-3", "--depth", "3", "--width", "8", "--batch", "8", "--backend", "emulated", "--log", log, "--seed", "9");
        Assert.That(code, Is.EqualTo(0), err);
        Assert.That(output, Does.Contain($"wrote {log}"));
        string trained = Field(output, "params_sha256");
        Assert.That(output, Does.Contain("memory method=gv memory=device step_peak_bytes="));
        Assert.That(Field(output, "gradients"), Is.EqualTo("0"), "a ZO run holds no gradient buffers");
        // The d parameters of the 784→8→8→10 MLP and 4 bytes of bf16 R-AdaZO state per parameter.
        long d = 784 * 8 + 8 + 8 * 8 + 8 + 8 * 10 + 10;
        Assert.That(long.Parse(Field(output, "parameters")), Is.EqualTo(4 * d));
        Assert.That(long.Parse(Field(output, "optimizer_state")), Is.EqualTo(4 * d));
        // A GV step with M = 4 makes M + 2 evaluations, each one 16-byte read of the loss sum, and uploads the labels
        // once: 7 per step; the first step also uploads two tensor tables, the set's alone (perturbations) and with the
        // optimizer's moments (the update). 3 steps: (3·7 + 2)/3.
        Assert.That(Field(output, "transfers_per_step"), Is.EqualTo("7.67"));

        var replay = Zo("replay", log, "--backend", "cpu");
        Assert.That(replay.Code, Is.EqualTo(0), replay.Err);
        Assert.That(replay.Out, Does.Contain("steps=3 ended=completed").And.Contain("method=gv model=resmlp depth=3 width=8"));
        Assert.That(Field(replay.Out, "params_sha256"), Is.EqualTo(trained));
    }

    /// <summary>
    /// A log that 'zo train' wrote before networks were described by <see cref="Nn.NetworkSpec"/> (commit db2d65e: MeZO
    /// on a 784→4→4→10 residual MLP, 3 steps, Fashion-MNIST) still rebuilds its network and replays to its seal.
    /// </summary>
    [Test]
    public void AnOlderMlpLog_StillReplays_ToItsSeal()
    {
        var replay = Zo("replay", TestData.PathOf("zo-train-mlp-db2d65e.zolog"), "--backend", "cpu");
        Assert.That(replay.Code, Is.EqualTo(0), replay.Err);
        Assert.That(replay.Out, Does.Contain("steps=3 ended=completed").And.Contain("method=mezo model=resmlp depth=3 width=4"));
        // The SHA-256 that run printed as it ended (params_sha256 of 'zo train').
        Assert.That(Field(replay.Out, "params_sha256"), Is.EqualTo("6498d690e74e657f2a018c92f1c496c9594bed60d002753a83101f7da1be47e7"));
    }

    private static string Field(string output, string name) =>
        output.Split('\n', ' ').Last(f => f.StartsWith(name + "=", StringComparison.Ordinal)).Split('=')[1].Trim();
}
