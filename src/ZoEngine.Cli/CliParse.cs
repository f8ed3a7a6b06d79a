using System.Globalization;
using ZoEngine.Estimators;
using ZoEngine.Optimizers;

namespace ZoEngine.Cli;

/// <summary>
/// The parsers of option values that System.CommandLine leaves as text or does not range-check: comma lists, names,
/// choices, per-name rates, ranges and paths. One error style for all: "OPTION must be WHAT, got VALUE." as a
/// <see cref="ZoCliException"/> (one line, exit 2).
/// </summary>
internal static class CliParse
{
    /// <summary>The elements of a comma list, trimmed; an empty list or an empty element (a trailing comma) is an error.</summary>
    public static string[] List(string text, string option)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Any(p => p.Length == 0))
            throw Fail(option, "a comma list without empty elements", text);
        return parts;
    }

    /// <summary>A comma list of integers ≥ <paramref name="minimum"/>.</summary>
    public static int[] Ints(string text, string option, int minimum) =>
        [.. List(text, option).Select(part =>
            int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out int v) && v >= minimum ? v : throw Fail(option, $"a comma list of integers ≥ {minimum}", part))];

    /// <summary>A comma list of finite numbers &gt; 0.</summary>
    public static double[] PositiveNumbers(string text, string option) => [.. List(text, option).Select(part => Number(part, option, positive: true))];

    /// <summary>A comma list of names from <paramref name="allowed"/> (case-insensitive), each at most once.</summary>
    public static string[] Names(string text, string option, IReadOnlyList<string> allowed)
    {
        var names = List(text, option).Select(s => s.ToLowerInvariant()).ToArray();
        foreach (string n in names)
        {
            if (!allowed.Contains(n))
                throw Fail(option, $"a comma list of {Alternatives(allowed)}", n);
        }
        if (names.GroupBy(n => n).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new ZoCliException($"{option} must name each at most once, got '{twice.Key}' twice.");
        return names;
    }

    /// <summary>The value of the choice named <paramref name="text"/>.</summary>
    public static T Choice<T>(string text, string option, params (string Name, T Value)[] choices)
    {
        foreach (var (name, value) in choices)
        {
            if (name == text)
                return value;
        }
        throw Fail(option, Alternatives([.. choices.Select(c => c.Name)]), text);
    }

    /// <summary>An integer option ≥ <paramref name="minimum"/>.</summary>
    public static int AtLeast(int value, string option, int minimum = 1) =>
        value >= minimum ? value : throw new ZoCliException($"{option} must be ≥ {minimum}, got {value}.");

    /// <summary>A number option that must be finite and &gt; 0.</summary>
    public static double Positive(double value, string option) =>
        double.IsFinite(value) && value > 0 ? value : throw new ZoCliException($"{option} must be finite and > 0, got {value.ToString(CultureInfo.InvariantCulture)}.");

    /// <summary>A number option that must be finite.</summary>
    public static double Finite(double value, string option) =>
        double.IsFinite(value) ? value : throw new ZoCliException($"{option} must be a finite number, got {value.ToString(CultureInfo.InvariantCulture)}.");

    /// <summary>A path option: null when not given, an error when given empty (it would silently mean the default).</summary>
    public static string? Path(string? text, string option) =>
        text is null || text.Trim().Length > 0 ? text : throw Fail(option, "a path", text);

    /// <summary>A plot's path: a .svg or a .png file, the format chosen by the extension; null stays null.</summary>
    public static string? PlotPath(string? text, string option)
    {
        string? path = Path(text, option);
        return path is null || System.IO.Path.GetExtension(path).ToLowerInvariant() is ".svg" or ".png"
            ? path
            : throw Fail(option, "a .svg or .png path", path);
    }

    /// <summary>
    /// Learning rates of 'zo train' per method: <paramref name="defaults"/>, overridden by one rate for all ('1e-3') or by
    /// 'method=rate' entries; an entry may name a known method that was not requested (it is then unused).
    /// </summary>
    public static Dictionary<string, double> MethodRates(string? text, string option, IReadOnlyDictionary<string, double> defaults, IReadOnlyList<string> known)
    {
        var rates = new Dictionary<string, double>(defaults);
        if (text is null)
            return rates;
        double Parse(string value) => Number(value, option, positive: true);
        var (all, entries) = Rates(text, option, Parse);
        foreach (string m in defaults.Keys)
            rates[m] = all ?? rates[m];
        foreach (var (key, value) in entries)
        {
            string name = key.ToLowerInvariant();
            if (!known.Contains(name))
                throw Fail(option, $"a rate or entries name=rate with a name among {Alternatives(known)}", key);
            if (rates.ContainsKey(name))
                rates[name] = value;
        }
        return rates;
    }

    /// <summary>
    /// Learning rates of 'zo compare' per (estimator, optimizer): 1e-3, overridden by one rate for all, or by 'opt=rate'
    /// entries, then by 'estimator+opt=rate' entries (the more specific wins whatever the order).
    /// </summary>
    public static Dictionary<(EstimatorKind, OptimizerKind), float> EstimatorOptimizerRates(string text, string option, IEnumerable<OptimizerKind> kinds, IEnumerable<EstimatorKind> estimators)
    {
        var pairs = estimators.Distinct().SelectMany(e => kinds.Distinct().Select(k => (e, k))).ToList();
        var rates = pairs.ToDictionary(p => p, _ => 1e-3f);
        // Parsed as float directly (not through double), so a rate reads as the same bits as before.
        float Parse(string value) =>
            float.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out float v) && float.IsFinite(v) && v >= 0
                ? v : throw Fail(option, "a finite number ≥ 0", value);
        var (all, entries) = Rates(text, option, Parse);
        foreach (var p in pairs)
            rates[p] = all ?? rates[p];
        foreach (var (key, value) in entries.Where(e => !e.Key.Contains('+')))
            foreach (var p in pairs.Where(p => p.k == CliOptions.ParseOptimizer(key, option)))
                rates[p] = value;
        foreach (var (key, value) in entries.Where(e => e.Key.Contains('+')))
        {
            var (est, opt) = (CliOptions.ParseEstimator(key.Split('+')[0], option), CliOptions.ParseOptimizer(key.Split('+')[1], option));
            rates[(est, opt)] = value;
        }
        return rates;
    }

    /// <summary>'rate' (one for all) or a comma list of 'name=rate' entries.</summary>
    private static (T? All, List<(string Key, T Value)> Entries) Rates<T>(string text, string option, Func<string, T> parse) where T : struct
    {
        if (!text.Contains('='))
            return (parse(text.Trim()), []);
        var entries = new List<(string, T)>();
        foreach (string part in List(text, option))
        {
            if (part.Split('=', 2, StringSplitOptions.TrimEntries) is not [{ Length: > 0 } key, var value])
                throw Fail(option, "a rate or entries name=rate", part);
            entries.Add((key, parse(value)));
        }
        return (null, entries);
    }

    private static double Number(string text, string option, bool positive) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) && double.IsFinite(v) && (positive ? v > 0 : v >= 0)
            ? v : throw Fail(option, positive ? "a positive finite number" : "a finite number ≥ 0", text);

    /// <summary>"a, b or c".</summary>
    private static string Alternatives(IReadOnlyList<string> names) =>
        names.Count == 1 ? names[0] : $"{string.Join(", ", names.Take(names.Count - 1))} or {names[^1]}";

    private static ZoCliException Fail(string option, string what, string got) => new($"{option} must be {what}, got '{got}'.");
}
