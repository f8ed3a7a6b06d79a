#!/usr/bin/env bash
# HZO+SPP against backprop on plain CNNs and ResNets (docs/hzo.md §7): cosine per unit and overall, over depth, at
# initialisation and after 50 and 200 backprop + Adam steps on Fashion-MNIST. From the repository root, after
# `dotnet build src/ZoEngine.Cli -c Release`.
set -euo pipefail
out=bench/results/ci-2core-zen5/hzo-conv/fidelity
zo() { nice -n 10 dotnet src/ZoEngine.Cli/bin/Release/net10.0/zo.dll "$@"; }
mkdir -p "$out"
uptime | tee "$out/load.txt"
zo bench hzo-fidelity --model cnn,resnet --depths 2,4,8 --width 8 --stages 2 --activations relu --batch 8 \
   --checkpoints 0,50,200 --train-batch 32 --lr 1e-3 --out "$out" | tee "$out/fidelity.txt"
uptime | tee -a "$out/load.txt"
