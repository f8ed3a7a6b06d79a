// zo_probe.cu: zo_probe_jacobian_batched, the probe batch of HZO's bidirectional Jacobian probes when the first layer
// after the split point is linear (docs/hzo.md). Row g of the batch is the pre-activation the linear layer would give
// for the anchor a_s ± h·e_m: baseline[s] ± h·W[:, m]. The 2W probes of every sample of the batch come out of one
// launch, and a_s is never copied 2W times.
// Launch: 1-D, any grid (grid-stride over probe rows, one block per row at a time), blocks of 32..256 threads.
// Consecutive threads take consecutive outputs o of one probe row, so the baseline read and the probe write are
// coalesced; the strided column W[:, m] is read through the read-only cache, and W (out·in floats) stays in L2.
// Compiled by kernels/build-ptx.sh:
//   nvcc -ptx -arch=compute_80 --fmad=false -O3 -ccbin clang-14 -Ikernels kernels/zo_probe.cu -o kernels/ptx/zo_probe.ptx
// Deterministic: each element is one rounded product and one rounded sum of its own inputs, as in the CPU op.
#include "zo_device.cuh"

extern "C" __global__ void __launch_bounds__(256) zo_probe_jacobian_batched(ZoProbeJacobianArgs args)
{
    const int perSample = 2 * args.width;
    // A block per probe row (grid-stride over rows): the row's sample, coordinate and sign are decoded once, with
    // 32-bit arithmetic, and the block's threads sweep its outputs.
    for (int r = blockIdx.x; r < args.count; r += gridDim.x)
    {
        int g = args.firstProbe + r;
        int s = g / perSample;
        int within = g - s * perSample;
        int m = within >> 1;
        float sh = (within & 1) == 0 ? args.h : -args.h;
        const float* base = args.baseline + (long long)s * args.outputs;
        float* out = args.probes + (long long)r * args.outputs;
        for (int o = threadIdx.x; o < args.outputs; o += blockDim.x)
            out[o] = zo_add(__ldg(base + o), zo_mul(sh, __ldg(args.weight + (long long)o * args.width + m)));
    }
}
ZO_REGISTER_KERNEL(zo_probe_jacobian_batched, ZoProbeJacobianArgs);
