#!/usr/bin/env bash
# The conv fidelity study on the Emulated backend (the kernels of kernels/ built for the host, zo_nn_gemm) against the
# same study on the CPU with the reference GEMM, whose summation order zo_nn_gemm follows: the two fidelity.csv files
# must be identical (every cosine, norm and loss printed round-trip). From the repository root, after the CLI build.
set -euo pipefail
out=bench/results/ci-2core-zen5/hzo-conv/emulated
zo() { nice -n 10 dotnet src/ZoEngine.Cli/bin/Release/net10.0/zo.dll "$@"; }
mkdir -p "$out/cpu" "$out/emulated"
uptime | tee "$out/load.txt"
args=(bench hzo-fidelity --model cnn,resnet --depths 2,4 --width 4 --stages 2 --activations relu --batch 4 --checkpoints 0,20 --train-batch 16 --gemm reference)
zo "${args[@]}" --out "$out/cpu" | tee "$out/cpu/fidelity.txt"
zo "${args[@]}" --backend emulated --out "$out/emulated" | tee "$out/emulated/fidelity.txt"
uptime | tee -a "$out/load.txt"
if cmp "$out/cpu/fidelity.csv" "$out/emulated/fidelity.csv"; then
  echo "identical: $(($(wc -l < "$out/cpu/fidelity.csv") - 1)) rows" | tee "$out/compare.txt"
else
  echo "DIFFERENT" | tee "$out/compare.txt"
fi
