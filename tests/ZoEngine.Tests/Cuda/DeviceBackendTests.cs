using ZoEngine.Cpu.Reference;
using ZoEngine.Cuda;
using ZoEngine.Cuda.Kernels;
using ZoEngine.Noise;
using ZoEngine.Tests.Support;

namespace ZoEngine.Tests.Cuda;

/// <summary>
/// What only the device backends have: their memory, the launch path's checks, the kernels that the IZoBackend
/// contract does not reach (Philox known answers, the fixed-point sum), and disposal. Emulated always; Cuda where a
/// device exists, skipped with the driver's reason elsewhere.
/// </summary>
[TestFixtureSource(typeof(BackendCases), nameof(BackendCases.DeviceFixtures))]
public unsafe class DeviceBackendTests(string backendName)
{
    private DeviceBackend Create() => (DeviceBackend)BackendCases.Create(backendName);

    [Test]
    public void PhiloxKnownAnswers_RunThroughTheOneThreadKernel()
    {
        using var backend = Create();
        var kat = TestData.PhiloxKat();
        Assert.That(kat, Has.Count.GreaterThanOrEqualTo(3));
        var rows = kat.SelectMany(v => v.Counter.Concat(v.Key)).ToArray();
        var output = new uint[kat.Count * 4];
        backend.PhiloxKnownAnswers(rows, output);
        for (int i = 0; i < kat.Count; i++)
            Assert.That(output.AsSpan(4 * i, 4).ToArray(), Is.EqualTo(kat[i].Expected), $"known-answer row {i}");
    }

    public static IEnumerable<int> LargeOddLengths() => [6 * 512 + 7, 20011, 65537];

    [Test]
    public void NoiseAndCombination_AreBitIdenticalToTheCpuBackend_AtLargeOddLengths([ValueSource(nameof(LargeOddLengths))] int n)
    {
        using var backend = Create();
        using var cpu = new CpuBackend();
        foreach (ulong seed in new ulong[] { 3, 0xDEAD_BEEF_0000_0001UL })
        {
            using var device = Sets.New(backend, ("a", n), ("b", 5));
            using var host = Sets.New(cpu, ("a", n), ("b", 5));
            backend.Fill(device, NoiseKind.Gaussian, seed, 0.5f);
            cpu.Fill(host, NoiseKind.Gaussian, seed, 0.5f);
            NoiseTerm[] terms = [new(seed + 1, 1e-2f), new(seed + 2, -3e-3f, NoiseKind.Rademacher)];
            backend.Combine(device, terms);
            cpu.Combine(host, terms);
            float[] d = Sets.Host(device), h = Sets.Host(host);
            Assert.That(Bits.FirstDifference(h, d), Is.EqualTo(-1), $"seed {seed:x}: first differing element");
            Assert.That(d.Select(x => (double)x * x).Sum(), Is.GreaterThan(0), "non-zero result");
        }
    }

    [Test]
    public void SumFixed_EqualsTheCpuSpecification_InAnyOrder()
    {
        using var backend = Create();
        var rng = new Random(7);
        float[] values = Enumerable.Range(0, 10_007).Select(_ => (float)(rng.NextDouble() * 20 - 10)).ToArray();
        long expected = FixedPointSum.Sum(values, 24);
        Assert.That(expected, Is.Not.EqualTo(0));
        using var p = Sets.New(backend, ("losses", values.Length));
        p.CopyFromHost(values);
        Assert.That(backend.SumFixed(p[0], 24), Is.EqualTo(expected));
        // Integer addition is associative: another order, the same bits.
        float[] shuffled = values.OrderBy(_ => rng.Next()).ToArray();
        p.CopyFromHost(shuffled);
        Assert.That(backend.SumFixed(p[0], 24), Is.EqualTo(expected));
        Assert.That(FixedPointSum.ToDouble(expected, 24), Is.EqualTo(values.Select(v => (double)v).Sum()).Within(values.Length * Math.ScaleB(1, -24)));
    }

    [Test]
    public void SumFixed_RefusesNonFiniteValues()
    {
        using var backend = Create();
        using var p = Sets.New(backend, ("losses", 9));
        p.CopyFromHost([1, 2, 3, float.NaN, 5, 6, 7, 8, 9]);
        var e = Assert.Throws<ArgumentException>(() => backend.SumFixed(p[0], 10))!;
        Assert.That(e.Message, Does.Contain("1 of 9"));
        Assert.Throws<ArgumentException>(() => FixedPointSum.Sum([1f, float.PositiveInfinity], 10));
    }

