#!/usr/bin/env bash
# cluster.sh - `make cluster` / `make cluster-stop`: three SERAPHIM hosts
# behind haproxy on this machine.
#
#   scripts/cluster.sh start     start the hosts and haproxy, print the URL
#   scripts/cluster.sh stop      stop everything `start` started
#   scripts/cluster.sh status    haproxy's view of the hosts
#   scripts/cluster.sh kill N    SIGKILL every process of host N (tests)
#   scripts/cluster.sh host N    start host N again
#
# Each host is its own SERAPHIM (master + PHANTOM workers) with its own copy
# of the account (basic/ copied to $CLUSTER_DIR/hostN, LOGS emptied), its own
# copy of the certificate and of the shared session-ticket key file
# (scripts/ticket-keys.sh), in its own network namespace with address
# $SUBNET.N (bridge $NAME-br, root side $SUBNET.254); where namespaces cannot
# be made (no root, no `ip netns`), on loopback addresses 127.0.0.(N+1).
# haproxy (Debian package, TCP mode: TLS passes through) listens on
# 127.0.0.1:$CLUSTER_PORT, balances with leastconn, checks /healthz over TLS,
# and sends PROXY v2 headers, which the hosts require from it alone
# (CONTROL SERAPHIM fields 25 and 26). deploy/ has the production version.
#
# Environment: CLUSTER_DIR (default test-output/cluster), CLUSTER_NAME (prefix
# of namespaces and bridge, default mvcl), CLUSTER_PORT (9443), CLUSTER_SUBNET
# (10.77.0), CLUSTER_HOSTS (3), CLUSTER_WORKERS (workers per host, 1),
# CLUSTER_MODE (auto, netns or loopback), MVBASIC.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DIR=${CLUSTER_DIR:-$ROOT/test-output/cluster}
NAME=${CLUSTER_NAME:-mvcl}
PORT=${CLUSTER_PORT:-9443}
SUBNET=${CLUSTER_SUBNET:-10.77.0}
HOSTS=${CLUSTER_HOSTS:-3}
WORKERS=${CLUSTER_WORKERS:-1}
MVBASIC=${MVBASIC:-$ROOT/target/release/mvbasic}
HOST_PORT=8443
export TZ=UTC

say() { echo "cluster: $*"; }
die() { echo "cluster: $*" >&2; exit 1; }

mode_of() {   # the mode a running cluster uses, or the one to use
  if [[ -s $DIR/mode ]]; then cat "$DIR/mode"; return; fi
  case ${CLUSTER_MODE:-auto} in
    netns|loopback) echo "$CLUSTER_MODE" ;;
    *) if [[ $(id -u) == 0 ]] && ip netns add "$NAME-probe" 2>/dev/null; then
         ip netns del "$NAME-probe"; echo netns
       else echo loopback; fi ;;
  esac
}
addr_of() { [[ $(mode_of) == netns ]] && echo "$SUBNET.$1" || echo "127.0.0.$(( $1 + 1 ))"; }
balancer_addr() { [[ $(mode_of) == netns ]] && echo "$SUBNET.254" || echo "127.0.0.1"; }
in_host() {   # in_host N CMD...: run in host N's namespace (if any)
  local n=$1; shift
  if [[ $(mode_of) == netns ]]; then ip netns exec "$NAME-$n" "$@"; else "$@"; fi
}

net_up() {
  [[ $(mode_of) == netns ]] || return 0
  ip link add "$NAME-br" type bridge
  ip addr add "$SUBNET.254/24" dev "$NAME-br"
  ip link set "$NAME-br" up
  for n in $(seq 1 "$HOSTS"); do
    ip netns add "$NAME-$n"
    ip link add "$NAME-$n-h" type veth peer name eth0 netns "$NAME-$n"
    ip link set "$NAME-$n-h" master "$NAME-br" up
    ip -n "$NAME-$n" addr add "$SUBNET.$n/24" dev eth0
    ip -n "$NAME-$n" link set eth0 up
    ip -n "$NAME-$n" link set lo up
  done
}

net_down() {
  [[ $(mode_of) == netns ]] || return 0
  for n in $(seq 1 "$HOSTS"); do
    ip netns del "$NAME-$n" 2>/dev/null || true
    ip link del "$NAME-$n-h" 2>/dev/null || true
  done
  ip link del "$NAME-br" 2>/dev/null || true
}

