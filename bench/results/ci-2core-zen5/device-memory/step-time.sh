#!/usr/bin/env bash
# MeZO (ZO-SGD) step time on CPU and Emulated for the residual MLP L = 8, W = 128, batch 64, and the host↔device
# transfers per step: two runs of one epoch over 640 and 1280 training images (10 and 20 steps, one evaluation each),
# so that the difference of their counters is what 10 steps move, the evaluation and the set-up cancelling out.
# Usage: step-time.sh ZO_BINARY > log
set -u
zo=$1
for backend in cpu emulated; do
  for n in 640 1280; do
    args=(train fashion-mnist --method mezo --opt sgd --lr 3e-4 --depth 8 --width 128 --batch 64 --train-limit "$n" --test-limit 64 --epochs 1 --seed 1 --backend "$backend")
    echo "\$ zo ${args[*]}"
    "$zo" "${args[@]}" 2>&1 | grep -E "^(memory|result|zo:)"
  done
done
