using System.Runtime.Intrinsics;
using ZoEngine.Cpu.Reference;
using ZoEngine.Cpu.Simd;
using ZoEngine.Noise;
using ZoEngine.Tests.Support;

namespace ZoEngine.Tests.Noise;

/// <summary>The SIMD noise at every width against the scalar reference, bit for bit (STYLE rules 1 and 4).</summary>
[TestFixtureSource(typeof(BackendCases), nameof(BackendCases.Fixtures))]
public class NoiseBitsTests(string backendName)
{
    private static readonly ulong[] Seeds = [0x5EED_0001UL, 0xFFFF_FFFF_0000_0001UL];

    private static IEnumerable<int> Lengths() => Enumerable.Range(0, 257).Concat([6 * 512 + 7, 2 * CpuBackend.ChunkElements + 5, 20011]);

    [Test]
    public void Fill_EqualsReference_ForEveryLength([Values] NoiseKind kind)
    {
        using var backend = BackendCases.Create(backendName);
        foreach (ulong seed in Seeds)
        {
            foreach (int n in Lengths())
            {
                using var p = Sets.New(backend, ("w", n));
                backend.Fill(p, kind, seed, 1f);
                var got = Sets.Host(p);
                for (int j = 0; j < n; j++)
                {
                    float expected = NoiseReference.Element(kind, seed, p[0].Id, (ulong)j);
                    if (Bits.Of(got[j]) != Bits.Of(expected))
                        Assert.Fail($"{kind} seed {seed:x} length {n}: element {j} is {got[j]:R}, reference {expected:R}");
                }
                if (n > 0)
                    Assert.That(got.Select(x => x * x).Sum(), Is.GreaterThan(0f), "all-zero noise cannot pass");
            }
        }
    }

    [Test]
    public void Fill_EqualsReference_OnSeveralTensorsWithTheirOwnIds()
    {
        using var backend = BackendCases.Create(backendName);
        using var p = Sets.New(backend, ("a", 13), ("b", 4099), ("c", 1));
        backend.Fill(p, NoiseKind.Gaussian, 42, 1f);
        for (int i = 0; i < p.Count; i++)
        {
            var t = p[i];
            var s = Sets.Tensor(p, i);
            for (int j = 0; j < s.Length; j++)
                Assert.That(Bits.Of(s[j]), Is.EqualTo(Bits.Of(NoiseReference.Gaussian(42, t.Id, (ulong)j))), $"{t.Name}[{j}]");
        }
        Assert.That(Sets.Tensor(p, 0)[0], Is.Not.EqualTo(Sets.Tensor(p, 1)[0]), "tensors with different ids get different noise");
    }
}

/// <summary>Width-specific kernel checks that need the internal generator directly.</summary>
public unsafe class NoiseKernelTests
{
    [Test]
    public void BlockCounter_CarriesIntoTheHighWord_AtEveryWidth()
    {
        // A group of blocks straddling 2³² must carry into counter word 1 lane by lane; tensors that long do not fit
        // in memory here, so the kernel is called at that block index directly.
        ulong first = (1UL << 32) - 3;
        float* dst = stackalloc float[64];
        void Check(int lanes, Action<nint> generate)
        {
            generate((nint)dst);
            for (int i = 0; i < 4 * lanes; i++)
            {
                float expected = NoiseReference.Gaussian(9, 3, first * 4 + (ulong)i);
                Assert.That(Bits.Of(dst[i]), Is.EqualTo(Bits.Of(expected)), $"lanes {lanes}, element {i}");
            }
        }
        Check(1, p => NoiseKernel<Lanes1, uint, float>.Generate(NoiseKind.Gaussian, 9, 3, first, 4, (float*)p, 1f, NoiseStore.Set));
        Check(4, p => NoiseKernel<Lanes128, Vector128<uint>, Vector128<float>>.Generate(NoiseKind.Gaussian, 9, 3, first, 1, (float*)p, 1f, NoiseStore.Set));
        Check(8, p => NoiseKernel<Lanes256, Vector256<uint>, Vector256<float>>.Generate(NoiseKind.Gaussian, 9, 3, first, 1, (float*)p, 1f, NoiseStore.Set));
        Check(16, p => NoiseKernel<Lanes512, Vector512<uint>, Vector512<float>>.Generate(NoiseKind.Gaussian, 9, 3, first, 1, (float*)p, 1f, NoiseStore.Set));
    }

