using ZoEngine.Tests.Support;
using ZoEngine.Cuda;
using ZoEngine.Estimators;
using ZoEngine.Optimizers;
using ZoEngine.Nn;
using ZoEngine.Nn.Gemm;

namespace ZoEngine.Tests.Nn;

/// <summary>
/// The Nn ops on a device backend against <see cref="CpuNnOps{T}"/>, op by op and through whole models. Emulated runs
/// the kernels' host build through the same launch path as a GPU; cuda is skipped, with the driver's reason, where
/// there is no device. Ops made of IEEE +, −, ×, ÷ and √ in the CPU op's order must agree bit for bit; the ops that
/// call exp, log, erfc or tanh agree within <see cref="TranscendentalUlps"/>.
/// </summary>
[TestFixtureSource(typeof(BackendCases), nameof(BackendCases.DeviceFixtures))]
public sealed class DeviceNnOpsTests(string backendName) : DeviceOpsFixture(backendName)
{
    /// <summary>
    /// GELU, tanh and the softmax call erfc, exp, tanh and log: the kernels take them from the device's (or the host
    /// C library's) binary64 functions and round once, the CPU op from .NET's; each side is within an ulp or so of the
    /// exact value and rounds once, so the two differ by at most 1 float ulp at a rounding boundary; 2 leaves a margin.
    /// </summary>
    private const long TranscendentalUlps = 2;

    [Test]
    public void TensorsMoveBetweenHostAndDevice_AndViewsAddressTheSameBuffer()
    {
        var host = NnFixtures.Gaussian<float>(5, 7, seed: 1);
        var device = Dev(host);
        Assert.That((device.IsHost, device.Placement), Is.EqualTo((false, Backend.Memory)));
        BitEqual(device, host, "round trip");

        var rows = device.SliceRows(2, 2);
        Assert.That(Host(rows), Is.EqualTo(host.SliceRows(2, 2).Span.ToArray()));
        rows.CopyFrom(new float[14]);
        var expected = host.Clone();
        expected.SliceRows(2, 2).Span.Clear();
        BitEqual(device, expected, "a view writes into its parent's buffer");

        var clone = device.Clone();
        device.Clear();
        Assert.That(Host(device), Is.All.EqualTo(0f));
        BitEqual(clone, expected, "a clone is a copy in the same memory");
        Assert.That(clone.Placement, Is.SameAs(Backend.Memory));
    }

    [Test]
    public void HostCodeCannotAddressADeviceTensor_AndOpsRefuseTensorsFromAnotherMemory()
    {
        var device = Tensor<float>.Allocate(Backend.Memory, 2, 3);
        var e = Assert.Throws<InvalidOperationException>(() => _ = device.Span);
        Assert.That(e!.Message, Does.Contain(Backend.Memory.Name).And.Contain("ToHost"));
        Assert.Throws<InvalidOperationException>(() => Cpu.AddScalar(device, 1f, device));

        var host = new Tensor<float>(2, 3);
        var a = Assert.Throws<ArgumentException>(() => Ops.Add(device, host, device));
        Assert.That(a!.Message, Does.Contain("b (").And.Contain("host memory"));
        Assert.That(Host(device), Is.All.EqualTo(0f), "a refused op changes nothing");
    }

    [Test]
    public void ElementwiseOps_EqualTheCpuOps_BitForBit()
    {
        // 1 000 elements: not a multiple of any block size, so the grid's tail is covered.
        var a = NnFixtures.Gaussian<float>(40, 25, seed: 2);
        var b = NnFixtures.Gaussian<float>(40, 25, seed: 3);
        var g = NnFixtures.Gaussian<float>(40, 25, seed: 4);
        var bias = NnFixtures.Gaussian<float>(1, 25, seed: 5);

        var cpu = new Tensor<float>(40, 25);
        var dev = Dev(cpu);
        Cpu.Add(a, b, cpu);
        Ops.Add(Dev(a), Dev(b), dev);
        BitEqual(dev, cpu, "Add");

        Cpu.AddScalar(a, 0.375f, cpu);
        Ops.AddScalar(Dev(a), 0.375f, dev);
        BitEqual(dev, cpu, "AddScalar");

        var y = a.Clone();
        var yd = Dev(a);
        Cpu.AddRowVector(y, bias);
        Ops.AddRowVector(yd, Dev(bias));
        BitEqual(yd, y, "AddRowVector");

        var sums = NnFixtures.Gaussian<float>(1, 25, seed: 6);
        var sumsDev = Dev(sums);
        Cpu.AccumulateColumnSums(a, sums);
        Ops.AccumulateColumnSums(Dev(a), sumsDev);
        BitEqual(sumsDev, sums, "AccumulateColumnSums (rows in ascending order)");

        Cpu.CentralDifference(a, b, 1e-3f, g, cpu);
        Ops.CentralDifference(Dev(a), Dev(b), 1e-3f, Dev(g), dev);
        BitEqual(dev, cpu, "CentralDifference");

        // In place, as the layers call them: the output aliases an input.
        var inPlace = Dev(a);
        Ops.Add(inPlace, Dev(b), inPlace);
        Cpu.Add(a, b, cpu);
        BitEqual(inPlace, cpu, "Add in place");
    }

