// zo_philox.cuh: the noise contract of docs/noise.md as __host__ __device__ functions: Philox4x32-10, the portable ln
// and sin/cos of turns, the 24-bit uniforms, Box–Muller Gaussian and Rademacher elements, and the bf16 conversions of
// the optimizer state. It is a transcription of src/ZoEngine/Noise/{Philox4x32,PortableMath,BFloat16}.cs and
// src/ZoEngine/Cpu/Reference/NoiseReference.cs, operation for operation, so that a kernel on the GPU, the same kernel
// in the host build (native/) and the C# backends produce the same bits.
//
// Why every floating-point operation goes through a zo_* helper: each C# operation is one IEEE binary32 rounding, and
// the helpers make that explicit on both sides. On the device, __fmul_rn/__fadd_rn are never contracted into an fma
// whatever the flags; on the host, plain operators are single roundings as long as the build keeps
// -ffp-contract=off (native/ and kernels/tests/ do). An fma is written as one (__fmaf_rn / std::fma) wherever the C#
// has MathF.FusedMultiplyAdd, and nowhere else.
//
// Included by every kernels/*.cu and, with no CUDA headers at all, by kernels/tests/noise_check.cpp.
#pragma once

#include "zo_abi.cuh"

#include <cmath>
#include <cstring>

#if defined(__CUDACC__)
#define ZO_UNROLL _Pragma("unroll")
#else
// g++ has no `#pragma unroll`; the host build's optimiser decides, and unrolling never changes a result here.
#define ZO_UNROLL
#endif

// ---- binary32 operations, one rounding each ------------------------------------------------------------------------

ZO_HD unsigned int zo_bits(float x)
{
#ifdef __CUDA_ARCH__
    return __float_as_uint(x);
#else
    unsigned int u;
    std::memcpy(&u, &x, sizeof u);
    return u;
#endif
}

ZO_HD float zo_float(unsigned int u)
{
#ifdef __CUDA_ARCH__
    return __uint_as_float(u);
#else
    float x;
    std::memcpy(&x, &u, sizeof x);
    return x;
#endif
}

ZO_HD float zo_fma(float a, float b, float c)
{
#ifdef __CUDA_ARCH__
    return __fmaf_rn(a, b, c);
#else
    return std::fma(a, b, c);
#endif
}

ZO_HD float zo_mul(float a, float b)
{
#ifdef __CUDA_ARCH__
    return __fmul_rn(a, b);
#else
    return a * b;
#endif
}

ZO_HD float zo_add(float a, float b)
{
#ifdef __CUDA_ARCH__
    return __fadd_rn(a, b);
#else
    return a + b;
#endif
}

// IEEE 754 defines a − b as a + (−b), signed zeros included; the negation is a sign-bit flip.
ZO_HD float zo_sub(float a, float b)
{
#ifdef __CUDA_ARCH__
    return __fadd_rn(a, -b);
#else
    return a - b;
#endif
}

ZO_HD float zo_div(float a, float b)
{
#ifdef __CUDA_ARCH__
    return __fdiv_rn(a, b);
#else
    return a / b;
#endif
}

ZO_HD float zo_sqrt(float a)
{
#ifdef __CUDA_ARCH__
    return __fsqrt_rn(a);
#else
    return std::sqrt(a);
#endif
}

// ---- Philox4x32-10 (docs/noise.md §1) ------------------------------------------------------------------------------

#define ZO_PHILOX_M0 0xD2511F53u
#define ZO_PHILOX_M1 0xCD9E8D57u
#define ZO_PHILOX_W0 0x9E3779B9u
#define ZO_PHILOX_W1 0xBB67AE85u

// The four output words of one Philox call: the noise words of the four elements of one group.
struct ZoWords
{
    unsigned int x0, x1, x2, x3;
};

ZO_HD unsigned int zo_mulhi(unsigned int a, unsigned int b)
{
#ifdef __CUDA_ARCH__
    return __umulhi(a, b);
#else
    return (unsigned int)(((unsigned long long)a * b) >> 32);
#endif
}

