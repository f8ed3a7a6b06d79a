#!/usr/bin/env bash
# Peak RSS of 'zo run synthetic' at d = 5e7 minus that at d = 1e3, per configuration, against the memory contract:
# SGD-family steps stay within 1.1 × 4·d bytes (θ only), R-AdaZO with float32 state within 1.1 × 12·d (θ, m, v).
# Usage: bench/scripts/memory.sh [OUT.csv]   (needs /usr/bin/time: apt-get install time)
set -euo pipefail
cd "$(dirname "$0")/../.."
out="${1:-bench/results/memory.csv}"
zo="dotnet src/ZoEngine.Cli/bin/Release/net10.0/zo.dll"
big=50000000; small=1000
peak() { /usr/bin/time -v $zo run synthetic --fn quadratic --iters 3 --eval-every 0 --dim "$1" "${@:2}" 2>&1 >/dev/null | sed -n 's/.*Maximum resident set size (kbytes): //p'; }
echo "config,d,peak_rss_kib_small,peak_rss_kib_big,delta_bytes,bound_bytes,bytes_per_param,within_bound" > "$out"
run() {
  local name="$1" factor="$2"; shift 2
  local s b; s=$(peak $small "$@"); b=$(peak $big "$@")
  local delta=$(( (b - s) * 1024 )); local bound; bound=$(python3 -c "print(int(1.1*$factor*$big))")
  local per; per=$(python3 -c "print(round($delta/$big, 3))")
  local ok=no; [ "$delta" -le "$bound" ] && ok=yes
  echo "$name,$big,$s,$b,$delta,$bound,$per,$ok" | tee -a "$out"
}
run "sgd (mezo spsa q=1)" 4 --opt sgd --lr 1e-6 --estimator spsa
run "sgd (spsa q=4 rademacher)" 4 --opt sgd --lr 1e-6 --estimator spsa --q 4 --dir rademacher
run "sgd (mezo-gv M=4)" 4 --opt sgd --lr 1e-6 --estimator gv --candidates 4
run "sgd (mezo-greedy M=4)" 4 --opt sgd --lr 1e-6 --estimator greedy --candidates 4
run "signsgd" 4 --opt signsgd --lr 1e-6
run "radazo f32 state" 12 --opt radazo --lr 1e-6
run "radazo bf16 state" 8 --opt radazo --lr 1e-6 --state bf16
run "adamm f32 state" 12 --opt adamm --lr 1e-6
run "rmsprop f32 state" 8 --opt rmsprop --lr 1e-6
run "radazo f32 + mezo-gv M=4" 12 --opt radazo --lr 1e-6 --estimator gv --candidates 4
