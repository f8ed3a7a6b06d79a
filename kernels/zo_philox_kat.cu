// zo_philox_kat.cu: zo_philox_kat runs the device's Philox4x32-10 (zo_philox.cuh) on the rows of a known-answer table
// (tests/data/philox_kat.txt), so a harness can compare the GPU's words with Random123's vectors.
//   input [count, 6]: ctr0 ctr1 ctr2 ctr3 key0 key1     output [count, 4]: out0 out1 out2 out3
// Launch: one thread (<<<1, 1>>>); any larger launch works too (no launch bound), and only thread 0 of block 0 acts.
// Compiled by kernels/build-ptx.sh:
//   nvcc -ptx -arch=compute_80 --fmad=false -O3 -ccbin clang-14 -Ikernels kernels/zo_philox_kat.cu -o kernels/ptx/zo_philox_kat.ptx
// Deterministic: integer arithmetic only.
#include "zo_device.cuh"

extern "C" __global__ void zo_philox_kat(ZoPhiloxKatArgs args)
{
    if (threadIdx.x != 0 || blockIdx.x != 0)
        return;
    for (int row = 0; row < args.count; ++row)
    {
        const unsigned int* in = args.input + 6 * (long long)row;
        ZoWords w = zo_philox(in[0], in[1], in[2], in[3], in[4], in[5]);
        unsigned int* out = args.output + 4 * (long long)row;
        out[0] = w.x0;
        out[1] = w.x1;
        out[2] = w.x2;
        out[3] = w.x3;
    }
}
ZO_REGISTER_KERNEL(zo_philox_kat, ZoPhiloxKatArgs);
