// zo_device.cuh: the building blocks the kernels share: the grid-stride walk over groups of 4 elements and the
// tensor that owns a group, term lists (staged from parameter memory into shared memory), the combination of a term
// list at one group, 16-byte / 8-byte group loads and stores with an element-wise fallback, and the block reduction of
// 64-bit integers. Written with the CUDA subset that the host build (native/zo_cuda_shim.h) also provides, so the
// same code runs there.
#pragma once

#include "zo_philox.cuh"

#define ZO_D __device__ __forceinline__

// ---- grid-stride walk (1-D grids and blocks) ------------------------------------------------------------------------

ZO_D long long zo_first_index()
{
    return (long long)blockIdx.x * (long long)blockDim.x + (long long)threadIdx.x;
}

ZO_D long long zo_grid_stride()
{
    return (long long)gridDim.x * (long long)blockDim.x;
}

// ---- the tensor that owns a group ------------------------------------------------------------------------------------

// The table entry a thread is working in. A thread's groups ascend, so consecutive groups usually stay in one tensor
// and the table is searched only when a group leaves [first, end).
struct ZoCursor
{
    long long first;   // global index of the tensor's group 0
    long long end;     // one past its last group
    float* theta;      // [length]
    void* m;           // [length] float or bf16, or null
    void* v;           // [length] float or bf16, or null
    long long length;  // elements
    long long offset;  // flat index of element 0 in the set
    unsigned int id;   // Philox counter word 2
};

// A cursor that contains no group, so that the first zo_seek searches.
ZO_D ZoCursor zo_cursor()
{
    ZoCursor c;
    c.first = 0;
    c.end = 0;
    c.theta = nullptr;
    c.m = nullptr;
    c.v = nullptr;
    c.length = 0;
    c.offset = 0;
    c.id = 0;
    return c;
}

ZO_D void* zo_ldg_pointer(void* const* p)
{
    return reinterpret_cast<void*>(__ldg(reinterpret_cast<const unsigned long long*>(p)));
}

// Points c at the tensor that owns global group `group` (< table.groupCount). That tensor is the last one whose
// firstGroup ≤ group: an empty tensor shares its firstGroup with the next one and so is never chosen.
ZO_D void zo_seek(const ZoTensorTable& table, long long group, ZoCursor& c)
{
    if (group >= c.first && group < c.end)
        return;
    int lo = 0, hi = table.count - 1;
    while (lo < hi)
    {
        int mid = (lo + hi + 1) >> 1;
        if (__ldg(&table.tensors[mid].firstGroup) <= group)
            lo = mid;
        else
            hi = mid - 1;
    }
    const ZoTensor* t = table.tensors + lo;
    c.first = __ldg(&t->firstGroup);
    c.length = __ldg(&t->length);
    c.end = c.first + ((c.length + 3) >> 2);
    c.theta = static_cast<float*>(zo_ldg_pointer(reinterpret_cast<void* const*>(&t->theta)));
    c.m = zo_ldg_pointer(&t->m);
    c.v = zo_ldg_pointer(&t->v);
    c.offset = __ldg(&t->offset);
    c.id = __ldg(&t->id);
}

// ---- term lists ------------------------------------------------------------------------------------------------------

// Copies the inline terms of `list` into shared memory; the caller synchronises before reading them. The slots are
// copied with constant indices: indexing the parameter struct with a variable would make nvcc copy the whole struct
// to local memory (a stack frame), and every thread would pay for it. staged: [ZO_INLINE_TERMS], shared.
ZO_D void zo_stage_terms(const ZoTermList& list, ZoTerm* staged)
{
    if (threadIdx.x == 0)
    {
        ZO_UNROLL
        for (int s = 0; s < ZO_INLINE_TERMS; ++s)
        {
            if (s < list.count)
                staged[s] = list.items[s];
        }
    }
}

// Term k of a list: the inline ones from shared memory (a broadcast read), the rest from `overflow` (device memory,
// the same address in every thread, so one transaction per warp).
ZO_D ZoTerm zo_term(const ZoTerm* staged, const ZoTerm* overflow, int k)
{
    if (k < ZO_INLINE_TERMS)
        return staged[k];
    const ZoTerm* p = overflow + (k - ZO_INLINE_TERMS);
    ZoTerm t;
    t.seed = __ldg(&p->seed);
    t.coefficient = __ldg(&p->coefficient);
    t.kind = __ldg(&p->kind);
    return t;
}

