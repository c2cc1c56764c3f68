#!/usr/bin/env bash
# bench/scaling.sh - how dynamic-array loops scale with their size, mvbasic
# against real ScarletDME built with -O2 (issue 10). Never part of make test.
#
#   bench/scaling.sh                 # 10k, 100k, 1M; writes bench/results/SCALING.md
#   SCALING_SIZES="10000 100000" SCALING_LIMIT=30 bench/scaling.sh
#
# Each pattern is a BASIC program generated for each size N, checked to print
# the same output on both runtimes, and timed once per runtime (whole
# process, wall clock); mvbasic and ScarletDME runs alternate. A run over
# SCALING_LIMIT seconds (default 60) is stopped and shown as "> LIMIT s".
# ScarletDME: compiled with /usr/qmsys/bin/qm, run by /usr/qmsys/bin/qm-O2
# (bench/lib/scarletdme.sh); "ScarletDME not installed" where it is absent.
set -uo pipefail
BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)
source "$BENCH_DIR/lib/scarletdme.sh"
MVB=${MVBASIC:-$ROOT/target/release/mvbasic}
SIZES=${SCALING_SIZES:-10000 100000 1000000}
LIMIT=${SCALING_LIMIT:-60}
OUT=${SCALING_OUT:-$BENCH_DIR/results/SCALING.md}
[ -x "$MVB" ] || { echo "scaling: $MVB not built (cargo build --release -p mvbasic)" >&2; exit 1; }
WORK=$(mktemp -d); trap 'rm -rf "$WORK"' EXIT

# pattern NAME N : prints the BASIC program of pattern NAME for size N.
pattern() {
    local n=$2
    case $1 in
    APPEND_SET) cat <<EOT
* D<-1> = x; D<I,2> = y for N fields, then a walk of D<I> and D<I,2>
D = ""
FOR I = 1 TO $n
   D<-1> = "x":I
   D<I,2> = "y":I
NEXT I
T = 0
FOR I = 1 TO $n
   T += LEN(D<I>) + LEN(D<I,2>)
NEXT I
CRT T
EOT
    ;;
    TWO_ARRAYS) cat <<EOT
* A<I> + B<I> over two arrays of N fields
A = "" ; B = ""
FOR I = 1 TO $n
   A<-1> = I
   B<-1> = 2 * I
NEXT I
S = 0
FOR I = 1 TO $n
   S += A<I> + B<I>
NEXT I
CRT S
EOT
    ;;
    VALUES) cat <<EOT
* V<1,-1> = I for N values of one field, then V<1,I> read in order
V = ""
FOR I = 1 TO $n
   V<1,-1> = I
NEXT I
S = 0
FOR I = 1 TO $n
   S += V<1,I>
NEXT I
CRT S
EOT
    ;;
    THREE_LEVELS) cat <<EOT
* D<I,J,K> for N/4 fields of 2 values of 2 subvalues: built with
* D<I,J,K> = x in order, then read in order
D = ""
M = INT($n / 4)
FOR I = 1 TO M
   FOR J = 1 TO 2
      FOR K = 1 TO 2
         D<I,J,K> = I + J + K
      NEXT K
   NEXT J
NEXT I
S = 0
FOR I = 1 TO M
   FOR J = 1 TO 2
      FOR K = 1 TO 2
         S += D<I,J,K>
      NEXT K
   NEXT J
NEXT I
CRT S
EOT
    ;;
    REMOVE) cat <<EOT
* REMOVE over N fields
D = ""
FOR I = 1 TO $n
   D<-1> = I
NEXT I
S = 0
LOOP
   REMOVE X FROM D SETTING MORE
   S += X
WHILE MORE REPEAT
CRT S
EOT
    ;;
    REPLACE_FWD) cat <<EOT
* an array of N/2 fields rewritten in order, D = REPLACE(D, I, 0, 0, x), then D<I> = y (each item changes length)
M = INT($n / 2)
D = ""
FOR I = 1 TO M
   D<-1> = I
