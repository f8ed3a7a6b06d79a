// zo_update.cu: the fused update pass of docs/optimizers.md: one read and one write of (θ, m, v) per element that applies
// the pending restore combination, weight decay and the optimizer rule, regenerating the gradient's noise from seeds.
// One template, instantiated per rule and state precision:
//   zo_update_sgd_f32 / _bf16       ZO-SGD; m (float / bf16) only when args.momentum ≠ 0, else m is never touched
//   zo_update_sign                  ZO-signSGD (no state)
//   zo_update_adamm_f32 / _bf16     ZO-AdaMM
//   zo_update_rmsprop_f32 / _bf16   ZO-RMSProp (v only)
//   zo_update_radazo_f32 / _bf16    R-AdaZO
// Launch: 1-D grid of blocks of at most 256 threads (__launch_bounds__(256)), blockDim.x a multiple of 32, any grid
// size: a grid-stride loop over groups of 4 elements.
// Compiled by kernels/build-ptx.sh:
//   nvcc -ptx -arch=compute_80 --fmad=false -O3 -ccbin clang-14 -Ikernels kernels/zo_update.cu -o kernels/ptx/zo_update.ptx
// Deterministic: each element depends only on its own (θ, m, v), the term lists and the sparse gradient, through the
// operations of src/ZoEngine/Cpu/Reference/UpdateReference.Element in the same order, so the bits equal the C#
// backends' for any launch shape.
#include "zo_device.cuh"

// The rule's constants, derived once per thread exactly as the C# derives them once per pass (RuleConstants).
struct ZoRule
{
    float negLr;          // −η: a sign flip, exact
    float momentum;
    float weightDecay;
    float beta1, oneMinusBeta1;  // 1 − β1 rounded once, as UpdateRule's (1f − Beta1)
    float beta2, oneMinusBeta2;
    float epsilon;
    bool epsilonInside;
};

// D(v) = √v + ζ, or √(v + ζ) with the R-AdaZO paper's placement.
ZO_D float zo_denominator(const ZoRule& k, float v)
{
    return k.epsilonInside ? zo_sqrt(zo_add(v, k.epsilon)) : zo_add(zo_sqrt(v), k.epsilon);
}

// One element after restore and weight decay: UpdateReference.Element's switch. `hasMomentum` is SGD's m ≠ 0 test.
template <int Rule>
ZO_D void zo_rule(const ZoRule& k, bool hasMomentum, float& theta, float g, float& m, float& v)
{
    if (Rule == ZO_UPDATE_SGD)
    {
        float d = g;
        if (hasMomentum)
        {
            m = zo_fma(k.momentum, m, g);
            d = m;
        }
        theta = zo_fma(k.negLr, d, theta);
    }
    else if (Rule == ZO_UPDATE_SIGN)
    {
        float s = g > 0.0f ? 1.0f : g < 0.0f ? -1.0f : 0.0f; // NaN and ±0 give 0, as UpdateReference.Sign
        theta = zo_fma(k.negLr, s, theta);
    }
    else if (Rule == ZO_UPDATE_ADAMM)
    {
        m = zo_fma(k.beta1, m, zo_mul(k.oneMinusBeta1, g));
        v = zo_fma(k.beta2, v, zo_mul(k.oneMinusBeta2, zo_mul(g, g)));
        theta = zo_fma(k.negLr, zo_div(m, zo_denominator(k, v)), theta);
    }
    else if (Rule == ZO_UPDATE_RMSPROP)
    {
        v = zo_fma(k.beta2, v, zo_mul(k.oneMinusBeta2, zo_mul(g, g)));
        theta = zo_fma(k.negLr, zo_div(g, zo_denominator(k, v)), theta);
    }
    else // ZO_UPDATE_RADAZO: v follows the new, unrounded m (m², not g²)
    {
        m = zo_fma(k.beta1, m, zo_mul(k.oneMinusBeta1, g));
        v = zo_fma(k.beta2, v, zo_mul(k.oneMinusBeta2, zo_mul(m, m)));
        theta = zo_fma(k.negLr, zo_div(m, zo_denominator(k, v)), theta);
    }
}

