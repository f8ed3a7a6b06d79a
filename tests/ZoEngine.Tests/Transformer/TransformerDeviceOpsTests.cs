using ZoEngine.Cuda;
using ZoEngine.Nn;
using ZoEngine.Nn.Gemm;
using ZoEngine.Tests.Nn;
using ZoEngine.Tests.Support;

namespace ZoEngine.Tests.Transformer;

/// <summary>
/// The transformer ops on a device backend (kernels/zo_transformer.cu and the strided attention GEMMs) against the CPU
/// ops with <see cref="ReferenceGemm"/>, whose order zo_nn_gemm follows: bit for bit, except the softmax (exp) within
/// <see cref="ExpUlps"/>; then a whole small encoder; then the same refusals. Emulated runs the kernels' host build
/// through the GPU launch path; cuda is skipped with the driver's reason where there is no device.
/// </summary>
[TestFixtureSource(typeof(BackendCases), nameof(BackendCases.DeviceFixtures))]
public sealed class TransformerDeviceOpsTests(string backendName) : DeviceOpsFixture(backendName)
{
    /// <summary>exp comes from the device's (or the host C library's) expf and from .NET's MathF.Exp, each within an ulp or so; 2 leaves a margin, and the division by the sum adds one rounding of each.</summary>
    private const long ExpUlps = 4;

    private static Tensor<float> Of(int rows, int cols, params float[] values)
    {
        var t = new Tensor<float>(rows, cols);
        values.CopyTo(t.Span);
        return t;
    }

    [Test]
    public void EmbedLayerNormPoolNormalizeFirstTokens_AreTheCpuBits()
    {
        const int sequences = 3, tokens = 5, width = 37;
        var words = NnFixtures.Gaussian<float>(11, width, seed: 1);
        var positions = NnFixtures.Gaussian<float>(6, width, seed: 2);
        var types = NnFixtures.Gaussian<float>(2, width, seed: 3);
        var ids = Of(sequences, tokens, 1, 4, 10, 0, 0, 3, 3, 3, 3, 3, 7, 0, 0, 0, 0);
        var typeIds = Of(sequences, tokens, 0, 1, 1, 0, 0, 1, 1, 0, 0, 1, 0, 0, 0, 0, 0);
        var mask = Of(sequences, tokens, 1, 1, 1, 0, 0, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0);
        var cpuOut = new Tensor<float>(sequences * tokens, width);
        var devOut = Dev(cpuOut);
        foreach (var t in new[] { typeIds, null })
        {
            Cpu.EmbedTokens(ids, t, words, positions, types, cpuOut);
            Ops.EmbedTokens(Dev(ids), t is null ? null : Dev(t), Dev(words), Dev(positions), Dev(types), devOut);
            BitEqual(devOut, cpuOut, t is null ? "embedding without types" : "embedding");
        }

        var x = NnFixtures.Gaussian<float>(sequences * tokens, width, seed: 4, scale: 3);
        var gamma = NnFixtures.Gaussian<float>(1, width, seed: 5);
        var beta = NnFixtures.Gaussian<float>(1, width, seed: 6);
        var cpuNorm = new Tensor<float>(x.Rows, width);
        Cpu.LayerNorm(x, gamma, beta, 1e-12f, cpuNorm);
        var devX = Dev(x);
        Ops.LayerNorm(devX, Dev(gamma), Dev(beta), 1e-12f, devX);
        BitEqual(devX, cpuNorm, "LayerNorm, in place");

        var cpuPooled = new Tensor<float>(sequences, width);
        var devPooled = Dev(cpuPooled);
        Cpu.MaskedMeanPool(x, mask, cpuPooled);
        Ops.MaskedMeanPool(Dev(x), Dev(mask), devPooled);
        BitEqual(devPooled, cpuPooled, "mean pool");

        var cpuUnit = new Tensor<float>(sequences, width);
        Cpu.L2NormalizeRows(cpuPooled, cpuUnit);
        Ops.L2NormalizeRows(devPooled, devPooled);
        BitEqual(devPooled, cpuUnit, "L2 normalisation, in place");

        var cpuFirst = new Tensor<float>(sequences, width);
        var devFirst = Dev(cpuFirst);
        Cpu.FirstTokens(x, cpuFirst);
        Ops.FirstTokens(Dev(x), devFirst);
        BitEqual(devFirst, cpuFirst, "first tokens");
    }

