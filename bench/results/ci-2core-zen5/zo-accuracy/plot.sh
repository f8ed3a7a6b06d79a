#!/usr/bin/env bash
# accuracy.png: mean test accuracy over seeds 1-3 against forward passes of a batch (layer evaluations / (L·B), with
# L = 8 and B = 64), from the CSVs run.sh writes, drawn by zo plot (ScottPlot).
# Usage: plot.sh "ZO_COMMAND" (in this folder), e.g. plot.sh zo or plot.sh "dotnet src/ZoEngine.Cli/bin/Release/net10.0/zo.dll"
set -eu
read -r -a zo <<< "$1"   # a binary, or "dotnet path/zo.dll"
series() { echo "$1=$2-seed1.csv+$2-seed2.csv+$2-seed3.csv"; }
"${zo[@]}" plot --x layer_evaluations --x-scale 0.001953125 --y test_accuracy --markers \
  --title "Fashion-MNIST resMLP L=8 W=128, mean of 3 seeds" \
  --xlabel "forward passes of a batch of 64" --ylabel "test accuracy" \
  --series "$(series "MeZO + ZO-SGD 1e-4" mezo-sgd-1e-4)" --series "$(series "MeZO-GV + ZO-SGD 1e-4" gv-sgd-1e-4)" \
  --series "$(series "MeZO-Greedy + ZO-SGD 1e-4" greedy-sgd-1e-4)" --series "$(series "MeZO + R-AdaZO 1e-4" mezo-radazo-1e-4)" \
  --out accuracy.png
