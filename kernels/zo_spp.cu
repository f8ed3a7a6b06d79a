// zo_spp.cu: HZO's spatial-parallel perturbation (SPP) of a convolutional sub-network (docs/hzo.md): the lattice probe
// rows, which perturb every position of one channel whose row and column agree modulo the receptive field's extent,
// and their region contraction, which reads each perturbed position's effect from the outputs whose window holds it.
// Each kernel repeats the scalar loop of ZoEngine.Nn's CpuNnOps.SppProbeInputs / SppContract, every binary32
// operation through one zo_* helper (correctly rounded, no contraction), so the results are its bits.
// Launch: 1-D, any grid, blocks of 32..256 threads. zo_nn_spp_probe_inputs takes a block per probe row (grid-stride
// over rows; consecutive threads copy consecutive elements, coalesced); zo_nn_spp_contract a thread per perturbed
// position of a probe pair (grid-stride).
// Compiled by kernels/build-ptx.sh:
//   nvcc -ptx -arch=compute_80 --fmad=false -O3 -ccbin clang-14 -Ikernels kernels/zo_spp.cu -o kernels/ptx/zo_spp.ptx
// Deterministic: every output element is written by one thread from its own inputs, its sum in a fixed order.
#include "zo_device.cuh"

// (sample, channel, p, q) of probe row r of the chunk; returns whether it is the + row of its pair.
ZO_D bool zo_nn_spp_decode(const ZoNnSppArgs& args, int r, int* s, int* c, int* p, int* q)
{
    const int perSample = 2 * args.channels * args.rows * args.cols;
    int g = args.firstProbe + r;
    *s = g / perSample;
    int within = g - *s * perSample;
    int pair = within >> 1;
    *q = pair % args.cols;
    int rest = pair / args.cols;
    *p = rest % args.rows;
    *c = rest / args.rows;
    return (within & 1) == 0;
}

// Floor division for a possibly negative numerator and a positive divisor.
ZO_D int zo_nn_floor_div(int a, int b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

extern "C" __global__ void __launch_bounds__(256) zo_nn_spp_probe_inputs(ZoNnSppArgs args)
{
    const int plane = args.height * args.width;
    const int features = args.channels * plane;
    for (int r = blockIdx.x; r < args.count; r += gridDim.x)
    {
        int s, c, p, q;
        bool plus = zo_nn_spp_decode(args, r, &s, &c, &p, &q);
        const float* a = args.source + (long long)s * features;
        float* out = args.result + (long long)r * features;
        for (int i = threadIdx.x; i < features; i += blockDim.x)
        {
            float v = __ldg(a + i);
            int within = i - c * plane;
            if (within >= 0 && within < plane)
            {
                int y = within / args.width;
                int x = within - y * args.width;
                if (y % args.period == p && x % args.period == q)
                    v = plus ? zo_add(v, args.h) : zo_sub(v, args.h);
            }
            out[i] = v;
        }
    }
}
ZO_REGISTER_KERNEL(zo_nn_spp_probe_inputs, ZoNnSppArgs);

extern "C" __global__ void __launch_bounds__(256) zo_nn_spp_contract(ZoNnSppArgs args)
{
    const int period = args.period;
    const int perRow = (args.height + period - 1) / period;
    const int perCol = (args.width + period - 1) / period;
    const long long perPair = (long long)perRow * perCol;
    const int outPlane = args.outHeight * args.outWidth;
    const int outFeatures = args.outChannels * outPlane;
    const int features = args.channels * args.height * args.width;
    const float twoH = zo_add(args.h, args.h);
    for (long long i = zo_first_index(); i < (args.count / 2) * perPair; i += zo_grid_stride())
    {
        int pair = (int)(i / perPair);
        int at = (int)(i - pair * perPair);
        int r = 2 * pair;
        int s, c, p, q;
        zo_nn_spp_decode(args, r, &s, &c, &p, &q);
        int y = p + (at / perCol) * period;
        int x = q + (at % perCol) * period;
        if (y >= args.height || x >= args.width)
            continue;
        // The outputs whose window [o·stride − offset, o·stride − offset + period − 1] holds y (and x).
        int y0 = max(-zo_nn_floor_div(-(y + args.offset - period + 1), args.stride), 0);
        int y1 = min(zo_nn_floor_div(y + args.offset, args.stride), args.outHeight - 1);
        int x0 = max(-zo_nn_floor_div(-(x + args.offset - period + 1), args.stride), 0);
        int x1 = min(zo_nn_floor_div(x + args.offset, args.stride), args.outWidth - 1);
        const float* plusRow = args.source + (long long)r * outFeatures;
        const float* minusRow = plusRow + outFeatures;
        const float* target = args.deltaOut + (long long)s * outFeatures;
        float sum = 0.0f;
        for (int co = 0; co < args.outChannels; ++co)
        {
            for (int yo = y0; yo <= y1; ++yo)
            {
                int o = co * outPlane + yo * args.outWidth;
                for (int xo = x0; xo <= x1; ++xo)
                    sum = zo_add(sum, zo_mul(zo_sub(__ldg(plusRow + o + xo), __ldg(minusRow + o + xo)), __ldg(target + o + xo)));
            }
        }
        args.result[(long long)s * features + (c * args.height + y) * args.width + x] = zo_div(sum, twoH);
    }
}
ZO_REGISTER_KERNEL(zo_nn_spp_contract, ZoNnSppArgs);
