using ZoEngine.Nn.Gemm;
using ZoEngine.Tests.Support;

namespace ZoEngine.Tests.Nn;

/// <summary>The cuBLAS GEMM against the reference on a CUDA device; skipped with the driver's reason elsewhere.</summary>
public class CublasGemmTests
{
    [Test]
    public void EveryTransposeAndAwkwardShape_MatchesTheReference_Exactly_OnSmallIntegers(
        [Values(Transpose.No, Transpose.Yes)] Transpose ta, [Values(Transpose.No, Transpose.Yes)] Transpose tb)
    {
        using var backend = BackendCases.CreateCuda();
        using var gemm = new CublasGemm(backend);
        var rng = new Random(5);
        foreach (var (m, n, k) in new[] { (1, 1, 1), (7, 33, 5), (65, 3, 130), (0, 4, 2), (3, 2, 0) })
        {
            int lda = (ta == Transpose.No ? k : m) + 3, ldb = (tb == Transpose.No ? n : k) + 1, ldc = n + 2;
            float[] a = Enumerable.Range(0, (ta == Transpose.No ? m : k) * lda).Select(_ => (float)rng.Next(-3, 4)).ToArray();
            float[] b = Enumerable.Range(0, (tb == Transpose.No ? k : n) * ldb).Select(_ => (float)rng.Next(-3, 4)).ToArray();
            float[] c = Enumerable.Range(0, m * ldc).Select(_ => (float)rng.Next(-3, 4)).ToArray();
            float[] expected = (float[])c.Clone();
            ReferenceGemm.Instance.Sgemm(ta, tb, m, n, k, 2f, a, lda, b, ldb, 0.5f, expected, ldc);
            gemm.Sgemm(ta, tb, m, n, k, 2f, a, lda, b, ldb, 0.5f, c, ldc);
            Assert.That(c, Is.EqualTo(expected), $"m={m} n={n} k={k}");
            double[] ad = a.Select(x => (double)x).ToArray(), bd = b.Select(x => (double)x).ToArray();
            double[] cd = new double[m * ldc], ed = new double[m * ldc];
            Array.Fill(cd, double.NaN); // β = 0 must not read C
            ReferenceGemm.Instance.Dgemm(ta, tb, m, n, k, 1d, ad, lda, bd, ldb, 0d, ed, ldc);
            gemm.Dgemm(ta, tb, m, n, k, 1d, ad, lda, bd, ldb, 0d, cd, ldc);
            for (int i = 0; i < m; i++)
                for (int j = 0; j < n; j++)
                    Assert.That(cd[i * ldc + j], Is.EqualTo(ed[i * ldc + j]), $"double m={m} n={n} k={k} C[{i},{j}]");
        }
    }

    [Test]
    public void AWrongShape_IsRefusedBeforeAnyCopy()
    {
        using var backend = BackendCases.CreateCuda();
        using var gemm = new CublasGemm(backend);
        Assert.Throws<ArgumentException>(() => gemm.Sgemm(Transpose.No, Transpose.No, 4, 4, 4, 1f, new float[15], 4, new float[16], 4, 0f, new float[16], 4));
    }
}
