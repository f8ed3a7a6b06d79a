#!/usr/bin/env bash
# HZO on convolutional networks (docs/hzo.md §7): probe evaluations and time per gradient against depth at 28×28 and
# 56×56 for cnn and resnet (the fidelity study is run-fidelity.sh). From the repository
# root, after `dotnet build src/ZoEngine.Cli -c Release`.
set -euo pipefail
out=bench/results/ci-2core-zen5/hzo-conv
zo() { nice -n 10 dotnet src/ZoEngine.Cli/bin/Release/net10.0/zo.dll "$@"; }
uptime | tee "$out/load.txt"
for model in cnn resnet; do
  mkdir -p "$out/cost-$model"
  zo bench hzo-cost --model "$model" --depths 2,4,8,16 --width 8 --stages 2 --activation relu --batch 1 \
     --resolution 28,56 --reps 1 --rounds 2 --max-seconds 4 --out "$out/cost-$model" | tee "$out/cost-$model/cost.txt"
  uptime | tee -a "$out/load.txt"
done
