using System.Runtime.Intrinsics;
using ZoEngine.Cpu.Simd;

namespace ZoEngine;

public sealed unsafe partial class CpuBackend
{
    /// <inheritdoc />
    public void Update(ParameterSet parameters, OptimizerState? state, in UpdateRule rule, ReadOnlySpan<NoiseTerm> restore, in GradientSource gradient)
    {
        parameters.ThrowUnlessIn(Memory, Name);
        ValidateState(parameters, state, rule);
        switch (rule.Kind)
        {
            case UpdateKind.Sgd: UpdateWithRule<SgdRule>(parameters, state, rule, restore, gradient); break;
            case UpdateKind.Sign: UpdateWithRule<SignRule>(parameters, state, rule, restore, gradient); break;
            case UpdateKind.AdaMM: UpdateWithRule<AdaMMRule>(parameters, state, rule, restore, gradient); break;
            case UpdateKind.RmsProp: UpdateWithRule<RmsPropRule>(parameters, state, rule, restore, gradient); break;
            case UpdateKind.RAdaZo: UpdateWithRule<RAdaZoRule>(parameters, state, rule, restore, gradient); break;
            default: throw new ArgumentOutOfRangeException(nameof(rule), rule.Kind, "Unknown update kind.");
        }
    }

    internal static void ValidateState(ParameterSet parameters, OptimizerState? state, in UpdateRule rule)
    {
        bool needM = rule.UsesFirstMoment, needV = rule.UsesSecondMoment;
        if (!needM && !needV)
            return;
        if (state is not null && state.Memory != parameters.Memory)
            throw new ArgumentException($"The optimizer state lives in {state.Memory.Name} memory and the parameters in {parameters.Memory.Name} memory.", nameof(state));
        if (state is null)
            throw new ArgumentNullException(nameof(state), $"The {rule.Kind} update needs optimizer state (m: {needM}, v: {needV}).");
        if ((needM && !state.HasFirstMoment) || (needV && !state.HasSecondMoment))
            throw new ArgumentException($"The {rule.Kind} update needs m: {needM}, v: {needV}; the state has m: {state.HasFirstMoment}, v: {state.HasSecondMoment}.", nameof(state));
        if (state.TensorLengths.Count != parameters.Count)
            throw new ArgumentException($"The state was made for {state.TensorLengths.Count} tensors; the parameter set has {parameters.Count}.", nameof(state));
        for (int i = 0; i < parameters.Count; i++)
        {
            if (state.TensorLengths[i] != parameters[i].Length)
                throw new ArgumentException($"The state of tensor {i} has {state.TensorLengths[i]} elements; '{parameters[i].Name}' has {parameters[i].Length}.", nameof(state));
        }
    }

    private void UpdateWithRule<TRule>(ParameterSet parameters, OptimizerState? state, in UpdateRule rule, ReadOnlySpan<NoiseTerm> restore, in GradientSource gradient)
        where TRule : struct, IUpdateRule
    {
        bool bf16 = state?.Precision == StatePrecision.BFloat16;
        bool m = rule.UsesFirstMoment, v = rule.UsesSecondMoment;
        // The moment stores are type parameters so that the inner loop carries no branch on precision or presence.
        if (bf16)
        {
            if (m && v) UpdateTyped<TRule, BFloat16Moment, BFloat16Moment>(parameters, state, rule, restore, gradient);
            else if (m) UpdateTyped<TRule, BFloat16Moment, NoMoment>(parameters, state, rule, restore, gradient);
            else if (v) UpdateTyped<TRule, NoMoment, BFloat16Moment>(parameters, state, rule, restore, gradient);
            else UpdateTyped<TRule, NoMoment, NoMoment>(parameters, state, rule, restore, gradient);
        }
        else
        {
            if (m && v) UpdateTyped<TRule, Float32Moment, Float32Moment>(parameters, state, rule, restore, gradient);
            else if (m) UpdateTyped<TRule, Float32Moment, NoMoment>(parameters, state, rule, restore, gradient);
            else if (v) UpdateTyped<TRule, NoMoment, Float32Moment>(parameters, state, rule, restore, gradient);
            else UpdateTyped<TRule, NoMoment, NoMoment>(parameters, state, rule, restore, gradient);
        }
    }