    [Test]
    public void ALaunchWithTheWrongArgumentStruct_IsRefusedBeforeItRuns()
    {
        using var backend = Create();
        var kernel = backend.Runtime.FindKernel("zo_noise_combine");
        var e = Assert.Throws<ArgumentException>(() => backend.Runtime.Launch(kernel, 1, 32, new ZoFillArgs()))!;
        Assert.That(e.Message, Does.Contain("zo_noise_combine").And.Contain(nameof(ZoFillArgs)));
    }

    [Test]
    public void EveryKernelsArgumentStruct_HasTheSizeTheKernelDeclares()
    {
        using var backend = Create();
        foreach (var (name, bytes) in KernelAbi.ArgBytes)
            Assert.That(backend.Runtime.FindKernel(name).ArgBytes, Is.EqualTo(bytes), name);
    }

    [Test]
    public void SetsOfAnotherMemory_AreRefused()
    {
        using var backend = Create();
        using var cpu = new CpuBackend();
        using var host = new ParameterSet(("w", 8));
        using var device = Sets.New(backend, ("w", 8));
        var e = Assert.Throws<ArgumentException>(() => backend.Combine(host, [new NoiseTerm(1, 1f)]))!;
        Assert.That(e.Message, Does.Contain("host memory"));
        Assert.Throws<ArgumentException>(() => cpu.Combine(device, [new NoiseTerm(1, 1f)]));
        Assert.Throws<ArgumentException>(() => backend.Copy(host, device));
        Assert.Throws<InvalidOperationException>(() => device[0].AsSpan());
        Assert.Throws<InvalidOperationException>(() => device.Add("managed", new float[4]));
    }

    [Test]
    public void AnExternalDevicePointer_IsUpdatedInPlace_AndNotFreedByTheSet()
    {
        using var backend = Create();
        using var owned = backend.Memory.Allocate(100 * sizeof(float));
        float[] start = Enumerable.Range(0, 100).Select(i => (float)(i % 9 - 4)).ToArray();
        fixed (float* s = start)
            backend.Memory.CopyFromHost(s, owned.Pointer, 100 * sizeof(float));
        using (var p = new ParameterSet(backend.Memory))
        {
            p.AddExternal("trainer-weights", (float*)owned.Pointer, 100);
            backend.Combine(p, [new NoiseTerm(5, 0.25f)]);
        }
        var after = new float[100];
        fixed (float* a = after)
            backend.Memory.CopyToHost(owned.Pointer, a, 100 * sizeof(float));
        using var reference = new ParameterSet();
        reference.Add("trainer-weights", start.ToArray());
        UpdateReference.Combine(reference, [new NoiseTerm(5, 0.25f)]);
        Assert.That(Bits.FirstDifference(reference[0].AsSpan(), after), Is.EqualTo(-1));
        Assert.That(after, Is.Not.EqualTo(start));
    }

    [Test]
    public void DisposingTwice_IsHarmless_AndUseAfterDispose_Throws()
    {
        var backend = Create();
        using var p = Sets.New(backend, ("w", 16));
        backend.Dispose();
        Assert.DoesNotThrow(backend.Dispose);
        Assert.Throws<ObjectDisposedException>(() => backend.Combine(p, [new NoiseTerm(1, 1f)]));
        Assert.Throws<ObjectDisposedException>(() => backend.Fill(p, NoiseKind.Gaussian, 1, 1f));
        Assert.Throws<ObjectDisposedException>(() => backend.GetCoordinate(p, 0));
        Assert.Throws<ObjectDisposedException>(() => backend.PhiloxKnownAnswers(new uint[6], new uint[4]));
        Assert.Throws<ObjectDisposedException>(backend.Synchronize);
    }

    [Test]
    public void ABufferUsedAfterItsDisposal_Throws()
    {
        using var backend = Create();
        var buffer = backend.Memory.Allocate(64);
        buffer.Dispose();
        Assert.DoesNotThrow(buffer.Dispose);
        Assert.Throws<ObjectDisposedException>(() => _ = buffer.Pointer);
        var p = Sets.New(backend, ("w", 4));
        p.Dispose();
        Assert.Throws<ObjectDisposedException>(() => backend.Fill(p, NoiseKind.Gaussian, 1, 1f));
    }

