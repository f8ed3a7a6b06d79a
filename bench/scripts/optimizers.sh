#!/usr/bin/env bash
# The R-AdaZO paper's synthetic comparison: d = 10^4, Quadratic, Cubic, Levy, Rosenbrock (and Ackley), ZO-SGD,
# ZO-signSGD, ZO-AdaMM, ZO-RMSProp and R-AdaZO with beta = (0.9, 0.99), the same start and step seeds for all.
# Each optimizer's learning rate is the best of a grid on each function (lowest final loss, divergence excluded),
# so that no method is compared at a rate that is bad for it. Outputs go to bench/results/<machine>/optimizers/.
# Usage: bench/scripts/optimizers.sh MACHINE [ITERS]   (FNS="levy rosenbrock" limits the functions)
set -euo pipefail
cd "$(dirname "$0")/../.."
machine="${1:?machine name}"; iters="${2:-3000}"
out="bench/results/$machine/optimizers"; mkdir -p "$out"
zo="dotnet src/ZoEngine.Cli/bin/Release/net10.0/zo.dll"
common=(--dim 10000 --q 4 --mu 0.005 --seed 1 --beta1 0.9 --beta2 0.99 --eps 1e-8)
declare -A grid=(
  [sgd]="1e-8 3e-8 1e-7 3e-7 1e-6 3e-6 1e-5 3e-5 1e-4 3e-4 1e-3"
  [signsgd]="3e-5 1e-4 3e-4 1e-3 3e-3 1e-2 3e-2"
  [adamm]="3e-4 1e-3 3e-3 1e-2 3e-2 1e-1"
  [rmsprop]="3e-4 1e-3 3e-3 1e-2 3e-2 1e-1"
  [radazo]="3e-4 1e-3 3e-3 1e-2 3e-2 1e-1"
)
[ -f "$out/lr-grid.csv" ] || echo "function,optimizer,lr,final_loss" > "$out/lr-grid.csv"
for fn in ${FNS:-quadratic cubic levy rosenbrock ackley}; do
  sed -i "/^$fn,/d" "$out/lr-grid.csv"
  rates=""
  for opt in sgd signsgd adamm rmsprop radazo; do
    best=""; bestloss=""
    for lr in ${grid[$opt]}; do
      res=$($zo run synthetic --fn "$fn" --opt "$opt" --lr "$lr" --iters "$iters" --eval-every 0 "${common[@]}" 2>/dev/null || true)
      loss=$(sed -n 's/^final_loss=\([^ ]*\) .*/\1/p' <<<"$res"); start=$(sed -n 's/.*initial_loss=\([^ ]*\).*/\1/p' <<<"$res")
      echo "$fn,$opt,$lr,${loss:-diverged}" >> "$out/lr-grid.csv"
      # A candidate must end finite and below its start: a run that blew up and stayed finite has diverged too.
      if [ -n "$loss" ] && python3 -c "import math,sys; l=float('$loss'); sys.exit(0 if math.isfinite(l) and l < float('$start') and ('$bestloss'=='' or l<float('$bestloss')) else 1)"; then best=$lr; bestloss=$loss; fi
    done
    rates="$rates${rates:+,}$opt=${best:-1e-6}"
  done
  echo "== $fn: $rates"
  $zo compare synthetic --fn "$fn" --iters "$iters" --eval-every 10 --lr "$rates" "${common[@]}" \
     --csv "$out/$fn.csv" --svg "$out/$fn.svg" | tee "$out/$fn.txt"
done
echo "bench/scripts/optimizers.sh $machine $iters" > "$out/command.txt"