// g at flat indices flat .. flat+n−1 from the sparse list (strictly ascending indices): zero where no entry matches.
// One binary search per group finds the first entry ≥ flat; the group's entries follow it.
ZO_D void zo_sparse_group(const long long* indices, const float* values, long long count, long long flat, int n, float g[4])
{
    long long lo = 0, hi = count;
    while (lo < hi)
    {
        long long mid = (lo + hi) >> 1;
        if (__ldg(indices + mid) < flat)
            lo = mid + 1;
        else
            hi = mid;
    }
    ZO_UNROLL
    for (int i = 0; i < 4; ++i)
    {
        g[i] = 0.0f;
        if (i < n && lo < count && __ldg(indices + lo) == flat + i)
        {
            g[i] = __ldg(values + lo);
            ++lo;
        }
    }
}

template <bool Bf16>
ZO_D void zo_load_moment(const void* p, int n, float x[4])
{
    if (Bf16)
        zo_load_bf16(static_cast<const unsigned short*>(p), n, x);
    else
        zo_load_f32(static_cast<const float*>(p), n, x);
}

template <bool Bf16>
ZO_D void zo_store_moment(void* p, int n, const float x[4])
{
    if (Bf16)
        zo_store_bf16(static_cast<unsigned short*>(p), n, x);
    else
        zo_store_f32(static_cast<float*>(p), n, x);
}

// The pass. staged: [2 · ZO_INLINE_TERMS] in shared memory, restore terms then gradient terms.
template <int Rule, bool Bf16>
ZO_D void zo_update(const ZoUpdateArgs& args, ZoTerm* staged)
{
    ZoTerm* restoreTerms = staged;
    ZoTerm* gradientTerms = staged + ZO_INLINE_TERMS;
    zo_stage_terms(args.restore, restoreTerms);
    zo_stage_terms(args.gradient, gradientTerms);
    __syncthreads();

    ZoRule k;
    k.negLr = -args.learningRate;
    k.momentum = args.momentum;
    k.weightDecay = args.weightDecay;
    k.beta1 = args.beta1;
    k.oneMinusBeta1 = zo_sub(1.0f, args.beta1);
    k.beta2 = args.beta2;
    k.oneMinusBeta2 = zo_sub(1.0f, args.beta2);
    k.epsilon = args.epsilon;
    k.epsilonInside = args.epsilonInsideSqrt != 0;
    // UpdateRule.UsesFirstMoment / UsesSecondMoment: which buffers exist and are read and written.
    const bool hasMomentum = Rule == ZO_UPDATE_SGD && args.momentum != 0.0f;
    const bool usesM = Rule == ZO_UPDATE_ADAMM || Rule == ZO_UPDATE_RADAZO || hasMomentum;
    const bool usesV = Rule == ZO_UPDATE_ADAMM || Rule == ZO_UPDATE_RMSPROP || Rule == ZO_UPDATE_RADAZO;
    const bool hasRestore = args.restore.count > 0;
    const bool hasWeightDecay = args.weightDecay != 0.0f;
    // The q = 1 step of an adaptive optimizer restores along the direction it then steps along (same seed and kind).
    const bool sharedZ = args.restore.count == 1 && args.gradient.count == 1 && args.sparseCount < 0
        && restoreTerms[0].seed == gradientTerms[0].seed && restoreTerms[0].kind == gradientTerms[0].kind;
    const int bytes = Bf16 ? 2 : 4;

    ZoCursor c = zo_cursor();
    for (long long group = zo_first_index(); group < args.table.groupCount; group += zo_grid_stride())
    {
        zo_seek(args.table, group, c);
        long long block = group - c.first, j = block * 4;
        int n = c.length - j < 4 ? (int)(c.length - j) : 4;
        float theta[4], g[4], m[4] = {0.0f, 0.0f, 0.0f, 0.0f}, v[4] = {0.0f, 0.0f, 0.0f, 0.0f};
        void* mp = usesM ? static_cast<char*>(c.m) + j * bytes : nullptr; // no arithmetic on an absent buffer's null
        void* vp = usesV ? static_cast<char*>(c.v) + j * bytes : nullptr;
        zo_load_f32(c.theta + j, n, theta);
        if (usesM)
            zo_load_moment<Bf16>(mp, n, m);
        if (usesV)
            zo_load_moment<Bf16>(vp, n, v);
        if (sharedZ)
        {
            // q = 1: one z serves the restore and the gradient. c·z is the single rounding zo_combine_group makes
            // for a one-term list, so the bits are those of generating the direction twice.
            float z[4];
            zo_noise_group(restoreTerms[0].kind, restoreTerms[0].seed, c.id, (unsigned long long)block, z);
            ZO_UNROLL
            for (int i = 0; i < 4; ++i)
            {
                theta[i] = zo_add(theta[i], zo_mul(restoreTerms[0].coefficient, z[i]));
                g[i] = zo_mul(gradientTerms[0].coefficient, z[i]);
            }
        }
        else if (hasRestore)
        {
            float r[4];
            zo_combine_group(restoreTerms, args.restore.overflow, args.restore.count, c.id, (unsigned long long)block, r);
            ZO_UNROLL
            for (int i = 0; i < 4; ++i)
                theta[i] = zo_add(theta[i], r[i]);
        }
        if (!sharedZ) // otherwise g was written with the restore above
        {
            if (args.sparseCount >= 0)
                zo_sparse_group(args.sparseIndices, args.sparseValues, args.sparseCount, c.offset + j, n, g);
            else if (args.gradient.count > 0)
                zo_combine_group(gradientTerms, args.gradient.overflow, args.gradient.count, c.id, (unsigned long long)block, g);
            else
                g[0] = g[1] = g[2] = g[3] = 0.0f;
        }
        ZO_UNROLL
        for (int i = 0; i < 4; ++i)
        {
            float gi = hasWeightDecay ? zo_fma(k.weightDecay, theta[i], g[i]) : g[i];
            zo_rule<Rule>(k, hasMomentum, theta[i], gi, m[i], v[i]);
        }
        zo_store_f32(c.theta + j, n, theta);
        if (usesM)
            zo_store_moment<Bf16>(mp, n, m);
        if (usesV)
            zo_store_moment<Bf16>(vp, n, v);
    }
}

