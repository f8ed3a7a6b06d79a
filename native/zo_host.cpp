// zo_host.cpp: the runtime of the host build of kernels/. It keeps the registry that ZO_REGISTER_KERNEL fills, runs
// launches on a persistent pool of OS threads, gives __syncthreads, warp collectives and dynamic shared memory their
// CUDA semantics (the hooks declared in zo_cuda_shim.h), and exports the C ABI of zo_host.h. Compiled as plain C++20
// with the kernels into libzo_native.so (native/Makefile).
//
// Execution model: a launch runs its blocks one after another in blockIdx order (x fastest). Pool worker i plays thread
// i of every block, so the threads of a block run concurrently; they meet at barriers (one per block, one per warp),
// and a thread that returns drops out of them so that the others cannot deadlock on it. Launches are serialised by a
// mutex: static __shared__ arrays and the warp state belong to the one block running.

#include <algorithm>
#include <array>
#include <atomic>
#include <cerrno>
#include <cstdarg>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include <sys/mman.h>

#include "zo_cuda_shim.h"
#include "zo_host.h"

namespace
{
// CUDA's limits (compute capability 7.0 and later, CUDA 11.8): kernels written for the device must fit them here too.
constexpr unsigned kMaxThreadsPerBlock = 1024;
constexpr unsigned kMaxBlockX = 1024, kMaxBlockY = 1024, kMaxBlockZ = 64;
constexpr unsigned kMaxGridX = 2147483647u, kMaxGridY = 65535, kMaxGridZ = 65535;
constexpr unsigned kMaxSharedBytes = 48 * 1024;
constexpr unsigned kMaxArgBytes = 4096;
constexpr unsigned kWarpSize = warpSize;
constexpr unsigned kMaxWarps = kMaxThreadsPerBlock / kWarpSize;

__attribute__((format(printf, 1, 2))) std::string format(const char* pattern, ...)
{
    va_list args;
    va_start(args, pattern);
    va_list measure;
    va_copy(measure, args);
    const int length = std::vsnprintf(nullptr, 0, pattern, measure);
    va_end(measure);
    std::string text(length > 0 ? static_cast<size_t>(length) : 0, '\0');
    std::vsnprintf(text.data(), text.size() + 1, pattern, args);
    va_end(args);
    return text;
}

thread_local std::string lastError;

int fail(std::string message)
{
    lastError = std::move(message);
    return -1;
}

struct Kernel
{
    const char* name;
    const char* argsType;
    zo::shim::Trampoline trampoline;
    unsigned argBytes;
};

// A function-local static, because the kernels register from static initialisers of other translation units.
std::vector<Kernel>& registry()
{
    static std::vector<Kernel> kernels;
    return kernels;
}

// Handles are index + 1, so that null and stray values are recognisably not handles.
void* handleOf(size_t index) { return reinterpret_cast<void*>(static_cast<uintptr_t>(index + 1)); }

const Kernel* kernelOf(void* handle)
{
    const uintptr_t value = reinterpret_cast<uintptr_t>(handle);
    return value >= 1 && value <= registry().size() ? &registry()[value - 1] : nullptr;
}

// std::barrier's semantics (arrive_and_wait, arrive_and_drop, a completion that runs once per phase before any thread
// leaves it) on one central counter, plus what std::barrier lacks: reset(), so that one barrier serves every block
// without reallocation, and arrive(), which tells its caller whether it completed the phase. A std::barrier completion
// runs before the barrier is done with the phase, so it cannot safely end a launch (the next launch would rebuild the
// barrier under it); here the thread that completes the last block's phase ends the launch, and the others go back to
// sleep at once. Measured against std::barrier in the same engine, one-block launches took half the time (1 x 256 empty
// threads: 0.8 against 1.6 ms, same machine and load); many-block launches were no different.
template <class Completion>
class Barrier
{
public:
    explicit Barrier(Completion completion) : completion_(completion) {}

    // Only while no thread is inside the barrier: between blocks.
    void reset(uint32_t participants)
    {
        participants_ = participants;
        pending_.store(participants, std::memory_order_relaxed);
    }

    void arriveAndWait()
    {
        const uint32_t phase = phase_.load(std::memory_order_acquire);
        if (!arrive())
            phase_.wait(phase, std::memory_order_acquire);
    }

    void arriveAndDrop()
    {
        dropped_.fetch_add(1, std::memory_order_relaxed);
        arrive();
    }

