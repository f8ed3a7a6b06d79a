using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace ZoEngine;

/// <summary>Whole-set reads of a parameter set in any memory: its SHA-256 (how logs, replays and ranks say that two θ are the same bits) and its largest magnitude.</summary>
public static class ParameterDigest
{
    // Bounds the host staging buffer for device memory; host memory is hashed in place with no copy at all.
    private const int Window = 1 << 22;

    /// <summary>
    /// SHA-256 of the parameters' float32 bytes in tensor order: streamed without a copy from host memory, through
    /// one bounded host buffer from device memory, so the same θ hashes the same on every backend.
    /// </summary>
    public static byte[] Sha256(ParameterSet parameters)
    {
        using var h = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        ForEachWindow(parameters, window =>
        {
            h.AppendData(MemoryMarshal.AsBytes(window));
            return true;
        });
        return h.GetHashAndReset();
    }

    /// <summary><see cref="Sha256"/> as lower-case hex.</summary>
    public static string Sha256Hex(ParameterSet parameters) => Convert.ToHexStringLower(Sha256(parameters));

    /// <summary>
    /// max|θ_i| over the whole set, or +∞ if any element is NaN or ±∞: host memory is read in place, device memory
    /// through one bounded host buffer.
    /// </summary>
    public static double MaxAbs(ParameterSet parameters)
    {
        float max = 0f;
        bool finite = ForEachWindow(parameters, window =>
        {
            foreach (float x in window)
            {
                float m = Math.Abs(x);
                // NaN fails every comparison, so it is caught by the finiteness test, not lost in the max.
                if (!float.IsFinite(m))
                    return false;
                if (m > max)
                    max = m;
            }
            return true;
        });
        return finite ? max : double.PositiveInfinity;
    }

    private delegate bool WindowVisitor(ReadOnlySpan<float> window);

    // Hands every tensor to visit in windows of at most Window elements, in order, until visit returns false; the
    // windows are views of host memory, or of one staging buffer refilled from device memory.
    private static unsafe bool ForEachWindow(ParameterSet parameters, WindowVisitor visit)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        float[]? staging = parameters.Memory.IsHostAccessible ? null : new float[(int)Math.Min(Window, Math.Max(parameters.TotalLength, 1))];
        foreach (var t in parameters)
        {
            for (long a = 0; a < t.Length; a += Window)
            {
                int n = (int)Math.Min(Window, t.Length - a);
                if (staging is null)
                {
                    if (!visit(new ReadOnlySpan<float>(t.Pointer + a, n)))
                        return false;
                    continue;
                }
                fixed (float* s = staging)
                    parameters.Memory.CopyToHost(t.Pointer + a, s, n * sizeof(float));
                if (!visit(staging.AsSpan(0, n)))
                    return false;
            }
        }
        return true;
    }
}
