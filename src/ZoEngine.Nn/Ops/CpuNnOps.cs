using System.Numerics;
using System.Runtime.InteropServices;
using ZoEngine.Nn.Gemm;

namespace ZoEngine.Nn;

/// <summary>
/// The CPU implementation of <see cref="INnOps{T}"/>: GEMM through the given <see cref="IGemm"/>, everything else
/// plain loops over host spans in a fixed order, so results do not depend on chunking or thread count. It is also
/// the reference that a GPU implementation is checked against.
/// </summary>
public sealed partial class CpuNnOps<T> : INnOps<T> where T : unmanaged, IBinaryFloatingPointIeee754<T>
{
    private static readonly T Two = T.CreateTruncating(2);

    /// <summary>Creates the ops over <paramref name="gemm"/>, every op on the calling thread.</summary>
    public CpuNnOps(IGemm gemm)
        : this(gemm, threads: 1)
    {
    }

    /// <summary>
    /// Creates the ops over <paramref name="gemm"/>; the row ops of a transformer forward (activations, LayerNorm,
    /// the masked softmax) split tensors of at least <see cref="ParallelMinElements"/> elements across up to
    /// <paramref name="threads"/> threads. The GEMM's own threads are the <see cref="IGemm"/>'s setting.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threads"/> is less than 1.</exception>
    public CpuNnOps(IGemm gemm, int threads)
    {
        ArgumentNullException.ThrowIfNull(gemm);
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        NumericType.EnsureSupported<T>();
        Gemm = gemm;
        Threads = threads;
    }

    /// <summary>
    /// Threads a row op may use. Each row (each element, for the activations) is computed by one thread in the same
    /// order as on one, so the results do not depend on the count; smaller tensors run on the calling thread, and a
    /// threaded op allocates the thread pool's bookkeeping where a single-thread op allocates nothing.
    /// </summary>
    public int Threads { get; }

    /// <summary>The smallest tensor a row op splits across threads: 2¹⁶ elements.</summary>
    public const long ParallelMinElements = 1L << 16;

    /// <summary>How many threads an op over <paramref name="rows"/> rows of <paramref name="elements"/> elements in all uses.</summary>
    internal int WorkersFor(long elements, int rows) =>
        Threads <= 1 || elements < ParallelMinElements ? 1 : (int)Math.Min(Math.Min(Threads, rows), elements / (ParallelMinElements / 2));

    /// <summary>Rows [From, To) of <paramref name="rows"/> for worker <paramref name="w"/> of <paramref name="workers"/>.</summary>
    private static (int From, int To) Share(int rows, int workers, int w) =>
        ((int)((long)rows * w / workers), (int)((long)rows * (w + 1) / workers));

