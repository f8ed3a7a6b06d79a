using System.Globalization;
using ZoEngine.Cli;
using ZoEngine.Tests.Support;
using ZoEngine.Tests.Workloads;
using ZoEngine.Workloads.Data;

namespace ZoEngine.Tests.Cli;

/// <summary>
/// 'zo train fashion-mnist' with convolutional networks: every method through the command on a few images, a ZO log
/// that 'zo replay' rebuilds to its seal, a saved conv model that 'zo attack --model' loads, and every refusal (bad
/// combinations before any data is read, a geometry that does not fit the images when the model is built).
/// </summary>
public class TrainConvCommandTests() : CliTestBase("zo-train-conv-")
{
    /// <summary>A resnet of one block per stage, 2 channels: a few thousand parameters, so every method takes well under a second.</summary>
    private static readonly string[] TinyResNet = ["--model", "resnet", "--depth", "2", "--width", "2", "--stages", "2", "--batch", "4"];

    [TestCase("--stages shapes the conv nets (cnn, resnet); --model resmlp has none", "--stages", "2")]
    [TestCase("--stages shapes the conv nets (cnn, resnet); --model mlp has none", "--model", "mlp", "--stages", "3")]
    [TestCase("--model must be mlp, resmlp, cnn, resnet or mnist-cnn, got 'vgg'", "--model", "vgg")]
    [TestCase("--model mnist-cnn has a fixed shape", "--model", "mnist-cnn", "--width", "8")]
    [TestCase("--model resnet: A resnet has 1 to 8 stages, got 9", "--model", "resnet", "--stages", "9", "--depth", "9")]
    [TestCase("--model cnn: A cnn of 3 stages needs depth ≥ 3", "--model", "cnn", "--stages", "3", "--depth", "2")]
    [TestCase("--stages must be ≥ 1, got 0", "--model", "cnn", "--stages", "0")]
    [TestCase("--width must be ≥ 1, got 0", "--model", "resnet", "--width", "0")]
    [TestCase("--method cge perturbs one weight at a time from the host and cannot run on --backend emulated", "--model", "resnet", "--method", "cge", "--backend", "emulated")]
    [TestCase("--method cge perturbs one weight at a time from the host and cannot run on --backend cuda", "--model", "cnn", "--method", "bp,cge", "--backend", "cuda")]
    [TestCase("--cge-density, --cge-score, --cge-step and --cge-redraw-every set up --method cge", "--model", "resnet", "--method", "hzo", "--cge-density", "0.5")]
    [TestCase("--cge-density must be in (0, 1], got 1.5", "--model", "resnet", "--method", "cge", "--cge-density", "1.5")]
    [TestCase("--cge-density must be in (0, 1], got 0", "--model", "resnet", "--method", "cge", "--cge-density", "0")]
    [TestCase("--cge-score must be random or magnitude, got 'fisher'", "--model", "resnet", "--method", "cge", "--cge-score", "fisher")]
    [TestCase("--cge-step must be finite and > 0, got 0", "--model", "resnet", "--method", "cge", "--cge-step", "0")]
    [TestCase("--cge-redraw-every must be ≥ 0, got -1", "--model", "resnet", "--method", "cge", "--cge-redraw-every", "-1")]
    [TestCase("--log records one zeroth-order run in one process", "--model", "resnet", "--method", "cge", "--log", "run.zolog")]
    [TestCase("--method must be a comma list of bp, hzo, hzo-nospp, neuronwise, mezo, spsa, gv, greedy or cge, got 'dz'", "--model", "resnet", "--method", "dz")]
    public void BadCombinations_ExitWith2_AndOneLine_BeforeAnyDataIsRead(string expected, params string[] options)
    {
        var (code, output, err) = Zo(["train", "fashion-mnist", "--data", Path.Combine(_dir, "none"), .. options]);
        Assert.That(code, Is.EqualTo(ExitCodes.Usage), err);
        Assert.That(err, Does.StartWith("zo: ").And.Contain(expected));
        Assert.That(err.TrimEnd().Split('\n'), Has.Length.EqualTo(1), "one line");
        Assert.That(output, Is.Empty);
    }