NEXT I
FOR I = 1 TO M
   D = REPLACE(D, I, 0, 0, "r":I)
NEXT I
FOR I = 1 TO M
   D<I> = "s":D<I>
NEXT I
CRT LEN(D):" ":D<1>:" ":D<M>
EOT
    ;;
    INSERT_FWD) cat <<EOT
* N/2 fields, then a new field before each one walking forward: D = INSERT(D, 2*I-1, 0, 0, x) on one array, INS x BEFORE E<2*I-1> on another
M = INT($n / 4)
D = "" ; E = ""
FOR I = 1 TO M
   D<-1> = I
   E<-1> = I
NEXT I
FOR I = 1 TO M
   D = INSERT(D, 2*I-1, 0, 0, "n":I)
   INS "n":I BEFORE E<2*I-1>
NEXT I
CRT LEN(D):" ":D<1>:" ":D<2*M>:" ":LEN(E):" ":E<2*M-1>
EOT
    ;;
    DELETE_FWD) cat <<EOT
* N/2 fields each: D = DELETE(D, 1) from the front until half is gone; DEL E<I> walking forward (every other field)
M = INT($n / 4)
D = "" ; E = ""
FOR I = 1 TO 2 * M
   D<-1> = I
   E<-1> = I
NEXT I
FOR I = 1 TO M
   D = DELETE(D, 1)
   DEL E<I>
NEXT I
CRT LEN(D):" ":D<1>:" ":LEN(E):" ":E<M>
EOT
    ;;
    LOCATE_AR) cat <<EOT
* a sorted list of N keys (MOD(I * 1009, N), a shuffled order): LOCATE(X, L; P; "AR") ELSE INS X BEFORE L<P>
L = ""
FOR I = 1 TO $n
   X = MOD(I * 1009, $n)
   LOCATE(X, L; P; "AR") ELSE INS X BEFORE L<P>
NEXT I
CRT LEN(L):" ":L<1>:" ":L<$n>
EOT
    ;;
    FIELD_VALUES) cat <<EOT
* D<I,-1> = x for N/10 fields of 10 values each, then D<I,J> read in order
M = INT($n / 10)
D = ""
FOR I = 1 TO M
   FOR J = 1 TO 10
      D<I,-1> = I + J
   NEXT J
NEXT I
S = 0
FOR I = 1 TO M
   FOR J = 1 TO 10
      S += D<I,J>
   NEXT J
NEXT I
CRT S
EOT
    ;;
    MID_INSERT) cat <<EOT
* INS I BEFORE D<P> at the middle (P = INT((I+1)/2)) for N/10 values: each insert moves half the array (O(n) each, in both runtimes)
M = INT($n / 10)
D = ""
FOR I = 1 TO M
   P = INT((I + 1) / 2)
   INS I BEFORE D<P>
NEXT I
CRT LEN(D):" ":D<1>:" ":D<M>
EOT
    ;;
    esac
}

PATTERNS=${SCALING_PATTERNS:-APPEND_SET TWO_ARRAYS VALUES THREE_LEVELS REMOVE REPLACE_FWD INSERT_FWD DELETE_FWD LOCATE_AR FIELD_VALUES MID_INSERT}
mkdir -p "$WORK/m/BP"
sd=0
# ScarletDME registers accounts by directory name: a unique one
Q=$(mktemp -d "$WORK/sdscaleXXXXXX")
if sd_available && sd_account "$Q" >/dev/null 2>&1; then sd=1; fi

# timed LABEL CMD... : runs CMD with the time limit (wall clock); prints its
# CPU seconds (user + system) or "> LIMIT" and leaves its stdout in
# $WORK/LABEL.out and its wall time in $WORK/LABEL.wall.
timed() {
    local label=$1 rc
    shift
    timeout -k 2 "$LIMIT" python3 "$BENCH_DIR/tools/cputime.py" "$WORK/$label.time" "$@" \
        </dev/null >"$WORK/$label.out" 2>"$WORK/$label.err"
    rc=$?
    if [ "$rc" = 124 ] || [ "$rc" = 137 ]; then echo "> $LIMIT"; return; fi
    [ "$rc" = 0 ] || { echo "failed ($rc)"; return; }
    awk '{printf "%.3f", $2 + $3; print $1 > "/dev/stderr"}' "$WORK/$label.time" 2>"$WORK/$label.wall"
}

