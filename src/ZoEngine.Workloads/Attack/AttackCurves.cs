using ZoEngine.Optimizers;

namespace ZoEngine.Workloads.Attack;

/// <summary>One point of an optimizer's loss curve: the quartiles of F over its attacks after a given step.</summary>
/// <param name="Step">Steps taken.</param>
/// <param name="Queries">Classifier queries after that many steps: 1 + step·(2q + 1).</param>
/// <param name="Lower">The lower quartile of F.</param>
/// <param name="Median">The median of F.</param>
/// <param name="Upper">The upper quartile of F.</param>
public sealed record LossQuartiles(long Step, long Queries, double Lower, double Median, double Upper);

/// <summary>Curves of the attack loss F against queries, summarised over the attacks of one optimizer.</summary>
public static class AttackCurves
{
    /// <summary>
    /// The quartiles of F over <paramref name="kind"/>'s attacks after steps 1, 1 + stride, …, up to the longest attack
    /// (and its last step); an attack that has ended keeps its last F, so every quartile is over all attacks.
    /// Quartiles interpolate linearly between order statistics (the median of an even count is the mean of the middle two).
    /// </summary>
    /// <param name="records">The study's records.</param>
    /// <param name="kind">The optimizer.</param>
    /// <param name="queriesPerStep">Queries of one step, 2q + 1.</param>
    /// <param name="points">About how many points the curve gets.</param>
    /// <returns>The points, empty when the optimizer took no step.</returns>
    public static IReadOnlyList<LossQuartiles> Quartiles(IReadOnlyList<AttackRecord> records, OptimizerKind kind, int queriesPerStep, int points = 400)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentOutOfRangeException.ThrowIfLessThan(queriesPerStep, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(points, 1);
        var runs = records.Where(r => r.Optimizer == kind && r.Result.Losses.Count > 0).Select(r => r.Result.Losses).ToList();
        if (runs.Count == 0)
            return [];
        int longest = runs.Max(l => l.Count);
        int stride = Math.Max(1, longest / points);
        var curve = new List<LossQuartiles>();
        var at = new double[runs.Count];
        for (int k = 0; ; k = Math.Min(k + stride, longest - 1))
        {
            for (int r = 0; r < runs.Count; r++)
                at[r] = runs[r][Math.Min(k, runs[r].Count - 1)];
            Array.Sort(at);
            curve.Add(new LossQuartiles(k + 1, 1 + (k + 1L) * queriesPerStep, Quantile(at, 0.25), Quantile(at, 0.5), Quantile(at, 0.75)));
            if (k == longest - 1)
                break;
        }
        return curve;
    }

    // The p-quantile of sorted values, interpolating linearly between order statistics.
    private static double Quantile(double[] sorted, double p)
    {
        double position = p * (sorted.Length - 1);
        int below = (int)Math.Floor(position);
        int above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
