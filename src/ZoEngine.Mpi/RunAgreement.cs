using System.Security.Cryptography;
using System.Text;

namespace ZoEngine.Mpi;

/// <summary>
/// Checks that the ranks of a job run the same thing: at start, every field of the run's configuration against rank
/// 0's; during the run, θ's SHA-256 against rank 0's. A disagreement stops every rank with the same message, naming
/// the first rank and field that differ, instead of letting the ranks train on apart.
/// </summary>
public static class RunAgreement
{
    /// <summary>Compares every (key, value) with rank 0's; throws on every rank if any rank differs.</summary>
    /// <exception cref="MpiException">Some rank's configuration differs from rank 0's; the message names the rank and the field.</exception>
    public static void VerifyConfiguration(MpiCommunicator comm, IReadOnlyList<KeyValuePair<string, string>> fields)
    {
        ArgumentNullException.ThrowIfNull(comm);
        ArgumentNullException.ThrowIfNull(fields);
        // One 32-byte digest per field, plus the field count, so that a rank with an extra or missing field differs too.
        int n = fields.Count;
        Span<byte> count = stackalloc byte[sizeof(int)];
        BitConverter.TryWriteBytes(count, n);
        var counts = new byte[sizeof(int) * comm.Size];
        comm.AllGather(count, counts);
        for (int r = 0; r < comm.Size; r++)
            if (BitConverter.ToInt32(counts, r * sizeof(int)) != n)
                throw new MpiException($"rank {r} describes its run with {BitConverter.ToInt32(counts, r * sizeof(int))} fields, rank 0 with {BitConverter.ToInt32(counts, 0)}: the ranks were started with different options.");
        var mine = new byte[32 * n];
        for (int i = 0; i < n; i++)
            SHA256.HashData(Encoding.UTF8.GetBytes($"{fields[i].Key}={fields[i].Value}"), mine.AsSpan(32 * i, 32));
        var all = new byte[mine.Length * comm.Size];
        comm.AllGather(mine, all);
        for (int r = 1; r < comm.Size; r++)
            for (int i = 0; i < n; i++)
                if (!all.AsSpan(r * mine.Length + 32 * i, 32).SequenceEqual(all.AsSpan(32 * i, 32)))
                    throw new MpiException($"rank {r} disagrees with rank 0 on '{fields[i].Key}'{(r == comm.Rank ? $" (this rank has '{fields[i].Value}')" : "")}: every rank must run the same configuration.");
    }

    /// <summary>Compares θ's SHA-256 (32 bytes) across ranks; throws on every rank if any differs from rank 0's.</summary>
    /// <exception cref="MpiException">Some rank's parameters differ from rank 0's after <paramref name="step"/> steps.</exception>
    public static void VerifyParameters(MpiCommunicator comm, ReadOnlySpan<byte> sha256, long step)
    {
        ArgumentNullException.ThrowIfNull(comm);
        if (sha256.Length != 32)
            throw new ArgumentException($"A SHA-256 has 32 bytes, got {sha256.Length}.");
        var all = new byte[32 * comm.Size];
        comm.AllGather(sha256, all);
        for (int r = 1; r < comm.Size; r++)
            if (!all.AsSpan(32 * r, 32).SequenceEqual(all.AsSpan(0, 32)))
                throw new MpiException($"rank {r}'s parameters differ from rank 0's after {step} steps: the ranks diverged (different data, library or hardware?).");
    }
}
