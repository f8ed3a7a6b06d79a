// zo_nn.cu: the tensor ops of ZoEngine.Nn (its INnOps boundary) on the device: bias rows and column sums, the
// elementwise sums, activations and their derivatives, softmax cross-entropy, HZO's probe rows and their contraction,
// a GEMM, and the dense SGD/Adam steps with the non-finite gradient check before them. Each kernel repeats the scalar
// loop of the CPU op (CpuNnOps, SoftmaxMath, ReferenceGemm, DenseSgd, DenseAdam) operation for operation, every
// binary32 operation through one zo_* helper (correctly rounded, no contraction), so the results are its bits; the
// exceptions are the transcendental functions (erfc, exp, tanh in binary64 for GELU and tanh; expf and logf for the
// softmax), whose device library may differ from the host's by an ulp or two (docs/kernels.md).
// Launch: 1-D. The elementwise kernels stride over elements; the row kernels take a block per row or a thread per
// column, probe pair or softmax row; all accept any grid and blocks of 32..256 threads. zo_nn_gemm needs blocks of
// exactly 256 threads (one 16×16 output tile per block at a time).
// Compiled by kernels/build-ptx.sh:
//   nvcc -ptx -arch=compute_80 --fmad=false -O3 -ccbin clang-14 -Ikernels kernels/zo_nn.cu -o kernels/ptx/zo_nn.ptx
// Deterministic: every output element is computed by one thread from its own inputs, sums in a fixed ascending order;
// the only atomic (zo_nn_find_nonfinite) is an integer minimum, which does not depend on the order of the threads.
#include "zo_device.cuh"

// The column count of a GEMM tile and the rows of one; a block of ZO_NN_TILE² threads computes one tile at a time.
#define ZO_NN_TILE 16

// IEEE 754:2019 maximum, as .NET's float.Max: a NaN operand gives NaN, and +0 is larger than −0.
ZO_D float zo_nn_max(float a, float b)
{
    if (a != b)
    {
        if (a == a)
            return b < a ? a : b;
        return a;
    }
    return (__float_as_uint(b) >> 31) != 0 ? a : b;
}

// ---- rows and columns ----------------------------------------------------------------------------------------------

// A block per row (grid-stride over rows), its threads across the columns: coalesced, and no division per element.
extern "C" __global__ void __launch_bounds__(256) zo_nn_add_row_vector(ZoNnMatrixRowArgs args)
{
    for (int r = blockIdx.x; r < args.rows; r += gridDim.x)
    {
        float* y = args.matrix + (long long)r * args.cols;
        for (int c = threadIdx.x; c < args.cols; c += blockDim.x)
            y[c] = zo_add(y[c], __ldg(args.row + c));
    }
}
ZO_REGISTER_KERNEL(zo_nn_add_row_vector, ZoNnMatrixRowArgs);

// A thread per column summing down the rows in order (the CPU's s[c] += row[c], row by row); a warp reads 32
// consecutive columns of a row at a time.
extern "C" __global__ void __launch_bounds__(256) zo_nn_column_sums(ZoNnMatrixRowArgs args)
{
    for (long long c = zo_first_index(); c < args.cols; c += zo_grid_stride())
    {
        float s = args.row[c];
        const float* x = args.matrix + c;
        for (int r = 0; r < args.rows; ++r)
            s = zo_add(s, __ldg(x + (long long)r * args.cols));
        args.row[c] = s;
    }
}
ZO_REGISTER_KERNEL(zo_nn_column_sums, ZoNnMatrixRowArgs);

// ---- elementwise -----------------------------------------------------------------------------------------------------
// Outputs may alias inputs, so inputs are read with plain loads (the read-only cache path of __ldg requires memory
// that the kernel does not write).

extern "C" __global__ void __launch_bounds__(256) zo_nn_add(ZoNnAddArgs args)
{
    for (long long i = zo_first_index(); i < args.count; i += zo_grid_stride())
        args.out[i] = zo_add(args.a[i], args.b[i]);
}
ZO_REGISTER_KERNEL(zo_nn_add, ZoNnAddArgs);

extern "C" __global__ void __launch_bounds__(256) zo_nn_add_scalar(ZoNnAddArgs args)
{
    for (long long i = zo_first_index(); i < args.count; i += zo_grid_stride())
        args.out[i] = zo_add(args.a[i], args.value);
}
ZO_REGISTER_KERNEL(zo_nn_add_scalar, ZoNnAddArgs);

extern "C" __global__ void __launch_bounds__(256) zo_nn_central_difference(ZoNnCentralDifferenceArgs args)
{
    const float twoH = zo_add(args.h, args.h);
    for (long long i = zo_first_index(); i < args.count; i += zo_grid_stride())
        args.dZ[i] = zo_mul(args.dA[i], zo_div(zo_sub(args.plus[i], args.minus[i]), twoH));
}
ZO_REGISTER_KERNEL(zo_nn_central_difference, ZoNnCentralDifferenceArgs);

