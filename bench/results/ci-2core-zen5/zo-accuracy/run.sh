#!/usr/bin/env bash
# Fashion-MNIST test accuracy of the residual MLP (L = 8, W = 128, GELU, batch 64) after the same budget of 18,000
# forward passes of a batch, for MeZO (ZO-SGD), MeZO-GV (M = 4, α = 0.5, ZO-SGD), MeZO-Greedy (M = 4, ZO-SGD) and MeZO
# with R-AdaZO. MeZO costs 2 passes a step (9,000 steps = 18 epochs of the first 32,000 training images), GV and
# Greedy M + 2 = 6 (3,000 steps = 6 epochs). A test evaluation every 1,000 passes on all 10,000 test images (one CSV
# row each). Seeds 1, 2, 3 (initial weights, batch order, directions), one process per seed. ε = 10⁻³ (MeZO's).
# Rates: ZO-SGD 10⁻⁴ for all three SGD methods (3·10⁻⁴, the zo default, gave a NaN training loss at step 3,376 of
# MeZO seed 1); R-AdaZO at 10⁻³ (the zo default for adaptive ZO) and 10⁻⁴. No rate was chosen from test data.
# Usage: run.sh ZO_COMMAND OUT_DIR > log     (ZO_COMMAND: a binary, or "dotnet path/zo.dll")
set -u
read -r -a zo <<< "$1"; out=$2
common=(train fashion-mnist --depth 8 --width 128 --batch 64 --train-limit 32000 --test-limit 10000 --mu 1e-3 --backend cpu)
seed_runs() {
  local seed=$1
  for m in "mezo sgd 1e-4 18 1" "gv sgd 1e-4 6 3" "greedy sgd 1e-4 6 3" "mezo radazo 1e-4 18 1" "mezo radazo 1e-3 18 1"; do
    set -- $m
    args=("${common[@]}" --method "$1" --opt "$2" --lr "$3" --epochs "$4" --evals-per-epoch "$5" --seed "$seed" --csv "$out/$1-$2-$3-seed$seed.csv")
    { echo "\$ zo ${args[*]}"; /usr/bin/time -f "cpu_seconds=%U+%S wall_seconds=%e" "${zo[@]}" "${args[@]}" 2>&1 | grep -E "^(result|memory|zo:|cpu_seconds)"; } > "$out/seed$seed-$1-$2-$3.log"
  done
}
for seed in 1 2 3; do seed_runs "$seed" & done
wait
cat "$out"/seed*.log
echo finished
