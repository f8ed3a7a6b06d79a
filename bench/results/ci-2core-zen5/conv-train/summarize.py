#!/usr/bin/env python3
"""Tables and plots of the conv-train runs: test accuracy and training time per method, mean ± std over seeds.

Usage: summarize.py DIR   (DIR holds METHOD-seedS.csv written by 'zo train fashion-mnist --csv'); writes DIR/table.md
and, through 'zo plot', DIR/accuracy-epochs.png and DIR/accuracy-time.png (mean over seeds)."""
import csv, glob, os, re, statistics, subprocess, sys

folder = sys.argv[1]
runs = {}
for path in sorted(glob.glob(os.path.join(folder, "*-seed*.csv"))):
    m = re.match(r"(.+)-seed(\d+)\.csv$", os.path.basename(path))
    with open(path) as f:
        rows = list(csv.DictReader(f))
    if rows:
        runs.setdefault(m.group(1), {})[int(m.group(2))] = rows

def ms(values, fmt):
    if len(values) == 1:
        return fmt.format(values[0]) + " (1 seed)"
    return (fmt + " ± " + fmt).format(statistics.mean(values), statistics.stdev(values))

order = [m for m in ["bp", "hzo", "hzo-nospp", "cge", "mezo"] if m in runs] + sorted(set(runs) - {"bp", "hzo", "hzo-nospp", "cge", "mezo"})
lines = ["| method | seeds | epochs | test accuracy at epoch 3 (%) | final test accuracy (%) | train seconds to epoch 3 | train seconds, all epochs | layer evaluations |",
         "|---|---|---|---|---|---|---|---|"]
for method in order:
    seeds = runs[method]
    final = [float(r[-1]["test_accuracy"]) * 100 for r in seeds.values()]
    at3 = [float(next(x for x in r if abs(float(x["epoch"]) - 3) < 1e-9)["test_accuracy"]) * 100 for r in seeds.values()]
    t3 = [float(next(x for x in r if abs(float(x["epoch"]) - 3) < 1e-9)["train_seconds"]) for r in seeds.values()]
    total = [float(r[-1]["train_seconds"]) for r in seeds.values()]
    evals = [float(r[-1]["layer_evaluations"]) for r in seeds.values()]
    epochs = max(float(r[-1]["epoch"]) for r in seeds.values())
    lines.append(f"| {method} | {len(seeds)} | {epochs:g} | {ms(at3, '{:.2f}')} | {ms(final, '{:.2f}')} | {ms(t3, '{:.1f}')} | {ms(total, '{:.1f}')} | {statistics.mean(evals):.3g} |")
table = "\n".join(lines) + "\n"
with open(os.path.join(folder, "table.md"), "w") as f:
    f.write(table)
print(table)

zo = os.environ.get("ZO", "dotnet src/ZoEngine.Cli/bin/Release/net10.0/zo.dll").split() + ["plot"]
# The seeds of a method evaluate at the same steps but at different wall-clock times, and 'zo plot' averages only
# files that share their x: each method's mean (and std) over seeds per evaluation goes to mean-METHOD.csv first.
series = []
for method in order:
    seeds = list(runs[method].values())
    path = os.path.join(folder, f"mean-{method}.csv")
    with open(path, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["epoch", "train_seconds", "train_seconds_std", "test_accuracy", "test_accuracy_std"])
        for i in range(min(len(r) for r in seeds)):
            t = [float(r[i]["train_seconds"]) for r in seeds]
            a = [float(r[i]["test_accuracy"]) for r in seeds]
            sd = lambda v: statistics.stdev(v) if len(v) > 1 else 0.0
            w.writerow([seeds[0][i]["epoch"], f"{statistics.mean(t):.3f}", f"{sd(t):.3f}", f"{statistics.mean(a):.5f}", f"{sd(a):.5f}"])
    series += ["--series", f"{method}={path}"]
title = "Fashion-MNIST, resnet depth 2 width 4, 512 images, batch 8: test accuracy (mean of 3 seeds)"
for x, name, label, extra in [("epoch", "accuracy-epochs.png", "epoch", []), ("train_seconds", "accuracy-time.png", "training wall-clock (s, log)", ["--log-x"])]:
    subprocess.run(zo + series + ["--x", x, "--y", "test_accuracy", "--title", title, "--xlabel", label, "--ylabel", "test accuracy",
                                  "--markers", "--out", os.path.join(folder, name)] + extra, check=True)
