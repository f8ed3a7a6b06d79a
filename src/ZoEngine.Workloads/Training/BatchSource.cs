using ZoEngine.Nn;
using ZoEngine.Workloads.Data;

namespace ZoEngine.Workloads.Training;

/// <summary>The order in which a <see cref="BatchSource"/> visits its examples (docs/training-loop.md).</summary>
public enum BatchOrder
{
    /// <summary>
    /// Epochs: at the start of each epoch the order is shuffled again (the previous epoch's order, not the identity) by
    /// one generator seeded once; the epoch's batches are consecutive slices of that order, the last one partial when
    /// the batch size does not divide the example count. Every example is seen once per epoch.
    /// </summary>
    ShuffleEachEpoch,

    /// <summary>
    /// A stream: one shuffle at the start, then batch k takes positions k·B … k·B + B − 1 of that order modulo the
    /// example count, so every batch is full and batches run on across the end of the order without a reshuffle.
    /// </summary>
    CycleOnePermutation,
}

/// <summary>
/// Batches of labelled examples in a seeded, documented order (<see cref="BatchOrder"/>), assembled into one reused
/// host tensor, optionally sharded so that each rank of a distributed run takes a disjoint share of every batch.
/// </summary>
/// <remarks>
/// <para>The shuffle is <c>new System.Random(shuffleSeed)</c> and its <c>Shuffle</c> (Fisher–Yates: for i = 0 … n − 2,
/// swap i with <c>Next(i, n)</c>), a generator .NET keeps stable for a given seed, so the order is a function of the seed.</para>
/// <para>Sharding: rank r of R takes, of each global batch of m rows, rows ⌊r·m/R⌋ … ⌊(r+1)·m/R⌋ − 1. Every rank uses
/// the same seed, so the shares are disjoint, cover the batch, differ in size by at most one, and every rank takes the
/// same number of steps (a global batch with fewer rows than ranks gives some ranks an empty share).</para>
/// </remarks>
public sealed class BatchSource
{
    private readonly int[] _order;
    private readonly Random _random;
    private readonly int[] _indices;
    private readonly int[] _labels;
    private readonly Tensor<float> _full;
    private readonly Batch _batch;

    /// <summary>Creates a source that starts at the first batch of the first epoch.</summary>
    /// <param name="examples">The examples; at least one.</param>
    /// <param name="batchSize">Rows of a global batch (before sharding).</param>
    /// <param name="shuffleSeed">Seed of the shuffle; <see cref="SeedFrom"/> folds a 64-bit run seed into one.</param>
    /// <param name="order">How examples are ordered.</param>
    /// <param name="rank">This rank, 0 … <paramref name="ranks"/> − 1.</param>
    /// <param name="ranks">Ranks sharing each batch; 1 without distribution.</param>
    /// <exception cref="ArgumentException">The set is empty, or the batch size or rank is out of range.</exception>
    public BatchSource(ILabelledExamples examples, int batchSize, int shuffleSeed, BatchOrder order = BatchOrder.ShuffleEachEpoch, int rank = 0, int ranks = 1)
    {
        ArgumentNullException.ThrowIfNull(examples);
        if (examples.Count == 0)
            throw new ArgumentException("The example set is empty: there is nothing to train on.", nameof(examples));
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(ranks, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(rank);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(rank, ranks);
        Examples = examples;
        BatchSize = batchSize;
        Order = order;
        Rank = rank;
        Ranks = ranks;
        StepsPerEpoch = (int)(((long)examples.Count + batchSize - 1) / batchSize);
        _order = [.. Enumerable.Range(0, examples.Count)];
        _random = new Random(shuffleSeed);
        if (order == BatchOrder.CycleOnePermutation)
            _random.Shuffle(_order);
        int share = (batchSize + ranks - 1) / ranks;
        _indices = new int[share];
        _labels = new int[share];
        _full = new Tensor<float>(share, examples.Features);
        _batch = new Batch(this);
    }

    /// <summary>The examples batches are drawn from.</summary>
    public ILabelledExamples Examples { get; }

    /// <summary>Rows of a global batch (this rank takes its share of them).</summary>
    public int BatchSize { get; }

    /// <summary>The order of the examples.</summary>
    public BatchOrder Order { get; }

    /// <summary>This rank.</summary>
    public int Rank { get; }

    /// <summary>Ranks sharing each batch.</summary>
    public int Ranks { get; }

    /// <summary>Batches per epoch, ⌈count / batch size⌉ (for <see cref="BatchOrder.CycleOnePermutation"/> a nominal epoch).</summary>
    public int StepsPerEpoch { get; }

    /// <summary>The most rows a batch of this rank can have, ⌈batch size / ranks⌉.</summary>
    public int MaxRows => _full.Rows;

    /// <summary>Batches handed out so far.</summary>
    public long BatchesRead { get; private set; }

    /// <summary>The usual fold of a 64-bit run seed into the shuffle's 32-bit seed: low word XOR high word.</summary>
    public static int SeedFrom(ulong runSeed) => unchecked((int)runSeed ^ (int)(runSeed >> 32));

    /// <summary>
    /// The next batch. The returned object, its tensor and its spans are reused by the following call: consume them
    /// (or copy them) before asking for the next.
    /// </summary>
    public Batch Next()
    {
        long k = BatchesRead;
        int epoch = (int)(k / StepsPerEpoch), index = (int)(k % StepsPerEpoch);
        int n = Examples.Count, globalRows;
        if (Order == BatchOrder.ShuffleEachEpoch)
        {
            if (index == 0)
                _random.Shuffle(_order);
            int start = index * BatchSize;
            globalRows = Math.Min(BatchSize, n - start);
            var (lo, hi) = Share(globalRows);
            _order.AsSpan(start + lo, hi - lo).CopyTo(_indices);
            Fill(hi - lo);
        }
        else
        {
            globalRows = BatchSize;
            var (lo, hi) = Share(globalRows);
            long first = k * BatchSize;
            for (int i = lo; i < hi; i++)
                _indices[i - lo] = _order[(int)((first + i) % n)];
            Fill(hi - lo);
        }
        _batch.Set(k, epoch, index, globalRows);
        BatchesRead++;
        return _batch;
    }

    /// <summary>
    /// Copies the examples at <paramref name="indices"/> into the rows of <paramref name="destination"/> and their
    /// labels into <paramref name="labels"/>: the one way a batch is built from examples.
    /// </summary>
    /// <param name="examples">The examples.</param>
    /// <param name="indices">Example indices. // [rows]</param>
    /// <param name="destination">A host tensor. // [rows, Features]</param>
    /// <param name="labels">Receives the labels. // [rows]</param>
    public static void Gather(ILabelledExamples examples, ReadOnlySpan<int> indices, Tensor<float> destination, Span<int> labels)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(destination);
        if (destination.Rows != indices.Length || destination.Cols != examples.Features || labels.Length < indices.Length)
            throw new ArgumentException($"{indices.Length} examples of {examples.Features} features need a [{indices.Length}, {examples.Features}] tensor and {indices.Length} labels; got [{destination.Rows}, {destination.Cols}] and {labels.Length}.");
        for (int r = 0; r < indices.Length; r++)
        {
            examples.Example(indices[r]).CopyTo(destination.Row(r));
            labels[r] = examples.Label(indices[r]);
        }
    }

