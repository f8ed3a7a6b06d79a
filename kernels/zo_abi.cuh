// zo_abi.cuh: the argument structs of every ZoEngine kernel, shared by nvcc (device ABI), the host build in native/
// and, field for field, by src/ZoEngine.Cuda/Kernels/KernelArgs.cs. Every kernel takes exactly one of these structs by
// value, so a launch passes one blittable buffer (cuLaunchKernel's CU_LAUNCH_PARAM_BUFFER_POINTER) and the argument
// size can be checked against the kernel's parameter size before anything runs.
// Compiled as part of each kernels/*.cu; no code of its own. Layout rules: 64-bit pointers, natural alignment, and
// explicit padding fields so that the C# mirror needs no packing attributes.
#pragma once

#ifdef __CUDACC__
#define ZO_HD __host__ __device__ __forceinline__
// nvcc finds kernels by name in the PTX; the host build registers them with native/ (see native/zo_cuda_shim.h).
#define ZO_REGISTER_KERNEL(name, Args)
#else
#define ZO_HD inline
#define ZO_REGISTER_KERNEL(name, Args) ZO_HOST_REGISTER(name, Args)
#endif

// Term lists longer than this spill into `overflow` (device memory): short lists stay in parameter memory, where
// every thread reads the same address and the loads are broadcast.
#define ZO_INLINE_TERMS 16

// Noise kinds, as ZoEngine.Noise.NoiseKind.
#define ZO_NOISE_GAUSSIAN 0u
#define ZO_NOISE_RADEMACHER 1u

// Update kinds, as ZoEngine.UpdateKind.
#define ZO_UPDATE_SGD 0
#define ZO_UPDATE_SIGN 1
#define ZO_UPDATE_ADAMM 2
#define ZO_UPDATE_RMSPROP 3
#define ZO_UPDATE_RADAZO 4

typedef struct ZoTerm
{
    unsigned long long seed;  // direction seed s: Philox key (lo32(s), hi32(s))
    float coefficient;        // c_k
    unsigned int kind;        // ZO_NOISE_*
} ZoTerm;                     // 16 bytes

typedef struct ZoTermList
{
    ZoTerm items[ZO_INLINE_TERMS];  // terms 0 .. min(count, ZO_INLINE_TERMS)-1
    const ZoTerm* overflow;         // [count - ZO_INLINE_TERMS] terms ZO_INLINE_TERMS.., device memory; null when count <= ZO_INLINE_TERMS
    int count;                      // 0 = empty list
    int pad;
} ZoTermList;                       // 272 bytes

// One tensor of a ParameterSet. Elements are processed in groups of 4: group g of a tensor is elements 4g..4g+3,
// exactly the elements of Philox block g (counter (lo32(g), hi32(g), id, 0)). The last group of a tensor may be partial.
typedef struct ZoTensor
{
    float* theta;             // [length] parameters
    void* m;                  // [length] first moment (float or bf16 as ushort), null when the kernel does not use it
    void* v;                  // [length] second moment, likewise
    long long length;         // elements
    long long offset;         // flat index of element 0 in the set (for sparse gradients)
    long long firstGroup;     // Σ ceil(length/4) over the tensors before this one
    unsigned int id;          // stable tensor id: word 2 of the Philox counter
    unsigned int pad;
} ZoTensor;                   // 56 bytes

// The tensor table of a whole ParameterSet; one launch covers every tensor. A thread maps its global group index to a
// tensor by searching firstGroup (the table is ascending in firstGroup).
typedef struct ZoTensorTable
{
    const ZoTensor* tensors;  // [count], device memory
    int count;
    int pad;
    long long groupCount;     // Σ ceil(length/4) over all tensors
} ZoTensorTable;              // 24 bytes

// zo_noise_combine: θ += Σ_k c_k z(s_k), acc = c_0 z_0 then acc = fma(c_k, z_k, acc), θ = θ + acc.
typedef struct ZoCombineArgs
{
    ZoTensorTable table;
    ZoTermList terms;
} ZoCombineArgs;

// zo_noise_fill: θ = scale · z(seed).
typedef struct ZoFillArgs
{
    ZoTensorTable table;
    unsigned long long seed;
    float scale;
    unsigned int kind;
} ZoFillArgs;

