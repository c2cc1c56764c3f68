# bench/lib/servers.sh - certificates, bodies and the servers under test
# (mvtls responder, nginx, caddy), each started in the foreground of a
# background job on a free loopback port, readiness-checked, stopped by pid.
#
# Every start_* function sets SRV_PID (the process to measure/stop) and
# SRV_PORT.  CPU placement comes from the caller: CPUS is a taskset list for
# the whole server ("" = unpinned), WORKERS the worker count.

# make_certs DIR : self-signed localhost certificates, ECDSA P-256 and RSA-2048.
make_certs() {
    local d=$1 kind
    mkdir -p "$d"
    for kind in ecdsa rsa; do
        local alg=(-newkey ec -pkeyopt ec_paramgen_curve:P-256)
        [ "$kind" = rsa ] && alg=(-newkey rsa:2048)
        openssl req -x509 "${alg[@]}" -nodes -days 30 -subj /CN=localhost \
            -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
            -keyout "$d/$kind-key.pem" -out "$d/$kind.pem" 2>/dev/null \
            || die "openssl req ($kind) failed"
    done
}

# make_bodies DIR : www/small (64 bytes) and www/bulk (64 MiB).
make_bodies() {
    local d=$1
    mkdir -p "$d"
    printf '%-63s\n' "mvtls bench: 64-byte body" >"$d/small"
    head -c $((64 * 1024 * 1024)) /dev/urandom >"$d/bulk"
    [ "$(stat -c %s "$d/small")" = 64 ] || die "small body is not 64 bytes"
}

# nginx_conf FILE PREFIX PORT WORKERS CERT KEY ROOT [BACKEND_PORT] : writes an
# nginx configuration: TLS 1.3 only, static files from ROOT, or with
# BACKEND_PORT a reverse proxy (HTTP/1.1 keep-alive upstream) to it.
nginx_conf() {
    local f=$1 pfx=$2 port=$3 workers=$4 cert=$5 key=$6 root=$7 backend=${8:-}
    local user="" affinity="" location upstream="" access="access_log off;"
    # NGINX_SESSLOG=1: log only whether each request's TLS session was resumed;
    # PEER_ACCESS_LOG=1: a combined-format access log, like SERAPHIM's
    [ "${NGINX_SESSLOG:-0}" = 1 ] && access="log_format reuse '\$ssl_session_reused'; access_log $pfx/logs/reuse.log reuse;"
    [ "${PEER_ACCESS_LOG:-0}" = 1 ] && access="access_log $pfx/logs/access.log combined;"
    [ "$(id -u)" = 0 ] && user="user root;"
    [ "$workers" -gt 1 ] && affinity="worker_cpu_affinity auto;"
    mkdir -p "$pfx/tmp" "$pfx/logs"
    if [ -n "$backend" ]; then
        upstream="upstream seraphim { server 127.0.0.1:$backend; keepalive 64; }"
        location="location / {
            proxy_pass http://seraphim;
            proxy_http_version 1.1;
            proxy_set_header Connection \"\";
            proxy_set_header Host \$host;
            proxy_set_header X-Forwarded-Proto https;
            proxy_buffering on;
        }"
    else
        location="location / {
            types { text/html html; text/css css; image/png png; }
            default_type text/plain;
        }"
    fi
    cat >"$f" <<EOF
$user
worker_processes $workers;
$affinity
daemon off;
master_process on;
pid $pfx/nginx.pid;
error_log $pfx/logs/error.log warn;
worker_rlimit_nofile 16384;
events { worker_connections 8192; }
http {
    $access
    client_body_temp_path $pfx/tmp/body;
    proxy_temp_path $pfx/tmp/proxy;
    fastcgi_temp_path $pfx/tmp/fastcgi;
    uwsgi_temp_path $pfx/tmp/uwsgi;
    scgi_temp_path $pfx/tmp/scgi;
    keepalive_requests 10000000;
    keepalive_timeout 300s;
    $upstream
    server {
        listen 127.0.0.1:$port ssl;
        ssl_certificate $cert;
        ssl_certificate_key $key;
        ssl_protocols TLSv1.3;
        root $root;
        $location
    }
}
EOF
}

