// zo_cuda_shim.h: CUDA-on-CPU shim. Force-included before every kernels/*.cu when they are compiled as C++ for the
// host (`$(CXX) -std=c++20 -x c++ -include native/zo_cuda_shim.h -Ikernels`, see native/Makefile), so that the very
// source nvcc compiles also builds into libzo_native.so, the host build behind the Emulated backend.
//
// It supplies CUDA's qualifiers, built-in variables, vector types, intrinsics and atomics, and the kernel registration
// behind ZO_REGISTER_KERNEL. The runtime that gives __syncthreads, warp shuffles and launches their CUDA semantics is
// in zo_host.cpp. Execution model (native/README.md): the blocks of a launch run one after another; the threads of a
// block run concurrently, one OS thread each, and meet at real barriers.
//
// __CUDACC__ and __CUDA_ARCH__ stay undefined, so shared headers such as kernels/zo_abi.cuh take their host branches.
// Not provided, so that a kernel using them fails to compile instead of computing something else: cooperative groups,
// textures and surfaces, `extern __shared__` (use ZO_DYNAMIC_SHARED below), fast-math intrinsics (__expf, __sinf, ...),
// whose device results no host function reproduces.
#pragma once

#include <atomic>
#include <bit>
#include <cmath>
#include <concepts>
#include <cstring>
#include <math.h>
#include <type_traits>

// ---- Qualifiers --------------------------------------------------------------------------------------------------

#define __global__
#define __device__
#define __host__
#define __forceinline__ inline __attribute__((always_inline))
#define __launch_bounds__(...)
#define __align__(n) __attribute__((aligned(n)))
// The blocks of a launch run one after another and launches are serialised by a global mutex, so at any moment at most
// one block runs and a function-local static is exactly that block's shared memory. Its contents carry over from the
// previous block, where CUDA's are undefined.
#define __shared__ static
// Without -rdc (as ZoEngine compiles) a __constant__ variable belongs to its translation unit; nothing on the host
// side writes one, so an initialised static is the same thing.
#define __constant__ static

// Dynamic shared memory, the `sharedBytes` of zo_host_launch: `ZO_DYNAMIC_SHARED(float, buf);` inside a kernel
// declares `float* const buf`, 16-byte aligned, valid for the launch. The host build cannot spell CUDA's
// `extern __shared__ float buf[];` (an extern declaration cannot also be the static that __shared__ becomes), so
// kernels use this macro; their nvcc side defines it as `extern __shared__ __align__(16) T name[]`.
#define ZO_DYNAMIC_SHARED(T, name) T* const name = static_cast<T*>(::zo::shim::dynamic_shared())

// ---- Vector types, with CUDA's sizes and alignments --------------------------------------------------------------

#define ZO_VECTOR2(T, name, align)                                                                                     \
    struct alignas(align) name                                                                                         \
    {                                                                                                                  \
        T x, y;                                                                                                        \
    };                                                                                                                 \
    inline constexpr name make_##name(T x, T y) { return name{x, y}; }
#define ZO_VECTOR3(T, name)                                                                                            \
    struct name                                                                                                        \
    {                                                                                                                  \
        T x, y, z;                                                                                                     \
    };                                                                                                                 \
    inline constexpr name make_##name(T x, T y, T z) { return name{x, y, z}; }
#define ZO_VECTOR4(T, name, align)                                                                                     \
    struct alignas(align) name                                                                                         \
    {                                                                                                                  \
        T x, y, z, w;                                                                                                  \
    };                                                                                                                 \
    inline constexpr name make_##name(T x, T y, T z, T w) { return name{x, y, z, w}; }

ZO_VECTOR2(short, short2, 4)
ZO_VECTOR4(short, short4, 8)
ZO_VECTOR2(unsigned short, ushort2, 4)
ZO_VECTOR4(unsigned short, ushort4, 8)
ZO_VECTOR2(int, int2, 8)
ZO_VECTOR3(int, int3)
ZO_VECTOR4(int, int4, 16)
ZO_VECTOR2(unsigned int, uint2, 8)
ZO_VECTOR3(unsigned int, uint3)
ZO_VECTOR4(unsigned int, uint4, 16)
ZO_VECTOR2(float, float2, 8)
ZO_VECTOR3(float, float3)
ZO_VECTOR4(float, float4, 16)
ZO_VECTOR2(long long, longlong2, 16)
ZO_VECTOR2(unsigned long long, ulonglong2, 16)
ZO_VECTOR2(double, double2, 16)

#undef ZO_VECTOR2
#undef ZO_VECTOR3
#undef ZO_VECTOR4

