using System.Numerics;
using ZoEngine.Nn.Gemm;

namespace ZoEngine.Tests.Nn;

/// <summary>
/// Every IGemm against <see cref="ReferenceGemm"/> (STYLE rules 1–4): all four transpose combinations, awkward sizes
/// (0, 1, 7, 33, 65, 130 and shapes that cross every block boundary of the blocked kernel), leading dimensions wider
/// than the rows, α/β cases including β = 0 over a NaN-filled C. Small-integer inputs must give exactly the reference's
/// values; random inputs must be within the rounding bound of <see cref="GemmTolerance"/>.
/// </summary>
[TestFixtureSource(typeof(GemmCases), nameof(GemmCases.Fixtures))]
public class GemmContractTests(string gemmName)
{
    private static readonly int[] Sizes = [0, 1, 7, 33, 65, 130];

    /// <summary>(α, β) pairs: plain product, scaled, accumulate, both scaled with signs, α = 0 (C ← βC).</summary>
    private static readonly (double Alpha, double Beta)[] Scalars = [(1, 0), (2, 0), (1, 1), (-0.5, 2), (3, -1), (0, 3)];

    /// <summary>Shapes that cross the blocked kernel's boundaries: more than one row block (MC = 120), depth block
    /// (KC = 256) and column block (NC = 2048), plus an edge tile in every direction.</summary>
    private static readonly (int M, int N, int K)[] BlockCrossing = [(245, 37, 520), (9, 2053, 261), (127, 131, 257)];

    private IGemm _gemm = null!;

    [OneTimeSetUp]
    public void Create() => _gemm = GemmCases.Create(gemmName);

    private static IEnumerable<TestCaseData> Transposes()
    {
        foreach (var ta in new[] { Transpose.No, Transpose.Yes })
            foreach (var tb in new[] { Transpose.No, Transpose.Yes })
                yield return new TestCaseData(ta, tb);
    }

    [TestCaseSource(nameof(Transposes))]
    public void Sgemm_IntegerInputs_EqualTheReferenceExactly(Transpose ta, Transpose tb) => IntegerInputsExact<float>(ta, tb);

    [TestCaseSource(nameof(Transposes))]
    public void Dgemm_IntegerInputs_EqualTheReferenceExactly(Transpose ta, Transpose tb) => IntegerInputsExact<double>(ta, tb);

    [TestCaseSource(nameof(Transposes))]
    public void Sgemm_RandomInputs_WithinTheRoundingBound(Transpose ta, Transpose tb) => RandomInputsBounded<float>(ta, tb, GemmTolerance.FloatUnitRoundoff);

    [TestCaseSource(nameof(Transposes))]
    public void Dgemm_RandomInputs_WithinTheRoundingBound(Transpose ta, Transpose tb) => RandomInputsBounded<double>(ta, tb, GemmTolerance.DoubleUnitRoundoff);

    [TestCaseSource(nameof(Transposes))]
    public void BetaZero_NeverReadsC(Transpose ta, Transpose tb)
    {
        var rng = new Random(17);
        foreach (var (m, n, k) in new[] { (1, 1, 1), (7, 33, 65), (130, 65, 7), (33, 130, 0), (65, 7, 130) })
        {
            foreach (double alpha in new[] { 1.0, -2.0, 0.0 })
            {
                var p = GemmProblem<float>.Create(() => rng.Next(-4, 5), ta, tb, m, n, k, (float)alpha, 0f, pad: 3, nanC: true);
                var c = p.Run(_gemm);
                var expected = p.Expected();
                p.ForWindow((i, j) =>
                {
                    float x = c[i * p.Ldc + j];
                    if (float.IsNaN(x) || x != expected[i * p.Ldc + j])
                        Assert.Fail($"{p}: C[{i},{j}] = {x}, expected {expected[i * p.Ldc + j]} (β = 0 must overwrite the NaN)");
                });
                p.AssertOutsideUntouched(c, p.ToString());
            }
        }
    }

    [Test]
    public void Sgemm_ShapeErrors_NameTheOperand()
    {
        var a = new float[12];
        var b = new float[12];
        var c = new float[12];
        // m=3, n=4, k=3 (A 3×3, B 3×4, C 3×4) fits in 12 elements at the tight leading dimensions.
        Assert.DoesNotThrow(() => _gemm.Sgemm(Transpose.No, Transpose.No, 3, 4, 3, 1f, a, 3, b, 4, 0f, c, 4));
        AssertNames("A", () => _gemm.Sgemm(Transpose.No, Transpose.No, 3, 4, 3, 1f, a, 2, b, 4, 0f, c, 4));
        AssertNames("A", () => _gemm.Sgemm(Transpose.No, Transpose.No, 3, 4, 3, 1f, a.AsSpan(0, 8), 3, b, 4, 0f, c, 4));
        AssertNames("A", () => _gemm.Sgemm(Transpose.Yes, Transpose.No, 4, 4, 3, 1f, a, 3, b, 4, 0f, new float[16], 4));
        AssertNames("B", () => _gemm.Sgemm(Transpose.No, Transpose.No, 3, 4, 3, 1f, a, 3, b, 3, 0f, c, 4));
        AssertNames("B", () => _gemm.Sgemm(Transpose.No, Transpose.Yes, 3, 4, 3, 1f, a, 3, b.AsSpan(0, 11), 3, 0f, c, 4));
        AssertNames("C", () => _gemm.Sgemm(Transpose.No, Transpose.No, 3, 4, 3, 1f, a, 3, b, 4, 0f, c.AsSpan(0, 11), 4));
        AssertNames("C", () => _gemm.Sgemm(Transpose.No, Transpose.No, 3, 4, 3, 1f, a, 3, b, 4, 0f, c, 3));
        Assert.That(() => _gemm.Sgemm(Transpose.No, Transpose.No, -1, 4, 3, 1f, a, 3, b, 4, 0f, c, 4),
            Throws.ArgumentException.With.Message.Contains("m=-1"));
    }

