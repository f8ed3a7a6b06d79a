#!/usr/bin/env python3
"""The before/after table of the noise BenchmarkDotNet runs (bench/scripts/noise-bdn.sh), one row per operation.

Reads DIR/LABEL-WIDTH/artifacts/results/*-report-github.md and prints, per width, the mean and the best (fastest
iteration) elements/s of each operation before and after, and the ratio of the best figures; then the SPSA step's
mean against both naive steps in the same run.
Usage: noise-bdn-table.py DIR [--prefix P] [WIDTH ...]   (DIR: bench/results/MACHINE/noise/bdn; the runs are the
       folders Pbefore-WIDTH and Pafter-WIDTH, e.g. --prefix idle- for idle-before-512 and idle-after-512)
"""
import os
import re
import sys

ROWS = [
    ("Philox words/s", "NoiseBenchmarks", "PhiloxWords", {}),
    ("Gaussian fill z", "NoiseBenchmarks", "Gaussian", {}),
    ("fused θ += c·z", "FusedPassBenchmarks", "FusedOneTerm", {}),
    ("fused 4-term combine", "FusedPassBenchmarks", "FusedFourTerms", {}),
    ("R-AdaZO update pass, f32 state", "UpdatePassBenchmarks", "FusedUpdate", {"Kind": "RAdaZo", "Precision": "Float32"}),
    ("R-AdaZO update pass, bf16 state", "UpdatePassBenchmarks", "FusedUpdate", {"Kind": "RAdaZo", "Precision": "BFloat16"}),
    ("SPSA 3-pass step", "SpsaStepBenchmarks", "FusedThreePass", {}),
]


def report(path):
    rows = [l for l in open(path, encoding="utf-8") if l.startswith("|")]
    head = [c.strip() for c in rows[0].strip().strip("|").split("|")]
    out = []
    for r in rows[2:]:
        cells = [c.strip().replace("*", "") for c in r.strip().strip("|").split("|")]
        if cells[0]:
            out.append(dict(zip(head, cells)))
    return out


def ms(text):
    value, unit = text.replace(",", "").split()
    return float(value) * {"ns": 1e-6, "μs": 1e-3, "us": 1e-3, "ms": 1.0, "s": 1e3}[unit]


def find(rows, method, where, n):
    for r in rows:
        if r["Method"] == method and r.get("N") == n and all(r.get(k) == v for k, v in where.items()):
            return r
    return None


def load(folder):
    results = os.path.join(folder, "artifacts", "results")
    out = {}
    if os.path.isdir(results):
        for f in os.listdir(results):
            m = re.match(r"ZoEngine\.Bench\.(\w+)-report-github\.md$", f)
            if m:
                out[m.group(1)] = report(os.path.join(results, f))
    return out


def main():
    base, args, prefix = sys.argv[1], sys.argv[2:], ""
    if args[:1] == ["--prefix"]:
        prefix, args = args[1], args[2:]
    widths = args or ["512", "256", "128"]
    for w in widths:
        before, after = load(os.path.join(base, f"{prefix}before-{w}")), load(os.path.join(base, f"{prefix}after-{w}"))
        print(f"\n{w}-bit: elements/s, mean and best iteration; ratio = after best / before best")
        print("| operation | N | before mean | before best | after mean | after best | ratio |")
        print("|---|---:|---:|---:|---:|---:|---:|")
        for label, cls, method, where in ROWS:
            for n in ("4194304", "4194311"):
                b = find(before.get(cls, []), method, where, n)
                a = find(after.get(cls, []), method, where, n)
                if not b and not a:
                    continue
                def cell(r, col):
                    return r[col] if r else "–"
                ratio = f"{float(a['best el/s']) / float(b['best el/s']):.2f}" if a and b and "best el/s" in b and "best el/s" in a else "–"
                print(f"| {label} | {n} | {cell(b, 'elements/s')} | {cell(b, 'best el/s')} | {cell(a, 'elements/s')} | {cell(a, 'best el/s')} | {ratio} |")
        for label, runs in (("before", before), ("after", after)):
            spsa = runs.get("SpsaStepBenchmarks", [])
            for n in ("4194304", "4194311"):
                f = find(spsa, "FusedThreePass", {}, n)
                m = find(spsa, "NaiveFourPassMaterialised", {}, n)
                p = find(spsa, "NaiveFourPassPreallocated", {}, n)
                if f and m and p:
                    print(f"SPSA {label} N={n}: fused {f['Mean']} (min {f['Min']}), naive allocating {m['Mean']} "
                          f"→ {ms(m['Mean']) / ms(f['Mean']):.1f}×, naive preallocated {p['Mean']} → "
                          f"{ms(p['Mean']) / ms(f['Mean']):.1f}×; allocated per step {f['Allocated']} / {m['Allocated']} / {p['Allocated']}")


if __name__ == "__main__":
    main()