struct dim3
{
    unsigned int x, y, z;
    constexpr dim3(unsigned int vx = 1, unsigned int vy = 1, unsigned int vz = 1) : x(vx), y(vy), z(vz) {}
    constexpr dim3(uint3 v) : x(v.x), y(v.y), z(v.z) {}
    constexpr operator uint3() const { return uint3{x, y, z}; }
};

// ---- Built-in variables ------------------------------------------------------------------------------------------

// Each OS thread plays one CUDA thread at a time; the runtime sets these before it calls the kernel.
inline thread_local uint3 threadIdx;
inline thread_local uint3 blockIdx;
inline thread_local dim3 blockDim;
inline thread_local dim3 gridDim;
inline constexpr int warpSize = 32;

// ---- Runtime hooks (zo_host.cpp) ---------------------------------------------------------------------------------

namespace zo::shim
{
using Trampoline = void (*)(const void* args);

// Called by ZO_HOST_REGISTER from static initialisers; the returned value only gives the initialiser something to hold.
bool register_kernel(const char* name, const char* argsType, Trampoline trampoline, unsigned argBytes) noexcept;

void* dynamic_shared() noexcept;
void sync_block();
int sync_block_count(int predicate);
void sync_warp(unsigned mask);
unsigned ballot(unsigned mask, int predicate);

enum class ShuffleMode
{
    Index,
    Up,
    Down,
    Xor,
};
unsigned long long shuffle(unsigned mask, unsigned long long bits, ShuffleMode mode, int operand, int width);

// Shuffles move any value of up to 64 bits; CUDA's overloads cover exactly such types.
template <class T>
concept WarpWord = std::is_trivially_copyable_v<T> && std::is_default_constructible_v<T> && sizeof(T) <= 8;

template <WarpWord T>
inline T shuffle_value(unsigned mask, T value, ShuffleMode mode, int operand, int width)
{
    unsigned long long bits = 0;
    std::memcpy(&bits, &value, sizeof(T));
    bits = shuffle(mask, bits, mode, operand, width);
    T result;
    std::memcpy(&result, &bits, sizeof(T));
    return result;
}

template <class T>
concept AtomicWord = std::same_as<T, int> || std::same_as<T, unsigned int> || std::same_as<T, unsigned long long>;
} // namespace zo::shim

