#!/usr/bin/env bash
# stop-seraphim.sh - `make stop`: stop a running SERAPHIM (master + workers).
#
# Asks politely first (LOGS/SERAPHIM.STOP: the master marks the run STOPPING,
# workers exit, the master stops any that remain and exits), then makes sure:
# SIGTERM and finally SIGKILL to the master and to every worker pid recorded
# in LOGS/SERAPHIM.W<n>. Only processes recorded by this SERAPHIM are touched.
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ACCOUNT=${SERAPHIM_ACCOUNT:-$ROOT/basic}
LOGS=$ACCOUNT/LOGS

alive() { [[ -n ${1:-} ]] && kill -0 "$1" 2>/dev/null && ! grep -q '^[^)]*) Z' "/proc/$1/stat" 2>/dev/null; }

master=""
[[ -s $LOGS/SERAPHIM.RUN ]] && master=$(sed -n 2p "$LOGS/SERAPHIM.RUN")
workers=()
for f in "$LOGS"/SERAPHIM.W*; do
  [[ -s $f ]] && workers+=("$(sed -n 1p "$f")")
done
if [[ -z $master && ${#workers[@]} -eq 0 ]]; then
  echo "stop-seraphim: SERAPHIM is not running"
  exit 0
fi

: > "$LOGS/SERAPHIM.STOP"
pids=("$master" "${workers[@]}")
wait_gone() {   # wait_gone TENTHS: until every recorded pid has exited
  local n=$1
  while (( n-- > 0 )); do
    local any=0
    for p in "${pids[@]}"; do alive "$p" && any=1; done
    (( any )) || return 0
    sleep 0.1
  done
  return 1
}
if ! wait_gone 100; then
  for p in "${pids[@]}"; do alive "$p" && kill -TERM "$p" 2>/dev/null; done
  if ! wait_gone 30; then
    for p in "${pids[@]}"; do alive "$p" && kill -KILL "$p" 2>/dev/null; done
    wait_gone 30
  fi
fi
rm -f "$LOGS/SERAPHIM.STOP" "$LOGS/SERAPHIM.RUN" "$LOGS"/SERAPHIM.W*
echo "stop-seraphim: SERAPHIM stopped"
