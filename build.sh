#!/usr/bin/env bash
# ZoEngine build driver. Same verbs as build.ps1:
#   ./build.sh build   build everything (Release)
#   ./build.sh test    build and run the test suite; prints "N passed, N failed, N skipped"
#   ./build.sh demo    the main job on a built-in default: optimizers side by side, then a bit-exact replay
#   ./build.sh bench   BenchmarkDotNet suite; results go to bench/results/<machine>/
#   ./build.sh pack    NuGet packages of every library and of the zo tool, into artifacts/packages/
#   ./build.sh packages  pack, then install zo as a .NET tool and run it, and build and run samples/Trainer from the
#                      packages (cpu and emulated): what CI runs to prove the packages work outside the solution
#   ./build.sh ptx     regenerate kernels/ptx (PTX + manifest) with nvcc, then print the ptxas resource table
#   ./build.sh setup   install the system packages the full suite uses (CUDA toolkit, clang-14, OpenBLAS,
#                      Fashion-MNIST), idempotently; test and demo run it first
#   ./build.sh caps    only report what this machine has
# Whatever is missing (GPU, CUDA toolkit, BLAS, dataset), the CPU path builds and tests; the kernels always run on
# the CPU too, through their host build (native/, compiled by the build with the machine's C++ compiler).
set -euo pipefail
cd "$(dirname "$0")"
verb="${1:-build}"
shift || true

ok()  { printf '  \xe2\x9c\x93 %s\n' "$*"; }
no()  { printf '  \xe2\x9c\x97 %s\n' "$*"; }

caps() {
  echo "capabilities:"
  if command -v dotnet >/dev/null 2>&1; then ok "dotnet $(dotnet --version)"; else no "dotnet not found: install the .NET 10 SDK"; exit 1; fi
  if grep -qw avx512f /proc/cpuinfo 2>/dev/null; then ok "AVX-512: 512-bit SIMD path"
  elif grep -qw avx2 /proc/cpuinfo 2>/dev/null; then ok "AVX2: 256-bit SIMD path (no AVX-512)"
  else no "no AVX2: 128-bit or scalar SIMD path"; fi
  if command -v nvcc >/dev/null 2>&1; then ok "nvcc $(nvcc --version | sed -n 's/.*release \([0-9.]*\).*/\1/p'): ./build.sh ptx regenerates kernels/ptx"; else no "nvcc not found: the committed PTX in kernels/ptx is used"; fi
  if command -v "${CXX:-g++}" >/dev/null 2>&1; then ok "${CXX:-g++}: host build of the kernels (native/) for the emulated backend"; else no "no C++ compiler: the emulated backend cannot be built"; fi
  if ldconfig -p 2>/dev/null | grep 'libcuda.so.1' >/dev/null; then ok "libcuda.so.1 present (a device is used only if cuInit finds one)"; else no "libcuda.so.1 not found: no GPU driver, the cuda backend is unavailable"; fi
  if ldconfig -p 2>/dev/null | grep 'libopenblas' >/dev/null; then ok "OpenBLAS present"; else no "OpenBLAS not found"; fi
  if command -v mpirun >/dev/null 2>&1; then ok "OpenMPI $(mpirun --version 2>/dev/null | sed -n 's/.*Open MPI) \([0-9.]*\).*/\1/p'): --distributed mpi and its tests"; else no "OpenMPI not found (apt-get install openmpi-bin): the data-parallel tests are skipped"; fi
  if [ -d /usr/share/datasets/fashion-mnist ]; then ok "Fashion-MNIST at /usr/share/datasets/fashion-mnist"; else no "Fashion-MNIST not installed (apt-get install dataset-fashion-mnist)"; fi
  if [ -d /usr/share/fonts/truetype/dejavu ]; then ok "DejaVu fonts: plots have text"; else no "no DejaVu fonts (apt-get install fonts-dejavu-core): plots are refused if no font at all is installed"; fi
  if [ -f /usr/share/games/fortunes/computers ]; then ok "fortunes at /usr/share/games/fortunes"; else no "fortunes not installed (apt-get install fortunes)"; fi
}

build() {
  dotnet build ZoEngine.sln -c Release -nologo -v quiet -clp:NoSummary
}

setup() {
  scripts/setup-system.sh
}

zo() {
  dotnet src/ZoEngine.Cli/bin/Release/net10.0/zo.dll "$@"
}

pack() {
  rm -rf artifacts/packages
  dotnet pack ZoEngine.sln -c Release -o artifacts/packages -nologo -v quiet -clp:NoSummary
  ok "packages: $(cd artifacts/packages && ls *.nupkg | tr '\n' ' ')"
}

