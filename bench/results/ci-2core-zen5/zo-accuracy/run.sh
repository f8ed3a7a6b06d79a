#!/usr/bin/env bash
# Fashion-MNIST test accuracy of the residual MLP (L = 8, W = 128, batch 64) after the same budget of 600 forward passes
# of a batch, for MeZO (ZO-SGD), MeZO-GV (M = 4, α = 0.5, ZO-SGD), MeZO-Greedy (M = 4, ZO-SGD) and MeZO with R-AdaZO:
# MeZO costs 2 passes a step (300 steps), GV and Greedy M + 2 = 6 (100 steps). Seeds 1, 2, 3 (initial weights, data
# order, directions). Test accuracy on the first 2,000 test images, 5 evaluations per run (CSV rows).
# Usage: run.sh ZO_BINARY OUT_DIR > log
set -u
zo=$1; out=$2
common=(train fashion-mnist --depth 8 --width 128 --batch 64 --epochs 1 --test-limit 2000 --evals-per-epoch 5 --backend cpu)
for seed in 1 2 3; do
  for m in "mezo sgd 3e-4 19200" "gv sgd 3e-4 6400" "greedy sgd 3e-4 6400" "mezo radazo 1e-3 19200"; do
    set -- $m
    args=("${common[@]}" --method "$1" --opt "$2" --lr "$3" --train-limit "$4" --seed "$seed" --csv "$out/$1-$2-seed$seed.csv")
    echo "\$ zo ${args[*]}"
    "$zo" "${args[@]}" 2>&1 | grep -E "^(result|zo:)"
  done
done
