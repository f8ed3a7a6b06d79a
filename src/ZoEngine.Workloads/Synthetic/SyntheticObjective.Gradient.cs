namespace ZoEngine.Workloads.Synthetic;

public sealed partial class SyntheticObjective
{
    /// <summary>
    /// The analytic gradient ∇f(x) in double, for tests and for studies of how well ZO estimates align with it.
    /// Where f has no gradient (Ackley at x = 0, a cone point) the radial term contributes 0.
    /// </summary>
    /// <param name="x">The point, [d].</param>
    /// <param name="gradient">Receives ∇f(x), [d].</param>
    /// <exception cref="ArgumentException">The lengths differ, or d is unsupported as in <see cref="Evaluate(ReadOnlySpan{float})"/>.</exception>
    public void Gradient(ReadOnlySpan<float> x, Span<double> gradient)
    {
        ThrowIfDimensionUnsupported(x.Length, nameof(x));
        if (gradient.Length != x.Length)
            throw new ArgumentException($"The gradient has {gradient.Length} elements but x has {x.Length}.", nameof(gradient));
        switch (Function)
        {
            case SyntheticFunction.Quadratic:
                for (int i = 0; i < x.Length; i++)
                    gradient[i] = x[i];
                break;
            case SyntheticFunction.Cubic:
                for (int i = 0; i < x.Length; i++)
                    gradient[i] = (double)x[i] * Math.Abs((double)x[i]);
                break;
            case SyntheticFunction.Levy:
                LevyGradient(x, gradient);
                break;
            case SyntheticFunction.Rosenbrock:
                RosenbrockGradient(x, gradient);
                break;
            default:
                AckleyGradient(x, gradient);
                break;
        }
    }

    private static void LevyGradient(ReadOnlySpan<float> x, Span<double> gradient)
    {
        int last = x.Length - 1;
        for (int i = 0; i <= last; i++)
        {
            double w = LevyMiddleTerm.LevyW(x[i]);
            double v = w - 1.0;
            double dfdw;
            if (i < last)
            {
                double s = Math.Sin(Math.PI * w + 1.0);
                dfdw = 2.0 * v * (1.0 + 10.0 * s * s) + 10.0 * Math.PI * v * v * Math.Sin(2.0 * (Math.PI * w + 1.0));
            }
            else
            {
                double s = double.SinPi(2.0 * w);
                dfdw = 2.0 * v * (1.0 + s * s) + 2.0 * Math.PI * v * v * double.SinPi(4.0 * w);
            }
            if (i == 0)
                dfdw += Math.PI * double.SinPi(2.0 * w);
            // dw/dx = 1/4.
            gradient[i] = 0.25 * dfdw;
        }
    }

    private static void RosenbrockGradient(ReadOnlySpan<float> x, Span<double> gradient)
    {
        int last = x.Length - 1;
        for (int i = 0; i <= last; i++)
        {
            double xi = x[i];
            double g = 0.0;
            if (i < last)
                g += -400.0 * xi * (x[i + 1] - xi * xi) - 2.0 * (1.0 - xi);
            if (i > 0)
            {
                double xp = x[i - 1];
                g += 200.0 * (xi - xp * xp);
            }
            gradient[i] = g;
        }
    }

    private static void AckleyGradient(ReadOnlySpan<float> x, Span<double> gradient)
    {
        // The same sums as Evaluate, so that gradient and value agree on r and the cosine mean to the bit.
        LaneSums squares = default, cosines = default;
        squares.AddRange<SquareTerm>(x, x.Length, 0);
        cosines.AddRange<CosTwoPiTerm>(x, x.Length, 0);
        double d = x.Length;
        double r = Math.Sqrt(squares.Total / d);
        double radial = r > 0.0 ? 4.0 * Math.Exp(-0.2 * r) / (d * r) : 0.0;
        double angular = 2.0 * Math.PI * Math.Exp(cosines.Total / d) / d;
        for (int i = 0; i < x.Length; i++)
            gradient[i] = radial * x[i] + angular * double.SinPi(2.0 * x[i]);
    }
}