    [Test]
    public void OptimizerState_LivesInDeviceMemory_AndReadsBackThroughCopies()
    {
        using var backend = Create();
        using var p = Sets.New(backend, ("w", 40));
        using var state = backend.AllocateState(p, true, true, StatePrecision.BFloat16);
        Assert.That(state.Memory, Is.SameAs(backend.Memory));
        var rule = new UpdateRule { Kind = UpdateKind.RAdaZo, LearningRate = 0.01f, Beta1 = 0.9f, Beta2 = 0.99f, Epsilon = 1e-8f };
        backend.Update(p, state, rule, [], new GradientSource([new NoiseTerm(9, 1f)]));
        float g = NoiseReference.Gaussian(9, p[0].Id, 3);
        // m = (1 − β1)·g from zero, rounded to bf16 on store.
        Assert.That(state.ReadFirst(3), Is.EqualTo(BFloat16.ToFloat(BFloat16.FromFloat((1f - 0.9f) * g))));
        Assert.That(state.ReadSecond(3), Is.GreaterThan(0f));
    }
}

/// <summary>The host build's own C ABI checks, below the C# launch path.</summary>
public unsafe class HostShimTests
{
    [Test]
    public void TheHostBuild_RefusesAWrongArgumentSize_AndUnknownKernels()
    {
        using var backend = new EmulatedBackend();
        var kernel = backend.Runtime.FindKernel("zo_coord_get");
        byte* args = stackalloc byte[64];
        int rc = ZoEngine.Cuda.Interop.HostShim.zo_host_launch(kernel.Function, 1, 1, 1, 1, 1, 1, 0, args, kernel.ArgBytes + 8);
        Assert.That(rc, Is.EqualTo(-1));
        Assert.That(ZoEngine.Cuda.Interop.HostShim.LastError(), Does.Contain(kernel.ArgBytes.ToString()));
        byte[] name = System.Text.Encoding.UTF8.GetBytes("zo_no_such_kernel\0");
        fixed (byte* n = name)
            Assert.That(ZoEngine.Cuda.Interop.HostShim.zo_host_find_kernel(n, out _, out _), Is.EqualTo(-1));
        Assert.That(() => backend.Runtime.FindKernel("zo_no_such_kernel"), Throws.InvalidOperationException.With.Message.Contains("zo_no_such_kernel"));
    }
}

/// <summary>zo_probe_jacobian_batched on the device backends against the probe-row formula, element by element.</summary>
[TestFixtureSource(typeof(BackendCases), nameof(BackendCases.DeviceFixtures))]
public unsafe class ProbeJacobianKernelTests(string backendName)
{
    [TestCase(3, 5, 7, 0, 30)]      // every probe row of 3 samples of width 5
    [TestCase(2, 33, 17, 10, 40)]   // a chunk starting mid-sample
    [TestCase(1, 1, 1, 0, 2)]
    public void ProbeRows_AreBaselinePlusOrMinusHTimesAColumnOfW(int samples, int width, int outputs, int first, int count)
    {
        using var backend = (DeviceBackend)BackendCases.Create(backendName);
        var rng = new Random(width * 31 + outputs);
        float[] baseline = Enumerable.Range(0, samples * outputs).Select(_ => (float)(rng.NextDouble() * 4 - 2)).ToArray();
        float[] weight = Enumerable.Range(0, outputs * width).Select(_ => (float)(rng.NextDouble() * 2 - 1)).ToArray();
        const float H = 1e-2f;
        using var p = new ParameterSet(backend.Memory);
        p.Add("baseline", baseline.Length);
        p.Add("weight", weight.Length);
        p.Add("probes", (long)count * outputs);
        p.CopyFromHost([.. baseline, .. weight, .. new float[count * outputs]]);
        backend.ProbeJacobianBatched(p[0].Pointer, p[1].Pointer, p[2].Pointer, samples, width, outputs, first, count, H);
        float[] got = Sets.Tensor(p, 2);
        for (int r = 0; r < count; r++)
        {
            int g = first + r, s = g / (2 * width), m = g % (2 * width) / 2;
            float sh = g % 2 == 0 ? H : -H;
            for (int o = 0; o < outputs; o++)
            {
                float product = sh * weight[o * width + m];
                float expected = baseline[s * outputs + o] + product;
                Assert.That(Bits.Of(got[r * outputs + o]), Is.EqualTo(Bits.Of(expected)), $"probe row {r} (sample {s}, coordinate {m}), output {o}");
            }
        }
    }

