#!/usr/bin/env bash
# Regenerates the committed PTX of every kernels/*.cu, and its manifest, then checks the noise header on the host.
#
#   bash kernels/build-ptx.sh              regenerate kernels/ptx in place
#   bash kernels/build-ptx.sh --out DIR    write the PTX and manifest to DIR instead (the freshness test compares
#                                          such a fresh build with the committed one byte for byte)
#
# - kernels/ptx/<name>.ptx        nvcc -ptx -arch=compute_80 --fmad=false -O3 -ccbin clang-14 -Ikernels kernels/<name>.cu
#   compute_80 PTX is JIT-compiled by the driver for sm_80 and every later GPU. --fmad=false and no fast-math keep
#   every multiply and add a single rounding (the kernels also write each one explicitly; see zo_philox.cuh).
#   nvcc runs from the repository root on relative paths and without -lineinfo/-G, so the PTX holds no .file
#   directive and no path of this machine (checked below).
# - kernels/ptx/manifest.json     written deterministically (no timestamps): the nvcc version, the flags, and per
#   source its hash, its PTX and each kernel's parameter size, so the C# side can check that the committed PTX is
#   fresh and that its argument structs have the kernels' sizes.
# - kernels/tests/bin/noise_check built with g++ -std=c++20 -O2 -ffp-contract=off and run against tests/data.
#
# Without nvcc the committed PTX stays as it is and the script says so (exit 0); without g++ the host check is skipped
# with a message. A second run changes nothing: the PTX and the manifest are functions of the sources and the toolkit.
set -euo pipefail
export LC_ALL=C
OUT=kernels/ptx
if [[ "${1:-}" == "--out" ]]; then
    OUT=$(realpath -m "$2")
fi
cd "$(dirname "${BASH_SOURCE[0]}")/.."

FLAGS=(-ptx -arch=compute_80 --fmad=false -O3 -ccbin clang-14 -Ikernels)
HASH_RULE='sha256, as lowercase hex, of the bytes of kernels/<file> followed by the bytes of kernels/<h> for each h of "includes" in order, nothing between files. "includes" is every header the .cu reaches through lines #include "NAME" (NAME relative to kernels/), directly or through other headers, each once, in ascending ordinal order of name; #include <...> lines do not count.'

# A JSON string literal of $1 (backslashes and double quotes escaped; the texts here have no control characters).
json_str() {
    local s=${1//\\/\\\\}
    s=${s//\"/\\\"}
    printf '"%s"' "$s"
}

# The kernels/*.cuh that $1 includes, transitively, one file name per line, sorted.
includes_of() {
    local pending=("$1") seen="" file name
    while ((${#pending[@]})); do
        file=${pending[0]}
        pending=("${pending[@]:1}")
        while IFS= read -r name; do
            if [[ " $seen " != *" $name "* ]]; then
                seen="$seen $name"
                pending+=("kernels/$name")
            fi
        done < <(sed -n 's/^[ \t]*#[ \t]*include[ \t]*"\([^"]*\)".*/\1/p' "$file")
    done
    for name in $seen; do echo "$name"; done | sort
}

# "name paramBytes paramAlign" for each .entry of a PTX file, sorted by name. nvcc passes a struct argument as one
# .param .align A .b8 NAME_param_0[N].
entries_of() {
    sed -n 's/^[ \t]*\.param \.align \([0-9]*\) \.b8 \([A-Za-z0-9_]*\)_param_0\[\([0-9]*\)\].*/\2 \3 \1/p' "$1" | sort
}

if command -v nvcc >/dev/null 2>&1; then
    NVCC_VERSION=$(nvcc --version | grep -m1 '^Cuda compilation tools')
    echo "✓ nvcc: $NVCC_VERSION"
    mkdir -p "$OUT"
    sources=(kernels/*.cu)
    for cu in "${sources[@]}"; do
        name=$(basename "$cu" .cu)
        nvcc "${FLAGS[@]}" "$cu" -o "$OUT/$name.ptx"
        if grep -nE '^[[:space:]]*\.file|/(work|home|tmp|usr|root|opt)/' "$OUT/$name.ptx"; then
            echo "✗ $OUT/$name.ptx names a path of this machine (above)" >&2
            exit 1
        fi
        echo "  $cu -> $OUT/$name.ptx"
    done
    # PTX of a source that no longer exists would be stale forever.
    for ptx in "$OUT"/*.ptx; do
        [[ -f "kernels/$(basename "$ptx" .ptx).cu" ]] || { rm "$ptx"; echo "  removed stale $ptx"; }
    done

    {
        printf '{\n'
        printf '  "nvcc": %s,\n' "$(json_str "$NVCC_VERSION")"
        printf '  "command": "nvcc %s kernels/<name>.cu -o kernels/ptx/<name>.ptx",\n' "${FLAGS[*]}"
        printf '  "flags": ['
        sep=""
        for f in "${FLAGS[@]}"; do printf '%s"%s"' "$sep" "$f"; sep=", "; done
        printf '],\n'
        printf '  "hashRule": %s,\n' "$(json_str "$HASH_RULE")"
        printf '  "sources": [\n'
        for ((i = 0; i < ${#sources[@]}; i++)); do
            cu=${sources[$i]}
            name=$(basename "$cu" .cu)
            mapfile -t headers < <(includes_of "$cu")
            hash=$(cat "$cu" "${headers[@]/#/kernels/}" | sha256sum | cut -d' ' -f1)
            printf '    {\n'
            printf '      "file": "%s",\n' "$(basename "$cu")"
            printf '      "includes": ['
            sep=""
            for h in "${headers[@]}"; do printf '%s"%s"' "$sep" "$h"; sep=", "; done
            printf '],\n'
            printf '      "sha256": "%s",\n' "$hash"
            printf '      "ptx": "%s.ptx",\n' "$name"
            # The PTX's own hash lets the loader refuse a damaged embedded image before the driver's JIT sees it.
            printf '      "ptxSha256": "%s",\n' "$(sha256sum "$OUT/$name.ptx" | cut -d' ' -f1)"
            printf '      "kernels": [\n'
            mapfile -t entries < <(entries_of "$OUT/$name.ptx")
            for ((e = 0; e < ${#entries[@]}; e++)); do
                read -r kname bytes align <<<"${entries[$e]}"
                printf '        {"name": "%s", "paramBytes": %s, "paramAlign": %s}%s\n' "$kname" "$bytes" "$align" "$([[ $e -lt $((${#entries[@]} - 1)) ]] && echo ,)"
            done
            printf '      ]\n'
            printf '    }%s\n' "$([[ $i -lt $((${#sources[@]} - 1)) ]] && echo ,)"
        done
        printf '  ]\n'
        printf '}\n'
    } >"$OUT/manifest.json"
    echo "  $OUT/manifest.json"
else
    echo "✗ nvcc not found: keeping the committed PTX in kernels/ptx (install nvidia-cuda-toolkit to regenerate it)"
fi

if command -v g++ >/dev/null 2>&1; then
    mkdir -p kernels/tests/bin
    g++ -std=c++20 -O2 -ffp-contract=off -Wall -Wextra -Werror -Ikernels kernels/tests/noise_check.cpp -o kernels/tests/bin/noise_check
    echo "✓ host check of kernels/zo_philox.cuh (kernels/tests/noise_check.cpp):"
    kernels/tests/bin/noise_check tests/data
else
    echo "✗ g++ not found: skipping the host check of kernels/zo_philox.cuh"
fi