// One kernel per (rule, state precision), so each carries only its own rule's code and registers. The names are
// what the C# side looks up (src/ZoEngine.Cuda/Kernels/KernelArgs.cs).
#define ZO_UPDATE_KERNEL(name, rule, bf16)                                          \
    extern "C" __global__ void __launch_bounds__(256) name(ZoUpdateArgs args)     \
    {                                                                             \
        __shared__ ZoTerm terms[2 * ZO_INLINE_TERMS];                             \
        zo_update<rule, bf16>(args, terms);                                       \
    }                                                                             \
    ZO_REGISTER_KERNEL(name, ZoUpdateArgs)

ZO_UPDATE_KERNEL(zo_update_sgd_f32, ZO_UPDATE_SGD, false);
ZO_UPDATE_KERNEL(zo_update_sgd_bf16, ZO_UPDATE_SGD, true);
// signSGD keeps no state, so it has no precision variants.
ZO_UPDATE_KERNEL(zo_update_sign, ZO_UPDATE_SIGN, false);
ZO_UPDATE_KERNEL(zo_update_adamm_f32, ZO_UPDATE_ADAMM, false);
ZO_UPDATE_KERNEL(zo_update_adamm_bf16, ZO_UPDATE_ADAMM, true);
ZO_UPDATE_KERNEL(zo_update_rmsprop_f32, ZO_UPDATE_RMSPROP, false);
ZO_UPDATE_KERNEL(zo_update_rmsprop_bf16, ZO_UPDATE_RMSPROP, true);
ZO_UPDATE_KERNEL(zo_update_radazo_f32, ZO_UPDATE_RADAZO, false);
ZO_UPDATE_KERNEL(zo_update_radazo_bf16, ZO_UPDATE_RADAZO, true);
