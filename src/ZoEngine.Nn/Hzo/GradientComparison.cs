using System.Numerics;

namespace ZoEngine.Nn;

/// <summary>How close one gradient is to a reference, per unit and overall (the fidelity measure of the HZO paper, §5.1).</summary>
/// <param name="Unit">The unit l (1..L), or 0 for all parameters together.</param>
/// <param name="Cosine">cos(g, g_ref); NaN when either is zero.</param>
/// <param name="OneMinusCosine">
/// 1 − cos(g, g_ref) computed as (‖g − g_ref‖² − (‖g‖ − ‖g_ref‖)²)/(2‖g‖‖g_ref‖), which keeps its relative accuracy
/// where 1 − cos itself would cancel to 0 (float64 HZO agrees with backprop to 1 − cos ≈ 1e-20).
/// </param>
/// <param name="RelativeError">‖g − g_ref‖/‖g_ref‖; NaN when the reference is zero.</param>
/// <param name="ReferenceNorm">‖g_ref‖.</param>
public readonly record struct GradientAgreement(int Unit, double Cosine, double OneMinusCosine, double RelativeError, double ReferenceNorm);

/// <summary>Snapshots of a network's gradients and their comparison, in binary64 whatever the network's precision.</summary>
public static class GradientComparison
{
    /// <summary>A copy of every parameter's gradient, in parameter order, widened to binary64.</summary>
    public static double[][] Snapshot<T>(Sequential<T> model) where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(model);
        return [.. model.Parameters.Select(p => p.Gradient.ToHost().Span.ToArray().Select(double.CreateTruncating).ToArray())];
    }

    /// <summary>
    /// The agreement of <paramref name="gradient"/> with <paramref name="reference"/> over all parameters (first entry,
    /// unit 0) and then for each unit 1..L of <paramref name="model"/>, whose layout both snapshots must have.
    /// </summary>
    public static IReadOnlyList<GradientAgreement> Compare<T>(Sequential<T> model, double[][] gradient, double[][] reference)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(gradient);
        ArgumentNullException.ThrowIfNull(reference);
        int count = model.Parameters.Count;
        if (gradient.Length != count || reference.Length != count)
            throw new ArgumentException($"The network has {count} parameters; the snapshots have {gradient.Length} and {reference.Length}.");
        for (int i = 0; i < count; i++)
        {
            int length = model.Parameters[i].Value.Length;
            if (gradient[i].Length != length || reference[i].Length != length)
                throw new ArgumentException($"Parameter {model.ParameterNames[i]} has {length} elements; the snapshots have {gradient[i].Length} and {reference[i].Length}.");
        }
        var result = new List<GradientAgreement> { Agreement(0, Enumerable.Range(0, count), gradient, reference) };
        for (int unit = 1; unit <= model.Depth; unit++)
        {
            int u = unit;
            var indices = Enumerable.Range(0, count).Where(i => model.ParameterUnits[i] == u).ToList();
            if (indices.Count > 0)
                result.Add(Agreement(unit, indices, gradient, reference));
        }
        return result;
    }

    private static GradientAgreement Agreement(int unit, IEnumerable<int> indices, double[][] g, double[][] r)
    {
        double dot = 0, gg = 0, rr = 0, dd = 0;
        foreach (int i in indices)
        {
            for (int k = 0; k < r[i].Length; k++)
            {
                dot += g[i][k] * r[i][k];
                gg += g[i][k] * g[i][k];
                rr += r[i][k] * r[i][k];
                double d = g[i][k] - r[i][k];
                dd += d * d;
            }
        }
        bool defined = gg > 0 && rr > 0;
        double cosine = defined ? dot / Math.Sqrt(gg * rr) : double.NaN;
        double normG = Math.Sqrt(gg), normR = Math.Sqrt(rr);
        double oneMinus = defined ? (dd - (normG - normR) * (normG - normR)) / (2 * normG * normR) : double.NaN;
        double relative = rr > 0 ? Math.Sqrt(dd / rr) : double.NaN;
        return new GradientAgreement(unit, cosine, oneMinus, relative, normR);
    }
}
