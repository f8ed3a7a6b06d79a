using System.Buffers.Binary;
using System.Numerics;

namespace ZoEngine.Trajectory;

/// <summary>
/// Standard CRC-32C (Castagnoli, reflected polynomial 0x82F63B78, initial value and final xor 0xFFFFFFFF), the checksum
/// of every trajectory log header and record. <see cref="BitOperations.Crc32C(uint, ulong)"/> uses the SSE4.2 or Arm CRC
/// instruction where there is one and the runtime's table fallback elsewhere, so every machine computes the same bits.
/// </summary>
internal static class Crc32C
{
    /// <summary>The checksum of <paramref name="data"/>.</summary>
    public static uint Compute(ReadOnlySpan<byte> data) => ~Update(0xFFFFFFFF, data);

    /// <summary>
    /// The checksum of <paramref name="prefix"/> followed by <paramref name="data"/>, without joining them: a version 2
    /// record's checksum covers the header digest as if it preceded the record.
    /// </summary>
    public static uint Compute(ReadOnlySpan<byte> prefix, ReadOnlySpan<byte> data) => ~Update(Update(0xFFFFFFFF, prefix), data);

    private static uint Update(uint crc, ReadOnlySpan<byte> data)
    {
        // The ulong overload consumes its argument low byte first, which is the byte order of the data only when the
        // eight bytes are read little-endian.
        while (data.Length >= sizeof(ulong))
        {
            crc = BitOperations.Crc32C(crc, BinaryPrimitives.ReadUInt64LittleEndian(data));
            data = data[sizeof(ulong)..];
        }
        foreach (byte b in data)
            crc = BitOperations.Crc32C(crc, b);
        return crc;
    }
}
