using ZoEngine.Nn;

namespace ZoEngine.Tests.Nn;

/// <summary>DeepZero's coordinate-wise estimate: a forward difference per weight, on a sparse mask, from cached features.</summary>
[TestFixture]
public sealed class CgeGradientTests
{
    private static readonly SoftmaxCrossEntropy<double> Loss = SoftmaxCrossEntropy<double>.Instance;

    private static (Sequential<double> Model, Tensor<double> X, int[] Labels) Small(ulong seed)
    {
        var model = Mlp.Create<double>(new MlpOptions { Inputs = 6, Width = 5, Depth = 4, Classes = 3, Activation = ActivationKind.Gelu, Residual = true, Seed = seed });
        NnFixtures.PerturbBiases(model, (int)seed);
        return (model, NnFixtures.Gaussian<double>(4, 6, (int)seed + 100), NnFixtures.Labels(4, 3, (int)seed + 200));
    }

    /// <summary>
    /// A forward difference is g_i + (μ/2)·∂²ℓ/∂θ_i² + O(μ²) + O(ε/μ): first order, so the error falls tenfold from
    /// μ = 1e-4 to 1e-5 (the rounding term ε/μ ≈ 2e-11 is far below it). A wrong coordinate, sign or restore gives an
    /// error that does not shrink with μ.
    /// </summary>
    [TestCase(1UL)]
    [TestCase(2UL)]
    public void DenseCgeConvergesToBackpropAtFirstOrder(ulong seed)
    {
        var (model, x, labels) = Small(seed);
        var context = NnFixtures.Context<double>();
        new Backprop<double>(model, context, Loss).Compute(x, labels);
        var bp = NnFixtures.Gradients(model);
        Assert.That(NnFixtures.MaxAbs(bp), Is.GreaterThan(1e-3));
        double ErrorAt(double mu)
        {
            new CgeGradient<double>(model, context, Loss, new CgeOptions { Step = mu }).Compute(x, labels);
            return NnFixtures.MaxAbsDifference(bp, NnFixtures.Gradients(model));
        }
        double coarse = ErrorAt(1e-4), fine = ErrorAt(1e-5);
        TestContext.Out.WriteLine($"max |G_cge − G_bp|: μ=1e-4 {coarse:E3}, μ=1e-5 {fine:E3}");
        Assert.That(coarse / fine, Is.InRange(8.0, 12.0));
        Assert.That(fine, Is.LessThan(1e-4 * NnFixtures.MaxAbs(bp)));
    }

    [Test]
    public void SparseMaskEstimatesTheChosenWeightsAndEveryBias_AndLeavesThetaUnchanged()
    {
        var (model, x, labels) = Small(3);
        var context = NnFixtures.Context<double>();
        var before = model.Parameters.Select(p => p.Value.Span.ToArray()).ToArray();
        var cge = new CgeGradient<double>(model, context, Loss, new CgeOptions { Density = 0.25, Score = CgeScore.Magnitude, Step = 1e-6 });
        var counts = cge.Compute(x, labels).Counts;
        long estimated = 0;
        for (int p = 0; p < model.Parameters.Count; p++)
        {
            var value = model.Parameters[p].Value.Span.ToArray();
            var gradient = model.Parameters[p].Gradient.Span.ToArray();
            Assert.That(value, Is.EqualTo(before[p]), $"{model.ParameterNames[p]} restored bit for bit");
            int nonzero = gradient.Count(g => g != 0);
            if (model.ParameterNames[p].EndsWith("bias", StringComparison.Ordinal))
            {
                Assert.That(nonzero, Is.EqualTo(value.Length), $"every bias of {model.ParameterNames[p]} is estimated");
                estimated += value.Length;
                continue;
            }
            int keep = (int)Math.Round(0.25 * value.Length);
            Assert.That(nonzero, Is.EqualTo(keep), model.ParameterNames[p]);
            // Magnitude: every estimated weight is at least as large as every skipped one.
            double smallestKept = value.Where((_, i) => gradient[i] != 0).Min(Math.Abs);
            double largestSkipped = value.Where((_, i) => gradient[i] == 0).Max(Math.Abs);
            Assert.That(smallestKept, Is.GreaterThanOrEqualTo(largestSkipped), model.ParameterNames[p]);
            estimated += keep;
        }
        Assert.That(cge.EstimatedCoordinates, Is.EqualTo(estimated));
        // Feature reuse: a coordinate of unit l costs L − l + 1 unit evaluations per sample, on top of the full forward.
        long expected = x.Rows * model.Depth;
        for (int p = 0; p < model.Parameters.Count; p++)
        {
            var gradient = model.Parameters[p].Gradient.Span.ToArray();
            expected += (long)gradient.Count(g => g != 0) * x.Rows * (model.Depth - model.ParameterUnits[p] + 1);
        }
        Assert.That(counts.Forward, Is.EqualTo(expected));
        Assert.That(counts.Loss, Is.EqualTo(x.Rows * (1 + estimated)));
    }

    [Test]
    public void RandomMasksDependOnTheSeedAndAreRedrawnWhenAsked()
    {
        var (model, x, labels) = Small(4);
        var context = NnFixtures.Context<double>();
        int[] Mask(CgeGradient<double> cge)
        {
            cge.Compute(x, labels);
            return [.. model.Parameters[0].Gradient.Span.ToArray().Select((g, i) => g != 0 ? i : -1).Where(i => i >= 0)];
        }
        var a = new CgeGradient<double>(model, context, Loss, new CgeOptions { Density = 0.3, Seed = 1, RedrawEvery = 1 });
        var b = new CgeGradient<double>(model, context, Loss, new CgeOptions { Density = 0.3, Seed = 2 });
        var first = Mask(a);
        Assert.That(first, Has.Length.EqualTo((int)Math.Round(0.3 * model.Parameters[0].Value.Length)));
        Assert.That(Mask(b), Is.Not.EqualTo(first), "another seed, another mask");
        Assert.That(Mask(a), Is.Not.EqualTo(first), "redrawn at the second computation");
    }

    [Test]
    public void BadSettingsAndDeviceModelsAreRefused()
    {
        var (model, _, _) = Small(5);
        var context = NnFixtures.Context<double>();
        Assert.That(() => new CgeGradient<double>(model, context, Loss, new CgeOptions { Density = 0 }), Throws.ArgumentException.With.Message.Contains("density"));
        Assert.That(() => new CgeGradient<double>(model, context, Loss, new CgeOptions { Step = double.NaN }), Throws.ArgumentException.With.Message.Contains("μ"));
        Assert.That(() => new CgeGradient<double>(model, context, Loss, new CgeOptions { RedrawEvery = -1 }), Throws.ArgumentException.With.Message.Contains("redraw"));

        using var backend = new ZoEngine.Cuda.EmulatedBackend();
        using var ops = new DeviceNnOps(backend);
        var device = Mlp.Create<float>(new MlpOptions { Inputs = 6, Width = 5, Depth = 3, Classes = 3, Seed = 1 }).MoveTo(backend.Memory);
        Assert.That(() => new CgeGradient<float>(device, new NnContext<float>(ops), SoftmaxCrossEntropy<float>.Instance),
            Throws.ArgumentException.With.Message.Contains("use the cpu backend for cge"));
    }
}
