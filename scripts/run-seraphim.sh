#!/usr/bin/env bash
# run-seraphim.sh - `make run`: serve the sample blog on https://localhost:8443
#
# Creates the development CA and certificate on first use (dev-certs/,
# git-ignored), then starts the SERAPHIM master in the foreground; the master
# starts the PHANTOM workers. Ctrl-C (or `make stop` from another terminal)
# stops the master and every worker.
#
# Environment: MVBASIC (runtime binary, default target/release/mvbasic),
#              SERAPHIM_ACCOUNT (account directory, default basic/).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ACCOUNT=${SERAPHIM_ACCOUNT:-$ROOT/basic}
MVBASIC=${MVBASIC:-$ROOT/target/release/mvbasic}
CERTS=$ROOT/dev-certs
export TZ=UTC   # mvbasic's DATE()/TIME() are local time; SERAPHIM wants UTC

[[ -x $MVBASIC ]] || { echo "run-seraphim: $MVBASIC not found (run 'make build')" >&2; exit 1; }
"$ROOT/scripts/dev-certs.sh" "$CERTS"

cfg=$ACCOUNT/CONTROL/SERAPHIM
port=$(sed -n 2p "$cfg"); port=${port:-8443}
addr=$(sed -n 1p "$cfg" | tr '\375' ' ' | awk '{print $1}'); addr=${addr:-127.0.0.1}
workers=$(sed -n 6p "$cfg")

cd "$ACCOUNT"
if [[ -s LOGS/SERAPHIM.RUN ]]; then
  old=$(sed -n 2p LOGS/SERAPHIM.RUN)
  if [[ -n $old ]] && kill -0 "$old" 2>/dev/null; then
    echo "run-seraphim: SERAPHIM is already running (master pid $old); run 'make stop' first" >&2
    exit 1
  fi
fi

master=""
stopping=0
stop_all() {
  (( stopping )) && return
  stopping=1
  echo
  echo "run-seraphim: stopping SERAPHIM"
  SERAPHIM_ACCOUNT=$ACCOUNT "$ROOT/scripts/stop-seraphim.sh" || true
}
trap stop_all INT TERM
trap 'stop_all' EXIT

"$MVBASIC" run BP/SERAPHIM &
master=$!

# readiness: poll /healthz over TLS, trusting only the development CA
url="https://localhost:$port/"
for _ in $(seq 1 300); do
  if ! kill -0 "$master" 2>/dev/null; then
    echo "run-seraphim: the SERAPHIM master exited early" >&2
    exit 1
  fi
  if curl -sf --cacert "$CERTS/ca.pem" --resolve "localhost:$port:$addr" -o /dev/null "${url}healthz"; then
    break
  fi
  sleep 0.1
done
cat <<MSG

  SERAPHIM is serving the blog with ${workers:-2} workers:

      $url

  Trust the development CA to verify it, e.g.
      curl --cacert $CERTS/ca.pem $url
  (import $CERTS/ca.pem into a browser to browse without warnings)

  Access log: $ACCOUNT/LOGS/access.log  Worker output: $ACCOUNT/\$COMO/
  Stop with Ctrl-C here, or 'make stop' from another terminal.

MSG
set +e
wait "$master"
rc=$?
exit $rc