// GELU's constants in binary64, as ZoEngine.Nn's ActivationMath.
#define ZO_NN_INV_SQRT2 0.70710678118654752440
#define ZO_NN_INV_SQRT2PI 0.39894228040143267794

// σ(z). ReLU is z ≤ 0 ? +0 : z, which keeps a NaN and maps −0 to +0 (float.Max(z, 0)); GELU and tanh are evaluated
// in binary64 and rounded once. (--fmad=false keeps the binary64 products separate, as the host's
// -ffp-contract=off does.)
ZO_D float zo_nn_activation(int kind, float z)
{
    switch (kind)
    {
    case ZO_NN_RELU:
        return z <= 0.0f ? 0.0f : z;
    case ZO_NN_GELU:
    {
        double x = (double)z;
        return (float)(x * (0.5 * erfc(-x * ZO_NN_INV_SQRT2)));
    }
    case ZO_NN_TANH:
        return (float)tanh((double)z);
    default:
        return z;
    }
}

extern "C" __global__ void __launch_bounds__(256) zo_nn_activate(ZoNnActivationArgs args)
{
    const int kind = args.kind;
    for (long long i = zo_first_index(); i < args.count; i += zo_grid_stride())
        args.a[i] = zo_nn_activation(kind, args.z[i]);
}
ZO_REGISTER_KERNEL(zo_nn_activate, ZoNnActivationArgs);

// dA·σ'(z). ReLU passes dA where z > 0, a NaN z through, and +0 elsewhere; GELU's slope Φ(z) + z·φ(z) and its product
// with dA are binary64, rounded once; tanh uses a = tanh z: dA·(1 − a·a) in binary32, bit for bit the CPU's.
ZO_D float zo_nn_activation_derivative(int kind, float z, float a, float dA)
{
    switch (kind)
    {
    case ZO_NN_RELU:
        return z > 0.0f ? dA : (z != z ? z : 0.0f);
    case ZO_NN_GELU:
    {
        double x = (double)z;
        double slope = 0.5 * erfc(-x * ZO_NN_INV_SQRT2) + x * ZO_NN_INV_SQRT2PI * exp(-0.5 * x * x);
        return (float)((double)dA * slope);
    }
    case ZO_NN_TANH:
        return zo_mul(dA, zo_sub(1.0f, zo_mul(a, a)));
    default:
        return dA;
    }
}

extern "C" __global__ void __launch_bounds__(256) zo_nn_activation_backward(ZoNnActivationArgs args)
{
    const int kind = args.kind;
    for (long long i = zo_first_index(); i < args.count; i += zo_grid_stride())
        args.dZ[i] = zo_nn_activation_derivative(kind, args.z[i], args.a[i], args.dA[i]);
}
ZO_REGISTER_KERNEL(zo_nn_activation_backward, ZoNnActivationArgs);

// ---- softmax cross-entropy -------------------------------------------------------------------------------------------

// A thread per row: SoftmaxMath.Loss takes the max and the sum in column order, and classes are few (10 to 1000), so
// the row's sequential walk is the specification rather than a cost worth parallelising.
extern "C" __global__ void __launch_bounds__(256) zo_nn_softmax_xent(ZoNnSoftmaxArgs args)
{
    const int classes = args.classes;
    for (long long r = zo_first_index(); r < args.rows; r += zo_grid_stride())
    {
        const float* row = args.logits + r * classes;
        float* d = args.dLogits != nullptr ? args.dLogits + r * classes : nullptr;
        int label = __ldg(args.labels + r);
        if ((unsigned int)label >= (unsigned int)classes)
        {
            // The host checks labels before it uploads them; a stray one must not read outside the row.
            args.losses[r] = __uint_as_float(0x7FC00000u);
            if (d != nullptr)
                for (int c = 0; c < classes; ++c)
                    d[c] = __uint_as_float(0x7FC00000u);
            continue;
        }
        float top = __ldg(row);
        for (int c = 1; c < classes; ++c)
            top = zo_nn_max(top, __ldg(row + c));
        float sum = 0.0f;
        for (int c = 0; c < classes; ++c)
            sum = zo_add(sum, expf(zo_sub(__ldg(row + c), top)));
        args.losses[r] = zo_sub(zo_add(logf(sum), top), __ldg(row + label));
        if (d != nullptr)
        {
            for (int c = 0; c < classes; ++c)
            {
                float p = zo_div(expf(zo_sub(__ldg(row + c), top)), sum);
                d[c] = zo_mul(c == label ? zo_sub(p, 1.0f) : p, args.invBatch);
            }
        }
    }
}
ZO_REGISTER_KERNEL(zo_nn_softmax_xent, ZoNnSoftmaxArgs);

