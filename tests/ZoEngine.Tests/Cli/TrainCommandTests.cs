using System.Globalization;
using ZoEngine.Cli;
using ZoEngine.Tests.Support;
using ZoEngine.Tests.Workloads;
using ZoEngine.Workloads.Data;

namespace ZoEngine.Tests.Cli;

/// <summary>'zo train fashion-mnist': argument errors, the missing-dataset message, and tiny runs on IDX files the test writes.</summary>
public class TrainCommandTests() : CliTestBase("zo-train-")
{
    [TestCase("--depth", "1", "--depth must be ≥ 2, got 1")]
    [TestCase("--width", "0", "--width must be ≥ 1, got 0")]
    [TestCase("--epochs", "0", "--epochs must be ≥ 1")]
    [TestCase("--batch", "-3", "--batch must be ≥ 1")]
    // One error style for every parser (issue 19): "OPTION must be WHAT, got VALUE."
    [TestCase("--method", "sgd", "--method must be a comma list of bp, hzo, hzo-nospp, neuronwise, mezo, spsa, gv, greedy or cge, got 'sgd'")]
    [TestCase("--method", "bp,bp", "--method must name each at most once, got 'bp' twice")]
    [TestCase("--method", "bp,", "--method must be a comma list without empty elements, got 'bp,'")]
    [TestCase("--method", ",bp", "without empty elements")]
    [TestCase("--method", "", "without empty elements")]
    [TestCase("--optimizer", "rmsprop", "--optimizer must be adam or sgd, got 'rmsprop'")]
    [TestCase("--model", "vgg", "--model must be mlp, resmlp, cnn, resnet or mnist-cnn, got 'vgg'")]
    [TestCase("--activation", "swish", "--activation must be gelu, relu or tanh")]
    [TestCase("--lr", "-1", "--lr must be a positive finite number, got '-1'")]
    [TestCase("--lr", "NaN", "--lr must be a positive finite number, got 'NaN'")]
    [TestCase("--lr", "bp=Infinity", "--lr must be a positive finite number, got 'Infinity'")]
    [TestCase("--lr", "bp=1e-3,", "--lr must be a comma list without empty elements")]
    [TestCase("--lr", "adam=1", "--lr must be a rate or entries name=rate with a name among bp, hzo, hzo-nospp, neuronwise, mezo, spsa, gv, greedy or cge, got 'adam'")]
    [TestCase("--lr", "bp:1", "--lr must be a positive finite number, got 'bp:1'")]
    [TestCase("--mu", "0", "--mu must be finite and > 0")]
    [TestCase("--mu", "NaN", "--mu must be finite and > 0, got NaN")]
    [TestCase("--csv", "", "--csv must be a path, got ''")]
    [TestCase("--train-limit", "0", "--train-limit must be ≥ 1")]
    [TestCase("--evals-per-epoch", "0", "--evals-per-epoch must be ≥ 1")]
    [TestCase("--gemm", "mkl", "--gemm: Unknown GEMM 'mkl'")]
    [TestCase("--opt", "adam", "--opt must be sgd, signsgd, adamm, rmsprop or radazo, got 'adam'")]
    public void BadArguments_ExitWith2_AndOneLine(string option, string value, string expected)
    {
        // --data points nowhere: the arguments must be rejected before any data is read.
        var (code, output, err) = Zo("train", "fashion-mnist", option, value, "--data", Path.Combine(_dir, "none"));
        Assert.That(code, Is.EqualTo(2), err);
        Assert.That(err, Does.StartWith("zo: ").And.Contain(expected));
        Assert.That(err.TrimEnd().Split('\n'), Has.Length.EqualTo(1), "one line");
        Assert.That(output, Is.Empty);
    }

    [Test]
    public void AnEmptyDataPath_IsAnError_NotTheDefault()
    {
        var (code, output, err) = Zo("train", "fashion-mnist", "--data", "");
        Assert.That(code, Is.EqualTo(2), err);
        Assert.That(err.TrimEnd(), Is.EqualTo("zo: --data must be a path, got ''."));
        Assert.That(output, Is.Empty);
    }

    [Test]
    public void MissingDataset_SaysHowToInstallOrPassAPath()
    {
        string missing = Path.Combine(_dir, "fashion");
        var (code, _, err) = Zo("train", "fashion-mnist", "--data", missing);
        Assert.That(code, Is.EqualTo(2));
        Assert.That(err, Does.Contain(missing).And.Contain("does not exist").And.Contain("sudo apt-get install dataset-fashion-mnist"));
        Assert.That(err.TrimEnd().Split('\n'), Has.Length.EqualTo(1));
    }

    [Test]
    public void DamagedDataset_NamesTheFile()
    {
        IdxTestFiles.WriteDataset(_dir, train: 10, test: 4, seed: 2, gzip: true);
        string labels = Path.Combine(_dir, FashionMnist.TrainFiles.Labels + ".gz");
        File.WriteAllBytes(labels, File.ReadAllBytes(labels)[..20]);
        var (code, _, err) = Zo("train", "fashion-mnist", "--data", _dir);
        Assert.That(code, Is.EqualTo(2));
        Assert.That(err, Does.Contain(labels).And.Contain("truncated"));
    }

