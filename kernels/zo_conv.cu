// zo_conv.cu: the convolution and pooling ops of ZoEngine.Nn (INnOps.Im2Col, Col2Im, AddChannelBias,
// AccumulateChannelSums, ChannelMeans, ChannelMeansBackward, Pool2d, Pool2dBackward) on the device. Each kernel gathers
// one output element from its inputs in the order the CPU op's contract names (CpuNnOps.Conv.cs), every binary32
// operation through one zo_* helper (correctly rounded, no contraction), so the results are the CPU's bits.
// Launch: 1-D, grid-stride over output elements (a thread per channel for channel_sums); any grid, blocks of
// 32..256 threads. ZoConvArgs (zo_abi.cuh) says which fields each kernel reads.
// Compiled by kernels/build-ptx.sh:
//   nvcc -ptx -arch=compute_80 --fmad=false -O3 -ccbin clang-14 -Ikernels kernels/zo_conv.cu -o kernels/ptx/zo_conv.ptx
// Deterministic: every output element is computed by one thread from its own inputs in a fixed order; no atomics.
#include "zo_device.cuh"

// Offset (ky·W + kx) of the first largest element of the k×k window at `origin`, scanning rows then columns; a NaN
// never wins the strict comparison.
ZO_D int zo_conv_argmax(const float* x, int origin, int k, int w)
{
    int best = 0;
    float max = x[origin];
    for (int ky = 0; ky < k; ++ky)
    {
        for (int kx = 0; kx < k; ++kx)
        {
            float v = x[origin + ky * w + kx];
            if (v > max)
            {
                max = v;
                best = ky * w + kx;
            }
        }
    }
    return best;
}

// out[(c·k + ky)·k + kx, oy·Wo + ox] = in[c, oy·s − p + ky, ox·s − p + kx], zero outside the map.
extern "C" __global__ void __launch_bounds__(256) zo_conv_im2col(ZoConvArgs args)
{
    const int k = args.kernel, positions = args.outHeight * args.outWidth;
    const long long total = (long long)args.channels * k * k * positions;
    for (long long i = zo_first_index(); i < total; i += zo_grid_stride())
    {
        int q = (int)(i % positions);
        int row = (int)(i / positions);
        int kx = row % k, ky = (row / k) % k, c = row / (k * k);
        int y = (q / args.outWidth) * args.stride - args.padding + ky;
        int x = (q % args.outWidth) * args.stride - args.padding + kx;
        bool inside = (unsigned)y < (unsigned)args.height && (unsigned)x < (unsigned)args.width;
        args.out[i] = inside ? args.in[((long long)c * args.height + y) * args.width + x] : 0.0f;
    }
}
ZO_REGISTER_KERNEL(zo_conv_im2col, ZoConvArgs);

// out[c, y, x] = 0 + Σ over (ky, kx) ascending of in[(c·k + ky)·k + kx, oy·Wo + ox] for the window (oy, ox) whose tap
// (ky, kx) reads (y, x): oy·s = y + p − ky exactly, 0 ≤ oy < Ho (and the same for x).
extern "C" __global__ void __launch_bounds__(256) zo_conv_col2im(ZoConvArgs args)
{
    const int k = args.kernel, s = args.stride, positions = args.outHeight * args.outWidth;
    const long long total = (long long)args.channels * args.height * args.width;
    for (long long i = zo_first_index(); i < total; i += zo_grid_stride())
    {
        int x = (int)(i % args.width);
        int y = (int)((i / args.width) % args.height);
        int c = (int)(i / ((long long)args.width * args.height));
        float sum = 0.0f;
        for (int ky = 0; ky < k; ++ky)
        {
            int ty = y + args.padding - ky;
            if (ty < 0 || ty % s != 0 || ty / s >= args.outHeight)
                continue;
            for (int kx = 0; kx < k; ++kx)
            {
                int tx = x + args.padding - kx;
                if (tx < 0 || tx % s != 0 || tx / s >= args.outWidth)
                    continue;
                long long row = ((long long)c * k + ky) * k + kx;
                sum = zo_add(sum, args.in[row * positions + (ty / s) * args.outWidth + tx / s]);
            }
        }
        args.out[i] = sum;
    }
}
ZO_REGISTER_KERNEL(zo_conv_col2im, ZoConvArgs);

// out[r, c·P + q] = out[r, c·P + q] + aux[c].
extern "C" __global__ void __launch_bounds__(256) zo_conv_channel_bias(ZoConvArgs args)
{
    const long long positions = (long long)args.height * args.width;
    const long long total = (long long)args.rows * args.channels * positions;
    for (long long i = zo_first_index(); i < total; i += zo_grid_stride())
        args.out[i] = zo_add(args.out[i], args.aux[(i / positions) % args.channels]);
}
ZO_REGISTER_KERNEL(zo_conv_channel_bias, ZoConvArgs);