    // Arrives without waiting for the phase to complete; true for the last arrival, which completed it.
    bool arrive()
    {
        // acq_rel: the last arrival acquires every earlier arrival's writes, and releases them with the phase below.
        if (pending_.fetch_sub(1, std::memory_order_acq_rel) != 1)
            return false;
        completion_();
        participants_ -= dropped_.exchange(0, std::memory_order_relaxed);
        pending_.store(participants_, std::memory_order_relaxed);
        phase_.fetch_add(1, std::memory_order_release);
        phase_.notify_all();
        return true;
    }

private:
    Completion completion_;
    uint32_t participants_ = 0;
    std::atomic<uint32_t> pending_{0};
    std::atomic<uint32_t> dropped_{0};
    std::atomic<uint32_t> phase_{0};
};

struct WarpState;

struct WarpCompletion
{
    WarpState* warp;
    void operator()() noexcept;
};

struct WarpState
{
    Barrier<WarpCompletion> barrier{WarpCompletion{this}};
    unsigned lanes = 0;    // lanes that exist: fewer than 32 in the partial last warp of a block
    unsigned laneMask = 0; // their bits
    // Shuffles alternate between two rows of slots. A lane writes row r for shuffle k+2 only after the barrier of
    // shuffle k+1, which no lane reaches before it has read row r for shuffle k: one barrier per shuffle, not two.
    std::array<std::array<unsigned long long, kWarpSize>, 2> slots{};
    std::atomic<unsigned> votes{0}; // __ballot_sync bits of the phase in progress
    unsigned ballot = 0;            // those of the phase that completed last
};

// Runs once per phase, after every lane has arrived and before any leaves, so the lanes all read one result.
void WarpCompletion::operator()() noexcept { warp->ballot = warp->votes.exchange(0, std::memory_order_relaxed); }

// The CUDA thread the calling OS thread is playing.
struct ThreadContext
{
    WarpState* warp = nullptr;
    unsigned lane = 0;
    unsigned row = 0; // slot row of this lane's next shuffle
};

thread_local ThreadContext self;

class ThreadEngine
{
public:
    static ThreadEngine& instance()
    {
        // Never destroyed: its detached workers wait on it until the process exits (the library is linked with
        // -z nodelete, so its code is never unmapped under them either).
        static ThreadEngine* const engine = new ThreadEngine;
        return *engine;
    }

    int launch(const Kernel& kernel, dim3 grid, dim3 block, unsigned sharedBytes, const void* args);

    void* dynamicShared() noexcept { return shared_.empty() ? nullptr : shared_.data(); }

    void syncBlock() { blockBarrier_.arriveAndWait(); }

    int syncBlockCount(int predicate)
    {
        if (predicate != 0)
            votes_.fetch_add(1, std::memory_order_relaxed);
        blockBarrier_.arriveAndWait();
        return counted_;
    }

    // A device-side error: recorded (the first one of a launch) and reported by zo_host_launch once every thread has
    // finished. The caller carries on, so that the launch still finishes and can report it.
    void fault(const std::string& message)
    {
        std::lock_guard lock(faultMutex_);
        if (fault_.empty())
            fault_ = format("%s (block (%u, %u, %u), thread (%u, %u, %u))", message.c_str(), blockIdx.x, blockIdx.y,
                            blockIdx.z, threadIdx.x, threadIdx.y, threadIdx.z);
    }

private:
    // Workers sleep in warp-sized groups on one atomic word each, so that starting a launch takes one notify_all per 32
    // threads rather than one notify per thread.
    struct alignas(64) WorkerGroup
    {
        // (launches that used the group) << 6 | workers of the group that the latest one uses, 1 to 32. One word, so
        // that a worker woken late never pairs one launch's count with another's number of workers.
        std::atomic<uint32_t> call{0};
    };

    struct alignas(16) SharedChunk
    {
        unsigned char bytes[16];
    };

    struct BlockCompletion
    {
        ThreadEngine* engine;
        void operator()() noexcept { engine->counted_ = engine->votes_.exchange(0, std::memory_order_relaxed); }
    };

    // Every thread of a block has finished: set up the next block.
    struct EndCompletion
    {
        ThreadEngine* engine;
        void operator()() noexcept
        {
            if (++engine->blocksDone_ < engine->blockCount_)
                engine->resetBlock();
        }
    };

    void serve(unsigned index)
    {
        WorkerGroup& group = groups_[index / kWarpSize];
        uint32_t seen = 0;
        for (;;)
        {
            group.call.wait(seen, std::memory_order_acquire);
            seen = group.call.load(std::memory_order_acquire);
            if (index % kWarpSize < (seen & 63))
                run(index);
        }
    }

    void run(unsigned thread);

    // Every thread drops out of the block's barriers when it returns, so each block starts them afresh.
    void resetBlock()
    {
        blockBarrier_.reset(threads_);
        for (unsigned w = 0; w < warpCount_; ++w)
            warps_[w].barrier.reset(warps_[w].lanes);
    }

    std::mutex launchMutex_;
    std::array<WorkerGroup, kMaxWarps> groups_;
    unsigned workers_ = 0; // started so far