    [TestCase(ActivationKind.Identity)]
    [TestCase(ActivationKind.Relu)]
    [TestCase(ActivationKind.Gelu)]
    [TestCase(ActivationKind.Tanh)]
    public void Activations_AndTheirBackward_MatchTheCpuOps(ActivationKind kind)
    {
        var z = NnFixtures.Gaussian<float>(31, 17, seed: 7, scale: 3);
        // The edges: signed zeros, a NaN (ReLU keeps it visible), and values where erfc and tanh saturate.
        z[0, 0] = -0f;
        z[0, 1] = 0f;
        z[0, 2] = kind == ActivationKind.Gelu || kind == ActivationKind.Tanh ? 12f : float.NaN;
        z[0, 3] = -12f;
        var dA = NnFixtures.Gaussian<float>(31, 17, seed: 8);
        var a = new Tensor<float>(31, 17);
        var dZ = new Tensor<float>(31, 17);
        Cpu.Activate(kind, z, a);
        Cpu.ActivationBackward(kind, z, a, dA, dZ);

        var zd = Dev(z);
        var ad = Tensor<float>.Allocate(Backend.Memory, 31, 17);
        var dZd = Tensor<float>.Allocate(Backend.Memory, 31, 17);
        Ops.Activate(kind, zd, ad);
        // The backward is given the CPU's a, so that the comparison is of the backward alone (tanh reads a).
        Ops.ActivationBackward(kind, zd, Dev(a), Dev(dA), dZd);

        if (kind is ActivationKind.Identity or ActivationKind.Relu)
        {
            BitEqual(ad, a, $"{kind} forward");
            BitEqual(dZd, dZ, $"{kind} backward");
        }
        else
        {
            WithinUlps(ad, a, TranscendentalUlps, $"{kind} forward");
            if (kind == ActivationKind.Tanh)
            {
                BitEqual(dZd, dZ, "tanh backward, dA·(1 − a·a), has no transcendental");
            }
            else
            {
                // GELU' = Φ(z) + z·φ(z) crosses zero near z = −0.75, where an ulp bound means nothing: the CPU's
                // vectorised Φ is within 6.6e-9 absolute of the exact one (docs/hzo.md §1), the kernel's erfc far
                // closer, so the two may differ by |dA|·7e-9 plus each side's final rounding.
                var d = Host(dZd);
                var c = dZ.Span.ToArray();
                var g = dA.Span.ToArray();
                for (int i = 0; i < d.Length; i++)
                {
                    float ulp = MathF.BitIncrement(Math.Max(Math.Abs(d[i]), Math.Abs(c[i]))) - Math.Max(Math.Abs(d[i]), Math.Abs(c[i]));
                    Assert.That(Math.Abs(d[i] - c[i]), Is.LessThanOrEqualTo(Math.Abs(g[i]) * 7e-9 + 2 * ulp), $"GELU backward element {i} (z = {z.Span[i]})");
                }
            }
        }
    }

