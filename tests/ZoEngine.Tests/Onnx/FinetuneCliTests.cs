using System.Text.RegularExpressions;
using ZoEngine.Tests.Support;

namespace ZoEngine.Tests.Onnx;

/// <summary>
/// 'zo finetune' and 'zo replay' of its log, on all-MiniLM-L6-v2 and a small fortunes folder written by the test:
/// every bad input is one line and exit 2 before any training, and a replayed log gives the run's parameters.
/// </summary>
[NonParallelizable]
public partial class FinetuneCliTests() : CliTestBase("zo-finetune-")
{
    [GeneratedRegex(@"params_sha256=([0-9a-f]{64})")]
    private static partial Regex Digest();

    private string Data()
    {
        string dir = Path.Combine(_dir, "fortunes");
        Directory.CreateDirectory(dir);
        FortunesTests.WriteCategories(dir, 12, "alpha", "beta");
        return dir;
    }

    /// <summary>A small valid run, which each bad-input test changes in one place.</summary>
    private string[] Args(params string[] overrides)
    {
        var options = new Dictionary<string, string>
        {
            ["--data"] = Data(), ["--categories"] = "alpha,beta", ["--shots"] = "4", ["--test-per-class"] = "4",
            ["--batch"] = "4", ["--steps"] = "2", ["--method"] = "mezo", ["--max-tokens"] = "8", ["--threads"] = "1", ["--evals"] = "1",
            ["--trainable"] = @"layer\.5\.output",
        };
        for (int i = 0; i < overrides.Length; i += 2)
            options[overrides[i]] = overrides[i + 1];
        return ["finetune", .. options.SelectMany(kv => new[] { kv.Key, kv.Value })];
    }

    private void AssertRefused((int Code, string Out, string Err) r, string message)
    {
        Assert.That(r.Code, Is.EqualTo(2), r.Err);
        Assert.That(r.Err.Trim(), Does.Contain(message).And.Not.Contain("\n"), "one line");
        Assert.That(r.Out, Does.Not.Contain("result method="), "refused before any training");
        Assert.That(File.Exists(Path.Combine(_dir, "run.zolog")), Is.False, "no log was started");
    }

    [Test]
    public void AGoodRun_ThenReplayOfItsLog_GivesTheSameParameters()
    {
        string log = Path.Combine(_dir, "run.zolog");
        var run = Zo(Args("--log", log));
        Assert.That(run.Code, Is.EqualTo(0), run.Err);
        Assert.That(run.Out, Does.Contain("result method=mezo optimizer=sgd").And.Contain("steps=2 forwards=4"));
        var replay = Zo("replay", log, "--backend", "cpu");
        Assert.That(replay.Code, Is.EqualTo(0), replay.Err);
        Assert.That(replay.Out, Does.Contain("steps=2"));
        string trained = Digest().Match(run.Out).Groups[1].Value;
        Assert.That(Digest().Match(replay.Out).Groups[1].Value, Is.EqualTo(trained));
        // The log's header names the untrained start: the run changed it, so the digest above is not the start's.
        var header = ZoEngine.Trajectory.TrajectoryReader.Open(log);
        Assert.That(header["finetune.initial_params_sha256"], Is.Not.EqualTo(trained));
        header.Dispose();
    }

    private string LogWith(string modelSha, string headInit)
    {
        string path = Path.Combine(_dir, "header.zolog");
        var metadata = new List<KeyValuePair<string, string>>
        {
            new("problem", "finetune"), new("finetune.model", "minilm"), new("finetune.model_sha256", modelSha),
            new("finetune.trainable", @"layer\.5\.output\.dense\.bias"), new("finetune.head.classes", "2"), new("finetune.head.width", "384"),
            new("finetune.head.init", headInit),
        };
        // A header and a seal: the start is what these tests are about, and an unsealed log would be refused first.
        using (var writer = ZoEngine.Trajectory.TrajectoryWriter.Create(path, metadata))
            writer.Seal(ZoEngine.Trajectory.TrajectoryEnd.Completed, new byte[32]);
        return path;
    }