    // The launch in progress: written by launch() before it wakes the workers, read by them.
    const Kernel* kernel_ = nullptr;
    alignas(64) std::array<unsigned char, kMaxArgBytes> args_{};
    dim3 grid_, block_;
    unsigned threads_ = 0;
    unsigned warpCount_ = 0;
    unsigned long long blockCount_ = 0;
    unsigned long long blocksDone_ = 0;
    std::vector<SharedChunk> shared_;
    Barrier<BlockCompletion> blockBarrier_{BlockCompletion{this}};
    Barrier<EndCompletion> endBarrier_{EndCompletion{this}};
    std::array<WarpState, kMaxWarps> warps_;
    std::atomic<int> votes_{0}; // __syncthreads_count of the phase in progress
    int counted_ = 0;           // that of the phase that completed last
    std::atomic<uint32_t> finished_{0}; // launches finished
    std::mutex faultMutex_;
    std::string fault_;
};

int ThreadEngine::launch(const Kernel& kernel, dim3 grid, dim3 block, unsigned sharedBytes, const void* args)
{
    std::lock_guard lock(launchMutex_);
    const unsigned threads = block.x * block.y * block.z;
    try
    {
        for (; workers_ < threads; ++workers_)
            std::thread(&ThreadEngine::serve, this, workers_).detach();
        const size_t chunks = (sharedBytes + sizeof(SharedChunk) - 1) / sizeof(SharedChunk);
        if (shared_.size() != chunks)
            shared_.assign(chunks, SharedChunk{});
    }
    catch (const std::exception& e)
    {
        return fail(format("zo_host_launch(%s): cannot start %u threads (%u running): %s", kernel.name, threads,
                           workers_, e.what()));
    }

    kernel_ = &kernel;
    std::memcpy(args_.data(), args, kernel.argBytes);
    grid_ = grid;
    block_ = block;
    threads_ = threads;
    blockCount_ = static_cast<unsigned long long>(grid.x) * grid.y * grid.z;
    blocksDone_ = 0;
    warpCount_ = (threads + kWarpSize - 1) / kWarpSize;
    for (unsigned w = 0; w < warpCount_; ++w)
    {
        warps_[w].lanes = std::min(kWarpSize, threads - w * kWarpSize);
        warps_[w].laneMask = warps_[w].lanes == kWarpSize ? ~0u : (1u << warps_[w].lanes) - 1;
    }
    fault_.clear();
    resetBlock();
    endBarrier_.reset(threads);

    const uint32_t finished = finished_.load(std::memory_order_relaxed);
    for (unsigned g = 0; g < warpCount_; ++g)
    {
        const uint32_t launches = (groups_[g].call.load(std::memory_order_relaxed) >> 6) + 1;
        groups_[g].call.store(launches << 6 | warps_[g].lanes, std::memory_order_release);
        groups_[g].call.notify_all();
    }
    finished_.wait(finished, std::memory_order_acquire);

    if (!fault_.empty())
        return fail(format("zo_host_launch(%s): the kernel faulted: %s", kernel.name, fault_.c_str()));
    return 0;
}

void ThreadEngine::run(unsigned thread)
{
    const dim3 grid = grid_, block = block_;
    gridDim = grid;
    blockDim = block;
    threadIdx = uint3{thread % block.x, thread / block.x % block.y, thread / (block.x * block.y)};
    self.warp = &warps_[thread / kWarpSize];
    self.lane = thread % kWarpSize;
    const unsigned long long gridXY = static_cast<unsigned long long>(grid.x) * grid.y;
    // A local copy: after the last block, the next launch may already be rewriting the engine's fields.
    const unsigned long long blocks = blockCount_;
    for (unsigned long long n = 0; n < blocks; ++n)
    {
        blockIdx = uint3{static_cast<unsigned>(n % grid.x), static_cast<unsigned>(n / grid.x % grid.y),
                         static_cast<unsigned>(n / gridXY)};
        self.row = 0;
        kernel_->trampoline(args_.data());
        // A thread that has returned leaves its block's barriers, so the threads still running meet without it.
        blockBarrier_.arriveAndDrop();
        self.warp->barrier.arriveAndDrop();
        if (n + 1 < blocks)
        {
            // No thread starts the next block before all have finished this one: they share its static shared memory.
            endBarrier_.arriveAndWait();
        }
        else if (endBarrier_.arrive())
        {
            // The last thread to finish ends the launch, once the barrier is done with its phase (the next launch
            // resets it); the others have gone straight back to sleep in serve(), saving a wake-up each.
            finished_.fetch_add(1, std::memory_order_release);
            finished_.notify_one();
        }
    }
}

// Collectives over part of a warp would need barriers per mask; kernels that pass the whole warp's mask (or at least
// every lane that exists in a partial warp) are the ones the host build runs. Any other mask is a fault, and the
// caller then skips the warp barrier: such calls usually sit in divergent code that the other lanes never reach, so
// waiting for them would hang the launch instead of reporting it.
std::string partialMaskFault(const char* what, unsigned mask, unsigned lanes)
{
    return format("%s with mask 0x%08x, which leaves out lanes of this %u-lane warp; the host build runs only "
                  "collectives over every lane of a warp",
                  what, mask, lanes);
}

std::string widthFault(const char* what, int width)
{
    return format("%s with width %d, which is not a power of two from 1 to 32", what, width);
}

bool validWidth(int width) { return width >= 1 && width <= warpSize && (width & (width - 1)) == 0; }

bool wholeWarp(const WarpState& warp, unsigned mask, const char* what)
{
    if ((mask & warp.laneMask) == warp.laneMask)
        return true;
    ThreadEngine::instance().fault(partialMaskFault(what, mask, warp.lanes));
    return false;
}

const char* shuffleName(zo::shim::ShuffleMode mode)
{
    switch (mode)
    {
    case zo::shim::ShuffleMode::Index: return "__shfl_sync";
    case zo::shim::ShuffleMode::Up: return "__shfl_up_sync";
    case zo::shim::ShuffleMode::Down: return "__shfl_down_sync";
    case zo::shim::ShuffleMode::Xor: return "__shfl_xor_sync";
    }
    return "shuffle";
}

// The lane a shuffle reads, by the rules of PTX shfl.sync: widths split the warp into segments; up and down stay inside
// the caller's segment, xor may reach earlier segments but not later ones; out of range, a lane reads its own value.
int shuffleSource(zo::shim::ShuffleMode mode, int lane, int operand, int width)
{
    const long long first = lane & ~(width - 1);
    const long long last = first + width - 1;
    long long source = lane;
    switch (mode)
    {
    case zo::shim::ShuffleMode::Index: source = first + (operand & (width - 1)); break;
    case zo::shim::ShuffleMode::Up: source = lane - static_cast<long long>(static_cast<unsigned>(operand)); break;
    case zo::shim::ShuffleMode::Down: source = lane + static_cast<long long>(static_cast<unsigned>(operand)); break;
    case zo::shim::ShuffleMode::Xor: source = lane ^ operand; break;
    }
    const long long lowest = mode == zo::shim::ShuffleMode::Up ? first : 0;
    return source < lowest || source > last ? lane : static_cast<int>(source);
}
} // namespace