// zo_noise_sqnorm_fixed: *result += Σ_j (long long)(int)(z_j·z_j·2²⁴) (integer atomics: order-independent).
typedef struct ZoSquaredNormArgs
{
    ZoTensorTable table;
    unsigned long long seed;
    unsigned int kind;
    unsigned int pad;
    unsigned long long* result;  // [1], zeroed by the caller; two's-complement sum
} ZoSquaredNormArgs;

// zo_reduce_sum_fixed: result[0] += Σ_i (long long)trunc(x_i·scale); result[1] += count of x_i that are not finite or
// whose |x_i·scale| ≥ 2⁶² (the caller refuses the sum then). The deterministic sum of per-sample losses.
typedef struct ZoSumFixedArgs
{
    const float* values;         // [count]
    long long count;
    float scale;                 // a power of two, so the products are exact
    unsigned int pad;
    unsigned long long* result;  // [2], zeroed by the caller
} ZoSumFixedArgs;

// zo_update_<rule>_<state>: one fused pass over (θ, m, v) per element, in exactly the order of
// src/ZoEngine/Cpu/Reference/UpdateReference.Element: θ = θ + restore (if any); g = fma(λ, θ, g) (if λ ≠ 0); the rule.
typedef struct ZoUpdateArgs
{
    ZoTensorTable table;         // m and v of each tensor filled when the rule uses them
    ZoTermList restore;          // restore combination added to θ first; count 0 = none
    ZoTermList gradient;         // gradient combination; used when sparseCount < 0
    const long long* sparseIndices;  // [sparseCount] flat indices, strictly ascending; used when sparseCount >= 0
    const float* sparseValues;       // [sparseCount]
    long long sparseCount;       // -1: the gradient is the term list (an empty list means g = 0)
    float learningRate;
    float momentum;
    float weightDecay;
    float beta1;
    float beta2;
    float epsilon;
    int epsilonInsideSqrt;       // 0: √v + ζ; 1: √(v + ζ)
    int pad;
} ZoUpdateArgs;

// zo_coord_get / zo_coord_set: one element of one tensor, for coordinate finite differences.
typedef struct ZoCoordArgs
{
    float* element;   // address of the element
    float* out;       // [1] destination of get; unused by set
    float value;      // value written by set
    unsigned int pad;
} ZoCoordArgs;

// zo_philox_kat: one thread runs Philox4x32-10 on `count` rows of (ctr0, ctr1, ctr2, ctr3, key0, key1).
typedef struct ZoPhiloxKatArgs
{
    const unsigned int* input;   // [count, 6]
    unsigned int* output;        // [count, 4]
    int count;
    int pad;
} ZoPhiloxKatArgs;

// zo_probe_jacobian_batched: the probe rows of HZO's batched bidirectional Jacobian probes for a sub-network whose
// first layer is linear, y = W·a + b, built from the anchors' pre-activations without forming a ± h·e_m:
//   probes[r, o] = baseline[s, o] + (±h)·W[o, m]   (the product rounded first, then the sum; no fma)
// for global probe row g = firstProbe + r with s = g / (2·width), m = (g mod 2·width) / 2, + for even g, − for odd g.
// The CPU op is ZoEngine.Nn's CpuNnOps.ProbeJacobianBatched; the two agree bit for bit.
typedef struct ZoProbeJacobianArgs
{
    const float* baseline;    // [samples, outputs]: W·a + b of the anchors
    const float* weight;      // [outputs, width]
    float* probes;            // [count, outputs]
    int width;                // the anchor's width: W's columns
    int outputs;              // W's rows
    int firstProbe;           // global probe row of probes[0]; even
    int count;                // probe rows; even
    float h;                  // probe step
    unsigned int pad;
} ZoProbeJacobianArgs;        // 48 bytes

// ---- ZoEngine.Nn's ops on the device (kernels/zo_nn.cu) ------------------------------------------------------------
// Each kernel repeats, in binary32 and in the same order, the scalar loop of ZoEngine.Nn's CPU op it replaces
// (CpuNnOps, SoftmaxMath, DenseSgd/DenseAdam, ReferenceGemm); docs/kernels.md lists them. Matrices are row-major.

// Activation kinds, as ZoEngine.Nn.ActivationKind.
#define ZO_NN_IDENTITY 0
#define ZO_NN_RELU 1
#define ZO_NN_GELU 2
#define ZO_NN_TANH 3

