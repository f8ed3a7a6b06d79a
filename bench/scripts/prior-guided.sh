#!/usr/bin/env bash
# MeZO (SPSA + SGD), MeZO-Greedy and MeZO-GV at equal evaluation budgets on the synthetic suite, fixed seeds.
# Each estimator's learning rate is the best of a grid per function (lowest final loss), as in optimizers.sh.
# Usage: bench/scripts/prior-guided.sh MACHINE [BUDGET]   (FNS="rosenbrock" limits the functions)
set -euo pipefail
cd "$(dirname "$0")/../.."
machine="${1:?machine name}"; budget="${2:-24000}"
out="bench/results/$machine/prior-guided"; mkdir -p "$out"
zo="dotnet src/ZoEngine.Cli/bin/Release/net10.0/zo.dll"
common=(--dim 10000 --mu 0.005 --seed 1 --candidates 4 --alpha 0.5 --opts sgd)
[ -f "$out/lr-grid.csv" ] || echo "function,estimator,lr,final_loss" > "$out/lr-grid.csv"
for fn in ${FNS:-quadratic cubic levy rosenbrock ackley}; do
  sed -i "/^$fn,/d" "$out/lr-grid.csv"
  rates=""
  for est in spsa greedy gv; do
    best=""; bestloss=""
    for lr in 1e-8 3e-8 1e-7 3e-7 1e-6 3e-6 1e-5 3e-5 1e-4 3e-4 1e-3 3e-3; do
      row=$($zo compare synthetic --fn "$fn" --estimators "$est" --lr "$lr" --budget "$budget" --eval-every 1000000 "${common[@]}" --csv /tmp/zo-pg.csv --svg /tmp/zo-pg.svg 2>/dev/null | awk -v e="$est" '$1==e {print $4, $5}' || true)
      start=${row% *}; loss=${row#* }
      echo "$fn,$est,$lr,${loss:-diverged}" >> "$out/lr-grid.csv"
      # A candidate must end finite and below its start: a run that blew up and stayed finite has diverged too.
      if [ -n "$row" ] && python3 -c "import math,sys; l=float('$loss'); sys.exit(0 if math.isfinite(l) and l < float('$start') and ('$bestloss'=='' or l<float('$bestloss')) else 1)"; then best=$lr; bestloss=$loss; fi
    done
    rates="$rates${rates:+,}$est+sgd=${best:-1e-6}"
  done
  echo "== $fn: $rates"
  $zo compare synthetic --fn "$fn" --estimators spsa,greedy,gv --lr "$rates" --budget "$budget" --eval-every 20 "${common[@]}" \
    --csv "$out/$fn.csv" --svg "$out/$fn.svg" | tee "$out/$fn.txt"
done
echo "bench/scripts/prior-guided.sh $machine $budget" > "$out/command.txt"