    [Test]
    public void SoftmaxCrossEntropy_MatchesTheCpuOp_AndRefusesBadLabelsBeforeLaunching()
    {
        var logits = NnFixtures.Gaussian<float>(9, 10, seed: 9, scale: 4);
        int[] labels = NnFixtures.Labels(9, 10, seed: 10);
        var grad = new Tensor<float>(9, 10);
        double cpuLoss = Cpu.SoftmaxCrossEntropy(logits, labels, grad);
        var gradDev = Tensor<float>.Allocate(Backend.Memory, 9, 10);
        double devLoss = Ops.SoftmaxCrossEntropy(Dev(logits), labels, gradDev);
        Assert.That(devLoss, Is.EqualTo(cpuLoss).Within(1e-6).Percent);
        WithinUlps(gradDev, grad, TranscendentalUlps, "dLogits");
        Assert.That(Ops.SoftmaxCrossEntropy(Dev(logits), labels, null), Is.EqualTo(devLoss), "the loss alone is the same launch");

        labels[4] = 10;
        var e = Assert.Throws<ArgumentException>(() => Ops.SoftmaxCrossEntropy(Dev(logits), labels, gradDev));
        Assert.That(e!.Message, Does.Contain("Label 10 of sample 4"));
    }

    [TestCase(Transpose.No, Transpose.No, 0f)]
    [TestCase(Transpose.No, Transpose.Yes, 0f)]
    [TestCase(Transpose.Yes, Transpose.No, 0.5f)]
    [TestCase(Transpose.Yes, Transpose.Yes, 1f)]
    public void MatMul_IsTheReferenceProduct(Transpose ta, Transpose tb, float beta)
    {
        const int m = 13, n = 9, k = 21;
        var a = ta == Transpose.No ? NnFixtures.Gaussian<float>(m, k, seed: 11) : NnFixtures.Gaussian<float>(k, m, seed: 11);
        var b = tb == Transpose.No ? NnFixtures.Gaussian<float>(k, n, seed: 12) : NnFixtures.Gaussian<float>(n, k, seed: 12);
        var c = NnFixtures.Gaussian<float>(m, n, seed: 13);
        var cd = Dev(c);
        Cpu.MatMul(a, ta, b, tb, c, 1.5f, beta);
        Ops.MatMul(Dev(a), ta, Dev(b), tb, cd, 1.5f, beta);
        if (ExactGemm)
        {
            BitEqual(cd, c, "zo_nn_gemm sums k in ascending order, as the reference GEMM does");
            return;
        }
        // cuBLAS sums in its own order: k = 21 terms of size ~1 each, so a few float ulps of the largest partial sum.
        var d = Host(cd);
        var expected = c.Span.ToArray();
        for (int i = 0; i < d.Length; i++)
            Assert.That(d[i], Is.EqualTo(expected[i]).Within(1e-4f * (1 + Math.Abs(expected[i]))), $"element {i}");
    }

    [Test]
    public void ProbeOps_EqualTheCpuOps_BitForBit_ChunkByChunk()
    {
        const int samples = 3, width = 6, outputs = 5;
        var anchor = NnFixtures.Gaussian<float>(samples, width, seed: 14);
        var weight = NnFixtures.Gaussian<float>(outputs, width, seed: 15);
        var baseline = NnFixtures.Gaussian<float>(samples, outputs, seed: 16);
        var deltaOut = NnFixtures.Gaussian<float>(samples, outputs, seed: 17);
        int total = 2 * samples * width;
        const float h = 1.0f / 64;
        var deltaCpu = new Tensor<float>(samples, width);
        var deltaDev = Tensor<float>.Allocate(Backend.Memory, samples, width);
        // Chunks of 10 rows: a chunk boundary falls inside a sample, as it does under a memory budget.
        for (int first = 0; first < total; first += 10)
        {
            int count = Math.Min(10, total - first);
            var inputs = new Tensor<float>(count, width);
            var inputsDev = Tensor<float>.Allocate(Backend.Memory, count, width);
            Cpu.ProbeInputs(anchor, h, first, inputs);
            Ops.ProbeInputs(Dev(anchor), h, first, inputsDev);
            BitEqual(inputsDev, inputs, $"ProbeInputs [{first}, {first + count})");

            var skip = NnFixtures.Gaussian<float>(count, width, seed: 18 + first);
            var skipDev = Dev(skip);
            Cpu.ProbeSkip(anchor, h, first, skip);
            Ops.ProbeSkip(Dev(anchor), h, first, skipDev);
            BitEqual(skipDev, skip, $"ProbeSkip [{first}, {first + count})");

            var probes = new Tensor<float>(count, outputs);
            var probesDev = Tensor<float>.Allocate(Backend.Memory, count, outputs);
            Cpu.ProbeJacobianBatched(baseline, weight, h, first, probes);
            Ops.ProbeJacobianBatched(Dev(baseline), Dev(weight), h, first, probesDev);
            BitEqual(probesDev, probes, $"ProbeJacobianBatched [{first}, {first + count})");

            Cpu.ProbeContract(probes, deltaOut, h, first, deltaCpu);
            Ops.ProbeContract(probesDev, Dev(deltaOut), h, first, deltaDev);
        }
        BitEqual(deltaDev, deltaCpu, "ProbeContract over all chunks");
        Assert.That(NnFixtures.MaxAbs([.. deltaCpu.Span.ToArray().Select(v => (double)v)]), Is.GreaterThan(0.01), "an all-zero δ cannot pass");
    }

