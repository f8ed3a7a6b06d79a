using System.Diagnostics;
using ZoEngine.Estimators;
using ZoEngine.Nn;
using ZoEngine.Optimizers;

namespace ZoEngine.Onnx.FineTuning;

/// <summary>Device memory of one ZO fine-tuning step of the own forward, in bytes, counted by the device memory.</summary>
/// <param name="Peak">Peak over everything the step holds (model, head, state, forward buffers, batch).</param>
/// <param name="Parameters">The model's weights and the head's.</param>
/// <param name="OptimizerState">The optimizer's moments (R-AdaZO: m and v; bf16 state is 2 bytes each per parameter).</param>
/// <param name="Activations">The inference forward's activation buffers.</param>
/// <param name="Workspace">One layer's attention scores and feed-forward buffer, reused by every layer, and scratch.</param>
/// <param name="Inputs">The batch's ids and mask on the device.</param>
/// <param name="TransfersPerStep">Host↔device copies per step, averaged over the timed steps.</param>
/// <param name="BytesPerStep">Bytes of those copies per step.</param>
public sealed record OwnStepMemory(long Peak, long Parameters, long OptimizerState, long Activations, long Workspace, long Inputs, double TransfersPerStep, double BytesPerStep);

/// <summary>What <see cref="OwnStepBench.Run"/> measured (seconds are medians).</summary>
/// <param name="Parameters">The model's trainable parameters (every initializer; the head's not included).</param>
/// <param name="ForwardSeconds">One forward pass of the batch, embeddings back on the host.</param>
/// <param name="MezoStepSeconds">One MeZO + ZO-SGD step (2 forward passes, 3 fused passes over θ).</param>
/// <param name="RAdaZoStepSeconds">One MeZO + R-AdaZO step with bf16 state.</param>
/// <param name="Mezo">Device memory of the MeZO-SGD steps; null on the CPU, whose memory is not counted.</param>
/// <param name="RAdaZo">Device memory of the R-AdaZO (bf16 state) steps; null on the CPU.</param>
public sealed record OwnStepBenchResult(long Parameters, double ForwardSeconds, double MezoStepSeconds, double RAdaZoStepSeconds, OwnStepMemory? Mezo, OwnStepMemory? RAdaZo)
{
    /// <summary>Bytes of the trainable parameters in float32.</summary>
    public long ParameterBytes => Parameters * sizeof(float);
}

/// <summary>
/// The own-forward counterpart of <see cref="OnnxStepBench"/>: the same fixed full-length inputs, forward latency and
/// ZO step times of all-MiniLM-L6-v2 (or another BERT-style model) through <see cref="OwnSentenceEncoder"/> on the given
/// ops and backend, and on a device the bytes its memory counts for each step, by category.
/// </summary>
public static class OwnStepBench
{
    /// <summary>Measures one configuration.</summary>
    /// <param name="model">The model.</param>
    /// <param name="ops">The ops the forward runs on (CPU or a device's).</param>
    /// <param name="backend">The backend of the fused passes, in the same memory as <paramref name="ops"/>.</param>
    /// <param name="batch">Texts per forward pass, ≥ 2 (the head's classes need a row each).</param>
    /// <param name="tokens">Tokens per text.</param>
    /// <param name="repeats">Timed repetitions of each phase (after one warm-up).</param>
    public static OwnStepBenchResult Run(OnnxModelSource model, INnOps<float> ops, IZoBackend backend, int batch, int tokens, int repeats)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(ops);
        ArgumentNullException.ThrowIfNull(backend);
        ArgumentOutOfRangeException.ThrowIfLessThan(batch, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(tokens, 3);
        ArgumentOutOfRangeException.ThrowIfLessThan(repeats, 1);
        var memory = ops.Memory;
        var accountant = MemoryAccounting.Of(memory);
        OnnxTransformer own;
        using (MemoryAccounting.Attribute(memory, MemoryCategory.Parameters))
            own = OnnxTransformer.Load(model, memory);
        using var theta = own.WrapParameters();
        using var hostHead = new ParameterSet();
        LinearHead head;
        int classes = OnnxStepBench.HeadClasses(batch);
        using (MemoryAccounting.Attribute(memory, MemoryCategory.Parameters))
            head = memory is HostMemory ? new LinearHead(theta, classes, own.Encoder.Config.Hidden) : LinearHead.Mirrored(theta, hostHead, classes, own.Encoder.Config.Hidden);
        var encoder = new OwnSentenceEncoder(own, ops, tokens, batch);
        var (ids, labels) = OnnxStepBench.FixedBatch(batch, tokens);
        var embeddings = new float[batch * encoder.Hidden];
        var longIds = new long[ids.Length];
        TokenizedTexts.ToIds(ids, longIds);
        encoder.Embed(longIds, batch, embeddings);
        head.InitializeFromCentroids(embeddings, labels);
        head.Push();
        double forward = OnnxStepBench.Median(repeats, () => encoder.Embed(longIds, batch, embeddings));

        var objective = new FewShotObjective(encoder, head);
        objective.SetBatch(ids, labels);
        long parameters = theta.Sum(t => t.Length) - head.Weight.Length - head.Bias.Length;
        (double Seconds, OwnStepMemory? Memory) Steps(OptimizerKind kind, StatePrecision state)
        {
            var config = new RunConfiguration
            {
                RunSeed = 1,
                Estimator = EstimatorOptions.MeZo(1e-3f),
                Optimizer = new OptimizerOptions { Kind = kind, LearningRate = 1e-6f, StatePrecision = state },
            };
            accountant?.ResetPeaks();
            ZoTrainer trainer;
            using (MemoryAccounting.Attribute(memory, MemoryCategory.OptimizerState))
                trainer = new ZoTrainer(backend, theta, objective, config);
            using (trainer)
            {
                trainer.Step();
                long transfers = (accountant?.TransfersToHost ?? 0) + (accountant?.TransfersFromHost ?? 0);
                long bytes = (accountant?.BytesToHost ?? 0) + (accountant?.BytesFromHost ?? 0);
                double seconds = OnnxStepBench.Median(repeats, () => trainer.Step(), warmUp: false);
                if (accountant is null)
                    return (seconds, null);
                double n = repeats;
                return (seconds, new OwnStepMemory(accountant.PeakTotal, accountant.Peak(MemoryCategory.Parameters), accountant.Peak(MemoryCategory.OptimizerState),
                    accountant.Peak(MemoryCategory.Activations), accountant.Peak(MemoryCategory.Workspace), accountant.Peak(MemoryCategory.Inputs),
                    (accountant.TransfersToHost + accountant.TransfersFromHost - transfers) / n, (accountant.BytesToHost + accountant.BytesFromHost - bytes) / n));
            }
        }
        var mezo = Steps(OptimizerKind.Sgd, StatePrecision.Float32);
        var radazo = Steps(OptimizerKind.RAdaZo, StatePrecision.BFloat16);
        return new OwnStepBenchResult(parameters, forward, mezo.Seconds, radazo.Seconds, mezo.Memory, radazo.Memory);
    }
}
