// shim_test_kernels.cu: CUDA-style kernels that exercise the host shim (barriers, shared memory, warp collectives,
// atomics, vector types, intrinsics). Compiled like kernels/*.cu, as C++20 with zo_cuda_shim.h force-included
// (native/Makefile), and registered through kernels/zo_abi.cuh's ZO_REGISTER_KERNEL; shim_tests.cpp launches them
// through zo_host_launch. Deterministic except zo_test_atomics' exchanged slots, whose checks allow any winner.
#include "shim_test_kernels.h"
#include "zo_abi.cuh"

#include <cstdint>

static_assert(sizeof(float2) == 8 && alignof(float2) == 8);
static_assert(sizeof(float3) == 12 && alignof(float3) == 4);
static_assert(sizeof(float4) == 16 && alignof(float4) == 16);
static_assert(sizeof(int2) == 8 && alignof(int2) == 8);
static_assert(sizeof(int3) == 12 && alignof(int3) == 4);
static_assert(sizeof(int4) == 16 && alignof(int4) == 16);
static_assert(sizeof(uint2) == 8 && alignof(uint2) == 8);
static_assert(sizeof(uint3) == 12 && alignof(uint3) == 4);
static_assert(sizeof(uint4) == 16 && alignof(uint4) == 16);
static_assert(sizeof(short2) == 4 && alignof(short2) == 4);
static_assert(sizeof(short4) == 8 && alignof(short4) == 8);
static_assert(sizeof(ushort2) == 4 && alignof(ushort2) == 4);
static_assert(sizeof(ushort4) == 8 && alignof(ushort4) == 8);
static_assert(sizeof(longlong2) == 16 && alignof(longlong2) == 16);
static_assert(sizeof(ulonglong2) == 16 && alignof(ulonglong2) == 16);
static_assert(sizeof(double2) == 16 && alignof(double2) == 16);
static_assert(sizeof(dim3) == 12 && warpSize == 32);

namespace
{
constexpr unsigned kFull = 0xffffffffu;

__device__ __forceinline__ unsigned hash(unsigned g) { return g * 2654435761u % 1000003u; }
} // namespace

__constant__ unsigned kTestTable[4] = {11u, 22u, 33u, 44u};

// Grid-stride sums of int64 and float: warp shuffles, then the warps' partial sums through shared memory.
extern "C" __global__ void __launch_bounds__(1024) zo_test_reduce(const ReduceArgs a)
{
    __shared__ long long warpSums[32];
    __shared__ __align__(16) float warpFloatSums[32];
    long long sum = 0;
    float floatSum = 0.0f;
    const long long stride = static_cast<long long>(gridDim.x) * blockDim.x;
    for (long long i = static_cast<long long>(blockIdx.x) * blockDim.x + threadIdx.x; i < a.count; i += stride)
    {
        sum += __ldg(&a.values[i]);
        floatSum += a.floats[i];
    }
    for (unsigned offset = 16; offset > 0; offset >>= 1)
    {
        sum += __shfl_down_sync(kFull, sum, offset);
        floatSum += __shfl_down_sync(kFull, floatSum, offset);
    }
    const unsigned lane = threadIdx.x % warpSize, warp = threadIdx.x / warpSize;
    if (lane == 0)
    {
        warpSums[warp] = sum;
        warpFloatSums[warp] = floatSum;
    }
    __syncthreads();
    if (warp != 0)
        return;
    const unsigned warps = (blockDim.x + warpSize - 1) / warpSize;
    sum = lane < warps ? warpSums[lane] : 0;
    floatSum = lane < warps ? warpFloatSums[lane] : 0.0f;
    for (unsigned offset = 16; offset > 0; offset >>= 1)
    {
        sum += __shfl_down_sync(kFull, sum, offset);
        floatSum += __shfl_down_sync(kFull, floatSum, offset);
    }
    if (lane == 0)
    {
        a.blockSums[blockIdx.x] = sum;
        a.blockFloatSums[blockIdx.x] = floatSum;
        atomicAdd(a.total, static_cast<unsigned long long>(sum));
    }
}
ZO_REGISTER_KERNEL(zo_test_reduce, ReduceArgs)

