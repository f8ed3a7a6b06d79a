#!/usr/bin/env bash
# Prints the resource use of every kernel in the committed PTX as markdown tables, one per GPU architecture:
#
#   bash kernels/ptxas-report.sh            (sm_80 = A100 and sm_90 = H100; ptxas 11.8 knows both)
#
# Registers, shared memory, spills and stack frame come from `ptxas -v --gpu-name <arch>`; constant bank 0 (the
# kernel parameters plus the driver's launch constants) from `cuobjdump -res-usage` of the same cubin, because ptxas
# 11.8 does not print cmem for sm_90. Exits 1 if any kernel spills: the kernels keep everything in registers.
set -euo pipefail
export LC_ALL=C
cd "$(dirname "${BASH_SOURCE[0]}")/.."

command -v ptxas >/dev/null 2>&1 || { echo "✗ ptxas not found (nvidia-cuda-toolkit): no report"; exit 0; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

spilled=0
for arch in sm_80 sm_90; do
    echo "| kernel | arch | registers | shared bytes | spill stores | spill loads | stack frame | constant bytes |"
    echo "|---|---|---:|---:|---:|---:|---:|---:|"
    for ptx in kernels/ptx/*.ptx; do
        cubin="$work/$(basename "$ptx" .ptx).$arch.cubin"
        ptxas -v --gpu-name "$arch" "$ptx" -o "$cubin" 2>"$work/log"
        if command -v cuobjdump >/dev/null 2>&1; then
            cuobjdump -res-usage "$cubin" | sed -n 's/^ Function \([A-Za-z0-9_]*\):.*/\1/p; s/.*CONSTANT\[0\]:\([0-9]*\).*/cmem \1/p' >"$work/cmem"
        else
            : >"$work/cmem"
        fi
        # "name regs smem spillStores spillLoads stack cmem" per kernel, in name order.
        awk -v arch="$arch" -v cmemfile="$work/cmem" '
            BEGIN {
                while ((getline line < cmemfile) > 0) {
                    if (line ~ /^cmem /) cmem[fn] = substr(line, 6); else fn = line
                }
            }
            /Compiling entry function/ { split($0, q, "'\''"); k = q[2]; names[k] = 1; smem[k] = 0 }
            /bytes stack frame/ { stack[k] = $1; sst[k] = $5; sld[k] = $9 }
            /Used [0-9]+ registers/ {
                for (i = 1; i <= NF; i++) {
                    if ($i ~ /^registers/) regs[k] = $(i - 1)
                    if ($i ~ /^smem/) smem[k] = $(i - 2)
                }
            }
            END {
                for (k in names) print k, regs[k], smem[k], sst[k], sld[k], stack[k], (k in cmem ? cmem[k] : "n/a")
            }' "$work/log" | sort >"$work/rows"
        while read -r name regs smem sst sld stack cmem; do
            echo "| \`$name\` | $arch | $regs | $smem | $sst | $sld | $stack | $cmem |"
            if [[ $sst != 0 || $sld != 0 ]]; then spilled=1; fi
        done <"$work/rows"
    done
    echo
done
if ((spilled)); then
    echo "✗ a kernel spills registers (above)" >&2
    exit 1
fi