// zo_nn_add_row_vector: matrix[r, c] = matrix[r, c] + row[c].
// zo_nn_column_sums:    row[c] = row[c] + matrix[0, c] + matrix[1, c] + ... (rows ascending, in binary32).
typedef struct ZoNnMatrixRowArgs
{
    float* matrix;            // [rows, cols]; written by add_row_vector, read by column_sums
    float* row;               // [cols]; read by add_row_vector (bias), accumulated by column_sums (sums)
    int rows;
    int cols;
} ZoNnMatrixRowArgs;          // 24 bytes

// zo_nn_add:        out[i] = a[i] + b[i]
// zo_nn_add_scalar: out[i] = a[i] + value
// out may be a or b.
typedef struct ZoNnAddArgs
{
    const float* a;           // [count]
    const float* b;           // [count]; unused by add_scalar
    float* out;               // [count]
    long long count;
    float value;              // add_scalar's addend
    unsigned int pad;
} ZoNnAddArgs;                // 40 bytes

// zo_nn_central_difference: dZ[i] = dA[i] · ((plus[i] − minus[i]) / (h + h)), h + h rounded in binary32.
typedef struct ZoNnCentralDifferenceArgs
{
    const float* plus;        // [count] σ(z + h)
    const float* minus;       // [count] σ(z − h)
    const float* dA;          // [count]
    float* dZ;                // [count]; may be dA
    long long count;
    float h;
    unsigned int pad;
} ZoNnCentralDifferenceArgs;  // 48 bytes

// zo_nn_activate:            a = σ(z);              a may be z.
// zo_nn_activation_backward: dZ = dA ⊙ σ'(z, a);   dZ may be dA.
typedef struct ZoNnActivationArgs
{
    const float* z;           // [count] pre-activations
    float* a;                 // [count] activations: written by activate, read by backward (tanh's derivative)
    const float* dA;          // [count]; unused by activate
    float* dZ;                // [count]; unused by activate
    long long count;
    int kind;                 // ZO_NN_*
    unsigned int pad;
} ZoNnActivationArgs;         // 48 bytes

// zo_nn_softmax_xent: per row, SoftmaxMath.Loss (max and Σ e^(y − max) taken sequentially, c ascending) into
// losses[r], and, when dLogits is not null, dLogits[r, c] = (softmax − onehot)·invBatch.
typedef struct ZoNnSoftmaxArgs
{
    const float* logits;      // [rows, classes]
    const int* labels;        // [rows], each in [0, classes) (the host checks; a label outside gives NaN)
    float* dLogits;           // [rows, classes] or null
    float* losses;            // [rows]
    int rows;
    int classes;
    float invBatch;           // 1 / B, rounded in binary32
    unsigned int pad;
} ZoNnSoftmaxArgs;            // 48 bytes

// zo_nn_probe_inputs: probes[r] = anchor[s] with element m replaced by anchor[s, m] ± h.
// zo_nn_probe_skip:   probes[r, c] = probes[r, c] + (c == m ? anchor[s, m] ± h : anchor[s, c]).
// Global probe row g = firstProbe + r: s = g / (2·width), m = (g mod 2·width) / 2, + for even g (INnOps' layout).
typedef struct ZoNnProbeArgs
{
    const float* anchor;      // [samples, width]
    float* probes;            // [count, width]
    int width;
    int firstProbe;           // even
    int count;                // even
    float h;
} ZoNnProbeArgs;              // 32 bytes

// zo_nn_probe_contract: for each pair (r, r + 1) of the chunk, r even, with s and m of g = firstProbe + r:
//   deltaIn[s, m] = (Σ_c (outputs[r, c] − outputs[r + 1, c])·deltaOut[s, c], c ascending from 0f) / (h + h).
typedef struct ZoNnProbeContractArgs
{
    const float* outputs;     // [count, classes]
    const float* deltaOut;    // [samples, classes]
    float* deltaIn;           // [samples, width]; elements outside the chunk are left alone
    int width;
    int classes;
    int firstProbe;           // even
    int count;                // even
    float h;
    unsigned int pad;
} ZoNnProbeContractArgs;      // 48 bytes

// zo_nn_gemm: C = α·op(A)·op(B) + β·C (β = 0: C is not read), row-major, as ReferenceGemm.Sgemm: per output
// sum = 0f, sum += op(A)[i, p]·op(B)[p, j] for p ascending, then α·sum or α·sum + β·C.
typedef struct ZoNnGemmArgs
{
    const float* a;           // op(A) is [m, k]: A is [m, lda≥k], or [k, lda≥m] when transA
    const float* b;           // op(B) is [k, n]: B is [k, ldb≥n], or [n, ldb≥k] when transB
    float* c;                 // [m, ldc≥n]
    int m;
    int n;
    int k;
    int lda;
    int ldb;
    int ldc;
    int transA;               // 0 or 1
    int transB;               // 0 or 1
    float alpha;
    float beta;
} ZoNnGemmArgs;               // 64 bytes

