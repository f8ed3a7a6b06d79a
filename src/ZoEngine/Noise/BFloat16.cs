namespace ZoEngine.Noise;

/// <summary>
/// bfloat16 conversions for the optional half-size optimizer state: the top 16 bits of a binary32, rounded to
/// nearest-even. NaN stays a (quiet) NaN instead of rounding into infinity.
/// </summary>
public static class BFloat16
{
    /// <summary>Rounds a float to the nearest bfloat16 (ties to even).</summary>
    public static ushort FromFloat(float value)
    {
        uint u = BitConverter.SingleToUInt32Bits(value);
        if ((u & 0x7FFF_FFFFu) > 0x7F80_0000u)
            return (ushort)((u >> 16) | 0x40);
        return (ushort)((u + 0x7FFFu + ((u >> 16) & 1u)) >> 16);
    }

    /// <summary>Widens a bfloat16 to float (exact).</summary>
    public static float ToFloat(ushort value) => BitConverter.UInt32BitsToSingle((uint)value << 16);
}
