#!/usr/bin/env bash
# Issue 15's figures: the own transformer forward against ONNX Runtime on all-MiniLM-L6-v2, batch 16 x 32 tokens.
# Usage: run.sh ZO > own-vs-ort.txt   (ZO: the built CLI). Prints each command before its output, and the load.
set -u
zo=$1
run() { echo "\$ $*"; echo "# load before: $(uptime | sed 's/.*load average: //')"; "$@" 2>&1; }
run "$zo" bench onnx --threads 1 --repeats 10
run "$zo" bench onnx --threads 2 --repeats 10
OPENBLAS_NUM_THREADS=1 run "$zo" bench onnx --forward own --backend cpu --repeats 10
OPENBLAS_NUM_THREADS=2 run "$zo" bench onnx --forward own --backend cpu --repeats 10
# The device path on the host build of the kernels: counted device bytes; its times say nothing about a GPU.
run "$zo" bench onnx --forward own --backend emulated --repeats 1
