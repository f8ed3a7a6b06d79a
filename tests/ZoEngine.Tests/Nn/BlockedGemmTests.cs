using System.Runtime.InteropServices;
using ZoEngine.Nn.Gemm;
using ZoEngine.Tests.Support;

namespace ZoEngine.Tests.Nn;

/// <summary>What the blocked GEMM promises beyond the contract: the same bits at every width and thread count.</summary>
public class BlockedGemmTests
{
    private static IEnumerable<BlockedGemm> Variants()
    {
        foreach (var width in new[] { SimdWidth.Scalar, SimdWidth.V128, SimdWidth.V256, SimdWidth.V512 })
        {
            yield return new BlockedGemm(width, 1);
            yield return new BlockedGemm(width, 3);
        }
    }

    [TestCase(Transpose.No, Transpose.No)]
    [TestCase(Transpose.Yes, Transpose.No)]
    [TestCase(Transpose.No, Transpose.Yes)]
    [TestCase(Transpose.Yes, Transpose.Yes)]
    public void EveryWidthAndThreadCount_GivesTheSameBits(Transpose ta, Transpose tb)
    {
        // Random, non-integer inputs: rounding differs between summation orders here, so equal bits mean equal orders.
        // 301 rows split into row chunks; k = 600 spans three depth blocks.
        const int m = 301, n = 77, k = 600;
        Assert.That(BlockedGemm.ChunkCount(m, n, k, 3), Is.EqualTo(3), "the 3-thread variants really split the rows");
        var rng = new Random(23);
        var p = GemmProblem<float>.Create(() => (float)(rng.NextDouble() * 2 - 1), ta, tb, m, n, k, 0.75f, -1.5f, pad: 3);
        var baseline = p.Run(new BlockedGemm(SimdWidth.V256, 1));
        var reference = p.Expected();
        Assert.That(FirstBitDifference(baseline, reference), Is.GreaterThanOrEqualTo(0),
            "the reference's plain k loop rounds differently, so these inputs do tell orders apart");
        foreach (var g in Variants())
        {
            int d = FirstBitDifference(p.Run(g), baseline);
            Assert.That(d, Is.EqualTo(-1), $"{g.Description}: element {d} differs from the 256-bit single-thread result");
        }
        var pd = GemmProblem<double>.Create(() => rng.NextDouble() * 2 - 1, ta, tb, m, n, k, 0.75, -1.5, pad: 3);
        var baselineD = pd.Run(new BlockedGemm(SimdWidth.V256, 1));
        foreach (var g in Variants())
        {
            int d = FirstBitDifference(pd.Run(g), baselineD);
            Assert.That(d, Is.EqualTo(-1), $"{g.Description} (double): element {d} differs from the 256-bit single-thread result");
        }
    }

    /// <summary>First element whose bits differ, or −1.</summary>
    private static int FirstBitDifference<T>(T[] a, T[] b)
        where T : unmanaged
    {
        Assert.That(a, Has.Length.EqualTo(b.Length));
        var ab = MemoryMarshal.AsBytes(a.AsSpan());
        var bb = MemoryMarshal.AsBytes(b.AsSpan());
        int size = ab.Length / Math.Max(1, a.Length);
        for (int i = 0; i < a.Length; i++)
        {
            if (!ab.Slice(i * size, size).SequenceEqual(bb.Slice(i * size, size)))
                return i;
        }
        return -1;
    }

    [Test]
    public void SingleThreadCalls_AllocateNothing_InSteadyState()
    {
        // 130 × 300 × 260: an edge tile in every direction and two depth blocks, on pooled packing buffers.
        var gemm = new BlockedGemm(SimdWidth.Auto, 1);
        var p = GemmProblem<float>.Create(() => 1f, Transpose.No, Transpose.Yes, 130, 300, 260, 1f, 0f, pad: 0);
        var c = (float[])p.C0.Clone();
        long bytes = Allocation.SteadyState(() => gemm.Sgemm(p.TransA, p.TransB, p.M, p.N, p.K, 1f, p.A, p.Lda, p.B, p.Ldb, 0f, c, p.Ldc));
        Assert.That(bytes, Is.EqualTo(0));
        Assert.That(c[0], Is.EqualTo(260f), "the product ran");
    }

    [Test]
    public void SmallProblems_StayOnTheCallingThread() =>
        Assert.That(BlockedGemm.ChunkCount(64, 64, 64, 16), Is.EqualTo(1));

    [Test]
    public void Constructor_RejectsBadArguments()
    {
        Assert.That(() => new BlockedGemm(SimdWidth.V256, -1), Throws.TypeOf<ArgumentOutOfRangeException>());
        Assert.That(() => new BlockedGemm((SimdWidth)3, 1), Throws.TypeOf<ArgumentOutOfRangeException>());
        Assert.That(new BlockedGemm(SimdWidth.Auto, 0).MaxThreads, Is.EqualTo(Environment.ProcessorCount));
        Assert.That(new BlockedGemm().Width, Is.Not.EqualTo(SimdWidth.Auto));
    }
}
