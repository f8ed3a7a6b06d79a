using System.Globalization;
using ZoEngine.Cli;
using ZoEngine.Nn;
using ZoEngine.Nn.Gemm;
using ZoEngine.Tests.Support;
using ZoEngine.Tests.Workloads;
using ZoEngine.Workloads.Attack;
using ZoEngine.Workloads.Data;
using ZoEngine.Workloads.Models;

namespace ZoEngine.Tests.Cli;

/// <summary>'zo attack fashion-mnist': attacks on a saved model through its outputs, and every bad input refused before any work.</summary>
public sealed class AttackCommandTests() : CliTestBase("zo-attack-")
{
    private static readonly MlpOptions Options = new() { Inputs = 784, Width = 16, Depth = 3, Classes = 10, Activation = ActivationKind.Relu, Seed = 4 };

    // A saved model and a test set labelled with the model's own predictions, so that every image is one it gets right.
    private string Setup()
    {
        IdxTestFiles.WriteDataset(_dir, train: 8, test: 6, seed: 3, gzip: false);
        var model = Mlp.Create<float>(Options);
        string path = Path.Combine(_dir, "model.safetensors");
        ModelFile.Save(path, model, Options);
        var test = FashionMnist.Load(_dir).Test;
        var classify = NnBlackBox.Create(model, new CpuNnOps<float>(GemmSelector.Default));
        var labels = new byte[test.Count];
        var lp = new float[10];
        for (int i = 0; i < test.Count; i++)
        {
            classify(((ILabelledExamples)test).Example(i), lp);
            labels[i] = (byte)Array.IndexOf(lp, lp.Max());
        }
        IdxTestFiles.Save(Path.Combine(_dir, FashionMnist.TestFiles.Labels), IdxTestFiles.Bytes(IdxReader.UnsignedByte, [test.Count], labels), gzip: false);
        return path;
    }

    [Test]
    public void AttacksEveryImageWithEveryOptimizer_AndReportsRowsASummaryACsvAndAPlot()
    {
        string model = Setup(), csv = Path.Combine(_dir, "a.csv"), png = Path.Combine(_dir, "a.png"), curves = Path.Combine(_dir, "curves.csv");
        var (code, output, err) = Zo("attack", "fashion-mnist", "--model", model, "--data", _dir, "--images", "3", "--first", "1", "--opts", "sgd,radazo",
            "--max-iters", "200", "--csv", csv, "--svg", png, "--curves", curves, "--workers", "4", "--lr", "radazo=0.02");
        Assert.That(code, Is.EqualTo(ExitCodes.Success), err + output);
        Assert.That(output, Does.Contain("lr = sgd=0.01,radazo=0.02,"), "a rate per optimizer, the default for the others");
        var rows = output.Split('\n').Where(l => l.Length > 0 && char.IsDigit(l[0])).Select(l => l.Split(' ')).ToList();
        Assert.That(rows, Has.Count.EqualTo(6), output);
        Assert.That(rows.Select(r => r[0]).Distinct().Order(), Is.EqualTo(new[] { "1", "2", "3" }), "rows come as the attacks end, in any order");
        foreach (var r in rows)
        {
            Assert.That(int.Parse(r[2], CultureInfo.InvariantCulture), Is.EqualTo((int.Parse(r[1], CultureInfo.InvariantCulture) + 1) % 10), "target = label + 1 mod 10");
            float f = float.Parse(r[8], CultureInfo.InvariantCulture);
            int iterations = int.Parse(r[6], CultureInfo.InvariantCulture);
            Assert.That(r[5] == "yes" ? f < 0 : iterations == 200 && f >= 0, Is.True, string.Join(' ', r));
            Assert.That(int.Parse(r[7], CultureInfo.InvariantCulture), Is.EqualTo(1 + 5 * iterations), "queries: the start, then 4 probes and a check per step");
            Assert.That(double.Parse(r[10], CultureInfo.InvariantCulture), Is.LessThanOrEqualTo(0.2 + 1e-6), "ℓ∞ ≤ ε");
        }
        Assert.That(output, Does.Contain("\nsgd ").And.Contain("\nradazo "));
        Assert.That(File.ReadAllLines(csv), Has.Length.EqualTo(7));
        Assert.That(new FileInfo(png).Length, Is.GreaterThan(1000));
        var curveRows = File.ReadAllLines(curves);
        Assert.That(curveRows[0], Is.EqualTo("optimizer,step,queries,F_q25,F_median,F_q75"));
        Assert.That(curveRows.Skip(1).Select(l => l.Split(',')[0]).Distinct(), Is.EqualTo(new[] { "sgd", "radazo" }));
        foreach (var row in curveRows.Skip(1).Select(l => l.Split(',')))
        {
            var (q25, median, q75) = (double.Parse(row[3], CultureInfo.InvariantCulture), double.Parse(row[4], CultureInfo.InvariantCulture), double.Parse(row[5], CultureInfo.InvariantCulture));
            Assert.That(q25 <= median && median <= q75, Is.True, string.Join(',', row));
            Assert.That(long.Parse(row[2], CultureInfo.InvariantCulture), Is.EqualTo(1 + 5 * long.Parse(row[1], CultureInfo.InvariantCulture)));
        }
    }

