"""Steps (and evaluations) each run of a `zo compare` CSV needs to reach fractions of its initial loss.
Usage: python3 bench/scripts/steps_to_target.py FILE.csv [FILE.csv ...]   (standard library only)"""
import csv
import sys

FRACTIONS = (0.5, 0.25, 0.1, 0.01)


def summarise(path):
    runs = {}
    with open(path, newline="") as f:
        for row in csv.DictReader(f):
            key = (row["estimator"], row["optimizer"], row["lr"])
            runs.setdefault(key, []).append((int(row["step"]), int(row["evaluations"]), float(row["loss"])))
    print(f"## {path}")
    header = ["estimator", "optimizer", "lr", "final"] + [f"steps to {f:g}x (evals)" for f in FRACTIONS]
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for (est, opt, lr), points in runs.items():
        points.sort()
        initial = points[0][2]
        cells = [est, opt, lr, f"{points[-1][2]:.5g}"]
        for frac in FRACTIONS:
            hit = next(((s, e) for s, e, l in points if l <= frac * initial), None)
            cells.append(f"{hit[0]} ({hit[1]})" if hit else "not reached")
        print("| " + " | ".join(cells) + " |")
    print()


for p in sys.argv[1:]:
    summarise(p)
