#!/usr/bin/env bash
# Cost of one gradient against depth at a fixed width (docs/hzo.md): wall time and layer evaluations per sample for
# backprop, HZO, neuron-wise ZO and one-query SPSA (MeZO), on a residual GELU MLP in float32, one GEMM thread.
# Outputs go to bench/results/<machine>/hzo/.
# Usage: bench/scripts/hzo-cost.sh MACHINE
set -euo pipefail
cd "$(dirname "$0")/../.."
machine="${1:?machine name}"
out="bench/results/$machine/hzo"; mkdir -p "$out"
zo="dotnet src/ZoEngine.Cli/bin/Release/net10.0/zo.dll"
args=(--depths 2,3,4,6,8,12,16,24,32,48,64,96,128 --width 64 --batch 8 --reps 2 --rounds 4 --max-seconds 20 --threads 1)
# Fully optimising JIT from the first call: no timed gradient runs tier-0 code.
export DOTNET_TieredCompilation=0
start=$(date +%s)
{
  echo "# load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  $zo bench hzo-cost "${args[@]}" --out "$out"
  echo "# wall time: $(( $(date +%s) - start )) s; load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$out/cost.txt"
echo "bench/scripts/hzo-cost.sh $machine   # zo bench hzo-cost ${args[*]} --out $out (DOTNET_TieredCompilation=0)" > "$out/command-cost.txt"
