using ZoEngine.Noise;
using ZoEngine.Tests.Support;

namespace ZoEngine.Tests.Backends;

/// <summary>
/// Passes split across threads give the bits of one thread: the noise is counter-based, so each chunk is independent
/// of who computes it and when. Tensors are long enough to be split (≥ <see cref="CpuBackend.ParallelMinElements"/>),
/// with a ragged end, beside a short one that stays on the calling thread.
/// </summary>
public class CpuThreadsTests
{
    private static readonly long[] Lengths = [2 * CpuBackend.ParallelMinElements + 7, 1000, CpuBackend.ParallelMinElements];

    private static ParameterSet MakeSet()
    {
        var p = new ParameterSet(HostMemory.Instance);
        var values = new List<float>();
        for (int i = 0; i < Lengths.Length; i++)
        {
            p.Add($"t{i}", Lengths[i]);
            for (long j = 0; j < Lengths[i]; j++)
                values.Add((j % 13) - 6);
        }
        p.CopyFromHost(values.ToArray());
        return p;
    }

    private static void AssertSameBits(ParameterSet expected, ParameterSet actual, string what)
    {
        for (int i = 0; i < expected.Count; i++)
        {
            float[] e = Sets.Tensor(expected, i), a = Sets.Tensor(actual, i);
            int d = Bits.FirstDifference(e, a);
            Assert.That(d, Is.EqualTo(-1), $"{what}: tensor {i} differs at element {d}");
        }
    }

    [Test]
    public void Passes_GiveTheSameBits_WithOneAndSeveralThreads([Values(2, 3, 8)] int threads)
    {
        using var one = new CpuBackend(threads: 1);
        using var many = new CpuBackend(threads: threads);
        Assert.That(many.Threads, Is.EqualTo(threads));
        using var a = MakeSet();
        using var b = MakeSet();
        using var start = MakeSet();
        NoiseTerm[] single = [new(5, 0.1f)];
        NoiseTerm[] list = [new(6, 1e-3f), new(7, -0.3f, NoiseKind.Rademacher), new(8, 0.25f)];
        one.Combine(a, single);
        many.Combine(b, single);
        AssertSameBits(a, b, "one-term combine");
        one.Combine(a, list);
        many.Combine(b, list);
        AssertSameBits(a, b, "three-term combine");

        var rule = new UpdateRule { Kind = UpdateKind.RAdaZo, LearningRate = 1e-2f, Beta1 = 0.9f, Beta2 = 0.99f, Epsilon = 1e-8f };
        using var sa = one.AllocateState(a, true, true, StatePrecision.Float32);
        using var sb = many.AllocateState(b, true, true, StatePrecision.Float32);
        one.Update(a, sa, rule, [new(9, 1e-3f)], new GradientSource([new NoiseTerm(9, 0.7f)]));
        many.Update(b, sb, rule, [new(9, 1e-3f)], new GradientSource([new NoiseTerm(9, 0.7f)]));
        AssertSameBits(a, b, "q = 1 update");
        for (long j = 0; j < a.TotalLength; j += 4099)
            Assert.That(Bits.Of(sb.ReadSecond(j)), Is.EqualTo(Bits.Of(sa.ReadSecond(j))), $"v[{j}]");
        Assert.That(Bits.FirstDifference(Sets.Tensor(start, 0), Sets.Tensor(b, 0)), Is.Not.EqualTo(-1), "the passes changed θ");

        one.Fill(a, NoiseKind.Gaussian, 10, 0.5f);
        many.Fill(b, NoiseKind.Gaussian, 10, 0.5f);
        AssertSameBits(a, b, "fill");
    }

    [Test]
    public void Threads_DefaultsToOne_ZeroMeansEveryCore_TheCommandUsesEveryCore_AndNegativeIsRefused()
    {
        // One thread by default keeps the library's zero-allocation steady state; the zo command opts into every core.
        using var plain = new CpuBackend();
        Assert.That(plain.Threads, Is.EqualTo(1));
        using var all = new CpuBackend(threads: 0);
        Assert.That(all.Threads, Is.EqualTo(Environment.ProcessorCount));
        using var selected = ZoEngine.Cuda.BackendSelector.Create("cpu", out _);
        Assert.That(((CpuBackend)selected).Threads, Is.EqualTo(Environment.ProcessorCount));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CpuBackend(threads: -1));
    }
}
