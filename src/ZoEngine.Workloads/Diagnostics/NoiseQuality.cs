using ZoEngine.Cpu.Reference;
using ZoEngine.Noise;

namespace ZoEngine.Workloads.Diagnostics;

/// <summary>Accuracy of the portable functions and of z against binary64 Box–Muller of the same uniforms.</summary>
/// <param name="LogMaxUlps">Worst error of the portable ln over all 2²⁴ inputs u1, in binary32 ulps of the true value.</param>
/// <param name="SinCosMaxAbs">Worst absolute error of cos/sin of turns over all 2²⁴ inputs.</param>
/// <param name="GaussianMaxAbs">Worst |z − z₆₄| over the sampled elements.</param>
/// <param name="GaussianMaxRel">Worst |z − z₆₄| / max(1, |z₆₄|).</param>
/// <param name="Samples">Gaussian elements compared.</param>
public sealed record NoiseAccuracy(double LogMaxUlps, double SinCosMaxAbs, double GaussianMaxAbs, double GaussianMaxRel, long Samples);

/// <summary>Sample moments and the Kolmogorov–Smirnov distance to N(0, 1), with the thresholds their sample size implies.</summary>
/// <param name="Samples">n.</param>
/// <param name="Mean">Sample mean; its standard error is 1/√n.</param>
/// <param name="Variance">Sample variance; standard error √(2/n).</param>
/// <param name="ExcessKurtosis">Sample excess kurtosis; standard error √(24/n).</param>
/// <param name="KolmogorovSmirnov">sup |F_n − Φ|.</param>
public sealed record NoiseDistributionStats(long Samples, double Mean, double Variance, double ExcessKurtosis, double KolmogorovSmirnov)
{
    /// <summary>Five standard errors of the mean.</summary>
    public double MeanBound => 5 / Math.Sqrt(Samples);
    /// <summary>Five standard errors of the variance.</summary>
    public double VarianceBound => 5 * Math.Sqrt(2.0 / Samples);
    /// <summary>Five standard errors of the excess kurtosis.</summary>
    public double KurtosisBound => 5 * Math.Sqrt(24.0 / Samples);
    /// <summary>The KS critical value at significance 10⁻⁶, √(ln(2/α)/2)/√n.</summary>
    public double KolmogorovSmirnovBound => Math.Sqrt(Math.Log(2 / 1e-6) / 2) / Math.Sqrt(Samples);
    /// <summary>Whether every statistic is inside its bound.</summary>
    public bool Passes => Math.Abs(Mean) <= MeanBound && Math.Abs(Variance - 1) <= VarianceBound && Math.Abs(ExcessKurtosis) <= KurtosisBound && KolmogorovSmirnov <= KolmogorovSmirnovBound;
}

/// <summary>Measurements of the noise stream, shared by the tests and by <c>zo bench accuracy</c>.</summary>
public static class NoiseQuality
{
    /// <summary>Measures accuracy: ln and sin/cos exhaustively, z over <paramref name="samples"/> elements of one stream.</summary>
    public static NoiseAccuracy MeasureAccuracy(ulong seed, long samples)
    {
        double lnUlps = 0;
        for (uint k = 1; k <= 1u << 24; k++)
        {
            float u = k * NoiseReference.TwoPowMinus24;
            double exact = Math.Log(k) - 24 * Math.Log(2);
            double ulp = exact == 0 ? float.Epsilon : Math.Abs(MathF.BitIncrement((float)Math.Abs(exact)) - (float)Math.Abs(exact));
            lnUlps = Math.Max(lnUlps, Math.Abs(PortableMath.Log(u) - exact) / ulp);
        }
        double trig = 0;
        for (uint n = 0; n < 1u << 24; n++)
        {
            var (c, s) = PortableMath.SinCosTurns24(n);
            double a = 2 * Math.PI * n / 16777216.0;
            trig = Math.Max(trig, Math.Max(Math.Abs(c - Math.Cos(a)), Math.Abs(s - Math.Sin(a))));
        }
        double maxAbs = 0, maxRel = 0;
        const int chunk = 1 << 16;
        var z = new float[chunk];
        for (long start = 0; start < samples; start += chunk)
        {
            int n = (int)Math.Min(chunk, samples - start);
            NoiseStream.Generate(NoiseKind.Gaussian, seed, 0, start, z.AsSpan(0, n));
            for (int i = 0; i < n; i++)
            {
                ulong j = (ulong)(start + i);
                var (x0, x1, x2, x3) = NoiseReference.Words(seed, 0, j >> 2);
                bool low = (j & 3) < 2;
                uint a = low ? x0 : x2, b = low ? x1 : x3;
                double u1 = ((a >> 8) + 1) / 16777216.0, u2 = (b >> 8) / 16777216.0;
                double r = Math.Sqrt(-2 * Math.Log(u1));
                double exact = (j & 1) == 0 ? r * Math.Cos(2 * Math.PI * u2) : r * Math.Sin(2 * Math.PI * u2);
                double err = Math.Abs(z[i] - exact);
                maxAbs = Math.Max(maxAbs, err);
                maxRel = Math.Max(maxRel, err / Math.Max(1, Math.Abs(exact)));
            }
        }
        return new NoiseAccuracy(lnUlps, trig, maxAbs, maxRel, samples);
    }

    /// <summary>Moments and KS distance of <paramref name="samples"/> Gaussian elements of the stream (seed, tensor 0).</summary>
    public static NoiseDistributionStats MeasureDistribution(ulong seed, int samples)
    {
        var z = new float[samples];
        NoiseStream.Generate(NoiseKind.Gaussian, seed, 0, 0, z);
        double s1 = 0;
        foreach (float v in z)
            s1 += v;
        double mean = s1 / samples;
        double m2 = 0, m4 = 0;
        foreach (float v in z)
        {
            double d = v - mean, d2 = d * d;
            m2 += d2;
            m4 += d2 * d2;
        }
        m2 /= samples;
        m4 /= samples;
        Array.Sort(z);
        double ks = 0;
        for (int i = 0; i < samples; i++)
        {
            double cdf = NormalCdf(z[i]);
            ks = Math.Max(ks, Math.Max((i + 1.0) / samples - cdf, cdf - (double)i / samples));
        }
        return new NoiseDistributionStats(samples, mean, m2 * samples / (samples - 1.0), m4 / (m2 * m2) - 3, ks);
    }

    /// <summary>Φ(x), the standard normal CDF (MathNet.Numerics).</summary>
    public static double NormalCdf(double x) => MathNet.Numerics.Distributions.Normal.CDF(0, 1, x);
}
