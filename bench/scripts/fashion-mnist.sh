#!/usr/bin/env bash
# The Fashion-MNIST figure: a residual GELU MLP (depth 8, width 128) trained with backprop, HZO and MeZO for the same
# number of epochs from the same initial weights and batch order, Adam for BP and HZO, the core's ZO-AdaMM for MeZO.
#   bench/scripts/fashion-mnist.sh MACHINE [EPOCHS]
# Step 1 picks MeZO's learning rate from a small grid by its final training loss (not by test accuracy);
# step 2 runs the three methods. Everything lands in bench/results/MACHINE/fashion-mnist/.
set -euo pipefail
cd "$(dirname "$0")/../.."
machine="${1:?usage: bench/scripts/fashion-mnist.sh MACHINE [EPOCHS]}"
epochs="${2:-2}"
out="bench/results/$machine/fashion-mnist"
mkdir -p "$out/mezo-lr"
zo() { dotnet src/ZoEngine.Cli/bin/Release/net10.0/zo.dll "$@"; }
common=(train fashion-mnist --model resmlp --depth 8 --width 128 --activation gelu --optimizer adam --batch 64 --seed 1 --epochs "$epochs")

# The commit and the machine's load are recorded because the timings depend on both (the CI machine is shared).
{
  echo "# commands run by bench/scripts/fashion-mnist.sh $machine $epochs at commit $(git rev-parse --short HEAD)"
  echo "# $(nproc) cores, $(date -u '+%Y-%m-%d %H:%M') UTC, load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
} > "$out/command.txt"
best=""; best_loss=""
for lr in 1e-2 3e-3 1e-3 3e-4 1e-4; do
  echo "zo ${common[*]} --method mezo --lr $lr --csv $out/mezo-lr/mezo-lr$lr.csv" >> "$out/command.txt"
  zo "${common[@]}" --method mezo --lr "$lr" --csv "$out/mezo-lr/mezo-lr$lr.csv" | tee "$out/mezo-lr/mezo-lr$lr.txt"
  # The last row's train_loss: the mean loss over the last epoch's batches.
  loss=$(tail -n 1 "$out/mezo-lr/mezo-lr$lr.csv" | cut -d, -f6 | tr -d '\r')
  if [ -z "$best" ] || awk -v a="$loss" -v b="$best_loss" 'BEGIN { exit !(a < b) }'; then best="$lr"; best_loss="$loss"; fi
done
echo "mezo learning rate: $best (final train loss $best_loss)" | tee "$out/mezo-lr/chosen.txt"

echo "zo ${common[*]} --method bp,hzo,mezo --lr bp=1e-3,hzo=1e-3,mezo=$best --evals-per-epoch 4 --csv $out/fashion-mnist.csv --svg $out/fashion-mnist.svg" >> "$out/command.txt"
zo "${common[@]}" --method bp,hzo,mezo --lr "bp=1e-3,hzo=1e-3,mezo=$best" --evals-per-epoch 4 \
   --csv "$out/fashion-mnist.csv" --svg "$out/fashion-mnist.svg" | tee "$out/fashion-mnist.txt"
echo "# $(date -u '+%H:%M') UTC, load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$out/command.txt"