# a host's account: a copy of basic/ with its own CONTROL SERAPHIM
# make_host N [DIR ADDR PORT WORKERS BALANCER]
make_host() {
  local n=$1 h=${2:-$DIR/host$1}
  local addr=${3:-$(addr_of "$n")} port=${4:-$HOST_PORT} workers=${5:-$WORKERS} balancer=${6-$(balancer_addr)}
  rm -rf "$h"
  mkdir -p "$h"
  (cd "$ROOT/basic" && tar cf - --exclude='./LOGS/*' --exclude='./$COMO' --exclude='./$PHANTOMS' .) | (cd "$h" && tar xf -)
  mkdir -p "$h/LOGS" "$h/certs"
  cp "$DIR/certs/server.pem" "$DIR/certs/server-key.pem" "$DIR/ticket.keys" "$h/certs/"
  python3 - "$h/CONTROL/SERAPHIM" "$addr" "$port" "$workers" "$balancer" <<'PY'
import sys
path, addr, port, workers, balancer = sys.argv[1:]
f = open(path, 'rb').read().decode('latin-1').split('\n')
f += [''] * (27 - len(f))
f[0], f[1], f[2] = addr, port, ''            # address, HTTPS port, no redirect port
f[3], f[4] = 'certs/server.pem', 'certs/server-key.pem'
f[5], f[14] = workers, '1'                   # workers; file checks every second
f[24], f[25] = 'certs/ticket.keys', balancer # TICKET.KEYS, PROXY v2 from haproxy only
open(path, 'wb').write('\n'.join(f).rstrip('\n').encode('latin-1'))
PY
}

start_host() {
  local n=$1 h=$DIR/host$1
  [[ -s $h/LOGS/SERAPHIM.RUN ]] && rm -f "$h/LOGS/SERAPHIM.RUN" "$h/LOGS"/SERAPHIM.W*
  # the whole subshell's output goes to the log: nothing keeps the caller's
  # stdout open (a pipe from `make` or a test would never see end of file)
  (cd "$h" && in_host "$n" setsid "$MVBASIC" run BP/SERAPHIM) >>"$h/LOGS/master.out" 2>&1 </dev/null &
}

pids_of_host() {   # master and workers recorded by host N
  local h=$DIR/host$1
  [[ -s $h/LOGS/SERAPHIM.RUN ]] && sed -n 2p "$h/LOGS/SERAPHIM.RUN"
  for f in "$h/LOGS"/SERAPHIM.W*; do [[ -s $f ]] && sed -n 1p "$f"; done
  return 0
}

haproxy_cfg() {
  cat <<CFG
# generated by scripts/cluster.sh (the production version: deploy/haproxy.cfg)
global
    maxconn 4096
    stats socket $DIR/haproxy.sock mode 600 level admin
    pidfile $DIR/haproxy.pid
defaults
    mode tcp
    timeout connect 2s
    timeout client 30s
    timeout server 30s
    retries 3
    option redispatch
frontend seraphim_tls
    bind 127.0.0.1:$PORT
    default_backend seraphim_hosts
backend seraphim_hosts
    balance leastconn
    option httpchk GET /healthz
    http-check expect status 200
    default-server check inter 500ms fall 2 rise 2 check-ssl verify none check-send-proxy send-proxy-v2
CFG
  for n in $(seq 1 "$HOSTS"); do echo "    server host$n $(addr_of "$n"):$HOST_PORT"; done
}

status() {   # name and status of every server, from haproxy's stats socket
  python3 - "$DIR/haproxy.sock" <<'PY'
import socket, sys
s = socket.socket(socket.AF_UNIX); s.connect(sys.argv[1]); s.sendall(b"show stat\n")
data = b""
while chunk := s.recv(65536): data += chunk
for line in data.decode().splitlines():
    f = line.split(",")
    if len(f) > 17 and f[0] == "seraphim_hosts" and f[1] not in ("BACKEND",):
        print(f[1], f[17])
PY
}

wait_up() {   # wait_up COUNT SECONDS: until COUNT hosts are UP in haproxy
  local want=$1 tenths=$(( $2 * 10 ))
  while (( tenths-- > 0 )); do
    (( $(status 2>/dev/null | grep -c ' UP$') >= want )) && return 0
    sleep 0.1
  done
  return 1
}