    /// <summary>This rank's rows [lo, hi) of a global batch of <paramref name="rows"/>.</summary>
    private (int Lo, int Hi) Share(int rows) => ((int)((long)Rank * rows / Ranks), (int)((long)(Rank + 1) * rows / Ranks));

    private void Fill(int rows)
    {
        var x = rows == _full.Rows ? _full : _full.SliceRows(0, rows);
        Gather(Examples, _indices.AsSpan(0, rows), x, _labels);
        _batch.Inputs = x;
        _batch.Rows = rows;
    }

    /// <summary>One batch as <see cref="Next"/> hands it out: this rank's rows of a global batch, on the host.</summary>
    public sealed class Batch
    {
        private readonly BatchSource _source;

        internal Batch(BatchSource source)
        {
            _source = source;
            Inputs = source._full;
        }

        /// <summary>The examples' features, on the host. // [Rows, Features]</summary>
        public Tensor<float> Inputs { get; internal set; }

        /// <summary>The labels. // [Rows]</summary>
        public ReadOnlySpan<int> Labels => _source._labels.AsSpan(0, Rows);

        /// <summary>Which examples these are, in row order. // [Rows]</summary>
        public ReadOnlySpan<int> Indices => _source._indices.AsSpan(0, Rows);

        /// <summary>Rows of this rank's share.</summary>
        public int Rows { get; internal set; }

        /// <summary>Rows of the global batch that this share is part of (the same on every rank).</summary>
        public int GlobalRows { get; private set; }

        /// <summary>The batch's number since the source started, from 0 (the same on every rank).</summary>
        public long Number { get; private set; }

        /// <summary>The epoch, from 0.</summary>
        public int Epoch { get; private set; }

        /// <summary>The batch's place in its epoch, 0 … <see cref="StepsPerEpoch"/> − 1.</summary>
        public int IndexInEpoch { get; private set; }

        /// <summary>Batches per epoch of the source.</summary>
        public int StepsPerEpoch => _source.StepsPerEpoch;

        internal void Set(long number, int epoch, int index, int globalRows)
        {
            Number = number;
            Epoch = epoch;
            IndexInEpoch = index;
            GlobalRows = globalRows;
        }
    }
}
