#!/usr/bin/env bash
# bench/profile.sh - profile one server under one load with perf (for issue 6's
# "profile the largest shortfall"): starts the server the way bench/run.sh
# does, runs wrk against it while `perf record -g` samples the server's
# processes, and writes the top of `perf report` to bench/results/.
#
# Usage: bench/profile.sh SERVER MODE [SECONDS]
#   SERVER: mvtls-1 | mvtls-N | nginx-1 | nginx-N | caddy-1 | caddy-N
#   MODE:   handshake (new connection per request, full handshakes)
#           hsload    (the same with tools/hsload.rs, a client cheaper per
#                      handshake than wrk; prints the server's CPU per handshake)
#           keepalive | bulk (64 MiB GETs with curl)
# Output: bench/results/profile-SERVER-MODE.txt (flat perf profile by symbol,
# then call chains of the hottest symbols) and the figures of the profiled run
# on stderr. PROFILE_DATA=FILE keeps perf.data for `perf report -i FILE`.
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)
source "$BENCH_DIR/lib/common.sh"
source "$BENCH_DIR/lib/servers.sh"
source "$BENCH_DIR/lib/load.sh"

SERVER=${1:?usage: profile.sh SERVER MODE [SECONDS]}
MODE=${2:?usage: profile.sh SERVER MODE [SECONDS]}
BENCH_SECS=${3:-10}
have perf || die "perf is missing (Debian package linux-perf)"

NCPU=$(nproc)
SERVER_CPUS_1=0 CLIENT_CPUS=$((NCPU - 1)) CLIENT_THREADS=1
[ "$NCPU" -ge 2 ] || { SERVER_CPUS_1=""; CLIENT_CPUS=""; }
WORK=$(mktemp -d /tmp/mvtls-profile.XXXXXX)
RESULTS_TSV="$WORK/results.tsv"
trap 'stop_all; rm -rf "$WORK"' EXIT
trap 'exit 130' INT TERM

FULLHS_SO="$WORK/fullhs.so"
gcc -O2 -Wall -Wextra -Werror -shared -fPIC -o "$FULLHS_SO" "$BENCH_DIR/tools/fullhs.c" -ldl
mkdir -p "$WORK/certs" "$WORK/www" "$WORK/lib"
make_certs "$WORK/certs"
make_bodies "$WORK/www"
cert="$WORK/certs/ecdsa.pem" key="$WORK/certs/ecdsa-key.pem"

workers=1 cpus=$SERVER_CPUS_1
case $SERVER in
*-N) workers=$NCPU cpus="0-$((NCPU - 1))" ;;
esac
case $SERVER in
mvtls-*)
    cp "$ROOT/target/release/libmvtls.so" "$WORK/lib/libmvtls.so"
    soname=$(objdump -p "$WORK/lib/libmvtls.so" | awk '$1 == "SONAME" {print $2}')
    [ -z "$soname" ] || [ "$soname" = libmvtls.so ] || ln -sf libmvtls.so "$WORK/lib/$soname"
    gcc -O2 -g -Wall -Wextra -Werror -I"$ROOT/include" -o "$WORK/responder" "$BENCH_DIR/responder.c" \
        -L"$WORK/lib" -Wl,-rpath,"$WORK/lib" -lmvtls
    RESPONDER="$WORK/responder"
    [ "$workers" -gt 1 ] && cpus=$(seq -s, 0 $((NCPU - 1)))
    start_responder "$SERVER" "$workers" "$cpus" "$cert" "$key" "$WORK/www" ;;
nginx-*) start_nginx "$SERVER" "$workers" "$cpus" "$cert" "$key" "$WORK/www" ;;
caddy-*) start_caddy "$SERVER" "$workers" "$cpus" "$cert" "$key" "$WORK/www" ;;
*) die "unknown server $SERVER" ;;
esac

pids=$(descendants "$SRV_PID" | paste -sd,)
mkdir -p "$BENCH_DIR/results"
out="$BENCH_DIR/results/profile-$SERVER-$MODE.txt"
perf record ${PROFILE_CALLGRAPH:--g} -o "$WORK/perf.data" -p "$pids" -- sleep "$((BENCH_SECS + 1))" 2>"$WORK/perf.log" &
perf_pid=$!
BG_PIDS+=("$perf_pid")
sleep 0.5
url="https://127.0.0.1:$SRV_PORT"
case $MODE in
handshake) log "wrk: $(wrk_once "$url/small" close 32) (rps p50 p99 errors wrk-cpu%)" ;;
hsload)
    (cd "$ROOT" && cargo build --release --quiet --example hsload -p mvtls) || die "tools/hsload.rs does not build"
    log "hsload: $(pin "$CLIENT_CPUS" "$ROOT/target/release/examples/hsload" "127.0.0.1:$SRV_PORT" \
        -c 32 -d "$BENCH_SECS" -t 0.3 -s "$pids")" ;;
keepalive) log "wrk: $(wrk_once "$url/small" ka 64) (rps p50 p99 errors wrk-cpu%)" ;;
bulk)
    end=$(( $(date +%s) + BENCH_SECS ))
    while [ "$(date +%s)" -lt "$end" ]; do
        pin "$CLIENT_CPUS" curl -sk --tls13-ciphers TLS_AES_128_GCM_SHA256 -o /dev/null \
            -w '%{speed_download}\n' "$url/bulk"
    done | awk '{s += $1; n++} END {if (n) printf "bulk: %.1f MB/s average over %d GETs\n", s / n / 1e6, n}' >&2 ;;
*) die "unknown mode $MODE" ;;
esac
wait "$perf_pid" || true
{
    echo "# perf profile: $SERVER, $MODE, ${BENCH_SECS}s, $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "## flat profile (self time by symbol)"
    perf report -i "$WORK/perf.data" --stdio --no-children -g none --sort dso,sym \
        --percent-limit 0.5 2>/dev/null | grep -v '^#' | grep -v '^$' | head -60
    echo
    echo "## with callers (self time >= 2%)"
    perf report -i "$WORK/perf.data" --stdio --no-children -G --percent-limit 2 2>/dev/null \
        | grep -v '^#' | head -200
} >"$out"
[ -n "${PROFILE_DATA:-}" ] && cp "$WORK/perf.data" "$PROFILE_DATA" && log "kept perf data in $PROFILE_DATA"
log "wrote $out"