# Installs and runs what pack wrote, each from a package cache of its own: a re-pack keeps the version number, and a
# copy cached from an earlier pack must never stand in for the new one.
packages() {
  pack
  local tools home
  tools=$(mktemp -d); home=$(mktemp -d)
  rm -rf artifacts/tool-packages artifacts/sample-packages
  NUGET_PACKAGES="$PWD/artifacts/tool-packages" dotnet tool install --tool-path "$tools" --add-source "$PWD/artifacts/packages" ZoEngine.Cli --version 0.1.0 >/dev/null
  (cd "$home" && "$tools/zo" run synthetic --dim 200 --iters 50 --backend cpu --log run.zolog >/dev/null && "$tools/zo" replay run.zolog --backend emulated | tail -n 1) \
    || { no "the zo tool installed from its package does not run"; exit 1; }
  ok "zo tool: installed from artifacts/packages, ran and replayed on the emulated backend"
  (cd samples/Trainer && dotnet run -c Release -- cpu "$home" && dotnet run -c Release --no-build -- emulated "$home") \
    || { no "samples/Trainer failed against the packages"; exit 1; }
  ok "samples/Trainer: built from the packages, trained and replayed on cpu and emulated"
  rm -rf "$tools" "$home"
}

case "$verb" in
  caps)
    caps ;;
  build)
    # Regenerates kernels/ptx when nvcc exists (and says so when it does not); test does not, so that the
    # freshness test compares the committed PTX, not one just written over it.
    caps; bash kernels/build-ptx.sh; build ;;
  setup)
    setup; caps ;;
  ptx)
    bash kernels/build-ptx.sh
    bash kernels/ptxas-report.sh ;;
  test)
    setup; caps; build
    # The host build's own tests (barriers, shuffles, atomics, the C ABI) before the C# suite that relies on them.
    if make -s -C native check >/dev/null 2>&1; then ok "native/: host build of the kernels passes its own tests (make -C native check)"
    else no "native/: make -C native check failed:"; make -C native check 2>&1 | tail -n 20; exit 1; fi
    log=$(mktemp)
    set +e
    dotnet test tests/ZoEngine.Tests/ZoEngine.Tests.csproj -c Release --no-build -nologo --logger "console;verbosity=normal" "$@" >"$log" 2>&1
    rc=$?
    set -e
    # Failures with their messages, skips with their reasons, then one closing line 'N passed, N failed, N skipped'.
    grep -E '^\s*Failed [^!]|^\s*Skipped |^\s*(Error Message|Expected|But was)|error [A-Z]+[0-9]+|Test Run (Successful|Failed|Aborted)' "$log" || true
    # The runner prints each skip's reason as "TestName: reason" (before or after its Skipped line); group by reason.
    # A skip raised in a fixture's (OneTime)SetUp carries NUnit's "OneTimeSetUp: " / "SetUp : " prefix; drop it so
    # that the same reason counts once.
    awk 'NR == FNR { if ($0 ~ /^ *Skipped /) { n = $0; sub(/^ *Skipped /, "", n); sub(/ \[[^]]*\]$/, "", n); skipped[n]++ } next }
         { for (k in skipped) if (skipped[k] > 0 && index($0, k ": ") == 1) { print substr($0, length(k) + 3); skipped[k]--; break } }' "$log" "$log" \
      | sed -E 's/^(OneTimeSetUp: )?(SetUp : )?//' | sort | uniq -c | sed 's/^ *\([0-9]*\) /  skipped \1 × /' || true
    count() { sed -n "s/^ *$1: *\([0-9][0-9]*\) *$/\1/p" "$log" | tail -n 1; }
    passed=$(count Passed); failed=$(count Failed); skipped=$(count Skipped)
    if [ "$rc" -ne 0 ] && [ -z "$passed$failed" ]; then tail -n 40 "$log"; fi
    rm -f "$log"
    echo "${passed:-0} passed, ${failed:-0} failed, ${skipped:-0} skipped"
    exit "$rc" ;;
  demo)
    setup; caps; build
    out=demo-out; mkdir -p "$out"
    echo "== R-AdaZO against ZO-SGD, ZO-signSGD, ZO-AdaMM and ZO-RMSProp on a 10,000-dimensional Rosenbrock function =="
    # Learning rates: the best of a grid per optimizer on this problem (bench/scripts/optimizers.sh).
    zo compare synthetic --fn rosenbrock --dim 10000 --iters 3000 --q 4 --mu 0.005 --eval-every 20 --target-ratio 0.25 \
       --lr sgd=3e-7,signsgd=1e-2,adamm=1e-2,rmsprop=1e-2,radazo=3e-3 \
       --csv "$out/compare.csv" --svg "$out/compare.svg"
    echo "== a logged run and its bit-exact replay =="
    zo run synthetic --fn rosenbrock --dim 10000 --opt radazo --lr 3e-3 --q 4 --mu 0.005 --iters 1000 --log "$out/run.zolog" --overwrite --csv "$out/run.csv"
    zo replay "$out/run.zolog"
    echo "open $out/compare.svg in a browser for the plot" ;;
  pack)
    caps; pack ;;
  packages)
    caps; packages ;;
  bench)
    caps; build
    machine="${ZO_MACHINE:-$(hostname -s 2>/dev/null || echo local)}"
    dotnet run --project bench/ZoEngine.Bench -c Release --no-build -- --machine "$machine" "$@" ;;
  *)
    echo "usage: ./build.sh {build|test|demo|bench|pack|packages|ptx|setup|caps}" >&2; exit 2 ;;
esac
