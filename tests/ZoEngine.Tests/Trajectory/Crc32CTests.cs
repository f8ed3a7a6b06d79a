using NUnit.Framework;
using ZoEngine.Trajectory;

namespace ZoEngine.Tests.Trajectory;

public sealed class Crc32CTests
{
    // The check value of the CRC-32C catalogue entry (RFC 3720, iSCSI): the checksum of the ASCII digits "123456789".
    [Test]
    public void CheckValueOfTheStandardTestString() =>
        Assert.That(Crc32C.Compute("123456789"u8), Is.EqualTo(0xE3069283u));

    [Test]
    public void EmptyInputGivesZero() =>
        Assert.That(Crc32C.Compute([]), Is.EqualTo(0u));

    // Every length from 0 to 256 and an awkward large one, so that each split between the 8-byte loop and the byte
    // tail is compared with the bitwise definition.
    [Test]
    public void MatchesTheBitwiseDefinitionAtEveryLength([Values(1u, 0xC0FFEEu)] uint seed)
    {
        var random = new Random((int)seed);
        int[] lengths = [.. Enumerable.Range(0, 257), 6 * 512 + 7];
        foreach (int length in lengths)
        {
            var data = new byte[length];
            random.NextBytes(data);
            Assert.That(Crc32C.Compute(data), Is.EqualTo(BitwiseCrc32C(data)), $"length {length}");
        }
    }

    // The CRC-32C definition, one bit at a time: the reflected Castagnoli polynomial, initial value and final xor all ones.
    private static uint BitwiseCrc32C(ReadOnlySpan<byte> data)
    {
        uint crc = 0xFFFFFFFF;
        foreach (byte b in data)
        {
            crc ^= b;
            for (int bit = 0; bit < 8; bit++)
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0x82F63B78 : crc >> 1;
        }
        return ~crc;
    }
}
