#!/usr/bin/env bash
# Where the CPU time of `zo bench onnx` goes (issue 15: why the own forward is slower than ONNX Runtime): perf samples
# at 499 Hz over one whole run (forward repeats, MeZO and R-AdaZO steps), the top symbols. JIT-compiled methods get
# names through the runtime's perf map (DOTNET_PerfMapEnabled=1; W^X off so the map's addresses are the executed ones).
# Usage: profile.sh ZO > profile.txt   (ZO: the built CLI; needs perf)
set -u
zo=$1
export DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 OPENBLAS_NUM_THREADS=1
data=$(mktemp)
prof() {
  echo "\$ ${1:+OPENBLAS_CORETYPE=$1 }perf record -F 499 zo ${*:2}"
  echo "# load before: $(uptime | sed 's/.*load average: //')"
  if [ -n "$1" ]; then OPENBLAS_CORETYPE=$1 perf record -q -F 499 -o "$data" "$zo" "${@:2}" 2>&1 | grep -E "forward_ms|gemm="
  else env -u OPENBLAS_CORETYPE perf record -q -F 499 -o "$data" "$zo" "${@:2}" 2>&1 | grep -E "forward_ms|gemm="; fi
  echo "# share of samples by library"
  perf report -i "$data" --no-children --sort dso --stdio 2>/dev/null | grep -E '^ +[0-9]' | head -6
  echo "# top symbols"
  perf report -i "$data" --no-children --sort sym --stdio 2>/dev/null | grep -E '^ +[0-9]' | head -16 | cut -c1-200
  echo
}
prof Haswell bench onnx --forward own --backend cpu --repeats 10
prof "" bench onnx --forward own --backend cpu --repeats 10
prof "" bench onnx --threads 1 --repeats 10
rm -f "$data"
