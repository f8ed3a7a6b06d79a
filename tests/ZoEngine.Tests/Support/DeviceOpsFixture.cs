using ZoEngine.Cuda;
using ZoEngine.Nn;
using ZoEngine.Nn.Gemm;

namespace ZoEngine.Tests.Support;

/// <summary>
/// What every device-ops fixture needs: the backend named by <see cref="BackendCases.DeviceFixtures"/> (cuda is skipped
/// with the driver's reason where there is no device), its <see cref="DeviceNnOps"/>, the CPU ops with
/// <see cref="ReferenceGemm"/> (whose summation order zo_nn_gemm follows) to compare against, and the comparisons.
/// </summary>
public abstract class DeviceOpsFixture(string backendName) : IDisposable
{
    /// <summary>The backend's name in <see cref="BackendCases"/> (emulated, cuda).</summary>
    protected string BackendName { get; } = backendName;

    /// <summary>The device backend under test.</summary>
    protected DeviceBackend Backend { get; private set; } = null!;

    /// <summary>The Nn ops on <see cref="Backend"/>.</summary>
    protected DeviceNnOps Ops { get; private set; } = null!;

    /// <summary>The CPU ops the device ops are compared with.</summary>
    protected CpuNnOps<float> Cpu { get; } = new(ReferenceGemm.Instance);

    /// <summary>Whether the device GEMM sums in <see cref="ReferenceGemm"/>'s order (zo_nn_gemm), so that GEMM results can be compared bit for bit.</summary>
    protected bool ExactGemm => Ops.GemmName == "zo_nn_gemm";

    [OneTimeSetUp]
    public void CreateBackend()
    {
        Backend = (DeviceBackend)BackendCases.Create(BackendName);
        Ops = new DeviceNnOps(Backend);
    }

    [OneTimeTearDown]
    public void Dispose()
    {
        Ops?.Dispose();
        Backend?.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>A copy of a host tensor in the device's memory.</summary>
    protected Tensor<float> Dev(Tensor<float> host) => host.To(Backend.Memory);

    /// <summary>A tensor's elements, copied to the host.</summary>
    protected static float[] Host(Tensor<float> t) => t.ToHost().Span.ToArray();

    /// <summary>The device result equals the CPU's bit for bit, and is not all zero (which any two broken ops would share).</summary>
    protected static void BitEqual(Tensor<float> device, Tensor<float> cpu, string what)
    {
        var d = Host(device);
        var c = cpu.Span.ToArray();
        int i = Bits.FirstDifference(d, c);
        Assert.That(i, Is.EqualTo(-1), i < 0 ? what : $"{what}: element {i} is {d[i]:R} on the device and {c[i]:R} on the CPU");
        Assert.That(c.Max(Math.Abs), Is.GreaterThan(0), $"{what}: an all-zero result cannot pass");
    }

    /// <summary>The device result is within <paramref name="ulps"/> float ulps of the CPU's everywhere, and not all zero.</summary>
    protected static void WithinUlps(Tensor<float> device, Tensor<float> cpu, long ulps, string what)
    {
        var d = Host(device);
        var c = cpu.Span.ToArray();
        long worst = 0;
        for (int i = 0; i < d.Length; i++)
            worst = Math.Max(worst, Bits.UlpDistance(d[i], c[i]));
        Assert.That(worst, Is.LessThanOrEqualTo(ulps), what);
        Assert.That(c.Max(Math.Abs), Is.GreaterThan(0), $"{what}: an all-zero result cannot pass");
    }
}
