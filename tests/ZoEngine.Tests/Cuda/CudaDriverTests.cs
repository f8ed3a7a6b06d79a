using System.Text;
using ZoEngine.Cuda;
using ZoEngine.Cuda.Runtime;
using ZoEngine.Tests.Support;

namespace ZoEngine.Tests.Cuda;

/// <summary>
/// The driver binding where there is no GPU (the driver's own refusal, selection, the cuBLAS binding's status) and
/// where there is one (module loading with a JIT log, cuBLAS against the reference GEMM). Each test that needs the
/// other situation reports itself skipped with the reason.
/// </summary>
public class CudaDriverTests
{
    private static void RequireNoDevice()
    {
        if (CudaBackend.IsAvailable(out _))
            Assert.Ignore("a CUDA device is present: the no-device path cannot be observed here");
    }

    [Test]
    public void WithoutADevice_TheProbeGivesTheDriversReason()
    {
        RequireNoDevice();
        Assert.That(CudaBackend.IsAvailable(out string reason), Is.False);
        // Either the driver library is absent, or it loaded and cuInit refused (CUDA_ERROR_NO_DEVICE without a GPU).
        Assert.That(reason, Does.Contain("CUDA_ERROR_").Or.Contain("not found"));
    }

    [Test]
    public void WithoutADevice_AskingForCuda_IsAClearError()
    {
        RequireNoDevice();
        var e = Assert.Throws<CudaUnavailableException>(() => new CudaBackend())!;
        Assert.That(e.Message, Does.Contain("CUDA_ERROR_").Or.Contain("not found"));
        var s = Assert.Throws<CudaUnavailableException>(() => BackendSelector.Create("cuda", out _))!;
        Assert.That(s.Message, Does.StartWith("The cuda backend needs a CUDA device"));
    }

    [Test]
    public void WithoutADevice_AutoPicksTheCpu_AndSaysWhyInOneLine()
    {
        RequireNoDevice();
        using var backend = BackendSelector.Create("auto", out string? note);
        Assert.That(backend, Is.InstanceOf<CpuBackend>());
        Assert.That(note, Does.StartWith("backend auto: cpu (").And.Not.Contain('\n'));
        CudaBackend.IsAvailable(out string reason);
        Assert.That(note, Does.Contain(reason));
    }

    [Test]
    public void Selection_KnowsEveryName_AndRefusesOthers()
    {
        using (var cpu = BackendSelector.Create("cpu", out var n1))
            Assert.That(cpu, Is.InstanceOf<CpuBackend>());
        using (var emulated = BackendSelector.Create("emulated", out var n2))
            Assert.That(emulated, Is.InstanceOf<EmulatedBackend>());
        Assert.Throws<ArgumentException>(() => BackendSelector.Create("tpu", out _));
    }

    [Test]
    public void WithoutADevice_TheCublasBindingReportsItsStatus()
    {
        RequireNoDevice();
        bool ok = CudaBlas.TryProbe(out string reason);
        Assert.That(ok, Is.False);
        if (reason.Contains("not found"))
            Assert.Ignore($"cuBLAS is not installed here: {reason}");
        Assert.That(reason, Does.StartWith("cublasCreate failed: CUBLAS_STATUS_"));
    }

    [Test]
    public void ThrowIfFailed_CarriesTheCallAndTheDriversErrorName()
    {
        static ZoEngine.Cuda.Interop.CuResult Refuse() => ZoEngine.Cuda.Interop.CuResult.NoDevice;
        var e = Assert.Throws<CudaException>(() => ZoEngine.Cuda.Interop.CuCheck.ThrowIfFailed(Refuse()))!;
        Assert.That(e.Call, Is.EqualTo("Refuse()"));
        Assert.That(e.Result, Is.EqualTo(ZoEngine.Cuda.Interop.CuResult.NoDevice));
        // The driver names its own codes where it loads; without a driver library the number stands in.
        Assert.That(e.ErrorName, Is.EqualTo("CUDA_ERROR_NO_DEVICE").Or.EqualTo("CUresult 100"));
        Assert.That(e.Message, Does.StartWith("Refuse() failed: ").And.Contain("(100)"));
        Assert.DoesNotThrow(() => ZoEngine.Cuda.Interop.CuCheck.ThrowIfFailed(ZoEngine.Cuda.Interop.CuResult.Success));
    }

