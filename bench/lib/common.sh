# bench/lib/common.sh - shared helpers for bench/run.sh (sourced, not run).
#
# Globals set by run.sh before sourcing: BENCH_DIR, ROOT, WORK (temp dir),
# RESULTS_TSV.  Everything started here is remembered in BG_PIDS and stopped
# by stop_all (run.sh installs it as the EXIT trap).

BG_PIDS=()
T0=$(date +%s)

# log MSG... : progress line on stderr with elapsed seconds.
log() { printf '[bench %4ds] %s\n' "$(( $(date +%s) - T0 ))" "$*" >&2; }

# die MSG... : fatal error.
die() { log "ERROR: $*"; exit 1; }

# free_port : prints a TCP port on 127.0.0.1 that is free right now.
free_port() {
    python3 - <<'EOF'
import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()
EOF
}

# wait_port PORT PID [SECONDS] : waits until 127.0.0.1:PORT accepts TCP
# connections; fails early when PID has exited.
wait_port() {
    local port=$1 pid=$2 limit=${3:-20} i
    for ((i = 0; i < limit * 20; i++)); do
        if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            return 0
        fi
        kill -0 "$pid" 2>/dev/null || return 1
        sleep 0.05
    done
    return 1
}

# start_bg NAME LOGFILE CPUS CMD... : starts CMD (an executable, not a shell
# function, so that the pid is the server's own) in the background, under
# taskset when CPUS is non-empty; records its pid in BG_PIDS and LAST_PID.
start_bg() {
    local name=$1 logf=$2 cpus=$3
    shift 3
    if [ -n "$cpus" ]; then
        taskset -c "$cpus" "$@" >"$logf" 2>&1 &
    else
        "$@" >"$logf" 2>&1 &
    fi
    LAST_PID=$!
    BG_PIDS+=("$LAST_PID")
    log "started $name (pid $LAST_PID)"
}

# descendants PID : prints PID and all its descendant pids.
descendants() {
    local p=$1 c
    echo "$p"
    for c in $(cat /proc/"$p"/task/*/children 2>/dev/null); do
        descendants "$c"
    done
}

# stop_pid PID : SIGTERM to PID (and its descendants), SIGKILL after 3 s.
stop_pid() {
    local pid=$1 i tree
    tree=$(descendants "$pid")
    kill -TERM $tree 2>/dev/null || true
    for ((i = 0; i < 60; i++)); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.05
    done
    kill -KILL $tree 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
}

# stop_all : stops every background process this run started.
stop_all() {
    local pid
    for pid in "${BG_PIDS[@]}"; do
        kill -0 "$pid" 2>/dev/null && stop_pid "$pid"
    done
    BG_PIDS=()
}

# forget_pid PID : stops PID and removes it from BG_PIDS.
forget_pid() {
    local pid=$1 p keep=()
    stop_pid "$pid"
    for p in "${BG_PIDS[@]}"; do [ "$p" = "$pid" ] || keep+=("$p"); done
    BG_PIDS=("${keep[@]}")
}

# cpu_ticks PID... : user+system clock ticks used so far by the PIDs and
# their descendants (live processes only).
# proc_ticks ROOT : "pid ticks" (utime+stime) of ROOT and each descendant.
proc_ticks() {
    local p f
    for p in $(descendants "$1"); do
        f=$(cut -d')' -f2 /proc/"$p"/stat 2>/dev/null) || continue
        set -- $f
        echo "$p $(( ${12:-0} + ${13:-0} ))"
    done
}

# busiest_cpu "BEFORE" "AFTER" : the CPU (allowed set, or the last one it ran
# on when unpinned) of the process whose ticks grew most between two
# proc_ticks outputs, with its share of the growth: "cpu share%".
busiest_cpu() {
    local pid best share
    read -r pid share < <(awk 'NR == FNR {b[$1] = $2; next} {d = $2 - b[$1]; t += d; if (d > m) {m = d; p = $1}}
        END {printf "%s %.0f\n", (p ? p : 0), (t > 0 ? 100 * m / t : 0)}' <(echo "$1") <(echo "$2"))
    [ "$pid" != 0 ] || { echo "? 0"; return; }
    best=$(taskset -cp "$pid" 2>/dev/null | awk -F': ' '{print $2}')
    # unpinned: the CPU it last ran on (field 39 of stat, 37 after "comm)")
    case $best in *,* | *-*) best=$(cut -d')' -f2 /proc/"$pid"/stat 2>/dev/null | awk '{print "last" $37}') ;; esac
    echo "${best:-?} $share"
}

cpu_ticks() {
    local total=0 p f root all=""
    for root in "$@"; do all="$all $(descendants "$root")"; done
    # a pid listed as a root may also be a descendant of another root
    for p in $(printf '%s\n' $all | sort -un); do
        f=$(cut -d')' -f2 /proc/"$p"/stat 2>/dev/null) || continue
        set -- $f
        # after "comm)": state=1 ... utime=12 stime=13
        total=$(( total + ${12:-0} + ${13:-0} ))
    done
    echo "$total"
}

# rss_kib PID [children] : VmRSS in KiB of PID, or with "children" the sum
# over its direct children (nginx workers) instead.
rss_kib() {
    local pid=$1 mode=${2:-self} total=0 p v
    local pids=$pid
    [ "$mode" = children ] && pids=$(cat /proc/"$pid"/task/*/children 2>/dev/null)
    for p in $pids; do
        v=$(awk '/^VmRSS:/ {print $2}' /proc/"$p"/status 2>/dev/null)
        total=$(( total + ${v:-0} ))
    done
    echo "$total"
}

# record SECTION TEST SETUP VARIANT METRIC UNIT VALUES [NOTE] : appends one
# result row (VALUES comma-separated run values, or "-" when not measured).
record() {
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" "$5" "$6" "$7" "${8:-}" >>"$RESULTS_TSV"
}

# not_measured SECTION TEST SETUP VARIANT REASON : records a gap and why.
not_measured() {
    record "$1" "$2" "$3" "$4" "-" "-" "-" "not measured: $5"
    log "not measured: $1/$2/$3/$4: $5"
}

# pin CPUS CMD... : runs CMD under taskset when CPUS is non-empty.
pin() {
    local cpus=$1
    shift
    if [ -n "$cpus" ]; then taskset -c "$cpus" "$@"; else "$@"; fi
}

# have CMD : true when CMD is on PATH.
have() { command -v "$1" >/dev/null 2>&1; }

# cpu_busy_pct : % of all CPUs busy (non-idle, non-iowait) over one second,
# i.e. how much other work is running on the machine right now.
cpu_busy_pct() {
    local a b
    a=$(awk '/^cpu / {print $2+$3+$4+$7+$8+$9, $5+$6}' /proc/stat)
    sleep 1
    b=$(awk '/^cpu / {print $2+$3+$4+$7+$8+$9, $5+$6}' /proc/stat)
    awk -v a="$a" -v b="$b" 'BEGIN { split(a, x, " "); split(b, y, " ");
        busy = y[1] - x[1]; idle = y[2] - x[2];
        if (busy + idle > 0) printf "%.0f", 100 * busy / (busy + idle); else print 0 }'
}
