using NUnit.Framework;
using ZoEngine.Workloads.Synthetic;

namespace ZoEngine.Tests.Workloads;

[TestFixture]
public sealed class SyntheticObjectiveTests
{
    private static readonly SyntheticFunction[] Functions = Enum.GetValues<SyntheticFunction>();

    private static IEnumerable<TestCaseData> FunctionsAndDimensions()
    {
        foreach (var f in Functions)
        {
            foreach (int d in new[] { 1, 2, 7, 1000 })
            {
                if (f == SyntheticFunction.Rosenbrock && d < 2)
                    continue;
                yield return new TestCaseData(f, d);
            }
        }
    }

    [TestCaseSource(nameof(FunctionsAndDimensions))]
    public void ValueIsZeroAtTheMinimiserAndPositiveBesideIt(SyntheticFunction function, int d)
    {
        var objective = new SyntheticObjective(function);
        var x = Enumerable.Repeat(SyntheticObjective.Minimizer(function), d).ToArray();

        Assert.That(Math.Abs(objective.Evaluate(x)), Is.LessThanOrEqualTo(WorkloadTolerance.AtMinimiser));
        using (var set = Split(x, d / 3, d / 3))
            Assert.That(Math.Abs(objective.Evaluate(set)), Is.LessThanOrEqualTo(WorkloadTolerance.AtMinimiser));

        // A function that returned 0 everywhere would pass the lines above.
        x[d / 2] += 0.5f;
        Assert.That(objective.Evaluate(x), Is.GreaterThan(1e-3));
    }

    [Test]
    public void MinimiserCoordinatesAreTheDocumentedOnes()
    {
        Assert.That(SyntheticObjective.Minimizer(SyntheticFunction.Quadratic), Is.EqualTo(0f));
        Assert.That(SyntheticObjective.Minimizer(SyntheticFunction.Cubic), Is.EqualTo(0f));
        Assert.That(SyntheticObjective.Minimizer(SyntheticFunction.Levy), Is.EqualTo(1f));
        Assert.That(SyntheticObjective.Minimizer(SyntheticFunction.Rosenbrock), Is.EqualTo(1f));
        Assert.That(SyntheticObjective.Minimizer(SyntheticFunction.Ackley), Is.EqualTo(0f));
    }

    private static IEnumerable<TestCaseData> KnownValues()
    {
        double sin1 = Math.Sin(1.0), cos1 = Math.Cos(1.0);
        // Quadratic ½Σx².
        yield return Known(SyntheticFunction.Quadratic, [1, 2, 3], 7.0); // ½(1 + 4 + 9)
        yield return Known(SyntheticFunction.Quadratic, [-4], 8.0);
        // Cubic Σ|x|³/3.
        yield return Known(SyntheticFunction.Cubic, [1, -2], 3.0); // (1 + 8)/3
        yield return Known(SyntheticFunction.Cubic, [3], 9.0);
        yield return Known(SyntheticFunction.Cubic, [-1, -1, -1], 1.0);
        // Rosenbrock Σ100(x₂ − x₁²)² + (1 − x₁)².
        yield return Known(SyntheticFunction.Rosenbrock, [0, 0], 1.0);
        yield return Known(SyntheticFunction.Rosenbrock, [-1, 1], 4.0); // 100·0 + 2²
        yield return Known(SyntheticFunction.Rosenbrock, [0, 1], 101.0); // 100·1 + 1
        yield return Known(SyntheticFunction.Rosenbrock, [2, 4, 16], 10.0); // (0 + 1) + (0 + 9)
        // Levy with w = 1 + (x − 1)/4: x = 5 → w = 2, x = −3 → w = 0, x = 3 → w = 1.5, x = 1 → w = 1.
        yield return Known(SyntheticFunction.Levy, [5], 1.0); // sin²(2π) + 1²[1 + sin²(4π)]
        yield return Known(SyntheticFunction.Levy, [-3], 1.0); // sin²(0) + (−1)²[1 + sin²(0)]
        yield return Known(SyntheticFunction.Levy, [-3, 1], 1.0 + 10.0 * sin1 * sin1); // 0 + (−1)²[1 + 10sin²(1)] + 0
        yield return Known(SyntheticFunction.Levy, [5, 5], 2.0 + 10.0 * sin1 * sin1); // 0 + [1 + 10sin²(2π + 1)] + 1
        yield return Known(SyntheticFunction.Levy, [3, 1], 1.25 + 2.5 * cos1 * cos1); // sin²(1.5π) + ¼[1 + 10sin²(1.5π + 1)] + 0
        // Ackley −20exp(−0.2√(Σx²/d)) − exp(Σcos(2πx)/d) + 20 + e; integer x make every cosine 1.
        yield return Known(SyntheticFunction.Ackley, [1, 1], 20.0 - 20.0 * Math.Exp(-0.2));
        yield return Known(SyntheticFunction.Ackley, [1, 0], 20.0 - 20.0 * Math.Exp(-0.2 * Math.Sqrt(0.5)));
        yield return Known(SyntheticFunction.Ackley, [0.5f], 20.0 + Math.E - 20.0 * Math.Exp(-0.1) - Math.Exp(-1.0)); // cos(π) = −1
    }