    /// <summary>
    /// mnist-cnn's two unpadded 3×3 convolutions leave 2×2 of a 4×4 image, which its second 3×3 kernel cannot cover:
    /// refused when the model is built from the images' size, naming the layer and the sizes.
    /// </summary>
    [Test]
    public void AGeometryThatDoesNotFitTheImages_IsRefused_NamingTheLayerAndSizes()
    {
        WriteSmallImages(_dir, side: 4, train: 6, test: 2);
        string csv = Path.Combine(_dir, "never.csv");
        var (code, output, err) = Zo("train", "fashion-mnist", "--data", _dir, "--model", "mnist-cnn", "--method", "bp", "--csv", csv);
        Assert.That(code, Is.EqualTo(ExitCodes.Usage), err);
        Assert.That(err.TrimEnd().Split('\n'), Has.Length.EqualTo(1), err);
        Assert.That(err, Does.StartWith("zo: --model mnist-cnn on 1×4×4 images: ").And.Contain("kernel 3×3 is larger than the padded input 2×2"));
        Assert.That(output, Is.Empty);
        Assert.That(File.Exists(csv), Is.False, "nothing is written before the refusal");
    }

    [Test]
    public void AResnetOnSmallImages_ThatFits_Trains()
    {
        // The same 4×4 images fit a resnet: padded 3×3 convolutions and a stride-2 stage give 4×4 → 2×2.
        WriteSmallImages(_dir, side: 4, train: 8, test: 4);
        var (code, output, err) = Zo(["train", "fashion-mnist", "--data", _dir, .. TinyResNet, "--method", "hzo"]);
        Assert.That(code, Is.EqualTo(0), err);
        Assert.That(output, Does.Contain("8 training and 4 test images of 4x4").And.Contain("result method=hzo optimizer=adam"));
    }

    [Test]
    public void EveryMethod_TrainsATinyResnet_WithFiniteResults_AndTheDefaultsItSays()
    {
        IdxTestFiles.WriteDataset(_dir, train: 8, test: 4, seed: 3, gzip: false);
        string[] methods = ["bp", "hzo", "hzo-nospp", "neuronwise", "mezo", "spsa", "gv", "greedy", "cge"];
        string csv = Path.Combine(_dir, "all.csv");
        var (code, output, err) = Zo(["train", "fashion-mnist", "--data", _dir, .. TinyResNet, "--method", string.Join(',', methods),
            "--test-limit", "4", "--cge-density", "0.05", "--csv", csv]);
        Assert.That(code, Is.EqualTo(0), err);
        Assert.That(output, Does.Contain("model: resnet depth=2 width=2 stages=2 activation=relu batch=4 epochs=1 seed=1 cge_density=0.05 cge_score=random cge_step=0.005 cge_redraw_every=0"));
        foreach (string m in methods)
        {
            var line = output.Split('\n').Single(l => l.StartsWith($"result method={m} ", StringComparison.Ordinal));
            double accuracy = double.Parse(Field(line, "test_accuracy"), CultureInfo.InvariantCulture);
            Assert.That(accuracy, Is.InRange(0.0, 1.0), line);
            Assert.That(double.IsFinite(double.Parse(Field(line, "test_loss"), CultureInfo.InvariantCulture)), line);
            Assert.That(long.Parse(Field(line, "layer_evaluations"), CultureInfo.InvariantCulture), Is.GreaterThan(0), line);
            Assert.That(output, Does.Contain($"memory method={m} memory=host peak_rss_bytes="));
        }
        // One CSV row per method (one evaluation per epoch), all finite.
        var rows = File.ReadAllLines(csv).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.That(rows.Select(r => r[0]), Is.EqualTo(methods));
        // Forward differences on 5% of the weights leave the other 95% unchanged: CGE moved, and not like backprop.
        Assert.That(Field(Line(output, "cge"), "test_loss"), Is.Not.EqualTo(Field(Line(output, "bp"), "test_loss")));
    }

