#!/usr/bin/env python3
"""Table 1 from `zo attack --csv` files: per optimizer, the success rate within the budget, the mean ± sample std
(and median) of iterations to success over the attacks that succeeded, and the mean iterations with failures counted
at the cap. With --tune, picks per optimizer the rate of the files given (one file per rate, named ...lr<rate>.csv)
with the lowest capped mean (ties: higher success rate first). Plain Python, no packages.

The cap given may be below the cap the attacks ran with: an attack is then counted as won only if it succeeded within
that many steps (its first success is the same step under any larger cap, since an attack's trajectory does not depend
on its cap). A file named PATH:opt1,opt2 contributes only those optimizers' rows."""
import csv, math, re, statistics, sys

ORDER = ["sgd", "signsgd", "adamm", "rmsprop", "radazo"]

def rows(paths):
    for p in paths:
        path, _, only = p.partition(":")
        keep = set(only.split(",")) if only else None
        with open(path, newline="") as f:
            for r in csv.DictReader(f):
                if keep is None or r["optimizer"] in keep:
                    yield p, r

def won(r, cap):
    return r["succeeded"] == "1" and int(r["iterations"]) <= cap

def stats(rs, cap):
    wins = [int(r["iterations"]) for r in rs if won(r, cap)]
    capped = [int(r["iterations"]) if won(r, cap) else cap for r in rs]
    mean = statistics.mean(wins) if wins else math.nan
    std = statistics.stdev(wins) if len(wins) > 1 else math.nan
    med = statistics.median(wins) if wins else math.nan
    return len(rs), len(wins) / len(rs), mean, std, med, statistics.mean(capped)

def main():
    args = sys.argv[1:]
    tune = args[0] == "--tune"
    if tune:
        args = args[1:]
    cap = int(args[0])
    paths = args[1:]
    if tune:
        best = {}
        print("optimizer lr attacks success_rate mean_iters_success capped_mean")
        for p in paths:
            lr = re.search(r"lr([0-9.e-]+)\.csv$", p).group(1)
            by = {}
            for _, r in rows([p]):
                by.setdefault(r["optimizer"], []).append(r)
            for opt in ORDER:
                if opt not in by:
                    continue
                n, rate, mean, std, med, capped = stats(by[opt], cap)
                print(f"{opt} {lr} {n} {rate:.3f} {mean:.1f} {capped:.1f}")
                key = (capped, -rate)
                if opt not in best or key < best[opt][0]:
                    best[opt] = (key, lr)
        print("tuned: " + ",".join(f"{o}={best[o][1]}" for o in ORDER if o in best))
        return
    by = {}
    for _, r in rows(paths):
        by.setdefault(r["optimizer"], []).append(r)
    print("| optimizer | attacks | success rate | iterations to success, mean ± std | median | mean with failures at the cap |")
    print("|---|---|---|---|---|---|")
    means = {}
    for opt in ORDER:
        if opt not in by:
            continue
        n, rate, mean, std, med, capped = stats(by[opt], cap)
        means[opt] = (mean, capped)
        print(f"| {opt} | {n} | {rate:.3f} | {mean:.0f} ± {std:.0f} | {med:.0f} | {capped:.0f} |")
    if "rmsprop" in means and "radazo" in means:
        print(f"\nspeed-up of radazo over rmsprop: {means['rmsprop'][0] / means['radazo'][0]:.2f}x (means over successes), "
              f"{means['rmsprop'][1] / means['radazo'][1]:.2f}x (capped means)")
        # Paired: the same image and seed, both succeeded.
        key = lambda r: (r["image"], r["seed"])
        rm = {key(r): int(r["iterations"]) for r in by["rmsprop"] if won(r, cap)}
        ra = {key(r): int(r["iterations"]) for r in by["radazo"] if won(r, cap)}
        both = [k for k in rm if k in ra]
        if both:
            g = math.exp(statistics.mean(math.log(rm[k] / ra[k]) for k in both))
            print(f"paired geometric mean of rmsprop/radazo iterations over {len(both)} attacks both won: {g:.2f}x")

main()
