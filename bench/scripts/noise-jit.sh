#!/usr/bin/env bash
# The JIT's code for the noise kernels at each width, and the instructions and stack accesses of each hot loop
# (issue 14). Runs `zo bench noise` briefly with DOTNET_JitDisasm on the kernel methods; the 256-bit run disables
# AVX-512 and the 128-bit run AVX2 as well, so the backend's Auto width is the one measured.
# Usage: bench/scripts/noise-jit.sh MACHINE   (needs a Release build of src/ZoEngine.Cli)
set -euo pipefail
cd "$(dirname "$0")/../.."
machine="${1:?machine name}"
out="bench/results/$machine/noise"; mkdir -p "$out"
zo="dotnet src/ZoEngine.Cli/bin/Release/net10.0/zo.dll"
methods='*:SetLoop *:FmaLoop *:AddProductLoop *:Words'
for width in 512 256 128; do
  env=(DOTNET_JitDisasm="$methods" DOTNET_JitStdOutFile="$out/jit-$width.asm" DOTNET_JitDisasmSummary=0)
  [ "$width" -le 256 ] && env+=(DOTNET_EnableAVX512=0 DOTNET_EnableAVX512F=0)
  [ "$width" -le 128 ] && env+=(DOTNET_EnableAVX2=0)
  rm -f "$out/jit-$width.asm"
  env "${env[@]}" $zo bench noise --backend cpu --seconds 0.05 --dim 65536 > /dev/null
  {
    echo "command: bench/scripts/noise-jit.sh $machine (width $width: ${env[*]:3})"
    echo "commit: $(git rev-parse --short HEAD)"
    python3 bench/scripts/jit_loop_count.py "$out/jit-$width.asm"
  } > "$out/jit-loops-$width.txt"
  cat "$out/jit-loops-$width.txt"
done