    [Test]
    public void DenseUpdates_EqualTheCpuOps_BitForBit()
    {
        var theta = NnFixtures.Gaussian<float>(7, 11, seed: 20);
        var grad = NnFixtures.Gaussian<float>(7, 11, seed: 21);
        var thetaDev = Dev(theta);
        var gradDev = Dev(grad);
        var velocity = new Tensor<float>(7, 11);
        var velocityDev = Dev(velocity);
        for (int step = 0; step < 3; step++)
        {
            Cpu.SgdUpdate(theta, grad, velocity, 0.05f, 0.9f, 1e-3f, first: step == 0);
            Ops.SgdUpdate(thetaDev, gradDev, velocityDev, 0.05f, 0.9f, 1e-3f, first: step == 0);
        }
        Cpu.SgdUpdate(theta, grad, null, 0.05f, 0f, 0f, first: false);
        Ops.SgdUpdate(thetaDev, gradDev, null, 0.05f, 0f, 0f, first: false);
        BitEqual(thetaDev, theta, "SGD θ");
        BitEqual(velocityDev, velocity, "SGD velocity");

        var m = new Tensor<float>(7, 11);
        var v = new Tensor<float>(7, 11);
        var mDev = Dev(m);
        var vDev = Dev(v);
        for (int t = 1; t <= 3; t++)
        {
            float stepSize = (float)(1e-2 / (1 - Math.Pow(0.9, t)));
            float inv = (float)(1 / Math.Sqrt(1 - Math.Pow(0.999, t)));
            Cpu.AdamUpdate(theta, grad, m, v, stepSize, inv, 0.9f, 0.999f, 1e-8f, 1e-4f);
            Ops.AdamUpdate(thetaDev, gradDev, mDev, vDev, stepSize, inv, 0.9f, 0.999f, 1e-8f, 1e-4f);
        }
        BitEqual(thetaDev, theta, "Adam θ");
        BitEqual(mDev, m, "Adam m");
        BitEqual(vDev, v, "Adam v");
    }

    [Test]
    public void FirstNonFinite_FindsTheFirstBadTensorAndElement_InOneCall()
    {
        var clean = NnFixtures.Gaussian<float>(4, 5, seed: 21);
        var x = NnFixtures.Gaussian<float>(30, 30, seed: 22);
        var later = NnFixtures.Gaussian<float>(3, 3, seed: 23);
        Assert.That(Ops.FirstNonFinite([Dev(clean), Dev(x), Dev(later)]), Is.EqualTo((-1, -1)));
        Assert.That(Ops.FirstNonFinite([]), Is.EqualTo((-1, -1)));
        x[25, 0] = float.NaN;
        x[20, 3] = float.PositiveInfinity;
        later[0, 0] = float.NaN;
        // The earliest element of the earliest bad tensor, wherever the searches of the others stopped.
        Assert.That(Ops.FirstNonFinite([Dev(clean), Dev(x), Dev(later)]), Is.EqualTo((1, 20 * 30 + 3)));
        Assert.That(Cpu.FirstNonFinite([clean, x, later]), Is.EqualTo((1, 20 * 30 + 3)));
        Assert.That(Ops.FirstNonFinite([Dev(clean), Dev(later)]), Is.EqualTo((1, 0)));
        Assert.Throws<ArgumentException>(() => Ops.FirstNonFinite([Dev(clean), later]), "a host tensor among device ones");
    }

