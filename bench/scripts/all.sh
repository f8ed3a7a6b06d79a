#!/usr/bin/env bash
# Every figure of the core-engine and prior-guided issues, in sequence (they share the cores, so never in parallel).
# Usage: bench/scripts/all.sh MACHINE
set -euo pipefail
cd "$(dirname "$0")/../.."
machine="${1:?machine name}"
out="bench/results/$machine"; mkdir -p "$out"
zo="dotnet src/ZoEngine.Cli/bin/Release/net10.0/zo.dll"
dotnet build ZoEngine.sln -c Release -nologo -v quiet
{ echo "\$ zo bench noise --seconds 2"; $zo bench noise --seconds 2; } | tee "$out/bench-noise.txt"
{ echo "\$ zo bench accuracy --samples 10000000"; $zo bench accuracy --samples 10000000; } | tee "$out/accuracy.txt"
{ echo "\$ zo bench drift --dim 1000000 --cycles 1000"; $zo bench drift --dim 1000000 --cycles 1000;
  echo "\$ zo bench drift --dim 1000000 --cycles 1000 --scale 0.02"; $zo bench drift --dim 1000000 --cycles 1000 --scale 0.02; } | tee "$out/drift.txt"
bench/scripts/memory.sh "$out/memory.csv"
dotnet run --project bench/ZoEngine.Bench -c Release --no-build -- --machine "$machine" --filter '*'
bench/scripts/optimizers.sh "$machine" 3000
mkdir -p "$out/prior-guided"
$zo bench alignment --dims 1000,10000,100000 --ks 2,4,8,16 --trials 200 --csv "$out/prior-guided/alignment.csv" --svg "$out/prior-guided/alignment.svg" | tee "$out/prior-guided/alignment.txt"
bench/scripts/prior-guided.sh "$machine"