    [Test]
    public void EveryMethod_OneEpoch_WritesTheCsvColumnsWithFiniteValues_AndThePlot()
    {
        IdxTestFiles.WriteDataset(_dir, train: 48, test: 20, seed: 3, gzip: true);
        string csv = Path.Combine(_dir, "out", "train.csv"), svg = Path.Combine(_dir, "out", "train.svg");
        string[] methods = ["bp", "hzo", "neuronwise", "mezo"];
        var (code, output, err) = Zo("train", "fashion-mnist", "--data", _dir, "--method", string.Join(',', methods), "--depth", "4", "--width", "16",
            "--epochs", "1", "--batch", "16", "--evals-per-epoch", "2", "--seed", "5", "--csv", csv, "--svg", svg);
        Assert.That(code, Is.EqualTo(0), err);
        Assert.That(output, Does.Contain("48 training and 20 test images of 28x28"));
        var lines = File.ReadAllLines(csv);
        Assert.That(lines[0], Is.EqualTo("method,optimizer,lr,epoch,step,train_loss,test_loss,test_accuracy,train_seconds,layer_evaluations"));
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();
        foreach (string method in methods)
        {
            // 3 steps of 16, 2 evaluations: after step 2 (epoch 2/3) and after step 3 (the end of the epoch).
            var mine = rows.Where(r => r[0] == method).ToList();
            Assert.That(mine, Has.Count.EqualTo(2), method);
            Assert.That(mine.Select(r => r[4]), Is.EqualTo(new[] { "2", "3" }), $"{method} steps");
            Assert.That(double.Parse(mine[1][3], CultureInfo.InvariantCulture), Is.EqualTo(1.0), $"{method} ends at epoch 1");
            Assert.That(mine[0][1], Is.EqualTo("adam"));
            Assert.That(mine[0][2], Is.EqualTo("0.001"), $"{method} default rate with adam");
            foreach (var r in mine)
            {
                for (int c = 2; c < r.Length; c++)
                    Assert.That(double.IsFinite(double.Parse(r[c], CultureInfo.InvariantCulture)), $"{method} column {lines[0].Split(',')[c]} = {r[c]}");
                double accuracy = double.Parse(r[7], CultureInfo.InvariantCulture);
                Assert.That(accuracy, Is.InRange(0.0, 1.0));
                Assert.That(double.Parse(r[5], CultureInfo.InvariantCulture), Is.GreaterThan(0), "cross-entropy is positive");
                Assert.That(long.Parse(r[9], CultureInfo.InvariantCulture), Is.GreaterThan(0));
            }
            Assert.That(output, Does.Contain($"result method={method} "));
        }
        long Evaluations(string m) => long.Parse(rows.Last(r => r[0] == m)[9], CultureInfo.InvariantCulture);
        // Probes make HZO dearer than backprop, and neuron-wise dearer than HZO (W·L(L−1) against W·L·log₂L probes).
        Assert.That(Evaluations("hzo"), Is.GreaterThan(Evaluations("bp")));
        Assert.That(Evaluations("neuronwise"), Is.GreaterThan(Evaluations("hzo")));
        string plot = File.ReadAllText(svg);
        Assert.That(plot, Does.StartWith("<svg").Or.StartWith("<?xml"));
        foreach (string method in methods)
            Assert.That(plot, Does.Contain($"{method} (adam"));
    }

    [Test]
    public void SameSeed_SameResult()
    {
        IdxTestFiles.WriteDataset(_dir, train: 32, test: 10, seed: 3, gzip: false);
        string[] args = ["train", "fashion-mnist", "--data", _dir, "--method", "bp", "--depth", "3", "--width", "8", "--batch", "8", "--optimizer", "sgd", "--lr", "0.1"];
        string Result(string output) => output.Split('\n').Single(l => l.StartsWith("result ", StringComparison.Ordinal)).Split(" train_seconds")[0];
        var first = Zo(args);
        var second = Zo(args);
        Assert.That(first.Code, Is.EqualTo(0), first.Err);
        Assert.That(Result(second.Out), Is.EqualTo(Result(first.Out)));
        Assert.That(Result(first.Out), Does.Contain("optimizer=sgd lr=0.1 "));
    }

    [TestCase("sgd", "bp=0.03", "mezo=0.0003")]
    [TestCase("adam", "bp=0.001", "mezo=0.001")]
    public void DefaultRates_DependOnMethodAndOptimizer(string optimizer, string bp, string mezo)
    {
        IdxTestFiles.WriteDataset(_dir, train: 16, test: 4, seed: 3, gzip: false);
        string csv = Path.Combine(_dir, "rates.csv");
        var (code, _, err) = Zo("train", "fashion-mnist", "--data", _dir, "--method", "bp,mezo", "--optimizer", optimizer,
            "--depth", "3", "--width", "8", "--batch", "8", "--csv", csv);
        Assert.That(code, Is.EqualTo(0), err);
        var rates = File.ReadAllLines(csv).Skip(1).Select(l => l.Split(',')).Select(r => $"{r[0]}={r[2]}").Distinct();
        Assert.That(rates, Is.EqualTo(new[] { bp, mezo }));
    }

