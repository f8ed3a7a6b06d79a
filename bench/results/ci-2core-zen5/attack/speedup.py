#!/usr/bin/env python3
"""R-AdaZO over ZO-RMSProp as the step cap grows, from `zo attack --csv` rows run with the largest cap.

    python3 speedup.py CAP[,CAP...] FILE[:opt,opt] ...

For each cap (at most the cap the rows ran with; an attack's first success does not depend on its cap), prints the
success rates, the ratio of capped means, the ratio of means over successes and the paired geometric mean over the
attacks both won. Then, at the largest cap, the paired ratio by difficulty: attacks (image, seed) split into thirds by
the capped iterations ZO-SGD needed on the same image and seed, a measure of hardness that neither of the two compared
optimizers' own noise enters. Plain Python, no packages."""
import csv, math, statistics, sys

def load(paths):
    by = {}
    for p in paths:
        path, _, only = p.partition(":")
        keep = set(only.split(",")) if only else None
        with open(path, newline="") as f:
            for r in csv.DictReader(f):
                if keep is None or r["optimizer"] in keep:
                    by.setdefault(r["optimizer"], {})[(r["image"], r["seed"])] = r
    return by

def steps(r, cap):
    """Iterations to success within cap, or None."""
    return int(r["iterations"]) if r["succeeded"] == "1" and int(r["iterations"]) <= cap else None

def geo(pairs):
    return math.exp(statistics.mean(math.log(a / b) for a, b in pairs)) if pairs else math.nan

def main():
    caps = [int(c) for c in sys.argv[1].split(",")]
    by = load(sys.argv[2:])
    rm, ra = by["rmsprop"], by["radazo"]
    keys = sorted(set(rm) & set(ra))
    print("cap | rmsprop success | radazo success | capped-mean ratio | ratio of means over successes | paired geo mean (n)")
    for cap in caps:
        a = [steps(rm[k], cap) for k in keys]
        b = [steps(ra[k], cap) for k in keys]
        capped = statistics.mean(x if x is not None else cap for x in a) / statistics.mean(x if x is not None else cap for x in b)
        wa, wb = [x for x in a if x is not None], [x for x in b if x is not None]
        means = statistics.mean(wa) / statistics.mean(wb) if wa and wb else math.nan
        pairs = [(x, y) for x, y in zip(a, b) if x is not None and y is not None]
        print(f"{cap} | {len(wa) / len(keys):.3f} | {len(wb) / len(keys):.3f} | {capped:.2f}x | {means:.2f}x | {geo(pairs):.2f}x ({len(pairs)})")
    if "sgd" not in by:
        return
    cap = max(caps)
    hard = sorted(keys, key=lambda k: steps(by["sgd"][k], cap) or cap + 1)
    print(f"\nat cap {cap}, paired by ZO-SGD's iterations on the same image and seed (thirds):")
    print("ZO-SGD iterations | attacks | rmsprop won | radazo won | rmsprop median | radazo median | paired geo mean (n) | capped-mean ratio")
    n = len(hard)
    for t in range(3):
        part = hard[t * n // 3:(t + 1) * n // 3]
        s = [steps(by["sgd"][k], cap) for k in part]
        label = f"{min(x or cap for x in s)}-{max(x or cap for x in s)}" + (" (incl. failures)" if None in s else "")
        a = [steps(rm[k], cap) for k in part]
        b = [steps(ra[k], cap) for k in part]
        pairs = [(x, y) for x, y in zip(a, b) if x is not None and y is not None]
        med = lambda xs: statistics.median([x if x is not None else cap for x in xs])
        capped = statistics.mean(x if x is not None else cap for x in a) / statistics.mean(x if x is not None else cap for x in b)
        print(f"{label} | {len(part)} | {sum(x is not None for x in a)} | {sum(x is not None for x in b)} | {med(a):.0f} | {med(b):.0f} | {geo(pairs):.2f}x ({len(pairs)}) | {capped:.2f}x")

main()
