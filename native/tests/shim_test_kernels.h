// shim_test_kernels.h: argument structs of the shim's test kernels (shim_test_kernels.cu), shared with their driver
// (shim_tests.cpp). Plain C++ with no CUDA types, so the driver compiles without the shim.
#pragma once

struct ReduceArgs
{
    const long long* values;       // [count]
    const float* floats;           // [count], integer-valued, so every order of summation is exact
    long long count;
    long long* blockSums;          // [grid.x]
    float* blockFloatSums;         // [grid.x]
    unsigned long long* total;     // [1], zeroed by the caller; two's-complement sum of values
};

struct EarlyExitArgs
{
    int* values;                   // [grid.x, block.x], -1 for threads that returned early
    int* survivors;                // [grid.x, block.x], __syncthreads_count seen by the threads still running
    int mode;                      // 0: odd threads return after the first barrier; 1: the upper half before any
    int pad;
};

struct AtomicArgs
{
    unsigned* tickets;             // [1], counter handing out one ticket per thread
    unsigned* ticketSeen;          // [threads], how often each ticket was handed out
    unsigned long long* sum;       // [1], Σ global thread index
    int* negative;                 // [1], -threads
    float* floatSum;               // [1], threads (exact below 2^24)
    unsigned* maxHash;             // [1], max of hash(g)
    int* minHash;                  // [1], min of hash(g) - 500000
    unsigned long long* maxWide;   // [1], max of g << 32
    unsigned* casCounter;          // [1], 3·threads, through an atomicCAS loop
    unsigned* exchanged;           // [8], slot g % 8 keeps some g of its residue class
};

struct CoverageArgs
{
    unsigned* visits;              // [blocks, threadsPerBlock], how often each (block, thread) pair ran
    unsigned* order;               // [blocks], linear block index in the order thread 0 of each block ran
    unsigned* orderNext;           // [1]
    unsigned* outOfRange;          // [1], built-in variables outside their ranges
};

struct VectorArgs
{
    const float* in;               // [count, 4], 16-byte aligned
    float* out;                    // [count, 4]
    const unsigned short* halves;  // [count, 4], 8-byte aligned
    unsigned short* halvesOut;     // [count, 4]
    const unsigned* words;         // [count, 2], 8-byte aligned
    unsigned* wordsOut;            // [count, 4], 16-byte aligned
    unsigned count;
    unsigned pad;
};

// What one thread of zo_test_warp saw.
struct WarpOut
{
    int scan;                      // inclusive prefix sum over its warp, by __shfl_up_sync
    int broadcast;                 // __shfl_sync from lane 3
    int down4;                     // __shfl_down_sync by 4
    int xor5;                      // __shfl_xor_sync with 5
    int index8;                    // __shfl_sync from lane 13, width 8
    int up8;                       // __shfl_up_sync by 3, width 8
    int down8;                     // __shfl_down_sync by 2, width 8
    int xor8;                      // __shfl_xor_sync with 8, width 8
    float butterfly;               // Σ over the warp by __shfl_xor_sync rounds 16, 8, 4, 2, 1
    unsigned word;                 // __shfl_sync of v ^ 0x80000000 from lane (lane + 7) % 32
    long long wide;                // __shfl_down_sync by 1 of v · 2^33 + 5
    unsigned long long uwide;      // __shfl_xor_sync with 1 of 0xF000000000000000 | (unsigned)v
    double real;                   // __shfl_up_sync by 1 of v / 2
    unsigned ballot;               // __ballot_sync of v odd
    unsigned ballotExact;          // __ballot_sync(mask of the lanes that exist, 1)
    int pad;
};

struct WarpArgs
{
    const int* in;                 // [grid.x, block.x]
    WarpOut* out;                  // [grid.x, block.x]
};

struct DynamicSharedArgs
{
    const float* in;               // [grid.x, block.x · perThread]
    float* out;                    // [grid.x, block.x · perThread], each block's slice reversed
    unsigned* misaligned;          // [1], threads that saw the buffer not 16-byte aligned
    unsigned perThread;
    unsigned pad;
};

struct IntrinsicArgs
{
    const float* floats;           // [2]: 1 + 2^-12, -1
    float* floatsOut;              // [kIntrinsicFloats]
    const unsigned* words;         // [2]: 0x12345678, 0x9abcdef0
    unsigned* wordsOut;            // [kIntrinsicWords]
    unsigned long long* wideOut;   // [kIntrinsicWide]
    int* intsOut;                  // [kIntrinsicInts]
};
constexpr int kIntrinsicFloats = 16;
constexpr int kIntrinsicWords = 16;
constexpr int kIntrinsicWide = 4;
constexpr int kIntrinsicInts = 16;

// zo_test_fault: one warp collective, chosen by `op`, with the caller's mask and width.
struct FaultArgs
{
    int* out;                      // [block.x]
    unsigned mask;
    int width;
    int op;                        // 0: __shfl_sync, 1: __ballot_sync, 2: __syncwarp, 3: __shfl_sync in lanes 0-15,
                                   // 4: lanes 0-15 of warp 1 in __syncwarp while the rest wait in __syncthreads
    int pad;
};

struct EmptyArgs
{
    int unused;
};
