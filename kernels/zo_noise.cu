// zo_noise.cu: the noise primitives of DESIGN §3 over a whole ParameterSet, regenerating z from seeds (docs/noise.md):
//   zo_noise_combine       θ += Σ_k c_k z(s_k)               (perturb, restore, and plain ZO-SGD updates)
//   zo_noise_fill          θ = scale · z(seed)
//   zo_noise_sqnorm_fixed  *result += Σ_j (long long)(int)(z_j·z_j·2²⁴)   (the deterministic ‖z‖² of docs/noise.md §7)
// Launch: 1-D grid, blockDim.x a multiple of 32; any grid size (grid-stride loop over groups of 4 elements, one Philox
// call per group and term). combine and fill take at most 256 threads per block (__launch_bounds__(256)); sqnorm takes
// up to 1024. Any of them is correct at every block size its bound admits.
// Compiled by kernels/build-ptx.sh:
//   nvcc -ptx -arch=compute_80 --fmad=false -O3 -ccbin clang-14 -Ikernels kernels/zo_noise.cu -o kernels/ptx/zo_noise.ptx
// Deterministic: every element is a pure function of (seed, tensor id, index) and of its own θ, computed with the
// operations of CpuBackend in the same order, so the bits equal the C# backends' for any launch shape. The squared
// norm sums integers with 64-bit atomics, which are order-independent, so it equals CpuBackend.NoiseSquaredNormFixed
// exactly whatever the grid.
#include "zo_device.cuh"

extern "C" __global__ void __launch_bounds__(256) zo_noise_combine(ZoCombineArgs args)
{
    if (args.terms.count <= 0) // an empty list leaves θ untouched, as CpuBackend.Combine returns early
        return;
    __shared__ ZoTerm terms[ZO_INLINE_TERMS];
    zo_stage_terms(args.terms, terms);
    __syncthreads();
    ZoCursor c = zo_cursor();
    for (long long group = zo_first_index(); group < args.table.groupCount; group += zo_grid_stride())
    {
        zo_seek(args.table, group, c);
        long long block = group - c.first, j = block * 4;
        int n = c.length - j < 4 ? (int)(c.length - j) : 4;
        float acc[4], theta[4];
        zo_combine_group(terms, args.terms.overflow, args.terms.count, c.id, (unsigned long long)block, acc);
        zo_load_f32(c.theta + j, n, theta);
        ZO_UNROLL
        for (int i = 0; i < 4; ++i)
            theta[i] = zo_add(theta[i], acc[i]);
        zo_store_f32(c.theta + j, n, theta);
    }
}
ZO_REGISTER_KERNEL(zo_noise_combine, ZoCombineArgs);

// CpuBackend.Fill generates the one-term combination (seed, scale): θ = scale·z, one multiplication.
extern "C" __global__ void __launch_bounds__(256) zo_noise_fill(ZoFillArgs args)
{
    ZoCursor c = zo_cursor();
    for (long long group = zo_first_index(); group < args.table.groupCount; group += zo_grid_stride())
    {
        zo_seek(args.table, group, c);
        long long block = group - c.first, j = block * 4;
        int n = c.length - j < 4 ? (int)(c.length - j) : 4;
        float z[4];
        zo_noise_group(args.kind, args.seed, c.id, (unsigned long long)block, z);
        ZO_UNROLL
        for (int i = 0; i < 4; ++i)
            z[i] = zo_mul(args.scale, z[i]);
        zo_store_f32(c.theta + j, n, z);
    }
}
ZO_REGISTER_KERNEL(zo_noise_fill, ZoFillArgs);

// One term per element: trunc(fl(z·z)·2²⁴) as a 32-bit integer (CpuBackend.NoiseSquaredNormFixed generates z as the
// one-term combination 1·z, which is z itself). |z| ≤ 5.77, so a term is < 33.3·2²⁴ < 2³¹; the C# side refuses sets
// of more than 2³⁴ elements, so the 64-bit sum cannot overflow. Only θ's layout is read: the kernel touches no θ.
extern "C" __global__ void __launch_bounds__(1024) zo_noise_sqnorm_fixed(ZoSquaredNormArgs args)
{
    __shared__ unsigned long long scratch[32];
    ZoCursor c = zo_cursor();
    long long sum = 0;
    for (long long group = zo_first_index(); group < args.table.groupCount; group += zo_grid_stride())
    {
        zo_seek(args.table, group, c);
        long long block = group - c.first, j = block * 4;
        int n = c.length - j < 4 ? (int)(c.length - j) : 4;
        float z[4];
        zo_noise_group(args.kind, args.seed, c.id, (unsigned long long)block, z);
        ZO_UNROLL
        for (int i = 0; i < 4; ++i)
        {
            if (i < n)
                sum += (long long)(int)zo_mul(zo_mul(z[i], z[i]), 16777216.0f); // ·2²⁴ is exact
        }
    }
    unsigned long long total = zo_block_sum((unsigned long long)sum, scratch);
    if (threadIdx.x == 0)
        atomicAdd(args.result, total);
}
ZO_REGISTER_KERNEL(zo_noise_sqnorm_fixed, ZoSquaredNormArgs);