    [Test]
    public void Dgemm_ShapeErrors_NameTheOperand()
    {
        var a = new double[6];
        AssertNames("A", () => _gemm.Dgemm(Transpose.No, Transpose.No, 2, 2, 4, 1, a, 4, new double[8], 2, 0, new double[4], 2));
        AssertNames("B", () => _gemm.Dgemm(Transpose.No, Transpose.No, 2, 2, 3, 1, a, 3, new double[5], 2, 0, new double[4], 2));
        AssertNames("C", () => _gemm.Dgemm(Transpose.No, Transpose.No, 2, 2, 3, 1, a, 3, new double[6], 2, 0, new double[4], 1));
    }

    private static void AssertNames(string operand, Action call) =>
        Assert.That(call, Throws.ArgumentException.With.Message.Contains($"operand {operand} "));

    private void IntegerInputsExact<T>(Transpose ta, Transpose tb)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        // Values in [−4, 4]: every partial sum is an integer of magnitude at most k·16 (k ≤ 520), times |α| ≤ 3, plus
        // |β·c| ≤ 12, so below 2¹⁵, far inside the 2²⁴ where binary32 integers are exact: any summation order gives
        // exactly the same value.
        var rng = new Random(ta == Transpose.No ? 3 : 5);
        int index = 0;
        var shapes = Sizes.SelectMany(m => Sizes.SelectMany(n => Sizes.Select(k => (m, n, k)))).Concat(BlockCrossing);
        double nonZero = 0;
        foreach (var (m, n, k) in shapes)
        {
            var (alpha, beta) = Scalars[index % Scalars.Length];
            int pad = index % 3 == 0 ? 0 : index % 3 == 1 ? 1 : 5;
            index++;
            var p = GemmProblem<T>.Create(() => T.CreateChecked(rng.Next(-4, 5)), ta, tb, m, n, k, T.CreateChecked(alpha), T.CreateChecked(beta), pad);
            var c = p.Run(_gemm);
            var expected = p.Expected();
            p.ForWindow((i, j) =>
            {
                T x = c[i * p.Ldc + j], r = expected[i * p.Ldc + j];
                if (x != r)
                    Assert.Fail($"{_gemm.Name} {p}: C[{i},{j}] = {x}, reference {r}");
                nonZero += double.CreateChecked(T.Abs(x));
            });
            p.AssertOutsideUntouched(c, p.ToString());
        }
        Assert.That(nonZero, Is.GreaterThan(0), "the results are not all zero");
    }

    private void RandomInputsBounded<T>(Transpose ta, Transpose tb, double u)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var rng = new Random(tb == Transpose.No ? 11 : 13);
        (int, int, int)[] shapes = [(1, 1, 1), (7, 33, 65), (130, 65, 1000), (33, 7, 130), .. BlockCrossing];
        int index = 0;
        foreach (var (m, n, k) in shapes)
        {
            var (alpha, beta) = Scalars[index++ % Scalars.Length];
            var p = GemmProblem<T>.Create(() => T.CreateChecked(rng.NextDouble() * 2 - 1), ta, tb, m, n, k, T.CreateChecked(alpha), T.CreateChecked(beta), pad: 2);
            var c = p.Run(_gemm);
            var expected = p.Expected();
            double worst = 0, norm = 0;
            p.ForWindow((i, j) =>
            {
                double x = double.CreateChecked(c[i * p.Ldc + j]), r = double.CreateChecked(expected[i * p.Ldc + j]);
                double atol = GemmTolerance.Atol(k, p.Magnitude(i, j), u);
                if (!(Math.Abs(x - r) <= atol))
                    Assert.Fail($"{_gemm.Name} {p}: C[{i},{j}] = {x:R}, reference {r:R}, |diff| {Math.Abs(x - r):E3} > bound {atol:E3}");
                worst = Math.Max(worst, Math.Abs(x - r));
                norm += Math.Abs(x);
            });
            Assert.That(norm, Is.GreaterThan(0), $"{p}: the result is not all zero");
            p.AssertOutsideUntouched(c, p.ToString());
        }
    }
}
