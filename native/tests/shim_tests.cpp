// shim_tests.cpp: tests of the host shim. Launches the CUDA-style kernels of shim_test_kernels.cu through the C ABI
// (zo_host_launch) and checks every output against a sequential model or a known answer. Plain C++20 with its own
// CHECK; built and run by `make -C native check`. `zo_shim_tests NAME` runs the tests whose names contain NAME;
// `zo_shim_tests --bench` instead prints the per-launch overhead of empty kernels (`make -C native bench`).
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <string>
#include <thread>
#include <vector>

#include "shim_test_kernels.h"
#include "zo_host.h"

namespace
{
std::atomic<int> failures{0};
thread_local const char* currentTest = "";

#define CHECK(condition, ...)                                                                                          \
    do                                                                                                                 \
    {                                                                                                                  \
        if (!(condition))                                                                                              \
        {                                                                                                              \
            ++failures;                                                                                                \
            std::fprintf(stderr, "FAIL %s (%s:%d): %s: ", currentTest, __FILE__, __LINE__, #condition);                \
            std::fprintf(stderr, __VA_ARGS__);                                                                         \
            std::fputc('\n', stderr);                                                                                  \
        }                                                                                                              \
    } while (0)

struct Dim
{
    unsigned x = 1, y = 1, z = 1;
};

void* handleOf(const char* kernel)
{
    void* handle = nullptr;
    const int rc = zo_host_find_kernel(kernel, &handle, nullptr);
    CHECK(rc == 0 && handle != nullptr, "%s: %s", kernel, zo_host_last_error());
    return handle;
}

int launchRaw(const char* kernel, Dim grid, Dim block, unsigned sharedBytes, const void* args, int argBytes)
{
    return zo_host_launch(handleOf(kernel), grid.x, grid.y, grid.z, block.x, block.y, block.z, sharedBytes, args,
                          argBytes);
}

template <class Args>
bool launch(const char* kernel, Dim grid, Dim block, const Args& args, unsigned sharedBytes = 0)
{
    const int rc = launchRaw(kernel, grid, block, sharedBytes, &args, static_cast<int>(sizeof(Args)));
    CHECK(rc == 0, "%s grid (%u, %u, %u) block (%u, %u, %u): %s", kernel, grid.x, grid.y, grid.z, block.x, block.y,
          block.z, zo_host_last_error());
    return rc == 0;
}

// A launch that must fail, with a message containing each of `fragments`.
template <class Args>
void expectFailure(const char* kernel, Dim grid, Dim block, const Args& args, unsigned sharedBytes,
                   std::initializer_list<const char*> fragments, int argBytes = static_cast<int>(sizeof(Args)))
{
    const int rc = launchRaw(kernel, grid, block, sharedBytes, &args, argBytes);
    const std::string message = zo_host_last_error();
    CHECK(rc == -1, "%s grid (%u, %u, %u) block (%u, %u, %u) shared %u returned %d", kernel, grid.x, grid.y, grid.z,
          block.x, block.y, block.z, sharedBytes, rc);
    for (const char* fragment : fragments)
        CHECK(message.find(fragment) != std::string::npos, "message '%s' lacks '%s'", message.c_str(), fragment);
}

unsigned long long mix(unsigned long long x)
{
    x += 0x9e3779b97f4a7c15ull;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
    return x ^ (x >> 31);
}

void testReduce()
{
    for (unsigned block : {32u, 64u, 96u, 128u, 256u, 1024u})
        for (unsigned grid : {1u, 2u, 5u})
            for (long long count : {static_cast<long long>(block / 2 + 3), 2ll * block * grid + 37})
            {
                std::vector<long long> values(count);
                std::vector<float> floats(count);
                std::vector<long long> expected(grid, 0);
                std::vector<float> expectedFloats(grid, 0.0f);
                long long total = 0;
                for (long long i = 0; i < count; ++i)
                {
                    const unsigned long long r = mix(static_cast<unsigned long long>(i) + block * 1000003ull);
                    values[i] = static_cast<long long>(r >> 16) - (1ll << 47);
                    floats[i] = static_cast<float>(static_cast<int>(r % 17) - 8);
                    const unsigned owner = static_cast<unsigned>(i % (static_cast<long long>(grid) * block) / block);
                    expected[owner] += values[i];
                    expectedFloats[owner] += floats[i];
                    total += values[i];
                }
                std::vector<long long> blockSums(grid, -1);
                std::vector<float> blockFloatSums(grid, -1.0f);
                unsigned long long wrapped = 0;
                const ReduceArgs args{values.data(), floats.data(), count, blockSums.data(), blockFloatSums.data(),
                                      &wrapped};
                if (!launch("zo_test_reduce", {grid}, {block}, args))
                    continue;
                CHECK(total != 0, "block %u grid %u count %lld: all-zero input", block, grid, count);
                CHECK(static_cast<long long>(wrapped) == total,
                      "block %u grid %u count %lld: total %lld, expected %lld", block, grid, count,
                      static_cast<long long>(wrapped), total);
                for (unsigned b = 0; b < grid; ++b)
                {
                    CHECK(blockSums[b] == expected[b], "block %u grid %u count %lld: block %u sum %lld, expected %lld",
                          block, grid, count, b, blockSums[b], expected[b]);
                    CHECK(blockFloatSums[b] == expectedFloats[b],
                          "block %u grid %u count %lld: block %u float sum %g, expected %g", block, grid, count, b,
                          blockFloatSums[b], expectedFloats[b]);
                }
            }
}

void testEarlyExit()
{
    for (int mode : {0, 1})
        for (unsigned block : {32u, 64u, 100u, 256u, 1024u})
            for (unsigned grid : {1u, 3u})
            {
                std::vector<int> values(grid * block, 7), survivors(grid * block, 7);
                const EarlyExitArgs args{values.data(), survivors.data(), mode, 0};
                if (!launch("zo_test_early_exit", {grid}, {block}, args))
                    continue;
                std::vector<unsigned> alive;
                for (unsigned t = 0; t < block; ++t)
                    if (mode == 0 ? t % 2 == 0 : t < block / 2)
                        alive.push_back(t);
                for (unsigned b = 0; b < grid; ++b)
                {
                    std::vector<int> expected(block, -1), expectedSurvivors(block, -1);
                    for (size_t k = 0; k < alive.size(); ++k)
                    {
                        expected[alive[k]] = static_cast<int>(alive[(k + 3) % alive.size()] + 1 + b * 10000);
                        expectedSurvivors[alive[k]] = static_cast<int>(alive.size());
                    }
                    for (unsigned t = 0; t < block; ++t)
                    {
                        CHECK(values[b * block + t] == expected[t], "mode %d block %u grid %u: block %u thread %u: %d, "
                              "expected %d", mode, block, grid, b, t, values[b * block + t], expected[t]);
                        CHECK(survivors[b * block + t] == expectedSurvivors[t],
                              "mode %d block %u grid %u: block %u thread %u: __syncthreads_count %d, expected %d", mode,
                              block, grid, b, t, survivors[b * block + t], expectedSurvivors[t]);
                    }
                }
            }
}

void testAtomics()
{
    constexpr unsigned grid = 40, block = 256, threads = grid * block;
    unsigned tickets = 0, maxHash = 0, casCounter = 0;
    std::vector<unsigned> ticketSeen(threads, 0), exchanged(8, ~0u);
    unsigned long long sum = 0, maxWide = 0;
    int negative = 0, minHash = 1 << 30;
    float floatSum = 0.0f;
    const AtomicArgs args{&tickets, ticketSeen.data(), &sum, &negative, &floatSum, &maxHash, &minHash, &maxWide,
                          &casCounter, exchanged.data()};
    if (!launch("zo_test_atomics", {grid}, {block}, args))
        return;
    unsigned expectedMax = 0;
    int expectedMin = 1 << 30;
    for (unsigned g = 0; g < threads; ++g)
    {
        const unsigned h = g * 2654435761u % 1000003u;
        expectedMax = std::max(expectedMax, h);
        expectedMin = std::min(expectedMin, static_cast<int>(h) - 500000);
    }
    CHECK(tickets == threads, "tickets %u, expected %u", tickets, threads);
    CHECK(std::all_of(ticketSeen.begin(), ticketSeen.end(), [](unsigned n) { return n == 1; }),
          "some ticket was handed out %u times", *std::max_element(ticketSeen.begin(), ticketSeen.end()));
    CHECK(sum == 1ull * threads * (threads - 1) / 2, "sum %llu", sum);
    CHECK(negative == -static_cast<int>(threads), "negative %d", negative);
    CHECK(floatSum == static_cast<float>(threads), "float sum %g", floatSum);
    CHECK(maxHash == expectedMax, "max %u, expected %u", maxHash, expectedMax);
    CHECK(minHash == expectedMin, "min %d, expected %d", minHash, expectedMin);
    CHECK(maxWide == static_cast<unsigned long long>(threads - 1) << 32, "wide max %llx", maxWide);
    CHECK(casCounter == 3 * threads, "CAS counter %u, expected %u", casCounter, 3 * threads);
    for (unsigned k = 0; k < 8; ++k)
        CHECK(exchanged[k] < threads && exchanged[k] % 8 == k, "exchanged[%u] = %u", k, exchanged[k]);
}

void testCoverage()
{
    const std::pair<Dim, Dim> shapes[] = {
        {{3, 2, 2}, {4, 3, 2}}, {{2, 3, 4}, {8, 4, 2}}, {{1, 1, 5}, {1, 1, 64}},
        {{5, 1, 1}, {1024, 1, 1}}, {{1, 2, 1}, {2, 512, 1}}, {{2, 2, 2}, {3, 5, 7}},
    };
    for (const auto& [grid, block] : shapes)
    {
        const unsigned blocks = grid.x * grid.y * grid.z, threads = block.x * block.y * block.z;
        std::vector<unsigned> visits(blocks * threads, 0), order(blocks, ~0u);
        unsigned orderNext = 0, outOfRange = 0;
        const CoverageArgs args{visits.data(), order.data(), &orderNext, &outOfRange};
        if (!launch("zo_test_coverage", grid, block, args))
            continue;
        const auto wrong = std::find_if(visits.begin(), visits.end(), [](unsigned n) { return n != 1; });
        CHECK(wrong == visits.end(), "grid (%u, %u, %u) block (%u, %u, %u): pair %td visited %u times", grid.x, grid.y,
              grid.z, block.x, block.y, block.z, wrong - visits.begin(), wrong == visits.end() ? 1 : *wrong);
        CHECK(outOfRange == 0, "%u threads saw built-in variables out of range", outOfRange);
        CHECK(orderNext == blocks, "%u of %u blocks ran", orderNext, blocks);
        for (unsigned k = 0; k < blocks; ++k)
            CHECK(order[k] == k, "grid (%u, %u, %u): block %u ran in place %u", grid.x, grid.y, grid.z, order[k], k);
    }
}

void testVectors()
{
    constexpr unsigned count = 1000, block = 128, grid = (count + block - 1) / block;
    std::vector<float> in(4 * count), out(4 * count, -1.0f);
    std::vector<unsigned short> halves(4 * count), halvesOut(4 * count, 0);
    std::vector<unsigned> words(2 * count), wordsOut(4 * count, 0);
    for (unsigned i = 0; i < 4 * count; ++i)
    {
        in[i] = static_cast<float>(i) * 0.25f - 300.0f;
        halves[i] = static_cast<unsigned short>(mix(i) & 0xffff);
    }
    for (unsigned i = 0; i < 2 * count; ++i)
        words[i] = static_cast<unsigned>(mix(i + 77));
    CHECK(reinterpret_cast<uintptr_t>(in.data()) % 16 == 0 && reinterpret_cast<uintptr_t>(out.data()) % 16 == 0 &&
              reinterpret_cast<uintptr_t>(wordsOut.data()) % 16 == 0,
          "%s", "the allocator did not align the float4/uint4 buffers");
    const VectorArgs args{in.data(), out.data(), halves.data(), halvesOut.data(), words.data(), wordsOut.data(), count,
                          0};
    if (!launch("zo_test_vectors", {grid}, {block}, args))
        return;
    for (unsigned i = 0; i < count; ++i)
    {
        const float* v = &in[4 * i];
        const float expected[4] = {v[3], v[2] * 2.0f, v[1] + 1.0f, -v[0]};
        CHECK(std::memcmp(&out[4 * i], expected, sizeof expected) == 0, "float4 %u: (%g, %g, %g, %g)", i, out[4 * i],
              out[4 * i + 1], out[4 * i + 2], out[4 * i + 3]);
        const unsigned short* h = &halves[4 * i];
        const unsigned short expectedHalves[4] = {h[3], h[2], static_cast<unsigned short>(h[1] + 1),
                                                  static_cast<unsigned short>(h[0] ^ 0x8000u)};
        CHECK(std::memcmp(&halvesOut[4 * i], expectedHalves, sizeof expectedHalves) == 0, "ushort4 %u: %04x %04x",
              i, halvesOut[4 * i], halvesOut[4 * i + 3]);
        const unsigned expectedWords[4] = {words[2 * i + 1], words[2 * i], words[2 * i] ^ words[2 * i + 1], i};
        CHECK(std::memcmp(&wordsOut[4 * i], expectedWords, sizeof expectedWords) == 0, "uint4 %u: %08x %08x", i,
              wordsOut[4 * i], wordsOut[4 * i + 3]);
    }
}

// CUDA's shuffle rules as the programming guide states them, lane by lane.
enum class Shuffle
{
    Index,
    Up,
    Down,
    Xor
};

int sourceLane(Shuffle kind, int lane, int operand, int width, int lanes)
{
    int source = lane;
    switch (kind)
    {
    case Shuffle::Index: source = lane / width * width + operand % width; break;
    case Shuffle::Up: source = lane % width < operand ? lane : lane - operand; break;
    case Shuffle::Down: source = lane % width + operand >= width ? lane : lane + operand; break;
    case Shuffle::Xor: source = (lane ^ operand) / width > lane / width ? lane : lane ^ operand; break;
    }
    return source < lanes ? source : lane;
}

void testWarp()
{
    for (unsigned block : {32u, 40u, 64u, 100u, 128u})
    {
        constexpr unsigned grid = 2;
        const unsigned n = grid * block;
        std::vector<int> in(n);
        for (unsigned t = 0; t < n; ++t)
            in[t] = static_cast<int>(mix(t + block) % 1000) - 500;
        std::vector<WarpOut> out(n);
        if (!launch("zo_test_warp", {grid}, {block}, WarpArgs{in.data(), out.data()}))
            continue;
        for (unsigned b = 0; b < grid; ++b)
            for (unsigned w = 0; w * 32 < block; ++w)
            {
                const int lanes = static_cast<int>(std::min(32u, block - w * 32));
                const int* v = &in[b * block + w * 32];
                std::vector<float> butterfly(v, v + lanes);
                for (int laneMask = 16; laneMask > 0; laneMask >>= 1)
                {
                    std::vector<float> next(butterfly);
                    for (int l = 0; l < lanes; ++l)
                        next[l] += butterfly[sourceLane(Shuffle::Xor, l, laneMask, 32, lanes)];
                    butterfly = next;
                }
                unsigned ballot = 0;
                for (int l = 0; l < lanes; ++l)
                    ballot |= (v[l] & 1) != 0 ? 1u << l : 0u;
                int scan = 0;
                for (int l = 0; l < lanes; ++l)
                {
                    const WarpOut& o = out[b * block + w * 32 + l];
                    const auto at = [&](Shuffle kind, int operand, int width) {
                        return v[sourceLane(kind, l, operand, width, lanes)];
                    };
                    scan += v[l];
                    const unsigned word = static_cast<unsigned>(at(Shuffle::Index, (l + 7) % 32, 32)) ^ 0x80000000u;
                    const long long wide = static_cast<long long>(at(Shuffle::Down, 1, 32)) * (1ll << 33) + 5;
                    const unsigned long long uwide =
                        0xF000000000000000ull | static_cast<unsigned>(at(Shuffle::Xor, 1, 32));
                    const double real = static_cast<double>(at(Shuffle::Up, 1, 32)) / 2;
                    const unsigned exact = lanes == 32 ? ~0u : (1u << lanes) - 1;
                    const bool ok = o.scan == scan && o.broadcast == at(Shuffle::Index, 3, 32) &&
                                    o.down4 == at(Shuffle::Down, 4, 32) && o.xor5 == at(Shuffle::Xor, 5, 32) &&
                                    o.index8 == at(Shuffle::Index, 13, 8) && o.up8 == at(Shuffle::Up, 3, 8) &&
                                    o.down8 == at(Shuffle::Down, 2, 8) && o.xor8 == at(Shuffle::Xor, 8, 8) &&
                                    o.butterfly == butterfly[l] && o.word == word && o.wide == wide &&
                                    o.uwide == uwide && o.real == real && o.ballot == ballot &&
                                    o.ballotExact == exact;
                    CHECK(ok, "block %u: block %u warp %u lane %d (of %d): scan %d/%d broadcast %d down4 %d xor5 %d "
                          "index8 %d up8 %d down8 %d xor8 %d butterfly %g/%g ballot %08x/%08x exact %08x",
                          block, b, w, l, lanes, o.scan, scan, o.broadcast, o.down4, o.xor5, o.index8, o.up8, o.down8,
                          o.xor8, o.butterfly, butterfly[l], o.ballot, ballot, o.ballotExact);
                }
            }
    }
    // The rules themselves, on cases worked by hand: a model that agrees with a wrong shim would fail here.
    CHECK(sourceLane(Shuffle::Down, 14, 2, 8, 32) == 14 && sourceLane(Shuffle::Down, 10, 2, 8, 32) == 12, "%s", "down");
    CHECK(sourceLane(Shuffle::Up, 9, 3, 8, 32) == 9 && sourceLane(Shuffle::Up, 11, 3, 8, 32) == 8, "%s", "up");
    CHECK(sourceLane(Shuffle::Index, 17, 13, 8, 32) == 21, "%s", "index");
    CHECK(sourceLane(Shuffle::Xor, 3, 8, 8, 32) == 3 && sourceLane(Shuffle::Xor, 11, 8, 8, 32) == 3, "%s", "xor");
    CHECK(sourceLane(Shuffle::Down, 5, 4, 32, 8) == 5 && sourceLane(Shuffle::Down, 3, 4, 32, 8) == 7, "%s", "partial");
}

void testDynamicShared()
{
    struct Case
    {
        unsigned grid, block, perThread;
    };
    for (const Case c : {Case{3, 256, 1}, Case{1, 100, 3}, Case{2, 1024, 12}})
    {
        const unsigned elements = c.block * c.perThread, sharedBytes = elements * sizeof(float);
        std::vector<float> in(c.grid * elements), out(c.grid * elements, -1.0f);
        for (unsigned i = 0; i < in.size(); ++i)
            in[i] = static_cast<float>(i) + 0.5f;
        unsigned misaligned = 0;
        const DynamicSharedArgs args{in.data(), out.data(), &misaligned, c.perThread, 0};
        if (!launch("zo_test_dynamic_shared", {c.grid}, {c.block}, args, sharedBytes))
            continue;
        CHECK(misaligned == 0, "%u threads saw a misaligned buffer", misaligned);
        for (unsigned b = 0; b < c.grid; ++b)
            for (unsigned i = 0; i < elements; ++i)
                CHECK(out[b * elements + i] == in[b * elements + elements - 1 - i],
                      "block %u of %u threads, %u bytes: element %u is %g", b, c.block, sharedBytes, i,
                      out[b * elements + i]);
    }
}

unsigned bitsOf(float x)
{
    unsigned bits;
    std::memcpy(&bits, &x, sizeof bits);
    return bits;
}

void testIntrinsics()
{
    const float floats[2] = {1.0f + 0x1p-12f, -1.0f};
    const unsigned words[2] = {0x12345678u, 0x9abcdef0u};
    std::vector<float> f(kIntrinsicFloats, -7.0f);
    std::vector<unsigned> u(kIntrinsicWords, 7);
    std::vector<unsigned long long> w(kIntrinsicWide, 7);
    std::vector<int> i(kIntrinsicInts, 7);
    if (!launch("zo_test_intrinsics", {}, {}, IntrinsicArgs{floats, f.data(), words, u.data(), w.data(), i.data()}))
        return;
    // (1 + 2^-12)^2 - 1 = 2^-11 + 2^-24 fused; rounding the product first loses the 2^-24.
    CHECK(f[0] == 0x1p-11f + 0x1p-24f, "__fmaf_rn: %a", f[0]);
    CHECK(f[1] == 0x1p-11f, "x * x + c was contracted: %a", f[1]);
    CHECK(f[2] == 0x1p-11f, "__fmul_rn then __fadd_rn: %a", f[2]);
    CHECK(f[3] == 1.0f && f[4] == 1.0f, "ties to even: %a %a", f[3], f[4]);
    CHECK(bitsOf(f[5]) == 0x3eaaaaabu, "__fdiv_rn(1, 3): %08x", bitsOf(f[5]));
    CHECK(bitsOf(f[6]) == 0x3fb504f3u, "__fsqrt_rn(2): %08x", bitsOf(f[6]));
    CHECK(bitsOf(f[7]) == 0x40490fdbu, "__uint_as_float: %08x", bitsOf(f[7]));
    CHECK(std::isinf(f[8]) && f[8] > 0, "__int_as_float: %g", f[8]);
    CHECK(f[9] == 1.5f && f[10] == -2.0f && f[11] == 4.75f, "float min/max/vectors: %g %g %g", f[9], f[10], f[11]);
    const unsigned expectedWords[] = {0x3f800000u, 0xc0000000u, 0xfffffffeu, 0x0b00ea4eu, 8, 3, 7, 33, 84321};
    for (unsigned k = 0; k < std::size(expectedWords); ++k)
        CHECK(u[k] == expectedWords[k], "word %u: %08x, expected %08x", k, u[k], expectedWords[k]);
    const unsigned long long expectedWide[] = {0xfffffffffffffffeull, 3, 5, 1ull << 40};
    for (unsigned k = 0; k < std::size(expectedWide); ++k)
        CHECK(w[k] == expectedWide[k], "wide %u: %llx, expected %llx", k, w[k], expectedWide[k]);
    const int expectedInts[] = {64, 31, 32, 63, 0, 8, 32, -3, 2, -5, 4};
    for (unsigned k = 0; k < std::size(expectedInts); ++k)
        CHECK(i[k] == expectedInts[k], "int %u: %d, expected %d", k, i[k], expectedInts[k]);
}

// The runtime's choice (zo_host.cpp, useFibers), made from what this file is compiled and run with.
bool onFibers()
{
#if defined(__has_feature)
#if __has_feature(thread_sanitizer) || __has_feature(address_sanitizer)
    return false;
#endif
#endif
#if !defined(__x86_64__) || defined(__SANITIZE_THREAD__) || defined(__SANITIZE_ADDRESS__)
    return false;
#else
    const char* threads = std::getenv("ZO_HOST_THREADS");
    return threads == nullptr || std::strcmp(threads, "os") != 0;
#endif
}

void testFaults()
{
    std::vector<int> out(64, -9);
    expectFailure("zo_test_fault", {}, {32}, FaultArgs{out.data(), 0x0000ffffu, 32, 0, 0}, 0,
                  {"zo_test_fault", "faulted", "__shfl_sync", "0x0000ffff"});
    expectFailure("zo_test_fault", {}, {32}, FaultArgs{out.data(), 0xffffffffu, 3, 0, 0}, 0, {"width 3"});
    expectFailure("zo_test_fault", {}, {32}, FaultArgs{out.data(), 0xfffffffeu, 32, 1, 0}, 0, {"__ballot_sync"});
    expectFailure("zo_test_fault", {}, {64}, FaultArgs{out.data(), 0x1u, 32, 2, 0}, 0, {"__syncwarp", "0x00000001"});
    // Reported rather than hung: the lanes outside the mask never reach the shuffle.
    expectFailure("zo_test_fault", {}, {64}, FaultArgs{out.data(), 0x0000ffffu, 32, 3, 0}, 0, {"__shfl_sync"});
    // A mask naming every lane that exists is whole-warp, also in a partial warp; and faults leave no trace.
    if (launch("zo_test_fault", {}, {40}, FaultArgs{out.data(), 0xffffffffu, 32, 0, 0}))
        CHECK(out[5] == 0 && out[35] == 32, "broadcast from lane 0: %d %d", out[5], out[35]);
    if (launch("zo_test_fault", {}, {8}, FaultArgs{out.data(), 0xffu, 32, 1, 0}))
        CHECK(out[7] == 0xff, "ballot over an 8-lane warp: %x", out[7]);
    // Threads waiting at different barriers: the pool of OS threads would hang here, as a device does; the fibers see
    // that none can run and report it.
    if (onFibers())
    {
        expectFailure("zo_test_fault", {}, {64}, FaultArgs{out.data(), 0xffffffffu, 32, 4, 0}, 0,
                      {"zo_test_fault", "block (0, 0, 0)", "different barriers", "48 of 64"});
        if (launch("zo_test_fault", {}, {32}, FaultArgs{out.data(), 0xffffffffu, 32, 2, 0}))
            CHECK(out[31] == 31, "a launch after the deadlocked one: %d", out[31]);
    }
}

void testErrors()
{
    CHECK(zo_host_abi_version() == ZO_HOST_ABI_VERSION, "ABI version %d", zo_host_abi_version());
    const int count = zo_host_kernel_count();
    CHECK(count >= 10, "%d kernels registered", count);
    for (int k = 0; k < count; ++k)
    {
        const char* name = zo_host_kernel_name(k);
        void* handle = nullptr;
        int argBytes = 0;
        CHECK(name != nullptr && zo_host_find_kernel(name, &handle, &argBytes) == 0 && handle != nullptr &&
                  argBytes > 0,
              "kernel %d (%s)", k, name ? name : "null");
    }
    CHECK(zo_host_kernel_name(-1) == nullptr && zo_host_kernel_name(count) == nullptr, "%s", "names out of range");
    int argBytes = 0;
    void* handle = nullptr;
    CHECK(zo_host_find_kernel("zo_test_reduce", &handle, &argBytes) == 0 && argBytes == sizeof(ReduceArgs),
          "argBytes %d", argBytes);
    CHECK(zo_host_find_kernel("zo_no_such_kernel", &handle, &argBytes) == -1 &&
              std::strstr(zo_host_last_error(), "zo_no_such_kernel") != nullptr,
          "unknown name: %s", zo_host_last_error());
    CHECK(zo_host_find_kernel(nullptr, &handle, &argBytes) == -1, "%s", "null name");

    // Null pointers everywhere: had any of these launches run, the kernel would have crashed.
    const ReduceArgs none{nullptr, nullptr, 1000, nullptr, nullptr, nullptr};
    const int size = sizeof none;
    expectFailure("zo_test_reduce", {}, {32}, none, 0,
                  {"zo_test_reduce", "argument size 36", "sizeof(ReduceArgs) = 48"}, size - 12);
    expectFailure("zo_test_reduce", {}, {32}, none, 0, {"argument size 52"}, size + 4);
    CHECK(zo_host_launch(handleOf("zo_test_reduce"), 1, 1, 1, 32, 1, 1, 0, nullptr, size) == -1 &&
              std::strstr(zo_host_last_error(), "null") != nullptr,
          "null args: %s", zo_host_last_error());
    expectFailure("zo_test_reduce", {0, 1, 1}, {32}, none, 0, {"zero dimension"});
    expectFailure("zo_test_reduce", {1, 0, 1}, {32}, none, 0, {"zero dimension"});
    expectFailure("zo_test_reduce", {1, 1, 0}, {32}, none, 0, {"zero dimension"});
    expectFailure("zo_test_reduce", {}, {0, 1, 1}, none, 0, {"zero dimension"});
    expectFailure("zo_test_reduce", {}, {32, 1, 0}, none, 0, {"zero dimension"});
    expectFailure("zo_test_reduce", {2147483648u}, {32}, none, 0, {"grid (2147483648, 1, 1) exceeds"});
    expectFailure("zo_test_reduce", {1, 65536}, {32}, none, 0, {"exceeds"});
    expectFailure("zo_test_reduce", {1, 1, 65536}, {32}, none, 0, {"exceeds"});
    expectFailure("zo_test_reduce", {}, {1025}, none, 0, {"block (1025, 1, 1) exceeds"});
    expectFailure("zo_test_reduce", {}, {1, 1, 65}, none, 0, {"exceeds"});
    expectFailure("zo_test_reduce", {}, {32, 32, 2}, none, 0, {"2048 threads", "at most 1024"});
    expectFailure("zo_test_reduce", {}, {32}, none, 49153, {"49153 bytes", "49152"});
    for (void* bad : {static_cast<void*>(nullptr), reinterpret_cast<void*>(uintptr_t{0x1234567}),
                      reinterpret_cast<void*>(static_cast<uintptr_t>(count + 1))})
        CHECK(zo_host_launch(bad, 1, 1, 1, 32, 1, 1, 0, &none, size) == -1 &&
                  std::strstr(zo_host_last_error(), "not a kernel handle") != nullptr,
              "handle %p: %s", bad, zo_host_last_error());
    std::string other = "unset";
    std::thread([&other] { other = zo_host_last_error(); }).join();
    CHECK(other.empty() && *zo_host_last_error() != '\0', "last error of another thread: '%s'", other.c_str());
}

// Launches from several threads are serialised; each must still see its own results.
void testConcurrentLaunches()
{
    std::vector<std::thread> threads;
    for (unsigned h = 0; h < 3; ++h)
        threads.emplace_back([h] {
            currentTest = "concurrent launches";
            for (unsigned round = 0; round < 8; ++round)
            {
                const unsigned block = 32u << (round % 3), grid = 1 + h + round % 2;
                const long long count = 3ll * block * grid + h;
                std::vector<long long> values(count);
                std::vector<float> floats(count, 1.0f);
                for (long long i = 0; i < count; ++i)
                    values[i] = i * (h + 1);
                std::vector<long long> sums(grid);
                std::vector<float> floatSums(grid);
                unsigned long long total = 0;
                if (launch("zo_test_reduce", {grid}, {block},
                           ReduceArgs{values.data(), floats.data(), count, sums.data(), floatSums.data(), &total}))
                    CHECK(total == static_cast<unsigned long long>(count * (count - 1) / 2 * (h + 1)),
                          "host thread %u round %u: %llu", h, round, total);
            }
        });
    for (std::thread& t : threads)
        t.join();
}

// Median and minimum over rounds: the machines this runs on are shared, and other processes' bursts hit some rounds.
void benchCase(unsigned grid, unsigned block, int launchesPerRound)
{
    void* handle = handleOf("zo_test_empty");
    const EmptyArgs args{0};
    for (int k = 0; k < 20; ++k)
        zo_host_launch(handle, grid, 1, 1, block, 1, 1, 0, &args, sizeof args);
    std::vector<double> rounds;
    for (int round = 0; round < 7; ++round)
    {
        const auto start = std::chrono::steady_clock::now();
        for (int k = 0; k < launchesPerRound; ++k)
            if (zo_host_launch(handle, grid, 1, 1, block, 1, 1, 0, &args, sizeof args) != 0)
            {
                std::printf("launch failed: %s\n", zo_host_last_error());
                return;
            }
        const std::chrono::duration<double, std::micro> elapsed = std::chrono::steady_clock::now() - start;
        rounds.push_back(elapsed.count() / launchesPerRound);
    }
    std::sort(rounds.begin(), rounds.end());
    std::printf("  %3u block(s) x %4u threads: median %9.1f us, min %9.1f us per launch\n", grid, block,
                rounds[rounds.size() / 2], rounds.front());
}

int bench()
{
    std::printf("empty kernel, 7 rounds each (%u hardware threads)\n", std::thread::hardware_concurrency());
    benchCase(1, 1, 2000);
    benchCase(1, 32, 500);
    benchCase(1, 256, 100);
    benchCase(16, 256, 10);
    benchCase(1, 1024, 30);
    benchCase(16, 1024, 3);
    return 0;
}
} // namespace

int main(int argc, char** argv)
{
    // Line-buffered, so that a run killed by a timeout still shows how far it got.
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    if (argc > 1 && std::strcmp(argv[1], "--bench") == 0)
        return bench();
    const std::pair<const char*, std::function<void()>> tests[] = {
        {"errors", testErrors},
        {"coverage", testCoverage},
        {"reduce", testReduce},
        {"early exit", testEarlyExit},
        {"atomics", testAtomics},
        {"vectors", testVectors},
        {"warp", testWarp},
        {"dynamic shared", testDynamicShared},
        {"intrinsics", testIntrinsics},
        {"faults", testFaults},
        {"concurrent launches", testConcurrentLaunches},
    };
    for (const auto& [name, test] : tests)
    {
        if (argc > 1 && std::strstr(name, argv[1]) == nullptr)
            continue;
        currentTest = name;
        const int before = failures;
        const auto start = std::chrono::steady_clock::now();
        test();
        const std::chrono::duration<double, std::milli> elapsed = std::chrono::steady_clock::now() - start;
        std::printf("%s %s (%.0f ms)\n", failures == before ? "ok  " : "FAIL", name, elapsed.count());
    }
    std::printf("%s: %d failure(s)\n", failures == 0 ? "passed" : "FAILED", failures.load());
    return failures == 0 ? 0 : 1;
}