    private static MlpOptions Small(ActivationKind activation, bool residual) =>
        new() { Inputs = 12, Width = 8, Depth = 4, Classes = 5, Activation = activation, Residual = residual, Seed = 3 };

    [TestCase(ActivationKind.Relu, true)]
    [TestCase(ActivationKind.Gelu, true)]
    [TestCase(ActivationKind.Tanh, false)]
    public void HzoAndBackprop_OnTheDevice_MatchTheCpu(ActivationKind activation, bool residual)
    {
        var input = NnFixtures.Gaussian<float>(3, 12, seed: 23);
        int[] labels = NnFixtures.Labels(3, 5, seed: 24);
        var options = new HzoOptions { ProbeMemoryBytes = 2 << 10 };   // a small budget: several chunks per node

        var cpuModel = Mlp.Create<float>(Small(activation, residual));
        NnFixtures.PerturbBiases(cpuModel, seed: 25);
        var devModel = Mlp.Create<float>(Small(activation, residual));
        devModel.CopyParametersFrom(cpuModel);
        devModel.MoveTo(Backend.Memory);
        Assert.That(devModel.Parameters.All(p => p.Value.Placement == Backend.Memory && p.Gradient.Placement == Backend.Memory));

        var cpuContext = new NnContext<float>(Cpu);
        var devContext = new NnContext<float>(Ops);
        var loss = SoftmaxCrossEntropy<float>.Instance;
        foreach (var (cpuMethod, devMethod) in new (IGradientMethod<float>, IGradientMethod<float>)[]
                 {
                     (new Backprop<float>(cpuModel, cpuContext, loss), new Backprop<float>(devModel, devContext, loss)),
                     (new HzoGradient<float>(cpuModel, cpuContext, loss, options), new HzoGradient<float>(devModel, devContext, loss, options)),
                 })
        {
            var cpuResult = cpuMethod.Compute(input, labels);
            var devResult = devMethod.Compute(Dev(input), labels);
            var cpuGrad = NnFixtures.Gradients(cpuModel);
            var devGrad = NnFixtures.Gradients(devModel);
            Assert.That(devResult.Counts, Is.EqualTo(cpuResult.Counts), $"{cpuMethod.Name}: the same evaluations");
            Assert.That(devResult.Loss, Is.EqualTo(cpuResult.Loss).Within(1e-5).Percent, $"{cpuMethod.Name} loss");
            Assert.That(NnFixtures.MaxAbs(cpuGrad), Is.GreaterThan(1e-3), "an all-zero gradient cannot pass");
            // The softmax's exp and log (and GELU's erfc, tanh) differ by ulps between libraries, and HZO divides
            // probe differences by 2h, which magnifies an ulp of an output by ~1/h relative to the gradient. Measured
            // on Emulated: ReLU 0, GELU 3.5e-7, tanh 2.8e-5 of the largest component (HZO; backprop is smaller);
            // 1e-4 bounds that with room for a GPU's expf, which is within 2 ulps rather than glibc's 1.
            double scale = NnFixtures.MaxAbs(cpuGrad);
            TestContext.Out.WriteLine($"{BackendName} {activation} {cpuMethod.Name}: max |Δg| / max |g| = {NnFixtures.MaxAbsDifference(devGrad, cpuGrad) / scale:E2}, cosine {NnFixtures.Cosine(devGrad, cpuGrad):F9}");
            Assert.That(NnFixtures.MaxAbsDifference(devGrad, cpuGrad), Is.LessThan(1e-4 * scale), $"{cpuMethod.Name} gradient");
            Assert.That(NnFixtures.Cosine(devGrad, cpuGrad), Is.GreaterThan(0.99999), $"{cpuMethod.Name} cosine");
        }
        Assert.That(devContext.Workspace.Memory, Is.SameAs(Backend.Memory), "scratch lives on the device");
    }

