# bench/lib/seraphim.sh - section 2: SERAPHIM over mvtls vs TLS proxies in
# front of SERAPHIM on plain HTTP vs nginx serving the rendered page.
#
# SERAPHIM runs from a private copy of basic/ (the account), started the way
# basic/BP/SERAPHIM and scripts/run-seraphim.sh do (`cd ACCOUNT && TZ=UTC
# mvbasic run BP/SERAPHIM`; run-seraphim.sh itself is not used because its
# readiness check trusts only the dev-certs/ CA, while the bench serves its
# own certificates), stopped the way scripts/stop-seraphim.sh does, and
# configured through its CONTROL SERAPHIM record (tools/seraphim_config.py),
# so the repository's basic/ is never touched and the 200 KiB static test
# file can be added to the copy's STATIC file.  Plain HTTP (for the proxies)
# is SERAPHIM's plain port (CONTROL field 3) in SERVE mode (field 17,
# CFG$HTTP.MODE in BP/SERAPHIM.H): the blog on plain HTTP without HSTS; the
# HTTPS listener stays open on its own port (SERAPHIM requires one), unused.
# SERAPHIM writes an access log line per request, so the nginx/caddy setups
# of this section log too (PEER_ACCESS_LOG).

SERAPHIM_STATIC_NAME="bench-200k.bin"
SERAPHIM_STATIC_PATH="static/$SERAPHIM_STATIC_NAME"

# seraphim_missing : prints why SERAPHIM cannot be measured, or nothing.
seraphim_missing() {
    local mvb="${MVBASIC:-$ROOT/target/release/mvbasic}"
    [ -x "$mvb" ] || { echo "mvbasic not built ($mvb)"; return; }
    [ -f "$ROOT/basic/BP/SERAPHIM" ] || { echo "SERAPHIM (basic/BP/SERAPHIM) not present"; return; }
    [ -f "$ROOT/basic/CONTROL/SERAPHIM" ] || { echo "basic/CONTROL/SERAPHIM not present"; return; }
}

# seraphim_serve_mode : true when BP/SERAPHIM.H has the plain-port mode
# field (CFG$HTTP.MODE, CONTROL field 17: REDIRECT or SERVE).
seraphim_serve_mode() {
    grep -qiE '^[[:space:]]*EQU[[:space:]]+CFG\$HTTP\.MODE[[:space:]]+TO[[:space:]]+17' \
        "$ROOT/basic/BP/SERAPHIM.H" 2>/dev/null
}

