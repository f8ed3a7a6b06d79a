#!/usr/bin/env bash
# The BenchmarkDotNet noise, fused-pass, update-pass and SPSA-step classes at each accelerated width of an AVX-512
# machine, one core, in process (issue 14). The width is set the way an AVX2-only or SSE-only machine would see it:
# the runtime's knobs switch AVX-512 (and for 128 bits AVX2) off, and ZO_BENCH_WIDTHS keeps the benchmarks' Width
# parameter at that width. Results: bench/results/MACHINE/noise/bdn/LABEL-WIDTH/artifacts/results/.
# Usage: bench/scripts/noise-bdn.sh MACHINE LABEL [WIDTH ...]   (needs a Release build of bench/ZoEngine.Bench;
#        LABEL names the build measured, e.g. before or after; WIDTH is 512, 256 or 128, all three by default)
set -euo pipefail
cd "$(dirname "$0")/../.."
machine="${1:?machine name}"; label="${2:?label, e.g. after}"; shift 2
widths=("${@:-512 256 128}"); [ $# -eq 0 ] && widths=(512 256 128)
for width in "${widths[@]}"; do
  env=(ZO_BENCH_WIDTHS="V$width")
  [ "$width" -le 256 ] && env+=(DOTNET_EnableAVX512=0)  # .NET 10 reads this knob; DOTNET_EnableAVX512F is ignored
  [ "$width" -le 128 ] && env+=(DOTNET_EnableAVX2=0)
  out="$machine/noise/bdn/$label-$width"
  mkdir -p "bench/results/$out"
  { echo "command: bench/scripts/noise-bdn.sh $machine $label $width (${env[*]})"
    echo "commit: $(git rev-parse --short HEAD)"
    echo "start: $(date -u +%FT%TZ) load: $(cut -d' ' -f1-3 /proc/loadavg)"; } > "bench/results/$out/run.txt"
  env "${env[@]}" dotnet bench/ZoEngine.Bench/bin/Release/net10.0/ZoEngine.Bench.dll --machine "$out" --inprocess \
    --filter '*NoiseBenchmarks*' '*FusedPassBenchmarks*' '*UpdatePassBenchmarks*' '*SpsaStepBenchmarks*' > /dev/null
  echo "end: $(date -u +%FT%TZ) load: $(cut -d' ' -f1-3 /proc/loadavg)" >> "bench/results/$out/run.txt"
done
