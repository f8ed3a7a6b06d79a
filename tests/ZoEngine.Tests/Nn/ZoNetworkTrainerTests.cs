using ZoEngine.Cuda;
using ZoEngine.Estimators;
using ZoEngine.Nn;
using ZoEngine.Nn.Gemm;
using ZoEngine.Noise;
using ZoEngine.Optimizers;
using ZoEngine.Tests.Support;
using ZoEngine.Trajectory;

namespace ZoEngine.Tests.Nn;

/// <summary>
/// <see cref="ZoNetworkTrainer"/> on a model where its ops live: the host (CPU backend), the Emulated device (the CUDA
/// code path on the host build of the kernels) and a GPU (skipped with the driver's reason where there is none).
/// Every core estimator kind and every optimizer trains a small residual MLP on a learnable task; runs replay on the
/// other backend to the same SHA-256.
/// </summary>
[TestFixtureSource(nameof(Backends))]
public sealed class ZoNetworkTrainerTests(string backendName)
{
    public static IEnumerable<TestFixtureData> Backends() =>
        new[] { "cpu", "emulated", "cuda" }.Select(n => new TestFixtureData(n).SetArgDisplayNames(n));

    private const int Rows = 24;

    private static MlpOptions Shape => new() { Inputs = 6, Width = 8, Depth = 4, Classes = 3, Activation = ActivationKind.Gelu, Residual = true, Seed = 7 };

    /// <summary>A batch whose label is the index of the largest of the first three features: a task the MLP can learn.</summary>
    private static (Tensor<float> X, int[] Labels) Batch()
    {
        var x = NnFixtures.Gaussian<float>(Rows, Shape.Inputs, seed: 41);
        var labels = new int[Rows];
        for (int r = 0; r < Rows; r++)
        {
            var row = x.Row(r);
            labels[r] = row[0] >= row[1] && row[0] >= row[2] ? 0 : row[1] >= row[2] ? 1 : 2;
        }
        return (x, labels);
    }

    /// <summary>The model, its ops and the backend on this fixture's memory; the backend is null on the host.</summary>
    private (Sequential<float> Model, NnContext<float> Context, DeviceBackend? Device, DeviceNnOps? Ops) Create()
    {
        var model = Mlp.Create<float>(Shape);
        if (backendName == "cpu")
            return (model, NnContext<float>.Cpu(ReferenceGemm.Instance), null, null);
        DeviceBackend device = backendName == "cuda" ? BackendCases.CreateCuda() : new EmulatedBackend();
        var ops = new DeviceNnOps(device);
        return (model.MoveTo(device.Memory), new NnContext<float>(ops), device, ops);
    }

    public static IEnumerable<TestCaseData> Methods()
    {
        var estimators = new (string Name, EstimatorOptions Options)[]
        {
            ("mezo", EstimatorOptions.MeZo(1e-3f)),
            ("spsa-q4", new EstimatorOptions { Kind = EstimatorKind.Spsa, Queries = 4, Mu = 1e-3f }),
            ("onesided-rademacher", new EstimatorOptions { Kind = EstimatorKind.OneSided, Distribution = NoiseDistribution.Rademacher, Queries = 2, Mu = 1e-3f }),
            // A sphere direction has norm 1, not about √d: its radius is larger so that the loss difference stays well above
            // float32 rounding of the loss.
            ("spsa-sphere", new EstimatorOptions { Kind = EstimatorKind.Spsa, Distribution = NoiseDistribution.Sphere, ScaleByDimension = true, Queries = 2, Mu = 2e-2f }),
            ("gv", new EstimatorOptions { Kind = EstimatorKind.GuidingVector, Candidates = 4, EliteFraction = 0.5f, Mu = 1e-3f }),
            ("greedy", new EstimatorOptions { Kind = EstimatorKind.Greedy, Candidates = 4, Mu = 1e-3f }),
            // The subset is the last 9 coordinates (output weights and biases): a coordinate method that moves a handful
            // of parameters must still lower the loss.
            ("central-subset", new EstimatorOptions { Kind = EstimatorKind.Central, Mu = 1e-3f, Coordinates = OutputCoordinates() }),
            ("forward-subset", new EstimatorOptions { Kind = EstimatorKind.Forward, Mu = 1e-3f, Coordinates = OutputCoordinates() }),
        };
        var optimizers = new (string Name, OptimizerOptions Options)[]
        {
            ("sgd-momentum", new OptimizerOptions { Kind = OptimizerKind.Sgd, LearningRate = 5e-3f, Momentum = 0.5f }),
            ("signsgd", new OptimizerOptions { Kind = OptimizerKind.SignSgd, LearningRate = 2e-3f }),
            ("adamm", new OptimizerOptions { Kind = OptimizerKind.AdaMM, LearningRate = 5e-3f }),
            ("rmsprop", new OptimizerOptions { Kind = OptimizerKind.RmsProp, LearningRate = 5e-3f }),
            ("radazo-f32", new OptimizerOptions { Kind = OptimizerKind.RAdaZo, LearningRate = 5e-3f }),
            ("radazo-bf16", new OptimizerOptions { Kind = OptimizerKind.RAdaZo, LearningRate = 5e-3f, StatePrecision = StatePrecision.BFloat16 }),
        };
        // Every estimator with a stateless and a stateful optimizer; every optimizer with MeZO's estimator.
        foreach (var e in estimators)
        {
            foreach (var o in new[] { optimizers[0], optimizers[5] })
                yield return new TestCaseData(e.Options, o.Options).SetArgDisplayNames(e.Name, o.Name);
        }
        foreach (var o in optimizers[1..5])
            yield return new TestCaseData(estimators[0].Options, o.Options).SetArgDisplayNames(estimators[0].Name, o.Name);
    }

