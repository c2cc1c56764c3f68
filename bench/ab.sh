#!/usr/bin/env bash
# bench/ab.sh - before/after measurement of one mvtls build against another
# (issue 6: "record before/after figures" of a hot-spot fix).
#
# Builds bench/responder.c once per library copy (each linked through its own
# rpath, so the copies never mix), then measures the mvtls responder with one
# worker and the ECDSA certificate, the same way bench/run.sh measures
# library/handshake/mvtls-1 (wrk -c$HS_CONNS, Connection: close, the
# full-handshake shim, server on CPU 0, wrk on the last CPU), in rounds that
# alternate the libraries: A B A B ...  Each round is BENCH_RUNS runs of
# BENCH_SECS seconds after a 1 s warm-up; every figure is a median.
#
# Usage: bench/ab.sh LABEL=LIBMVTLS.so [LABEL=LIBMVTLS.so ...]
#   e.g. cp target/release/libmvtls.so /tmp/libmvtls-before.so   (before a change)
#        bench/ab.sh before=/tmp/libmvtls-before.so after=target/release/libmvtls.so
# AB_TEST=hscpu and AB_TEST=bulk (issue 12) start every build's responder
# at once and alternate single runs (A B, B A, ...; AB_ROUNDS rounds):
# hscpu = full handshakes with tools/hsload.rs and the server's CPU time in
# hsload's window (per_core_second = handshakes per server core-second);
# bulk = MB/s of AB_BULK_GETS x 64 MiB over one curl connection.
# Environment: AB_ROUNDS (2; 5 for hscpu/bulk), AB_TEST (handshake | keepalive
#   | hscpu | bulk), BENCH_RUNS (3), BENCH_SECS (4), HS_CONNS (32), KA_CONNS (64),
#   AB_BULK_GETS (16), AB_OUT (bench/results/ab-TEST.json)
# Output: AB_OUT, a JSON document (per label: every run, round medians, the
# overall median, server/wrk CPU, the negotiated TLS parameters), which
# bench/tools/report.py renders as the "Profiling and fixes" section of
# LATEST.md; and a one-line summary per label on stderr.
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)
source "$BENCH_DIR/lib/common.sh"
source "$BENCH_DIR/lib/servers.sh"
source "$BENCH_DIR/lib/load.sh"

[ $# -ge 1 ] || die "usage: bench/ab.sh LABEL=LIBMVTLS.so [LABEL=LIBMVTLS.so ...]"
AB_TEST=${AB_TEST:-handshake}
case $AB_TEST in hscpu | bulk) AB_ROUNDS=${AB_ROUNDS:-5} ;; *) AB_ROUNDS=${AB_ROUNDS:-2} ;; esac
AB_BULK_GETS=${AB_BULK_GETS:-16}
BENCH_RUNS=${BENCH_RUNS:-3}
BENCH_SECS=${BENCH_SECS:-4}
HS_CONNS=${HS_CONNS:-32}
KA_CONNS=${KA_CONNS:-64}
AB_OUT=${AB_OUT:-$BENCH_DIR/results/ab-$AB_TEST.json}
CLK_TCK=$(getconf CLK_TCK)
case $AB_TEST in handshake | keepalive | hscpu | bulk) ;; *) die "AB_TEST must be handshake, keepalive, hscpu or bulk" ;; esac
for tool in wrk curl openssl python3 gcc taskset objdump; do
    have "$tool" || die "$tool is missing (make deps-bench)"
done

NCPU=$(nproc)
SERVER_CPUS_1=0 CLIENT_CPUS=$((NCPU - 1)) CLIENT_THREADS=1
[ "$NCPU" -ge 2 ] || { SERVER_CPUS_1=""; CLIENT_CPUS=""; }
WORK=$(mktemp -d /tmp/mvtls-ab.XXXXXX)
RESULTS_TSV="$WORK/results.tsv"
: >"$RESULTS_TSV"
trap 'stop_all; rm -rf "$WORK"' EXIT
trap 'exit 130' INT TERM

FULLHS_SO="$WORK/fullhs.so"
gcc -O2 -Wall -Wextra -Werror -shared -fPIC -o "$FULLHS_SO" "$BENCH_DIR/tools/fullhs.c" -ldl
mkdir -p "$WORK/certs" "$WORK/www"
make_certs "$WORK/certs"
make_bodies "$WORK/www"

