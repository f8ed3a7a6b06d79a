"""Mean ± sample std over seeds of the last CSV row (test accuracy, train loss) per method: summarize.py (in this folder)."""
import csv, glob, statistics
for name in ["mezo-sgd-1e-4", "gv-sgd-1e-4", "greedy-sgd-1e-4", "mezo-radazo-1e-4", "mezo-radazo-1e-3"]:
    rows = [list(csv.DictReader(open(f)))[-1] for f in sorted(glob.glob(f"{name}-seed*.csv"))]
    acc = [float(r["test_accuracy"]) for r in rows]
    loss = [float(r["train_loss"]) for r in rows]
    passes = [int(r["layer_evaluations"]) // (8 * 64) for r in rows]
    print(f"{name}: seeds={len(rows)} last_passes={passes} test_accuracy={100*statistics.mean(acc):.2f} ± {100*statistics.stdev(acc):.2f} % "
          f"train_loss={statistics.mean(loss):.4f} ± {statistics.stdev(loss):.4f} per_seed_accuracy={acc}")
