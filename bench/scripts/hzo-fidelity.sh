#!/usr/bin/env bash
# HZO gradient fidelity (docs/hzo.md): cosine between HZO and backprop gradients, per unit and overall, for depths
# 4..64, plain and residual MLPs, ReLU and GELU, float32 and float64, at initialisation and after 100, 300 and 1000
# backprop+Adam steps on Fashion-MNIST; then the float32 probe step h swept on residual MLPs (h-sweep/).
# Outputs go to bench/results/<machine>/hzo/. Needs the dataset (dataset-fashion-mnist).
# Usage: bench/scripts/hzo-fidelity.sh MACHINE
set -euo pipefail
cd "$(dirname "$0")/../.."
machine="${1:?machine name}"
out="bench/results/$machine/hzo"; mkdir -p "$out"
zo="dotnet src/ZoEngine.Cli/bin/Release/net10.0/zo.dll"
args=(--depths 4,8,16,32,64 --width 64 --batch 32 --checkpoints 0,100,300,1000 --train-batch 64 --lr 1e-3 --threads 1)
sweep=(--depths 16,64 --width 64 --batch 32 --archs residual --precisions float32 --step32 1e-1,3e-2,1e-2,3e-3,1e-3,3e-4
       --checkpoints 0,1000 --train-batch 64 --lr 1e-3 --threads 1)
# Fully optimising JIT from the first call, as in hzo-cost.sh (here it only shortens the run).
export DOTNET_TieredCompilation=0
start=$(date +%s)
{
  echo "# load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  $zo bench hzo-fidelity "${args[@]}" --out "$out"
  echo "# wall time: $(( $(date +%s) - start )) s; load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$out/fidelity.txt"
mkdir -p "$out/h-sweep"
start=$(date +%s)
{
  echo "# load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  $zo bench hzo-fidelity "${sweep[@]}" --out "$out/h-sweep"
  echo "# wall time: $(( $(date +%s) - start )) s; load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$out/h-sweep/fidelity.txt"
{
  echo "bench/scripts/hzo-fidelity.sh $machine   (DOTNET_TieredCompilation=0)"
  echo "zo bench hzo-fidelity ${args[*]} --out $out"
  echo "zo bench hzo-fidelity ${sweep[*]} --out $out/h-sweep"
} > "$out/command-fidelity.txt"