// Threads return early, then the others keep meeting at barriers: three rotations of a shared array among survivors.
extern "C" __global__ void zo_test_early_exit(const EarlyExitArgs a)
{
    __shared__ int values[1024];
    const unsigned t = threadIdx.x, n = blockDim.x, slot = blockIdx.x * n + t;
    a.values[slot] = -1;
    a.survivors[slot] = -1;
    if (a.mode == 1 && t >= n / 2)
        return;
    values[t] = static_cast<int>(t + 1 + blockIdx.x * 10000);
    __syncthreads();
    if (a.mode == 0 && t % 2 == 1)
        return;
    const int survivors = __syncthreads_count(1);
    const unsigned next = a.mode == 0 ? (t + 2) % n : (t + 1) % (n / 2);
    for (int round = 0; round < 3; ++round)
    {
        const int value = values[next];
        __syncthreads();
        values[t] = value;
        __syncthreads();
    }
    a.values[slot] = values[t];
    a.survivors[slot] = survivors;
}
ZO_REGISTER_KERNEL(zo_test_early_exit, EarlyExitArgs)

extern "C" __global__ void zo_test_atomics(const AtomicArgs a)
{
    const unsigned g = blockIdx.x * blockDim.x + threadIdx.x;
    atomicAdd(&a.ticketSeen[atomicAdd(a.tickets, 1u)], 1u);
    atomicAdd(a.sum, static_cast<unsigned long long>(g));
    atomicAdd(a.negative, -1);
    atomicAdd(a.floatSum, 1.0f);
    atomicMax(a.maxHash, hash(g));
    atomicMin(a.minHash, static_cast<int>(hash(g)) - 500000);
    atomicMax(a.maxWide, static_cast<unsigned long long>(g) << 32);
    unsigned seen = atomicAdd(a.casCounter, 0u), expected; // an atomic read: the counter is being updated
    do
    {
        expected = seen;
        seen = atomicCAS(a.casCounter, expected, expected + 3u);
    } while (seen != expected);
    atomicExch(&a.exchanged[g % 8], g);
}
ZO_REGISTER_KERNEL(zo_test_atomics, AtomicArgs)

extern "C" __global__ void zo_test_coverage(const CoverageArgs a)
{
    const unsigned block = blockIdx.x + gridDim.x * (blockIdx.y + gridDim.y * blockIdx.z);
    const unsigned thread = threadIdx.x + blockDim.x * (threadIdx.y + blockDim.y * threadIdx.z);
    const unsigned threads = blockDim.x * blockDim.y * blockDim.z;
    atomicAdd(&a.visits[block * threads + thread], 1u);
    if (thread == 0)
        a.order[atomicAdd(a.orderNext, 1u)] = block;
    if (threadIdx.x >= blockDim.x || threadIdx.y >= blockDim.y || threadIdx.z >= blockDim.z ||
        blockIdx.x >= gridDim.x || blockIdx.y >= gridDim.y || blockIdx.z >= gridDim.z)
        atomicAdd(a.outOfRange, 1u);
}
ZO_REGISTER_KERNEL(zo_test_coverage, CoverageArgs)

