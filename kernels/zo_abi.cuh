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
