using NUnit.Framework;

namespace ZoEngine.Tests.Workloads;

/// <summary>The float-comparison tolerances of the workload tests: |a − r| ≤ atol + rtol·|r|.</summary>
internal static class WorkloadTolerance
{
    /// <summary>
    /// The value at the global minimiser. The functions are built to give exactly 0 there (SinPi/CosPi at integers,
    /// paired cancellations in Ackley); 1e-12 is the contract callers may rely on, far below any optimiser's precision.
    /// </summary>
    public const double AtMinimiser = 1e-12;

    /// <summary>
    /// Hand-computed values: the test evaluates the same formula in double in another order, which costs a few ulps
    /// (~1e-16 relative each) on values of order 1–100; 1e-13 leaves two orders of magnitude of room and nothing more.
    /// </summary>
    public const double KnownValueAbsolute = 1e-13;

    /// <inheritdoc cref="KnownValueAbsolute"/>
    public const double KnownValueRelative = 1e-13;

    /// <summary>
    /// Analytic gradient against the fourth-order central difference with h = 2⁻¹²: the stencil is exact for polynomials
    /// up to degree 4 (Quadratic, Cubic away from 0, Rosenbrock) and its truncation error h⁴f⁽⁵⁾/30 is below 1e-12 for
    /// Levy and Ackley; what remains is rounding, about 1.5·ε·|f|/h ≈ 4e-7 for the largest f (~3e5) at the test points.
    /// </summary>
    public const double GradientAbsolute = 1e-6;

    /// <inheritdoc cref="GradientAbsolute"/>
    public const double GradientRelative = 1e-6;

    public static void AssertClose(double actual, double expected, double atol, double rtol, string what) =>
        Assert.That(Math.Abs(actual - expected), Is.LessThanOrEqualTo(atol + rtol * Math.Abs(expected)),
            $"{what}: got {actual:R}, expected {expected:R}");
}
