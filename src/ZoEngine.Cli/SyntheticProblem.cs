using System.Globalization;
using System.Security.Cryptography;
using ZoEngine.Noise;
using ZoEngine.Workloads.Synthetic;

namespace ZoEngine.Cli;

/// <summary>
/// A synthetic problem as the CLI runs it: function, dimension and a seeded initial point x₀ = scale·z(init seed)
/// drawn from the engine's own noise, so the same header rebuilds the same x₀ on any machine.
/// </summary>
internal sealed record SyntheticProblem(SyntheticFunction Function, long Dimension, ulong InitSeed, float InitScale)
{
    /// <summary>The initial seed a run seed implies: a child of the run seed that no step seed uses.</summary>
    public static ulong InitSeedFor(ulong runSeed) => SeedMixer.Derive(runSeed, ulong.MaxValue - 1);

    public ParameterSet CreateInitialPoint(IZoBackend backend)
    {
        if (Dimension < 1)
            throw new ZoCliException($"--dim must be ≥ 1, got {Dimension}.");
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

    public IEnumerable<KeyValuePair<string, string>> ToMetadata()
    {
        yield return new("problem", "synthetic");
        yield return new("synthetic.function", Function.ToString());
        yield return new("synthetic.dimension", Dimension.ToString(CultureInfo.InvariantCulture));
        yield return new("init.seed", InitSeed.ToString(CultureInfo.InvariantCulture));
        yield return new("init.scale", InitScale.ToString("R", CultureInfo.InvariantCulture));
    }

    public static SyntheticProblem FromMetadata(Func<string, string?> get)
    {
        string Req(string k) => get(k) ?? throw new ZoCliException($"The log header has no '{k}': it was not written by 'zo run synthetic'.");
        if (get("problem") != "synthetic")
            throw new ZoCliException($"The log describes problem '{get("problem") ?? "(none)"}'; 'zo replay' rebuilds synthetic problems. Use the library's TrajectoryReplay with your own initial weights for others.");
        return new SyntheticProblem(
            SyntheticObjective.Parse(Req("synthetic.function")),
            long.Parse(Req("synthetic.dimension"), CultureInfo.InvariantCulture),
            ulong.Parse(Req("init.seed"), CultureInfo.InvariantCulture),
            float.Parse(Req("init.scale"), CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// SHA-256 of the parameters' float32 bytes in tensor order: streamed without a copy from host memory, through
    /// one bounded host buffer from device memory, so the same θ hashes the same on every backend.
    /// </summary>
    public static unsafe string Sha256(ParameterSet p)
    {
        const int Window = 1 << 22;
        using var h = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        float[]? staging = p.Memory.IsHostAccessible ? null : new float[(int)Math.Min(Window, Math.Max(p.TotalLength, 1))];
        foreach (var t in p)
        {
            for (long a = 0; a < t.Length; a += Window)
            {
                int n = (int)Math.Min(Window, t.Length - a);
                if (staging is null)
                {
                    h.AppendData(new ReadOnlySpan<byte>(t.Pointer + a, n * sizeof(float)));
                    continue;
                }
                fixed (float* s = staging)
                    p.Memory.CopyToHost(t.Pointer + a, s, n * sizeof(float));
                h.AppendData(System.Runtime.InteropServices.MemoryMarshal.AsBytes(staging.AsSpan(0, n)));
            }
        }
        return Convert.ToHexStringLower(h.GetHashAndReset());
    }
}
