#!/usr/bin/env bash
# Issue 15's figures: the own transformer forward against ONNX Runtime on all-MiniLM-L6-v2, batch 16 x 32 tokens.
# Usage: run.sh ZO cpu > own-vs-ort-cpu-haswell.txt; run.sh ZO emulated > own-emulated.txt; python3 napkin.py PEAK > napkin.txt
# (ZO: the built CLI; PEAK: the Emulated MeZO-SGD step_peak_bytes). Prints each command before its output, the load and
# OPENBLAS_CORETYPE, which forces OpenBLAS's kernel family (the machine's environment set it to Haswell, the AVX2
# kernels; unset, OpenBLAS 0.3.21 picks its AVX-512 "Cooperlake" kernels on Zen 5): own-vs-ort-cpu-haswell.txt is the
# first, own-vs-ort-cpu-avx512.txt is `env -u OPENBLAS_CORETYPE run.sh ZO cpu`. --threads sets the own forward's OpenBLAS
# threads and its row ops' (own-vs-ort-cpu-avx512-threads.txt); the two files before it were made when the own row ops
# ran on one thread and OPENBLAS_NUM_THREADS set the GEMM's threads.
set -u
zo=$1
run() { echo "\$ zo ${*:2}"; echo "# load before: $(uptime | sed 's/.*load average: //'), OPENBLAS_CORETYPE=${OPENBLAS_CORETYPE:-unset}"; "$@" 2>&1; }
if [ "$2" = cpu ]; then
  # Rounds alternate ONNX Runtime and the own forward, so that a change of load hits both.
  for round in 1 2; do
    for t in 1 2; do
      run "$zo" bench onnx --threads $t --repeats 10
      run "$zo" bench onnx --forward own --backend cpu --threads $t --repeats 10
    done
  done
else
  # The device path on the host build of the kernels: counted device bytes; its times say nothing about a GPU.
  run "$zo" bench onnx --forward own --backend "$2" --repeats 1
fi