    [Test]
    public void BlockCounter_CarriesIntoTheHighWord_InTheAvx512Kernel([Values] NoiseKind kind)
    {
        if (!NoiseKernelWide<Lanes512, Vector512<ulong>, Vector512<uint>, Vector512<float>>.IsSupported)
            Assert.Ignore("this CPU has no AVX-512F: the AVX-512 kernel cannot run here");
        // Two groups: the first straddles 2³², so lanes of both Philox chains carry and some do not.
        ulong first = (1UL << 32) - 11;
        float* dst = stackalloc float[128];
        uint* words = stackalloc uint[128];
        NoiseKernelWide<Lanes512, Vector512<ulong>, Vector512<uint>, Vector512<float>>.Generate(kind, 0xDEAD_BEEF_0BAD_F00D, 3, first, 2, dst, 1f, NoiseStore.Set);
        NoiseKernelWide<Lanes512, Vector512<ulong>, Vector512<uint>, Vector512<float>>.Words(0xDEAD_BEEF_0BAD_F00D, 3, first, 2, words);
        for (int i = 0; i < 128; i++)
        {
            ulong j = first * 4 + (ulong)i;
            Assert.That(Bits.Of(dst[i]), Is.EqualTo(Bits.Of(NoiseReference.Element(kind, 0xDEAD_BEEF_0BAD_F00D, 3, j))), $"element {i}");
            Assert.That(words[i], Is.EqualTo(NoiseReference.Word(0xDEAD_BEEF_0BAD_F00D, 3, j)), $"word {i}");
        }
    }

    [Test]
    public void BlockCounter_CarriesIntoTheHighWord_InTheAvx2Kernel([Values] NoiseKind kind)
    {
        if (!NoiseKernelWide<Lanes256, Vector256<ulong>, Vector256<uint>, Vector256<float>>.IsSupported)
            Assert.Ignore("this CPU has no AVX2: the AVX2 kernel cannot run here");
        // Two groups: the first straddles 2³², so lanes of both Philox chains carry and some do not.
        ulong first = (1UL << 32) - 5;
        float* dst = stackalloc float[64];
        uint* words = stackalloc uint[64];
        NoiseKernelWide<Lanes256, Vector256<ulong>, Vector256<uint>, Vector256<float>>.Generate(kind, 0xDEAD_BEEF_0BAD_F00D, 3, first, 2, dst, 1f, NoiseStore.Set);
        NoiseKernelWide<Lanes256, Vector256<ulong>, Vector256<uint>, Vector256<float>>.Words(0xDEAD_BEEF_0BAD_F00D, 3, first, 2, words);
        for (int i = 0; i < 64; i++)
        {
            ulong j = first * 4 + (ulong)i;
            Assert.That(Bits.Of(dst[i]), Is.EqualTo(Bits.Of(NoiseReference.Element(kind, 0xDEAD_BEEF_0BAD_F00D, 3, j))), $"element {i}");
            Assert.That(words[i], Is.EqualTo(NoiseReference.Word(0xDEAD_BEEF_0BAD_F00D, 3, j)), $"word {i}");
        }
    }

    [Test]
    public void FoldedConstants_AreTheDocumentedBits()
    {
        // The kernels read C# constants so that the JIT can fold them; they must be the bits the contract documents.
        Assert.That(NoiseConstants.LnTable.Select(BitConverter.SingleToUInt32Bits), Is.EqualTo(PortableMath.LnCoefficientBits));
        Assert.That(NoiseConstants.CosTable.Select(BitConverter.SingleToUInt32Bits), Is.EqualTo(PortableMath.CosCoefficientBits));
        Assert.That(NoiseConstants.SinTable.Select(BitConverter.SingleToUInt32Bits), Is.EqualTo(PortableMath.SinCoefficientBits));
        Assert.That(BitConverter.SingleToUInt32Bits(NoiseConstants.Ln2Hi), Is.EqualTo(PortableMath.Ln2HiBits));
        Assert.That(BitConverter.SingleToUInt32Bits(NoiseConstants.Ln2Lo), Is.EqualTo(PortableMath.Ln2LoBits));
    }

    [Test]
    public void Rademacher_IsTheSignBitOfTheElementsWord()
    {
        for (ulong j = 0; j < 64; j++)
        {
            uint word = NoiseReference.Word(7, 1, j);
            float expected = (word & 0x8000_0000u) != 0 ? -1f : 1f;
            Assert.That(NoiseReference.Rademacher(7, 1, j), Is.EqualTo(expected));
        }
    }
}