# seraphim_account DIR : a fresh private copy of the account, 200 KiB file added.
seraphim_account() {
    local d=$1
    case $d in "$WORK"/*) ;; *) die "seraphim_account: $d is outside $WORK" ;; esac
    rm -rf "$d"
    cp -a "$ROOT/basic" "$d"
    find "$d/LOGS" -type f ! -name .keep -delete 2>/dev/null || true
    rm -rf "$d/\$COMO" "$d/\$PHANTOMS"
    head -c $((200 * 1024)) /dev/urandom >"$d/STATIC/$SERAPHIM_STATIC_NAME"
}

# seraphim_start NAME WORKERS MODE CPUS : MODE "tls" (mvtls, the ECDSA
# certificate) or "plain" (plain HTTP in SERVE mode, for a proxy; the HTTPS
# listener is opened too, on another port).  Sets SRV_PID (the master),
# SRV_PORT (the port to load: HTTPS or plain), and SRV_PIDS (master and
# workers, for CPU accounting and stop).
seraphim_start() {
    local name=$1 workers=$2 mode=$3 cpus=$4 acct="$WORK/$1" p https plain=""
    if [ "$mode" = plain ] && ! seraphim_serve_mode; then
        START_ERROR="SERAPHIM has no plain-HTTP serving mode (no CFG\$HTTP.MODE field 17 in BP/SERAPHIM.H)"
        return 1
    fi
    seraphim_account "$acct"
    https=$(free_port)
    SRV_PORT=$https
    if [ "$mode" = plain ]; then
        plain=$(free_port)
        [ "$plain" != "$https" ] || plain=$(free_port)
        SRV_PORT=$plain
    fi
    python3 "$BENCH_DIR/tools/seraphim_config.py" "$acct/CONTROL/SERAPHIM" "$https" "$workers" \
        "$WORK/certs/ecdsa.pem" "$WORK/certs/ecdsa-key.pem" $plain || die "seraphim_config failed"
    start_bg "$name" "$acct/master.log" "$cpus" env -C "$acct" TZ=UTC \
        "${MVBASIC:-$ROOT/target/release/mvbasic}" run BP/SERAPHIM
    SRV_PID=$LAST_PID
    SRV_PIDS=$SRV_PID
    # ready = every worker READY (LOGS SERAPHIM.W<slot>: 1 pid, 2 run id,
    # 4 state) and the port answering; give up early when the master exits
    # or reports that it cannot start a worker
    local i s ok=0
    for ((i = 0; i < 300; i++)); do
        ok=0
        for ((s = 1; s <= workers; s++)); do
            [ "$(sed -n 4p "$acct/LOGS/SERAPHIM.W$s" 2>/dev/null)" = READY ] && ok=$((ok + 1))
        done
        if [ "$ok" = "$workers" ] && (exec 3<>"/dev/tcp/127.0.0.1/$SRV_PORT") 2>/dev/null; then
            break
        fi
        kill -0 "$SRV_PID" 2>/dev/null || break
        grep -qE 'could not start worker|is gone' "$acct/master.log" 2>/dev/null && break
        # a compile error ("FILE:LINE: message") in a worker's output
        grep -qE '^[^ ]+:[0-9]+: ' "$acct/\$COMO"/* 2>/dev/null && break
        sleep 0.1
    done
    for ((s = 1; s <= workers; s++)); do
        p=$(sed -n 1p "$acct/LOGS/SERAPHIM.W$s" 2>/dev/null)
        [ -n "$p" ] && SRV_PIDS="$SRV_PIDS $p"
    done
    if [ "$ok" != "$workers" ]; then
        START_ERROR="$name: only $ok of $workers workers READY within 30 s; master: $(tail -n 1 "$acct/master.log" | cut -c1-120); $(seraphim_worker_log "$name")"
        log "$START_ERROR"
        seraphim_stop "$name"
        return 1
    fi
    log "$name: master $SRV_PID, processes $SRV_PIDS, port $SRV_PORT ($mode)"
}

# seraphim_plain_check NAME : SERAPHIM at http://127.0.0.1:SRV_PORT/ really
# serves the blog (200, no redirect, no HSTS) and the 200 KiB file; else
# START_ERROR says exactly what came back.
seraphim_plain_check() {
    local name=$1 base="http://127.0.0.1:$SRV_PORT" code hdr
    hdr=$(curl -s --max-time 10 -D - -o "$WORK/plain-index.out" "$base/" 2>&1) || true
    code=$(awk 'NR == 1 {print $2}' <<<"$hdr")
    if [ "$code" != 200 ]; then
        START_ERROR="$name: SERVE mode broken: GET $base/ answered '$(head -1 <<<"$hdr" | tr -d '\r')' $(grep -i '^location:' <<<"$hdr" | tr -d '\r')"
        return 1
    fi
    if grep -qi '^strict-transport-security' <<<"$hdr"; then
        START_ERROR="$name: SERVE mode sends HSTS on plain HTTP"
        return 1
    fi
    if ! check_body "$base/$SERAPHIM_STATIC_PATH" "$WORK/$name/STATIC/$SERAPHIM_STATIC_NAME"; then
        START_ERROR="$name: GET /$SERAPHIM_STATIC_PATH over plain HTTP did not return the 200 KiB file"
        return 1
    fi
}

# seraphim_stop NAME : asks the master to stop (LOGS SERAPHIM.STOP), waits
# up to 10 s for it, then stops whatever is left of SRV_PIDS, by pid.
seraphim_stop() {
    local acct="$WORK/$1" master=$SRV_PID i p
    : >"$acct/LOGS/SERAPHIM.STOP"
    for ((i = 0; i < 100; i++)); do
        kill -0 "$master" 2>/dev/null || break
        sleep 0.1
    done
    forget_pid "$master"
    for p in $SRV_PIDS; do
        kill -0 "$p" 2>/dev/null && stop_pid "$p"
    done
    return 0
}

# seraphim_worker_log NAME : the last line of the newest worker output
# ($COMO) of account NAME, for failure reports.
seraphim_worker_log() {
    local f
    f=$(ls -t "$WORK/$1/\$COMO"/* 2>/dev/null | head -1)
    [ -n "$f" ] && echo "worker output: $(tail -n 1 "$f" | cut -c1-200)"
    return 0
}

# seraphim_tests SETUP BASE_URL "SERVER_PIDS" : the four wrk figures of a setup.
seraphim_tests() {
    local setup=$1 base=$2 spids=$3
    bench_wrk seraphim index "$setup" keepalive "$base/" ka "$KA_CONNS" "$spids"
    bench_wrk seraphim index "$setup" new-conn "$base/" close "$HS_CONNS" "$spids"
    bench_wrk seraphim static-200k "$setup" keepalive "$base/$SERAPHIM_STATIC_PATH" ka "$KA_CONNS" "$spids"
    bench_wrk seraphim static-200k "$setup" new-conn "$base/$SERAPHIM_STATIC_PATH" close "$HS_CONNS" "$spids"
}

# seraphim_gap SETUP REASON : records the figures of SETUP as not measured.
seraphim_gap() {
    not_measured seraphim all "$1" - "$2"
}

# seraphim_proxied KIND WORKERS CPUS : KIND (nginx|caddy) with WORKERS
# workers (caddy: GOMAXPROCS) terminating TLS in front of SERAPHIM with
# WORKERS workers on plain HTTP, all on CPUS; setup "KIND-proxy-WORKERS".
seraphim_proxied() {
    local kind=$1 w=$2 cpus=$3 setup="$1-proxy-$2" acct="seraphim-plain-$1-$2"
    if ! seraphim_start "$acct" "$w" plain "$cpus"; then
        seraphim_gap "$setup" "$START_ERROR"
        return
    fi
    local backend_pids=$SRV_PIDS backend_master=$SRV_PID backend_port=$SRV_PORT
    if ! seraphim_plain_check "$acct"; then
        log "$START_ERROR"
        seraphim_gap "$setup" "$START_ERROR"
    elif ! PEER_ACCESS_LOG=1 "start_$kind" "$setup" "$w" "$cpus" "$WORK/certs/ecdsa.pem" \
            "$WORK/certs/ecdsa-key.pem" "$WORK/www" "$backend_port"; then
        seraphim_gap "$setup" "$START_ERROR"
    elif ! check_body "https://127.0.0.1:$SRV_PORT/$SERAPHIM_STATIC_PATH" "$WORK/$acct/STATIC/$SERAPHIM_STATIC_NAME"; then
        seraphim_gap "$setup" "GET /$SERAPHIM_STATIC_PATH through $kind did not return the 200 KiB file"
        forget_pid "$SRV_PID"
    else
        tls_probe seraphim "$setup" ecdsa "$SRV_PORT"
        # server CPU = proxy + backend
        seraphim_tests "$setup" "https://127.0.0.1:$SRV_PORT" "$SRV_PID $backend_pids"
        forget_pid "$SRV_PID"
    fi
    SRV_PID=$backend_master SRV_PIDS=$backend_pids
    seraphim_stop "$acct"
}

# run_seraphim : every SERAPHIM setup; setups that cannot run are recorded
# with their reason.
run_seraphim() {
    local why s w cpus kind
    why=$(seraphim_missing)
    if [ -n "$why" ]; then
        for s in $( (echo 1; echo "$NSRV") | uniq | sed 's/^/seraphim-tls-/; p; s/seraphim-tls/nginx-proxy/; p; s/nginx-proxy/caddy-proxy/') \
                "nginx-static-$NSRV"; do
            seraphim_gap "$s" "$why"
        done
        return
    fi
    # SERAPHIM over mvtls, 1 and N workers
    for w in $( (echo 1; echo "$NSRV") | uniq); do
        cpus=$SERVER_CPUS_1
        [ "$w" = 1 ] || cpus=$SERVER_CPUS_N
        if ! seraphim_start "seraphim-tls-$w" "$w" tls "$cpus"; then
            seraphim_gap "seraphim-tls-$w" "$START_ERROR"
            continue
        fi
        local base="https://127.0.0.1:$SRV_PORT" file="$WORK/seraphim-tls-$w/STATIC/$SERAPHIM_STATIC_NAME"
        if [ ! -s "$WORK/seraphim-static/index.html" ]; then
            # the rendered index page and the static file, for nginx-static
            mkdir -p "$WORK/seraphim-static/static"
            curl -sk --fail --max-time 10 "$base/" -o "$WORK/seraphim-static/index.html" \
                || rm -f "$WORK/seraphim-static/index.html"
            cp "$file" "$WORK/seraphim-static/static/"
        fi
        if ! check_body "$base/$SERAPHIM_STATIC_PATH" "$file"; then
            seraphim_gap "seraphim-tls-$w" "GET /$SERAPHIM_STATIC_PATH did not return the 200 KiB file; $(seraphim_worker_log "seraphim-tls-$w")"
        else
            tls_probe seraphim "seraphim-tls-$w" ecdsa "$SRV_PORT"
            seraphim_tests "seraphim-tls-$w" "$base" "$SRV_PIDS"
        fi
        seraphim_stop "seraphim-tls-$w"
    done

    # proxies in front of SERAPHIM on plain HTTP: 1 SERAPHIM worker + a
    # 1-worker proxy on the 1-worker CPU, N + N on the N-worker CPUs
    for w in $( (echo 1; echo "$NSRV") | uniq); do
        cpus=$SERVER_CPUS_1
        [ "$w" = 1 ] || cpus=$SERVER_CPUS_N
        for kind in nginx caddy; do
            seraphim_proxied "$kind" "$w" "$cpus"
        done
    done

    # upper bound: nginx serving the rendered page and the file statically
    if [ ! -s "$WORK/seraphim-static/index.html" ]; then
        seraphim_gap "nginx-static-$NSRV" "no rendered index page fetched from SERAPHIM"
    elif ! PEER_ACCESS_LOG=1 start_nginx "nginx-static" "$NSRV" "$SERVER_CPUS_N" "$WORK/certs/ecdsa.pem" \
            "$WORK/certs/ecdsa-key.pem" "$WORK/seraphim-static"; then
        seraphim_gap "nginx-static-$NSRV" "$START_ERROR"
    else
        seraphim_tests "nginx-static-$NSRV" "https://127.0.0.1:$SRV_PORT" "$SRV_PID"
        forget_pid "$SRV_PID"
    fi
}