extern "C" __global__ void zo_test_vectors(const VectorArgs a)
{
    const unsigned i = blockIdx.x * blockDim.x + threadIdx.x;
    if (i >= a.count)
        return;
    const float4 v = reinterpret_cast<const float4*>(a.in)[i];
    reinterpret_cast<float4*>(a.out)[i] = make_float4(v.w, v.z * 2.0f, v.y + 1.0f, -v.x);
    const ushort4 h = reinterpret_cast<const ushort4*>(a.halves)[i];
    const ushort2 low = reinterpret_cast<const ushort2*>(a.halves)[2 * i];
    reinterpret_cast<ushort4*>(a.halvesOut)[i] =
        make_ushort4(h.w, h.z, static_cast<unsigned short>(low.y + 1), static_cast<unsigned short>(low.x ^ 0x8000u));
    const uint2 w = reinterpret_cast<const uint2*>(a.words)[i];
    reinterpret_cast<uint4*>(a.wordsOut)[i] = make_uint4(w.y, w.x, w.x ^ w.y, i);
}
ZO_REGISTER_KERNEL(zo_test_vectors, VectorArgs)

extern "C" __global__ void zo_test_warp(const WarpArgs a)
{
    const unsigned t = blockIdx.x * blockDim.x + threadIdx.x;
    const unsigned lane = threadIdx.x % warpSize;
    const int v = a.in[t];
    WarpOut o{};
    int scan = v;
    for (unsigned delta = 1; delta < 32; delta <<= 1)
    {
        const int below = __shfl_up_sync(kFull, scan, delta);
        if (lane >= delta)
            scan += below;
    }
    o.scan = scan;
    o.broadcast = __shfl_sync(kFull, v, 3);
    o.down4 = __shfl_down_sync(kFull, v, 4);
    o.xor5 = __shfl_xor_sync(kFull, v, 5);
    o.index8 = __shfl_sync(kFull, v, 13, 8);
    o.up8 = __shfl_up_sync(kFull, v, 3, 8);
    o.down8 = __shfl_down_sync(kFull, v, 2, 8);
    o.xor8 = __shfl_xor_sync(kFull, v, 8, 8);
    float butterfly = static_cast<float>(v);
    for (int laneMask = 16; laneMask > 0; laneMask >>= 1)
        butterfly += __shfl_xor_sync(kFull, butterfly, laneMask);
    o.butterfly = butterfly;
    __syncwarp();
    o.word = __shfl_sync(kFull, static_cast<unsigned>(v) ^ 0x80000000u, static_cast<int>((lane + 7) % 32));
    o.wide = __shfl_down_sync(kFull, static_cast<long long>(v) * (1ll << 33) + 5, 1);
    o.uwide = __shfl_xor_sync(kFull, 0xF000000000000000ull | static_cast<unsigned>(v), 1);
    o.real = __shfl_up_sync(kFull, static_cast<double>(v) / 2, 1);
    o.ballot = __ballot_sync(kFull, v & 1);
    const unsigned lanes = min(32u, blockDim.x - threadIdx.x / 32 * 32);
    o.ballotExact = __ballot_sync(lanes == 32 ? kFull : (1u << lanes) - 1, 1);
    a.out[t] = o;
}
ZO_REGISTER_KERNEL(zo_test_warp, WarpArgs)

extern "C" __global__ void zo_test_dynamic_shared(const DynamicSharedArgs a)
{
    ZO_DYNAMIC_SHARED(float, buffer);
    const unsigned elements = blockDim.x * a.perThread;
    const float* in = a.in + static_cast<size_t>(blockIdx.x) * elements;
    float* out = a.out + static_cast<size_t>(blockIdx.x) * elements;
    if (reinterpret_cast<uintptr_t>(buffer) % 16 != 0)
        atomicAdd(a.misaligned, 1u);
    for (unsigned i = threadIdx.x; i < elements; i += blockDim.x)
        buffer[i] = in[i];
    __syncthreads();
    for (unsigned i = threadIdx.x; i < elements; i += blockDim.x)
        out[i] = buffer[elements - 1 - i];
}
ZO_REGISTER_KERNEL(zo_test_dynamic_shared, DynamicSharedArgs)

