using ZoEngine.Tests.Support;
using ZoEngine.Cuda;
using ZoEngine.Nn;
using ZoEngine.Nn.Gemm;

namespace ZoEngine.Tests.Nn;

/// <summary>
/// The SPP geometry and ops on the CPU, against the plain probe layout: a lattice row is the plain probe rows of its
/// positions at once, and the region contraction of lattice rows equals the full contraction of plain rows bit for bit
/// when every position's effect stays inside its influence region.
/// </summary>
public sealed class SppOpsTests
{
    /// <summary>Geometries: stride 1 and 2, offsets from padding, odd sizes, and r ≥ H (one position per probe).</summary>
    public static IEnumerable<TestCaseData> Geometries()
    {
        yield return Case(new(2, 7, 5), new(3, 7, 5), new(3, 1, 1), "3x3 pad 1");
        yield return Case(new(1, 9, 8), new(2, 9, 8), new(5, 1, 2), "two 3x3 pad 1");
        yield return Case(new(2, 9, 7), new(2, 5, 4), new(3, 2, 1), "3x3 stride 2 pad 1");
        yield return Case(new(3, 8, 8), new(2, 4, 4), new(4, 2, 1), "3x3 pad 1 then 2x2 pool");
        yield return Case(new(2, 6, 6), new(1, 2, 2), new(7, 2, 3), "r > H: one position per probe");
        yield return Case(new(1, 11, 13), new(2, 9, 11), new(3, 1, 0), "3x3 valid");

        static TestCaseData Case(SpatialShape input, SpatialShape output, ReceptiveField field, string name) =>
            new TestCaseData(new SppGeometry(input, output, field)).SetArgDisplayNames(name);
    }

    [TestCaseSource(nameof(Geometries))]
    public void Decode_CoversEveryPositionOnceForEachSign(SppGeometry g)
    {
        var shape = g.Input;
        int samples = 2;
        var hits = new int[samples, shape.Features, 2];
        for (int row = 0; row < samples * g.RowsPerSample; row++)
        {
            var (s, c, p, q, sign) = g.Decode(row);
            for (int y = p; y < shape.Height; y += g.Period)
                for (int x = q; x < shape.Width; x += g.Period)
                    hits[s, (c * shape.Height + y) * shape.Width + x, sign > 0 ? 0 : 1]++;
        }
        foreach (int h in hits)
            Assert.That(h, Is.EqualTo(1));
        Assert.That(g.RowsPerSample, Is.EqualTo(2 * shape.Channels * Math.Min(g.Period, shape.Height) * Math.Min(g.Period, shape.Width)));
    }

    [TestCaseSource(nameof(Geometries))]
    public void ProbeInputs_AreThePlainProbesOfTheirPositionsAtOnce(SppGeometry g)
    {
        var ops = new CpuNnOps<double>(ReferenceGemm.Instance);
        int samples = 2, features = g.Input.Features;
        var anchor = NnFixtures.Gaussian<double>(samples, features, seed: 3);
        const double h = 0.25;
        var spp = new Tensor<double>(samples * g.RowsPerSample, features);
        ops.SppProbeInputs(anchor, g, h, 0, spp);
        var plain = new Tensor<double>(2 * samples * features, features);
        ops.ProbeInputs(anchor, h, 0, plain);
        for (int row = 0; row < spp.Rows; row++)
        {
            var (s, c, p, q, sign) = g.Decode(row);
            var expected = anchor.Row(s).ToArray();
            for (int y = p; y < g.Input.Height; y += g.Period)
            {
                for (int x = q; x < g.Input.Width; x += g.Period)
                {
                    int m = (c * g.Input.Height + y) * g.Input.Width + x;
                    int plainRow = s * 2 * features + 2 * m + (sign > 0 ? 0 : 1);
                    expected[m] = plain[plainRow, m];
                }
            }
            Assert.That(spp.Row(row).ToArray(), Is.EqualTo(expected), $"row {row}");
        }
    }

