#!/usr/bin/env python3
"""accuracy.svg: mean test accuracy over seeds 1-3 against forward passes of a batch (layer evaluations / (L·B)),
from the CSVs run.sh writes. Plain SVG, no plotting library: python3 plot.py (in this folder)."""
import csv, statistics
L, B = 8, 64
methods = [("mezo-sgd", "MeZO + ZO-SGD", "#1f77b4"), ("gv-sgd", "MeZO-GV + ZO-SGD", "#ff7f0e"),
           ("greedy-sgd", "MeZO-Greedy + ZO-SGD", "#2ca02c"), ("mezo-radazo", "MeZO + R-AdaZO", "#d62728")]
W, H, X0, Y0, XW, YH = 640, 400, 60, 340, 540, 300
def x(p): return X0 + p / 600 * XW
def y(a): return Y0 - a / 0.4 * YH
out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" font-family="sans-serif" font-size="12">',
       f'<text x="{W/2}" y="20" text-anchor="middle">Fashion-MNIST resMLP L=8 W=128: test accuracy (mean of 3 seeds) vs forward passes</text>',
       f'<line x1="{X0}" y1="{Y0}" x2="{X0+XW}" y2="{Y0}" stroke="black"/><line x1="{X0}" y1="{Y0}" x2="{X0}" y2="{Y0-YH}" stroke="black"/>']
for p in range(0, 601, 100):
    out.append(f'<text x="{x(p)}" y="{Y0+16}" text-anchor="middle">{p}</text>')
for a in (0, 0.1, 0.2, 0.3, 0.4):
    out.append(f'<text x="{X0-6}" y="{y(a)+4}" text-anchor="end">{a:.1f}</text>')
out.append(f'<text x="{X0+XW/2}" y="{Y0+34}" text-anchor="middle">forward passes of a batch of 64</text>')
for i, (key, label, color) in enumerate(methods):
    runs = [list(csv.DictReader(open(f"{key}-seed{s}.csv"))) for s in (1, 2, 3)]
    pts = [(int(r["layer_evaluations"]) / (L * B), statistics.mean(float(run[k]["test_accuracy"]) for run in runs))
           for k, r in enumerate(runs[0])]
    out.append(f'<polyline fill="none" stroke="{color}" stroke-width="2" points="{" ".join(f"{x(p):.1f},{y(a):.1f}" for p, a in pts)}"/>')
    out.append(f'<text x="{X0+10}" y="{Y0-YH+16*i+10}" fill="{color}">{label}</text>')
out.append("</svg>")
open("accuracy.svg", "w").write("\n".join(out))