    [TestCaseSource(nameof(KnownValues))]
    public void ValueMatchesTheFormulaWorkedByHand(SyntheticFunction function, float[] x, double expected)
    {
        var objective = new SyntheticObjective(function);
        WorkloadTolerance.AssertClose(objective.Evaluate(x), expected,
            WorkloadTolerance.KnownValueAbsolute, WorkloadTolerance.KnownValueRelative, $"{function}({string.Join(", ", x)})");
        using var set = Split(x, x.Length - 1, 1);
        Assert.That(objective.Evaluate(set), Is.EqualTo((float)objective.Evaluate(x)));
    }

    private static IEnumerable<TestCaseData> GradientCases()
    {
        foreach (var f in Functions)
        {
            foreach (int d in new[] { 1, 2, 7 })
            {
                if (f == SyntheticFunction.Rosenbrock && d < 2)
                    continue;
                foreach (int seed in new[] { 11, 29 })
                    yield return new TestCaseData(f, d, seed);
            }
        }
    }

    [TestCaseSource(nameof(GradientCases))]
    public void GradientMatchesCentralDifferences(SyntheticFunction function, int d, int seed)
    {
        // h and the points are multiples of powers of two, with at most 15 significant bits, so that x ± h and x ± 2h
        // are exact in float and the stencil's step is exactly h. Cubic's |x|³ is smooth away from 0, and every non-zero
        // coordinate is at least 2⁻⁸ > 2h away from it.
        const double h = 1.0 / 4096;
        var random = new Random(seed);
        var x = new float[d];
        for (int i = 0; i < d; i++)
            x[i] = random.Next(-1024, 1025) / 256f;
        var objective = new SyntheticObjective(function);
        var gradient = new double[d];
        objective.Gradient(x, gradient);

        Assert.That(Norm(gradient), Is.GreaterThan(0.0), "a zero gradient would match a zero difference");
        for (int i = 0; i < d; i++)
        {
            double Shifted(double steps)
            {
                var y = (float[])x.Clone();
                y[i] = (float)(x[i] + steps * h);
                Assert.That((double)y[i] - x[i], Is.EqualTo(steps * h), "the shifted coordinate must be exact in float");
                return objective.Evaluate(y);
            }
            double difference = (-Shifted(2) + 8 * Shifted(1) - 8 * Shifted(-1) + Shifted(-2)) / (12 * h);
            WorkloadTolerance.AssertClose(gradient[i], difference,
                WorkloadTolerance.GradientAbsolute, WorkloadTolerance.GradientRelative, $"{function} ∂f/∂x{i} at d = {d}");
        }
    }

    [Test]
    public void AckleyGradientIsZeroAtItsConePoint()
    {
        var gradient = new double[5];
        new SyntheticObjective(SyntheticFunction.Ackley).Gradient(new float[5], gradient);
        Assert.That(gradient, Is.All.EqualTo(0.0));
    }

    private static IEnumerable<TestCaseData> Splits()
    {
        const int window = 1 << 20;
        foreach (var f in Functions)
        {
            yield return new TestCaseData(f, 7, 1, 0).SetArgDisplayNames(f.ToString(), "7 = 1 + 0 + 6");
            yield return new TestCaseData(f, 7, 3, 1).SetArgDisplayNames(f.ToString(), "7 = 3 + 1 + 3");
            yield return new TestCaseData(f, 1000, 333, 334).SetArgDisplayNames(f.ToString(), "1000 = 333 + 334 + 333");
            // The first tensor spans two windows and ends in lane 1; the last one starts in lane 3.
            yield return new TestCaseData(f, window + 2 * 1000 + 7, window + 1, 2).SetArgDisplayNames(f.ToString(), "window + 2007 = (window + 1) + 2 + 2004");
        }
    }