    [TestCaseSource(nameof(Geometries))]
    public void Contract_EqualsThePlainContraction_BitForBit(SppGeometry g)
    {
        var ops = new CpuNnOps<float>(ReferenceGemm.Instance);
        var synthetic = SppSynthetic.Create(g, samples: 2, seed: 11);
        const float h = 0.01f;
        var plainDelta = new Tensor<float>(2, g.Input.Features);
        ops.ProbeContract(synthetic.PlainOutputs, synthetic.DeltaOut, h, 0, plainDelta);
        var sppDelta = new Tensor<float>(2, g.Input.Features);
        // Uneven chunks of whole pairs, as a memory budget cuts them.
        for (int first = 0; first < synthetic.SppOutputs.Rows; first += 6)
        {
            int count = Math.Min(6, synthetic.SppOutputs.Rows - first);
            ops.SppContract(synthetic.SppOutputs.SliceRows(first, count), synthetic.DeltaOut, g, h, first, sppDelta);
        }
        Assert.That(Bits.FirstDifference(sppDelta.Span, plainDelta.Span), Is.EqualTo(-1));
        Assert.That(plainDelta.Span.ToArray().Max(Math.Abs), Is.GreaterThan(0.1f), "an all-zero δ cannot pass");
    }

    [Test]
    public void Ops_RefuseShapesAndRangesThatDoNotFit()
    {
        var ops = new CpuNnOps<float>(ReferenceGemm.Instance);
        var g = new SppGeometry(new(2, 5, 5), new(3, 5, 5), new(3, 1, 1));
        var anchor = new Tensor<float>(1, 50);
        Assert.That(() => ops.SppProbeInputs(new Tensor<float>(1, 49), g, 0.1f, 0, new Tensor<float>(2, 50)),
            Throws.ArgumentException.With.Message.Contains("2×5×5"));
        Assert.That(() => ops.SppProbeInputs(anchor, g, 0.1f, 1, new Tensor<float>(2, 50)),
            Throws.ArgumentException.With.Message.Contains("even rows"));
        Assert.That(() => ops.SppProbeInputs(anchor, g, 0.1f, 0, new Tensor<float>(g.RowsPerSample + 2, 50)),
            Throws.ArgumentException.With.Message.Contains("outside"));
        Assert.That(() => ops.SppContract(new Tensor<float>(2, 74), new Tensor<float>(1, 75), g, 0.1f, 0, anchor),
            Throws.ArgumentException.With.Message.Contains("3×5×5"));
        Assert.That(() => new SppGeometry(new(0, 5, 5), new(1, 5, 5), new(3, 1, 1)), Throws.ArgumentException);
    }
}

/// <summary>
/// Probe outputs of a made-up sub-network whose every position P changes exactly the outputs of its influence region,
/// by a random amount per sign: the plain rows are base + effect(P), the lattice rows base + the effects of all their
/// positions (disjoint regions, so at most one effect per output).
/// </summary>
internal sealed record SppSynthetic(Tensor<float> PlainOutputs, Tensor<float> SppOutputs, Tensor<float> DeltaOut)
{
    public static SppSynthetic Create(SppGeometry g, int samples, int seed)
    {
        int features = g.Input.Features, outFeatures = g.Output.Features;
        var random = new Random(seed);
        var baseOut = NnFixtures.Gaussian<float>(samples, outFeatures, seed);
        var deltaOut = NnFixtures.Gaussian<float>(samples, outFeatures, seed + 1);
        var effects = new float[samples, features, 2][];
        var plain = new Tensor<float>(samples * 2 * features, outFeatures);
        for (int s = 0; s < samples; s++)
        {
            for (int m = 0; m < features; m++)
            {
                for (int sign = 0; sign < 2; sign++)
                {
                    var e = effects[s, m, sign] = new float[outFeatures];
                    foreach (int o in Region(g, m))
                        e[o] = (float)(random.NextDouble() - 0.5);
                    var row = plain.Row(s * 2 * features + 2 * m + sign);
                    for (int o = 0; o < outFeatures; o++)
                        row[o] = baseOut[s, o] + e[o];
                }
            }
        }
        var spp = new Tensor<float>(samples * g.RowsPerSample, outFeatures);
        for (int r = 0; r < spp.Rows; r++)
        {
            var (s, c, p, q, sign) = g.Decode(r);
            var row = spp.Row(r);
            baseOut.Row(s).CopyTo(row);
            for (int y = p; y < g.Input.Height; y += g.Period)
            {
                for (int x = q; x < g.Input.Width; x += g.Period)
                {
                    int m = (c * g.Input.Height + y) * g.Input.Width + x;
                    foreach (int o in Region(g, m))
                        row[o] = baseOut[s, o] + effects[s, m, sign > 0 ? 0 : 1][o];
                }
            }
        }
        return new SppSynthetic(plain, spp, deltaOut);
    }