// Ten rounds; the key is bumped by the Weyl constants before every round but the first (Random123's order).
ZO_HD ZoWords zo_philox(unsigned int c0, unsigned int c1, unsigned int c2, unsigned int c3, unsigned int k0, unsigned int k1)
{
    ZO_UNROLL
    for (int round = 0; round < 10; ++round)
    {
        if (round > 0)
        {
            k0 += ZO_PHILOX_W0;
            k1 += ZO_PHILOX_W1;
        }
        unsigned int hi0 = zo_mulhi(ZO_PHILOX_M0, c0), lo0 = ZO_PHILOX_M0 * c0;
        unsigned int hi1 = zo_mulhi(ZO_PHILOX_M1, c2), lo1 = ZO_PHILOX_M1 * c2;
        unsigned int n0 = hi1 ^ c1 ^ k0;
        unsigned int n2 = hi0 ^ c3 ^ k1;
        c0 = n0;
        c1 = lo1;
        c2 = n2;
        c3 = lo0;
    }
    return ZoWords{c0, c1, c2, c3};
}

// The words of group (Philox block) `block` of tensor `tensorId` under `seed`: key (lo32 s, hi32 s), counter
// (lo32 block, hi32 block, id, 0). Element 4·block + i takes word i (docs/noise.md §2).
ZO_HD ZoWords zo_noise_words(unsigned long long seed, unsigned int tensorId, unsigned long long block)
{
    return zo_philox((unsigned int)block, (unsigned int)(block >> 32), tensorId, 0u, (unsigned int)seed, (unsigned int)(seed >> 32));
}

// ---- Portable ln and sin/cos of turns (docs/noise.md §5, §6; PortableMath.cs) ---------------------------------------

// 2⁻²⁴ (exactly: 1/16777216), the resolution of the 24-bit uniforms and of the turn angle.
#define ZO_TWO_POW_MINUS_24 5.9604644775390625e-8f

// ln of a positive, finite, normal x (the noise calls it on u ∈ [2⁻²⁴, 1]). Coefficients are given as bits, as in
// PortableMath.LnCoefficientBits, so no decimal-to-binary conversion can differ between compilers.
ZO_HD float zo_log(float x)
{
    unsigned int bits = zo_bits(x);
    int e = (int)(bits >> 23) - 127;
    unsigned int mbits = (bits & 0x007FFFFFu) | 0x3F800000u;
    if (mbits > 0x3FB504F3u) // above √2: halve m and bump e, both exact, so that f = m − 1 ∈ [√½−1, √2−1]
    {
        mbits -= 0x00800000u;
        e += 1;
    }
    float f = zo_sub(zo_float(mbits), 1.0f); // exact (Sterbenz)
    float p = zo_float(0xBD9C151Du);         // c9
    p = zo_fma(p, f, zo_float(0x3E0424F1u)); // c8
    p = zo_fma(p, f, zo_float(0xBE079CE8u)); // c7
    p = zo_fma(p, f, zo_float(0x3E1138CDu)); // c6
    p = zo_fma(p, f, zo_float(0xBE2A1388u)); // c5
    p = zo_fma(p, f, zo_float(0x3E4CD1F6u)); // c4
    p = zo_fma(p, f, zo_float(0xBE800214u)); // c3
    p = zo_fma(p, f, zo_float(0x3EAAAAA8u)); // c2
    p = zo_fma(p, f, zo_float(0xBEFFFFFCu)); // c1
    p = zo_fma(p, f, zo_float(0x3F800000u)); // c0
    float lnm = zo_mul(f, p);
    float ef = (float)e; // exact: |e| ≤ 127
    return zo_fma(ef, zo_float(0x3F317180u), zo_fma(ef, zo_float(0x3717F7D1u), lnm)); // LN2_HI, LN2_LO
}

