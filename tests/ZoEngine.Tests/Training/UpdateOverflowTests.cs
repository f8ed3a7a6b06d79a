using NUnit.Framework;
using ZoEngine.Cpu;
using ZoEngine.Estimators;
using ZoEngine.Noise;
using ZoEngine.Optimizers;
using ZoEngine.Tests.Support;
using ZoEngine.Trajectory;

namespace ZoEngine.Tests.Training;

/// <summary>
/// An update that could take θ out of the float range is refused before it is applied: θ is restored, nothing is
/// logged, and the error names the step, in the same shape as a non-finite loss.
/// </summary>
public sealed class UpdateOverflowTests
{
    private static ParameterSet Start(IZoBackend backend)
    {
        var p = Sets.New(backend, ("w", 300), ("b", 17));
        backend.Fill(p, NoiseKind.Gaussian, 9, 1f);
        return p;
    }

    [TestCase(OptimizerKind.Sgd)]
    [TestCase(OptimizerKind.SignSgd)]
    [TestCase(OptimizerKind.AdaMM)]
    [TestCase(OptimizerKind.RmsProp)]
    [TestCase(OptimizerKind.RAdaZo)]
    public void AHugeLearningRate_IsRefusedAtStepZero_WithThetaRestoredBitForBit_AndNothingLogged(OptimizerKind kind)
    {
        using var backend = new CpuBackend();
        using var p = Start(backend);
        string before = ParameterDigest.Sha256Hex(p);
        var config = new RunConfiguration
        {
            RunSeed = 3,
            Estimator = new EstimatorOptions { Mode = PerturbationMode.Exact },
            Optimizer = new OptimizerOptions { Kind = kind, LearningRate = 1e38f },
        };
        using var stream = new MemoryStream();
        using var log = TrajectoryWriter.Create(stream, config.ToMetadata(p), leaveOpen: true);
        using var trainer = new ZoTrainer(backend, p, new HalfSquaredNorm(), config, log);
        var e = Assert.Throws<ZoObjectiveException>(() => trainer.Step())!;
        Assert.That(e.Step, Is.EqualTo(0));
        Assert.That(e.Message, Does.Contain("step 0, the update").And.Contain("restored"));
        Assert.That(ParameterDigest.Sha256Hex(p), Is.EqualTo(before), "exact mode restores bit for bit");
        Assert.That(trainer.StepIndex, Is.EqualTo(0));
        Assert.That(log.StepsWritten, Is.EqualTo(0));
    }

    // θ moves by 1e36 per element a step under signSGD (the objective answers 1 to every θ+μz probe and 0 to every
    // θ−μz one, whatever θ is, so the coefficient never vanishes): finite after every applied step, and refused only
    // once θ is within one step (and the bound's slack) of the limit.
    [Test]
    public void AGrowingTheta_IsStoppedOnlyNearTheLimit_AndEveryAppliedStepLeftItFinite()
    {
        using var backend = new CpuBackend();
        using var p = Start(backend);
        const float Lr = 1e36f;
        var config = new RunConfiguration
        {
            RunSeed = 4,
            Estimator = new EstimatorOptions(),
            Optimizer = new OptimizerOptions { Kind = OptimizerKind.SignSgd, LearningRate = Lr },
        };
        int calls = 0;
        using var trainer = new ZoTrainer(backend, p, new DelegateObjective(_ => calls++ % 2 == 0 ? 1f : 0f), config);
        ZoObjectiveException? stop = null;
        for (int i = 0; i < 5000 && stop is null; i++)
        {
            try
            {
                trainer.Step();
                Assert.That(ParameterDigest.MaxAbs(p), Is.LessThan(double.PositiveInfinity), $"after step {i}");
            }
            catch (ZoObjectiveException e)
            {
                stop = e;
            }
        }
        Assert.That(stop, Is.Not.Null, "θ cannot move by 1e36 a step for ever");
        Assert.That(stop!.Message, Does.Contain("the update"));
        double max = ParameterDigest.MaxAbs(p);
        Assert.That(max, Is.LessThan(float.MaxValue));
        Assert.That((max + Lr) * 1.01 * 1.01, Is.GreaterThan(ZoOptimizer.UpdateLimit), $"refused at step {stop.Step} with max|θ| = {max:E3}, too early");
    }

    [Test]
    public void ParametersThatAreAlreadyNotFinite_AreRefusedWhenTheTrainerIsMade()
    {
        using var backend = new CpuBackend();
        using var p = Start(backend);
        p[1].AsSpan()[3] = float.NaN;
        var config = new RunConfiguration { RunSeed = 1, Estimator = EstimatorOptions.MeZo(), Optimizer = new OptimizerOptions() };
        Assert.That(() => new ZoTrainer(backend, p, new HalfSquaredNorm(), config), Throws.ArgumentException.With.Message.Contains("NaN"));
    }

    // The bound must not refuse ordinary training: thousands of steps of every rule at ordinary rates.
    [TestCase(OptimizerKind.Sgd, 1e-2f)]
    [TestCase(OptimizerKind.AdaMM, 1e-2f)]
    [TestCase(OptimizerKind.RAdaZo, 1e-2f)]
    [TestCase(OptimizerKind.RmsProp, 1e-2f)]
    public void OrdinaryTraining_IsNeverRefused(OptimizerKind kind, float lr)
    {
        using var backend = new CpuBackend();
        using var p = Start(backend);
        var config = new RunConfiguration { RunSeed = 6, Estimator = new EstimatorOptions(), Optimizer = new OptimizerOptions { Kind = kind, LearningRate = lr } };
        using var trainer = new ZoTrainer(backend, p, new HalfSquaredNorm(), config);
        for (int i = 0; i < 3000; i++)
            trainer.Step();
        Assert.That(trainer.StepIndex, Is.EqualTo(3000));
    }
}