// zo_nn_sgd: d = g + λθ; with velocity, v = first ? d : μv + d and d = v; θ = θ − η·d (DenseSgd.Step).
typedef struct ZoNnSgdArgs
{
    float* theta;             // [count]
    const float* gradient;    // [count]
    float* velocity;          // [count] or null (no momentum)
    long long count;
    float learningRate;
    float momentum;
    float weightDecay;
    int first;                // 1 on the first step: v = d
} ZoNnSgdArgs;                // 48 bytes

// zo_nn_adam: g' = g + λθ; m = β1·m + c1·g'; v = β2·v + (c2·g')·g'; θ = θ − (stepSize·m) / (√v·invSqrtCorrection2 + ε)
// (DenseAdam.Step; the per-step scalars and c1 = 1 − β1, c2 = 1 − β2 come rounded from the host).
typedef struct ZoNnAdamArgs
{
    float* theta;             // [count]
    const float* gradient;    // [count]
    float* m;                 // [count]
    float* v;                 // [count]
    long long count;
    float stepSize;
    float invSqrtCorrection2;
    float beta1;
    float beta2;
    float c1;
    float c2;
    float epsilon;
    float weightDecay;
} ZoNnAdamArgs;               // 72 bytes

// zo_nn_find_nonfinite: *result = min(*result, smallest i with x[i] NaN or ±∞); the caller sets *result to ~0 first.
typedef struct ZoNnFindNonFiniteArgs
{
    const float* x;                // [count]
    long long count;
    unsigned long long* result;    // [1]
} ZoNnFindNonFiniteArgs;           // 24 bytes

// ---- ZoEngine.Nn's convolution and pooling ops (kernels/zo_conv.cu) -------------------------------------------------
// One argument struct for the eight kernels; each reads the fields its comment names. A map is C×H×W, one row per
// sample, element (c, y, x) at column (c·H + y)·W + x; a window is k×k, stride s, padding p, output Ho×Wo.
// zo_conv_im2col:         out [C·k·k, Ho·Wo] = im2col of in [1, C·H·W] (zero in the padding)
// zo_conv_col2im:         out [1, C·H·W] = Σ over (ky, kx) ascending of in [C·k·k, Ho·Wo] at the tap reading (c, y, x)
// zo_conv_channel_bias:   out [rows, C·P] += aux[c] (P = height·width)
// zo_conv_channel_sums:   aux[c] += in[r, c·P + q], r then q ascending
// zo_conv_channel_means:  out [rows, C] = (Σ_q in[r, c·P + q]) / P
// zo_conv_channel_means_backward: out [rows, C·P] = in[r, c] / P
// zo_conv_pool:           out [rows, C·Ho·Wo] = max (first in scan order, strict >) or sum/(k·k) of in's window
// zo_conv_pool_backward:  out [rows, C·H·W] = Σ over windows (oy, ox ascending) that take this input: aux (dy) where
//                         it is the window's first maximum (max), or every window, then / (k·k) (average); in is x
typedef struct ZoConvArgs
{
    const float* in;          // the operand read (see above)
    float* out;               // the result written
    float* aux;               // bias, channel sums, or dy of pool_backward
    int rows;                 // samples
    int channels;             // C
    int height;               // H (of the input map; P = H·W for the channel kernels)
    int width;                // W
    int kernel;               // k
    int stride;               // s
    int padding;              // p
    int outHeight;            // Ho
    int outWidth;             // Wo
    int kind;                 // pooling: 0 max, 1 average
} ZoConvArgs;                 // 64 bytes