// One thread; shim_tests.cpp checks each output against a known answer.
extern "C" __global__ void zo_test_intrinsics(const IntrinsicArgs a)
{
    const float x = a.floats[0], minusOne = a.floats[1];
    float* f = a.floatsOut;
    f[0] = __fmaf_rn(x, x, minusOne);
    f[1] = x * x + minusOne; // must round twice: -ffp-contract=off
    f[2] = __fadd_rn(__fmul_rn(x, x), minusOne);
    f[3] = __fadd_rn(1.0f, 0x1p-24f);
    f[4] = __fsub_rn(1.0f, 0x1p-25f);
    f[5] = __fdiv_rn(1.0f, 3.0f);
    f[6] = __fsqrt_rn(2.0f);
    f[7] = __uint_as_float(0x40490fdbu);
    f[8] = __int_as_float(0x7f800000);
    f[9] = min(1.5f, __uint_as_float(0x7fc00000u));
    f[10] = max(-2.0f, -3.0f);
    const float2 pair = make_float2(0.25f, 0.5f);
    const float4 quad = make_float4(1.0f, 2.0f, 3.0f, 4.0f);
    f[11] = pair.x + pair.y + quad.w;

    unsigned* u = a.wordsOut;
    u[0] = __float_as_uint(1.0f);
    u[1] = static_cast<unsigned>(__float_as_int(-2.0f));
    u[2] = __umulhi(0xffffffffu, 0xffffffffu);
    u[3] = __umulhi(__ldg(&a.words[0]), __ldg(&a.words[1]));
    u[4] = static_cast<unsigned>(__popc(0xf0f0u));
    u[5] = min(3u, 7u);
    u[6] = max(3u, 7u);
    u[7] = kTestTable[2];
    const uint4 words = make_uint4(1u, 2u, 3u, 4u);
    const ushort4 halves = make_ushort4(5, 6, 7, 8);
    u[8] = words.x + words.y * 10 + words.z * 100 + words.w * 1000 + halves.w * 10000u;

    unsigned long long* w = a.wideOut;
    w[0] = __umul64hi(~0ull, ~0ull);
    w[1] = __umul64hi(1ull << 63, 6ull);
    w[2] = min(5ull, 1ull << 40);
    w[3] = max(5ull, 1ull << 40);

    int* i = a.intsOut;
    i[0] = __popcll(~0ull);
    i[1] = __clz(1);
    i[2] = __clz(0);
    i[3] = __clzll(1);
    i[4] = __ffs(0);
    i[5] = __ffs(0x80);
    i[6] = __ffs(static_cast<int>(0x80000000u));
    i[7] = min(-3, 2);
    i[8] = max(-3, 2);
    i[9] = static_cast<int>(min(-5ll, 4ll));
    i[10] = static_cast<int>(max(-5ll, 4ll));
}
ZO_REGISTER_KERNEL(zo_test_intrinsics, IntrinsicArgs)

extern "C" __global__ void zo_test_fault(const FaultArgs a)
{
    int value = static_cast<int>(threadIdx.x);
    if (a.op == 0)
        value = __shfl_sync(a.mask, value, 0, a.width);
    else if (a.op == 1)
        value = static_cast<int>(__ballot_sync(a.mask, 1));
    else if (a.op == 2)
        __syncwarp(a.mask);
    else if (a.op == 3 && threadIdx.x % warpSize < 16)
        value = __shfl_sync(a.mask, value, 0, a.width); // divergent: the upper lanes wait at the barrier below
    else if (a.op == 4 && threadIdx.x / warpSize == 1 && threadIdx.x % warpSize < 16)
        __syncwarp(a.mask); // waits for lanes 16-31, which wait at the barrier below for these: a deadlock
    __syncthreads();
    a.out[threadIdx.x] = value;
}
ZO_REGISTER_KERNEL(zo_test_fault, FaultArgs)

extern "C" __global__ void zo_test_empty(const EmptyArgs) {}
ZO_REGISTER_KERNEL(zo_test_empty, EmptyArgs)