    /// <summary>Runs <paramref name="body"/> on <paramref name="workers"/> threads, each over its share of the rows.</summary>
    private static void Split(int rows, int workers, Action<int, int> body) =>
        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, w =>
        {
            var (from, to) = Share(rows, workers, w);
            body(from, to);
        });

    /// <inheritdoc />
    public string Name => "cpu";

    /// <summary>The GEMM behind <see cref="MatMul"/>.</summary>
    public IGemm Gemm { get; }

    /// <inheritdoc />
    public string GemmName => Gemm.Name;

    /// <inheritdoc />
    public IParameterMemory Memory => HostMemory.Instance;

    /// <inheritdoc />
    public void MatMul(Tensor<T> a, Transpose transA, Tensor<T> b, Transpose transB, Tensor<T> c, T alpha, T beta) =>
        GemmDispatch.Run(Gemm, a, transA, b, transB, c, alpha, beta);

    /// <inheritdoc />
    public void AddRowVector(Tensor<T> y, Tensor<T> bias)
    {
        ArgumentNullException.ThrowIfNull(y);
        Shapes.Require(bias, 1, y.Cols, nameof(bias));
        var b = bias.Span;
        for (int r = 0; r < y.Rows; r++)
        {
            var row = y.Row(r);
            Elementwise.Add(row, b, row);
        }
    }

    /// <inheritdoc />
    public void AccumulateColumnSums(Tensor<T> x, Tensor<T> sums)
    {
        ArgumentNullException.ThrowIfNull(x);
        Shapes.Require(sums, 1, x.Cols, nameof(sums));
        var s = sums.Span;
        for (int r = 0; r < x.Rows; r++)
        {
            var row = x.Row(r);
            for (int c = 0; c < row.Length; c++)
                s[c] += row[c];
        }
    }

    /// <inheritdoc />
    public void Add(Tensor<T> a, Tensor<T> b, Tensor<T> sum)
    {
        Shapes.RequireSame(a, b, nameof(a), nameof(b));
        Shapes.RequireSame(a, sum, nameof(a), nameof(sum));
        Elementwise.Add(a.Span, b.Span, sum.Span);
    }

    /// <inheritdoc />
    public void AddScalar(Tensor<T> x, T value, Tensor<T> y)
    {
        Shapes.RequireSame(x, y, nameof(x), nameof(y));
        Elementwise.AddScalar(x.Span, value, y.Span);
    }

    /// <inheritdoc />
    public void Activate(ActivationKind kind, Tensor<T> z, Tensor<T> a)
    {
        Shapes.RequireSame(z, a, nameof(z), nameof(a));
        int workers = WorkersFor(z.Length, z.Rows);
        if (workers == 1)
            Activate(kind, z.Span, a.Span);
        else
            ActivateSplit(kind, z, a, workers);
    }

    // Its own method, so that the single-thread path does not allocate the lambda's closure.
    private static void ActivateSplit(ActivationKind kind, Tensor<T> z, Tensor<T> a, int workers)
    {
        int cols = z.Cols;
        Split(z.Rows, workers, (from, to) => Activate(kind, z.Span[(from * cols)..(to * cols)], a.Span[(from * cols)..(to * cols)]));
    }

    /// <summary>a = f(z) element by element: every element is a function of its own z, so any split gives the same bits.</summary>
    private static void Activate(ActivationKind kind, ReadOnlySpan<T> zs, Span<T> activations)
    {
        switch (kind)
        {
            case ActivationKind.Identity:
                zs.CopyTo(activations);
                break;
            case ActivationKind.Relu:
                Elementwise.Relu(zs, activations);
                break;
            case ActivationKind.Gelu when typeof(T) == typeof(float):
                FastGelu.Forward(MemoryMarshal.Cast<T, float>(zs), MemoryMarshal.Cast<T, float>(activations));
                break;
            case ActivationKind.Gelu:
                for (int i = 0; i < zs.Length; i++)
                    activations[i] = T.CreateTruncating(ActivationMath.Gelu(double.CreateTruncating(zs[i])));
                break;
            case ActivationKind.Tanh:
                for (int i = 0; i < zs.Length; i++)
                    activations[i] = T.Tanh(zs[i]);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown activation.");
        }
    }

    /// <inheritdoc />
    public void ActivationBackward(ActivationKind kind, Tensor<T> z, Tensor<T> a, Tensor<T> dA, Tensor<T> dZ)
    {
        Shapes.RequireSame(z, a, nameof(z), nameof(a));
        Shapes.RequireSame(z, dA, nameof(z), nameof(dA));
        Shapes.RequireSame(z, dZ, nameof(z), nameof(dZ));
        var zs = z.Span;
        var outs = a.Span;
        var g = dA.Span;
        var d = dZ.Span;
        switch (kind)
        {
            case ActivationKind.Identity:
                g.CopyTo(d);
                break;
            case ActivationKind.Relu:
                for (int i = 0; i < d.Length; i++)
                    d[i] = zs[i] > T.Zero ? g[i] : T.IsNaN(zs[i]) ? zs[i] : T.Zero;
                break;
            case ActivationKind.Gelu when typeof(T) == typeof(float):
                FastGelu.Backward(MemoryMarshal.Cast<T, float>(zs), MemoryMarshal.Cast<T, float>(g), MemoryMarshal.Cast<T, float>(d));
                break;
            case ActivationKind.Gelu:
                for (int i = 0; i < d.Length; i++)
                    d[i] = g[i] * T.CreateTruncating(ActivationMath.GeluDerivative(double.CreateTruncating(zs[i])));
                break;
            case ActivationKind.Tanh:
                for (int i = 0; i < d.Length; i++)
                    d[i] = g[i] * (T.One - outs[i] * outs[i]);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown activation.");
        }
    }

    /// <inheritdoc />
    public void CentralDifference(Tensor<T> plus, Tensor<T> minus, T h, Tensor<T> dA, Tensor<T> dZ)
    {
        Shapes.RequireSame(plus, minus, nameof(plus), nameof(minus));
        Shapes.RequireSame(plus, dA, nameof(plus), nameof(dA));
        Shapes.RequireSame(plus, dZ, nameof(plus), nameof(dZ));
        var p = plus.Span;
        var m = minus.Span;
        var g = dA.Span;
        var d = dZ.Span;
        T twoH = h + h;
        for (int i = 0; i < d.Length; i++)
            d[i] = g[i] * ((p[i] - m[i]) / twoH);
    }

    /// <inheritdoc />
    public double SoftmaxCrossEntropy(Tensor<T> logits, ReadOnlySpan<int> labels, Tensor<T>? dLogits)
    {
        SoftmaxMath.CheckArguments(logits, labels, dLogits);
        int classes = logits.Cols;
        T invBatch = T.One / T.CreateTruncating(logits.Rows);
        double total = 0;
        for (int r = 0; r < logits.Rows; r++)
        {
            int label = labels[r];
            var row = logits.Row(r);
            T loss = SoftmaxMath.Loss(row, label, out T max, out T sum);
            total += double.CreateTruncating(loss);
            if (dLogits is not null)
            {
                var d = dLogits.Row(r);
                for (int c = 0; c < classes; c++)
                {
                    T p = T.Exp(row[c] - max) / sum;
                    d[c] = (c == label ? p - T.One : p) * invBatch;
                }
            }
        }
        return total / logits.Rows;
    }

    /// <inheritdoc />
    public (int Tensor, int Index) FirstNonFinite(IReadOnlyList<Tensor<T>> tensors)
    {
        ArgumentNullException.ThrowIfNull(tensors);
        for (int t = 0; t < tensors.Count; t++)
        {
            ArgumentNullException.ThrowIfNull(tensors[t], nameof(tensors));
            var s = tensors[t].Span;
            for (int i = 0; i < s.Length; i++)
            {
                if (!T.IsFinite(s[i]))
                    return (t, i);
            }
        }
        return (-1, -1);
    }

    /// <inheritdoc />
    public void SgdUpdate(Tensor<T> value, Tensor<T> gradient, Tensor<T>? velocity, T learningRate, T momentum, T weightDecay, bool first)
    {
        Shapes.RequireSame(value, gradient, nameof(value), nameof(gradient));
        if (velocity is not null)
            Shapes.RequireSame(value, velocity, nameof(value), nameof(velocity));
        var theta = value.Span;
        var g = gradient.Span;
        var v = velocity is null ? default : velocity.Span;
        for (int i = 0; i < theta.Length; i++)
        {
            T d = g[i] + weightDecay * theta[i];
            if (velocity is not null)
            {
                v[i] = first ? d : momentum * v[i] + d;
                d = v[i];
            }
            theta[i] -= learningRate * d;
        }
    }

    /// <inheritdoc />
    public void AdamUpdate(Tensor<T> value, Tensor<T> gradient, Tensor<T> m, Tensor<T> v, T stepSize, T invSqrtCorrection2, T beta1, T beta2, T epsilon, T weightDecay)
    {
        Shapes.RequireSame(value, gradient, nameof(value), nameof(gradient));
        Shapes.RequireSame(value, m, nameof(value), nameof(m));
        Shapes.RequireSame(value, v, nameof(value), nameof(v));
        var theta = value.Span;
        var g = gradient.Span;
        var ms = m.Span;
        var vs = v.Span;
        T c1 = T.One - beta1, c2 = T.One - beta2;
        for (int i = 0; i < theta.Length; i++)
        {
            T gi = g[i] + weightDecay * theta[i];
            ms[i] = beta1 * ms[i] + c1 * gi;
            vs[i] = beta2 * vs[i] + c2 * gi * gi;
            theta[i] -= stepSize * ms[i] / (T.Sqrt(vs[i]) * invSqrtCorrection2 + epsilon);
        }
    }
}

