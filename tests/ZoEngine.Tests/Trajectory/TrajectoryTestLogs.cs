using NUnit.Framework;
using ZoEngine.Noise;
using ZoEngine.Trajectory;

namespace ZoEngine.Tests.Trajectory;

/// <summary>Logs built in memory for the trajectory tests, and the assertions they share.</summary>
internal static class TrajectoryTestLogs
{
    // A value may hold '=' (only the first one separates) and any non-ASCII text; a value may be empty.
    public static readonly KeyValuePair<string, string>[] Metadata =
    [
        new("problem", "quadratic"),
        new("dimension", "1000"),
        new("run_seed", "42"),
        new("optimizer", "zo-sgd"),
        new("lr", "1e-3"),
        new("note", "μ = 1e-3, ✓"),
        new("empty", ""),
    ];

    /// <summary>Float bit patterns that a lossy encoding would change: NaN payloads, signed zero, subnormals, infinities.</summary>
    public static readonly uint[] SpecialBits =
    [
        0x7FC12345, // quiet NaN with a payload
        0x7F800001, // signalling NaN
        0xFFFFFFFF, // negative NaN, all payload bits set
        0x80000000, // -0
        0x00000001, // smallest positive subnormal
        0x807FFFFF, // largest-magnitude negative subnormal
        0x7F800000, // +∞
        0xFF800000, // -∞
        0x7F7FFFFF, // float.MaxValue
    ];

    /// <summary>One logged step as the writer was given it.</summary>
    public sealed record Step(long Index, ulong Seed, float[] Losses, float[] Coefficients);

    /// <summary>
    /// <paramref name="count"/> steps whose loss and coefficient counts cycle through 0..4 and 0..3 (so empty lists
    /// occur), with random values and every special bit pattern mixed in.
    /// </summary>
    public static Step[] ManySteps(int count, int seed)
    {
        var random = new Random(seed);
        var steps = new Step[count];
        int special = 0;
        for (int i = 0; i < count; i++)
        {
            float[] losses = RandomFloats(random, i % 5);
            float[] coefficients = RandomFloats(random, (i * 7) % 4);
            foreach (float[] list in new[] { losses, coefficients })
                if (list.Length > 0)
                    list[random.Next(list.Length)] = BitConverter.UInt32BitsToSingle(SpecialBits[special++ % SpecialBits.Length]);
            steps[i] = new Step(i, SeedMixer.StepSeed((ulong)seed, i), losses, coefficients);
        }
        return steps;
    }

    /// <summary>The small log of the damage tests: a (2, 1) record, an empty record and a (3, 2) record.</summary>
    public static Step[] SmallSteps() =>
    [
        new(0, 0x0123456789ABCDEF, [1.5f, -0.0f], [0.25f]),
        new(1, 0xFEDCBA9876543210, [], []),
        new(2, 0x8000000000000001, [3f, -4f, 5.5f], [BitConverter.UInt32BitsToSingle(0x7FC12345), -0.125f]),
    ];

    /// <summary>The θ hash the test logs are sealed with: any 32 bytes do, since no replay reads them here.</summary>
    public static byte[] SealHash { get; } = System.Security.Cryptography.SHA256.HashData("theta"u8);

    /// <summary>
    /// A log written to memory, with the offset where each record starts and, last, where the records end: the log's
    /// length if it is not sealed, the start of its end-of-run record if it is.
    /// </summary>
    public static (byte[] Bytes, long[] Boundaries) Write(IReadOnlyList<KeyValuePair<string, string>> metadata, IEnumerable<Step> steps, bool seal = true)
    {
        using var stream = new MemoryStream();
        var boundaries = new List<long>();
        using (var writer = TrajectoryWriter.Create(stream, metadata, leaveOpen: true))
        {
            boundaries.Add(stream.Length);
            foreach (var step in steps)
            {
                writer.Append(step.Index, step.Seed, step.Losses, step.Coefficients);
                boundaries.Add(stream.Length);
            }
            if (seal)
                writer.Seal(TrajectoryEnd.Completed, SealHash);
        }
        return (stream.ToArray(), [.. boundaries]);
    }

    /// <summary>A path for a log in a fresh temporary folder: nothing is there yet, as a writer without overwrite needs.</summary>
    public static string TempLogPath() => Path.Combine(Directory.CreateTempSubdirectory("zo-log-").FullName, "run.zolog");

    /// <summary>Opens <paramref name="bytes"/> as a log named "test.zolog" in messages.</summary>
    public static TrajectoryReader Open(byte[] bytes) => TrajectoryReader.Open(new MemoryStream(bytes), sourceName: "test.zolog");

    /// <summary>Runs <paramref name="action"/> and returns the <see cref="TrajectoryLogException"/> it must throw.</summary>
    public static TrajectoryLogException CatchLogError(Action action)
    {
        TrajectoryLogException? caught = null;
        try
        {
            action();
        }
        catch (TrajectoryLogException e)
        {
            caught = e;
        }
        Assert.That(caught, Is.Not.Null, "expected a TrajectoryLogException");
        return caught!;
    }

    /// <summary>Asserts that <paramref name="actual"/> holds exactly the steps in <paramref name="expected"/>, bit for bit.</summary>
    public static void AssertSameRecords(IReadOnlyList<TrajectoryRecord> actual, IReadOnlyList<Step> expected)
    {
        Assert.That(actual, Has.Count.EqualTo(expected.Count));
        for (int i = 0; i < expected.Count; i++)
        {
            Assert.That(actual[i].Step, Is.EqualTo(expected[i].Index), $"step of record {i}");
            Assert.That(actual[i].StepSeed, Is.EqualTo(expected[i].Seed), $"seed of record {i}");
            Assert.That(Bits(actual[i].Losses), Is.EqualTo(Bits(expected[i].Losses)), $"losses of record {i}");
            Assert.That(Bits(actual[i].Coefficients), Is.EqualTo(Bits(expected[i].Coefficients)), $"coefficients of record {i}");
        }
    }

    // NaN == NaN and 0 == -0 under float comparison, so records are compared by their IEEE bits.
    private static uint[] Bits(float[] values) => Array.ConvertAll(values, BitConverter.SingleToUInt32Bits);

    private static float[] RandomFloats(Random random, int count)
    {
        var values = new float[count];
        for (int i = 0; i < count; i++)
            values[i] = (float)(random.NextDouble() * 200 - 100);
        return values;
    }
}