    /// <summary>HZO with SPP equals HZO without it bit for bit (docs/hzo.md), so the two runs end in the same state.</summary>
    [Test]
    public void HzoWithAndWithoutSpp_TrainTheSameCnn()
    {
        IdxTestFiles.WriteDataset(_dir, train: 8, test: 4, seed: 5, gzip: false);
        var (code, output, err) = Zo("train", "fashion-mnist", "--data", _dir, "--model", "cnn", "--depth", "2", "--width", "2", "--batch", "4",
            "--method", "hzo,hzo-nospp", "--epochs", "2");
        Assert.That(code, Is.EqualTo(0), err);
        Assert.That(Field(Line(output, "hzo-nospp"), "test_loss"), Is.EqualTo(Field(Line(output, "hzo"), "test_loss")));
        Assert.That(Field(Line(output, "hzo-nospp"), "test_accuracy"), Is.EqualTo(Field(Line(output, "hzo"), "test_accuracy")));
        Assert.That(long.Parse(Field(Line(output, "hzo-nospp"), "layer_evaluations"), CultureInfo.InvariantCulture),
            Is.GreaterThan(long.Parse(Field(Line(output, "hzo"), "layer_evaluations"), CultureInfo.InvariantCulture)), "SPP probes fewer rows");
    }

    [Test]
    public void AConvZoLog_ReplaysToItsSeal_OnTheCpu()
    {
        IdxTestFiles.WriteDataset(_dir, train: 12, test: 4, seed: 3, gzip: false);
        string log = Path.Combine(_dir, "conv.zolog");
        var (code, output, err) = Zo(["train", "fashion-mnist", "--data", _dir, .. TinyResNet, "--method", "mezo", "--log", log, "--seed", "4"]);
        Assert.That(code, Is.EqualTo(0), err);
        string trained = Field(output, "params_sha256");
        var replay = Zo("replay", log, "--backend", "cpu");
        Assert.That(replay.Code, Is.EqualTo(0), replay.Err);
        Assert.That(replay.Out, Does.Contain("steps=3 ended=completed").And.Contain("method=mezo model=resnet depth=2 width=2 stages=2 activation=relu"));
        Assert.That(Field(replay.Out, "params_sha256"), Is.EqualTo(trained));
    }

    [Test]
    public void AConvModelOnEmulated_StaysOnTheDevice_AndItsZoLogReplaysOnTheCpu()
    {
        IdxTestFiles.WriteDataset(_dir, train: 8, test: 4, seed: 3, gzip: false);
        string log = Path.Combine(_dir, "emulated.zolog");
        var (code, output, err) = Zo(["train", "fashion-mnist", "--data", _dir, "--model", "cnn", "--depth", "2", "--width", "2", "--batch", "4",
            "--method", "mezo", "--backend", "emulated", "--log", log]);
        Assert.That(code, Is.EqualTo(0), err);
        Assert.That(output, Does.Contain("memory method=mezo memory=device step_peak_bytes="));
        Assert.That(Field(output, "gradients"), Is.EqualTo("0"), "a ZO run holds no gradient buffers");
        var replay = Zo("replay", log, "--backend", "cpu");
        Assert.That(replay.Code, Is.EqualTo(0), replay.Err);
        Assert.That(Field(replay.Out, "params_sha256"), Is.EqualTo(Field(output, "params_sha256")));
    }