# caddy_conf FILE PREFIX PORT CERT KEY ROOT [BACKEND_PORT] : writes a caddy
# JSON configuration (admin API off, no config persistence, h1/h2 only,
# TLS 1.3 only, the given certificate, file server or reverse proxy;
# PEER_ACCESS_LOG=1 adds an access log file).
caddy_conf() {
    local f=$1 pfx=$2 port=$3 cert=$4 key=$5 root=$6 backend=${7:-} handler
    local srvlogs="" accesslog=""
    if [ "${PEER_ACCESS_LOG:-0}" = 1 ]; then
        srvlogs='"logs": {},'
        accesslog=", \"access\": {\"level\": \"INFO\", \"include\": [\"http.log.access\"],
      \"writer\": {\"output\": \"file\", \"filename\": \"$pfx/access.log\"}}"
    fi
    if [ -n "$backend" ]; then
        # HTTP/1.1 keep-alive to the backend (caddy's default), up to 64 idle
        # connections kept, as nginx's "keepalive 64"
        handler="{\"handler\": \"reverse_proxy\", \"upstreams\": [{\"dial\": \"127.0.0.1:$backend\"}],
          \"transport\": {\"protocol\": \"http\", \"keep_alive\": {\"enabled\": true,
          \"max_idle_conns_per_host\": 64}}}"
    else
        handler="{\"handler\": \"file_server\", \"root\": \"$root\"}"
    fi
    cat >"$f" <<EOF
{
  "admin": {"disabled": true, "config": {"persist": false}},
  "storage": {"module": "file_system", "root": "$pfx/data"},
  "logging": {"logs": {"default": {"level": "ERROR", "exclude": ["http.log.access"],
      "writer": {"output": "file", "filename": "$pfx/caddy.log"}}$accesslog}},
  "apps": {
    "http": {"servers": {"bench": {
      "listen": ["127.0.0.1:$port"],
      "protocols": ["h1", "h2"],
      "automatic_https": {"disable": true},
      $srvlogs
      "tls_connection_policies": [{"protocol_min": "tls1.3",
          "certificate_selection": {"any_tag": ["bench"]}}],
      "routes": [{"handle": [$handler]}]
    }}},
    "tls": {"certificates": {"load_files": [
        {"certificate": "$cert", "key": "$key", "tags": ["bench"]}]}}
  }
}
EOF
}

# start_failed NAME LOGFILE... : logs why a server did not come up, stops it;
# START_ERROR keeps a one-line reason for the report.
start_failed() {
    local name=$1
    shift
    START_ERROR="$name did not start: $(tail -q -n 2 "$@" 2>/dev/null | tr '\n\t' '  ' | cut -c1-200)"
    log "$START_ERROR"
    forget_pid "$SRV_PID"
}

# start_nginx NAME WORKERS CPUS CERT KEY ROOT [BACKEND_PORT]
start_nginx() {
    local name=$1 workers=$2 cpus=$3 cert=$4 key=$5 root=$6 backend=${7:-}
    local pfx="$WORK/$name"
    mkdir -p "$pfx"
    SRV_PORT=$(free_port)
    nginx_conf "$pfx/nginx.conf" "$pfx" "$SRV_PORT" "$workers" "$cert" "$key" "$root" "$backend"
    start_bg "$name" "$pfx/stdout.log" "$cpus" nginx -e "$pfx/logs/error.log" -p "$pfx" -c "$pfx/nginx.conf"
    SRV_PID=$LAST_PID
    wait_port "$SRV_PORT" "$SRV_PID" || { start_failed "$name" "$pfx/logs/error.log"; return 1; }
}

# start_caddy NAME PROCS CPUS CERT KEY ROOT [BACKEND_PORT] : PROCS = GOMAXPROCS.
start_caddy() {
    local name=$1 procs=$2 cpus=$3 cert=$4 key=$5 root=$6 backend=${7:-}
    local pfx="$WORK/$name"
    mkdir -p "$pfx/data" "$pfx/home"
    SRV_PORT=$(free_port)
    caddy_conf "$pfx/caddy.json" "$pfx" "$SRV_PORT" "$cert" "$key" "$root" "$backend"
    start_bg "$name" "$pfx/stdout.log" "$cpus" env HOME="$pfx/home" XDG_DATA_HOME="$pfx/data" \
        XDG_CONFIG_HOME="$pfx/home" GOMAXPROCS="$procs" caddy run --config "$pfx/caddy.json"
    SRV_PID=$LAST_PID
    wait_port "$SRV_PORT" "$SRV_PID" || { start_failed "$name" "$pfx/stdout.log" "$pfx/caddy.log"; return 1; }
}

# start_responder NAME WORKERS CPUS CERT KEY ROOT : the mvtls C responder; with
# WORKERS > 1 each worker is pinned to one CPU of CPUS (a comma list).
start_responder() {
    local name=$1 workers=$2 cpus=$3 cert=$4 key=$5 root=$6
    local pfx="$WORK/$name" args=()
    mkdir -p "$pfx"
    SRV_PORT=$(free_port)
    if [ "$workers" -gt 1 ]; then
        args=(-w "$workers")
        [ -n "$cpus" ] && args+=(-P "$cpus")
        cpus=""
    fi
    start_bg "$name" "$pfx/stdout.log" "$cpus" \
        "$RESPONDER" -c "$cert" -k "$key" -s "$root/small" -l "$root/bulk" -p "$SRV_PORT" "${args[@]}"
    SRV_PID=$LAST_PID
    wait_port "$SRV_PORT" "$SRV_PID" || { start_failed "$name" "$pfx/stdout.log"; return 1; }
}

# check_body URL EXPECTED_FILE : the server returns exactly EXPECTED_FILE.
check_body() {
    local url=$1 want=$2
    curl -sk --fail --max-time 30 "$url" -o "$WORK/check.out" || return 1
    cmp -s "$WORK/check.out" "$want"
}