// acc[i] = Σ_k c_k z_k(element 4·block + i of tensor `id`), as UpdateReference.Combination: acc = c_0·z_0, then
// acc = fma(c_k, z_k, acc). (Starting from fma(c_0, z_0, 0) instead would turn a −0 product into +0.) count ≥ 1.
ZO_D void zo_combine_group(const ZoTerm* staged, const ZoTerm* overflow, int count, unsigned int id, unsigned long long block, float acc[4])
{
    for (int k = 0; k < count; ++k)
    {
        ZoTerm t = zo_term(staged, overflow, k);
        float z[4];
        zo_noise_group(t.kind, t.seed, id, block, z);
        ZO_UNROLL
        for (int i = 0; i < 4; ++i)
            acc[i] = k == 0 ? zo_mul(t.coefficient, z[i]) : zo_fma(t.coefficient, z[i], acc[i]);
    }
}

// ---- group loads and stores ------------------------------------------------------------------------------------------
// A group is whole when n == 4. Whole groups at a 16-byte (float) or 8-byte (bf16) aligned address move in one vector
// access; tensors sub-allocated at other offsets, and a tensor's partial last group, go element by element. Lanes
// i ≥ n read as 0 and are never stored.

ZO_D bool zo_aligned(const void* p, unsigned long long bytes)
{
    return (reinterpret_cast<unsigned long long>(p) & (bytes - 1)) == 0;
}

ZO_D void zo_load_f32(const float* p, int n, float x[4])
{
    if (n == 4 && zo_aligned(p, 16))
    {
        float4 q = *reinterpret_cast<const float4*>(p);
        x[0] = q.x;
        x[1] = q.y;
        x[2] = q.z;
        x[3] = q.w;
        return;
    }
    ZO_UNROLL
    for (int i = 0; i < 4; ++i)
        x[i] = i < n ? p[i] : 0.0f;
}

ZO_D void zo_store_f32(float* p, int n, const float x[4])
{
    if (n == 4 && zo_aligned(p, 16))
    {
        float4 q;
        q.x = x[0];
        q.y = x[1];
        q.z = x[2];
        q.w = x[3];
        *reinterpret_cast<float4*>(p) = q;
        return;
    }
    ZO_UNROLL
    for (int i = 0; i < 4; ++i)
    {
        if (i < n)
            p[i] = x[i];
    }
}

// bf16 state is widened exactly on load (BFloat16.ToFloat).
ZO_D void zo_load_bf16(const unsigned short* p, int n, float x[4])
{
    if (n == 4 && zo_aligned(p, 8))
    {
        ushort4 q = *reinterpret_cast<const ushort4*>(p);
        x[0] = zo_bf16_to_float(q.x);
        x[1] = zo_bf16_to_float(q.y);
        x[2] = zo_bf16_to_float(q.z);
        x[3] = zo_bf16_to_float(q.w);
        return;
    }
    ZO_UNROLL
    for (int i = 0; i < 4; ++i)
        x[i] = i < n ? zo_bf16_to_float(p[i]) : 0.0f;
}

// ... and rounded to nearest even on store (BFloat16.FromFloat).
ZO_D void zo_store_bf16(unsigned short* p, int n, const float x[4])
{
    if (n == 4 && zo_aligned(p, 8))
    {
        ushort4 q;
        q.x = zo_bf16_from_float(x[0]);
        q.y = zo_bf16_from_float(x[1]);
        q.z = zo_bf16_from_float(x[2]);
        q.w = zo_bf16_from_float(x[3]);
        *reinterpret_cast<ushort4*>(p) = q;
        return;
    }
    ZO_UNROLL
    for (int i = 0; i < 4; ++i)
    {
        if (i < n)
            p[i] = zo_bf16_from_float(x[i]);
    }
}

// ---- block reduction -------------------------------------------------------------------------------------------------

// The sum of `value` over the block, returned in thread 0 (other threads get partial sums). Warp shuffles, then one
// slot per warp in `scratch`, then the first warp. Works for any blockDim.x that is a multiple of 32 up to 1024; every
// thread of the block must call it. Wrap-around 64-bit addition is associative and commutative, so the result does not
// depend on the order, and a two's-complement signed sum comes out right. scratch: [32], shared.
ZO_D unsigned long long zo_block_sum(unsigned long long value, unsigned long long* scratch)
{
    ZO_UNROLL
    for (int d = 16; d > 0; d >>= 1)
        value += __shfl_down_sync(0xFFFFFFFFu, value, d);
    unsigned int lane = threadIdx.x & 31u, warp = threadIdx.x >> 5;
    if (lane == 0)
        scratch[warp] = value;
    __syncthreads();
    if (warp == 0)
    {
        value = lane < (blockDim.x >> 5) ? scratch[lane] : 0ull;
        ZO_UNROLL
        for (int d = 16; d > 0; d >>= 1)
            value += __shfl_down_sync(0xFFFFFFFFu, value, d);
    }
    return value;
}
