using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace ZoEngine;

/// <summary>The SHA-256 of a parameter set's values: how logs, replays and ranks say that two θ are the same bits.</summary>
public static class ParameterDigest
{
    // Bounds the host staging buffer for device memory; host memory is hashed in place with no copy at all.
    private const int Window = 1 << 22;

    /// <summary>
    /// SHA-256 of the parameters' float32 bytes in tensor order: streamed without a copy from host memory, through
    /// one bounded host buffer from device memory, so the same θ hashes the same on every backend.
    /// </summary>
    public static unsafe byte[] Sha256(ParameterSet parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        using var h = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        float[]? staging = parameters.Memory.IsHostAccessible ? null : new float[(int)Math.Min(Window, Math.Max(parameters.TotalLength, 1))];
        foreach (var t in parameters)
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
                    parameters.Memory.CopyToHost(t.Pointer + a, s, n * sizeof(float));
                h.AppendData(MemoryMarshal.AsBytes(staging.AsSpan(0, n)));
            }
        }
        return h.GetHashAndReset();
    }

    /// <summary><see cref="Sha256"/> as lower-case hex.</summary>
    public static string Sha256Hex(ParameterSet parameters) => Convert.ToHexStringLower(Sha256(parameters));

    /// <summary>
    /// max|θ_i| over the whole set, or +∞ if any element is NaN or ±∞: host memory is read in place, device memory
    /// through one bounded host buffer.
    /// </summary>
    public static unsafe double MaxAbs(ParameterSet parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        float[]? staging = parameters.Memory.IsHostAccessible ? null : new float[(int)Math.Min(Window, Math.Max(parameters.TotalLength, 1))];
        float max = 0f;
        foreach (var t in parameters)
        {
            for (long a = 0; a < t.Length; a += Window)
            {
                int n = (int)Math.Min(Window, t.Length - a);
                ReadOnlySpan<float> window;
                if (staging is null)
                {
                    window = new ReadOnlySpan<float>(t.Pointer + a, n);
                }
                else
                {
                    fixed (float* s = staging)
                        parameters.Memory.CopyToHost(t.Pointer + a, s, n * sizeof(float));
                    window = staging.AsSpan(0, n);
                }
                foreach (float x in window)
                {
                    float m = Math.Abs(x);
                    // NaN fails every comparison, so it is caught by the finiteness test, not lost in the max.
                    if (!float.IsFinite(m))
                        return double.PositiveInfinity;
                    if (m > max)
                        max = m;
                }
            }
        }
        return max;
    }
}
