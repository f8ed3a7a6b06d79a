#!/usr/bin/env bash
# Fashion-MNIST test accuracy of a small ResNet trained with backprop, HZO (with SPP), MeZO and DeepZero's CGE,
# 3 seeds each: the shape of the HZO paper's Table 1 (accuracy and time, HZO against CGE), sized for a shared 2-core
# machine. Run from the repository root after `dotnet build src/ZoEngine.Cli -c Release`.
#   bench/results/ci-2core-zen5/conv-train/run.sh
set -euo pipefail
out=bench/results/ci-2core-zen5/conv-train
# ZO overrides the command (a copy of the build, so that rebuilding the tree during the run changes nothing).
zo="${ZO:-dotnet src/ZoEngine.Cli/bin/Release/net10.0/zo.dll}"
# resnet: a 3x3 stem of 4 channels, one residual block per stage (4 then 8 channels, the second stage stride 2),
# global average pool and a linear head; 512 training images, batch 8, the first 2,000 test images.
common=(train fashion-mnist --model resnet --depth 2 --width 4 --stages 2 --activation relu
        --train-limit 512 --test-limit 2000 --batch 8 --optimizer adam)
uptime > "$out/uptime-start.txt"
for seed in 1 2 3; do
  for method in bp cge mezo hzo; do
    case $method in
      # MeZO's step costs two forward passes: 30 epochs cost less than one of HZO.
      mezo) extra=(--epochs 30 --evals-per-epoch 1) ;;
      # DeepZero's CGE: forward differences on a random 10% of each weight tensor (biases in full), μ = 5e-3.
      cge) extra=(--epochs 3 --evals-per-epoch 4 --cge-density 0.1 --cge-score random --cge-step 5e-3) ;;
      *) extra=(--epochs 3 --evals-per-epoch 4) ;;
    esac
    nice -n 10 $zo "${common[@]}" "${extra[@]}" --method "$method" --seed "$seed" \
      --csv "$out/$method-seed$seed.csv" > "$out/$method-seed$seed.out"
    uptime >> "$out/uptime-during.txt"
  done
done
uptime > "$out/uptime-end.txt"
python3 "$out/summarize.py" "$out"