#if defined(__x86_64__)
// ---- Fibers: the threads of a block as coroutines on the launching thread ------------------------------------------
//
// Why: on a machine with few cores, one OS thread per CUDA thread makes every barrier a round of futex wake-ups and
// context switches through the kernel (about 3 us per thread: an empty 16 x 256 launch took 11.6 ms), and the tiled
// kernels meet at a barrier per tile. Here the block's threads are fibers that the launching thread runs one after
// another, each until it reaches a barrier or returns; a barrier costs one user-space switch per thread. The blocks
// still run one after another and launches are still serialised, so __shared__ as a static stays correct.
//
// zo_fiber_switch(save, load) saves the callee-saved registers, MXCSR and the x87 control word on the current stack,
// stores the stack pointer in *save, and resumes the stack at load. A new fiber's stack is laid out as if it had
// switched away at the start of zo_fiber_start, which calls r13(r12) on an aligned stack and never returns.
asm(R"(
    .text
    .globl zo_fiber_switch
    .hidden zo_fiber_switch
    .type zo_fiber_switch, @function
    .p2align 4
zo_fiber_switch:
    pushq %rbp
    pushq %rbx
    pushq %r12
    pushq %r13
    pushq %r14
    pushq %r15
    subq $8, %rsp
    stmxcsr (%rsp)
    fnstcw 4(%rsp)
    movq %rsp, (%rdi)
    movq %rsi, %rsp
    ldmxcsr (%rsp)
    fldcw 4(%rsp)
    addq $8, %rsp
    popq %r15
    popq %r14
    popq %r13
    popq %r12
    popq %rbx
    popq %rbp
    ret
    .size zo_fiber_switch, .-zo_fiber_switch

    .globl zo_fiber_start
    .hidden zo_fiber_start
    .type zo_fiber_start, @function
    .p2align 4
zo_fiber_start:
    movq %r12, %rdi
    andq $-16, %rsp
    callq *%r13
    ud2
    .size zo_fiber_start, .-zo_fiber_start
)");

extern "C" void zo_fiber_switch(void** save, void* load);
extern "C" void zo_fiber_start();

namespace
{
class FiberEngine
{
public:
    static FiberEngine& instance()
    {
        static FiberEngine* const engine = new FiberEngine;
        return *engine;
    }

    int launch(const Kernel& kernel, dim3 grid, dim3 block, unsigned sharedBytes, const void* args);

    void* dynamicShared() noexcept { return shared_.empty() ? nullptr : shared_.data(); }

    void syncBlock() { arriveBlock(); }

    int syncBlockCount(int predicate)
    {
        if (predicate != 0)
            ++votes_;
        arriveBlock();
        return counted_;
    }

