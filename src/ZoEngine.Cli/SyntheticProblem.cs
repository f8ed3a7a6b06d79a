using System.Globalization;
using ZoEngine.Noise;
using ZoEngine.Workloads.Synthetic;

namespace ZoEngine.Cli;

/// <summary>
/// A synthetic problem as the CLI runs it: function, dimension and a seeded initial point x₀ = scale·z(init seed)
/// drawn from the engine's own noise, so the same header rebuilds the same x₀ on any machine.
/// </summary>
internal sealed record SyntheticProblem(SyntheticFunction Function, long Dimension, ulong InitSeed, float InitScale)
{
    /// <summary>How many coordinate blocks f was evaluated as (a sharded or distributed run), so that replay computes the same final loss.</summary>
    public int Shards { get; init; } = 1;

    /// <summary>f as <paramref name="shards"/> coordinate blocks combined in block order (the plain function for one).</summary>
    public IObjective Objective(int shards) => shards == 1
        ? new SyntheticObjective(Function)
        : new ShardedObjective(SyntheticShard.All(Function, shards), ShardReduction.Sum);

    /// <summary>The initial seed a run seed implies: a child of the run seed that no step seed uses.</summary>
    public static ulong InitSeedFor(ulong runSeed) => SeedMixer.Derive(runSeed, ulong.MaxValue - 1);

    /// <summary>The problem the options of 'zo run synthetic' describe, checked before anything is allocated.</summary>
    public static SyntheticProblem FromOptions(SyntheticFunction function, long dimension, ulong runSeed, float initScale)
    {
        if (dimension < 1)
            throw new ZoCliException($"--dim must be ≥ 1, got {dimension}.");
        if (!float.IsFinite(initScale))
            throw new ZoCliException($"--init-scale must be a finite number, got {initScale.ToString(CultureInfo.InvariantCulture)}.");
        return new SyntheticProblem(function, dimension, InitSeedFor(runSeed), initScale);
    }

    public ParameterSet CreateInitialPoint(IZoBackend backend)
    {
        var p = new ParameterSet(backend.Memory);
        try
        {
            p.Add("x", Dimension);
            backend.Fill(p, NoiseKind.Gaussian, InitSeed, InitScale);
            return p;
        }
        catch
        {
            p.Dispose();
            throw;
        }
    }

    public IEnumerable<KeyValuePair<string, string>> ToMetadata(int shards = 1)
    {
        yield return new("problem", "synthetic");
        yield return new("synthetic.function", Function.ToString());
        yield return new("synthetic.dimension", Dimension.ToString(CultureInfo.InvariantCulture));
        yield return new("init.seed", InitSeed.ToString(CultureInfo.InvariantCulture));
        yield return new("init.scale", InitScale.ToString("R", CultureInfo.InvariantCulture));
        if (shards > 1)
            yield return new("objective.shards", shards.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// The problem a log header describes. A header whose checksum holds but whose values do not parse was written by
    /// something else than 'zo run synthetic' or damaged before it was checksummed: reported as damaged input.
    /// </summary>
    public static SyntheticProblem FromMetadata(Func<string, string?> get)
    {
        if (get("problem") != "synthetic")
            throw new ZoCliException($"The log describes problem '{get("problem") ?? "(none)"}'; 'zo replay' rebuilds synthetic and finetune problems. Use the library's TrajectoryReplay with your own initial weights for others.");
        string Req(string k) => get(k) ?? throw Damaged($"The log header has no '{k}': it was not written by 'zo run synthetic'.");
        string function = Req("synthetic.function");
        var fn = Enum.TryParse<SyntheticFunction>(function, ignoreCase: false, out var f) && Enum.IsDefined(f)
            ? f
            : throw Damaged($"The log header's 'synthetic.function' = '{function}' is not a synthetic function.");
        long dimension = long.TryParse(Req("synthetic.dimension"), NumberStyles.None, CultureInfo.InvariantCulture, out long d) && d >= 1
            ? d
            : throw Damaged($"The log header's 'synthetic.dimension' = '{Req("synthetic.dimension")}' is not a whole number ≥ 1.");
        ulong initSeed = ulong.TryParse(Req("init.seed"), NumberStyles.None, CultureInfo.InvariantCulture, out ulong s)
            ? s
            : throw Damaged($"The log header's 'init.seed' = '{Req("init.seed")}' is not an unsigned 64-bit integer.");
        float scale = float.TryParse(Req("init.scale"), NumberStyles.Float, CultureInfo.InvariantCulture, out float c) && float.IsFinite(c)
            ? c
            : throw Damaged($"The log header's 'init.scale' = '{Req("init.scale")}' is not a finite number.");
        int shards = 1;
        if (get("objective.shards") is { } text && !(int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out shards) && shards >= 1 && shards <= dimension))
            throw Damaged($"The log header's 'objective.shards' = '{text}' is not a whole number from 1 to the dimension.");
        return new SyntheticProblem(fn, dimension, initSeed, scale) { Shards = shards };
    }

    private static ZoCliException Damaged(string message) => new(message, ExitCodes.Damaged);

}