// A thread per channel: aux[c] = aux[c] + in[0, c·P + 0] + in[0, c·P + 1] + … + in[rows − 1, c·P + P − 1].
extern "C" __global__ void __launch_bounds__(256) zo_conv_channel_sums(ZoConvArgs args)
{
    const long long positions = (long long)args.height * args.width;
    for (long long c = zo_first_index(); c < args.channels; c += zo_grid_stride())
    {
        float sum = args.aux[c];
        for (int r = 0; r < args.rows; ++r)
        {
            const float* plane = args.in + ((long long)r * args.channels + c) * positions;
            for (long long q = 0; q < positions; ++q)
                sum = zo_add(sum, plane[q]);
        }
        args.aux[c] = sum;
    }
}
ZO_REGISTER_KERNEL(zo_conv_channel_sums, ZoConvArgs);

// out[r, c] = (0 + in[r, c·P] + … + in[r, c·P + P − 1]) / P.
extern "C" __global__ void __launch_bounds__(256) zo_conv_channel_means(ZoConvArgs args)
{
    const long long positions = (long long)args.height * args.width;
    const long long total = (long long)args.rows * args.channels;
    const float count = (float)positions;
    for (long long i = zo_first_index(); i < total; i += zo_grid_stride())
    {
        const float* plane = args.in + i * positions;
        float sum = 0.0f;
        for (long long q = 0; q < positions; ++q)
            sum = zo_add(sum, plane[q]);
        args.out[i] = zo_div(sum, count);
    }
}
ZO_REGISTER_KERNEL(zo_conv_channel_means, ZoConvArgs);

// out[r, c·P + q] = in[r, c] / P.
extern "C" __global__ void __launch_bounds__(256) zo_conv_channel_means_backward(ZoConvArgs args)
{
    const long long positions = (long long)args.height * args.width;
    const long long total = (long long)args.rows * args.channels * positions;
    const float count = (float)positions;
    for (long long i = zo_first_index(); i < total; i += zo_grid_stride())
        args.out[i] = zo_div(args.in[i / positions], count);
}
ZO_REGISTER_KERNEL(zo_conv_channel_means_backward, ZoConvArgs);

// out[r, c, oy, ox] = the window's first maximum (kind 0), or its sum in scan order / (k·k) (kind 1).
extern "C" __global__ void __launch_bounds__(256) zo_conv_pool(ZoConvArgs args)
{
    const int k = args.kernel, w = args.width;
    const long long outPlane = (long long)args.outHeight * args.outWidth;
    const long long inMap = (long long)args.channels * args.height * w;
    const long long total = (long long)args.rows * args.channels * outPlane;
    const float area = (float)(k * k);
    for (long long i = zo_first_index(); i < total; i += zo_grid_stride())
    {
        int ox = (int)(i % args.outWidth);
        int oy = (int)((i / args.outWidth) % args.outHeight);
        long long rc = i / outPlane;
        int c = (int)(rc % args.channels);
        const float* x = args.in + (rc / args.channels) * inMap;
        int origin = (c * args.height + oy * args.stride) * w + ox * args.stride;
        if (args.kind == 0)
        {
            args.out[i] = x[origin + zo_conv_argmax(x, origin, k, w)];
            continue;
        }
        float sum = 0.0f;
        for (int ky = 0; ky < k; ++ky)
        {
            for (int kx = 0; kx < k; ++kx)
                sum = zo_add(sum, x[origin + ky * w + kx]);
        }
        args.out[i] = zo_div(sum, area);
    }
}
ZO_REGISTER_KERNEL(zo_conv_pool, ZoConvArgs);

// out[r, c, y, x] = 0 + Σ over the windows (oy, ox ascending) that read (y, x) of dy (aux): only those whose first
// maximum it is (kind 0); all of them, then / (k·k) (kind 1).
extern "C" __global__ void __launch_bounds__(256) zo_conv_pool_backward(ZoConvArgs args)
{
    const int k = args.kernel, s = args.stride, w = args.width;
    const long long inPlane = (long long)args.height * w;
    const long long outPlane = (long long)args.outHeight * args.outWidth;
    const long long total = (long long)args.rows * args.channels * inPlane;
    const float area = (float)(k * k);
    for (long long i = zo_first_index(); i < total; i += zo_grid_stride())
    {
        int x = (int)(i % w);
        int y = (int)((i / w) % args.height);
        long long rc = i / inPlane;
        int c = (int)(rc % args.channels);
        long long r = rc / args.channels;
        const float* map = args.in + r * args.channels * inPlane;
        const float* dy = args.aux + rc * outPlane;
        // Windows oy with oy·s ≤ y ≤ oy·s + k − 1, ascending.
        int oyFirst = y - k + 1 <= 0 ? 0 : (y - k + 1 + s - 1) / s;
        int oxFirst = x - k + 1 <= 0 ? 0 : (x - k + 1 + s - 1) / s;
        float sum = 0.0f;
        for (int oy = oyFirst; oy <= y / s && oy < args.outHeight; ++oy)
        {
            for (int ox = oxFirst; ox <= x / s && ox < args.outWidth; ++ox)
            {
                int origin = (c * args.height + oy * s) * w + ox * s;
                int self = (c * args.height + y) * w + x;
                if (args.kind == 0 && origin + zo_conv_argmax(map, origin, k, w) != self)
                    continue;
                sum = zo_add(sum, dy[oy * args.outWidth + ox]);
            }
        }
        args.out[i] = args.kind == 0 ? sum : zo_div(sum, area);
    }
}
ZO_REGISTER_KERNEL(zo_conv_pool_backward, ZoConvArgs);
