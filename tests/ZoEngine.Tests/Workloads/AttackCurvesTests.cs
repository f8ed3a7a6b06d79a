using NUnit.Framework;
using ZoEngine.Optimizers;
using ZoEngine.Workloads.Attack;

namespace ZoEngine.Tests.Workloads;

/// <summary>The quartiles of F against queries that the attack plot and its CSV show, worked out by hand.</summary>
public sealed class AttackCurvesTests
{
    private static AttackRecord Record(OptimizerKind kind, params float[] losses) =>
        new(0, 0, 1, kind, 1, new AttackResult(losses[^1] < 0, losses.Length, 1 + 5L * losses.Length, losses[^1], 0, 0, losses, ""));

    private static readonly AttackRecord[] Records =
    [
        Record(OptimizerKind.Sgd, 3, 2, 1),
        Record(OptimizerKind.Sgd, 5, 4),
        Record(OptimizerKind.RAdaZo, 100, 100, 100, 100, 100),
        Record(OptimizerKind.Sgd, 1, 0, -1, -2),
    ];

    [Test]
    public void EachStepsQuartilesAreOverEveryAttack_AnEndedAttackKeepingItsLastF()
    {
        var curve = AttackCurves.Quartiles(Records, OptimizerKind.Sgd, queriesPerStep: 5);
        // Step 1: {1, 3, 5}; step 2: {0, 2, 4}; step 3: {−1, 1, 4 (ended)}; step 4: {−2, 1 (ended), 4 (ended)}.
        Assert.That(curve, Is.EqualTo(new[]
        {
            new LossQuartiles(1, 6, 2, 3, 4),
            new LossQuartiles(2, 11, 1, 2, 3),
            new LossQuartiles(3, 16, 0, 1, 2.5),
            new LossQuartiles(4, 21, -0.5, 1, 2.5),
        }));
    }

    [Test]
    public void FewerPointsTakeEveryStrideStep_AndAlwaysTheLast()
    {
        var curve = AttackCurves.Quartiles(Records, OptimizerKind.Sgd, 5, points: 2);
        Assert.That(curve.Select(p => p.Step), Is.EqualTo(new long[] { 1, 3, 4 }));
        Assert.That(AttackCurves.Quartiles(Records, OptimizerKind.AdaMM, 5), Is.Empty, "an optimizer without attacks has no curve");
        Assert.That(() => AttackCurves.Quartiles(Records, OptimizerKind.Sgd, 0), Throws.TypeOf<ArgumentOutOfRangeException>());
    }
}