    [TestCase(4, 16, 10, 0, 128)]
    [TestCase(3, 9, 31, 6, 40)]
    public void TheKernel_EqualsTheCpuOpOfZoEngineNn_BitForBit(int samples, int width, int outputs, int first, int count)
    {
        using var backend = (DeviceBackend)BackendCases.Create(backendName);
        var rng = new Random(samples * 131 + width);
        float[] baseline = Enumerable.Range(0, samples * outputs).Select(_ => (float)(rng.NextDouble() * 4 - 2)).ToArray();
        float[] weight = Enumerable.Range(0, outputs * width).Select(_ => (float)(rng.NextDouble() * 2 - 1)).ToArray();
        const float H = 3e-3f;
        var cpu = new ZoEngine.Nn.CpuNnOps<float>(ZoEngine.Nn.Gemm.ReferenceGemm.Instance);
        var expected = new ZoEngine.Nn.Tensor<float>(count, outputs);
        cpu.ProbeJacobianBatched(ZoEngine.Nn.Tensor<float>.Wrap(baseline, samples, outputs), ZoEngine.Nn.Tensor<float>.Wrap(weight, outputs, width), H, first, expected);
        using var p = Sets.New(backend, ("baseline", baseline.Length), ("weight", weight.Length), ("probes", (long)count * outputs));
        p.CopyFromHost([.. baseline, .. weight, .. new float[count * outputs]]);
        backend.ProbeJacobianBatched(p[0].Pointer, p[1].Pointer, p[2].Pointer, samples, width, outputs, first, count, H);
        float[] got = Sets.Tensor(p, 2);
        Assert.That(Bits.FirstDifference(expected.Span, got), Is.EqualTo(-1));
        Assert.That(got.Any(x => x != 0f), "non-zero probes");
    }

    [Test]
    public void OddOrOutOfRangeChunks_AreRefused()
    {
        using var backend = (DeviceBackend)BackendCases.Create(backendName);
        using var p = Sets.New(backend, ("b", 8), ("w", 8), ("p", 64));
        Assert.Throws<ArgumentException>(() => backend.ProbeJacobianBatched(p[0].Pointer, p[1].Pointer, p[2].Pointer, 2, 2, 4, 1, 2, 0.1f));
        Assert.Throws<ArgumentException>(() => backend.ProbeJacobianBatched(p[0].Pointer, p[1].Pointer, p[2].Pointer, 2, 2, 4, 0, 10, 0.1f));
        Assert.Throws<ArgumentException>(() => backend.ProbeJacobianBatched(p[0].Pointer, p[1].Pointer, p[2].Pointer, 2, 0, 4, 0, 0, 0.1f));
    }
}

/// <summary>The device launch path allocates nothing per step once warm, like the CPU path.</summary>
public class DeviceSteadyStateTests
{
    [Test]
    public void AStepOnTheEmulatedBackend_AllocatesNothing([Values(ZoEngine.Optimizers.OptimizerKind.Sgd, ZoEngine.Optimizers.OptimizerKind.RAdaZo)] ZoEngine.Optimizers.OptimizerKind kind)
    {
        using var backend = new EmulatedBackend(blockSize: 64);
        using var p = Sets.New(backend, ("w", 3000), ("b", 7));
        backend.Fill(p, NoiseKind.Gaussian, 2, 0.5f);
        var config = new RunConfiguration
        {
            RunSeed = 3,
            Estimator = new ZoEngine.Estimators.EstimatorOptions { Queries = 2, Distribution = NoiseDistribution.Sphere },
            Optimizer = new ZoEngine.Optimizers.OptimizerOptions { Kind = kind, LearningRate = 1e-3f },
        };
        using var objective = new HostCopyObjective(new HalfSquaredNorm());
        using var trainer = new ZoTrainer(backend, p, objective, config);
        Assert.That(Allocation.SteadyState(() => trainer.Step(), measured: 5), Is.EqualTo(0));
    }
}
