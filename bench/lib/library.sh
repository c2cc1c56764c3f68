# bench/lib/library.sh - section 1 (library: mvtls responder vs nginx, caddy
# as a reference) and section 4 (memory per idle TLS connection).

# lib_setups : prints "NAME KIND WORKERS CPUS" lines for the library section.
lib_setups() {
    echo "mvtls-1 responder 1 $SERVER_CPUS_1"
    echo "nginx-1 nginx 1 $SERVER_CPUS_1"
    [ "$BENCH_CADDY" = 1 ] && echo "caddy-1 caddy 1 $SERVER_CPUS_1"
    [ "$NSRV" -gt 1 ] || return 0
    echo "mvtls-$NSRV responder $NSRV $SERVER_CPUS_N_LIST"
    echo "nginx-$NSRV nginx $NSRV $SERVER_CPUS_N"
    [ "$BENCH_CADDY" = 1 ] && echo "caddy-$NSRV caddy $NSRV $SERVER_CPUS_N"
    return 0
}

# start_setup KIND NAME WORKERS CPUS CERT : starts one library server on
# $WORK/www with the CERT (ecdsa|rsa) certificate.
start_setup() {
    local kind=$1 name=$2 workers=$3 cpus=$4 cert=$5
    local c="$WORK/certs/$cert.pem" k="$WORK/certs/$cert-key.pem"
    case $kind in
    responder) start_responder "$name-$cert" "$workers" "$cpus" "$c" "$k" "$WORK/www" ;;
    nginx) start_nginx "$name-$cert" "$workers" "$cpus" "$c" "$k" "$WORK/www" ;;
    caddy) start_caddy "$name-$cert" "$workers" "$cpus" "$c" "$k" "$WORK/www" ;;
    esac
}

# check_fullhs : proves the full-handshake method: nginx (which resumes
# sessions by default through tickets) logs for each request whether its
# TLS session was resumed while wrk runs in "close" mode with the shim.
check_fullhs() {
    if ! NGINX_SESSLOG=1 start_nginx fullhs-check 1 "$SERVER_CPUS_1" "$WORK/certs/ecdsa.pem" \
            "$WORK/certs/ecdsa-key.pem" "$WORK/www"; then
        not_measured library fullhs_check nginx-1 ecdsa "$START_ERROR"
        return
    fi
    BENCH_SECS=1 wrk_once "https://127.0.0.1:$SRV_PORT/small" close 8 >/dev/null
    forget_pid "$SRV_PID"
    local log="$WORK/fullhs-check/logs/reuse.log" total resumed
    total=$(wc -l <"$log")
    resumed=$(grep -c '^r' "$log" || true)
    record library fullhs_check nginx-1 ecdsa resumed count "$resumed" "$resumed of $total connections resumed with the shim"
    log "full-handshake check: $resumed of $total connections resumed (want 0)"
}

