using ZoEngine.Cpu.Reference;
using ZoEngine.Noise;
using ZoEngine.Tests.Support;

namespace ZoEngine.Tests.Noise;

public class PhiloxTests
{
    [Test]
    public void KnownAnswerTable_HasTheZeroOnesAndPiCases()
    {
        var kat = TestData.PhiloxKat();
        Assert.That(kat.Any(k => k.Counter.All(c => c == 0) && k.Key.All(c => c == 0)), "all-zero case");
        Assert.That(kat.Any(k => k.Counter.All(c => c == uint.MaxValue) && k.Key.All(c => c == uint.MaxValue)), "all-ones case");
        Assert.That(kat.Any(k => k.Counter[0] == 0x243f6a88), "pi-digit case");
    }

    [Test]
    public void ScalarPhilox_MatchesEveryKnownAnswer()
    {
        foreach (var k in TestData.PhiloxKat())
        {
            var (x0, x1, x2, x3) = Philox4x32.Compute(k.Counter[0], k.Counter[1], k.Counter[2], k.Counter[3], k.Key[0], k.Key[1]);
            Assert.That(new[] { x0, x1, x2, x3 }, Is.EqualTo(k.Expected), $"ctr {string.Join(' ', k.Counter.Select(c => c.ToString("x8")))}");
        }
    }

    [Test]
    public void NoiseWords_UseTheContractCounterAndKeyLayout()
    {
        // counter = (lo32(j>>2), hi32(j>>2), t, 0), key = (lo32(s), hi32(s)): checked against direct Philox calls.
        ulong seed = 0x0123_4567_89AB_CDEFUL;
        uint tensor = 77;
        ulong block = 0x1_0000_0005UL;
        var expected = Philox4x32.Compute(5, 1, tensor, 0, 0x89AB_CDEF, 0x0123_4567);
        Assert.That(NoiseReference.Words(seed, tensor, block), Is.EqualTo(expected));
        Assert.That(NoiseReference.Word(seed, tensor, block * 4 + 2), Is.EqualTo(expected.X2));
    }

    [Test]
    public void SeedMixer_IsSplitMix64()
    {
        // SplitMix64 seeded with 0: its first outputs are published in Vigna's reference code test data.
        ulong state = 0;
        state += SeedMixer.Golden;
        Assert.That(SeedMixer.Mix(state), Is.EqualTo(0xE220A8397B1DCDAFUL));
        state += SeedMixer.Golden;
        Assert.That(SeedMixer.Mix(state), Is.EqualTo(0x6E789E6AA1B965F4UL));
        Assert.That(SeedMixer.Derive(0, 0), Is.EqualTo(0xE220A8397B1DCDAFUL));
        Assert.That(SeedMixer.Derive(0, 1), Is.EqualTo(0x6E789E6AA1B965F4UL));
    }
}