    [TestCaseSource(nameof(Splits))]
    public void ValueOverThreeTensorsEqualsTheValueOverOne(SyntheticFunction function, int d, int first, int second)
    {
        var random = new Random(d + first);
        var x = new float[d];
        for (int i = 0; i < d; i++)
            x[i] = (float)(random.NextDouble() * 4 - 2);
        // A large term before each tensor edge makes the lane that receives it visible in the rounding of what follows.
        x[first - 1] = 1000f;
        if (first + second < d)
            x[first + second - 1] = -1000f;
        var objective = new SyntheticObjective(function);
        using var one = Split(x, d, 0);
        using var three = Split(x, first, second);
        Assert.That(three.Count, Is.EqualTo(3));

        double expected = objective.Evaluate(x);
        Assert.That(expected, Is.GreaterThan(0.0));
        // Term i is added in lane i mod 4 whatever the split, so the double sums, not merely their floats, are the same
        // bits; a float comparison would miss a term added in the wrong lane.
        Assert.That(objective.EvaluateInDouble(one), Is.EqualTo(expected));
        Assert.That(objective.EvaluateInDouble(three), Is.EqualTo(expected));
        Assert.That(objective.Evaluate(three), Is.EqualTo((float)expected));
    }

    [TestCase("quadratic", SyntheticFunction.Quadratic)]
    [TestCase("CUBIC", SyntheticFunction.Cubic)]
    [TestCase("Levy", SyntheticFunction.Levy)]
    [TestCase("rosenBrock", SyntheticFunction.Rosenbrock)]
    [TestCase("ackley", SyntheticFunction.Ackley)]
    public void ParseIgnoresCase(string name, SyntheticFunction expected) =>
        Assert.That(SyntheticObjective.Parse(name), Is.EqualTo(expected));

    [TestCase("sphere")]
    [TestCase("")]
    [TestCase("1")]
    [TestCase("Quadratic,Cubic")]
    [TestCase(" quadratic")]
    public void ParseRejectsOtherNamesAndListsTheValidOnes(string name)
    {
        var error = Assert.Throws<ArgumentException>(() => SyntheticObjective.Parse(name))!;
        Assert.That(error.Message, Does.Contain($"'{name}'"));
        foreach (var valid in Enum.GetNames<SyntheticFunction>())
            Assert.That(error.Message, Does.Contain(valid));
    }

    [Test]
    public void ParseRejectsNull() =>
        Assert.Throws<ArgumentNullException>(() => SyntheticObjective.Parse(null!));

    [Test]
    public void UndefinedFunctionIsRejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new SyntheticObjective((SyntheticFunction)99));

    [Test]
    public void RosenbrockNeedsTwoCoordinates()
    {
        var objective = new SyntheticObjective(SyntheticFunction.Rosenbrock);
        var error = Assert.Throws<ArgumentException>(() => objective.Evaluate([1f]))!;
        Assert.That(error.Message, Does.Contain("d ≥ 2"));
        using var set = new ParameterSet(("x", 1));
        Assert.Throws<ArgumentException>(() => objective.Evaluate(set));
        Assert.Throws<ArgumentException>(() => objective.Gradient([1f], new double[1]));
    }

    [Test]
    public void EveryFunctionRejectsAnEmptyVector()
    {
        foreach (var f in Functions)
        {
            var objective = new SyntheticObjective(f);
            using var set = new ParameterSet(("x", 0));
            Assert.Throws<ArgumentException>(() => objective.Evaluate(set), f.ToString());
            Assert.Throws<ArgumentException>(() => objective.Evaluate(ReadOnlySpan<float>.Empty), f.ToString());
        }
    }

    [Test]
    public void GradientRejectsAMismatchedDestination() =>
        Assert.Throws<ArgumentException>(() => new SyntheticObjective(SyntheticFunction.Quadratic).Gradient(new float[3], new double[2]));

    [TestCaseSource(nameof(Functions))]
    public void EvaluationAllocatesNothing(SyntheticFunction function)
    {
        var objective = new SyntheticObjective(function);
        var x = new float[1000];
        for (int i = 0; i < x.Length; i++)
            x[i] = i % 7 * 0.25f - 0.75f;
        using var set = Split(x, 300, 400);
        var gradient = new double[x.Length];
        double sink = objective.Evaluate(set) + objective.Evaluate(x);
        objective.Gradient(x, gradient);

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int call = 0; call < 100; call++)
        {
            sink += objective.Evaluate(set);
            sink += objective.Evaluate(x);
            objective.Gradient(x, gradient);
        }
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.That(allocated, Is.EqualTo(0));
        Assert.That(sink, Is.GreaterThan(0.0));
    }

    /// <summary>x as a set of three tensors of <paramref name="first"/>, <paramref name="second"/> and the remaining elements.</summary>
    private static ParameterSet Split(float[] x, int first, int second)
    {
        var set = new ParameterSet();
        set.Add("a", x[..first]);
        set.Add("b", x[first..(first + second)]);
        set.Add("c", x[(first + second)..]);
        return set;
    }

    private static TestCaseData Known(SyntheticFunction function, float[] x, double expected) =>
        new TestCaseData(function, x, expected).SetArgDisplayNames(function.ToString(), $"({string.Join(", ", x)})");

    private static double Norm(double[] v) => Math.Sqrt(v.Sum(e => e * e));
}