    [Test]
    public void BadInputsAreOneLineErrorsBeforeAnyAttack()
    {
        string model = Setup();
        (int Code, string Err) Run(params string[] extra)
        {
            var (code, _, err) = Zo(["attack", "fashion-mnist", "--data", _dir, .. extra]);
            return (code, err);
        }
        Assert.That(Run("--model", Path.Combine(_dir, "none.safetensors")), Is.EqualTo((ExitCodes.Usage, $"zo: --model: no model file at '{Path.Combine(_dir, "none.safetensors")}'.\n")));
        string damaged = Path.Combine(_dir, "damaged.safetensors");
        File.WriteAllBytes(damaged, File.ReadAllBytes(model)[..^10]);
        var (dcode, derr) = Run("--model", damaged);
        Assert.That(dcode, Is.EqualTo(ExitCodes.Damaged));
        Assert.That(derr, Does.Contain("it was not loaded"));
        string small = Path.Combine(_dir, "small.safetensors");
        ModelFile.Save(small, Mlp.Create<float>(Options with { Inputs = 100 }), Options with { Inputs = 100 });
        Assert.That(Run("--model", small).Err, Does.Contain("takes 100 inputs"));
        Assert.That(Run("--model", model, "--opts", "sgd,adam").Err, Does.Contain("--opts"));
        Assert.That(Run("--model", model, "--first", "5", "--images", "2").Err, Does.Contain("reaches past the 6 test images"));
        Assert.That(Run("--model", model, "--mu", "0").Code, Is.EqualTo(ExitCodes.Usage));
        Assert.That(Run("--model", model, "--lr", "adam=0.1").Err, Does.Contain("--lr"));
        Assert.That(Run("--model", model, "--lr", "radazo=-1").Code, Is.EqualTo(ExitCodes.Usage));
        Assert.That(Run("--model", model, "--workers", "0"), Is.EqualTo((ExitCodes.Usage, "zo: --workers must be ≥ 1, got 0.\n")));
        Assert.That(Run("--model", model, "--svg", Path.Combine(_dir, "p.txt")).Err, Does.Contain("--svg must be a .svg or .png path"));
    }

    // The whole path a user takes: zo train --save writes a model file, zo attack loads it.
    [Test]
    public void ZoTrainSave_WritesAModelThatZoAttackLoads_AndNeverOverwritesUnasked()
    {
        IdxTestFiles.WriteDataset(_dir, train: 48, test: 6, seed: 3, gzip: false);
        string model = Path.Combine(_dir, "trained.safetensors");
        string[] train = ["train", "fashion-mnist", "--data", _dir, "--method", "bp", "--depth", "3", "--width", "16", "--batch", "8", "--optimizer", "sgd", "--lr", "0.1", "--save", model];
        var (code, output, err) = Zo(train);
        Assert.That(code, Is.EqualTo(ExitCodes.Success), err);
        Assert.That(output, Does.Contain($"wrote {model}"));
        var (loaded, options) = ModelFile.Load(model);
        Assert.That((options.Depth, options.Width, options.Inputs, options.Classes, options.Residual), Is.EqualTo((3, 16, 784, 10, true)));
        byte[] first = File.ReadAllBytes(model);

        var (again, _, againErr) = Zo(train);
        Assert.That(again, Is.EqualTo(ExitCodes.Usage));
        Assert.That(againErr, Does.Contain("already exists").And.Contain("--overwrite"));
        Assert.That(File.ReadAllBytes(model), Is.EqualTo(first));
        Assert.That(Zo([.. train, "--overwrite"]).Code, Is.EqualTo(ExitCodes.Success));
        Assert.That(Zo([.. train[..5], "bp,hzo", .. train[6..], "--overwrite"]).Err, Does.Contain("--save keeps one trained model"));

        var (acode, aout, aerr) = Zo("attack", "fashion-mnist", "--model", model, "--data", _dir, "--images", "2", "--opts", "radazo", "--max-iters", "30");
        Assert.That(acode, Is.EqualTo(ExitCodes.Success), aerr);
        Assert.That(aout, Does.Contain("model resmlp of 3 units"));
        Assert.That(loaded.ParameterCount, Is.EqualTo(784 * 16 + 16 + 16 * 16 + 16 + 16 * 10 + 10));
    }
}