    void syncWarp(unsigned mask)
    {
        if (wholeWarp(warpOf(*current_).lanes, mask, "__syncwarp"))
            arriveWarp();
    }

    unsigned ballot(unsigned mask, int predicate)
    {
        Fiber& self = *current_;
        Warp& warp = warpOf(self);
        if (!wholeWarp(warp.lanes, mask, "__ballot_sync"))
            return predicate != 0 ? 1u << laneOf(self) : 0u;
        if (predicate != 0)
            warp.votes |= 1u << laneOf(self);
        arriveWarp();
        return warp.ballot;
    }

    unsigned long long shuffle(unsigned mask, unsigned long long bits, zo::shim::ShuffleMode mode, int operand,
                               int width)
    {
        Fiber& self = *current_;
        Warp& warp = warpOf(self);
        if (!wholeWarp(warp.lanes, mask, shuffleName(mode)))
            return bits;
        width = checkedWidth(mode, width);
        const int lane = static_cast<int>(laneOf(self));
        int source = shuffleSource(mode, lane, operand, width);
        if (source >= static_cast<int>(warp.lanes))
            source = lane;
        // Two rows, as in the thread engine: row r is written again only after the next barrier, which every lane
        // reaches after it has read row r.
        auto& row = warp.slots[self.row];
        self.row ^= 1;
        row[lane] = bits;
        arriveWarp();
        return row[source];
    }

    void fault(const std::string& message)
    {
        if (fault_.empty())
            fault_ = format("%s (block (%u, %u, %u), thread (%u, %u, %u))", message.c_str(), blockIdx.x, blockIdx.y,
                            blockIdx.z, threadIdx.x, threadIdx.y, threadIdx.z);
    }

private:
    enum class State : unsigned char
    {
        Ready,   // not started, or released from its barrier
        AtBlock, // waiting in __syncthreads
        AtWarp,  // waiting in a warp collective
        Done,    // returned
    };

    struct Fiber
    {
        void* sp = nullptr;       // saved stack pointer while the fiber is switched out
        unsigned char* stack = nullptr;
        unsigned thread = 0;      // linear index in the block
        unsigned row = 0;         // slot row of this lane's next shuffle
        State state = State::Done;
    };

    struct Warp
    {
        unsigned lanes = 0;   // lanes that exist
        unsigned live = 0;    // lanes that have not returned
        unsigned arrived = 0; // lanes waiting at the warp barrier
        unsigned votes = 0;   // __ballot_sync bits of the phase in progress
        unsigned ballot = 0;  // those of the phase that completed last
        std::array<std::array<unsigned long long, kWarpSize>, 2> slots{};
    };

    struct alignas(16) SharedChunk
    {
        unsigned char bytes[16];
    };

    // Fiber stacks: mapped once per thread index and kept, with a guard page below each so that an overflow faults
    // instead of overwriting a neighbour. Pages are committed only when touched.
    static constexpr size_t kStackBytes = 256 * 1024;
    static constexpr size_t kGuardBytes = 4096;

    static unsigned laneOf(const Fiber& fiber) { return fiber.thread % kWarpSize; }
    Warp& warpOf(const Fiber& fiber) { return warps_[fiber.thread / kWarpSize]; }

    int checkedWidth(zo::shim::ShuffleMode mode, int width)
    {
        if (validWidth(width))
            return width;
        fault(widthFault(shuffleName(mode), width));
        return warpSize;
    }

    bool wholeWarp(unsigned lanes, unsigned mask, const char* what)
    {
        const unsigned laneMask = lanes == kWarpSize ? ~0u : (1u << lanes) - 1;
        if ((mask & laneMask) == laneMask)
            return true;
        fault(partialMaskFault(what, mask, lanes));
        return false;
    }

    // The last thread to arrive completes the phase and goes on without a switch; the others wait switched out.
    void arriveBlock()
    {
        if (++atBlock_ == live_)
            releaseBlock();
        else
            wait(State::AtBlock);
    }

    void arriveWarp()
    {
        Warp& warp = warpOf(*current_);
        if (++warp.arrived == warp.live)
            releaseWarp(warp, current_->thread / kWarpSize);
        else
            wait(State::AtWarp);
    }

    void releaseBlock()
    {
        counted_ = votes_;
        votes_ = 0;
        atBlock_ = 0;
        for (unsigned t = 0; t < threads_; ++t)
            if (fibers_[t].state == State::AtBlock)
                fibers_[t].state = State::Ready;
    }

    void releaseWarp(Warp& warp, unsigned index)
    {
        warp.ballot = warp.votes;
        warp.votes = 0;
        warp.arrived = 0;
        const unsigned first = index * kWarpSize;
        for (unsigned t = first; t < first + warp.lanes; ++t)
            if (fibers_[t].state == State::AtWarp)
                fibers_[t].state = State::Ready;
    }