    private static long[] OutputCoordinates()
    {
        long d = Mlp.Create<float>(Shape).ParameterCount;
        return [.. Enumerable.Range(0, 9).Select(i => d - 9 + i)];
    }

    [TestCaseSource(nameof(Methods))]
    public void EveryEstimatorAndOptimizer_LowersTheLoss_OnTheModelsOwnMemory(EstimatorOptions estimator, OptimizerOptions optimizer)
    {
        var (model, context, device, ops) = Create();
        using var _ = device;
        using var __ = ops;
        var (x, labels) = Batch();
        var input = x.To(context.Memory);
        double before = Loss(model, context, input, labels);
        using var trainer = new ZoNetworkTrainer(model, context, SoftmaxCrossEntropy<float>.Instance,
            new RunConfiguration { RunSeed = 11, Estimator = estimator, Optimizer = optimizer });
        Assert.That(trainer.Parameters.Memory, Is.SameAs(context.Memory), "the set wraps the model's own buffers");
        Assert.That(trainer.Backend.Memory, Is.SameAs(context.Memory));
        for (int i = 0; i < 40; i++)
            trainer.Step(input, labels);
        double after = Loss(model, context, input, labels);
        Assert.That(before, Is.GreaterThan(0.5), "a loss that starts near 0 could not show a decrease");
        Assert.That(after, Is.LessThan(0.98 * before), $"loss {before:F5} → {after:F5}");
    }

    [Test]
    public void TheParameterSet_IsTheModelsBuffers_WithIdsFromTheNames()
    {
        var (model, context, device, ops) = Create();
        using var _ = device;
        using var __ = ops;
        using var set = ZoNetworkTrainer.WrapParameters(model);
        Assert.That(set.Count, Is.EqualTo(model.Parameters.Count));
        for (int i = 0; i < set.Count; i++)
        {
            Assert.That(set[i].Name, Is.EqualTo(model.ParameterNames[i]));
            Assert.That(set[i].Id, Is.EqualTo(ParameterSet.DefaultId(model.ParameterNames[i])));
        }
        // Writing through the set is writing the model: the last element of the output bias.
        set.SetFlat(set.TotalLength - 1, 3.5f);
        Assert.That(model.Parameters[^1].Value.ToHost().Span[^1], Is.EqualTo(3.5f));
        Assert.That(model.Parameters.Any(p => p.HasGradient), Is.False, "a ZO-trained model holds no gradient buffers");
    }

    public static IEnumerable<TestCaseData> ReplayCases()
    {
        yield return new TestCaseData(EstimatorOptions.MeZo(1e-3f), new OptimizerOptions { Kind = OptimizerKind.Sgd, LearningRate = 0.05f }).SetArgDisplayNames("mezo", "sgd");
        yield return new TestCaseData(new EstimatorOptions { Kind = EstimatorKind.GuidingVector, Candidates = 4, Mu = 1e-3f },
            new OptimizerOptions { Kind = OptimizerKind.RAdaZo, LearningRate = 1e-2f, StatePrecision = StatePrecision.BFloat16 }).SetArgDisplayNames("gv", "radazo-bf16");
        yield return new TestCaseData(new EstimatorOptions { Kind = EstimatorKind.Greedy, Candidates = 4, Mu = 1e-3f },
            new OptimizerOptions { Kind = OptimizerKind.AdaMM, LearningRate = 1e-2f }).SetArgDisplayNames("greedy", "adamm");
    }