# one responder binary per label, each with a private copy of its library
LABELS=() LIBS=()
for arg in "$@"; do
    label=${arg%%=*} lib=${arg#*=}
    [[ "$label" =~ ^[A-Za-z0-9_.-]+$ ]] && [ "$label" != "$arg" ] || die "bad argument '$arg' (want LABEL=PATH)"
    [ -f "$lib" ] || die "$lib not found"
    d="$WORK/lib-$label"
    mkdir -p "$d"
    cp "$lib" "$d/libmvtls.so"
    soname=$(objdump -p "$d/libmvtls.so" | awk '$1 == "SONAME" {print $2}')
    [ -z "$soname" ] || [ "$soname" = libmvtls.so ] || ln -sf libmvtls.so "$d/$soname"
    gcc -O2 -Wall -Wextra -Werror -I"$ROOT/include" -o "$WORK/responder-$label" "$BENCH_DIR/responder.c" \
        -L"$d" -Wl,-rpath,"$d" -lmvtls || die "responder.c does not build against $lib"
    LABELS+=("$label") LIBS+=("$(readlink -f "$lib") md5 $(md5sum <"$lib" | cut -c1-12)")
done

HSLOAD=""
if [ "$AB_TEST" = hscpu ]; then
    (cd "$ROOT" && cargo build --release --quiet --example hsload -p mvtls) || die "tools/hsload.rs does not build"
    HSLOAD="$ROOT/target/release/examples/hsload"
fi

# ab_side_by_side : hscpu/bulk rounds with every build's responder running at
# once, single runs alternating A B, B A, ...; rows "LABEL roundR" per run.
ab_side_by_side() {
    local i r line pids=() ports=() order
    for i in "${!LABELS[@]}"; do
        RESPONDER="$WORK/responder-${LABELS[$i]}"
        start_responder "ab-${LABELS[$i]}" 1 "$SERVER_CPUS_1" "$WORK/certs/ecdsa.pem" \
            "$WORK/certs/ecdsa-key.pem" "$WORK/www" || die "$START_ERROR"
        check_body "https://127.0.0.1:$SRV_PORT/small" "$WORK/www/small" \
            || die "${LABELS[$i]}: GET /small did not return the 64-byte body"
        tls_probe ab "${LABELS[$i]}" ecdsa "$SRV_PORT"
        pids+=("$SRV_PID") ports+=("$SRV_PORT")
    done
    for ((r = 1; r <= AB_ROUNDS; r++)); do
        order=$(seq 0 $((${#LABELS[@]} - 1)))
        [ $((r % 2)) = 0 ] && order=$(seq $((${#LABELS[@]} - 1)) -1 0)
        for i in $order; do
            line=$(BULK_GETS=$AB_BULK_GETS measure_pair_run "$AB_TEST" "${ports[$i]}" "${pids[$i]}")
            set -- $line
            record ab "$AB_TEST" "${LABELS[$i]}" "round$r" rps "-" "$1"
            record ab "$AB_TEST" "${LABELS[$i]}" "round$r" server_cpu "%core" "$2"
            record ab "$AB_TEST" "${LABELS[$i]}" "round$r" client_cpu "%core" "$3"
            log "round $r ${LABELS[$i]}: $1 (server cpu $2%, client cpu $3%, errors $4)"
        done
    done
    for i in "${!pids[@]}"; do forget_pid "${pids[$i]}"; done
}

log "A/B $AB_TEST: ${LABELS[*]}, $AB_ROUNDS rounds of $BENCH_RUNS x ${BENCH_SECS}s; load average $(cut -d' ' -f1-3 /proc/loadavg)"
BUSY_START=$(cpu_busy_pct)
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
[ "$AB_TEST" = hscpu ] || [ "$AB_TEST" = bulk ] && ab_side_by_side
for ((r = 1; r <= AB_ROUNDS; r++)); do
    [ "$AB_TEST" = hscpu ] || [ "$AB_TEST" = bulk ] && break
    for label in "${LABELS[@]}"; do
        RESPONDER="$WORK/responder-$label"
        start_responder "ab-$label-$r" 1 "$SERVER_CPUS_1" "$WORK/certs/ecdsa.pem" "$WORK/certs/ecdsa-key.pem" \
            "$WORK/www" || die "$START_ERROR"
        base="https://127.0.0.1:$SRV_PORT"
        check_body "$base/small" "$WORK/www/small" || die "$label: GET /small did not return the 64-byte body"
        [ "$r" = 1 ] && tls_probe ab "$label" ecdsa "$SRV_PORT"
        if [ "$AB_TEST" = handshake ]; then
            bench_wrk ab handshake "$label" "round$r" "$base/small" close "$HS_CONNS" "$SRV_PID"
        else
            bench_wrk ab keepalive "$label" "round$r" "$base/small" ka "$KA_CONNS" "$SRV_PID"
        fi
        forget_pid "$SRV_PID"
    done
done

ab_method() {
    case $AB_TEST in
    hscpu) echo "builds side by side, $AB_ROUNDS rounds alternating (A B, B A, ...), one run of ${BENCH_SECS}s each: tools/hsload.rs -c$HS_CONNS (full TLS 1.3 handshakes, X25519, no resumption), server CPU in hsload's window (scheduler run time from /proc/PID/task/*/sched, else /proc/PID/stat utime+stime); responder 1 worker on CPU ${SERVER_CPUS_1:-any}, hsload on CPU ${CLIENT_CPUS:-any}, ECDSA P-256" ;;
    bulk) echo "builds side by side, $AB_ROUNDS rounds alternating (A B, B A, ...): curl, $AB_BULK_GETS x 64 MiB over one connection per run, AES-128-GCM; responder 1 worker on CPU ${SERVER_CPUS_1:-any}, curl on CPU ${CLIENT_CPUS:-any}" ;;
    *) echo "$BENCH_RUNS x ${BENCH_SECS}s per round, $AB_ROUNDS rounds alternating, wrk -t$CLIENT_THREADS -c$([ "$AB_TEST" = handshake ] && echo "$HS_CONNS close + full-handshake shim" || echo "$KA_CONNS keep-alive"), responder 1 worker on CPU ${SERVER_CPUS_1:-any}, wrk on CPU ${CLIENT_CPUS:-any}, ECDSA P-256" ;;
    esac
}

mkdir -p "$(dirname "$AB_OUT")"
python3 - "$RESULTS_TSV" "$AB_OUT" "$AB_TEST" "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$BUSY_START" "$LOAD_START" \
    "$(cut -d' ' -f1-3 /proc/loadavg)" "$(ab_method)" \
    "${LABELS[@]}" -- "${LIBS[@]}" <<'EOF'
import json, statistics, sys
tsv, out, test, date, busy, load0, load1, method = sys.argv[1:9]
rest = sys.argv[9:]
cut = rest.index("--")
labels, libs = rest[:cut], rest[cut + 1:]
rows = {}
for line in open(tsv, encoding="utf-8"):
    p = line.rstrip("\n").split("\t")
    if len(p) < 7:
        continue
    sec, t, setup, var, metric, unit, values = p[:7]
    rows[(setup, var, metric)] = (values, p[7] if len(p) > 7 else "")
doc = {"test": test, "unit": "MB/s" if test == "bulk" else "req/s", "date": date, "busy_start_pct": busy, "load_start": load0,
       "load_end": load1, "method": method, "labels": []}
for label, lib in zip(labels, libs):
    rounds, runs, scpu, ccpu = [], [], [], []
    r = 1
    while (label, f"round{r}", "rps") in rows:
        vals = [float(v) for v in rows[(label, f"round{r}", "rps")][0].split(",")]
        rounds.append(statistics.median(vals))
        runs += vals
        scpu += [float(v) for v in rows[(label, f"round{r}", "server_cpu")][0].split(",")]
        ccpu += [float(v) for v in rows[(label, f"round{r}", "client_cpu")][0].split(",")]
        r += 1
    neg = rows.get((label, "ecdsa", "negotiated"), ("", ""))[1]
    med = statistics.median(runs) if runs else None
    sc = statistics.median(scpu) if scpu else None
    # per run: figure per second of server CPU, then the median of those
    pcs = [v / c * 100 for v, c in zip(runs, scpu) if v and c]
    doc["labels"].append({
        "label": label, "library": lib, "negotiated": neg, "runs": runs,
        "round_medians": rounds, "median": med,
        "server_cpu_pct": sc, "client_cpu_pct": statistics.median(ccpu) if ccpu else None,
        "per_core_second": statistics.median(pcs) if pcs else None,
        "per_core_second_runs": pcs,
    })
    print(f"{label}: median {med:,.0f}/s, rounds {', '.join(f'{x:,.0f}' for x in rounds)}, "
          f"server CPU {sc}%, {neg}", file=sys.stderr)
# paired ratios, last label / first, one per round (the runs alternate, so
# run i of both labels ran next to each other)
if len(doc["labels"]) >= 2:
    a, b = doc["labels"][0], doc["labels"][-1]
    key = "per_core_second_runs" if test == "hscpu" else "runs"
    if test in ("hscpu", "bulk"):
        rr = [y / x for x, y in zip(a[key], b[key]) if x and y]
        doc["paired"] = {"of": key, "ratios": rr,
                         "median": statistics.median(rr) if rr else None,
                         "min": min(rr) if rr else None, "max": max(rr) if rr else None}
        if rr:
            print(f"{b['label']} / {a['label']} per round ({key}): median {statistics.median(rr):.3f}, "
                  f"min {min(rr):.3f}, max {max(rr):.3f}", file=sys.stderr)
with open(out, "w", encoding="utf-8") as f:
    json.dump(doc, f, indent=1)
    f.write("\n")
EOF
log "wrote $AB_OUT"
