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
