using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using ZoEngine.Cpu.Simd;
using ZoEngine.Noise;

namespace ZoEngine;

/// <summary>Vector widths the CPU backend can run at.</summary>
public enum SimdWidth
{
    /// <summary>The widest the hardware accelerates.</summary>
    Auto = 0,
    /// <summary>One lane: the generic kernels on scalars.</summary>
    Scalar = 1,
    /// <summary>128-bit vectors.</summary>
    V128 = 128,
    /// <summary>256-bit vectors.</summary>
    V256 = 256,
    /// <summary>512-bit vectors.</summary>
    V512 = 512,
}

/// <summary>
/// The default backend: SIMD over Vector512 → 256 → 128 → scalar on the host. Each pass walks a tensor in chunks
/// that fit in L1: the noise of a chunk is generated into a stack buffer and applied in the same sweep, so θ is
/// read and written once per pass and no parameter-sized buffer exists.
/// </summary>
public sealed unsafe partial class CpuBackend : IZoBackend
{
    /// <summary>Elements per chunk: 8 KiB of float, so a chunk and its restore buffer stay in L1.</summary>
    internal const int ChunkElements = 2048;

    /// <summary>Creates the backend at the widest accelerated width, or at <paramref name="width"/> when given.</summary>
    /// <param name="width">
    /// Forces a width. A width the hardware does not accelerate still runs, in the runtime's software emulation
    /// (slow, bit-identical), which is how tests cover every width on any machine.
    /// </param>
    /// <param name="threads">
    /// Threads a pass over one large tensor may use (see <see cref="Threads"/>); 0 means every logical core. One by
    /// default: a threaded pass allocates the thread pool's bookkeeping, and a steady-state step allocates nothing
    /// (DESIGN §3) only on one thread, so using every core is the caller's choice (the zo command makes it).
    /// </param>
    public CpuBackend(SimdWidth width = SimdWidth.Auto, int threads = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(threads);
        Width = Resolve(width);
        Threads = threads == 0 ? Environment.ProcessorCount : threads;
    }

    /// <summary>
    /// Threads a pass over one tensor of at least <see cref="ParallelMinElements"/> elements splits it across, in
    /// whole chunks. Noise is a function of the element index, not of the order of generation, so a pass gives the
    /// same bits with any thread count. Smaller tensors run on the calling thread: below that size the hand-off
    /// costs more than it saves. A threaded pass allocates the thread pool's bookkeeping (a few hundred bytes);
    /// a single-thread pass allocates nothing.
    /// </summary>
    public int Threads { get; }

    /// <summary>The smallest tensor a pass splits across threads: 2¹⁸ elements, about 0.2 ms of work per core.</summary>
    public const long ParallelMinElements = 1L << 18;

    /// <summary>How many threads a pass over <paramref name="length"/> elements uses: one per 2¹⁸ elements at most.</summary>
    private int WorkersFor(long length) =>
        Threads <= 1 || length < ParallelMinElements ? 1 : (int)Math.Min(Threads, length / (ParallelMinElements / 2));

    /// <summary>Worker <paramref name="w"/>'s share of [0, length) out of <paramref name="workers"/>, in whole chunks.</summary>
    private static (long From, long To) Share(long length, int workers, int w)
    {
        long chunks = (length + ChunkElements - 1) / ChunkElements;
        long from = chunks * w / workers * ChunkElements, to = chunks * (w + 1) / workers * ChunkElements;
        return (from, Math.Min(to, length));
    }

    /// <summary>The width <see cref="SimdWidth.Auto"/> stands for on this machine, or <paramref name="width"/> itself.</summary>
    public static SimdWidth Resolve(SimdWidth width) =>
        width != SimdWidth.Auto ? width
        : Vector512.IsHardwareAccelerated ? SimdWidth.V512
        : Vector256.IsHardwareAccelerated ? SimdWidth.V256
        : Vector128.IsHardwareAccelerated ? SimdWidth.V128
        : SimdWidth.Scalar;

