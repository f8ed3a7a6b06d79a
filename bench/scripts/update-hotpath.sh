#!/usr/bin/env bash
# SASS instructions of one grid-stride iteration of each zo_update_* kernel on the hot path of a q = 1 step (issue 14):
# one Gaussian restore term and one Gaussian gradient term with the same seed, no sparse gradient, no weight decay,
# ε outside the root, SGD with momentum, a whole aligned group in the cursor's tensor. No GPU needed.
# Method: in a copy of kernels/ at each commit, each of those path conditions is replaced by its hot-path value
# (update-hotpath.py), so nvcc drops every other path while θ, m, v, seeds and coefficients stay run-time data; then
# nvcc with build-ptx.sh's flags, ptxas -O3 per architecture, cuobjdump -sass, and a walk of one iteration from the
# grid-stride loop's head to its backward branch, stepping over the calls to the slow paths of sqrt.rn/div.rn (zero,
# denormal, infinite or NaN operands). Predicated instructions count (they issue). The tests the pins remove (n == 4,
# alignment, kind, the flags) are not in the count, before or after.
# Usage: bench/scripts/update-hotpath.sh BEFORE_COMMIT AFTER_COMMIT > OUT.txt
set -euo pipefail
cd "$(dirname "$0")/../.."
before="${1:?before commit}"; after="${2:?after commit}"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
echo "command: bench/scripts/update-hotpath.sh $before $after"
echo "tools: $(nvcc --version | tail -1); $(ptxas --version | tail -1)"
for label in before after; do
  commit=$([ "$label" = before ] && echo "$before" || echo "$after")
  mkdir -p "$tmp/$label"
  git archive "$commit" kernels | tar -x -C "$tmp/$label"
  python3 bench/scripts/update-hotpath.py "$tmp/$label/kernels"
  (cd "$tmp/$label" && nvcc -ptx -arch=compute_80 --fmad=false -O3 -ccbin clang-14 -Ikernels kernels/zo_update.cu -o zo_update.ptx)
  for arch in sm_80 sm_90; do
    ptxas -arch="$arch" -O3 "$tmp/$label/zo_update.ptx" -o "$tmp/$label-$arch.cubin"
    cuobjdump -sass "$tmp/$label-$arch.cubin" > "$tmp/$label-$arch.sass"
  done
done
for arch in sm_80 sm_90; do
  echo
  echo "$arch: kernel, hot-path SASS per group (4 elements) before / after, and per element after"
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
def walk(body):
    # One iteration from the grid-stride loop's head (the target of the one backward branch) to that branch. A forward
    # conditional branch whose fall-through block calls a subroutine guards a slow path (sqrt.rn/div.rn on zero,
    # denormal, infinite or NaN operands): the walk takes it. Any other conditional branch would be a path the
    # assumptions left open: the script stops rather than guess. Predicated instructions issue, so they count.
    at = {a: n for n, (a, _) in enumerate(body)}
    def target(i):
        m = re.search(r"\bBRA\s+(?:`\()?\S*?0x([0-9a-f]+)", i)
        return int(m.group(1), 16) if m else None
    back = [(target(i), a) for a, i in body if target(i) is not None and target(i) < a]
    if len(back) != 1:
        raise SystemExit(f"expected one backward branch, found {len(back)}")
    head, end = back[0]
    n, count = at[head], 0
    while True:
        a, i = body[n]
        if i.startswith("NOP"):
            n += 1
            continue
        count += 1
        if a == end:
            return count
        t = target(i)
        if t is not None:
            if not i.startswith("@"):
                n = at[t]
                continue
            # The slow path's call site: a few moves, the call, a move back, then the jump past the fast path.
            block = []
            for _, j in body[n + 1:]:
                block.append(j)
                if target(j) is not None or j.startswith("EXIT") or len(block) > 8:
                    break
            if not any("CALL" in j for j in block):
                raise SystemExit(f"an open conditional branch at {a:#x}: {i}")
            n = at[t]
            continue
        n += 1
b, a = kernels(sys.argv[1]), kernels(sys.argv[2])
for k in sorted(set(b) | set(a)):
    if not k.startswith("zo_update"): continue
    wb, wa = walk(b[k]), walk(a[k])
    print(f"{k:<26} {wb:>6} / {wa:<6} {wa / 4:>7.2f}")
PY
done