    void wait(State state)
    {
        Fiber& self = *current_;
        self.state = state;
        zo_fiber_switch(&self.sp, schedulerSp_);
    }

    // Runs on the fiber's own stack; switches back to the scheduler when the kernel returns and is never resumed.
    static void fiberMain(FiberEngine* engine)
    {
        engine->kernel_->trampoline(engine->args_.data());
        engine->finish();
    }

    // A thread that returns leaves its block's barriers, so the threads still running meet without it.
    void finish()
    {
        Fiber& self = *current_;
        self.state = State::Done;
        --live_;
        Warp& warp = warpOf(self);
        --warp.live;
        if (atBlock_ > 0 && atBlock_ == live_)
            releaseBlock();
        if (warp.arrived > 0 && warp.arrived == warp.live)
            releaseWarp(warp, self.thread / kWarpSize);
        void* unused = nullptr;
        zo_fiber_switch(&unused, schedulerSp_);
        __builtin_unreachable();
    }

    // A fresh stack laid out as zo_fiber_switch leaves one: the control words, r15..r12, rbx, rbp, return address.
    void prepare(Fiber& fiber, uint64_t mxcsrAndControl)
    {
        auto* top = reinterpret_cast<uint64_t*>(fiber.stack + kStackBytes);
        uint64_t* sp = top - 8;
        sp[0] = mxcsrAndControl;
        sp[1] = 0;                                              // r15
        sp[2] = 0;                                              // r14
        sp[3] = reinterpret_cast<uint64_t>(&FiberEngine::fiberMain); // r13: what zo_fiber_start calls
        sp[4] = reinterpret_cast<uint64_t>(this);              // r12: its argument
        sp[5] = 0;                                              // rbx
        sp[6] = 0;                                              // rbp
        sp[7] = reinterpret_cast<uint64_t>(&zo_fiber_start);   // return address
        fiber.sp = sp;
        fiber.row = 0;
        fiber.state = State::Ready;
    }

    int reserveStacks(unsigned threads);
    bool runBlock(uint64_t mxcsrAndControl);

    std::mutex launchMutex_;
    std::vector<Fiber> fibers_;
    void* schedulerSp_ = nullptr;
    Fiber* current_ = nullptr;

