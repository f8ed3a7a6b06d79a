#!/usr/bin/env python3
"""Pins the q = 1 hot path of kernels/zo_update.cu (for bench/scripts/update-hotpath.sh).

Edits a copy of kernels/ in place, replacing each path condition by the value it has on the hot path: one Gaussian
restore term and one Gaussian gradient term with the same seed (issue 14's shared direction where the kernel has it),
no sparse gradient, no weight decay, ε outside the root, SGD with momentum, a whole aligned group, one tensor. Only
conditions are replaced: θ, m, v, the coefficients, seeds and learning-rate constants stay run-time values, so the
arithmetic the walk counts is the kernel's. Every anchor must be found exactly once (or, where marked, may be absent
in one version), or the script fails: the kernel changed and the pins must be revisited.
Usage: update-hotpath.py KERNELS_DIR
"""
import pathlib
import sys

root = pathlib.Path(sys.argv[1])

def pin(name, old, new, optional=False):
    path = root / name
    source = path.read_text()
    found = source.count(old)
    if found == 0 and optional:
        return False
    if found != 1:
        raise SystemExit(f"{name}: {old!r} found {found} times")
    path.write_text(source.replace(old, new))
    return True

# One tensor: the cursor's refill (taken on a thread's first group) needs no binary search; its loads are predicated.
pin("zo_device.cuh", "int lo = 0, hi = table.count - 1;", "int lo = 0, hi = 0;")
# Whole groups at aligned addresses: the vector loads and stores.
pin("zo_device.cuh", "ZO_D void zo_load_f32(const float* p, int n, float x[4])\n{\n    if (n == 4 && zo_aligned(p, 16))",
    "ZO_D void zo_load_f32(const float* p, int n, float x[4])\n{\n    if (true)")
pin("zo_device.cuh", "ZO_D void zo_store_f32(float* p, int n, const float x[4])\n{\n    if (n == 4 && zo_aligned(p, 16))",
    "ZO_D void zo_store_f32(float* p, int n, const float x[4])\n{\n    if (true)")
pin("zo_device.cuh", "ZO_D void zo_load_bf16(const unsigned short* p, int n, float x[4])\n{\n    if (n == 4 && zo_aligned(p, 8))",
    "ZO_D void zo_load_bf16(const unsigned short* p, int n, float x[4])\n{\n    if (true)")
pin("zo_device.cuh", "ZO_D void zo_store_bf16(unsigned short* p, int n, const float x[4])\n{\n    if (n == 4 && zo_aligned(p, 8))",
    "ZO_D void zo_store_bf16(unsigned short* p, int n, const float x[4])\n{\n    if (true)")
# Gaussian directions.
pin("zo_philox.cuh", "    if (kind == ZO_NOISE_GAUSSIAN)\n    {\n        float r01", "    if (true)\n    {\n        float r01")
# The step's flags.
pin("zo_update.cu", "k.epsilonInside = args.epsilonInsideSqrt != 0;", "k.epsilonInside = false;")
pin("zo_update.cu", "const bool hasMomentum = Rule == ZO_UPDATE_SGD && args.momentum != 0.0f;", "const bool hasMomentum = Rule == ZO_UPDATE_SGD;")
pin("zo_update.cu", "const bool hasRestore = args.restore.count > 0;", "const bool hasRestore = true;")
pin("zo_update.cu", "const bool hasWeightDecay = args.weightDecay != 0.0f;", "const bool hasWeightDecay = false;")
pin("zo_update.cu", "if (args.sparseCount >= 0)", "if (false)")
pin("zo_update.cu", "else if (args.gradient.count > 0)", "else if (true)")
# One term per combination.
pin("zo_update.cu", "args.restore.overflow, args.restore.count, c.id", "args.restore.overflow, 1, c.id")
pin("zo_update.cu", "args.gradient.overflow, args.gradient.count, c.id", "args.gradient.overflow, 1, c.id")
# Issue 14's shared direction, where the kernel has it: the restore and gradient terms have the same seed and kind.
pin("zo_update.cu",
    "    const bool sharedZ = args.restore.count == 1 && args.gradient.count == 1 && args.sparseCount < 0\n"
    "        && restoreTerms[0].seed == gradientTerms[0].seed && restoreTerms[0].kind == gradientTerms[0].kind;",
    "    const bool sharedZ = true;", optional=True)
