using System.Globalization;
using ZoEngine.Estimators;
using ZoEngine.Noise;
using ZoEngine.Optimizers;

namespace ZoEngine;

/// <summary>
/// Everything that determines a run's trajectory besides the objective: estimator, optimizer, run seed and the
/// parameter layout. It is written into the trajectory log header so that a log replays without outside knowledge.
/// </summary>
public sealed record RunConfiguration
{
    /// <summary>The estimator.</summary>
    public required EstimatorOptions Estimator { get; init; }
    /// <summary>The optimizer.</summary>
    public required OptimizerOptions Optimizer { get; init; }
    /// <summary>Seed from which every step seed is derived.</summary>
    public required ulong RunSeed { get; init; }

    /// <summary>Serialises to ordered header metadata, floats in round-trip form.</summary>
    public List<KeyValuePair<string, string>> ToMetadata(ParameterSet layout)
    {
        var e = Estimator;
        var o = Optimizer;
        var list = new List<KeyValuePair<string, string>>();
        void Add(string k, string v) => list.Add(new(k, v));
        Add("run.seed", RunSeed.ToString(CultureInfo.InvariantCulture));
        Add("estimator.kind", e.Kind.ToString());
        Add("estimator.distribution", e.Distribution.ToString());
        Add("estimator.queries", e.Queries.ToString(CultureInfo.InvariantCulture));
        Add("estimator.mu", F(e.Mu));
        Add("estimator.scale_by_dimension", e.ScaleByDimension ? "true" : "false");
        Add("estimator.mode", e.Mode.ToString());
        Add("estimator.coordinates", e.Coordinates is null ? "all" : string.Join(',', e.Coordinates));
        Add("estimator.candidates", e.Candidates.ToString(CultureInfo.InvariantCulture));
        Add("estimator.elite_fraction", F(e.EliteFraction));
        Add("optimizer.kind", o.Kind.ToString());
        Add("optimizer.lr", F(o.LearningRate));
        Add("optimizer.momentum", F(o.Momentum));
        Add("optimizer.weight_decay", F(o.WeightDecay));
        Add("optimizer.beta1", F(o.Beta1));
        Add("optimizer.beta2", F(o.Beta2));
        Add("optimizer.epsilon", F(o.Epsilon));
        Add("optimizer.epsilon_placement", o.EpsilonPlacement.ToString());
        Add("optimizer.state_precision", o.StatePrecision.ToString());
        Add("parameters.layout", string.Join(';', layout.Select(t => $"{t.Name}:{t.Id}:{t.Length}")));
        return list;
    }

    /// <summary>Rebuilds a configuration from header metadata; throws <see cref="FormatException"/> naming a missing or bad key.</summary>
    public static RunConfiguration FromMetadata(Func<string, string?> get)
    {
        string Req(string key) => get(key) ?? throw new FormatException($"The log header has no '{key}'.");
        T E<T>(string key) where T : struct, Enum =>
            Enum.TryParse<T>(Req(key), out var v) ? v : throw new FormatException($"The log header's '{key}' = '{Req(key)}' is not a {typeof(T).Name}.");
        float Fl(string key) =>
            float.TryParse(Req(key), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : throw new FormatException($"The log header's '{key}' = '{Req(key)}' is not a number.");
        string coords = Req("estimator.coordinates");
        return new RunConfiguration
        {
            RunSeed = ulong.TryParse(Req("run.seed"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : throw new FormatException("The log header's 'run.seed' is not an unsigned integer."),
            Estimator = new EstimatorOptions
            {
                Kind = E<EstimatorKind>("estimator.kind"),
                Distribution = E<NoiseDistribution>("estimator.distribution"),
                Queries = int.TryParse(Req("estimator.queries"), NumberStyles.None, CultureInfo.InvariantCulture, out var q) ? q : throw new FormatException("The log header's 'estimator.queries' is not an integer."),
                Mu = Fl("estimator.mu"),
                ScaleByDimension = Req("estimator.scale_by_dimension") == "true",
                Mode = E<PerturbationMode>("estimator.mode"),
                Coordinates = coords == "all" ? null : coords.Split(',').Select(c => long.Parse(c, CultureInfo.InvariantCulture)).ToArray(),
                Candidates = int.TryParse(Req("estimator.candidates"), NumberStyles.None, CultureInfo.InvariantCulture, out var mc) ? mc : throw new FormatException("The log header's 'estimator.candidates' is not an integer."),
                EliteFraction = Fl("estimator.elite_fraction"),
            },
            Optimizer = new OptimizerOptions
            {
                Kind = E<OptimizerKind>("optimizer.kind"),
                LearningRate = Fl("optimizer.lr"),
                Momentum = Fl("optimizer.momentum"),
                WeightDecay = Fl("optimizer.weight_decay"),
                Beta1 = Fl("optimizer.beta1"),
                Beta2 = Fl("optimizer.beta2"),
                Epsilon = Fl("optimizer.epsilon"),
                EpsilonPlacement = E<EpsilonPlacement>("optimizer.epsilon_placement"),
                StatePrecision = E<StatePrecision>("optimizer.state_precision"),
            },
        };
    }

    /// <summary>Throws <see cref="ArgumentException"/> unless <paramref name="parameters"/> has the layout recorded under 'parameters.layout'.</summary>
    public static void EnsureLayout(ParameterSet parameters, string? recorded)
    {
        string actual = string.Join(';', parameters.Select(t => $"{t.Name}:{t.Id}:{t.Length}"));
        if (recorded is not null && recorded != actual)
            throw new ArgumentException($"The parameters do not match the log: the log was written for '{recorded}', these are '{actual}'.", nameof(parameters));
    }

    private static string F(float v) => v.ToString("R", CultureInfo.InvariantCulture);
}
