using System.Globalization;
using ZoEngine.Cpu.Reference;
using ZoEngine.Noise;
using ZoEngine.Tests.Support;

namespace ZoEngine.Tests.Noise;

/// <summary>
/// Pins the stream to tests/data/noise_golden.txt. Those values were produced by docs/tools/noise_reference.py, an
/// independent Python implementation written from docs/noise.md alone, so they are not copied from this code.
/// </summary>
public class GoldenNoiseTests
{
    private static IEnumerable<string[]> Rows(string kind) =>
        File.ReadLines(TestData.PathOf("noise_golden.txt"))
            .Where(l => !l.StartsWith('#') && l.Length > 0)
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(f => f[0] == kind);

    private static uint Hex(string s) => uint.Parse(s, NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    [Test]
    public void ReferenceAndSimd_MatchTheIndependentImplementation([Values("gaussian", "rademacher")] string dist)
    {
        var kind = dist == "gaussian" ? NoiseKind.Gaussian : NoiseKind.Rademacher;
        int rows = 0;
        var one = new float[1];
        foreach (var f in Rows(dist))
        {
            ulong seed = ulong.Parse(f[1], CultureInfo.InvariantCulture);
            uint tensor = uint.Parse(f[2], CultureInfo.InvariantCulture);
            ulong index = ulong.Parse(f[3], CultureInfo.InvariantCulture);
            uint expected = Hex(f[4]);
            Assert.That(Bits.Of(NoiseReference.Element(kind, seed, tensor, index)), Is.EqualTo(expected), $"reference {string.Join(' ', f)}");
            foreach (var width in new[] { SimdWidth.Scalar, SimdWidth.V128, SimdWidth.V256, SimdWidth.V512 })
            {
                NoiseStream.Generate(kind, seed, tensor, (long)index, one, width);
                Assert.That(Bits.Of(one[0]), Is.EqualTo(expected), $"{width} {string.Join(' ', f)}");
            }
            rows++;
        }
        Assert.That(rows, Is.GreaterThanOrEqualTo(300));
    }

    [Test]
    public void PortableFunctionsAndSeedMixer_MatchTheIndependentImplementation()
    {
        foreach (var f in Rows("ln"))
        {
            uint n = uint.Parse(f[1], CultureInfo.InvariantCulture);
            float u = BitConverter.UInt32BitsToSingle(Hex(f[2]));
            Assert.That(u, Is.EqualTo(n * NoiseReference.TwoPowMinus24));
            Assert.That(Bits.Of(PortableMath.Log(u)), Is.EqualTo(Hex(f[3])), $"ln {n}");
        }
        foreach (var f in Rows("sincos"))
        {
            var (c, s) = PortableMath.SinCosTurns24(uint.Parse(f[1], CultureInfo.InvariantCulture));
            Assert.That((Bits.Of(c), Bits.Of(s)), Is.EqualTo((Hex(f[2]), Hex(f[3]))), $"sincos {f[1]}");
        }
        int derives = 0;
        foreach (var f in Rows("derive"))
        {
            Assert.That(SeedMixer.Derive(ulong.Parse(f[1], CultureInfo.InvariantCulture), ulong.Parse(f[2], CultureInfo.InvariantCulture)), Is.EqualTo(ulong.Parse(f[3], CultureInfo.InvariantCulture)));
            derives++;
        }
        Assert.That(derives, Is.GreaterThan(0));
    }

    [Test]
    public void NoiseStream_AtAnUnalignedStart_EqualsTheReference()
    {
        var z = new float[37];
        NoiseStream.Generate(NoiseKind.Gaussian, 3, 4, 4099, z);
        for (int i = 0; i < z.Length; i++)
            Assert.That(Bits.Of(z[i]), Is.EqualTo(Bits.Of(NoiseReference.Gaussian(3, 4, 4099 + (ulong)i))), $"element {4099 + i}");
    }
}
