using System.Globalization;
using ZoEngine.Nn;
using ZoEngine.Tests.Support;

namespace ZoEngine.Tests.Nn;

[TestFixture]
public sealed class ErrorFunctionTests
{
    private static IEnumerable<(double X, double Erf, double Erfc)> Golden()
    {
        foreach (var line in File.ReadAllLines(TestData.PathOf("erf_golden.txt")))
        {
            if (line.StartsWith('#') || string.IsNullOrWhiteSpace(line))
                continue;
            var f = line.Split(' ');
            double P(int i) => double.Parse(f[i], NumberStyles.Float, CultureInfo.InvariantCulture);
            yield return (P(0), P(1), P(2));
        }
    }

    [Test]
    public void ErfAndErfcMatchTheMpmathTableWithinTheDocumentedRelativeError()
    {
        var table = Golden().ToList();
        Assert.That(table, Has.Count.EqualTo(1673));
        double worstErf = 0, worstErfc = 0;
        foreach (var (x, erf, erfc) in table)
        {
            worstErf = Math.Max(worstErf, Relative(ErrorFunction.Erf(x), erf));
            worstErfc = Math.Max(worstErfc, Relative(ErrorFunction.Erfc(x), erfc));
        }
        TestContext.Out.WriteLine($"worst relative error: erf {worstErf:E2}, erfc {worstErfc:E2} (2^-52 = {Math.Pow(2, -52):E2})");
        Assert.That(worstErf, Is.LessThanOrEqualTo(NnTolerance.ErfRelative));
        Assert.That(worstErfc, Is.LessThanOrEqualTo(NnTolerance.ErfRelative));
    }

    [Test]
    public void ErfIsOddAndErfcReflects()
    {
        foreach (var (x, _, _) in Golden())
        {
            Assert.That(ErrorFunction.Erf(-x), Is.EqualTo(-ErrorFunction.Erf(x)), $"x = {x}");
            Assert.That(ErrorFunction.Erfc(x) + ErrorFunction.Erfc(-x), Is.EqualTo(2.0).Within(4e-16), $"x = {x}");
        }
    }

    [Test]
    public void SpecialValues()
    {
        Assert.That(ErrorFunction.Erf(0.0), Is.EqualTo(0.0));
        Assert.That(ErrorFunction.Erf(double.PositiveInfinity), Is.EqualTo(1.0));
        Assert.That(ErrorFunction.Erf(double.NegativeInfinity), Is.EqualTo(-1.0));
        Assert.That(ErrorFunction.Erfc(double.PositiveInfinity), Is.EqualTo(0.0));
        Assert.That(ErrorFunction.Erfc(double.NegativeInfinity), Is.EqualTo(2.0));
        Assert.That(double.IsNaN(ErrorFunction.Erf(double.NaN)), Is.True);
        Assert.That(double.IsNaN(ErrorFunction.Erfc(double.NaN)), Is.True);
    }

    [Test]
    public void DerivativeOfErfIsTheGaussianDensity()
    {
        // erf'(x) = 2/√π·e^(−x²), from Math.Exp: an independent check of the fitted pieces' slopes. Central differences
        // at h = 1e-5 err by h²/6·|erf'''| ≤ 2e-11 plus rounding 2^-52/h ≈ 2e-11.
        const double h = 1e-5;
        for (double x = -5.5; x <= 5.5; x += 0.0625)
        {
            double numeric = (ErrorFunction.Erf(x + h) - ErrorFunction.Erf(x - h)) / (2 * h);
            double exact = 2 / Math.Sqrt(Math.PI) * Math.Exp(-x * x);
            Assert.That(numeric, Is.EqualTo(exact).Within(1e-10), $"x = {x}");
        }
    }

    [Test]
    public void GeluDerivativeMatchesCentralDifferencesOfGelu()
    {
        const double h = 1e-5;
        for (double z = -9; z <= 9; z += 0.03125)
        {
            double numeric = (ActivationMath.Gelu(z + h) - ActivationMath.Gelu(z - h)) / (2 * h);
            Assert.That(ActivationMath.GeluDerivative(z), Is.EqualTo(numeric).Within(1e-9), $"z = {z}");
        }
    }

