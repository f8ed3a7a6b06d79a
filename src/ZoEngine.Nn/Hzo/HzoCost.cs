using System.Numerics;

namespace ZoEngine.Nn;

/// <summary>
/// Evaluation counts of HZO and the neuron-wise baseline per sample, in layer evaluations (one unit on one row), as
/// functions of depth L and hidden width W: what the measured counters must equal exactly.
/// </summary>
public static class HzoCost
{
    /// <summary>HZO's bisection point of N_{i:j}: k = i + ⌈(j − i)/2⌉, so that the probed right half N_{k:j} has ⌊(j − i)/2⌋ units.</summary>
    public static int Midpoint(int i, int j)
    {
        if (j - i < 2)
            throw new ArgumentException($"N_{{{i}:{j}}} has fewer than two units and is not bisected.");
        return i + (j - i + 1) / 2;
    }

    /// <summary>
    /// The end M of a network's convolutional body: the largest M &lt; L such that units 1..M map spatial maps to
    /// spatial maps (<see cref="Spatial.Range{T}"/> of N_{0:M} exists), or 0 when the network has no spatial body or no
    /// head after it (an MLP, or a network that is spatial to its output).
    /// </summary>
    public static int BodyEnd<T>(Sequential<T> model) where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(model);
        int end = 0;
        for (int m = 1; m < model.Depth && Spatial.Range(model, 0, m) is not null; m++)
            end = m;
        return end;
    }

    /// <summary>
    /// HZO's split point of N_{i:j}: for the whole network of a model with a convolutional body (<paramref name="bodyEnd"/>
    /// &gt; 0) the body's end, so that the head is probed on its own and every split inside the body is spatial (SPP
    /// applies there); otherwise <see cref="Midpoint"/>.
    /// </summary>
    public static int Split(int i, int j, int depth, int bodyEnd) =>
        i == 0 && j == depth && bodyEnd > 0 && bodyEnd < depth ? bodyEnd : Midpoint(i, j);

    /// <summary>
    /// Probe evaluations (one unit on one row) per sample of HZO on <paramref name="model"/>, over its actual split
    /// tree: Σ over splits (i, k, j) of R(k, j)·(j − k), where R(k, j) = 2·C_k·min(r, H_k)·min(r, W_k) with SPP on a
    /// spatial N_{k:j} (r its receptive field's extent) and 2·|a_k| otherwise. For an MLP it equals
    /// <see cref="HzoProbesByRecurrence"/>.
    /// </summary>
    public static long HzoProbes<T>(Sequential<T> model, bool spatialParallel) where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(model);
        int depth = model.Depth;
        int bodyEnd = BodyEnd(model);
        return Node(0, depth);

        long Node(int i, int j)
        {
            if (j - i == 1)
                return 0;
            int k = Split(i, j, depth, bodyEnd);
            var spp = spatialParallel ? SppGeometry.Of(model, k, j) : null;
            long rows = spp?.RowsPerSample ?? 2L * model.Width(k);
            return rows * (j - k) + Node(i, k) + Node(k, j);
        }
    }

    /// <summary>
    /// Probe evaluations per sample of HZO by its recurrence P(n) = 2W_k·(j − k) + P(left) + P(right) over the actual
    /// bisection, with the anchor width W_k = <paramref name="width"/>(k) of each split point.
    /// </summary>
    public static long HzoProbesByRecurrence(int depth, Func<int, int> width)
    {
        ArgumentNullException.ThrowIfNull(width);
        if (depth < 1)
            throw new ArgumentOutOfRangeException(nameof(depth), depth, "The depth must be at least 1.");
        return Node(0, depth);

        long Node(int i, int j)
        {
            if (j - i == 1)
                return 0;
            int k = Midpoint(i, j);
            return 2L * width(k) * (j - k) + Node(i, k) + Node(k, j);
        }
    }

    /// <summary>
    /// The same count in closed form for a uniform anchor width W: P(L) = 2W·Σ_{d=0}^{⌈log₂L⌉−1} c_d, where level d of
    /// the bisection tree holds r = L mod 2^d sub-networks of q + 1 units and 2^d − r of q units, q = ⌊L/2^d⌋, and
    /// c_d = Σ ⌊size/2⌋ over that level = (L − r)/2 when q is even, (L + r − 2^d)/2 when q is odd. For L = 2^D this is
    /// W·L·D = W·L·log₂L.
    /// </summary>
    public static long HzoProbesClosedForm(int depth, int width)
    {
        if (depth < 1)
            throw new ArgumentOutOfRangeException(nameof(depth), depth, "The depth must be at least 1.");
        long n = depth;
        long sum = 0;
        for (int d = 0; (1L << d) < n; d++)
        {
            long p = 1L << d;
            long q = n / p;
            long r = n % p;
            sum += (q & 1) == 0 ? (n - r) / 2 : (n + r - p) / 2;
        }
        return 2L * width * sum;
    }

    /// <summary>Neuron-wise probe evaluations per sample: Σ_{l=1}^{L−1} 2W·(L − l) = W·L·(L − 1).</summary>
    public static long NeuronwiseProbes(int depth, int width)
    {
        if (depth < 1)
            throw new ArgumentOutOfRangeException(nameof(depth), depth, "The depth must be at least 1.");
        return (long)width * depth * (depth - 1);
    }
}
