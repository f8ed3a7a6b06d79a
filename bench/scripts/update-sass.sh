#!/usr/bin/env bash
# SASS instruction counts of the zo_update_* kernels before and after issue 14's q = 1 change, from the committed PTX
# (kernels/ptx/zo_update.ptx, compute_80, --fmad=false): ptxas per architecture, then cuobjdump -sass. No GPU needed.
# Per kernel: every SASS instruction of the function (static size) and the instructions of its grid-stride loop
# (from the loop's first label to the backward branch that closes it; every path inside, not one iteration's walk).
# Usage: bench/scripts/update-sass.sh BEFORE_COMMIT AFTER_COMMIT > OUT.txt
set -euo pipefail
cd "$(dirname "$0")/../.."
before="${1:?before commit}"; after="${2:?after commit}"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
echo "command: bench/scripts/update-sass.sh $before $after"
echo "tools: $(ptxas --version | tail -1)"
for arch in sm_80 sm_90; do
  for label in before after; do
    commit=$([ "$label" = before ] && echo "$before" || echo "$after")
    git show "$commit:kernels/ptx/zo_update.ptx" > "$tmp/$label.ptx"
    ptxas -arch="$arch" -O3 "$tmp/$label.ptx" -o "$tmp/$label-$arch.cubin"
    cuobjdump -sass "$tmp/$label-$arch.cubin" > "$tmp/$label-$arch.sass"
  done
  echo
  echo "$arch: kernel, static SASS before / after, grid-stride loop SASS before / after"
  python3 - "$tmp/before-$arch.sass" "$tmp/after-$arch.sass" <<'PY'
import re, sys
def kernels(path):
    out, name, body = {}, None, []
    for line in open(path):
        m = re.match(r"\s*Function : (\S+)", line)
        if m:
            if name: out[name] = body
            name, body = m.group(1), []
            continue
        m = re.match(r"\s*/\*([0-9a-f]{4,})\*/\s+(.*?);", line)
        if m and name:
            body.append((int(m.group(1), 16), m.group(2).strip()))
    if name: out[name] = body
    return out
def loop_size(body):
    # The grid-stride loop: the longest address range [target, branch] closed by a backward BRA.
    best = 0
    for addr, ins in body:
        m = re.search(r"BRA\s+(?:`\()?\S*?0x([0-9a-f]+)", ins)
        if m and int(m.group(1), 16) < addr:
            t = int(m.group(1), 16)
            best = max(best, sum(1 for a, i in body if t <= a <= addr and not i.startswith("NOP")))
    return best
def size(body): return sum(1 for a, i in body if not i.startswith("NOP"))
b, a = kernels(sys.argv[1]), kernels(sys.argv[2])
for k in sorted(set(b) | set(a)):
    if not k.startswith("zo_update"): continue
    print(f"{k:<26} {size(b.get(k, [])):>6} / {size(a.get(k, [])):<6} {loop_size(b.get(k, [])):>6} / {loop_size(a.get(k, []))}")
PY
done
