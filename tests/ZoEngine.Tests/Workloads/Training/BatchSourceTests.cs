using ZoEngine.Workloads.Data;
using ZoEngine.Workloads.Training;

namespace ZoEngine.Tests.Workloads.Training;

/// <summary>The documented data order of <see cref="BatchSource"/>: shuffle, partial batch, cycling and sharding.</summary>
public sealed class BatchSourceTests
{
    /// <summary>n examples whose single feature is its own index + 0.5 and whose label is index mod 7.</summary>
    internal static LabelledExamples Indexed(int n, int features = 1)
    {
        var x = new float[n * features];
        for (int i = 0; i < n; i++)
            x.AsSpan(i * features, features).Fill(i + 0.5f);
        return new LabelledExamples(x, [.. Enumerable.Range(0, n).Select(i => i % 7)], features);
    }

    /// <summary>The shuffle as docs/training-loop.md writes it, independently of System.Random.Shuffle.</summary>
    private static void DocumentedShuffle(Random random, int[] order)
    {
        for (int i = 0; i < order.Length - 1; i++)
        {
            int j = random.Next(i, order.Length);
            (order[i], order[j]) = (order[j], order[i]);
        }
    }

    [TestCase(10, 4, 1)]
    [TestCase(10, 4, 77)]
    [TestCase(9, 3, 5)]
    [TestCase(1, 8, 2)]
    public void ShuffleEachEpoch_IsTheDocumentedOrder_WithAPartialLastBatch(int n, int batch, int seed)
    {
        var source = new BatchSource(Indexed(n), batch, seed);
        var order = Enumerable.Range(0, n).ToArray();
        var random = new Random(seed);
        int steps = (n + batch - 1) / batch;
        Assert.That(source.StepsPerEpoch, Is.EqualTo(steps));
        for (int epoch = 0; epoch < 3; epoch++)
        {
            DocumentedShuffle(random, order);
            var seen = new List<int>();
            for (int b = 0; b < steps; b++)
            {
                var x = source.Next();
                int rows = Math.Min(batch, n - b * batch);
                Assert.That(x.Rows, Is.EqualTo(rows), "the last batch is partial");
                Assert.That(x.GlobalRows, Is.EqualTo(rows));
                Assert.That((x.Epoch, x.IndexInEpoch, x.Number), Is.EqualTo((epoch, b, (long)(epoch * steps + b))));
                Assert.That(x.Indices.ToArray(), Is.EqualTo(order.AsSpan(b * batch, rows).ToArray()), $"epoch {epoch} batch {b}");
                for (int r = 0; r < rows; r++)
                {
                    Assert.That(x.Inputs.Row(r)[0], Is.EqualTo(x.Indices[r] + 0.5f), "the row holds the example");
                    Assert.That(x.Labels[r], Is.EqualTo(x.Indices[r] % 7));
                }
                seen.AddRange(x.Indices.ToArray());
            }
            Assert.That(seen.Order(), Is.EqualTo(Enumerable.Range(0, n)), "every example once per epoch");
        }
    }

    [Test]
    public void TheOrderIsAFunctionOfTheSeed()
    {
        int[] Epoch(int seed)
        {
            var s = new BatchSource(Indexed(50), 50, seed);
            return s.Next().Indices.ToArray();
        }
        Assert.That(Epoch(3), Is.EqualTo(Epoch(3)));
        Assert.That(Epoch(3), Is.Not.EqualTo(Epoch(4)));
        Assert.That(Epoch(3), Is.Not.EqualTo(Enumerable.Range(0, 50)), "shuffled");
        Assert.That(BatchSource.SeedFrom(0x0000_0002_0000_0003UL), Is.EqualTo(3 ^ 2));
    }

    [Test]
    public void CycleOnePermutation_KeepsBatchesFull_AcrossTheEndOfTheOrder()
    {
        var source = new BatchSource(Indexed(10), 4, 9, BatchOrder.CycleOnePermutation);
        var order = Enumerable.Range(0, 10).ToArray();
        DocumentedShuffle(new Random(9), order);
        for (int k = 0; k < 8; k++)
        {
            var x = source.Next();
            Assert.That(x.Rows, Is.EqualTo(4));
            Assert.That(x.Indices.ToArray(), Is.EqualTo(Enumerable.Range(0, 4).Select(i => order[(k * 4 + i) % 10])), $"batch {k}");
        }
    }

    [TestCase(3, BatchOrder.ShuffleEachEpoch)]
    [TestCase(4, BatchOrder.ShuffleEachEpoch)]
    [TestCase(3, BatchOrder.CycleOnePermutation)]
    public void Shards_AreDisjoint_CoverEveryBatch_AndTakeTheSameSteps(int ranks, BatchOrder mode)
    {
        const int N = 23, B = 8;
        var whole = new BatchSource(Indexed(N), B, 11, mode);
        var shards = Enumerable.Range(0, ranks).Select(r => new BatchSource(Indexed(N), B, 11, mode, r, ranks)).ToArray();
        for (int step = 0; step < 9; step++)
        {
            var expected = whole.Next().Indices.ToArray();
            var parts = new List<int[]>();
            for (int r = 0; r < ranks; r++)
            {
                var x = shards[r].Next();
                Assert.That(x.GlobalRows, Is.EqualTo(expected.Length));
                Assert.That(x.Number, Is.EqualTo(step));
                int lo = r * expected.Length / ranks, hi = (r + 1) * expected.Length / ranks;
                Assert.That(x.Indices.ToArray(), Is.EqualTo(expected[lo..hi]), $"rank {r} takes rows [{lo}, {hi}) of step {step}");
                parts.Add(x.Indices.ToArray());
            }
            Assert.That(parts.SelectMany(p => p), Is.EqualTo(expected), "in rank order, the shares are the batch");
            Assert.That(parts.Max(p => p.Length) - parts.Min(p => p.Length), Is.LessThanOrEqualTo(1));
        }
    }

    [Test]
    public void AnEmptySet_OrABadRank_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => new BatchSource(Indexed(0), 4, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new BatchSource(Indexed(4), 0, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new BatchSource(Indexed(4), 2, 1, rank: 2, ranks: 2));
    }
}
