#!/usr/bin/env bash
# Fine-tuning all-MiniLM-L6-v2 with forward passes only (issue 11), on fortunes topic classification:
#   1. timing and memory: zo bench onnx at batch 16, 32 tokens, with 1 and 2 ONNX Runtime threads;
#   2. learning rates: a small grid for MeZO (ZO-SGD) and R-AdaZO at k = 16, seed 1, chosen by the final training loss
#      (never by test accuracy); MeZO's rate serves MeZO-GV and MeZO-Greedy, R-AdaZO's serves ZO-AdaMM;
#   3. accuracy: every method at k = 16 and k = 256, seeds 1, 2, 3, with the same budget of forward passes
#      (STEPS MeZO steps = 2·STEPS forward passes), plus MeZO on the head and the last layer only; then mean ± std.
# Usage: bench/scripts/onnx.sh MACHINE [STEPS]   (needs fortunes: apt-get install fortunes)
# Every file under bench/results/MACHINE/onnx/ starts with the command that produced it.
set -euo pipefail
cd "$(dirname "$0")/../.."
machine="${1:?usage: bench/scripts/onnx.sh MACHINE [STEPS]}"
steps="${2:-100}"
out="bench/results/$machine/onnx"
mkdir -p "$out/runs" "$out/lr"
# ZO_DLL runs a copy of the build, so that rebuilding the tree during a long run does not change the binary under it.
zo="${ZO_DLL:-src/ZoEngine.Cli/bin/Release/net10.0/zo.dll}"
# One file per command: its first line is the command, then the machine's load (the timings depend on it: the machine
# is shared), then the output.
run() {  # FILE ARGS...
  local file="$1"; shift
  { echo "# zo $*"; echo "# commit $(git rev-parse --short HEAD), $(nproc) cores, $(date -u '+%Y-%m-%d %H:%M') UTC, load average $(cut -d' ' -f1-3 /proc/loadavg)"
    dotnet "$zo" "$@"; } > "$file"
  cat "$file"
}

for t in 1 2; do
  run "$out/timing-threads$t.txt" bench onnx --threads "$t" --batch 16 --tokens 32 --repeats 10
done

common=(finetune --model minilm --task fortunes --categories computers,science,politics,people --test-per-class 100 --batch 16
        --max-tokens 32 --threads 2 --evals 4 --steps "$steps")
pick() {  # METHOD RATES... -> the rate whose last CSV row has the lowest train_loss
  local method="$1"; shift; local best="" best_loss=""
  for lr in "$@"; do
    run "$out/lr/$method-lr$lr.txt" "${common[@]}" --shots 16 --seed 1 --method "$method" --lr "$lr" --csv "$out/lr/$method-lr$lr.csv" >&2
    local loss; loss=$(tail -n 1 "$out/lr/$method-lr$lr.csv" | cut -d, -f6 | tr -d '\r')
    if [ -z "$best" ] || awk -v a="$loss" -v b="$best_loss" 'BEGIN { exit !(a < b) }'; then best="$lr"; best_loss="$loss"; fi
  done
  echo "$method: lr $best (final train loss $best_loss)" >> "$out/lr/chosen.txt"
  echo "$best"
}
echo "# learning rates chosen by bench/scripts/onnx.sh $machine $steps (lowest final train loss, k = 16, seed 1)" > "$out/lr/chosen.txt"
mezo_lr=$(pick mezo 1e-4 1e-5 1e-6)
radazo_lr=$(pick radazo 1e-4 1e-5 1e-6)
rates="linear=1e-2,mezo=$mezo_lr,gv=$mezo_lr,greedy=$mezo_lr,adamm=$radazo_lr,radazo=$radazo_lr"

for k in 16 256; do
  for seed in 1 2 3; do
    run "$out/runs/k$k-seed$seed.txt" "${common[@]}" --shots "$k" --seed "$seed" --method zeroshot,linear,mezo,gv,greedy,adamm,radazo \
        --lr "$rates" --csv "$out/runs/k$k-seed$seed.csv" --svg "$out/runs/k$k-seed$seed.svg"
    run "$out/runs/k$k-seed$seed-last.txt" "${common[@]}" --shots "$k" --seed "$seed" --method mezo --trainable 'encoder\.layer\.5\.' \
        --lr "mezo=$mezo_lr" --csv "$out/runs/k$k-seed$seed-last.csv"
  done
done

# mean ± sample std over the seeds of the final test accuracy of each method and k.
{
  echo "# bench/scripts/onnx.sh $machine $steps: final test accuracy (%), mean ± std over seeds 1, 2, 3; budget $((2 * steps)) forward passes of batch 16"
  echo "| method | k = 16 | k = 256 |"
  echo "|---|---|---|"
  for m in zeroshot linear mezo gv greedy adamm radazo mezo-last; do
    row="| $m |"
    for k in 16 256; do
      if [ "$m" = mezo-last ]; then files=("$out"/runs/k$k-seed?-last.txt); key=mezo; else files=("$out"/runs/k$k-seed?.txt); key=$m; fi
      row="$row $(grep -h "^result method=$key " "${files[@]}" | sed 's/.*test_accuracy=\([0-9.]*\).*/\1/' |
        awk '{ s += $1; q += $1 * $1; n++ } END { m = s / n; v = n > 1 ? (q - n * m * m) / (n - 1) : 0; if (v < 0) v = 0; printf "%.1f ± %.1f (n=%d)", 100 * m, 100 * sqrt(v), n }') |"
    done
    echo "$row"
  done
} > "$out/accuracy.md"
cat "$out/accuracy.md"
