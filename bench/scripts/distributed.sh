#!/usr/bin/env bash
# Data-parallel ZO over MPI on one host: steps per second of 'zo run synthetic' in one process, and under mpirun with
# 1 and 2 ranks (unbound, as the single process is), with each rank's communication time and bytes sent (its rank
# line). Three repetitions each.
# Usage: bench/scripts/distributed.sh MACHINE   (needs OpenMPI: apt-get install openmpi-bin)
# Writes bench/results/MACHINE/distributed/steps.csv and the raw outputs beside it.
set -euo pipefail
cd "$(dirname "$0")/../.."
machine="${1:?usage: distributed.sh MACHINE}"
out="bench/results/$machine/distributed"
mkdir -p "$out"
zo="src/ZoEngine.Cli/bin/Release/net10.0/zo.dll"
d=1000000; iters=300
args=(run synthetic --fn quadratic --dim $d --opt sgd --lr 1e-6 --q 1 --iters $iters --eval-every 0 --backend cpu --check-every 0)
echo "mode,ranks,repeat,steps,seconds,steps_per_second,communication_seconds_rank0,communication_ms_per_step_rank0,bytes_sent_per_step_per_rank" > "$out/steps.csv"
row() {  # mode ranks repeat rawfile
  local secs comm bytes
  secs=$(sed -n 's/.*steps=\([0-9]*\) evaluations=[0-9]* seconds=\([0-9.]*\).*/\2/p' "$4")
  comm=$(sed -n 's/.*rank=0 of [0-9]* .*communication_seconds=\([0-9.]*\).*/\1/p' "$4"); comm=${comm:-0}
  bytes=$(sed -n 's/.*rank=0 of [0-9]* .*bytes_sent=\([0-9]*\).*/\1/p' "$4"); bytes=${bytes:-0}
  python3 -c "print(f'$1,$2,$3,$iters,{$secs},{$iters/$secs:.2f},{$comm},{1000*$comm/$iters:.4f},{$bytes/$iters:.1f}')" >> "$out/steps.csv"
}
for r in 1 2 3; do
  dotnet "$zo" "${args[@]}" > "$out/single-$r.txt" 2>&1; row single 1 $r "$out/single-$r.txt"
  for n in 1 2; do
    mpirun --allow-run-as-root --oversubscribe --bind-to none -np $n dotnet "$zo" "${args[@]}" --distributed mpi < /dev/null > "$out/mpi$n-$r.txt" 2>&1
    row mpi $n $r "$out/mpi$n-$r.txt"
  done
done
{ echo "command: bench/scripts/distributed.sh $machine"; echo "date: $(date -u +%FT%TZ)"; echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"; } > "$out/command.txt"
cat "$out/steps.csv"
