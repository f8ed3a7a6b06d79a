#!/usr/bin/env bash
# Peak memory of training steps of the Fashion-MNIST residual MLP (L = 8), per method, on the Emulated device (bytes the
# device memory counts, by category) and on the CPU (the process's peak RSS, VmHWM). One process per run, so that each
# RSS is that run's own. --train-limit 64 with --batch 64 makes one training step; --test-limit 64 one small evaluation.
# Usage: run.sh ZO_BINARY WIDTH BACKEND > log   (prints the command of every run before its output)
set -u
zo=$1; width=$2; backend=$3
common=(train fashion-mnist --depth 8 --width "$width" --batch 64 --train-limit 64 --test-limit 8 --epochs 1 --seed 1 --backend "$backend")
run() {
  echo "\$ zo ${common[*]} $*"
  /usr/bin/time -f "wall_seconds=%e max_rss_kb=%M" "$zo" "${common[@]}" "$@" 2>&1 | grep -E "^(memory|result|mezo|gv|greedy|spsa|wall_seconds|zo:)"
}
run --method mezo --opt sgd --lr 3e-4
run --method mezo --opt radazo --state f32 --lr 1e-3
run --method mezo --opt radazo --state bf16 --lr 1e-3
run --method bp --optimizer adam
# HZO at W = 1024 on Emulated takes about 40 minutes (1.6·10¹² multiply-adds through the host build), so it is run on
# its own: see README.md.
if [ "$width" -le 128 ] || [ "$backend" != emulated ]; then run --method hzo --optimizer adam; fi