    [Test]
    public void TheOwnForward_StartsFromTheSameParameters_AsOnnxRuntime_OnTheCpuAndOnEmulated()
    {
        var ort = Zo(Args("--method", "zeroshot"));
        var cpu = Zo(Args("--method", "zeroshot", "--forward", "own"));
        var emulated = Zo(Args("--method", "zeroshot", "--forward", "own", "--backend", "emulated"));
        foreach (var r in new[] { ort, cpu, emulated })
            Assert.That(r.Code, Is.EqualTo(0), r.Err);
        Assert.That(cpu.Out, Does.Contain("forward: own transformer layers, backend: cpu"));
        Assert.That(emulated.Out, Does.Contain("forward: own transformer layers, backend: emulated"));
        string start = Digest().Match(ort.Out).Groups[1].Value;
        Assert.That(start, Has.Length.EqualTo(64));
        // Same names, ids, order and bytes, so that a log written through either forward replays onto the other's start.
        Assert.That(Digest().Match(cpu.Out).Groups[1].Value, Is.EqualTo(start));
        Assert.That(Digest().Match(emulated.Out).Groups[1].Value, Is.EqualTo(start));
        // The zero-shot classifier scores the same test texts the same through both forwards (they differ by ~1e-7).
        Assert.That(Accuracy(cpu.Out), Is.EqualTo(Accuracy(ort.Out)));
    }

    [TestCase("mezo")]
    [TestCase("radazo")]
    public void AnEmulatedRunOfTheOwnForward_ReplaysOnTheCpu_ToTheSameParameters(string method)
    {
        string log = Path.Combine(_dir, "run.zolog");
        var run = Zo(Args("--method", method, "--forward", "own", "--backend", "emulated", "--log", log, "--batch", "2", "--test-per-class", "2"));
        Assert.That(run.Code, Is.EqualTo(0), run.Err);
        Assert.That(run.Out, Does.Contain($"result method={method}").And.Contain("steps=2 forwards=4"));
        var replay = Zo("replay", log, "--backend", "cpu");
        Assert.That(replay.Code, Is.EqualTo(0), replay.Err);
        string trained = Digest().Match(run.Out).Groups[1].Value;
        Assert.That(Digest().Match(replay.Out).Groups[1].Value, Is.EqualTo(trained));
        using var header = ZoEngine.Trajectory.TrajectoryReader.Open(log);
        Assert.That(trained, Is.Not.EqualTo(header["finetune.initial_params_sha256"]), "the run moved θ");
    }

    [Test]
    public void LinearProbing_ThroughTheOwnForwardOnEmulated_UpdatesTheHeadWhereItLives()
    {
        var cpu = Zo(Args("--method", "linear", "--forward", "own"));
        var emulated = Zo(Args("--method", "linear", "--forward", "own", "--backend", "emulated"));
        Assert.That(cpu.Code, Is.EqualTo(0), cpu.Err);
        Assert.That(emulated.Code, Is.EqualTo(0), emulated.Err);
        var start = Digest().Match(Zo(Args("--method", "zeroshot")).Out).Groups[1].Value;
        string onDevice = Digest().Match(emulated.Out).Groups[1].Value;
        // The head is trained on the host copy and written back to the device set: θ's digest, read from the device, moved.
        Assert.That(onDevice, Is.Not.EqualTo(start));
        Assert.That(Accuracy(emulated.Out), Is.EqualTo(Accuracy(cpu.Out)));
    }

    [Test]
    public void OnnxRuntimeOnADevice() =>
        AssertRefused(Zo(Args("--backend", "emulated")), "--forward ort runs ONNX Runtime on the CPU; --backend emulated needs --forward own.");

    [Test]
    public void UnknownForward() =>
        AssertRefused(Zo(Args("--forward", "torch")), "Argument 'torch' not recognized. Must be one of: 'ort' 'own'");

    [Test]
    public void TheOwnForwardOnCuda_WithoutADevice() =>
        AssertRefused(Zo(Args("--forward", "own", "--backend", "cuda")), "CUDA");

