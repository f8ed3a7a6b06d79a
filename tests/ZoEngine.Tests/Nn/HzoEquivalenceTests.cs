using ZoEngine.Nn;

namespace ZoEngine.Tests.Nn;

/// <summary>The paper's Theorem 1 (HZO's Jacobian-target products recover backprop) and the fidelity claims as tests.</summary>
[TestFixture]
public sealed class HzoEquivalenceTests
{
    private static readonly SoftmaxCrossEntropy<double> Loss64 = SoftmaxCrossEntropy<double>.Instance;

    private static (Sequential<double> Model, Tensor<double> X, int[] Labels) SmallResidual(ActivationKind activation, int depth, ulong seed)
    {
        var model = Mlp.Create<double>(new MlpOptions { Inputs = 6, Width = 5, Depth = depth, Classes = 3, Activation = activation, Residual = true, Seed = seed });
        NnFixtures.PerturbBiases(model, (int)seed * 10);
        return (model, NnFixtures.Gaussian<double>(4, 6, (int)seed + 100), NnFixtures.Labels(4, 3, (int)seed + 200));
    }

    private static double[] Gradient(IGradientMethod<double> method, Tensor<double> x, int[] labels)
    {
        method.Compute(x, labels);
        return NnFixtures.Gradients(method.Model);
    }

    /// <summary>
    /// Theorem 1 with its finite-difference bound. Each probed coordinate is a central difference of the smooth scalar
    /// g_m(t) = ⟨N_{k:j}(a_k + t·e_m), δ_j⟩, so by Taylor's theorem with remainder
    ///   (g_m(h) − g_m(−h))/(2h) = g_m'(0) + (h²/6)·g_m'''(ξ),  |ξ| ≤ h,
    /// i.e. δ̂_k = δ_k + h²·τ_k with |τ_k| ≤ max|g'''|/6, plus rounding of order ε·|g|/h. The leaves are exact given
    /// their δ, and an error in δ_j enters δ̂_k and the leaf of unit j linearly through exact Jacobians, so the HZO
    /// gradient is G(h) = G_bp + h²·C + O(h⁴) + O(ε/h) with a constant C fixed by the network and the batch. Hence:
    /// (1) the error falls 100-fold from h = 1e-2 to 1e-3 (pure h² scaling; the O(h⁴) and ε/h terms are 1e-4 and
    /// 1e-12 of it there), and (2) at h = 1e-3 the error is bounded by C·h² with C measured at h = 1e-2, plus the
    /// rounding allowance 2⁻⁵²·|G|/h·64 (ε/h with a factor of 64 for the ≤ log₂L chained differences and GEMM sums).
    /// A wrong term in the recursion gives an error that does not shrink with h and fails both.
    /// </summary>
    [TestCase(ActivationKind.Gelu, 4, 1UL)]
    [TestCase(ActivationKind.Gelu, 7, 2UL)]
    [TestCase(ActivationKind.Tanh, 6, 3UL)]
    [TestCase(ActivationKind.Tanh, 9, 4UL)]
    public void HzoGradientEqualsBackpropWithinTheCentralDifferenceBound(ActivationKind activation, int depth, ulong seed)
    {
        var (model, x, labels) = SmallResidual(activation, depth, seed);
        var context = NnFixtures.Context<double>();
        var bp = Gradient(new Backprop<double>(model, context, Loss64), x, labels);
        double scale = NnFixtures.MaxAbs(bp);
        Assert.That(scale, Is.GreaterThan(1e-3));

        double ErrorAt(double h) => NnFixtures.MaxAbsDifference(bp, Gradient(new HzoGradient<double>(model, context, Loss64, new HzoOptions { Step = h }), x, labels));
        double coarse = ErrorAt(1e-2), fine = ErrorAt(1e-3);
        TestContext.Out.WriteLine($"max |G_hzo − G_bp|: h=1e-2 {coarse:E3}, h=1e-3 {fine:E3}, ratio {coarse / fine:F2}; max |G_bp| {scale:E3}");

        Assert.That(coarse / fine, Is.InRange(90.0, 110.0), "second-order convergence to the backprop gradient");
        double c = coarse / 1e-4;
        double rounding = Math.Pow(2, -52) * scale / 1e-3 * 64;
        Assert.That(fine, Is.LessThanOrEqualTo(1.02 * c * 1e-6 + rounding));
    }

