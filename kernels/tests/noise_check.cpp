// noise_check.cpp: checks kernels/zo_philox.cuh on the host, before any GPU or host build of the kernels exists.
// The header is included as plain C++ (ZO_HD = inline, the std:: branch of every zo_* operation) and compared bit for
// bit with the tables every harness reads:
//   tests/data/philox_kat.txt    Random123 known answers for Philox4x32-10;
//   tests/data/noise_golden.txt  Gaussian and Rademacher elements, ln and sin/cos rows from the independent Python
//                                reference (docs/tools/noise_reference.py); its `derive` rows (the SplitMix64 seed mixer)
//                                are counted as not covered: the kernels receive derived seeds and never derive one;
//   tests/data/bf16_golden.txt   float32 → bfloat16 rounding of the optimizer state.
//
// Build and run (kernels/build-ptx.sh does this):
//   g++ -std=c++20 -O2 -ffp-contract=off -Wall -Wextra -Werror -Ikernels kernels/tests/noise_check.cpp -o kernels/tests/bin/noise_check
//   kernels/tests/bin/noise_check tests/data
// -ffp-contract=off is part of the contract: it keeps g++ from fusing a multiply and an add that the C# rounds twice.
// Exit status 0 only when every row matched and every table had rows.
#include "zo_philox.cuh"

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace
{

struct Tally
{
    int checked = 0;
    int failed = 0;
};

// The non-comment rows of a table, whitespace-split, with a trailing `# ...` comment removed.
std::vector<std::vector<std::string>> ReadRows(const std::string& path)
{
    std::ifstream in(path);
    if (!in)
    {
        std::fprintf(stderr, "cannot open %s\n", path.c_str());
        std::exit(2);
    }
    std::vector<std::vector<std::string>> rows;
    std::string line;
    while (std::getline(in, line))
    {
        auto hash = line.find('#');
        if (hash != std::string::npos)
            line.erase(hash);
        std::istringstream words(line);
        std::vector<std::string> row;
        for (std::string w; words >> w;)
            row.push_back(w);
        if (!row.empty())
            rows.push_back(row);
    }
    return rows;
}

unsigned int Hex32(const std::string& s) { return (unsigned int)std::stoul(s, nullptr, 16); }
unsigned long long Dec64(const std::string& s) { return std::stoull(s, nullptr, 10); }

void Expect(Tally& t, bool ok, const std::string& what)
{
    t.checked++;
    if (!ok)
    {
        t.failed++;
        if (t.failed <= 20)
            std::fprintf(stderr, "MISMATCH %s\n", what.c_str());
    }
}

std::string Hex(unsigned int u)
{
    char b[16];
    std::snprintf(b, sizeof b, "%08x", u);
    return b;
}

void CheckKat(const std::string& dir, Tally& t)
{
    for (const auto& r : ReadRows(dir + "/philox_kat.txt"))
    {
        if (r.size() != 12 || r[0] != "philox4x32" || r[1] != "10")
        {
            Expect(t, false, "unexpected KAT row starting " + r[0]);
            continue;
        }
        ZoWords w = zo_philox(Hex32(r[2]), Hex32(r[3]), Hex32(r[4]), Hex32(r[5]), Hex32(r[6]), Hex32(r[7]));
        unsigned int got[4] = {w.x0, w.x1, w.x2, w.x3};
        for (int i = 0; i < 4; ++i)
            Expect(t, got[i] == Hex32(r[8 + i]), "philox ctr " + r[2] + " word " + std::to_string(i) + ": got " + Hex(got[i]) + ", want " + r[8 + i]);
    }
}

void CheckGolden(const std::string& dir, Tally& elements, Tally& ln, Tally& sincos, int& derive)
{
    for (const auto& r : ReadRows(dir + "/noise_golden.txt"))
    {
        const std::string& kind = r[0];
        if (kind == "gaussian" || kind == "rademacher")
        {
            unsigned long long seed = Dec64(r[1]), index = Dec64(r[3]);
            unsigned int tensor = (unsigned int)Dec64(r[2]);
            // The kernels' path: the whole group of the element, then its lane.
            float z[4];
            zo_noise_group(kind == "gaussian" ? ZO_NOISE_GAUSSIAN : ZO_NOISE_RADEMACHER, seed, tensor, index >> 2, z);
            unsigned int got = zo_bits(z[index & 3]);
            Expect(elements, got == Hex32(r[4]), kind + " " + r[1] + " " + r[2] + " " + r[3] + ": got " + Hex(got) + ", want " + r[4]);
        }
        else if (kind == "ln")
        {
            // u = n·2⁻²⁴ as zo_radius forms u1 (there n = (x >> 8) + 1).
            float u = zo_mul((float)Dec64(r[1]), ZO_TWO_POW_MINUS_24);
            Expect(ln, zo_bits(u) == Hex32(r[2]), "ln input " + r[1] + ": got " + Hex(zo_bits(u)) + ", want " + r[2]);
            unsigned int got = zo_bits(zo_log(u));
            Expect(ln, got == Hex32(r[3]), "ln " + r[1] + ": got " + Hex(got) + ", want " + r[3]);
        }
        else if (kind == "sincos")
        {
            float c, s;
            zo_sincos_turns24((unsigned int)Dec64(r[1]), &c, &s);
            Expect(sincos, zo_bits(c) == Hex32(r[2]), "cos " + r[1] + ": got " + Hex(zo_bits(c)) + ", want " + r[2]);
            Expect(sincos, zo_bits(s) == Hex32(r[3]), "sin " + r[1] + ": got " + Hex(zo_bits(s)) + ", want " + r[3]);
        }
        else if (kind == "derive")
        {
            derive++;
        }
        else
        {
            Expect(elements, false, "unknown golden row kind " + kind);
        }
    }
}

void CheckBf16(const std::string& dir, Tally& t)
{
    for (const auto& r : ReadRows(dir + "/bf16_golden.txt"))
    {
        if (r.size() != 3 || r[0] != "bf16")
        {
            Expect(t, false, "unexpected bf16 row starting " + r[0]);
            continue;
        }
        unsigned int in = Hex32(r[1]), want = Hex32(r[2]);
        unsigned short got = zo_bf16_from_float(zo_float(in));
        Expect(t, got == want, "bf16 from " + r[1] + ": got " + Hex(got) + ", want " + r[2]);
        Expect(t, zo_bits(zo_bf16_to_float(got)) == (unsigned int)got << 16, "bf16 widening of " + r[2]);
    }
}

bool Report(const char* name, const Tally& t)
{
    bool ok = t.checked > 0 && t.failed == 0;
    std::printf("%s %-34s %4d checked, %d failed\n", ok ? "ok  " : "FAIL", name, t.checked, t.failed);
    return ok;
}

} // namespace

int main(int argc, char** argv)
{
    std::string dir = argc > 1 ? argv[1] : "tests/data";
    Tally kat, elements, ln, sincos, bf16;
    int derive = 0;
    CheckKat(dir, kat);
    CheckGolden(dir, elements, ln, sincos, derive);
    CheckBf16(dir, bf16);
    bool ok = Report("philox_kat.txt", kat);
    ok &= Report("noise_golden.txt gaussian/rademacher", elements);
    ok &= Report("noise_golden.txt ln", ln);
    ok &= Report("noise_golden.txt sincos", sincos);
    ok &= Report("bf16_golden.txt", bf16);
    std::printf("     noise_golden.txt derive            %4d rows not covered (the kernels never derive seeds)\n", derive);
    return ok ? 0 : 1;
}