    private void UpdateTyped<TRule, TM, TV>(ParameterSet parameters, OptimizerState? state, in UpdateRule rule, ReadOnlySpan<NoiseTerm> restore, in GradientSource gradient)
        where TRule : struct, IUpdateRule where TM : struct, IMomentStore where TV : struct, IMomentStore
    {
        float* r = stackalloc float[ChunkElements];
        float* g = stackalloc float[ChunkElements];
        int cursor = 0;
        int stateSize = state?.Precision == StatePrecision.BFloat16 ? 2 : 4;
        NoiseTerm[]? restoreShared = null, gradientShared = null; // the workers' copies, made once per threaded pass
        for (int ti = 0; ti < parameters.Count; ti++)
        {
            var t = parameters[ti];
            byte* m = (byte*)(rule.UsesFirstMoment ? state!.First(ti) : null);
            byte* v = (byte*)(rule.UsesSecondMoment ? state!.Second(ti) : null);
            // A sparse gradient is consumed in order through one cursor, so it stays on this thread.
            int workers = gradient.IsSparse ? 1 : WorkersFor(t.Length);
            if (workers == 1)
            {
                UpdateRange<TRule, TM, TV>(rule, t, m, v, stateSize, restore, gradient, 0, t.Length, r, g, ref cursor);
                continue;
            }
            restoreShared ??= restore.ToArray();
            gradientShared ??= gradient.Terms.ToArray();
            UpdateParallel<TRule, TM, TV>(rule, t, m, v, stateSize, restoreShared, gradientShared, workers);
        }
    }

