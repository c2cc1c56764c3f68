# bench/lib/load.sh - load generators: wrk (rps, latency), curl (bulk MB/s),
# the idle-connection client (memory) and openssl speed (crypto limits).
#
# Uses: BENCH_RUNS, BENCH_SECS, CLIENT_CPUS, SERVER_CPUS_1, FULLHS_SO, WORK,
# CLK_TCK (see run.sh).

# to_ms VALUE : converts a wrk duration (e.g. 550.64us, 1.2ms, 1.02s) to ms.
to_ms() {
    awk -v v="$1" 'BEGIN {
        u = v; sub(/^[0-9.]+/, "", u); n = v + 0
        if (u == "us") n /= 1000; else if (u == "s") n *= 1000; else if (u == "m") n *= 60000
        printf "%.3f", n }'
}

# wrk_once URL MODE CONNS : one wrk run of BENCH_SECS seconds on CLIENT_CPUS.
# MODE "close" sends Connection: close and preloads the full-handshake shim
# (so every request is a new connection with a full TLS handshake).
# Prints "rps p50_ms p99_ms errors client_cpu%" (errors = socket errors +
# non-2xx; client_cpu = wrk's user+system time over wall time).
wrk_once() {
    local url=$1 mode=$2 conns=$3 out pre=() hdr=() tf="$WORK/wrk.time" TIMEFORMAT='%3U %3S %3R'
    if [ "$mode" = close ]; then
        hdr=(-H "Connection: close")
        pre=(env LD_PRELOAD="$FULLHS_SO")
    fi
    out=$( { time pin "$CLIENT_CPUS" "${pre[@]}" wrk -t"$CLIENT_THREADS" -c"$conns" -d"${BENCH_SECS}s" \
        --timeout 10s --latency "${hdr[@]}" "$url" 2>&1; } 2>"$tf") \
        || { echo "wrk failed: $out" >&2; echo "0 0 0 -1 0"; return; }
    echo "$out" >>"$WORK/wrk.log"
    local rps p50 p99 errs ccpu
    rps=$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")
    p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
    p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
    errs=$(awk '/Socket errors:/ {gsub(/,/, ""); n += $4 + $6 + $8 + $10}
                /Non-2xx/ {n += $NF} END {print n + 0}' <<<"$out")
    ccpu=$(awk '{ if ($3 > 0) printf "%.1f", 100 * ($1 + $2) / $3; else print 0 }' "$tf")
    echo "${rps:-0} $(to_ms "${p50:-0}") $(to_ms "${p99:-0}") $errs ${ccpu:-0}"
}

# bench_wrk SECTION TEST SETUP VARIANT URL MODE CONNS "SERVER_PIDS" : BENCH_RUNS
# wrk runs; records rps, p50, p99 (ms), errors and the server's CPU use (% of
# one core, summed over its processes) per run.
bench_wrk() {
    local sec=$1 test=$2 setup=$3 var=$4 url=$5 mode=$6 conns=$7 spid=$8
    local i rr=() p50=() p99=() err=() cpu=() ccpu=() t0 t1 line
    # warm-up (not recorded): first connections, lazy initialisation
    BENCH_SECS=1 wrk_once "$url" "$mode" "$conns" >/dev/null
    for ((i = 0; i < BENCH_RUNS; i++)); do
        t0=$(cpu_ticks $spid)
        line=$(wrk_once "$url" "$mode" "$conns")
        t1=$(cpu_ticks $spid)
        set -- $line
        rr+=("$1"); p50+=("$2"); p99+=("$3"); err+=("$4"); ccpu+=("$5")
        cpu+=("$(awk -v d=$((t1 - t0)) -v s="$BENCH_SECS" -v h="$CLK_TCK" 'BEGIN {printf "%.1f", 100 * d / h / s}')")
    done
    local j
    j() { local IFS=,; echo "$*"; }
    record "$sec" "$test" "$setup" "$var" rps req/s "$(j "${rr[@]}")" "wrk -t$CLIENT_THREADS -c$conns ${mode}"
    record "$sec" "$test" "$setup" "$var" p50 ms "$(j "${p50[@]}")"
    record "$sec" "$test" "$setup" "$var" p99 ms "$(j "${p99[@]}")"
    record "$sec" "$test" "$setup" "$var" errors count "$(j "${err[@]}")"
    record "$sec" "$test" "$setup" "$var" server_cpu "%core" "$(j "${cpu[@]}")"
    record "$sec" "$test" "$setup" "$var" client_cpu "%core" "$(j "${ccpu[@]}")"
    log "$sec/$test/$setup/$var: rps ${rr[*]} (server cpu% ${cpu[*]}, wrk cpu% ${ccpu[*]}, errors ${err[*]})"
}

# bench_bulk SECTION SETUP URL SERVER_PID : BENCH_RUNS runs, each downloading
# the 64 MiB body BULK_GETS times over one keep-alive connection with curl
# (AES-128-GCM forced, to compare with openssl speed); records MB/s (10^6).
bench_bulk() {
    local sec=$1 setup=$2 url=$3 spid=$4 i k urls=() vals=() cpu=() out t0 t1
    for ((k = 0; k < BULK_GETS; k++)); do urls+=(-o /dev/null "$url"); done
    for ((i = 0; i < BENCH_RUNS; i++)); do
        t0=$(cpu_ticks $spid)
        out=$(pin "$CLIENT_CPUS" curl -sk --tlsv1.3 --tls13-ciphers TLS_AES_128_GCM_SHA256 -H 'Connection: close' \
            --max-time 120 -w '%{size_download} %{time_total}\n' "${urls[@]}") || out=""
        t1=$(cpu_ticks $spid)
        vals+=("$(awk '{b += $1; t += $2} END {if (t > 0 && b >= 67108864) printf "%.1f", b / t / 1e6; else print 0}' <<<"$out")")
        cpu+=("$(awk -v d=$((t1 - t0)) -v h="$CLK_TCK" -v o="$out" 'BEGIN {
            n = split(o, a, /[ \n]/); t = 0; for (i = 2; i <= n; i += 2) t += a[i];
            if (t > 0) printf "%.1f", 100 * d / h / t; else print 0 }')")
    done
    local IFS=,
    record "$sec" bulk "$setup" 64MiB mbps MB/s "${vals[*]}" "curl, $BULK_GETS x 64 MiB per run, AES-128-GCM"
    record "$sec" bulk "$setup" 64MiB server_cpu "%core" "${cpu[*]}"
    unset IFS
    log "$sec/bulk/$setup: MB/s ${vals[*]}"
}

# bench_idle SETUP SERVER_PID RSS_MODE : memory per idle TLS connection.
# RSS_MODE "self" (responder) or "children" (nginx: sum over the workers).
bench_idle() {
    local setup=$1 spid=$2 mode=$3 before after out
    if ! curl -sk --fail -o /dev/null "https://127.0.0.1:$SRV_PORT/small"; then
        not_measured memory idle_conns "$setup" "$IDLE_CONNS" "server not answering GET /small"
        return
    fi
    before=$(rss_kib "$spid" "$mode")
    : >"$WORK/idle.out"
    local client=(python3 "$BENCH_DIR/tools/idle_conns.py" 127.0.0.1 "$SRV_PORT" "$IDLE_CONNS")
    [ -n "$CLIENT_CPUS" ] && client=(taskset -c "$CLIENT_CPUS" "${client[@]}")
    "${client[@]}" >"$WORK/idle.out" 2>&1 &
    local cpid=$!
    BG_PIDS+=("$cpid")
    local i
    for ((i = 0; i < 1200; i++)); do
        grep -q '^ready' "$WORK/idle.out" && break
        kill -0 "$cpid" 2>/dev/null || break
        sleep 0.05
    done
    if ! grep -q '^ready' "$WORK/idle.out"; then
        not_measured memory idle_conns "$setup" "$IDLE_CONNS" "client failed: $(tail -1 "$WORK/idle.out")"
        forget_pid "$cpid"
        return
    fi
    after=$(rss_kib "$spid" "$mode")
    forget_pid "$cpid"
    local per
    per=$(awk -v a="$after" -v b="$before" -v n="$IDLE_CONNS" 'BEGIN {printf "%.2f", (a - b) / n}')
    record memory idle_conns "$setup" "$IDLE_CONNS" rss_before KiB "$before"
    record memory idle_conns "$setup" "$IDLE_CONNS" rss_after KiB "$after"
    record memory idle_conns "$setup" "$IDLE_CONNS" kib_per_conn KiB "$per" "$(head -1 "$WORK/idle.out")"
    log "memory/$setup: $before KiB -> $after KiB with $IDLE_CONNS idle = $per KiB/conn"
}

# bench_openssl_speed : ECDSA P-256 sign/verify, X25519, AES-128-GCM figures
# of this machine (one core: SERVER_CPUS_1), the crypto limits. Rates are per
# second of openssl's own CPU time (no -elapsed), so other work on the
# machine does not lower them: they compare with the servers' figures per
# core-second.
bench_openssl_speed() {
    local s=$SPEED_SECS out
    out=$(pin "$SERVER_CPUS_1" openssl speed -seconds "$s" ecdsap256 ecdhx25519 2>/dev/null) \
        || { not_measured crypto openssl_speed pk - "openssl speed failed"; return; }
    echo "$out" >"$WORK/speed-pk.txt"
    record crypto openssl_speed ecdsa-p256 sign rate ops/s "$(awk '/ecdsa \(nistp256\)/ {print $(NF-1)}' <<<"$out")" "openssl speed -seconds $s ecdsap256 (per CPU-second)"
    record crypto openssl_speed ecdsa-p256 verify rate ops/s "$(awk '/ecdsa \(nistp256\)/ {print $NF}' <<<"$out")"
    record crypto openssl_speed x25519 derive rate ops/s "$(awk '/ecdh \(X25519\)/ {print $NF}' <<<"$out")" "openssl speed -seconds $s ecdhx25519 (per CPU-second)"
    out=$(pin "$SERVER_CPUS_1" openssl speed -seconds "$s" -evp aes-128-gcm 2>/dev/null) \
        || { not_measured crypto openssl_speed aes - "openssl speed failed"; return; }
    echo "$out" >"$WORK/speed-aes.txt"
    # last line: "AES-128-GCM  <16B>k ... <16384B>k" in 1000s of bytes per second
    record crypto openssl_speed aes-128-gcm 16KiB rate MB/s "$(awk 'tolower($1) == "aes-128-gcm" {v = $NF; sub(/k$/, "", v); printf "%.1f", v / 1000}' <<<"$out")" "openssl speed -seconds $s -evp aes-128-gcm (16384-byte blocks, per CPU-second)"
    log "crypto: $(grep -E 'nistp256|X25519' "$WORK/speed-pk.txt" | tr -s ' ' | tr '\n' ';') $(tail -1 "$WORK/speed-aes.txt" | tr -s ' ')"
    bench_crypto_limit
}

# bench_crypto_limit : the public-key work of one full TLS 1.3 server
# handshake (1 ECDSA P-256 signature, 1 X25519 key generation, 1 X25519
# derivation) timed by tools/cryptospeed.rs with aws-lc-rs, the server's own
# provider, on SERVER_CPUS_1, per CPU-second; prints the limit and how it
# was derived. openssl speed cannot give it alone: `ecdhx25519` times only
# the derivation and 3.0 has no key-generation figure.
bench_crypto_limit() {
    local out sign kg dv hs
    if [ -z "${CRYPTOSPEED:-}" ]; then
        not_measured crypto provider handshake pk "${CRYPTOSPEED_WHY:-tools/cryptospeed.rs not built}"
        return
    fi
    out=$(pin "$SERVER_CPUS_1" "$CRYPTOSPEED" "$SPEED_SECS" 2>&1) \
        || { not_measured crypto provider handshake pk "cryptospeed failed: $out"; return; }
    sign=$(awk '$1 == "ecdsa_p256_sign" {print $2}' <<<"$out")
    kg=$(awk '$1 == "x25519_keygen" {print $2}' <<<"$out")
    dv=$(awk '$1 == "x25519_derive" {print $2}' <<<"$out")
    hs=$(awk '$1 == "handshake_pk" {print $2}' <<<"$out")
    local how="bench/tools/cryptospeed.rs $SPEED_SECS (aws-lc-rs, per CPU-second)"
    record crypto provider ecdsa-p256 sign rate ops/s "$sign" "$how"
    record crypto provider x25519 keygen rate ops/s "$kg" "$how"
    record crypto provider x25519 derive rate ops/s "$dv" "$how"
    record crypto provider handshake pk rate ops/s "$hs" "$how: sign + keygen + derive back to back"
    log "crypto limit per core (aws-lc-rs, the server's provider): 1 / (1/sign + 1/keygen + 1/derive)" \
        "= 1 / (1/$sign + 1/$kg + 1/$dv) = $(awk -v a="$sign" -v b="$kg" -v c="$dv" \
        'BEGIN {printf "%.0f", 1 / (1/a + 1/b + 1/c)}') handshakes/s;" \
        "the three back to back: $hs/s"
    # the server's whole user-space work per handshake, without sockets
    [ -n "${HSMEM:-}" ] || return 0
    out=$(pin "$SERVER_CPUS_1" "$HSMEM" -n 400 -r "$((SPEED_SECS * 2 + 1))" 2>&1) \
        || { not_measured crypto hsmem server handshake "hsmem failed: $out"; return; }
    record crypto hsmem server handshake user_us us "$(awk '$1 == "round" {printf "%s%s", s, $4; s = ","}' <<<"$out")" \
        "bench/tools/hsmem.rs: server CPU per full handshake through memory (user space only, no kernel), per round"
    log "server user-space CPU per full handshake (hsmem, no sockets): $(tail -1 <<<"$out")"
}

# tls_probe SECTION SETUP VARIANT PORT : records what a default OpenSSL
# client negotiates with the server (protocol, cipher suite, key exchange
# group, signature type).
tls_probe() {
    local out proto cipher group sig
    out=$(timeout 10 openssl s_client -connect "127.0.0.1:$4" -servername localhost -brief </dev/null 2>&1 || true)
    proto=$(awk -F': ' '/^Protocol version/ {print $2}' <<<"$out")
    cipher=$(awk -F': ' '/^Ciphersuite/ {print $2}' <<<"$out")
    group=$(awk -F': ' '/^(Server Temp Key|Negotiated TLS1.3 group)/ {print $2}' <<<"$out")
    sig=$(awk -F': ' '/^Signature type/ {print $2}' <<<"$out")
    record "$1" tls "$2" "$3" negotiated - - "${proto:-?} ${cipher:-?} ${group%%,*} ${sig}"
}

# measure_pair_run KIND PORT SERVER_PID [NAME] : one measurement of a pair round;
# prints "value server_cpu% client_cpu% errors".
#   hscpu: full handshakes/s with tools/hsload.rs (HS_CONNS connections,
#          BENCH_SECS after a 0.5 s warm-up); hsload reads the server's CPU
#          time (/proc/PID/stat utime+stime, all its processes) at the start
#          and end of its own measuring window; NAME tcp-floor-1 replays
#          FLOOR_PATTERN over plain TCP instead (tools/tcpfloor.rs).
#   bulk:  MB/s of BULK_GETS x 64 MiB by one curl (AES-128-GCM), each GET on a
#          new connection (Connection: close: with W workers the kernel places
#          every connection anew, so a run averages over the placements),
#          and a 5th field: the CPU of the server process that did most of
#          the work (which worker took the connection).
measure_pair_run() {
    local kind=$1 port=$2 spid=$3 name=${4:-} out pids mode=tls
    if [ "$kind" = hscpu ]; then
        pids=$(descendants "$spid" | paste -sd,)
        [ "$name" = tcp-floor-1 ] && mode="plain:$FLOOR_PATTERN"
        out=$(pin "$CLIENT_CPUS" "$HSLOAD" "127.0.0.1:$port" -c "$HS_CONNS" -d "$BENCH_SECS" \
            -t 0.5 -s "$pids" -m "$mode" 2>&1) || { echo "hsload failed: $out" >&2; echo "0 0 0 -1"; return; }
        awk '{ printf "%s %.1f %s %s\n", $8, ($6 > 0 ? 100 * $12 / $6 : 0), $10, $4 }' <<<"$out"
        return
    fi
    local k urls=() t0 t1 p0 p1 srv
    for ((k = 0; k < BULK_GETS; k++)); do urls+=(-o /dev/null "https://127.0.0.1:$port/bulk"); done
    p0=$(proc_ticks "$spid")
    t0=$(cpu_ticks "$spid")
    out=$(pin "$CLIENT_CPUS" curl -sk --tlsv1.3 --tls13-ciphers TLS_AES_128_GCM_SHA256 -H 'Connection: close' \
        --max-time 300 -w '%{size_download} %{time_total}\n' "${urls[@]}") || out=""
    t1=$(cpu_ticks "$spid")
    p1=$(proc_ticks "$spid")
    # which worker served the connection (its CPU: on 2 CPUs, CPU 1 is curl's too)
    srv=$(busiest_cpu "$p0" "$p1")
    awk -v g="$BULK_GETS" -v d=$((t1 - t0)) -v h="$CLK_TCK" -v c="${srv%% *}" '{b += $1; t += $2} END {
        if (t > 0 && b >= g * 67108864) printf "%.1f %.1f 0 0 %s\n", b / t / 1e6, 100 * d / h / t, c
        else print "0 0 0 -1 " c }' <<<"$out"
}