    const Kernel* kernel_ = nullptr;
    alignas(64) std::array<unsigned char, kMaxArgBytes> args_{};
    unsigned threads_ = 0;
    unsigned live_ = 0;
    unsigned atBlock_ = 0;
    int votes_ = 0;
    int counted_ = 0;
    std::vector<SharedChunk> shared_;
    std::array<Warp, kMaxWarps> warps_;
    std::string fault_;
};

int FiberEngine::reserveStacks(unsigned threads)
{
    while (fibers_.size() < threads)
    {
        void* region = mmap(nullptr, kStackBytes + kGuardBytes, PROT_READ | PROT_WRITE,
                            MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK, -1, 0);
        if (region == MAP_FAILED)
            return -1;
        if (mprotect(region, kGuardBytes, PROT_NONE) != 0)
        {
            munmap(region, kStackBytes + kGuardBytes);
            return -1;
        }
        Fiber fiber;
        fiber.stack = static_cast<unsigned char*>(region) + kGuardBytes;
        fiber.thread = static_cast<unsigned>(fibers_.size());
        fibers_.push_back(fiber);
    }
    return 0;
}

// Round robin in thread order: each ready fiber runs until it waits or returns. Returns false when no fiber can run
// while some have not returned: threads waiting at different barriers, a deadlock on hardware too.
bool FiberEngine::runBlock(uint64_t mxcsrAndControl)
{
    live_ = threads_;
    atBlock_ = 0;
    votes_ = 0;
    for (unsigned w = 0; w * kWarpSize < threads_; ++w)
    {
        Warp& warp = warps_[w];
        warp.lanes = std::min(kWarpSize, threads_ - w * kWarpSize);
        warp.live = warp.lanes;
        warp.arrived = 0;
        warp.votes = 0;
    }
    for (unsigned t = 0; t < threads_; ++t)
        prepare(fibers_[t], mxcsrAndControl);
    const uint3 block3{blockDim.x, blockDim.y, blockDim.z};
    while (live_ > 0)
    {
        bool ran = false;
        for (unsigned t = 0; t < threads_; ++t)
        {
            Fiber& fiber = fibers_[t];
            if (fiber.state != State::Ready)
                continue;
            ran = true;
            threadIdx = uint3{t % block3.x, t / block3.x % block3.y, t / (block3.x * block3.y)};
            current_ = &fiber;
            zo_fiber_switch(&schedulerSp_, fiber.sp);
        }
        if (!ran)
            return false;
    }
    return true;
}

int FiberEngine::launch(const Kernel& kernel, dim3 grid, dim3 block, unsigned sharedBytes, const void* args)
{
    std::lock_guard lock(launchMutex_);
    const unsigned threads = block.x * block.y * block.z;
    try
    {
        if (reserveStacks(threads) != 0)
            return fail(format("zo_host_launch(%s): cannot map stacks for %u threads: %s", kernel.name, threads,
                               std::strerror(errno)));
        const size_t chunks = (sharedBytes + sizeof(SharedChunk) - 1) / sizeof(SharedChunk);
        if (shared_.size() != chunks)
            shared_.assign(chunks, SharedChunk{});
    }
    catch (const std::exception& e)
    {
        return fail(format("zo_host_launch(%s): cannot set up %u threads: %s", kernel.name, threads, e.what()));
    }

    kernel_ = &kernel;
    std::memcpy(args_.data(), args, kernel.argBytes);
    threads_ = threads;
    fault_.clear();
    // Fibers start with the launching thread's floating-point modes, as pool workers start with the process's.
    unsigned mxcsr = __builtin_ia32_stmxcsr();
    unsigned short control = 0;
    asm volatile("fnstcw %0" : "=m"(control));
    const uint64_t mxcsrAndControl = mxcsr | static_cast<uint64_t>(control) << 32; // as zo_fiber_switch stores them
    // The built-in variables are thread-local: set them on this thread, which runs every fiber, and put back the
    // caller's afterwards (a host thread that launches is not a CUDA thread, but leave it as it was).
    const uint3 savedThread = threadIdx, savedBlock = blockIdx;
    const dim3 savedBlockDim = blockDim, savedGridDim = gridDim;
    gridDim = grid;
    blockDim = block;
    const unsigned long long gridXY = static_cast<unsigned long long>(grid.x) * grid.y;
    const unsigned long long blocks = gridXY * grid.z;
    std::string deadlock;
    for (unsigned long long n = 0; n < blocks && deadlock.empty(); ++n)
    {
        blockIdx = uint3{static_cast<unsigned>(n % grid.x), static_cast<unsigned>(n / grid.x % grid.y),
                         static_cast<unsigned>(n / gridXY)};
        if (!runBlock(mxcsrAndControl))
            deadlock = format("zo_host_launch(%s): the threads of block (%u, %u, %u) wait at different barriers (%u "
                              "of %u still running wait at __syncthreads, the others in warp collectives): a "
                              "deadlock on the device too",
                              kernel.name, blockIdx.x, blockIdx.y, blockIdx.z, atBlock_, live_);
    }
    current_ = nullptr;
    threadIdx = savedThread;
    blockIdx = savedBlock;
    blockDim = savedBlockDim;
    gridDim = savedGridDim;
    if (!deadlock.empty())
        return fail(std::move(deadlock));
    if (!fault_.empty())
        return fail(format("zo_host_launch(%s): the kernel faulted: %s", kernel.name, fault_.c_str()));
    return 0;
}
} // namespace
#endif

namespace
{
// Fibers unless ZO_HOST_THREADS=os asks for the pool of OS threads, where ThreadSanitizer can see the threads of a
// block race, or the build is one where fibers are not available (not x86-64) or would confuse a sanitizer.
#if defined(__has_feature)
#if __has_feature(thread_sanitizer) || __has_feature(address_sanitizer)
#define ZO_SANITIZED 1
#endif
#endif
#if defined(__SANITIZE_THREAD__) || defined(__SANITIZE_ADDRESS__)
#define ZO_SANITIZED 1
#endif

bool useFibers()
{
#if defined(__x86_64__) && !defined(ZO_SANITIZED)
    static const bool fibers = [] {
        const char* choice = std::getenv("ZO_HOST_THREADS");
        return choice == nullptr || std::strcmp(choice, "os") != 0;
    }();
    return fibers;
#else
    return false;
#endif
}

#if defined(__x86_64__)
#define ZO_ON_FIBERS(call) (useFibers() ? FiberEngine::instance().call : ThreadEngine::instance().call)
#else
#define ZO_ON_FIBERS(call) (ThreadEngine::instance().call)
#endif
} // namespace

bool zo::shim::register_kernel(const char* name, const char* argsType, Trampoline trampoline,
                               unsigned argBytes) noexcept
{
    registry().push_back(Kernel{name, argsType, trampoline, argBytes});
    return true;
}

void* zo::shim::dynamic_shared() noexcept { return ZO_ON_FIBERS(dynamicShared()); }

void zo::shim::sync_block() { ZO_ON_FIBERS(syncBlock()); }

int zo::shim::sync_block_count(int predicate) { return ZO_ON_FIBERS(syncBlockCount(predicate)); }

void zo::shim::sync_warp(unsigned mask)
{
#if defined(__x86_64__)
    if (useFibers())
        return FiberEngine::instance().syncWarp(mask);
#endif
    if (wholeWarp(*self.warp, mask, "__syncwarp"))
        self.warp->barrier.arriveAndWait();
}