    [Test]
    public void GeluHasItsLimitsAndKnownValue()
    {
        Assert.That(ActivationMath.Gelu(0), Is.EqualTo(0.0));
        Assert.That(ActivationMath.Gelu(10), Is.EqualTo(10.0));
        // GELU(−10) = −10·Φ(−10) = −10·erfc(10/√2)/2 = −7.619853024160526e-23 (mpmath), where 1 + erf would give 0.
        // The rounded argument x = 10/√2 carries 2^-53 relative error, and erfc's condition number there is 2x² = 100,
        // so about 100·2^-53 = 1.1e-14 relative is the best any erfc can do from that argument; 3e-14 allows twice that.
        Assert.That(ActivationMath.Gelu(-10), Is.EqualTo(-7.619853024160526e-23).Within(3e-14 * 7.62e-23));
        // GELU(1) = Φ(1) = 0.841344746068543 (Φ(1) from the normal table).
        Assert.That(ActivationMath.Gelu(1), Is.EqualTo(0.8413447460685429).Within(2e-16));
    }

    private static double Relative(double actual, double expected)
    {
        // Below the normal range the result is subnormal and carries fewer bits; no relative accuracy is claimed there.
        if (Math.Abs(expected) < 2.2250738585072014e-308)
            return Math.Abs(actual - expected) <= 1e-320 ? 0 : double.PositiveInfinity;
        return Math.Abs(actual - expected) / Math.Abs(expected);
    }
}

[TestFixture]
public sealed class FastGeluTests
{
    [Test]
    public void FastErfcFormIsWithinItsFittedRelativeErrorOfErfc()
    {
        // Q's fitted absolute error is 6.6e-9 (docs/tools/fit_erf.py); Math.Exp and the products add a few 1e-16.
        for (double x = 0; x <= 9; x += 1.0 / 64)
            Assert.That(ErrorFunction.FastErfc(x), Is.EqualTo(ErrorFunction.Erfc(x)).Within(7e-9 * ErrorFunction.Erfc(x)), $"x = {x}");
    }

    /// <summary>
    /// The float32 GELU against the binary64 GELU rounded to float32: Φ carries at most 6.6e-9 relative error before the
    /// one final rounding, so GELU is the correctly rounded value or its neighbour (≤ 1 ulp). The derivative Φ + z·φ
    /// cancels near its zero at z ≈ −0.75, where Φ's error counts against the terms, not the small sum: its bound is
    /// 1 ulp + 7e-9·(Φ + |z|·φ). Every length from 0 to 40 exercises the vector body and the padded tail; results must
    /// not depend on position.
    /// </summary>
    [Test]
    public void Float32GeluAndItsDerivativeAreWithinOneUlpOfTheBinary64Functions()
    {
        var random = new Random(3);
        float[] all = [.. Enumerable.Range(0, 4096).Select(i => (float)(random.NextDouble() * 24 - 16)), 0f, -0f, 1e-30f, -1e-30f, 30f, -30f];
        var a = new float[all.Length];
        var d = new float[all.Length];
        var ones = Enumerable.Repeat(1f, all.Length).ToArray();
        FastGelu.Forward(all, a);
        FastGelu.Backward(all, ones, d);
        for (int i = 0; i < all.Length; i++)
        {
            float z = all[i];
            Assert.That(a[i], Is.EqualTo((float)ActivationMath.Gelu(z)).Within(Ulp((float)ActivationMath.Gelu(z))), $"GELU({z})");
            double phi = 0.5 * ErrorFunction.Erfc(-z / Math.Sqrt(2)), density = Math.Exp(-0.5 * z * z) / Math.Sqrt(2 * Math.PI);
            double slopeTolerance = Ulp((float)ActivationMath.GeluDerivative(z)) + 7e-9 * (phi + Math.Abs(z) * density);
            Assert.That(d[i], Is.EqualTo((float)ActivationMath.GeluDerivative(z)).Within(slopeTolerance), $"GELU'({z})");
        }
        for (int n = 0; n <= 40; n++)
        {
            var part = new float[n];
            FastGelu.Forward(all.AsSpan(100, n), part);
            Assert.That(part, Is.EqualTo(a.AsSpan(100, n).ToArray()), $"length {n}");
        }
        Assert.That(float.IsNaN(Apply(float.NaN)), Is.True);
        Assert.That(Apply(float.PositiveInfinity), Is.EqualTo(float.PositiveInfinity));
    }

    private static float Apply(float z)
    {
        var r = new float[1];
        FastGelu.Forward([z], r);
        return r[0];
    }

    private static float Ulp(float x) => MathF.BitIncrement(MathF.Abs(x)) - MathF.Abs(x);
}
