using System.Runtime.CompilerServices;

namespace ZoEngine.Noise;

/// <summary>
/// Philox4x32-10, the counter-based generator of Salmon et al. (SC'11) with the Random123 constants.
/// It is a pure function of a 128-bit counter and a 64-bit key, which is what lets every backend regenerate the
/// same noise from a seed instead of storing it.
/// </summary>
public static class Philox4x32
{
    /// <summary>Multiplier applied to counter word 0 in every round.</summary>
    public const uint M0 = 0xD2511F53;
    /// <summary>Multiplier applied to counter word 2 in every round.</summary>
    public const uint M1 = 0xCD9E8D57;
    /// <summary>Weyl increment of key word 0 between rounds (the golden ratio).</summary>
    public const uint W0 = 0x9E3779B9;
    /// <summary>Weyl increment of key word 1 between rounds (√3 − 1).</summary>
    public const uint W1 = 0xBB67AE85;
    /// <summary>Number of rounds; 10 is the Random123 default and the variant its known-answer vectors cover.</summary>
    public const int Rounds = 10;

    /// <summary>Computes the four output words for counter (c0..c3) and key (k0, k1).</summary>
    /// <returns>The output words x0..x3.</returns>
    public static (uint X0, uint X1, uint X2, uint X3) Compute(uint c0, uint c1, uint c2, uint c3, uint k0, uint k1)
    {
        Compute(ref c0, ref c1, ref c2, ref c3, k0, k1);
        return (c0, c1, c2, c3);
    }

    /// <summary>In-place form used by the reference noise: the counter words are replaced by the output words.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void Compute(ref uint c0, ref uint c1, ref uint c2, ref uint c3, uint k0, uint k1)
    {
        for (int round = 0; round < Rounds; round++)
        {
            if (round > 0)
            {
                k0 += W0;
                k1 += W1;
            }
            ulong p0 = (ulong)M0 * c0;
            ulong p1 = (ulong)M1 * c2;
            uint n0 = (uint)(p1 >> 32) ^ c1 ^ k0;
            uint n2 = (uint)(p0 >> 32) ^ c3 ^ k1;
            c1 = (uint)p1;
            c3 = (uint)p0;
            c0 = n0;
            c2 = n2;
        }
    }
}