    [Test]
    public void Divergence_ExitsWith1_AndSaysWhere()
    {
        IdxTestFiles.WriteDataset(_dir, train: 32, test: 10, seed: 3, gzip: false);
        // Plain SGD at a rate of 10¹⁵ throws the weights far enough that the logits overflow within a step or two.
        var (code, output, err) = Zo("train", "fashion-mnist", "--data", _dir, "--method", "bp", "--optimizer", "sgd", "--lr", "1e15",
            "--depth", "3", "--width", "8", "--batch", "8", "--epochs", "3");
        Assert.That(code, Is.EqualTo(1));
        Assert.That(err, Does.Contain("zo: bp: training diverged at epoch"));
        Assert.That(output, Does.Contain("result method=bp diverged"));
    }

    [Test]
    public void Divergence_KeepsEveryCsvRowBeforeIt()
    {
        IdxTestFiles.WriteDataset(_dir, train: 64, test: 10, seed: 3, gzip: false);
        string csv = Path.Combine(_dir, "diverged.csv");
        // Eight evaluations per epoch of eight steps: a row after every step until the weights overflow.
        var (code, output, err) = Zo("train", "fashion-mnist", "--data", _dir, "--method", "bp", "--optimizer", "sgd", "--lr", "1e15",
            "--depth", "3", "--width", "8", "--batch", "8", "--epochs", "3", "--evals-per-epoch", "8", "--csv", csv);
        Assert.That(code, Is.EqualTo(1), err);
        var m = System.Text.RegularExpressions.Regex.Match(err, @"training diverged at epoch 1, step (\d+)");
        Assert.That(m.Success, err);
        int failed = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        var rows = File.ReadAllLines(csv).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.That(failed, Is.GreaterThan(1), "the run must fail after at least one evaluation for this test to mean anything");
        Assert.That(rows.Select(r => r[4]), Is.EqualTo(Enumerable.Range(1, failed - 1).Select(i => i.ToString(CultureInfo.InvariantCulture))), "one row per step before the failed one");
        Assert.That(output, Does.Contain($"wrote {csv}"));
    }

    [TestCase(0, 5, "training")]
    [TestCase(5, 0, "test")]
    public void AnEmptySet_IsAOneLineError_BeforeTraining(int train, int test, string which)
    {
        IdxTestFiles.WriteDataset(_dir, train, test, seed: 3, gzip: false);
        string csv = Path.Combine(_dir, "empty.csv");
        var (code, output, err) = Zo("train", "fashion-mnist", "--data", _dir, "--method", "bp", "--depth", "3", "--width", "8", "--csv", csv);
        Assert.That(code, Is.EqualTo(2), err);
        Assert.That(err, Does.StartWith($"zo: The {which} set in '{_dir}' has 0 images"));
        Assert.That(err.TrimEnd().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(output, Does.Not.Contain("result "));
        Assert.That(File.Exists(csv), Is.False, "nothing is written before the error");
    }

    [Test]
    public void EmulatedBackend_KeepsTheModelOnTheDevice_AndTracksTheCpuRun()
    {
        IdxTestFiles.WriteDataset(_dir, train: 16, test: 8, seed: 3, gzip: false);
        string[] common = ["train", "fashion-mnist", "--data", _dir, "--method", "bp,hzo", "--depth", "3", "--width", "8", "--batch", "8",
            "--activation", "relu", "--gemm", "reference"];
        var cpu = Zo([.. common, "--backend", "cpu"]);
        var emulated = Zo([.. common, "--backend", "emulated"]);
        Assert.That(cpu.Code, Is.EqualTo(0), cpu.Err);
        Assert.That(emulated.Code, Is.EqualTo(0), emulated.Err);
        Assert.That(emulated.Out, Does.Contain("backend: emulated").And.Contain("gemm: zo_nn_gemm"));
        static Dictionary<string, string> Field(string output, string name) =>
            output.Split('\n').Where(l => l.StartsWith("result ", StringComparison.Ordinal))
                .ToDictionary(l => l.Split(' ')[1], l => l.Split(' ').Single(f => f.StartsWith(name + "=", StringComparison.Ordinal)).Split('=')[1]);
        foreach (string method in new[] { "method=bp", "method=hzo" })
        {
            // The device's softmax takes exp and log from another math library (docs/hzo.md, "Tensors on a backend"),
            // so the runs agree to rounding, not to the bit; the evaluation counts agree exactly.
            double cpuLoss = double.Parse(Field(cpu.Out, "test_loss")[method], CultureInfo.InvariantCulture);
            double devLoss = double.Parse(Field(emulated.Out, "test_loss")[method], CultureInfo.InvariantCulture);
            Assert.That(devLoss, Is.EqualTo(cpuLoss).Within(1e-3).Percent, method);
            Assert.That(Field(emulated.Out, "layer_evaluations")[method], Is.EqualTo(Field(cpu.Out, "layer_evaluations")[method]), method);
        }
    }
}