// ---- HZO probe rows --------------------------------------------------------------------------------------------------

// anchor[s, m] ± h for row g of the probe layout; *m and *s receive the coordinate and the sample.
ZO_D float zo_nn_probe_decode(const ZoNnProbeArgs& args, int r, int* s, int* m)
{
    const int perSample = 2 * args.width;
    int g = args.firstProbe + r;
    *s = g / perSample;
    int within = g - *s * perSample;
    *m = within >> 1;
    float am = __ldg(args.anchor + (long long)*s * args.width + *m);
    return (within & 1) == 0 ? zo_add(am, args.h) : zo_sub(am, args.h);
}

// A block per probe row (grid-stride over rows), as zo_probe_jacobian_batched: the row is decoded once and the block's
// threads copy the anchor row, coalesced.
extern "C" __global__ void __launch_bounds__(256) zo_nn_probe_inputs(ZoNnProbeArgs args)
{
    for (int r = blockIdx.x; r < args.count; r += gridDim.x)
    {
        int s, m;
        float shifted = zo_nn_probe_decode(args, r, &s, &m);
        const float* a = args.anchor + (long long)s * args.width;
        float* p = args.probes + (long long)r * args.width;
        for (int c = threadIdx.x; c < args.width; c += blockDim.x)
            p[c] = c == m ? shifted : __ldg(a + c);
    }
}
ZO_REGISTER_KERNEL(zo_nn_probe_inputs, ZoNnProbeArgs);

extern "C" __global__ void __launch_bounds__(256) zo_nn_probe_skip(ZoNnProbeArgs args)
{
    for (int r = blockIdx.x; r < args.count; r += gridDim.x)
    {
        int s, m;
        float shifted = zo_nn_probe_decode(args, r, &s, &m);
        const float* a = args.anchor + (long long)s * args.width;
        float* p = args.probes + (long long)r * args.width;
        for (int c = threadIdx.x; c < args.width; c += blockDim.x)
            p[c] = zo_add(p[c], c == m ? shifted : __ldg(a + c));
    }
}
ZO_REGISTER_KERNEL(zo_nn_probe_skip, ZoNnProbeArgs);

// A thread per coordinate pair, summing over the outputs in order (CpuNnOps.ProbeContract). Each pair writes its own
// δ_in element, so there is no race and no atomic.
extern "C" __global__ void __launch_bounds__(256) zo_nn_probe_contract(ZoNnProbeContractArgs args)
{
    const int perSample = 2 * args.width;
    const int classes = args.classes;
    const float twoH = zo_add(args.h, args.h);
    for (long long pair = zo_first_index(); pair < args.count / 2; pair += zo_grid_stride())
    {
        int r = (int)(2 * pair);
        int g = args.firstProbe + r;
        int s = g / perSample;
        int m = (g - s * perSample) >> 1;
        const float* plus = args.outputs + (long long)r * classes;
        const float* minus = plus + classes;
        const float* target = args.deltaOut + (long long)s * classes;
        float sum = 0.0f;
        for (int c = 0; c < classes; ++c)
            sum = zo_add(sum, zo_mul(zo_sub(__ldg(plus + c), __ldg(minus + c)), __ldg(target + c)));
        args.deltaIn[(long long)s * args.width + m] = zo_div(sum, twoH);
    }
}
ZO_REGISTER_KERNEL(zo_nn_probe_contract, ZoNnProbeContractArgs);

// ---- GEMM ------------------------------------------------------------------------------------------------------------

// Element (row, col) of op(X) for a row-major X with leading dimension ld (ReferenceGemm.At).
ZO_D float zo_nn_at(const float* x, int trans, int row, int col, int ld)
{
    return trans == 0 ? __ldg(x + (long long)row * ld + col) : __ldg(x + (long long)col * ld + row);
}