    /// <summary>The vector width the passes run at.</summary>
    public SimdWidth Width { get; }

    /// <inheritdoc />
    public string Name => "cpu";

    /// <inheritdoc />
    public string Description => $"cpu ({(Width == SimdWidth.Scalar ? "scalar" : $"{(int)Width}-bit SIMD")}, {Environment.ProcessorCount} logical cores, {Threads} thread{(Threads == 1 ? "" : "s")} per pass)";

    /// <inheritdoc />
    public IParameterMemory Memory => HostMemory.Instance;

    /// <summary>Nothing to wait for: every op of the CPU backend has finished when it returns.</summary>
    public void Synchronize() { }

    /// <inheritdoc />
    public void Combine(ParameterSet parameters, ReadOnlySpan<NoiseTerm> terms)
    {
        parameters.ThrowUnlessIn(Memory, Name);
        if (terms.IsEmpty)
            return;
        NoiseTerm[]? shared = null; // the workers' copy of the terms, made once per pass that uses threads
        float* acc = stackalloc float[ChunkElements];
        foreach (var t in parameters)
        {
            int workers = WorkersFor(t.Length);
            if (workers == 1)
            {
                CombineRange(terms, t, 0, t.Length, acc);
                continue;
            }
            shared ??= terms.ToArray();
            CombineParallel(shared, t, workers);
        }
    }

