using System.Numerics;
using ZoEngine.Nn;
using ZoEngine.Nn.Gemm;

namespace ZoEngine.Tests.Nn;

/// <summary>The batched bidirectional Jacobian probes (zo_probe_jacobian_batched and the sub-network pass) against explicit per-probe forwards, and the memory budget.</summary>
[TestFixture]
public sealed class ProbeBatchTests
{
    /// <summary>
    /// A residual ReLU network on small integers with h = 1/4: every sum and product is an exactly representable
    /// dyadic number far below 2²⁴, so W·(a ± h·e_m) + b and (W·a + b) ± h·W[:, m] are the same bits and the batched
    /// probe pass must equal the explicit forward of each probe input a ± h·e_m, in both precisions.
    /// </summary>
    private static Sequential<T> IntegerNetwork<T>() where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        var random = new Random(5);
        Linear<T> L(int i, int o)
        {
            var l = new Linear<T>(i, o);
            foreach (ref T w in l.Weight.Value.Span)
                w = T.CreateTruncating(random.Next(-2, 3));
            foreach (ref T b in l.Bias.Value.Span)
                b = T.CreateTruncating(random.Next(-2, 3));
            return l;
        }
        return new Sequential<T>(
            new Chain<T>(L(4, 3), new Activation<T>(ActivationKind.Relu, 3)),
            new Residual<T>(new Chain<T>(L(3, 3), new Activation<T>(ActivationKind.Relu, 3))),
            new Residual<T>(new Chain<T>(L(3, 3), new Activation<T>(ActivationKind.Relu, 3))),
            new Chain<T>(L(3, 3), new Activation<T>(ActivationKind.Relu, 3)),
            L(3, 2));
    }

    private static Tensor<T> IntegerInput<T>(int rows, int cols) where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        var random = new Random(6);
        var t = new Tensor<T>(rows, cols);
        foreach (ref T v in t.Span)
            v = T.CreateTruncating(random.Next(-3, 4));
        return t;
    }

    private static Tensor<T> ExplicitProbe<T>(Sequential<T> model, NnContext<T> context, ForwardTrace<T> trace, int k, int j, int row, T h)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        var (s, m, sign) = ProbeLayout.Decode(row, model.Width(k));
        var input = Tensor<T>.FromRow(trace.Activations[k].Row(s));
        input[0, m] = sign > 0 ? input[0, m] + h : input[0, m] - h;
        var output = new Tensor<T>(1, model.Width(j));
        model.ForwardRange(context, k, j, input, output);
        return output;
    }

    private static void ExactOnIntegers<T>() where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        var model = IntegerNetwork<T>();
        var context = NnContext<T>.Cpu(ReferenceGemm.Instance);
        var trace = model.Forward(context, IntegerInput<T>(3, 4));
        T h = T.CreateTruncating(0.25);
        var runner = new ProbeRunner<T>(model, context, SoftmaxCrossEntropy<T>.Instance, new HzoOptions { Step = 0.25 });
        int compared = 0;
        for (int k = 1; k < model.Depth; k++)
        {
            for (int j = k + 1; j <= model.Depth; j++)
            {
                int total = 3 * 2 * model.Width(k);
                var batched = runner.ProbeOutputs(trace, k, j, 0, total);
                for (int row = 0; row < total; row++)
                {
                    var expected = ExplicitProbe(model, context, trace, k, j, row, h);
                    Assert.That(batched.Row(row).ToArray(), Is.EqualTo(expected.Span.ToArray()), $"N_{{{k}:{j}}} probe row {row}");
                    compared++;
                }
            }
        }
        Assert.That(compared, Is.EqualTo(3 * 6 * (4 + 3 + 2 + 1)));
    }

    [Test]
    public void BatchedProbesEqualExplicitPerProbeForwardsBitForBitOnIntegersInFloat64() => ExactOnIntegers<double>();

    [Test]
    public void BatchedProbesEqualExplicitPerProbeForwardsBitForBitOnIntegersInFloat32() => ExactOnIntegers<float>();

    /// <summary>
    /// On Gaussian weights rounding is everywhere. The probe pass of any chunk equals that probe pair pushed through
    /// alone (chunking and batching do not change a bit), and the explicit forward of a ± h·e_m agrees to rounding:
    /// the two pre-activations differ by re-associating the sum W·a + b + h·W[:, m], a few ε·Σ|W||a| apart, which the
    /// following units carry with a Lipschitz factor of a few; 64·ε·(1 + |y|) covers that. Run on every CPU GEMM. The
    /// bit-for-bit part holds for GEMMs whose rows do not depend on how many rows a call has: the reference and the
    /// blocked GEMM. OpenBLAS picks kernels by the row count (its float32 rows differ in the last bits between a 2-row
    /// and a 240-row call), so for it the chunks are held to the same rounding tolerance instead.
    /// </summary>
    [Test]
    public void BatchedProbesAreChunkIndependentAndAgreeWithExplicitForwardsToRounding(
        [Values("reference", "blocked", "openblas")] string gemm, [Values("float32", "float64")] string precision)
    {
        var g = gemm == "openblas" ? OpenBlasGemm.TryCreate(out string reason) ?? Ignore(reason) : GemmSelector.Create(gemm);
        if (precision == "float32")
            GaussianCase<float>(g, 1.1920928955078125e-7, bitExactChunks: gemm != "openblas");
        else
            GaussianCase<double>(g, 2.220446049250313e-16, bitExactChunks: gemm != "openblas");
    }

    private static IGemm Ignore(string reason)
    {
        Assert.Ignore($"OpenBLAS not available: {reason}");
        throw new InvalidOperationException("unreachable: Assert.Ignore throws");
    }

    private static void GaussianCase<T>(IGemm gemm, double epsilon, bool bitExactChunks) where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        var model = Mlp.Create<T>(new MlpOptions { Inputs = 5, Width = 40, Depth = 5, Classes = 3, Activation = ActivationKind.Gelu, Residual = true, Seed = 9 });
        NnFixtures.PerturbBiases(model, 90);
        var context = NnContext<T>.Cpu(gemm);
        var trace = model.Forward(context, NnFixtures.Gaussian<T>(3, 5, 91));
        T h = T.CreateTruncating(1e-2);
        var runner = new ProbeRunner<T>(model, context, SoftmaxCrossEntropy<T>.Instance, new HzoOptions { Step = 1e-2 });
        foreach (var (k, j) in new[] { (1, 5), (2, 4), (3, 5), (4, 5) })
        {
            int total = 3 * 2 * model.Width(k);
            var batched = runner.ProbeOutputs(trace, k, j, 0, total);
            for (int row = 0; row < total; row += 2)
            {
                var pair = runner.ProbeOutputs(trace, k, j, row, 2);
                if (bitExactChunks)
                    Assert.That(batched.SliceRows(row, 2).Span.ToArray(), Is.EqualTo(pair.Span.ToArray()), $"N_{{{k}:{j}}} rows {row}, {row + 1}");
                for (int r = row; r < row + 2; r++)
                {
                    var expected = ExplicitProbe(model, context, trace, k, j, r, h);
                    for (int c = 0; c < expected.Cols; c++)
                    {
                        double e = double.CreateTruncating(expected[0, c]);
                        double tolerance = 64 * epsilon * (1 + Math.Abs(e));
                        Assert.That(double.CreateTruncating(batched[r, c]), Is.EqualTo(e).Within(tolerance), $"N_{{{k}:{j}}} row {r} col {c}");
                        Assert.That(double.CreateTruncating(pair[r - row, c]), Is.EqualTo(e).Within(tolerance), $"N_{{{k}:{j}}} row {r} col {c}, alone");
                    }
                }
            }
        }
    }

    [Test]
    public void TheMemoryBudgetChunksProbesWithoutChangingABitAndBoundsThePeak()
    {
        const int width = 6, batch = 5;
        var model = Mlp.Create<double>(new MlpOptions { Inputs = 4, Width = width, Depth = 7, Classes = 3, Activation = ActivationKind.Gelu, Residual = true, Seed = 4 });
        var context = NnFixtures.Context<double>();
        var x = NnFixtures.Gaussian<double>(batch, 4, 2);
        var labels = NnFixtures.Labels(batch, 3, 3);
        // The most demanding node holds two ping-pong rows of W, a residual unit's F buffer and its chain's
        // intermediate (W each): 4W doubles per probe row, so one coordinate pair needs 2·4W·8 bytes.
        long pair = 2L * 4 * width * sizeof(double);
        var results = new List<(long Budget, GradientResult Result, double[] Gradient)>();
        foreach (long budget in new[] { pair, 37 * pair / 2, HzoOptions.DefaultProbeMemoryBytes })
        {
            var result = new HzoGradient<double>(model, context, SoftmaxCrossEntropy<double>.Instance, new HzoOptions { ProbeMemoryBytes = budget }).Compute(x, labels);
            results.Add((budget, result, NnFixtures.Gradients(model)));
            Assert.That(result.PeakProbeBytes, Is.LessThanOrEqualTo(budget), $"budget {budget}");
            Assert.That(result.PeakProbeBytes, Is.GreaterThan(0));
        }
        // The demanding nodes run 2 (then 36) rows per chunk: exactly what their peak shows. The lightest node, the
        // output unit alone (one buffer of C = 3 columns), fits pair/(3·8) = 16 rows, and so reports the largest chunk;
        // under the larger budgets every node holds all B·2W = 60 probe rows of its split at once.
        Assert.That(results[0].Result.PeakProbeBytes, Is.EqualTo(pair));
        Assert.That(results[0].Result.ProbeChunkRows, Is.EqualTo(16));
        Assert.That(results[1].Result.PeakProbeBytes, Is.EqualTo(36 * pair / 2));
        Assert.That(results[1].Result.ProbeChunkRows, Is.EqualTo(batch * 2 * width));
        Assert.That(results[2].Result.ProbeChunkRows, Is.EqualTo(batch * 2 * width));
        Assert.That(results[1].Gradient, Is.EqualTo(results[0].Gradient));
        Assert.That(results[2].Gradient, Is.EqualTo(results[0].Gradient));
        Assert.That(results.Select(r => r.Result.Counts).Distinct().Count(), Is.EqualTo(1));

        var ex = Assert.Throws<ArgumentException>(() => new HzoGradient<double>(model, context, SoftmaxCrossEntropy<double>.Instance,
            new HzoOptions { ProbeMemoryBytes = pair - 1 }).Compute(x, labels));
        Assert.That(ex!.Message, Does.Contain($"{pair - 1} bytes").And.Contain($"{pair} bytes"));
    }
}
