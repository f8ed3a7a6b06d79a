#!/usr/bin/env python3
"""Counts the instructions of the hot loop of each method in a DOTNET_JitStdOutFile disassembly.

The hot loop is the longest run of instructions between a label and a backward jump to that label (the loop the JIT
aligned). For each method it prints the loop's instruction count and its stack accesses ([rsp+..] / [rbp+..] operands:
spills, reloads and stack temporaries), which are what the issue-14 rework removes.
Usage: jit_loop_count.py DISASM_FILE [METHOD_SUBSTRING ...]
"""
import re
import sys

def methods(text):
    # Each method's listing starts with "; Assembly listing for method NAME".
    parts = re.split(r"^; Assembly listing for method (.+)$", text, flags=re.M)
    for i in range(1, len(parts), 2):
        yield parts[i].strip(), parts[i + 1]

def hot_loop(body):
    lines = body.splitlines()
    labels = {}
    instrs = []  # (label positions, instruction text)
    for line in lines:
        s = line.strip()
        if not s or s.startswith(";"):
            continue
        m = re.match(r"^(G_M\d+_IG\d+):", s)
        if m:
            labels[m.group(1)] = len(instrs)
            continue
        if s.startswith("align") or s.startswith("["):
            continue
        instrs.append(s)
    best = None
    for end, ins in enumerate(instrs):
        m = re.match(r"^j\w+\s+SHORT\s+(G_M\d+_IG\d+)|^j\w+\s+(G_M\d+_IG\d+)", ins)
        if not m:
            continue
        target = m.group(1) or m.group(2)
        start = labels.get(target)
        if start is not None and start <= end:
            loop = instrs[start:end + 1]
            if best is None or len(loop) > len(best):
                best = loop
    return best or []

def main():
    text = open(sys.argv[1], encoding="utf-8", errors="replace").read()
    wanted = sys.argv[2:]
    print(f"{'method':<45} {'loop instrs':>11} {'stack':>6}")
    for name, body in methods(text):
        if wanted and not any(w in name for w in wanted):
            continue
        loop = hot_loop(body)
        stack = sum(1 for i in loop if re.search(r"\[(rsp|rbp)[+\-\]]", i))
        # "NoiseKernel`3[...Lanes256,...]:GaussianFma(...)" -> "NoiseKernel<Lanes256>:GaussianFma"
        lanes = re.search(r"Simd\.(Lanes\w+)", name)
        cls = re.search(r"Simd\.(NoiseKernel\w*)", name)
        method = re.search(r":(\w+)\(", name)
        # "FmaLoop[...GaussianGroup[...]]" (one loop per store, generic over the kind) reads as the old "GaussianFma".
        pair = re.search(r":(\w+)Loop\[[\w.`+]*?(\w+)Group", name)
        label = pair.group(2) + pair.group(1) if pair else method.group(1) if method else ''
        short = f"{cls.group(1) if cls else name}{'<' + lanes.group(1) + '>' if lanes else ''}:{label}"
        print(f"{short:<45} {len(loop):>11} {stack:>6}")

if __name__ == "__main__":
    main()