unsigned zo::shim::ballot(unsigned mask, int predicate)
{
#if defined(__x86_64__)
    if (useFibers())
        return FiberEngine::instance().ballot(mask, predicate);
#endif
    WarpState& warp = *self.warp;
    if (!wholeWarp(warp, mask, "__ballot_sync"))
        return predicate != 0 ? 1u << self.lane : 0u;
    if (predicate != 0)
        warp.votes.fetch_or(1u << self.lane, std::memory_order_relaxed);
    warp.barrier.arriveAndWait();
    return warp.ballot;
}

unsigned long long zo::shim::shuffle(unsigned mask, unsigned long long bits, ShuffleMode mode, int operand, int width)
{
#if defined(__x86_64__)
    if (useFibers())
        return FiberEngine::instance().shuffle(mask, bits, mode, operand, width);
#endif
    WarpState& warp = *self.warp;
    if (!wholeWarp(warp, mask, shuffleName(mode)))
        return bits;
    if (!validWidth(width))
    {
        ThreadEngine::instance().fault(widthFault(shuffleName(mode), width));
        width = warpSize;
    }
    const int lane = static_cast<int>(self.lane);
    int source = shuffleSource(mode, lane, operand, width);
    if (source >= static_cast<int>(warp.lanes))
        source = lane;
    auto& row = warp.slots[self.row];
    self.row ^= 1;
    row[lane] = bits;
    warp.barrier.arriveAndWait();
    return row[source];
}

extern "C" {

int zo_host_kernel_count(void) { return static_cast<int>(registry().size()); }

const char* zo_host_kernel_name(int index)
{
    return index >= 0 && static_cast<size_t>(index) < registry().size() ? registry()[index].name : nullptr;
}

int zo_host_find_kernel(const char* name, void** handle, int* argBytes)
{
    if (name == nullptr)
        return fail("zo_host_find_kernel: the name is null");
    for (size_t i = 0; i < registry().size(); ++i)
    {
        if (std::strcmp(registry()[i].name, name) != 0)
            continue;
        if (handle != nullptr)
            *handle = handleOf(i);
        if (argBytes != nullptr)
            *argBytes = static_cast<int>(registry()[i].argBytes);
        return 0;
    }
    return fail(format("zo_host_find_kernel: no kernel named '%s' among the %zu in this build", name,
                       registry().size()));
}

int zo_host_launch(void* handle, unsigned gx, unsigned gy, unsigned gz, unsigned bx, unsigned by, unsigned bz,
                   unsigned sharedBytes, const void* args, int argBytes)
{
    const Kernel* kernel = kernelOf(handle);
    if (kernel == nullptr)
        return fail(format("zo_host_launch: %p is not a kernel handle from zo_host_find_kernel", handle));
    const char* name = kernel->name;
    if (argBytes != static_cast<int>(kernel->argBytes))
        return fail(format("zo_host_launch(%s): argument size %d does not match sizeof(%s) = %u", name, argBytes,
                           kernel->argsType, kernel->argBytes));
    if (args == nullptr)
        return fail(format("zo_host_launch(%s): args is null", name));
    if (gx == 0 || gy == 0 || gz == 0 || bx == 0 || by == 0 || bz == 0)
        return fail(format("zo_host_launch(%s): grid (%u, %u, %u) or block (%u, %u, %u) has a zero dimension", name,
                           gx, gy, gz, bx, by, bz));
    if (gx > kMaxGridX || gy > kMaxGridY || gz > kMaxGridZ)
        return fail(format("zo_host_launch(%s): grid (%u, %u, %u) exceeds CUDA's limit (%u, %u, %u)", name, gx, gy, gz,
                           kMaxGridX, kMaxGridY, kMaxGridZ));
    if (bx > kMaxBlockX || by > kMaxBlockY || bz > kMaxBlockZ)
        return fail(format("zo_host_launch(%s): block (%u, %u, %u) exceeds CUDA's limit (%u, %u, %u)", name, bx, by,
                           bz, kMaxBlockX, kMaxBlockY, kMaxBlockZ));
    const unsigned long long threads = static_cast<unsigned long long>(bx) * by * bz;
    if (threads > kMaxThreadsPerBlock)
        return fail(format("zo_host_launch(%s): block (%u, %u, %u) has %llu threads; a block has at most %u", name, bx,
                           by, bz, threads, kMaxThreadsPerBlock));
    if (sharedBytes > kMaxSharedBytes)
        return fail(format("zo_host_launch(%s): %u bytes of dynamic shared memory exceed the %u a block may have",
                           name, sharedBytes, kMaxSharedBytes));
    return ZO_ON_FIBERS(launch(*kernel, dim3(gx, gy, gz), dim3(bx, by, bz), sharedBytes, args));
}

const char* zo_host_last_error(void) { return lastError.c_str(); }

int zo_host_abi_version(void) { return ZO_HOST_ABI_VERSION; }
}