// ---- HZO's spatial-parallel perturbation (kernels/zo_spp.cu) ----------------------------------------------------------
// For a convolutional sub-network N_{k:j} with a_k of channels × height × width and a_j of outChannels × outHeight ×
// outWidth (both channel-major rows), and the receptive field of a_j in a_k (output o reads inputs [o·stride − offset,
// o·stride − offset + period − 1] along each axis). A sample has 2·channels·rows·cols probe rows, rows = min(period,
// height), cols = min(period, width); global probe row g has s = g / that, pair t = (g mod that) / 2 =
// (c·rows + p)·cols + q, and perturbs every (c, y, x) with y ≡ p and x ≡ q (mod period), by +h for even g, −h for odd.
// zo_nn_spp_probe_inputs: result[r] = source[s] with those elements replaced by source[s, i] ± h (one rounded sum).
// zo_nn_spp_contract: for each pair (r, r + 1) and each perturbed (c, y, x), result[s, (c, y, x)] =
//   (Σ (source[r, o] − source[r + 1, o])·deltaOut[s, o] over the outputs o whose window contains (y, x), channel-major,
//   then rows, then columns, from 0f) / (h + h). The CPU ops are ZoEngine.Nn's CpuNnOps.SppProbeInputs/SppContract.
typedef struct ZoNnSppArgs
{
    const float* source;      // inputs: the anchors [samples, channels·height·width]; contract: the probe outputs [count, outChannels·outHeight·outWidth]
    const float* deltaOut;    // contract: [samples, outChannels·outHeight·outWidth]; unused by zo_nn_spp_probe_inputs
    float* result;            // inputs: the probes [count, channels·height·width]; contract: δ_in [samples, channels·height·width]
    int channels;
    int height;
    int width;
    int outChannels;
    int outHeight;
    int outWidth;
    int period;               // the receptive field's extent r
    int rows;                 // min(period, height)
    int cols;                 // min(period, width)
    int stride;               // of the receptive field
    int offset;               // of the receptive field
    int firstProbe;           // even
    int count;                // probe rows; even
    float h;
} ZoNnSppArgs;                // 80 bytes

// ---- transformer encoder (zo_transformer.cu; docs/transformer.md) -----------------------------------------------------
// Layout: B sequences of T tokens; hidden rows b·T + t of width W; attention score rows (b·heads + h)·T + i of T keys;
// ids, types and the mask are [B, T] floats (integers; the mask 1 or 0), checked on the host before a launch.

// zo_tf_embed: out[r, c] = (words[ids[r], c] + typeTable[types[r], c]) + positions[r mod tokens, c] (type 0 without types).
typedef struct ZoTfEmbedArgs
{
    const float* ids;         // [rows]
    const float* types;       // [rows] or null
    const float* words;       // [V, width]
    const float* positions;   // [P ≥ tokens, width]
    const float* typeTable;   // [TT, width]
    float* out;               // [rows, width]
    int rows;                 // B·T
    int tokens;
    int width;
    unsigned int pad;
} ZoTfEmbedArgs;              // 64 bytes

// zo_tf_layernorm: per row, mean and Σ(x − mean)² in binary64 (columns ascending), invStd = 1/√(Σ/W + ε),
// y = (float)((x − mean)·invStd)·γ + β in binary32. y may be x.
typedef struct ZoTfLayerNormArgs
{
    const float* x;           // [rows, width]
    const float* gamma;       // [width]
    const float* beta;        // [width]
    float* y;                 // [rows, width]
    int rows;
    int width;
    float epsilon;            // widened to binary64 in the kernel
    unsigned int pad;
} ZoTfLayerNormArgs;          // 48 bytes

// zo_tf_masked_softmax: in place, per score row of sequence b: max over kept keys, e_j = kept ? exp(s_j − max) : 0,
// sum in key order, s_j = e_j / sum.
typedef struct ZoTfSoftmaxArgs
{
    float* scores;            // [rows = B·heads·T, tokens]
    const float* mask;        // [B, tokens]
    int rows;
    int tokens;
    int heads;
    unsigned int pad;
} ZoTfSoftmaxArgs;            // 32 bytes

// zo_tf_mean_pool: pooled[b, c] = (Σ_t kept hidden[b·T + t, c], t ascending, from 0) / max(count, 1).
typedef struct ZoTfPoolArgs
{
    const float* hidden;      // [B·T, width]
    const float* mask;        // [B, T]
    float* pooled;            // [B, width]
    int sequences;
    int tokens;
    int width;
    unsigned int pad;
} ZoTfPoolArgs;               // 40 bytes

// zo_tf_l2_normalize: y[r] = x[r] / max(√(Σ x², columns ascending), 1e-12f); y may be x (stride 1).
// zo_tf_first_tokens: y[r] = x[r·stride] (the [CLS] row of each sequence; stride = tokens).
typedef struct ZoTfRowsArgs
{
    const float* x;           // [rows·stride, width]
    float* y;                 // [rows, width]
    int rows;
    int width;
    int stride;
    unsigned int pad;
} ZoTfRowsArgs;               // 32 bytes
