using System.Runtime.InteropServices;
using ZoEngine.Cpu.Reference;
using ZoEngine.Noise;
using ZoEngine.Tests.Support;

namespace ZoEngine.Tests.Parameters;

/// <summary>Caller memory is used where it is: every backing kind sees the engine's writes, bit for bit.</summary>
public unsafe class ParameterSetTests
{
    private static readonly NoiseTerm[] Term = [new(7, 0.5f)];

    [TestCase(1L << 62)]
    [TestCase((1L << 61) + 1)]
    [TestCase(long.MaxValue)]
    public void Add_RefusesALengthWhoseByteCountOverflows_BeforeAllocating(long length)
    {
        using var set = new ParameterSet();
        var e = Assert.Throws<ArgumentException>(() => set.Add("huge", length));
        Assert.That(e!.Message, Does.Contain("'huge'").And.Not.Contain("(Parameter"));
        Assert.That(set.Count, Is.EqualTo(0), "nothing was added");
    }

    [Test]
    public void Add_RefusesMoreThanTheAvailableMemory_AndOptimizerStateToo()
    {
        using var set = new ParameterSet();
        Assert.Throws<InsufficientMemoryException>(() => set.Add("big", 1L << 40));
        Assert.That(MemorySize.AvailableHostBytes(), Is.GreaterThan(0).And.LessThan(1L << 42));
        Assert.That(MemorySize.Bytes(1L << 40, 2, "x"), Is.EqualTo(1L << 41));
        Assert.Throws<ArgumentException>(() => MemorySize.Bytes(long.MaxValue / 2 + 1, 2, "x"));
    }

    private static void AssertCombinedInPlace(Span<float> callerView, uint id)
    {
        for (int j = 0; j < callerView.Length; j++)
        {
            float expected = (j % 5) + 0.5f * NoiseReference.Gaussian(7, id, (ulong)j);
            Assert.That(Bits.Of(callerView[j]), Is.EqualTo(Bits.Of((j % 5) + UpdateReference.Combination(Term, id, (ulong)j))), $"element {j}");
            Assert.That(callerView[j], Is.EqualTo(expected).Within(1e-6f));
        }
    }

    private static void FillPattern(Span<float> s)
    {
        for (int i = 0; i < s.Length; i++)
            s[i] = i % 5;
    }

    [Test]
    public void ArrayMemoryPinnedSpanAndNativePointer_AreUpdatedInPlace()
    {
        using var backend = new CpuBackend();
        float[] array = new float[300];
        float[] forMemory = new float[41];
        float[] pinnedArray = GC.AllocateArray<float>(17, pinned: true);
        float* native = (float*)NativeMemory.AlignedAlloc(1000 * sizeof(float), 64);
        try
        {
            FillPattern(array);
            FillPattern(forMemory);
            FillPattern(pinnedArray);
            FillPattern(new Span<float>(native, 1000));
            using (var p = new ParameterSet())
            {
                p.Add("array", array);
                p.Add("memory", forMemory.AsMemory());
                p.AddPinned("span", pinnedArray.AsSpan());
                p.AddExternal("native", native, 1000);
                Assert.That(p.TotalLength, Is.EqualTo(300 + 41 + 17 + 1000));
                backend.Combine(p, Term);
                AssertCombinedInPlace(array, p["array"].Id);
                AssertCombinedInPlace(forMemory, p["memory"].Id);
                AssertCombinedInPlace(pinnedArray, p["span"].Id);
                AssertCombinedInPlace(new Span<float>(native, 1000), p["native"].Id);
            }
            // Disposing the set leaves caller memory alone.
            Assert.That(array[1], Is.Not.EqualTo(1f));
            Assert.That(native[999], Is.Not.EqualTo(999 % 5));
        }
        finally
        {
            NativeMemory.AlignedFree(native);
        }
    }

    [Test]
    public void TensorIds_AreNameHashesByDefault_AndCollisionsAreErrors()
    {
        using var p = new ParameterSet(("layer0.weight", 3));
        Assert.That(p[0].Id, Is.EqualTo(ParameterSet.DefaultId("layer0.weight")));
        // Adding a tensor before it would not change its noise: the id depends on the name only.
        using var q = new ParameterSet(("embed", 2), ("layer0.weight", 3));
        Assert.That(q["layer0.weight"].Id, Is.EqualTo(p[0].Id));
        Assert.That(() => q.Add("other", 1, q["embed"].Id), Throws.ArgumentException.With.Message.Contains("id"));
        Assert.That(() => q.Add("embed", 1), Throws.ArgumentException.With.Message.Contains("already"));
    }

    [Test]
    public void BadArgumentsAndUseAfterDispose_AreClearErrors()
    {
        var p = new ParameterSet(("x", 4));
        Assert.That(() => p.Add("neg", -1), Throws.InstanceOf<ArgumentOutOfRangeException>());
        Assert.That(() => p.AddExternal("null", null, 5), Throws.ArgumentNullException);
        Assert.That(() => p.GetFlat(4), Throws.InstanceOf<ArgumentOutOfRangeException>());
        using var other = new ParameterSet(("x", 5));
        Assert.That(() => p.EnsureSameLayout(other), Throws.ArgumentException.With.Message.Contains("Layouts differ"));
        var tensor = p[0];
        p.Dispose();
        p.Dispose();
        Assert.That(() => tensor.AsSpan(), Throws.InstanceOf<ObjectDisposedException>());
        using var backend = new CpuBackend();
        Assert.That(() => backend.Combine(p, Term), Throws.InstanceOf<ObjectDisposedException>());
    }
}