    // Its own method: a lambda's captures are allocated where their scope begins, so inside the loop above they would
    // cost an allocation per tensor even on the one-thread path.
    private void CombineParallel(NoiseTerm[] terms, ParameterTensor t, int workers) =>
        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, w =>
        {
            float* own = stackalloc float[ChunkElements];
            var (from, to) = Share(t.Length, workers, w);
            CombineRange(terms, t, from, to, own);
        });

    /// <summary>θ += Σ c_k z_k over elements [from, to) of <paramref name="t"/>; from is a multiple of <see cref="ChunkElements"/>. // acc: [ChunkElements]</summary>
    private void CombineRange(ReadOnlySpan<NoiseTerm> terms, ParameterTensor t, long from, long to, float* acc)
    {
        for (long a = from; a < to; a += ChunkElements)
        {
            int n = (int)Math.Min(ChunkElements, to - a);
            // One term over whole groups: θ + c·z straight into θ, the same two roundings as θ + acc with
            // acc = c·z, without the sweep through acc. Kernels write whole groups, hence the length test.
            if (terms.Length == 1 && n % GroupElements(Width) == 0)
            {
                GenerateTerm(Width, terms[0], t.Id, a, n, t.Pointer + a, NoiseStore.AddProduct);
                continue;
            }
            GenerateChunk(terms, t.Id, a, n, acc);
            AddInto(t.Pointer + a, acc, n);
        }
    }

    /// <inheritdoc />
    public void Fill(ParameterSet parameters, NoiseKind kind, ulong seed, float scale)
    {
        parameters.ThrowUnlessIn(Memory, Name);
        var term = new NoiseTerm(seed, scale, kind);
        float* acc = stackalloc float[ChunkElements];
        foreach (var t in parameters)
        {
            int workers = WorkersFor(t.Length);
            if (workers == 1)
            {
                FillRange(term, t, 0, t.Length, acc);
                continue;
            }
            FillParallel(term, t, workers);
        }
    }

    // Its own method for the reason given at CombineParallel.
    private void FillParallel(NoiseTerm term, ParameterTensor t, int workers) =>
        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, w =>
        {
            float* own = stackalloc float[ChunkElements];
            var (from, to) = Share(t.Length, workers, w);
            FillRange(term, t, from, to, own);
        });

    /// <summary>θ = c·z over elements [from, to) of <paramref name="t"/>. // acc: [ChunkElements]</summary>
    private void FillRange(NoiseTerm term, ParameterTensor t, long from, long to, float* acc)
    {
        for (long a = from; a < to; a += ChunkElements)
        {
            int n = (int)Math.Min(ChunkElements, to - a);
            // Whole groups go straight into θ; a ragged tail goes through acc so nothing past the tensor is written.
            if (n % GroupElements(Width) == 0)
            {
                GenerateTerm(Width, term, t.Id, a, n, t.Pointer + a, NoiseStore.Set);
                continue;
            }
            GenerateTerm(Width, term, t.Id, a, n, acc, NoiseStore.Set);
            new ReadOnlySpan<float>(acc, n).CopyTo(new Span<float>(t.Pointer + a, n));
        }
    }

    /// <inheritdoc />
    public long NoiseSquaredNormFixed(ParameterSet layout, NoiseKind kind, ulong seed)
    {
        layout.ThrowUnlessIn(Memory, Name);
        // 33.3·2²⁴ bounds one term (|z| ≤ √(−2 ln 2⁻²⁴)), so a long holds the sum of 2³⁴ elements.
        if (layout.TotalLength > 1L << 34)
            throw new NotSupportedException($"The fixed-point norm covers at most 2^34 elements; this set has {layout.TotalLength}.");
        ReadOnlySpan<NoiseTerm> term = [new NoiseTerm(seed, 1f, kind)];
        float* acc = stackalloc float[ChunkElements];
        long sum = 0;
        foreach (var t in layout)
        {
            for (long a = 0; a < t.Length; a += ChunkElements)
            {
                int n = (int)Math.Min(ChunkElements, t.Length - a);
                GenerateChunk(term, t.Id, a, n, acc);
                for (int i = 0; i < n; i++)
                {
                    float z = acc[i];
                    sum += (int)(z * z * Cpu.Reference.NoiseReference.NormScale);
                }
            }
        }
        return sum;
    }

    /// <inheritdoc />
    public float GetCoordinate(ParameterSet parameters, long index)
    {
        parameters.ThrowUnlessIn(Memory, Name);
        return parameters.GetFlat(index);
    }

    /// <inheritdoc />
    public void SetCoordinate(ParameterSet parameters, long index, float value)
    {
        parameters.ThrowUnlessIn(Memory, Name);
        parameters.SetFlat(index, value);
    }

    /// <inheritdoc />
    public void Copy(ParameterSet source, ParameterSet destination)
    {
        source.ThrowUnlessIn(Memory, Name);
        destination.ThrowUnlessIn(Memory, Name);
        source.CopyTo(destination);
    }

    /// <inheritdoc />
    public OptimizerState AllocateState(ParameterSet layout, bool firstMoment, bool secondMoment, StatePrecision precision)
    {
        layout.ThrowUnlessIn(Memory, Name);
        return new OptimizerState(layout, firstMoment, secondMoment, precision);
    }

    /// <summary>Nothing to release: the CPU backend holds no native resources of its own.</summary>
    public void Dispose() { }

    /// <summary>acc[0..n) = Σ c_k z_k for elements [start, start + n) of tensor <paramref name="tensorId"/>. // acc: [ChunkElements]</summary>
    internal void GenerateChunk(ReadOnlySpan<NoiseTerm> terms, uint tensorId, long start, int n, float* acc) =>
        GenerateChunk(Width, terms, tensorId, start, n, acc);

    /// <summary>The same at an explicit width, for callers that hold no backend.</summary>
    internal static void GenerateChunk(SimdWidth width, ReadOnlySpan<NoiseTerm> terms, uint tensorId, long start, int n, float* acc)
    {
        for (int k = 0; k < terms.Length; k++)
            GenerateTerm(width, terms[k], tensorId, start, n, acc, k == 0 ? NoiseStore.Set : NoiseStore.Fma);
    }

    /// <summary>
    /// One term over elements [start, start + n) into dst, rounded up to whole groups of the width (so dst must hold
    /// them). // dst: [n rounded up to GroupElements(width)]
    /// </summary>
    internal static void GenerateTerm(SimdWidth width, NoiseTerm term, uint tensorId, long start, int n, float* dst, NoiseStore store)
    {
        ulong firstBlock = (ulong)start >> 2; // chunks start at multiples of ChunkElements, so at block boundaries
        int blocks = (n + 3) >> 2;
        switch (width)
        {
            case SimdWidth.V512 when NoiseKernelWide<Lanes512, Vector512<ulong>, Vector512<uint>, Vector512<float>>.IsSupported:
                NoiseKernelWide<Lanes512, Vector512<ulong>, Vector512<uint>, Vector512<float>>.Generate(term.Kind, term.Seed, tensorId, firstBlock, Groups(blocks, 16), dst, term.Coefficient, store);
                break;
            case SimdWidth.V512:
                NoiseKernel<Lanes512, Vector512<uint>, Vector512<float>>.Generate(term.Kind, term.Seed, tensorId, firstBlock, Groups(blocks, 16), dst, term.Coefficient, store);
                break;
            case SimdWidth.V256 when NoiseKernelWide<Lanes256, Vector256<ulong>, Vector256<uint>, Vector256<float>>.IsSupported:
                NoiseKernelWide<Lanes256, Vector256<ulong>, Vector256<uint>, Vector256<float>>.Generate(term.Kind, term.Seed, tensorId, firstBlock, Groups(blocks, 8), dst, term.Coefficient, store);
                break;
            case SimdWidth.V256:
                NoiseKernel<Lanes256, Vector256<uint>, Vector256<float>>.Generate(term.Kind, term.Seed, tensorId, firstBlock, Groups(blocks, 8), dst, term.Coefficient, store);
                break;
            case SimdWidth.V128:
                NoiseKernel<Lanes128, Vector128<uint>, Vector128<float>>.Generate(term.Kind, term.Seed, tensorId, firstBlock, Groups(blocks, 4), dst, term.Coefficient, store);
                break;
            default:
                NoiseKernel<Lanes1, uint, float>.Generate(term.Kind, term.Seed, tensorId, firstBlock, blocks, dst, term.Coefficient, store);
                break;
        }
    }

    /// <summary>Elements one kernel group covers at a width: 4 words per block, one block per lane.</summary>
    internal static int GroupElements(SimdWidth width) => width switch
    {
        SimdWidth.V512 => 64,
        SimdWidth.V256 => 32,
        SimdWidth.V128 => 16,
        _ => 4,
    };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Groups(int blocks, int lanes) => (blocks + lanes - 1) / lanes;

    /// <summary>The widest enabled width whose vector fits in <paramref name="n"/> elements: short tails step down instead of looping on scalars.</summary>
    private SimdWidth WidthFor(int n) =>
        Width >= SimdWidth.V512 && n >= 16 ? SimdWidth.V512
        : Width >= SimdWidth.V256 && n >= 8 ? SimdWidth.V256
        : Width >= SimdWidth.V128 && n >= 4 ? SimdWidth.V128
        : SimdWidth.Scalar;

    private void AddInto(float* theta, float* acc, int n)
    {
        switch (WidthFor(n))
        {
            case SimdWidth.V512: AddInto<Lanes512, Vector512<uint>, Vector512<float>>(theta, acc, n); break;
            case SimdWidth.V256: AddInto<Lanes256, Vector256<uint>, Vector256<float>>(theta, acc, n); break;
            case SimdWidth.V128: AddInto<Lanes128, Vector128<uint>, Vector128<float>>(theta, acc, n); break;
            default: AddInto<Lanes1, uint, float>(theta, acc, n); break;
        }
    }

    /// <summary>θ[i] += acc[i]; the last partial vector overlaps the previous one and is computed from the original θ first.</summary>
    private static void AddInto<TL, TU, TF>(float* theta, float* acc, int n)
        where TL : struct, ILanes<TU, TF> where TU : struct where TF : struct
    {
        int w = TL.Count;
        int last = n - w;
        TF tail = TL.Add(TL.Load(theta + last), TL.Load(acc + last));
        int i = 0;
        for (; i <= last; i += w)
            TL.Store(theta + i, TL.Add(TL.Load(theta + i), TL.Load(acc + i)));
        if (i < n)
            TL.Store(theta + last, tail);
    }
}
