#!/usr/bin/env bash
# MeZO (ZO-SGD) step time for the residual MLP L = 8, W = 128, batch 64, and the host↔device transfers per step: two
# runs of one epoch over N1 and N2 training images (N/64 steps, one evaluation each), so that the difference of their
# training times is what (N2 − N1)/64 steps take, set-up cancelling out. train_seconds comes from the CSV (full
# precision); transfers_per_step from the memory line (device only).
# Usage: step-time.sh ZO_BINARY BACKEND N1 N2 > log
set -u
zo=$1; backend=$2
for n in "$3" "$4"; do
  csv=$(mktemp --suffix=.csv)
  args=(train fashion-mnist --method mezo --opt sgd --lr 3e-4 --depth 8 --width 128 --batch 64 --train-limit "$n" --test-limit 64 --epochs 1 --seed 1 --backend "$backend" --csv "$csv")
  echo "\$ zo ${args[*]}"
  "$zo" "${args[@]}" 2>&1 | grep -E "^(memory|result|zo:)"
  echo "csv_last_row: $(tail -n 1 "$csv")"
  rm -f "$csv"
done
