using NUnit.Framework;
using ZoEngine.Cpu;
using ZoEngine.Estimators;
using ZoEngine.Optimizers;
using ZoEngine.Trajectory;
using ZoEngine.Workloads.Attack;

namespace ZoEngine.Tests.Workloads;

/// <summary>The targeted black-box attack: its loss by hand, its projection, a successful run and its bit-exact replay.</summary>
public sealed class TargetedAttackTests
{
    private const int Pixels = 16, Classes = 4;

    // A fixed softmax-regression classifier: the black box the attack may only query.
    private static readonly float[] Weights = Enumerable.Range(0, Classes * Pixels).Select(i => (float)Math.Sin(0.7 * i) * 2f).ToArray();

    private static void Classify(ReadOnlySpan<float> image, Span<float> logProbabilities)
    {
        double max = double.NegativeInfinity;
        var z = new double[Classes];
        for (int c = 0; c < Classes; c++)
        {
            for (int p = 0; p < Pixels; p++)
                z[c] += Weights[c * Pixels + p] * image[p];
            max = Math.Max(max, z[c]);
        }
        double sum = z.Sum(v => Math.Exp(v - max));
        for (int c = 0; c < Classes; c++)
            logProbabilities[c] = (float)(z[c] - max - Math.Log(sum));
    }

    private static float[] Image() => Enumerable.Range(0, Pixels).Select(i => (float)(0.5 + 0.4 * Math.Cos(1.3 * i))).ToArray();

    private static int Predict(float[] image)
    {
        var lp = new float[Classes];
        Classify(image, lp);
        return Array.IndexOf(lp, lp.Max());
    }

    private static AttackOptions Options => new() { Pixels = Pixels, Classes = Classes, Epsilon = 0.2f };

    [Test]
    public void TheLossIsTheMarginOfTheTargetAgainstTheBestOtherClass_OnTheProjectedImage()
    {
        var x = Image();
        int label = Predict(x), target = (label + 1) % Classes;
        var attack = new TargetedAttackObjective(Classify, x, target, Options);
        var delta = Enumerable.Range(0, Pixels).Select(i => i % 3 == 0 ? 5f : -0.05f * i).ToArray();

        // By hand: x' = clamp(x + clamp(δ, ±0.2), 0, 1), then −(log p_t − max_{j≠t} log p_j).
        var adversarial = x.Select((v, i) => Math.Clamp(v + Math.Clamp(delta[i], -0.2f, 0.2f), 0f, 1f)).ToArray();
        var lp = new float[Classes];
        Classify(adversarial, lp);
        float expected = -(lp[target] - Enumerable.Range(0, Classes).Where(j => j != target).Max(j => lp[j]));
        Assert.That(attack.Score(delta), Is.EqualTo(expected));
        Assert.That(attack.Queries, Is.EqualTo(1));

        var applied = attack.Project(delta);
        Assert.That(applied.Select(Math.Abs), Is.All.LessThanOrEqualTo(0.2f + 1e-7f), "‖x' − x‖∞ ≤ ε");
        Assert.That(applied.Select((v, i) => x[i] + v), Is.All.InRange(0f, 1f), "x' is an image");
        Assert.That(attack.Score(new float[Pixels]), Is.GreaterThan(0f), "unperturbed, the classifier does not predict the target");
    }

    [Test]
    public void RAdaZo_ReachesTheTarget_WithinTheRadius_CountingEveryQuery_AndItsLogReplaysToTheSameDelta()
    {
        var x = Image();
        int target = (Predict(x) + 1) % Classes;
        var attack = new TargetedAttackObjective(Classify, x, target, Options);
        var config = new RunConfiguration
        {
            RunSeed = 5,
            Estimator = new EstimatorOptions { Queries = 2, Mu = 0.05f },
            Optimizer = new OptimizerOptions { Kind = OptimizerKind.RAdaZo, LearningRate = 0.01f },
        };
        string dir = Directory.CreateTempSubdirectory("zo-attack-").FullName;
        try
        {
            string path = Path.Combine(dir, "attack.zolog");
            using var backend = new CpuBackend();
            AttackResult result;
            using (var layout = TargetedAttack.Start(backend, Pixels, 5, 0.001f))
            using (var log = TrajectoryWriter.Create(path, config.ToMetadata(layout)))
                result = TargetedAttack.Run(attack, backend, config, initScale: 0.001f, maxIterations: 2000, log);
            Assert.That(result.Succeeded, Is.True, $"F = {result.FinalLoss} after {result.Iterations} steps");
            Assert.That(result.FinalLoss, Is.LessThan(0f));
            Assert.That(result.LInf, Is.LessThanOrEqualTo(0.2 + 1e-6));
            Assert.That(result.Queries, Is.EqualTo(1 + 5 * result.Iterations), "one start check, then 4 probes and 1 check a step");
            Assert.That(result.Losses, Has.Count.EqualTo(result.Iterations));

            using var start = TargetedAttack.Start(backend, Pixels, 5, 0.001f);
            var replay = TrajectoryReplay.Replay(backend, start, path);
            Assert.That(replay.MatchesSeal, Is.True);
            Assert.That(ParameterDigest.Sha256Hex(start), Is.EqualTo(result.DeltaSha256));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Test]
    public void BadAttacksAreRefused()
    {
        Assert.That(() => new TargetedAttackObjective(Classify, new float[Pixels - 1], 0, Options), Throws.ArgumentException.With.Message.Contains("15 pixels"));
        Assert.That(() => new TargetedAttackObjective(Classify, Image(), Classes, Options), Throws.ArgumentException.With.Message.Contains("outside [0, 4)"));
        Assert.That(() => new TargetedAttackObjective(Classify, Image(), 0, Options with { Epsilon = float.NaN }), Throws.ArgumentException.With.Message.Contains("ε"));
        var attack = new TargetedAttackObjective((_, lp) => lp.Fill(float.NaN), Image(), 0, Options);
        using var backend = new CpuBackend();
        var config = new RunConfiguration { RunSeed = 1, Estimator = new EstimatorOptions(), Optimizer = new OptimizerOptions() };
        Assert.That(() => TargetedAttack.Run(attack, backend, config, 0.001f, 10), Throws.TypeOf<ZoObjectiveException>());
    }
}
