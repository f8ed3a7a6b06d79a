// zo_reduce.cu: zo_reduce_sum_fixed, the deterministic sum of per-sample values (losses) in fixed point:
//   result[0] += Σ_i (long long)trunc(x_i·scale)   over the x_i with |x_i·scale| < 2⁶²
//   result[1] += the number of x_i that are not finite or whose |x_i·scale| ≥ 2⁶² (the caller then refuses the sum)
// scale is a power of two, so x_i·scale is exact (below 1 in magnitude it may round, but truncates to 0 either way).
// Launch: 1-D grid, blockDim.x a multiple of 32 up to 1024 (__launch_bounds__(1024)), any grid size; a grid-stride loop
// over the values, a block reduction (warp shuffles, then shared memory) and one atomicAdd per block per word.
// Compiled by kernels/build-ptx.sh:
//   nvcc -ptx -arch=compute_80 --fmad=false -O3 -ccbin clang-14 -Ikernels kernels/zo_reduce.cu -o kernels/ptx/zo_reduce.ptx
// Deterministic: both words are sums of 64-bit integers (wrap-around addition is associative and commutative), so
// neither the grid, nor the block size, nor the order of the atomics changes a bit.
#include "zo_device.cuh"

// 2⁶² as binary32 bits (exponent 62 + 127): |p| ≥ 2⁶² exactly when the magnitude bits are ≥ this, and the bits of ±∞ and
// of every NaN are above it, so one integer comparison sorts out every value the sum cannot take.
#define ZO_TWO_POW_62_BITS 0x5E800000u

extern "C" __global__ void __launch_bounds__(1024) zo_reduce_sum_fixed(ZoSumFixedArgs args)
{
    __shared__ unsigned long long sumScratch[32];
    __shared__ unsigned long long rejectScratch[32];
    long long sum = 0, rejected = 0;
    for (long long i = zo_first_index(); i < args.count; i += zo_grid_stride())
    {
        float p = zo_mul(__ldg(args.values + i), args.scale);
        if ((zo_bits(p) & 0x7FFFFFFFu) >= ZO_TWO_POW_62_BITS)
            rejected++;
        else
            sum += (long long)p; // truncation toward zero, exact below 2⁶²
    }
    // Separate scratch arrays: the second reduction may start writing while warp 0 still reads the first.
    unsigned long long totalSum = zo_block_sum((unsigned long long)sum, sumScratch);
    unsigned long long totalRejected = zo_block_sum((unsigned long long)rejected, rejectScratch);
    if (threadIdx.x == 0)
    {
        atomicAdd(args.result, totalSum);
        atomicAdd(args.result + 1, totalRejected);
    }
}
ZO_REGISTER_KERNEL(zo_reduce_sum_fixed, ZoSumFixedArgs);