    /// <summary>
    /// Two methods in one run on a device: each memory line is that method's own peak, so backprop's gradients are not
    /// counted again in the MeZO line that follows, and MeZO's parameters are the model's size, as backprop's are.
    /// </summary>
    [Test]
    public void DeviceMemoryLines_CountEachMethodOnce()
    {
        IdxTestFiles.WriteDataset(_dir, train: 8, test: 4, seed: 3, gzip: false);
        var (code, output, err) = Zo("train", "fashion-mnist", "--data", _dir, "--model", "cnn", "--depth", "2", "--width", "2", "--batch", "4",
            "--method", "bp,mezo", "--backend", "emulated");
        Assert.That(code, Is.EqualTo(0), err);
        string bp = output.Split('\n').Single(l => l.StartsWith("memory method=bp ", StringComparison.Ordinal));
        string mezo = output.Split('\n').Single(l => l.StartsWith("memory method=mezo ", StringComparison.Ordinal));
        Assert.That(Field(bp, "parameters"), Is.EqualTo(Field(mezo, "parameters")), "the same model, counted once in each");
        Assert.That(long.Parse(Field(bp, "gradients"), CultureInfo.InvariantCulture), Is.EqualTo(long.Parse(Field(bp, "parameters"), CultureInfo.InvariantCulture)));
        Assert.That(Field(mezo, "gradients"), Is.EqualTo("0"), "backprop's gradients are gone before MeZO starts");
    }

    [Test]
    public void ASavedConvModel_LoadsInZoAttack()
    {
        IdxTestFiles.WriteDataset(_dir, train: 8, test: 6, seed: 3, gzip: false);
        string model = Path.Combine(_dir, "resnet.safetensors");
        var (code, output, err) = Zo(["train", "fashion-mnist", "--data", _dir, .. TinyResNet, "--method", "bp", "--save", model]);
        Assert.That(code, Is.EqualTo(0), err);
        Assert.That(output, Does.Contain($"wrote {model}"));
        var attack = Zo("attack", "fashion-mnist", "--model", model, "--data", _dir, "--images", "2", "--opts", "sgd", "--max-iters", "5");
        Assert.That(attack.Code, Is.EqualTo(0), attack.Err);
        Assert.That(attack.Out, Does.Contain("model resnet of 4 units"));
        // The file exists now: a second save is refused and the file kept.
        var again = Zo(["train", "fashion-mnist", "--data", _dir, .. TinyResNet, "--method", "bp", "--save", model]);
        Assert.That(again.Code, Is.EqualTo(ExitCodes.Usage));
        Assert.That(again.Err, Does.Contain("already exists; it is kept"));
    }

    private static string Line(string output, string method) =>
        output.Split('\n').Single(l => l.StartsWith($"result method={method} ", StringComparison.Ordinal));

    private static string Field(string output, string name) =>
        output.Split('\n', ' ').Last(f => f.StartsWith(name + "=", StringComparison.Ordinal)).Split('=')[1].Trim();

    /// <summary>A Fashion-MNIST-shaped directory of side×side images (noise, label-dependent brightness).</summary>
    private static void WriteSmallImages(string directory, int side, int train, int test)
    {
        var rng = new Random(7);
        void Write((string Images, string Labels) names, int count)
        {
            var labels = new byte[count];
            var pixels = new byte[count * side * side];
            for (int i = 0; i < count; i++)
            {
                labels[i] = (byte)(i % FashionMnist.ClassCount);
                for (int p = 0; p < side * side; p++)
                    pixels[i * side * side + p] = (byte)(rng.Next(0, 40) + 20 * labels[i]);
            }
            IdxTestFiles.Save(Path.Combine(directory, names.Images), IdxTestFiles.Bytes(IdxReader.UnsignedByte, [count, side, side], pixels), gzip: false);
            IdxTestFiles.Save(Path.Combine(directory, names.Labels), IdxTestFiles.Bytes(IdxReader.UnsignedByte, [count], labels), gzip: false);
        }
        Write(FashionMnist.TrainFiles, train);
        Write(FashionMnist.TestFiles, test);
    }
}