    /// <summary>
    /// A run here replays on the other side (the CPU for a device run, Emulated for a CPU run) to the same SHA-256 of
    /// the parameters: the log holds (seed, coefficients) and the noise contract makes the updates the same bits.
    /// </summary>
    [TestCaseSource(nameof(ReplayCases))]
    public void ARun_ReplaysOnTheOtherBackend_ToTheSameSha256(EstimatorOptions estimator, OptimizerOptions optimizer)
    {
        var (model, context, device, ops) = Create();
        using var _ = device;
        using var __ = ops;
        var config = new RunConfiguration { RunSeed = 21, Estimator = estimator, Optimizer = optimizer };
        var (x, labels) = Batch();
        var input = x.To(context.Memory);
        string path = Path.Combine(TestContext.CurrentContext.WorkDirectory, $"replay-{backendName}-{Guid.NewGuid():N}.zolog");
        try
        {
            string sha;
            using (var layout = ZoNetworkTrainer.WrapParameters(model))
            using (var log = TrajectoryWriter.Create(path, config.ToMetadata(layout)))
            using (var trainer = new ZoNetworkTrainer(model, context, SoftmaxCrossEntropy<float>.Instance, config, log: log))
            {
                for (int i = 0; i < 12; i++)
                    trainer.Step(input, i % 2 == 0 ? labels : [.. labels.Reverse()]);
                trainer.Trainer.SealLog(TrajectoryEnd.Completed);
                sha = ParameterDigest.Sha256Hex(trainer.Parameters);
            }
            var fresh = Mlp.Create<float>(Shape);
            using (var start = ZoNetworkTrainer.WrapParameters(fresh))
                Assert.That(ParameterDigest.Sha256Hex(start), Is.Not.EqualTo(sha), "the run moved the weights");
            using IZoBackend other = backendName == "cpu" ? new EmulatedBackend() : new CpuBackend();
            var replayModel = fresh.MoveTo(other.Memory);
            using var replayed = ZoNetworkTrainer.WrapParameters(replayModel);
            var result = TrajectoryReplay.Replay(other, replayed, path);
            Assert.That(result.StepsReplayed, Is.EqualTo(12));
            Assert.That(Convert.ToHexStringLower(result.ParametersSha256), Is.EqualTo(sha), $"replayed on {other.Name}");
            Assert.That(result.MatchesSeal, Is.True);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void TheInferenceForward_MatchesTheTracedForward_BitForBit_InTwoBuffersAndAnOutput()
    {
        var (model, context, device, ops) = Create();
        using var _ = device;
        using var __ = ops;
        NnFixtures.PerturbBiases(model, seed: 3);
        var (x, _) = Batch();
        var input = x.To(context.Memory);
        var traced = model.Forward(context, input).Output.ToHost().Span.ToArray();
        var forward = new InferenceForward<float>(model, context, Rows);
        Assert.That(forward.ActivationBytes, Is.EqualTo((2L * Rows * Shape.Width + (long)Rows * Shape.Classes) * sizeof(float)));
        var output = forward.Run(input);
        Assert.That(output.ToHost().Span.ToArray(), Is.EqualTo(traced));
        Assert.That(traced.Select(Math.Abs).Max(), Is.GreaterThan(0f), "an all-zero output could not show a difference");
        // A shorter batch runs in a prefix of the same buffers and gives the first rows of the full batch's output.
        var part = forward.Run(input.SliceRows(0, 5));
        Assert.That(part.ToHost().Span.ToArray(), Is.EqualTo(traced[..(5 * Shape.Classes)]));
        Assert.That(forward.Run(input), Is.SameAs(output), "the same view of the output buffer every pass");
        Assert.Throws<ArgumentException>(() => forward.Run(Tensor<float>.Allocate(context.Memory, Rows + 1, Shape.Inputs)));
    }

    [Test]
    public void ASteadyStateStep_AllocatesNothing_OnTheHeapOrTheDevice()
    {
        var (model, context, device, ops) = Create();
        using var _ = device;
        using var __ = ops;
        var (x, labels) = Batch();
        var input = x.To(context.Memory);
        using var trainer = new ZoNetworkTrainer(model, context, SoftmaxCrossEntropy<float>.Instance, new RunConfiguration
        {
            RunSeed = 4,
            Estimator = new EstimatorOptions { Kind = EstimatorKind.GuidingVector, Candidates = 4, Mu = 1e-3f },
            Optimizer = new OptimizerOptions { Kind = OptimizerKind.RAdaZo, LearningRate = 1e-3f, StatePrecision = StatePrecision.BFloat16 },
        });
        trainer.Step(input, labels);
        var accountant = MemoryAccounting.Of(context.Memory);
        long allocations = accountant?.Allocations ?? 0;
        long heap = Allocation.SteadyState(() => trainer.Step(input, labels), measured: 10);
        Assert.That(heap, Is.EqualTo(0), "managed bytes allocated by steady-state steps");
        if (accountant is not null)
            Assert.That(accountant.Allocations, Is.EqualTo(allocations), "device buffers allocated by steady-state steps");
    }

    /// <summary>
    /// The device peak of ZO steps (issue 12): parameters and optimizer state exactly, two ping-pong activation buffers
    /// and the output, the batch, and a workspace bounded from the layers' declared scratch; no gradient buffers; and
    /// neither the peak nor the allocation count moves over further steps.
    /// </summary>
    [TestCase(OptimizerKind.Sgd, StatePrecision.Float32, 0)]
    [TestCase(OptimizerKind.RAdaZo, StatePrecision.Float32, 8)]
    [TestCase(OptimizerKind.RAdaZo, StatePrecision.BFloat16, 4)]
    public void TheDevicePeak_IsParametersStateAndTwoActivationBuffers_AndDoesNotGrow(OptimizerKind kind, StatePrecision precision, int stateBytesPerParameter)
    {
        if (backendName == "cpu")
            Assert.Ignore("host memory is not counted by the engine; the CPU figure is the process's RSS (bench/results)");
        var (model, context, device, ops) = Create();
        using var _ = device;
        using var __ = ops;
        var accountant = MemoryAccounting.Of(context.Memory)!;
        long d = model.ParameterCount;
        Assert.That(accountant.Current(MemoryCategory.Parameters), Is.EqualTo(4 * d));
        var (x, labels) = Batch();
        Tensor<float> input;
        using (accountant.Attribute(MemoryCategory.Inputs))
            input = x.To(context.Memory);
        using var trainer = new ZoNetworkTrainer(model, context, SoftmaxCrossEntropy<float>.Instance, new RunConfiguration
        {
            RunSeed = 8,
            Estimator = EstimatorOptions.MeZo(1e-3f),
            Optimizer = new OptimizerOptions { Kind = kind, LearningRate = 1e-3f, StatePrecision = precision },
        });
        trainer.Step(input, labels);
        long peak = accountant.PeakTotal, allocations = accountant.Allocations;
        for (int i = 0; i < 10; i++)
            trainer.Step(input, labels);
        Assert.That(accountant.PeakTotal, Is.EqualTo(peak), "the peak does not grow with steps");
        Assert.That(accountant.Allocations, Is.EqualTo(allocations), "no allocation after the first step");

        Assert.That(accountant.Current(MemoryCategory.OptimizerState), Is.EqualTo(stateBytesPerParameter * d));
        Assert.That(accountant.Peak(MemoryCategory.Gradients), Is.EqualTo(0));
        int rows = Rows, widest = Shape.Width;
        long activations = 2L * rows * widest * sizeof(float) + (long)rows * Shape.Classes * sizeof(float);
        Assert.That(accountant.Peak(MemoryCategory.Activations), Is.EqualTo(activations), "two [B, W] buffers and the [B, C] output");
        // Layer scratch as the units declare it, the held labels and per-row losses (at least 256 bytes each), the
        // parameter set's tensor table on the device (one entry per tensor) and the backend's 16-byte result slots.
        int scratchColumns = model.Units.Max(u => u.ForwardScratchColumns);
        long table = (long)model.Parameters.Count * System.Runtime.CompilerServices.Unsafe.SizeOf<ZoEngine.Cuda.Kernels.ZoTensor>();
        long workspace = (long)rows * scratchColumns * sizeof(float) + 2 * Math.Max(256, 4L * rows) + table + 16;
        Assert.That(accountant.Peak(MemoryCategory.Workspace), Is.GreaterThan(0).And.LessThanOrEqualTo(workspace));
        long inputs = (long)rows * Shape.Inputs * sizeof(float);
        Assert.That(accountant.Peak(MemoryCategory.Inputs), Is.EqualTo(inputs));
        Assert.That(peak, Is.LessThanOrEqualTo(4 * d + stateBytesPerParameter * d + activations + inputs + workspace), accountant.Describe());
    }

    private static double Loss(Sequential<float> model, NnContext<float> context, Tensor<float> input, int[] labels) =>
        SoftmaxCrossEntropy<float>.Instance.Forward(context.Ops, model.Predict(context, input), labels, null);
}
