using ZoEngine.Estimators;
using ZoEngine.Noise;

namespace ZoEngine.Workloads.Analysis;

/// <summary>The three direction constructions compared by the prior-driven ZO lemmas.</summary>
public enum AlignmentMethod
{
    /// <summary>Plain ZO averaging k Gaussian directions: V = (1/k) Σ z_i z_iᵀ g (Lemma 2).</summary>
    PlainZo,
    /// <summary>MeZO-Greedy over k candidates: V = z* z*ᵀ g (Lemma 3).</summary>
    Greedy,
    /// <summary>MeZO-GV over k candidates with s = ⌊αk⌋ elite: V = v vᵀ g (Lemma 4).</summary>
    GuidingVector,
}

/// <summary>Means over the trials of one (method, d, k) cell.</summary>
/// <param name="Method">Construction.</param>
/// <param name="Dimension">d.</param>
/// <param name="K">Directions or candidates k.</param>
/// <param name="Trials">Number of draws.</param>
/// <param name="ParallelOverPerpendicular">Mean ‖V∥‖/‖V⊥‖.</param>
/// <param name="ParallelOverGradient">Mean ‖V∥‖/‖g‖ with V built from the engine's own direction (v as the estimator forms it).</param>
/// <param name="Cosine">Mean cos(V, g): the alignment of the update with the gradient.</param>
/// <param name="CosineStandardError">Standard error of that mean.</param>
public sealed record AlignmentCell(AlignmentMethod Method, long Dimension, int K, int Trials, double ParallelOverPerpendicular, double ParallelOverGradient, double Cosine, double CosineStandardError)
{
    /// <summary>The lemma's prediction of ‖V∥‖/‖V⊥‖: √(k/(d−1)), √(2 ln k)/√(d−1), 2√(s ln k)/√(d−1).</summary>
    public double PredictedParallelOverPerpendicular(int s) => Method switch
    {
        AlignmentMethod.PlainZo => Math.Sqrt(K / (Dimension - 1.0)),
        AlignmentMethod.Greedy => Math.Sqrt(2 * Math.Log(K)) / Math.Sqrt(Dimension - 1.0),
        _ => 2 * Math.Sqrt(s * Math.Log(K)) / Math.Sqrt(Dimension - 1.0),
    };

    /// <summary>
    /// The lemmas' stated ‖V∥‖/‖g‖: 1, 2 ln k, 8 s ln k. For the ẑ = (1/s)(Σ elite − Σ worst) that Lemma 4 defines,
    /// its own proof gives (ẑᵀĝ)² = m²/s² ≈ 8 ln k, not m²/s; docs/prior-guided.md compares both with the measurement.
    /// </summary>
    public double PredictedParallelOverGradient(int s) => Method switch
    {
        AlignmentMethod.PlainZo => 1,
        AlignmentMethod.Greedy => 2 * Math.Log(K),
        _ => 8 * s * Math.Log(K),
    };
}

/// <summary>
/// Measures how well the directions of plain ZO, MeZO-Greedy and MeZO-GV align with a known gradient, using the
/// engine's estimators on the quadratic f(x) = ½‖x‖² at a point x = g (so ∇f = g), in exact perturbation mode.
/// The directions the estimators rank and weight are expanded densely here only to measure them.
/// </summary>
public static class AlignmentStudy
{
    /// <summary>Runs <paramref name="trials"/> draws for one cell.</summary>
    public static AlignmentCell Measure(AlignmentMethod method, int d, int k, int trials, float alpha = 0.5f, ulong seed = 1, float mu = 1e-3f)
    {
        using var backend = new CpuBackend();
        using var theta = new ParameterSet(("x", d));
        backend.Fill(theta, NoiseKind.Gaussian, SeedMixer.Derive(seed, 1_000_003), 1f);
        var g = theta[0].AsSpan().ToArray();
        double gNorm = Math.Sqrt(g.Sum(v => (double)v * v));
        var gHat = g.Select(v => v / gNorm).ToArray();
        var objective = new DelegateObjective(HalfSquaredNorm);
        var options = method switch
        {
            AlignmentMethod.PlainZo => new EstimatorOptions { Kind = EstimatorKind.Spsa, Queries = k, Mu = mu, Mode = PerturbationMode.Exact },
            AlignmentMethod.Greedy => new EstimatorOptions { Kind = EstimatorKind.Greedy, Candidates = k, Mu = mu, Mode = PerturbationMode.Exact },
            _ => new EstimatorOptions { Kind = EstimatorKind.GuidingVector, Candidates = k, EliteFraction = alpha, Mu = mu, Mode = PerturbationMode.Exact },
        };
        using var estimator = EstimatorFactory.Create(backend, theta, options);
        var losses = new float[estimator.LossesPerStep];
        var oracle = new Oracle(objective, theta);
        var v = new double[d];
        var z = new float[d];
        double sumR1 = 0, sumR2 = 0, sumCos = 0, sumCos2 = 0;
        for (int t = 0; t < trials; t++)
        {
            estimator.Probe(SeedMixer.StepSeed(seed, t), oracle, losses);
            estimator.RestoreNow();
            // V = Σ_j a_j z_j with a_j the scalar that multiplies z_j in the lemma's V.
            Array.Clear(v);
            double vDotG;
            if (estimator is PriorGuidedEstimator pg)
            {
                // The direction the estimator took its SPSA along: Σ w_i z_i; V = dir (dirᵀ ĝ).
                for (int i = 0; i < k; i++)
                {
                    if (pg.Weights[i] == 0f)
                        continue;
                    NoiseStream.Generate(NoiseKind.Gaussian, pg.CandidateSeeds[i], theta[0].Id, 0, z);
                    for (int j = 0; j < d; j++)
                        v[j] += pg.Weights[i] * (double)z[j];
                }
                vDotG = Dot(v, gHat);
                for (int j = 0; j < d; j++)
                    v[j] *= vDotG;
            }
            else
            {
                var rd = (RandomDirectionEstimator)estimator;
                for (int i = 0; i < k; i++)
                {
                    NoiseStream.Generate(NoiseKind.Gaussian, rd.DirectionSeeds[i], theta[0].Id, 0, z);
                    double a = 0;
                    for (int j = 0; j < d; j++)
                        a += z[j] * gHat[j];
                    a /= k;
                    for (int j = 0; j < d; j++)
                        v[j] += a * z[j];
                }
            }
            double par = Dot(v, gHat);
            double norm2 = Dot(v, v);
            double perp = Math.Sqrt(Math.Max(norm2 - par * par, 0));
            sumR1 += Math.Abs(par) / perp;
            sumR2 += Math.Abs(par);
            double cos = par / Math.Sqrt(norm2);
            sumCos += cos;
            sumCos2 += cos * cos;
        }
        double meanCos = sumCos / trials;
        double se = Math.Sqrt(Math.Max(sumCos2 / trials - meanCos * meanCos, 0) / trials);
        return new AlignmentCell(method, d, k, trials, sumR1 / trials, sumR2 / trials, meanCos, se);
    }

    private static double Dot(double[] a, double[] b)
    {
        double s = 0;
        for (int i = 0; i < a.Length; i++)
            s += a[i] * b[i];
        return s;
    }

    private static float HalfSquaredNorm(ParameterSet p)
    {
        double s = 0;
        foreach (float x in p[0].AsSpan())
            s += (double)x * x;
        return (float)(0.5 * s);
    }

    private sealed class Oracle(IObjective f, ParameterSet p) : ILossOracle
    {
        public float Evaluate(int query) => f.Evaluate(p);
    }
}