/// <summary>
/// Elementwise loops over <see cref="Vector{T}"/> with a scalar tail. Each element's result is one IEEE operation on
/// that element alone, so the vector width and the tail split do not change any bit.
/// </summary>
internal static class Elementwise
{
    public static void Add<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> y, Span<T> sum) where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        int i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            for (; i <= sum.Length - Vector<T>.Count; i += Vector<T>.Count)
                (new Vector<T>(x[i..]) + new Vector<T>(y[i..])).CopyTo(sum[i..]);
        }
        for (; i < sum.Length; i++)
            sum[i] = x[i] + y[i];
    }

    public static void AddScalar<T>(ReadOnlySpan<T> x, T value, Span<T> y) where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        int i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var v = new Vector<T>(value);
            for (; i <= y.Length - Vector<T>.Count; i += Vector<T>.Count)
                (new Vector<T>(x[i..]) + v).CopyTo(y[i..]);
        }
        for (; i < y.Length; i++)
            y[i] = x[i] + value;
    }

    /// <summary>max(z, 0) with NaN kept (a NaN pre-activation stays visible) and −0 mapped to +0, as T.Max does.</summary>
    public static void Relu<T>(ReadOnlySpan<T> z, Span<T> a) where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        int i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            for (; i <= a.Length - Vector<T>.Count; i += Vector<T>.Count)
            {
                var v = new Vector<T>(z[i..]);
                Vector.ConditionalSelect(Vector.LessThanOrEqual(v, Vector<T>.Zero), Vector<T>.Zero, v).CopyTo(a[i..]);
            }
        }
        for (; i < a.Length; i++)
            a[i] = T.Max(z[i], T.Zero);
    }
}

/// <summary>The scalar GELU and its derivative in binary64.</summary>
internal static class ActivationMath
{
    private const double InvSqrt2 = 0.70710678118654752440;
    private const double InvSqrt2Pi = 0.39894228040143267794;

    /// <summary>z·Φ(z) with Φ(z) = erfc(−z/√2)/2, accurate for large negative z where 1 + erf would cancel.</summary>
    public static double Gelu(double z) => z * (0.5 * ErrorFunction.Erfc(-z * InvSqrt2));

    /// <summary>Φ(z) + z·φ(z), φ(z) = e^(−z²/2)/√(2π).</summary>
    public static double GeluDerivative(double z) =>
        0.5 * ErrorFunction.Erfc(-z * InvSqrt2) + z * InvSqrt2Pi * Math.Exp(-0.5 * z * z);
}
