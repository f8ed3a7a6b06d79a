namespace ZoEngine.Noise;

/// <summary>
/// Derives child seeds (step seeds from a run seed, direction seeds from a step seed) with SplitMix64.
/// Every probe of a step gets its own seed through this one documented function, so no stream is ever reseeded per
/// tensor and a step's directions are fully determined by the step seed that the trajectory log stores.
/// </summary>
public static class SeedMixer
{
    /// <summary>The SplitMix64 increment, ⌊2⁶⁴/φ⌋.</summary>
    public const ulong Golden = 0x9E3779B97F4A7C15;

    /// <summary>The SplitMix64 output function (Steele, Lea and Flood 2014; Vigna's constants).</summary>
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }

    /// <summary>
    /// The seed of child <paramref name="index"/> of <paramref name="parent"/>: Mix(parent + (index + 1)·Golden).
    /// Index 0 is a valid child; the +1 keeps child 0 from being Mix(parent).
    /// </summary>
    public static ulong Derive(ulong parent, ulong index) => Mix(parent + (index + 1) * Golden);

    /// <summary>The seed of step <paramref name="step"/> of a run seeded with <paramref name="runSeed"/>.</summary>
    public static ulong StepSeed(ulong runSeed, long step) => Derive(runSeed, (ulong)step);

    /// <summary>The seed of probe direction <paramref name="query"/> within a step.</summary>
    public static ulong DirectionSeed(ulong stepSeed, int query) => Derive(stepSeed, (ulong)query);
}
