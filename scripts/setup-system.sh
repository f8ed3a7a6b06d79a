#!/usr/bin/env bash
# Installs the system packages that the full test suite uses, idempotently: the CUDA toolchain (nvcc, ptxas and the
# driver stub libcuda1) from Debian non-free, clang-14 for nvcc's host compiler and for the native/ host build,
# OpenBLAS, the Fashion-MNIST dataset, OpenMPI (mpirun, for the data-parallel tests) and the fortunes texts (the
# fine-tuning task of zo finetune). Each is installed only when missing, so a second run does nothing.
# It needs root (or sudo) and apt-get; elsewhere it says what to install and returns 0, and the suites that need a
# missing part report themselves as skipped.
set -euo pipefail

want=()
command -v nvcc >/dev/null 2>&1 || want+=(nvidia-cuda-toolkit)
command -v clang++-14 >/dev/null 2>&1 || want+=(clang-14)
ldconfig -p 2>/dev/null | grep libopenblas >/dev/null || want+=(libopenblas0-pthread)
[ -d /usr/share/datasets/fashion-mnist ] || want+=(dataset-fashion-mnist)
command -v mpirun >/dev/null 2>&1 || want+=(openmpi-bin)
# Plots draw their text with a system font; without one they would have none.
[ -d /usr/share/fonts/truetype/dejavu ] || want+=(fonts-dejavu-core)
# PowerShell as a .NET tool (no root needed), so that CI runs build.ps1 as well as build.sh. 7.6.10 is pinned: the
# newest version the registry serves does not install.
if ! command -v pwsh >/dev/null 2>&1 && [ ! -x "$HOME/.dotnet/tools/pwsh" ] && command -v dotnet >/dev/null 2>&1; then
  dotnet tool install --global PowerShell --version 7.6.10 >/dev/null 2>&1 \
    || echo "setup: could not install PowerShell (dotnet tool install --global PowerShell --version 7.6.10); build.ps1 is not checked" >&2
fi
[ -f /usr/share/games/fortunes/computers ] || want+=(fortunes)
[ ${#want[@]} -eq 0 ] && exit 0

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo="sudo -n"; else
    echo "setup: not root; to run every suite install: ${want[*]} (Debian non-free)" >&2; exit 0; fi
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "setup: no apt-get; to run every suite install the equivalents of: ${want[*]}" >&2; exit 0
fi

# nvidia-cuda-toolkit lives in non-free: add contrib and non-free to every Components line that lacks them.
src=/etc/apt/sources.list.d/debian.sources
if [ -f "$src" ] && grep -q '^Components:' "$src" && ! grep -q '^Components:.*non-free\b' "$src"; then
  $sudo sed -i -E '/^Components:/{/non-free/!s/$/ contrib non-free/}' "$src"
fi
echo "setup: installing ${want[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${want[@]}" >/dev/null