# run_library : handshakes (ECDSA and RSA certificates), keep-alive and bulk
# for every setup of lib_setups.
run_library() {
    local name kind workers cpus cert base
    check_fullhs
    while read -r name kind workers cpus; do
        if [ "$kind" = responder ] && [ -z "$RESPONDER" ]; then
            local t
            for t in "handshake ecdsa" "handshake rsa" "keepalive ecdsa" "bulk 64MiB"; do
                not_measured library ${t% *} "$name" ${t#* } "$RESPONDER_WHY"
            done
            continue
        fi
        for cert in ecdsa rsa; do
            if ! start_setup "$kind" "$name" "$workers" "$cpus" "$cert"; then
                not_measured library all "$name" "$cert" "$START_ERROR"
                continue
            fi
            base="https://127.0.0.1:$SRV_PORT"
            if ! check_body "$base/small" "$WORK/www/small"; then
                not_measured library all "$name" "$cert" "GET /small did not return the 64-byte body"
                forget_pid "$SRV_PID"
                continue
            fi
            tls_probe library "$name" "$cert" "$SRV_PORT"
            [ "$cert" = ecdsa ] && record library head_bytes "$name" ecdsa bytes bytes \
                "$(curl -sk -D - -o /dev/null "$base/small" | wc -c)" "response head size for GET /small"
            bench_wrk library handshake "$name" "$cert" "$base/small" close "$HS_CONNS" "$SRV_PID"
            if [ "$cert" = ecdsa ]; then
                bench_wrk library keepalive "$name" ecdsa "$base/small" ka "$KA_CONNS" "$SRV_PID"
                if check_body "$base/bulk" "$WORK/www/bulk"; then
                    bench_bulk library "$name" "$base/bulk" "$SRV_PID"
                else
                    not_measured library bulk "$name" 64MiB "GET /bulk did not return the 64 MiB body"
                fi
            fi
            forget_pid "$SRV_PID"
        done
    done < <(lib_setups)
}

# run_memory : resident memory per idle TLS connection (IDLE_CONNS of them)
# for the responder, nginx (workers summed) and caddy, one worker each.
run_memory() {
    local kind mode
    for kind in responder nginx caddy; do
        local setup=${kind/responder/mvtls}-1
        mode=self
        [ "$kind" = nginx ] && mode=children
        [ "$kind" = caddy ] && [ "$BENCH_CADDY" != 1 ] && continue
        if [ "$kind" = responder ] && [ -z "$RESPONDER" ]; then
            not_measured memory idle_conns "$setup" "$IDLE_CONNS" "$RESPONDER_WHY"
            continue
        fi
        if ! start_setup "$kind" "mem-$kind" 1 "$SERVER_CPUS_1" ecdsa; then
            not_measured memory idle_conns "$setup" "$IDLE_CONNS" "$START_ERROR"
            continue
        fi
        bench_idle "$setup" "$SRV_PID" "$mode"
        forget_pid "$SRV_PID"
    done
}

# run_pairs : the interleaved comparisons of issue 12. For W = 1 and NSRV
# workers, mvtls-W and nginx-W run side by side (both started; the idle one
# costs nothing) and are measured in alternating order (A B, B A, ...) for
# PAIR_ROUNDS rounds, so load from other work on the machine hits both alike:
#   pair_hscpu: full handshakes/s and server CPU with tools/hsload.rs (the
#               server's core-seconds per handshake, against the crypto limit);
#   pair_bulk:  MB/s of BULK_GETS x 64 MiB, one curl, a new connection each.
# Each round gives one ratio; the report shows the median and the spread.
# With 1 worker the handshake rounds also measure tcp-floor-1 (start_tcp_floor).
run_pairs() {
    local w kind r i line vals cpu ccpu errs names=() pids=() ports=() order
    for w in 1 "$NSRV"; do
        [ "$w" = 1 ] || [ "$NSRV" -gt 1 ] || continue
        names=() pids=() ports=()
        local mcpus=$SERVER_CPUS_1 ncpus=$SERVER_CPUS_1
        [ "$w" = 1 ] || { mcpus=$SERVER_CPUS_N_LIST; ncpus=$SERVER_CPUS_N; }
        if [ -n "$RESPONDER" ] && start_setup responder "pair-mvtls-$w" "$w" "$mcpus" ecdsa; then
            names+=("mvtls-$w") pids+=("$SRV_PID") ports+=("$SRV_PORT")
        else
            not_measured library pair "mvtls-$w" ecdsa "${RESPONDER_WHY:-$START_ERROR}"
        fi
        if start_setup nginx "pair-nginx-$w" "$w" "$ncpus" ecdsa; then
            names+=("nginx-$w") pids+=("$SRV_PID") ports+=("$SRV_PORT")
        else
            not_measured library pair "nginx-$w" ecdsa "$START_ERROR"
        fi
        for kind in ${PAIR_KINDS:-hscpu bulk}; do
            if [ "$kind" = hscpu ] && [ -z "$HSLOAD" ]; then
                not_measured library pair_hscpu "mvtls-$w" ecdsa "$HSLOAD_WHY"
                continue
            fi
            # the kernel's floor: plain TCP with mvtls-1's flights (hscpu, 1 worker)
            local nmembers=${#names[@]}
            [ "$kind" = hscpu ] && [ "$w" = 1 ] && start_tcp_floor "${ports[0]:-}" \
                && { names+=("tcp-floor-1") pids+=("$SRV_PID") ports+=("$SRV_PORT"); }
            declare -A V=() C=() CC=() E=() W=()
            for ((r = 1; r <= PAIR_ROUNDS; r++)); do
                order=$(seq 0 $((${#names[@]} - 1)))
                [ $((r % 2)) = 0 ] && order=$(seq $((${#names[@]} - 1)) -1 0)
                for i in $order; do
                    line=$(measure_pair_run "$kind" "${ports[$i]}" "${pids[$i]}" "${names[$i]}")
                    set -- $line
                    V[$i]+="${V[$i]:+,}$1" C[$i]+="${C[$i]:+,}$2" CC[$i]+="${CC[$i]:+,}$3" E[$i]+="${E[$i]:+,}$4"
                    [ "$kind" = bulk ] && W[$i]+="${W[$i]:+ }${5:-?}"
                done
            done
            for i in "${!names[@]}"; do
                local var=ecdsa metric=rps unit=req/s note="tools/hsload.rs -c$HS_CONNS, ${BENCH_SECS}s per run, rounds alternate"
                [ "$kind" = bulk ] && { var=64MiB metric=mbps unit=MB/s note="curl, $BULK_GETS x 64 MiB per run, AES-128-GCM, rounds alternate"; }
                record library "pair_$kind" "${names[$i]}" "$var" "$metric" "$unit" "${V[$i]}" "$note"
                record library "pair_$kind" "${names[$i]}" "$var" server_cpu "%core" "${C[$i]}"
                record library "pair_$kind" "${names[$i]}" "$var" client_cpu "%core" "${CC[$i]}"
                record library "pair_$kind" "${names[$i]}" "$var" errors count "${E[$i]}"
                [ "$kind" = bulk ] && record library "pair_$kind" "${names[$i]}" "$var" serving_cpu - - \
                    "CPU of the worker that served each run: ${W[$i]}"
                log "library/pair_$kind/${names[$i]}: ${V[$i]} (server cpu% ${C[$i]}${W[$i]:+; serving CPU per run: ${W[$i]}})"
            done
            unset V C CC E W
            if [ "${#names[@]}" -gt "$nmembers" ]; then
                forget_pid "${pids[$nmembers]}"
                names=("${names[@]:0:$nmembers}") pids=("${pids[@]:0:$nmembers}") ports=("${ports[@]:0:$nmembers}")
            fi
        done
        for i in "${!pids[@]}"; do forget_pid "${pids[$i]}"; done
    done
}

# start_tcp_floor MVTLS_PORT : records the byte flights of one full handshake
# with mvtls-1 (hsload -m flights) and starts tools/tcpfloor.rs replaying
# them over plain TCP on SERVER_CPUS_1 (SRV_PID, SRV_PORT, FLOOR_PATTERN):
# the server CPU per connection of the same segments without any TLS.
start_tcp_floor() {
    local mport=$1 port
    [ -n "$TCPFLOOR" ] && [ -n "$mport" ] || return 1
    FLOOR_PATTERN=$("$HSLOAD" "127.0.0.1:$mport" -m flights 2>&1) || {
        not_measured library pair_hscpu tcp-floor-1 ecdsa "hsload -m flights failed: $FLOOR_PATTERN"
        return 1
    }
    port=$(free_port)
    start_bg tcp-floor-1 "$WORK/tcp-floor-1.log" "$SERVER_CPUS_1" "$TCPFLOOR" "$port" "$FLOOR_PATTERN"
    if ! wait_port "$port" "$LAST_PID"; then
        not_measured library pair_hscpu tcp-floor-1 ecdsa "tcpfloor did not start: $(head -c 200 "$WORK/tcp-floor-1.log")"
        return 1
    fi
    SRV_PID=$LAST_PID SRV_PORT=$port
    record library pair_hscpu tcp-floor-1 ecdsa flights - - "$FLOOR_PATTERN"
    log "tcp-floor-1: plain TCP replaying mvtls-1's flights $FLOOR_PATTERN"
}