// Registers a kernel with the host build: its name, a trampoline that unpacks the one argument struct, and
// sizeof(Args), which zo_host_launch checks against the caller's argument size. 4 KiB is CUDA 11.8's parameter limit.
#define ZO_HOST_REGISTER(name, Args)                                                                                   \
    static_assert(sizeof(Args) <= 4096, #name ": kernel parameters are limited to 4 KiB, as on the device");          \
    [[maybe_unused]] static const bool zo_registered_##name = ::zo::shim::register_kernel(                             \
        #name, #Args, [](const void* args) { name(*static_cast<const Args*>(args)); }, sizeof(Args));

// ---- Synchronisation and warp collectives ------------------------------------------------------------------------

inline void __syncthreads() { ::zo::shim::sync_block(); }
inline int __syncthreads_count(int predicate) { return ::zo::shim::sync_block_count(predicate); }
inline void __syncwarp(unsigned mask = 0xffffffffu) { ::zo::shim::sync_warp(mask); }
inline unsigned __ballot_sync(unsigned mask, int predicate) { return ::zo::shim::ballot(mask, predicate); }

template <zo::shim::WarpWord T>
inline T __shfl_sync(unsigned mask, T var, int srcLane, int width = warpSize)
{
    return zo::shim::shuffle_value(mask, var, zo::shim::ShuffleMode::Index, srcLane, width);
}
template <zo::shim::WarpWord T>
inline T __shfl_up_sync(unsigned mask, T var, unsigned delta, int width = warpSize)
{
    return zo::shim::shuffle_value(mask, var, zo::shim::ShuffleMode::Up, static_cast<int>(delta), width);
}
template <zo::shim::WarpWord T>
inline T __shfl_down_sync(unsigned mask, T var, unsigned delta, int width = warpSize)
{
    return zo::shim::shuffle_value(mask, var, zo::shim::ShuffleMode::Down, static_cast<int>(delta), width);
}
template <zo::shim::WarpWord T>
inline T __shfl_xor_sync(unsigned mask, T var, int laneMask, int width = warpSize)
{
    return zo::shim::shuffle_value(mask, var, zo::shim::ShuffleMode::Xor, laneMask, width);
}

// ---- Atomics and fences ------------------------------------------------------------------------------------------
// The threads of a block are real concurrent threads, so these must be real atomics. CUDA's are relaxed; a launch
// returns only after every thread has finished, which orders their results before the caller reads them.

inline int atomicAdd(int* address, int value)
{
    return std::atomic_ref<int>(*address).fetch_add(value, std::memory_order_relaxed);
}
inline unsigned int atomicAdd(unsigned int* address, unsigned int value)
{
    return std::atomic_ref<unsigned int>(*address).fetch_add(value, std::memory_order_relaxed);
}
inline unsigned long long atomicAdd(unsigned long long* address, unsigned long long value)
{
    return std::atomic_ref<unsigned long long>(*address).fetch_add(value, std::memory_order_relaxed);
}
inline float atomicAdd(float* address, float value)
{
    return std::atomic_ref<float>(*address).fetch_add(value, std::memory_order_relaxed);
}

template <zo::shim::AtomicWord T>
inline T atomicMax(T* address, T value)
{
    std::atomic_ref<T> target(*address);
    T old = target.load(std::memory_order_relaxed);
    while (old < value && !target.compare_exchange_weak(old, value, std::memory_order_relaxed))
    {
    }
    return old;
}
template <zo::shim::AtomicWord T>
inline T atomicMin(T* address, T value)
{
    std::atomic_ref<T> target(*address);
    T old = target.load(std::memory_order_relaxed);
    while (value < old && !target.compare_exchange_weak(old, value, std::memory_order_relaxed))
    {
    }
    return old;
}
template <zo::shim::AtomicWord T>
inline T atomicCAS(T* address, T compare, T value)
{
    std::atomic_ref<T>(*address).compare_exchange_strong(compare, value, std::memory_order_relaxed);
    return compare;
}
template <zo::shim::AtomicWord T>
inline T atomicExch(T* address, T value)
{
    return std::atomic_ref<T>(*address).exchange(value, std::memory_order_relaxed);
}

inline void __threadfence() { std::atomic_thread_fence(std::memory_order_seq_cst); }
inline void __threadfence_block() { std::atomic_thread_fence(std::memory_order_seq_cst); }

// ---- Intrinsics --------------------------------------------------------------------------------------------------
// Only the exactly specified ones: IEEE round-to-nearest arithmetic and integer/bit operations give the same bits on
// the host as on the device.

template <class T>
inline T __ldg(const T* address)
{
    return *address;
}

inline float __fmaf_rn(float a, float b, float c) { return std::fma(a, b, c); }
inline float __fadd_rn(float a, float b) { return a + b; }
inline float __fsub_rn(float a, float b) { return a - b; }
inline float __fmul_rn(float a, float b) { return a * b; }
inline float __fdiv_rn(float a, float b) { return a / b; }
inline float __fsqrt_rn(float a) { return std::sqrt(a); }

inline unsigned int __float_as_uint(float x) { return std::bit_cast<unsigned int>(x); }
inline float __uint_as_float(unsigned int x) { return std::bit_cast<float>(x); }
inline int __float_as_int(float x) { return std::bit_cast<int>(x); }
inline float __int_as_float(int x) { return std::bit_cast<float>(x); }

inline unsigned int __umulhi(unsigned int a, unsigned int b)
{
    return static_cast<unsigned int>((static_cast<unsigned long long>(a) * b) >> 32);
}
inline unsigned long long __umul64hi(unsigned long long a, unsigned long long b)
{
    return static_cast<unsigned long long>((static_cast<unsigned __int128>(a) * b) >> 64);
}

inline int __popc(unsigned int x) { return std::popcount(x); }
inline int __popcll(unsigned long long x) { return std::popcount(x); }
inline int __clz(int x) { return std::countl_zero(static_cast<unsigned int>(x)); }
inline int __clzll(long long x) { return std::countl_zero(static_cast<unsigned long long>(x)); }
inline int __ffs(int x) { return x == 0 ? 0 : std::countr_zero(static_cast<unsigned int>(x)) + 1; }

// CUDA's global min/max overloads; the float ones are fminf/fmaxf there too.
inline int min(int a, int b) { return a < b ? a : b; }
inline unsigned int min(unsigned int a, unsigned int b) { return a < b ? a : b; }
inline long long min(long long a, long long b) { return a < b ? a : b; }
inline unsigned long long min(unsigned long long a, unsigned long long b) { return a < b ? a : b; }
inline float min(float a, float b) { return fminf(a, b); }
inline int max(int a, int b) { return a > b ? a : b; }
inline unsigned int max(unsigned int a, unsigned int b) { return a > b ? a : b; }
inline long long max(long long a, long long b) { return a > b ? a : b; }
inline unsigned long long max(unsigned long long a, unsigned long long b) { return a > b ? a : b; }
inline float max(float a, float b) { return fmaxf(a, b); }