    /// <summary>
    /// ReLU networks are piecewise linear: while no probe moves a pre-activation across zero, every central difference is
    /// exact and HZO equals backprop up to rounding (ε·|G|/h = 2e-10·|G| at h = 1e-6, times the chain's small factor).
    /// The test checks the margin it relies on: every pre-activation is further from zero than any probe can move it.
    /// </summary>
    [Test]
    public void ReluHzoEqualsBackpropToRoundingWhenNoProbeCrossesAKink()
    {
        const double h = 1e-6;
        var (model, x, labels) = SmallResidual(ActivationKind.Relu, 8, 5);
        var context = NnFixtures.Context<double>();
        var trace = model.Forward(context, x);
        double margin = double.MaxValue, reach = 0;
        for (int l = 1; l < model.Depth; l++)
        {
            var chain = (Chain<double>)(model.Units[l - 1] is Residual<double> r ? r.Inner : model.Units[l - 1]);
            var linear = (Linear<double>)chain.Layers[0];
            var z = new Tensor<double>(x.Rows, linear.OutFeatures);
            linear.Forward(context, trace.Activations[l - 1], z, null);
            margin = Math.Min(margin, z.Span.ToArray().Min(Math.Abs));
            reach = Math.Max(reach, linear.Weight.Value.Span.ToArray().Max(Math.Abs));
        }
        // A probe of size h on one coordinate moves a pre-activation of the next unit by at most h·max|W|; deeper units
        // move by a Lipschitz multiple of that, which stays below 10 for these weights.
        Assert.That(margin, Is.GreaterThan(10 * h * reach), "the fixture must keep every kink out of the probes' reach");

        var bp = Gradient(new Backprop<double>(model, context, Loss64), x, labels);
        var hzo = Gradient(new HzoGradient<double>(model, context, Loss64, new HzoOptions { Step = h }), x, labels);
        Assert.That(NnFixtures.MaxAbs(bp), Is.GreaterThan(1e-3));
        Assert.That(NnFixtures.MaxAbsDifference(bp, hzo), Is.LessThanOrEqualTo(1e-8 * NnFixtures.MaxAbs(bp)));
    }

    [TestCase(11UL)]
    [TestCase(12UL)]
    public void Float32DepthSixteenResidualGeluHasCosineAboveNinetyFivePercentAtInit(ulong seed)
    {
        var model = Mlp.Create<float>(new MlpOptions { Inputs = 16, Width = 24, Depth = 16, Classes = 10, Activation = ActivationKind.Gelu, Residual = true, Seed = seed });
        var context = NnFixtures.Context<float>();
        var x = NnFixtures.Gaussian<float>(8, 16, (int)seed);
        var labels = NnFixtures.Labels(8, 10, (int)seed + 1);
        var loss = SoftmaxCrossEntropy<float>.Instance;
        new Backprop<float>(model, context, loss).Compute(x, labels);
        var bp = model.Parameters.Select(p => p.Gradient.Span.ToArray().Select(v => (double)v).ToArray()).ToList();
        new HzoGradient<float>(model, context, loss).Compute(x, labels);
        var hzo = model.Parameters.Select(p => p.Gradient.Span.ToArray().Select(v => (double)v).ToArray()).ToList();

        double overall = NnFixtures.Cosine([.. bp.SelectMany(g => g)], [.. hzo.SelectMany(g => g)]);
        Assert.That(overall, Is.GreaterThan(0.95));
        for (int unit = 1; unit <= model.Depth; unit++)
        {
            var indices = Enumerable.Range(0, model.Parameters.Count).Where(i => model.ParameterUnits[i] == unit).ToList();
            double[] a = [.. indices.SelectMany(i => bp[i])], b = [.. indices.SelectMany(i => hzo[i])];
            Assert.That(NnFixtures.MaxAbs(a), Is.GreaterThan(0), $"unit {unit} has a zero BP gradient");
            Assert.That(NnFixtures.Cosine(a, b), Is.GreaterThan(0.95), $"unit {unit}");
        }
    }