// 16×16 output tiles, grid-stride over tiles; per tile the block stages 16×16 slices of op(A) and op(B) in shared
// memory, 16 values of p at a time, so each value is read from global memory once per tile instead of 16 times. Every
// thread keeps its output's sum in a register and adds the products in ascending p, exactly the p < k of the
// reference (the zero padding of a partial slice is never added). The cuBLAS path is faster; this one is
// ReferenceGemm's bits.
extern "C" __global__ void __launch_bounds__(256) zo_nn_gemm(ZoNnGemmArgs args)
{
    __shared__ float as[ZO_NN_TILE][ZO_NN_TILE + 1];   // [i, p]; +1: the column-wise stores do not share a bank
    __shared__ float bs[ZO_NN_TILE][ZO_NN_TILE + 1];   // [p, j]
    const int tx = threadIdx.x % ZO_NN_TILE;   // column j of the output tile
    const int ty = threadIdx.x / ZO_NN_TILE;   // row i of the output tile
    // The slice element a thread loads: consecutive threads take consecutive addresses of the stored matrix, i.e. run
    // along p for A and along i for Aᵀ, along j for B and along p for Bᵀ.
    const int ai = args.transA == 0 ? ty : tx, ap = args.transA == 0 ? tx : ty;
    const int bp = args.transB == 0 ? ty : tx, bj = args.transB == 0 ? tx : ty;
    const int tilesN = (args.n + ZO_NN_TILE - 1) / ZO_NN_TILE;
    const long long tiles = (long long)((args.m + ZO_NN_TILE - 1) / ZO_NN_TILE) * tilesN;
    for (long long t = blockIdx.x; t < tiles; t += gridDim.x)
    {
        const int i0 = (int)(t / tilesN) * ZO_NN_TILE;
        const int j0 = (int)(t % tilesN) * ZO_NN_TILE;
        const int i = i0 + ty, j = j0 + tx;
        float sum = 0.0f;
        for (int p0 = 0; p0 < args.k; p0 += ZO_NN_TILE)
        {
            const int depth = min(ZO_NN_TILE, args.k - p0);
            as[ai][ap] = i0 + ai < args.m && p0 + ap < args.k ? zo_nn_at(args.a, args.transA, i0 + ai, p0 + ap, args.lda) : 0.0f;
            bs[bp][bj] = p0 + bp < args.k && j0 + bj < args.n ? zo_nn_at(args.b, args.transB, p0 + bp, j0 + bj, args.ldb) : 0.0f;
            __syncthreads();
            for (int p = 0; p < depth; ++p)
                sum = zo_add(sum, zo_mul(as[ty][p], bs[p][tx]));
            __syncthreads();
        }
        if (i < args.m && j < args.n)
        {
            float* c = args.c + (long long)i * args.ldc + j;
            float scaled = zo_mul(args.alpha, sum);
            *c = args.beta == 0.0f ? scaled : zo_add(scaled, zo_mul(args.beta, *c));
        }
    }
}
ZO_REGISTER_KERNEL(zo_nn_gemm, ZoNnGemmArgs);

// ---- dense optimizers ------------------------------------------------------------------------------------------------

extern "C" __global__ void __launch_bounds__(256) zo_nn_sgd(ZoNnSgdArgs args)
{
    for (long long i = zo_first_index(); i < args.count; i += zo_grid_stride())
    {
        float theta = args.theta[i];
        float d = zo_add(__ldg(args.gradient + i), zo_mul(args.weightDecay, theta));
        if (args.velocity != nullptr)
        {
            d = args.first != 0 ? d : zo_add(zo_mul(args.momentum, args.velocity[i]), d);
            args.velocity[i] = d;
        }
        args.theta[i] = zo_sub(theta, zo_mul(args.learningRate, d));
    }
}
ZO_REGISTER_KERNEL(zo_nn_sgd, ZoNnSgdArgs);

extern "C" __global__ void __launch_bounds__(256) zo_nn_adam(ZoNnAdamArgs args)
{
    for (long long i = zo_first_index(); i < args.count; i += zo_grid_stride())
    {
        float theta = args.theta[i];
        float g = zo_add(__ldg(args.gradient + i), zo_mul(args.weightDecay, theta));
        float m = zo_add(zo_mul(args.beta1, args.m[i]), zo_mul(args.c1, g));
        float v = zo_add(zo_mul(args.beta2, args.v[i]), zo_mul(zo_mul(args.c2, g), g));
        args.m[i] = m;
        args.v[i] = v;
        float denominator = zo_add(zo_mul(zo_sqrt(v), args.invSqrtCorrection2), args.epsilon);
        args.theta[i] = zo_sub(theta, zo_div(zo_mul(args.stepSize, m), denominator));
    }
}
ZO_REGISTER_KERNEL(zo_nn_adam, ZoNnAdamArgs);

// A thread's indices ascend, so its first non-finite element is its smallest; it stops there and offers it to the
// integer minimum. Exponent bits all ones is exactly NaN or ±∞.
extern "C" __global__ void __launch_bounds__(256) zo_nn_find_nonfinite(ZoNnFindNonFiniteArgs args)
{
    for (long long i = zo_first_index(); i < args.count; i += zo_grid_stride())
    {
        if ((__float_as_uint(__ldg(args.x + i)) & 0x7F800000u) == 0x7F800000u)
        {
            atomicMin(args.result, (unsigned long long)i);
            return;
        }
    }
}
ZO_REGISTER_KERNEL(zo_nn_find_nonfinite, ZoNnFindNonFiniteArgs);
