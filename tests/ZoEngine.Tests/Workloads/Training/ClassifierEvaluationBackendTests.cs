using ZoEngine.Cuda;
using ZoEngine.Nn;
using ZoEngine.Nn.Gemm;
using ZoEngine.Tests.Nn;
using ZoEngine.Tests.Support;
using ZoEngine.Workloads.Data;
using ZoEngine.Workloads.Training;

namespace ZoEngine.Tests.Workloads.Training;

/// <summary>
/// <see cref="ClassifierEvaluation"/> where the model lives (the host, the Emulated device, a GPU where there is one):
/// it runs the inference-mode forward, and must score exactly what the traced forward scores, chunk by chunk, and
/// allocate nothing once its buffers exist.
/// </summary>
[TestFixtureSource(nameof(Backends))]
public sealed class ClassifierEvaluationBackendTests(string backendName)
{
    public static IEnumerable<TestFixtureData> Backends() =>
        new[] { "cpu", "emulated", "cuda" }.Select(n => new TestFixtureData(n).SetArgDisplayNames(n));

    private const int Examples = 25, Features = 6, Classes = 5;

    private static LabelledExamples Data()
    {
        var x = NnFixtures.Gaussian<float>(Examples, Features, seed: 17);
        return new LabelledExamples(x.Span.ToArray(), [.. Enumerable.Range(0, Examples).Select(i => (i * 3) % Classes)], Features);
    }

    private (Sequential<float> Model, INnOps<float> Ops, IDisposable? Device) Create()
    {
        var model = Mlp.Create<float>(new MlpOptions { Inputs = Features, Width = 8, Depth = 5, Classes = Classes, Activation = ActivationKind.Gelu, Residual = true, Seed = 9 });
        NnFixtures.PerturbBiases(model, seed: 5);
        if (backendName == "cpu")
            return (model, new CpuNnOps<float>(ReferenceGemm.Instance), null);
        DeviceBackend device = backendName == "cuda" ? BackendCases.CreateCuda() : new EmulatedBackend();
        var ops = new DeviceNnOps(device);
        return (model.MoveTo(device.Memory), ops, new Disposables(ops, device));
    }

    /// <summary>Chunks of 7 rows (the last one 4): each chunk's traced forward, scored with the same loss op, gives the same bits.</summary>
    [Test]
    public void TheEvaluation_EqualsTheTracedForwardsScore_BitForBit()
    {
        var (model, ops, device) = Create();
        using var _ = device;
        var data = Data();
        const int chunk = 7;
        var evaluation = new ClassifierEvaluation(model, ops, data, chunk);
        var result = evaluation.Evaluate();

        var context = new NnContext<float>(ops);
        double lossSum = 0;
        int correct = 0;
        float largest = 0;
        for (int start = 0; start < Examples; start += chunk)
        {
            int rows = Math.Min(chunk, Examples - start);
            var x = new Tensor<float>(rows, Features);
            int[] labels = new int[rows];
            BatchSource.Gather(data, [.. Enumerable.Range(start, rows)], x, labels);
            var output = model.Forward(context, x.To(context.Memory)).Output;
            lossSum += ops.SoftmaxCrossEntropy(output, labels, null) * rows;
            var logits = output.ToHost();
            for (int r = 0; r < rows; r++)
            {
                var row = logits.Row(r).ToArray();
                largest = Math.Max(largest, row.Max(Math.Abs));
                if (Array.IndexOf(row, row.Max()) == labels[r])
                    correct++;
            }
        }
        Assert.That(largest, Is.GreaterThan(0f), "all-zero logits could not show a difference");
        Assert.That(result.Loss, Is.EqualTo(lossSum / Examples), "loss bits");
        Assert.That(result.Accuracy, Is.EqualTo((double)correct / Examples));
        Assert.That(evaluation.Evaluate(), Is.EqualTo(result), "a second evaluation at the same weights");
    }

    [Test]
    public void ASteadyStateEvaluation_AllocatesNothing_OnTheHeapOrTheDevice()
    {
        var (model, ops, device) = Create();
        using var _ = device;
        var evaluation = new ClassifierEvaluation(model, ops, Data(), chunkRows: 7);
        Assert.That(evaluation.DeviceBytes, Is.EqualTo(0), "no buffers before the first evaluation");
        evaluation.Evaluate();
        Assert.That(evaluation.DeviceBytes, Is.GreaterThan(0));
        var accountant = MemoryAccounting.Of(ops.Memory);
        long allocations = accountant?.Allocations ?? 0;
        long heap = Allocation.SteadyState(() => evaluation.Evaluate(), measured: 5);
        Assert.That(heap, Is.EqualTo(0), "managed bytes allocated by steady-state evaluations");
        if (accountant is not null)
            Assert.That(accountant.Allocations, Is.EqualTo(allocations), "device buffers allocated by steady-state evaluations");
        else
            Assert.That(backendName, Is.EqualTo("cpu"), "a device memory counts its allocations");
    }

    private sealed class Disposables(params IDisposable[] items) : IDisposable
    {
        public void Dispose()
        {
            foreach (var item in items)
                item.Dispose();
        }
    }
}
