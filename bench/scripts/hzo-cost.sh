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

# With a CUDA device, the same cost figure with the model and every op on the GPU (DeviceNnOps: cuBLAS products,
# zo_nn kernels), minus SPSA, which runs the core engine on host parameters. Without one, says so and stops.
if $zo bench hzo-cost --depths 2 --width 4 --batch 2 --methods bp --reps 1 --rounds 1 --backend cuda --out "$(mktemp -d)" >/dev/null 2>"$out/cuda-probe.txt"; then
  rm -f "$out/cuda-probe.txt"
  mkdir -p "$out/cuda"
  $zo bench hzo-cost "${args[@]}" --methods bp,hzo,neuronwise --backend cuda --out "$out/cuda" | tee "$out/cuda/cost.txt"
  echo "bench/scripts/hzo-cost.sh $machine   # zo bench hzo-cost ${args[*]} --methods bp,hzo,neuronwise --backend cuda --out $out/cuda" > "$out/cuda/command-cost.txt"
else
  echo "no CUDA device: $(cat "$out/cuda-probe.txt")"; rm -f "$out/cuda-probe.txt"
fi