    [Test]
    public void ProbedOutputSignalAndProbedDerivativesConvergeToBackprop()
    {
        // A black-box tanh and a black-box loss (softmax CE known only by its values) against backprop of the same
        // network with the built-in tanh: HZO then has nothing analytic left, and must still converge at rate h².
        var (reference, x, labels) = SmallResidual(ActivationKind.Tanh, 5, 6);
        var context = NnFixtures.Context<double>();
        var bp = Gradient(new Backprop<double>(reference, context, Loss64), x, labels);
        var blackBox = BlackBoxTanhCopy(reference);
        var loss = new BlackBoxLoss<double>("ce-values", (y, c) => Loss64.SampleLoss(y, c));
        double ErrorAt(double h) => NnFixtures.MaxAbsDifference(bp, Gradient(new HzoGradient<double>(blackBox, context, loss,
            new HzoOptions { Step = h, OutputSignal = OutputSignal.Probed, Derivatives = DerivativeMode.Probed }), x, labels));
        double coarse = ErrorAt(1e-2), fine = ErrorAt(1e-3);
        Assert.That(coarse / fine, Is.InRange(90.0, 110.0));
        Assert.That(fine, Is.LessThan(1e-5 * NnFixtures.MaxAbs(bp)));
    }

    [Test]
    public void BlackBoxPiecesRefuseAnalyticModes()
    {
        var (reference, x, labels) = SmallResidual(ActivationKind.Tanh, 3, 7);
        var context = NnFixtures.Context<double>();
        var loss = new BlackBoxLoss<double>("values", (y, c) => Loss64.SampleLoss(y, c));
        Assert.Throws<ArgumentException>(() => _ = new HzoGradient<double>(reference, context, loss));
        Assert.Throws<ArgumentException>(() => _ = new Backprop<double>(reference, context, loss));
        var hzo = new HzoGradient<double>(BlackBoxTanhCopy(reference), context, Loss64);
        var ex = Assert.Throws<InvalidOperationException>(() => hzo.Compute(x, labels));
        Assert.That(ex!.Message, Does.Contain("black-box"));
    }

    [Test]
    public void NeuronwiseBaselineConvergesToBackprop()
    {
        var (model, x, labels) = SmallResidual(ActivationKind.Gelu, 6, 8);
        var context = NnFixtures.Context<double>();
        var bp = Gradient(new Backprop<double>(model, context, Loss64), x, labels);
        double ErrorAt(double h) => NnFixtures.MaxAbsDifference(bp, Gradient(new NeuronwiseGradient<double>(model, context, Loss64, new HzoOptions { Step = h }), x, labels));
        double coarse = ErrorAt(1e-2), fine = ErrorAt(1e-3);
        Assert.That(coarse / fine, Is.InRange(90.0, 110.0));
        Assert.That(fine, Is.LessThan(1e-6 * NnFixtures.MaxAbs(bp)));
    }

    /// <summary>The same network with each tanh replaced by a black-box host function computing Math.Tanh.</summary>
    private static Sequential<double> BlackBoxTanhCopy(Sequential<double> reference)
    {
        var units = new List<Layer<double>>();
        var linears = new List<(Linear<double> From, Linear<double> To)>();
        Linear<double> Copy(Linear<double> l)
        {
            var c = new Linear<double>(l.InFeatures, l.OutFeatures);
            linears.Add((l, c));
            return c;
        }
        Layer<double> Convert(Layer<double> layer) => layer switch
        {
            Linear<double> l => Copy(l),
            Activation<double> { Kind: ActivationKind.Tanh } a => new Activation<double>("tanh-values", Math.Tanh, a.InFeatures),
            Chain<double> c => new Chain<double>([.. c.Layers.Select(Convert)]),
            Residual<double> r => new Residual<double>(Convert(r.Inner)),
            _ => throw new NotSupportedException(layer.Describe()),
        };
        foreach (var unit in reference.Units)
            units.Add(Convert(unit));
        var copy = new Sequential<double>([.. units]);
        copy.CopyParametersFrom(reference);
        return copy;
    }
}