    [TestCase("emulated")]
    [TestCase("cuda")]
    public void BenchOnnx_TheOwnForwardOnADevice_CountsTheStepsDeviceBytes(string backend)
    {
        if (backend == "cuda")
            BackendCases.CreateCuda().Dispose();   // skipped with the driver's reason where there is no device
        var r = Zo("bench", "onnx", "--forward", "own", "--backend", backend, "--batch", "2", "--tokens", "4", "--repeats", "1");
        Assert.That(r.Code, Is.EqualTo(0), r.Err);
        // all-MiniLM-L6-v2's 22,713,216 float parameters (docs/transformer.md) and a 2-class head (a batch of 2) on its 384 features.
        const long theta = 22_713_216L + 2 * 384 + 2;
        long Field(string method, string key) => long.Parse(Regex.Match(r.Out, $@"memory method={method} .*?\b{key}=(\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(Field("mezo-sgd", "parameters"), Is.EqualTo(4 * theta));
        Assert.That(Field("mezo-sgd", "optimizer_state"), Is.EqualTo(0));
        // R-AdaZO keeps m and v, 2 bytes each in bfloat16.
        Assert.That(Field("radazo-bf16", "optimizer_state"), Is.EqualTo(4 * theta));
        long peak = Field("mezo-sgd", "step_peak_bytes");
        long held = Field("mezo-sgd", "parameters") + Field("mezo-sgd", "activations") + Field("mezo-sgd", "workspace") + Field("mezo-sgd", "inputs");
        Assert.That(peak, Is.GreaterThanOrEqualTo(4 * theta).And.LessThanOrEqualTo(held));
    }

    [Test]
    public void BenchOnnx_ABatchOfOne() =>
        AssertRefused(Zo("bench", "onnx", "--forward", "own", "--batch", "1"), "--batch");

    [Test]
    public void BenchOnnx_OnnxRuntimeOnADevice() =>
        AssertRefused(Zo("bench", "onnx", "--backend", "emulated"), "--forward ort runs ONNX Runtime on the CPU; --backend emulated needs --forward own.");

    private static string Accuracy(string output) => Regex.Match(output, @"test_accuracy=([0-9.]+)").Groups[1].Value;

    private static string MiniLmSha()
    {
        using var stream = ZoEngine.Onnx.OnnxModelSource.MiniLm.Open();
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stream));
    }

    [Test]
    public void Replay_RefusesALogOfAnotherModel()
    {
        var r = Zo("replay", LogWith(new string('0', 64), ""), "--backend", "cpu");
        Assert.That(r.Code, Is.EqualTo(2), r.Err);
        Assert.That(r.Err, Does.Contain("was written for a model with SHA-256 0000"));
    }

    [Test]
    public void Replay_CallsAHeaderWithABadHeadDamaged()
    {
        var r = Zo("replay", LogWith(MiniLmSha(), "AAAA"), "--backend", "cpu");
        Assert.That(r.Code, Is.EqualTo(3), r.Err);
        Assert.That(r.Err, Does.Contain("'finetune.head.init' holds 3 bytes"));
    }

    [Test]
    public void MissingModel() =>
        AssertRefused(Zo(Args("--model", Path.Combine(_dir, "none.onnx"))), "No ONNX model at");

    [Test]
    public void UnparsableModel()
    {
        string path = Path.Combine(_dir, "junk.onnx");
        File.WriteAllText(path, "this is not protobuf \xff\xfe");
        AssertRefused(Zo(Args("--model", path)), "is not an ONNX model");
    }

    [Test]
    public void ModelWithoutFloatInitializers()
    {
        string path = Path.Combine(_dir, "ints.onnx");
        File.WriteAllBytes(path, OnnxTestModels.IntegerOnly());
        AssertRefused(Zo(Args("--model", path)), "has no float32 initializers");
    }

    [Test]
    public void ModelThatIsNotATextEncoder()
    {
        string path = Path.Combine(_dir, "affine.onnx");
        File.WriteAllBytes(path, OnnxTestModels.Affine([1, 2, 3, 4, 5, 6], [1, 2, 3]));
        AssertRefused(Zo(Args("--model", path, "--trainable", "W")), "has no input 'input_ids'");
    }

    [Test]
    public void TrainablePatternMatchingNothing() =>
        AssertRefused(Zo(Args("--trainable", "decoder")), "matches none of the 103 float32 initializers");

    [Test]
    public void TrainablePatternThatIsNoRegex() =>
        AssertRefused(Zo(Args("--trainable", "layer[")), "--trainable must be a regular expression");

    [Test]
    public void UnknownCategory() =>
        AssertRefused(Zo(Args("--categories", "alpha,gamma")), "Unknown fortunes category 'gamma'");

    [Test]
    public void TooFewEntriesForTheShots() =>
        AssertRefused(Zo(Args("--shots", "9")), "fewer than the 9 shots");

    [Test]
    public void BatchLargerThanTheTrainingSet() =>
        AssertRefused(Zo(Args("--batch", "9")), "--batch 9 is larger than the training set of 8 texts");

    [Test]
    public void MissingFortunes() =>
        AssertRefused(Zo(Args("--data", Path.Combine(_dir, "nowhere"))), "apt-get install fortunes");

    [Test]
    public void UnknownMethod() =>
        AssertRefused(Zo(Args("--method", "mezo,sgd")), "--method must be a comma list of zeroshot, linear, mezo, gv, greedy, adamm or radazo, got 'sgd'");

    [Test]
    public void ALogWithTwoZoMethods() =>
        AssertRefused(Zo(Args("--method", "mezo,radazo", "--log", Path.Combine(_dir, "run.zolog"))), "--log records one ZO run");
}