    /// <summary>The outputs (every channel) whose window holds input position m, by brute force over the windows.</summary>
    private static IEnumerable<int> Region(SppGeometry g, int m)
    {
        int plane = g.Input.Height * g.Input.Width;
        int y = m % plane / g.Input.Width, x = m % g.Input.Width;
        var f = g.Field;
        for (int co = 0; co < g.Output.Channels; co++)
            for (int yo = 0; yo < g.Output.Height; yo++)
                for (int xo = 0; xo < g.Output.Width; xo++)
                    if (Holds(yo, y) && Holds(xo, x))
                        yield return (co * g.Output.Height + yo) * g.Output.Width + xo;

        bool Holds(int o, int position) => position >= o * f.Stride - f.Offset && position <= o * f.Stride - f.Offset + f.Extent - 1;
    }
}

/// <summary>The SPP kernels against the CPU ops, bit for bit, on the device backends (cuda skipped without a device).</summary>
[TestFixtureSource(typeof(BackendCases), nameof(BackendCases.DeviceFixtures))]
public sealed class DeviceSppOpsTests(string backendName) : DeviceOpsFixture(backendName)
{
    [TestCaseSource(typeof(SppOpsTests), nameof(SppOpsTests.Geometries))]
    public void SppOps_EqualTheCpuOps_BitForBit(SppGeometry g)
    {
        const int samples = 2;
        const float h = 0.01f;
        var anchor = NnFixtures.Gaussian<float>(samples, g.Input.Features, seed: 5);
        var synthetic = SppSynthetic.Create(g, samples, seed: 7);
        var deltaCpu = new Tensor<float>(samples, g.Input.Features);
        var deltaDev = Tensor<float>.Allocate(Backend.Memory, samples, g.Input.Features);
        int total = samples * g.RowsPerSample;
        for (int first = 0; first < total; first += 10)
        {
            int count = Math.Min(10, total - first);
            var inputs = new Tensor<float>(count, g.Input.Features);
            var inputsDev = Tensor<float>.Allocate(Backend.Memory, count, g.Input.Features);
            Cpu.SppProbeInputs(anchor, g, h, first, inputs);
            Ops.SppProbeInputs(anchor.To(Backend.Memory), g, h, first, inputsDev);
            Assert.That(Bits.FirstDifference(inputsDev.ToHost().Span, inputs.Span), Is.EqualTo(-1), $"SppProbeInputs [{first}, {first + count})");

            var outputs = synthetic.SppOutputs.SliceRows(first, count).Clone();
            Cpu.SppContract(outputs, synthetic.DeltaOut, g, h, first, deltaCpu);
            Ops.SppContract(outputs.To(Backend.Memory), synthetic.DeltaOut.To(Backend.Memory), g, h, first, deltaDev);
        }
        Assert.That(Bits.FirstDifference(deltaDev.ToHost().Span, deltaCpu.Span), Is.EqualTo(-1), "SppContract over all chunks");
        Assert.That(deltaCpu.Span.ToArray().Max(Math.Abs), Is.GreaterThan(0.1f), "an all-zero δ cannot pass");
    }
}