start() {
  [[ -s $DIR/mode ]] && die "a cluster is already running in $DIR (make cluster-stop)"
  [[ -x $MVBASIC ]] || die "$MVBASIC not found (make build)"
  command -v haproxy >/dev/null || die "haproxy not installed (make cluster installs it)"
  mkdir -p "$DIR/certs"
  mode_of > "$DIR/mode.new"; mv "$DIR/mode.new" "$DIR/mode"
  "$ROOT/scripts/dev-certs.sh" "$ROOT/dev-certs"
  cp "$ROOT/dev-certs/server.pem" "$ROOT/dev-certs/server-key.pem" "$ROOT/dev-certs/ca.pem" "$DIR/certs/"
  "$ROOT/scripts/ticket-keys.sh" new "$DIR/ticket.keys" >/dev/null
  net_down   # leftovers of a run that was killed before it could stop
  net_up
  for n in $(seq 1 "$HOSTS"); do make_host "$n"; start_host "$n"; done
  haproxy_cfg > "$DIR/haproxy.cfg"
  haproxy -q -f "$DIR/haproxy.cfg" -D >"$DIR/haproxy.log" 2>&1 </dev/null || die "haproxy did not start: $(cat "$DIR/haproxy.log")"
  if ! wait_up "$HOSTS" 60; then
    status >&2 || true
    die "not every host came up within 60 s (logs: $DIR/host*/LOGS/master.out)"
  fi
  cat <<MSG

  SERAPHIM cluster ($(mode_of) mode): $HOSTS hosts behind haproxy, leastconn,
  TLS passed through, PROXY v2, shared session-ticket keys:

      https://localhost:$PORT/

      curl --cacert $ROOT/dev-certs/ca.pem https://localhost:$PORT/healthz

  hosts: $(for n in $(seq 1 "$HOSTS"); do printf '%s ' "$(addr_of "$n"):$HOST_PORT"; done)
  accounts and logs: $DIR/host*/   haproxy: $DIR/haproxy.cfg
  Stop with 'make cluster-stop'.

MSG
}

stop() {
  [[ -s $DIR/mode ]] || { say "no cluster running in $DIR"; return 0; }
  if [[ -s $DIR/haproxy.pid ]]; then
    kill "$(cat "$DIR/haproxy.pid")" 2>/dev/null || true
  fi
  for n in $(seq 1 "$HOSTS"); do
    [[ -d $DIR/host$n ]] || continue
    SERAPHIM_ACCOUNT=$DIR/host$n "$ROOT/scripts/stop-seraphim.sh" >/dev/null 2>&1 || true
  done
  net_down
  rm -f "$DIR/mode" "$DIR/haproxy.pid" "$DIR/haproxy.sock"
  say "stopped"
}

# a SERAPHIM without balancer (no PROXY header), as many workers as the
# cluster in all, on 127.0.0.1:$PORT+1: the "direct" side of test-cluster's
# requests/s comparison
direct_start() {
  local h=$DIR/direct dport=$(( PORT + 1 ))
  make_host 0 "$h" 127.0.0.1 "$dport" $(( HOSTS * WORKERS )) ""
  (cd "$h" && setsid "$MVBASIC" run BP/SERAPHIM) >>"$h/LOGS/master.out" 2>&1 </dev/null &
  local tenths=600
  until curl -sf --cacert "$DIR/certs/ca.pem" --resolve "localhost:$dport:127.0.0.1" -o /dev/null \
      "https://localhost:$dport/healthz"; do
    (( tenths-- > 0 )) || die "direct SERAPHIM did not come up (log: $h/LOGS/master.out)"
    sleep 0.1
  done
}
direct_stop() {
  [[ -d $DIR/direct ]] && SERAPHIM_ACCOUNT=$DIR/direct "$ROOT/scripts/stop-seraphim.sh" >/dev/null 2>&1
  return 0
}

case ${1:-} in
  start) start ;;
  stop) stop ;;
  status) status ;;
  kill) for p in $(pids_of_host "$2"); do kill -KILL "$p" 2>/dev/null || true; done ;;
  host) start_host "$2" ;;
  addr) addr_of "$2" ;;
  direct-start) direct_start ;;
  direct-stop) direct_stop ;;
  *) sed -n '4,9p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
esac