// cos(2πt) and sin(2πt) for t = n·2⁻²⁴, n ∈ [0, 2²⁴). The quarter-turn reduction is integer arithmetic (exact); only
// the polynomials on |t| ≤ 1/8 round. The quadrant signs are sign-bit flips, so zeros keep the C#'s signs.
ZO_HD void zo_sincos_turns24(unsigned int n, float* cosOut, float* sinOut)
{
    unsigned int k = (n + (1u << 21)) >> 22;                   // nearest quarter turn, 0..4
    int rem = (int)n - (int)(k << 22);                         // [−2²¹, 2²¹)
    float t = zo_mul((float)rem, ZO_TWO_POW_MINUS_24);         // exact
    float t2 = zo_mul(t, t);
    float pc = zo_float(0xC1D368F9u);                          // C5
    pc = zo_fma(pc, t2, zo_float(0x4270FA83u));                // C4
    pc = zo_fma(pc, t2, zo_float(0xC2AAE9E4u));                // C3
    pc = zo_fma(pc, t2, zo_float(0x4281E0F8u));                // C2
    pc = zo_fma(pc, t2, zo_float(0xC19DE9E6u));                // C1
    float c = zo_fma(pc, t2, zo_float(0x3F800000u));           // C0
    float ps = zo_float(0x42283C1Au);                          // S4
    ps = zo_fma(ps, t2, zo_float(0xC2996966u));                // S3
    ps = zo_fma(ps, t2, zo_float(0x42A335E3u));                // S2
    ps = zo_fma(ps, t2, zo_float(0xC2255DE7u));                // S1
    ps = zo_fma(ps, t2, zo_float(0x40C90FDBu));                // S0
    float s = zo_mul(t, ps);
    unsigned int q = k & 3u;
    float cq = (q & 1u) != 0u ? s : c;
    float sq = (q & 1u) != 0u ? c : s;
    *cosOut = zo_float(zo_bits(cq) ^ (((q + 1u) & 2u) << 30));
    *sinOut = zo_float(zo_bits(sq) ^ ((q & 2u) << 30));
}

// ---- Elements (docs/noise.md §3, §4; NoiseReference.cs) ------------------------------------------------------------

// Box–Muller radius r = √(ln(u1)·(−2)) of the word that supplies u1 = ((x >> 8) + 1)·2⁻²⁴ ∈ (0, 1] (exact).
ZO_HD float zo_radius(unsigned int x)
{
    float u1 = zo_mul((float)((x >> 8) + 1u), ZO_TWO_POW_MINUS_24);
    return zo_sqrt(zo_mul(zo_log(u1), -2.0f));
}

// ±1 from the sign bit of the element's word.
ZO_HD float zo_rademacher(unsigned int x)
{
    return zo_float(0x3F800000u | (x & 0x80000000u));
}

// The four noise elements of one group: z[i] is element 4·block + i. A Gaussian group is two Box–Muller pairs:
// (x0, x1) → elements 0, 1 and (x2, x3) → elements 2, 3, each element computed exactly as NoiseReference.Gaussian
// computes it alone. Any kind other than ZO_NOISE_GAUSSIAN is Rademacher, as in NoiseReference.Element.
ZO_HD void zo_noise_group(unsigned int kind, unsigned long long seed, unsigned int tensorId, unsigned long long block, float z[4])
{
    ZoWords w = zo_noise_words(seed, tensorId, block);
    if (kind == ZO_NOISE_GAUSSIAN)
    {
        float r01 = zo_radius(w.x0), r23 = zo_radius(w.x2);
        float cos1, sin1, cos3, sin3;
        zo_sincos_turns24(w.x1 >> 8, &cos1, &sin1);
        zo_sincos_turns24(w.x3 >> 8, &cos3, &sin3);
        z[0] = zo_mul(r01, cos1);
        z[1] = zo_mul(r01, sin1);
        z[2] = zo_mul(r23, cos3);
        z[3] = zo_mul(r23, sin3);
    }
    else
    {
        z[0] = zo_rademacher(w.x0);
        z[1] = zo_rademacher(w.x1);
        z[2] = zo_rademacher(w.x2);
        z[3] = zo_rademacher(w.x3);
    }
}

// ---- bfloat16 optimizer state (BFloat16.cs) ------------------------------------------------------------------------

// Round to nearest even; a NaN stays a quiet NaN instead of carrying into infinity.
ZO_HD unsigned short zo_bf16_from_float(float value)
{
    unsigned int u = zo_bits(value);
    if ((u & 0x7FFFFFFFu) > 0x7F800000u)
        return (unsigned short)((u >> 16) | 0x40u);
    return (unsigned short)((u + 0x7FFFu + ((u >> 16) & 1u)) >> 16);
}

// Exact widening.
ZO_HD float zo_bf16_to_float(unsigned short value)
{
    return zo_float((unsigned int)value << 16);
}