{
    echo "# Dynamic-array scaling: mvbasic vs ScarletDME -O2"
    echo
    echo "Made by \`bench/scaling.sh\` on $(date -u +%Y-%m-%d) ($(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg) at the start: a shared, loaded machine)."
    echo "CPU seconds (user + system, from wait4: finer than the 10 ms of /usr/bin/time) of the whole process, one run per cell, runtimes alternating: on this loaded machine wall time mostly measures the other load, so CPU time is the figure; \"> $LIMIT\" = stopped at $LIMIT s of wall time."
    echo "mvbasic: \`$(basename "$MVB")\` built from this tree; ScarletDME: compiled by qm, run by \`qm-O2\`."
    echo
    echo "| pattern | N | mvbasic CPU s | ScarletDME -O2 CPU s | mvbasic / ScarletDME | mvbasic growth ×10 |"
    echo "|---|---:|---:|---:|---:|---:|"
} >"$OUT.tmp"

for p in $PATTERNS; do
    prev=""
    for n in $SIZES; do
        item="SC_${p}_$n"
        { echo "PROGRAM $item"; pattern "$p" "$n"; echo 'CRT "done"'; echo "END"; } >"$WORK/m/BP/$item"
        tm=$(cd "$WORK/m" && timed "m_$item" "$MVB" run "BP/$item")
        tq="ScarletDME not installed"
        if [ "$sd" = 1 ]; then
            cp "$WORK/m/BP/$item" "$Q/BP/$item"
            if sd_compile "$Q" "$item" 2>"$WORK/q_$item.cerr"; then
                for try in 1 2 3 4 5; do
                    tq=$(timed "q_$item" env -C "$Q" "$SD_QM_O2" -quiet "RUN BP $item")
                    sd_user_limit "$WORK/q_$item.out" "$WORK/q_$item.err" || break
                    sleep $((try * 2))
                done
                sed -i 's/\r$//' "$WORK/q_$item.out"
                case $tm$tq in
                *'>'*|*failed*) ;;
                *) cmp -s "$WORK/m_$item.out" "$WORK/q_$item.out" || tq="$tq (output differs)" ;;
                esac
            else
                tq="does not compile"
            fi
            sd_cleanup
        fi
        ratio=$(awk -v a="$tm" -v b="$tq" 'BEGIN { if (a+0 > 0 && b+0 > 0 && b !~ /[^0-9.]/) printf "%.2f×", a / b; else printf "-" }')
        growth=$(awk -v a="$prev" -v b="$tm" 'BEGIN { if (a+0 > 0 && b !~ /[^0-9.]/) printf "%.1f×", b / a; else printf "-" }')
        echo "| $p | $n | $tm | $tq | $ratio | $growth |" >>"$OUT.tmp"
        echo "scaling: $p N=$n mvbasic $tm s, ScarletDME -O2 $tq s" >&2
        prev=$tm
    done
done
{
    echo
    echo "Patterns (programs generated by \`bench/scaling.sh\`, each ends by printing a checksum, compared between the runtimes):"
    for p in $PATTERNS; do echo "- $p: $(pattern "$p" 1 | sed -n 's/^\* //p' | tr '\n' ' ')"; done
    # the findings behind the table (complexity, profiles, fixes), kept in
    # bench/SCALING-NOTES.md so that a new run does not lose them
    if [ -f "$BENCH_DIR/SCALING-NOTES.md" ]; then echo; cat "$BENCH_DIR/SCALING-NOTES.md"; fi
} >>"$OUT.tmp"
mv "$OUT.tmp" "$OUT"
echo "scaling: wrote $OUT" >&2