    // Its own method: a lambda's captures are allocated where their scope begins, so inside the loop above they would
    // cost an allocation per tensor even on the one-thread path.
    private void UpdateParallel<TRule, TM, TV>(UpdateRule rule, ParameterTensor t, byte* m, byte* v, int stateSize, NoiseTerm[] restore, NoiseTerm[] gradient, int workers)
        where TRule : struct, IUpdateRule where TM : struct, IMomentStore where TV : struct, IMomentStore =>
        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, w =>
        {
            float* ownR = stackalloc float[ChunkElements];
            float* ownG = stackalloc float[ChunkElements];
            var (from, to) = Share(t.Length, workers, w);
            int unused = 0;
            UpdateRange<TRule, TM, TV>(rule, t, m, v, stateSize, restore, new GradientSource(gradient), from, to, ownR, ownG, ref unused);
        });

    /// <summary>
    /// The update pass over elements [from, to) of <paramref name="t"/>, chunk by chunk. // m, v: the tensor's state,
    /// or null; r, g: [ChunkElements]
    /// </summary>
    private void UpdateRange<TRule, TM, TV>(in UpdateRule rule, ParameterTensor t, byte* m, byte* v, int stateSize, ReadOnlySpan<NoiseTerm> restore, in GradientSource gradient, long from, long to, float* r, float* g, ref int cursor)
        where TRule : struct, IUpdateRule where TM : struct, IMomentStore where TV : struct, IMomentStore
    {
        bool hasRestore = !restore.IsEmpty;
        bool sharedZ = hasRestore && restore.Length == 1 && !gradient.IsSparse && gradient.Terms.Length == 1
            && gradient.Terms[0].Seed == restore[0].Seed && gradient.Terms[0].Kind == restore[0].Kind;
        for (long a = from; a < to; a += ChunkElements)
        {
            int n = (int)Math.Min(ChunkElements, to - a);
            if (sharedZ)
            {
                // q = 1: the restore and the gradient are one direction. z once, then r = c_r·z and g = c_g·z are
                // the same single roundings as generating each term (1·z is exact).
                GenerateTerm(Width, new NoiseTerm(restore[0].Seed, 1f, restore[0].Kind), t.Id, a, n, g, NoiseStore.Set);
                ScaleInto(g, r, g, restore[0].Coefficient, gradient.Terms[0].Coefficient, n);
            }
            else
            {
                if (hasRestore)
                    GenerateChunk(restore, t.Id, a, n, r);
                if (gradient.IsSparse)
                    cursor = ScatterChunk(gradient, t.Offset + a, n, g, cursor);
                else if (gradient.Terms.IsEmpty)
                    new Span<float>(g, n).Clear();
                else
                    GenerateChunk(gradient.Terms, t.Id, a, n, g);
            }
            void* mc = m == null ? null : m + a * stateSize;
            void* vc = v == null ? null : v + a * stateSize;
            switch (WidthFor(n))
            {
                case SimdWidth.V512: UpdateChunk<Lanes512, Vector512<uint>, Vector512<float>, TRule, TM, TV>(rule, t.Pointer + a, mc, vc, hasRestore ? r : null, g, n); break;
                case SimdWidth.V256: UpdateChunk<Lanes256, Vector256<uint>, Vector256<float>, TRule, TM, TV>(rule, t.Pointer + a, mc, vc, hasRestore ? r : null, g, n); break;
                case SimdWidth.V128: UpdateChunk<Lanes128, Vector128<uint>, Vector128<float>, TRule, TM, TV>(rule, t.Pointer + a, mc, vc, hasRestore ? r : null, g, n); break;
                default: UpdateChunk<Lanes1, uint, float, TRule, TM, TV>(rule, t.Pointer + a, mc, vc, hasRestore ? r : null, g, n); break;
            }
        }
    }

    /// <summary>r = cr·z and g = cg·z, element by element (z and g may be the same buffer). // z, r, g: [n]</summary>
    private void ScaleInto(float* z, float* r, float* g, float cr, float cg, int n)
    {
        switch (WidthFor(n))
        {
            case SimdWidth.V512: ScaleInto<Lanes512, Vector512<uint>, Vector512<float>>(z, r, g, cr, cg, n); break;
            case SimdWidth.V256: ScaleInto<Lanes256, Vector256<uint>, Vector256<float>>(z, r, g, cr, cg, n); break;
            case SimdWidth.V128: ScaleInto<Lanes128, Vector128<uint>, Vector128<float>>(z, r, g, cr, cg, n); break;
            default: ScaleInto<Lanes1, uint, float>(z, r, g, cr, cg, n); break;
        }
    }

    /// <summary>The last partial vector overlaps the previous one; it reads z before the main loop overwrites g.</summary>
    private static void ScaleInto<TL, TU, TF>(float* z, float* r, float* g, float cr, float cg, int n)
        where TL : struct, ILanes<TU, TF> where TU : struct where TF : struct
    {
        int w = TL.Count;
        int last = n - w;
        TF crv = TL.Splat(cr), cgv = TL.Splat(cg);
        TF tail = TL.Load(z + last);
        int i = 0;
        for (; i <= last; i += w)
        {
            TF zv = TL.Load(z + i);
            TL.Store(r + i, TL.Mul(crv, zv));
            TL.Store(g + i, TL.Mul(cgv, zv));
        }
        if (i < n)
        {
            TL.Store(r + last, TL.Mul(crv, tail));
            TL.Store(g + last, TL.Mul(cgv, tail));
        }
    }

    /// <summary>g[0..n) = the sparse entries whose flat index falls in [flatStart, flatStart + n), zero elsewhere.</summary>
    private static int ScatterChunk(in GradientSource gradient, long flatStart, int n, float* g, int cursor)
    {
        new Span<float>(g, n).Clear();
        var idx = gradient.Indices;
        while (cursor < idx.Length && idx[cursor] < flatStart + n)
        {
            if (idx[cursor] < flatStart)
                throw new ArgumentOutOfRangeException(nameof(gradient), $"Sparse gradient index {idx[cursor]} was not consumed in order.");
            g[idx[cursor] - flatStart] = gradient.Values[cursor];
            cursor++;
        }
        return cursor;
    }

    /// <summary>
    /// One chunk of the update pass. // theta, r, g: [n]; m, v: [n] of the state's element type, or null
    /// The last partial vector overlaps the previous one and is computed from the original θ, m, v before the main loop.
    /// </summary>
    private static void UpdateChunk<TL, TU, TF, TRule, TM, TV>(in UpdateRule rule, float* theta, void* m, void* v, float* r, float* g, int n)
        where TL : struct, ILanes<TU, TF> where TU : struct where TF : struct
        where TRule : struct, IUpdateRule where TM : struct, IMomentStore where TV : struct, IMomentStore
    {
        var k = RuleConstants.Create<TL, TU, TF>(rule);
        int w = TL.Count;
        int last = n - w;
        TF tailTheta = TL.Load(theta + last);
        TF tailM = TM.Load<TL, TU, TF>(m, last);
        TF tailV = TV.Load<TL, TU, TF>(v, last);
        Step<TL, TU, TF, TRule>(k, ref tailTheta, r, g, last, ref tailM, ref tailV);
        int i = 0;
        for (; i <= last; i += w)
        {
            TF th = TL.Load(theta + i);
            TF mm = TM.Load<TL, TU, TF>(m, i);
            TF vv = TV.Load<TL, TU, TF>(v, i);
            Step<TL, TU, TF, TRule>(k, ref th, r, g, i, ref mm, ref vv);
            TL.Store(theta + i, th);
            TM.Store<TL, TU, TF>(m, i, mm);
            TV.Store<TL, TU, TF>(v, i, vv);
        }
        if (i < n)
        {
            TL.Store(theta + last, tailTheta);
            TM.Store<TL, TU, TF>(m, last, tailM);
            TV.Store<TL, TU, TF>(v, last, tailV);
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static void Step<TL, TU, TF, TRule>(in RuleConstants<TF> k, ref TF theta, float* r, float* g, int i, ref TF m, ref TF v)
        where TL : struct, ILanes<TU, TF> where TU : struct where TF : struct where TRule : struct, IUpdateRule
    {
        if (r != null)
            theta = TL.Add(theta, TL.Load(r + i));
        TF gv = TL.Load(g + i);
        if (k.HasWeightDecay)
            gv = TL.Fma(k.WeightDecay, theta, gv);
        TRule.Apply<TL, TU, TF>(k, ref theta, gv, ref m, ref v);
    }
}