    [Test]
    public void TrainingSteps_OnTheDevice_TrackTheCpu_AndANonFiniteGradientChangesNothing()
    {
        var input = NnFixtures.Gaussian<float>(4, 12, seed: 26);
        int[] labels = NnFixtures.Labels(4, 5, seed: 27);
        var cpuModel = Mlp.Create<float>(Small(ActivationKind.Relu, residual: true));
        var devModel = Mlp.Create<float>(Small(ActivationKind.Relu, residual: true)).MoveTo(Backend.Memory);
        var cpu = new Backprop<float>(cpuModel, new NnContext<float>(Cpu), SoftmaxCrossEntropy<float>.Instance);
        var dev = new Backprop<float>(devModel, new NnContext<float>(Ops), SoftmaxCrossEntropy<float>.Instance);
        var cpuAdam = new DenseAdam<float>(cpuModel, 1e-2);
        var devAdam = new DenseAdam<float>(devModel, 1e-2, ops: Ops);
        var inputDev = Dev(input);
        double first = 0, lastCpu = 0, lastDev = 0;
        for (int step = 0; step < 5; step++)
        {
            lastCpu = cpu.Compute(input, labels).Loss;
            lastDev = dev.Compute(inputDev, labels).Loss;
            if (step == 0)
                first = lastDev;
            cpuAdam.Step();
            devAdam.Step();
        }
        Assert.That(lastDev, Is.LessThan(first), "five Adam steps lower the loss");
        Assert.That(lastDev, Is.EqualTo(lastCpu).Within(1e-4).Percent);

        // Without the device's ops the optimizer cannot touch device parameters, and says so.
        var e = Assert.Throws<InvalidOperationException>(() => new DenseSgd<float>(devModel, 0.1).Step());
        Assert.That(e!.Message, Does.Contain(Backend.Memory.Name).And.Contain("ops"));

        var before = devModel.Parameters.Select(p => Host(p.Value)).ToArray();
        var bad = devModel.Parameters[^1].Gradient;
        var poisoned = Host(bad);
        poisoned[3] = float.NaN;
        bad.CopyFrom(poisoned);
        var nonFinite = Assert.Throws<NnNonFiniteException>(() => devAdam.Step());
        Assert.That(nonFinite!.Index, Is.EqualTo(3));
        for (int p = 0; p < before.Length; p++)
            Assert.That(Host(devModel.Parameters[p].Value), Is.EqualTo(before[p]), $"parameter {p} unchanged");
    }

    [Test]
    public void GradientMethods_RefuseAModelThatLivesElsewhereThanTheirOps()
    {
        var model = Mlp.Create<float>(Small(ActivationKind.Relu, residual: true)).MoveTo(Backend.Memory);
        var cpuContext = new NnContext<float>(Cpu);
        var loss = SoftmaxCrossEntropy<float>.Instance;
        foreach (var bind in new Func<object>[] { () => new Backprop<float>(model, cpuContext, loss), () => new HzoGradient<float>(model, cpuContext, loss),
                                                  () => new NeuronwiseGradient<float>(model, cpuContext, loss) })
        {
            var e = Assert.Throws<ArgumentException>(() => bind());
            Assert.That(e!.Message, Does.Contain(Backend.Memory.Name).And.Contain("MoveTo"));
        }
        var hostModel = Mlp.Create<float>(Small(ActivationKind.Relu, residual: true));
        Assert.Throws<ArgumentException>(() => new HzoGradient<float>(hostModel, new NnContext<float>(Ops), loss));
    }

    [Test]
    public void AZoNetworkTrainer_RefusesAModelOutsideItsOpsMemory_WithTheReason()
    {
        var config = new RunConfiguration { RunSeed = 5, Estimator = EstimatorOptions.MeZo(1e-2f), Optimizer = new OptimizerOptions { Kind = OptimizerKind.Sgd, LearningRate = 1e-3f } };
        var hostModel = Mlp.Create<float>(Small(ActivationKind.Relu, residual: false));
        var e = Assert.Throws<ArgumentException>(() => new ZoNetworkTrainer(hostModel, new NnContext<float>(Ops), SoftmaxCrossEntropy<float>.Instance, config));
        Assert.That(e!.Message, Does.Contain("host memory").And.Contain("MoveTo"));
        var deviceModel = Mlp.Create<float>(Small(ActivationKind.Relu, residual: false)).MoveTo(Backend.Memory);
        using var cpu = new CpuBackend();
        e = Assert.Throws<ArgumentException>(() => new ZoNetworkTrainer(deviceModel, new NnContext<float>(Ops), SoftmaxCrossEntropy<float>.Instance, config, cpu));
        Assert.That(e!.Message, Does.Contain("backend of the model's memory"));
    }
}