    [Test]
    public void Attention_IsTheCpusResult_BitForBitApartFromExp()
    {
        const int sequences = 3, tokens = 7, heads = 3, width = 24;
        var q = NnFixtures.Gaussian<float>(sequences * tokens, width, seed: 10);
        var k = NnFixtures.Gaussian<float>(sequences * tokens, width, seed: 11);
        var v = NnFixtures.Gaussian<float>(sequences * tokens, width, seed: 12);
        var mask = new Tensor<float>(sequences, tokens);
        for (int b = 0; b < sequences; b++)
            mask.Row(b)[..(tokens - 2 * b)].Fill(1);
        float scale = 1 / MathF.Sqrt(width / heads);
        var cpuScores = new Tensor<float>(sequences * heads * tokens, tokens);
        var devScores = Dev(cpuScores);
        Cpu.AttentionScores(q, k, heads, scale, cpuScores);
        Ops.AttentionScores(Dev(q), Dev(k), heads, scale, devScores);
        if (ExactGemm)
            BitEqual(devScores, cpuScores, "scores");
        // The softmax from the CPU's scores on both sides, so that only the softmax is compared.
        cpuScores.CopyTo(devScores);
        Cpu.MaskedSoftmax(cpuScores, mask, heads);
        Ops.MaskedSoftmax(devScores, Dev(mask), heads);
        WithinUlps(devScores, cpuScores, ExpUlps, "masked softmax");

        cpuScores.CopyTo(devScores);
        var cpuContext = new Tensor<float>(sequences * tokens, width);
        var devContext = Dev(cpuContext);
        Cpu.AttentionContext(cpuScores, v, heads, cpuContext);
        Ops.AttentionContext(devScores, Dev(v), heads, devContext);
        if (ExactGemm)
            BitEqual(devContext, cpuContext, "context");
        else
            WithinUlps(devContext, cpuContext, 64, "context (cuBLAS sums in its own order)");
    }

    [Test]
    public void ASmallEncoder_OnTheDevice_AgreesWithTheCpu()
    {
        var config = new TransformerConfig(13, 9, 2, 16, 4, 24, 2, 1e-12);
        var host = new TransformerEncoder<float>(config);
        for (int i = 0; i < host.Parameters.Count; i++)
            NnFixtures.Gaussian<float>(host.Parameters[i].Value.Rows, host.Parameters[i].Value.Cols, 200 + i, 0.5).CopyTo(host.Parameters[i].Value);
        var device = new TransformerEncoder<float>(config);
        for (int i = 0; i < host.Parameters.Count; i++)
            host.Parameters[i].Value.CopyTo(device.Parameters[i].Value);
        device.MoveTo(Backend.Memory);
        var ids = Of(2, 6, 1, 5, 7, 2, 0, 0, 1, 12, 3, 3, 9, 2);
        var mask = Of(2, 6, 1, 1, 1, 1, 0, 0, 1, 1, 1, 1, 1, 1);
        var cpu = new EncoderForward<float>(host, new NnContext<float>(Cpu), 2, 6).Run(ids, mask);
        var forward = new EncoderForward<float>(device, new NnContext<float>(Ops), 2, 6);
        var onDevice = forward.Run(Dev(ids), Dev(mask)).ToHost();
        // Bit-exact ops except exp (a few ulps in the attention probabilities) and GELU (the kernel's binary64 erfc
        // against the CPU's vectorised erfc of relative error 6.6e-9): differences of ~1e-7 that LayerNorm keeps small.
        double worst = cpu.Span.ToArray().Zip(onDevice.Span.ToArray(), (a, b) => Math.Abs(a - b)).Max();
        Assert.That(worst, Is.LessThan(2e-6));
        Assert.That(cpu.Span.ToArray().Max(Math.Abs), Is.GreaterThan(0.1));
    }

    [Test]
    public void Refusals_AreTheCpuOnes()
    {
        var words = Dev(new Tensor<float>(5, 3));
        var e = Assert.Throws<ArgumentException>(() => Ops.EmbedTokens(Dev(Of(1, 2, 0, 5)), null, words, Dev(new Tensor<float>(4, 3)), Dev(new Tensor<float>(2, 3)), Dev(new Tensor<float>(2, 3))));
        Assert.That(e!.Message, Does.Contain("token id at (0, 1) is 5"));
        var scores = Dev(new Tensor<float>(6, 3));
        e = Assert.Throws<ArgumentException>(() => Ops.MaskedSoftmax(scores, Dev(Of(2, 3, 1, 1, 1, 0, 0, 0)), heads: 1));
        Assert.That(e!.Message, Does.Contain("Sequence 1 has no real token"));
        e = Assert.Throws<ArgumentException>(() => Ops.MaskedMeanPool(Dev(new Tensor<float>(6, 2)), Dev(Of(2, 3, 1, 1, 1, 1, 2, 0)), Dev(new Tensor<float>(2, 2))));
        Assert.That(e!.Message, Does.Contain("Mask element (1, 1) is 2"));
        e = Assert.Throws<ArgumentException>(() => Ops.LayerNorm(new Tensor<float>(2, 3), Dev(new Tensor<float>(1, 3)), Dev(new Tensor<float>(1, 3)), 1e-5f, Dev(new Tensor<float>(2, 3))));
        Assert.That(e!.Message, Does.Contain("host memory"));
    }
}
