using ZoEngine.Nn.Gemm;

namespace ZoEngine.Tests.Nn;

public class GemmSelectorTests
{
    [Test]
    public void Default_IsOpenBlasWhenItLoads_OtherwiseBlocked_AndDescribeSaysWhich()
    {
        var blas = OpenBlasGemm.TryCreate(out string reason);
        string line = GemmSelector.Describe();
        Assert.That(line, Does.StartWith("gemm: "));
        if (blas is null)
        {
            Assert.That(GemmSelector.Default, Is.TypeOf<BlockedGemm>());
            Assert.That(line, Does.Contain("blocked-simd").And.Contain(reason));
            Assert.That(reason, Does.Contain("libopenblas"), "the reason names what was tried");
        }
        else
        {
            Assert.That(reason, Is.Empty);
            Assert.That(GemmSelector.Default, Is.TypeOf<OpenBlasGemm>());
            Assert.That(line, Does.Contain("openblas").And.Contain("OpenBLAS").And.Contain("thread"));
        }
    }

    [Test]
    public void Create_ByName()
    {
        Assert.That(GemmSelector.Create("auto"), Is.SameAs(GemmSelector.Default));
        Assert.That(GemmSelector.Create("blocked"), Is.TypeOf<BlockedGemm>());
        Assert.That(GemmSelector.Create("Reference"), Is.SameAs(ReferenceGemm.Instance));
        Assert.That(() => GemmSelector.Create("mkl"), Throws.ArgumentException.With.Message.Contains("mkl").And.Message.Contains("openblas"));
        if (OpenBlasGemm.TryCreate(out string reason) is null)
            Assert.That(() => GemmSelector.Create("openblas"), Throws.ArgumentException.With.Message.Contains(reason));
        else
            Assert.That(GemmSelector.Create("openblas"), Is.TypeOf<OpenBlasGemm>());
    }

    [Test]
    public void OpenBlasThreads_CanBeSetAndRead()
    {
        var blas = OpenBlasGemm.TryCreate(out string reason);
        if (blas is null)
            Assert.Ignore($"OpenBLAS not available: {reason}");
        int before = blas.Threads;
        try
        {
            blas.Threads = 1;
            Assert.That(blas.Threads, Is.EqualTo(1));
            Assert.That(blas.Description, Does.Contain("1 thread)"));
            Assert.That(() => blas.Threads = 0, Throws.TypeOf<ArgumentOutOfRangeException>());
        }
        finally
        {
            blas.Threads = before;
        }
    }

    [Test]
    public void OpenBlas_NamesTheKernelsItRuns_WhichTheEnvironmentCanForce()
    {
        var blas = OpenBlasGemm.TryCreate(out string reason);
        if (blas is null)
            Assert.Ignore($"OpenBLAS does not load here: {reason}");
        string core = OpenBlasGemm.CoreName;
        Assert.That(core, Is.Not.Empty.And.Not.EqualTo("unknown"));
        Assert.That(blas.Description, Does.Contain($"core {core},"));
        // The library reads OPENBLAS_CORETYPE when it loads; where it is set, that is the kernel family it runs.
        string? forced = Environment.GetEnvironmentVariable("OPENBLAS_CORETYPE");
        if (!string.IsNullOrEmpty(forced))
            Assert.That(core, Is.EqualTo(forced).IgnoreCase);
    }
}