    [Test]
    public void ACorruptPtxResource_IsReportedByName_BeforeTheDriverSeesIt()
    {
        var embedded = PtxCatalog.Embedded();
        var file = embedded.Files[0];
        var catalog = PtxCatalog.FromSource(name =>
        {
            var bytes = name == "manifest.json" ? Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(embedded.Manifest)) : embedded.Image(embedded.Files.First(f => f.Ptx == name));
            if (name == file.Ptx)
                bytes[bytes.Length / 2] ^= 0x20;
            return bytes;
        });
        var e = Assert.Throws<InvalidDataException>(() => catalog.Image(catalog.Files[0]))!;
        Assert.That(e.Message, Does.Contain(file.Ptx).And.Contain("corrupt"));
        Assert.Throws<InvalidDataException>(() => PtxCatalog.FromSource(_ => Encoding.UTF8.GetBytes("{ not json")));
    }

    [Test]
    public void OnADevice_PtxThatDoesNotCompile_ThrowsWithTheJitLog()
    {
        using var backend = BackendCases.CreateCuda();
        const string Broken = ".version 7.8\n.target sm_80\n.address_size 64\n.visible .entry broken() { this is not ptx; }\n";
        var e = Assert.Throws<CudaException>(() => backend.Context.LoadModule(Encoding.ASCII.GetBytes(Broken), "broken.ptx"))!;
        Assert.That(e.Call, Does.Contain("cuModuleLoadDataEx(broken.ptx)"));
        Assert.That(e.JitLog, Is.Not.Null.And.Not.Empty);
        Assert.That(e.Message, Does.Contain("JIT log"));
    }

    [Test]
    public unsafe void OnADevice_CublasSgemm_MatchesTheReferenceProduct()
    {
        using var backend = BackendCases.CreateCuda();
        using var blas = new CudaBlas(backend);
        const int M = 37, N = 19, K = 23;
        var rng = new Random(3);
        // Small integers: every product and sum is exact in float32, so cuBLAS must match exactly.
        float[] a = Enumerable.Range(0, M * K).Select(_ => (float)rng.Next(-4, 5)).ToArray();
        float[] b = Enumerable.Range(0, K * N).Select(_ => (float)rng.Next(-4, 5)).ToArray();
        using var da = backend.Context.Allocate<float>(a.Length);
        using var db = backend.Context.Allocate<float>(b.Length);
        using var dc = backend.Context.Allocate<float>(M * N);
        da.CopyToDevice(a);
        db.CopyToDevice(b);
        blas.Sgemm(false, false, M, N, K, 1f, da.DevicePointer, K, db.DevicePointer, N, 0f, dc.DevicePointer, N);
        var c = new float[M * N];
        dc.CopyToHost(c);
        for (int i = 0; i < M; i++)
            for (int j = 0; j < N; j++)
            {
                float s = 0;
                for (int p = 0; p < K; p++)
                    s += a[i * K + p] * b[p * N + j];
                Assert.That(c[i * N + j], Is.EqualTo(s), $"C[{i},{j}]");
            }
    }

    [Test]
    public unsafe void OnADevice_CublasSgemmStridedBatched_ComputesEachHeadsScoresOnItsWindow()
    {
        using var backend = BackendCases.CreateCuda();
        using var blas = new CudaBlas(backend);
        // The attention scores of one sequence: q and k are [T, H] with heads d = H / heads columns wide; head h's
        // window starts h·d elements in, and its T×T scores are T² apart. Small integers keep every sum exact.
        const int T = 7, Heads = 3, D = 5, H = Heads * D;
        const float Scale = 0.5f;
        var rng = new Random(5);
        float[] q = Enumerable.Range(0, T * H).Select(_ => (float)rng.Next(-4, 5)).ToArray();
        float[] k = Enumerable.Range(0, T * H).Select(_ => (float)rng.Next(-4, 5)).ToArray();
        using var dq = backend.Context.Allocate<float>(q.Length);
        using var dk = backend.Context.Allocate<float>(k.Length);
        using var ds = backend.Context.Allocate<float>(Heads * T * T);
        dq.CopyToDevice(q);
        dk.CopyToDevice(k);
        blas.SgemmStridedBatched(false, true, T, T, D, Scale, dq.DevicePointer, H, D, dk.DevicePointer, H, D, 0f, ds.DevicePointer, T, T * T, Heads);
        var scores = new float[Heads * T * T];
        ds.CopyToHost(scores);
        for (int h = 0; h < Heads; h++)
            for (int i = 0; i < T; i++)
                for (int j = 0; j < T; j++)
                {
                    float s = 0;
                    for (int p = 0; p < D; p++)
                        s += q[i * H + h * D + p] * k[j * H + h * D + p];
                    Assert.That(scores[(h * T + i) * T + j], Is.EqualTo(Scale * s), $"head {h} score [{i},{j}]");
                }
    }
}
