// zo_transformer.cu: the transformer-encoder ops of ZoEngine.Nn (ITransformerOps) on the device: embedding lookup,
// LayerNorm, the masked softmax of attention scores, mean pooling over the mask, row L2 normalisation and the
// first-token rows. (The attention products are GEMMs on strided windows, launched as zo_nn_gemm or cuBLAS.) Each
// kernel repeats the loop of the CPU op (CpuNnOps.Transformer.cs) operation for operation, every binary32 operation
// through one zo_* helper, so the results are its bits; the exception is the softmax's expf, whose device library may
// differ from the host's by an ulp or two (docs/kernels.md).
// Launch: 1-D, any grid, blocks of 32..256 threads. embed and first_tokens take a block per row, threads across the
// columns; layernorm, masked_softmax and l2_normalize a thread per row (the row's sums are sequential, as on the CPU);
// mean_pool a thread per (sequence, column).
// Compiled by kernels/build-ptx.sh:
//   nvcc -ptx -arch=compute_80 --fmad=false -O3 -ccbin clang-14 -Ikernels kernels/zo_transformer.cu -o kernels/ptx/zo_transformer.ptx
// Deterministic: every output element is computed by one thread from its own inputs, sums in a fixed ascending order;
// no atomics.
#include "zo_device.cuh"

extern "C" __global__ void __launch_bounds__(256) zo_tf_embed(ZoTfEmbedArgs args)
{
    for (int r = blockIdx.x; r < args.rows; r += gridDim.x)
    {
        const float* w = args.words + (long long)(int)__ldg(args.ids + r) * args.width;
        const float* t = args.typeTable + (long long)(args.types != nullptr ? (int)__ldg(args.types + r) : 0) * args.width;
        const float* p = args.positions + (long long)(r % args.tokens) * args.width;
        float* y = args.out + (long long)r * args.width;
        for (int c = threadIdx.x; c < args.width; c += blockDim.x)
            y[c] = zo_add(zo_add(__ldg(w + c), __ldg(t + c)), __ldg(p + c));
    }
}
ZO_REGISTER_KERNEL(zo_tf_embed, ZoTfEmbedArgs);

// y may be x, so x is read with plain loads; each thread reads its row's element c before it writes it.
extern "C" __global__ void __launch_bounds__(256) zo_tf_layernorm(ZoTfLayerNormArgs args)
{
    const int width = args.width;
    const double epsilon = (double)args.epsilon;
    for (long long r = zo_first_index(); r < args.rows; r += zo_grid_stride())
    {
        const float* x = args.x + r * width;
        float* y = args.y + r * width;
        double sum = 0.0;
        for (int c = 0; c < width; ++c)
            sum = sum + (double)x[c];
        const double mean = sum / width;
        double squares = 0.0;
        for (int c = 0; c < width; ++c)
        {
            const double centred = (double)x[c] - mean;
            squares = squares + centred * centred;
        }
        const double invStd = 1.0 / sqrt(squares / width + epsilon);
        for (int c = 0; c < width; ++c)
            y[c] = zo_add(zo_mul((float)(((double)x[c] - mean) * invStd), __ldg(args.gamma + c)), __ldg(args.beta + c));
    }
}
ZO_REGISTER_KERNEL(zo_tf_layernorm, ZoTfLayerNormArgs);

extern "C" __global__ void __launch_bounds__(256) zo_tf_masked_softmax(ZoTfSoftmaxArgs args)
{
    const int tokens = args.tokens;
    const int perSequence = args.heads * tokens;
    for (long long r = zo_first_index(); r < args.rows; r += zo_grid_stride())
    {
        float* s = args.scores + r * tokens;
        const float* keep = args.mask + (r / perSequence) * tokens;
        float top = __int_as_float(0xFF800000);   // −∞
        for (int j = 0; j < tokens; ++j)
        {
            const float v = s[j];
            if (__ldg(keep + j) != 0.0f && (v > top || v != v))
                top = v;
        }
        float sum = 0.0f;
        for (int j = 0; j < tokens; ++j)
        {
            const float e = __ldg(keep + j) != 0.0f ? expf(zo_sub(s[j], top)) : 0.0f;
            s[j] = e;
            sum = zo_add(sum, e);
        }
        for (int j = 0; j < tokens; ++j)
            s[j] = zo_div(s[j], sum);
    }
}
ZO_REGISTER_KERNEL(zo_tf_masked_softmax, ZoTfSoftmaxArgs);

// A thread per (sequence, column): a warp reads 32 consecutive columns of a token row at a time.
extern "C" __global__ void __launch_bounds__(256) zo_tf_mean_pool(ZoTfPoolArgs args)
{
    const long long total = (long long)args.sequences * args.width;
    for (long long i = zo_first_index(); i < total; i += zo_grid_stride())
    {
        const int b = (int)(i / args.width);
        const int c = (int)(i - (long long)b * args.width);
        const float* keep = args.mask + (long long)b * args.tokens;
        float sum = 0.0f;
        int count = 0;
        for (int t = 0; t < args.tokens; ++t)
        {
            if (__ldg(keep + t) != 0.0f)
            {
                sum = zo_add(sum, __ldg(args.hidden + ((long long)b * args.tokens + t) * args.width + c));
                ++count;
            }
        }
        args.pooled[i] = zo_div(sum, (float)(count > 1 ? count : 1));
    }
}
ZO_REGISTER_KERNEL(zo_tf_mean_pool, ZoTfPoolArgs);

// y may be x: the row's squares are summed before any element is written.
extern "C" __global__ void __launch_bounds__(256) zo_tf_l2_normalize(ZoTfRowsArgs args)
{
    const int width = args.width;
    for (long long r = zo_first_index(); r < args.rows; r += zo_grid_stride())
    {
        const float* x = args.x + r * width;
        float* y = args.y + r * width;
        float squares = 0.0f;
        for (int c = 0; c < width; ++c)
            squares = zo_add(squares, zo_mul(x[c], x[c]));
        float norm = zo_sqrt(squares);
        // float.Max(norm, 1e-12f): a NaN norm stays NaN.
        norm = norm < 1e-12f ? 1e-12f : norm;
        for (int c = 0; c < width; ++c)
            y[c] = zo_div(x[c], norm);
    }
}
ZO_REGISTER_KERNEL(zo_tf_l2_normalize, ZoTfRowsArgs);

extern "C" __global__ void __launch_bounds__(256) zo_tf_first_tokens(ZoTfRowsArgs args)
{
    for (int r = blockIdx.x; r < args.rows; r += gridDim.x)
    {
        const float* x = args.x + (long long)r * args.stride * args.width;
        float* y = args.y + (long long)r * args.width;
        for (int c = threadIdx.x; c < args.width; c += blockDim.x)
            y[c] = __ldg(x + c);
    }
}
ZO_REGISTER_KERNEL(zo_tf_first_tokens, ZoTfRowsArgs);
