#!/usr/bin/env python3
"""Extends a capped study to a larger cap: the attacks that failed within the first cap were rerun alone with the
larger one (same image, seed, optimizer and rate: an attack's trajectory does not depend on its cap or batch, so the
rerun continues the same run), and their rows replace the capped ones. Successes keep their rows.

    python3 cap20k.py BASE.csv EXTENSION.csv [...] > MERGED.csv
"""
import csv, sys

key = lambda r: (r["image"], r["optimizer"], r["seed"])
with open(sys.argv[1], newline="") as f:
    reader = csv.DictReader(f)
    fields, base = reader.fieldnames, list(reader)
extension = {}
for path in sys.argv[2:]:
    with open(path, newline="") as f:
        for r in csv.DictReader(f):
            extension[key(r)] = r
replaced = 0
out = csv.DictWriter(sys.stdout, fieldnames=fields, lineterminator="\n")
out.writeheader()
for r in base:
    if key(r) in extension:
        if r["succeeded"] == "1":
            sys.exit(f"{key(r)} succeeded within the first cap; its rerun must not replace it")
        r = extension.pop(key(r))
        replaced += 1
    out.writerow(r)
if extension:
    sys.exit(f"reruns without a capped row to replace: {sorted(extension)}")
print(f"replaced {replaced} capped rows", file=sys.stderr)
