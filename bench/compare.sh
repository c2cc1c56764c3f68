#!/usr/bin/env bash
# bench/compare.sh - the BASIC benchmark programs of bench/basic/ side by side:
# mvbasic against real ScarletDME built with -O2, whole process, alternating
# runs on the same machine (issue 10). Never part of make test.
#
#   bench/compare.sh                         # writes bench/results/COMPARE.md
#   COMPARE_RUNS=3 COMPARE_PROGRAMS="B04_NUMERIC" bench/compare.sh
#   MVBASIC_B=/tmp/mvbasic-before bench/compare.sh   # adds a "before" column
#
# Each program's output is first checked byte for byte against
# bench/basic/NAME.out on every runtime. ScarletDME: compiled by qm (B05.*
# catalogued LOCAL), timed with qm-O2 (bench/lib/scarletdme.sh); the table
# says "ScarletDME not installed" where it is absent.
set -uo pipefail
BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)
source "$BENCH_DIR/lib/scarletdme.sh"
MVB=${MVBASIC:-$ROOT/target/release/mvbasic}
MVB_B=${MVBASIC_B:-}
RUNS=${COMPARE_RUNS:-5}
PROGRAMS=${COMPARE_PROGRAMS:-B01_STRBUILD B02_DYNARRAY B03_LOCATE B04_NUMERIC B05_CALL B06_FILEREAD}
OUT=${COMPARE_OUT:-$BENCH_DIR/results/COMPARE.md}
[ -x "$MVB" ] || { echo "compare: $MVB not built (cargo build --release -p mvbasic)" >&2; exit 1; }
WORK=$(mktemp -d); trap 'rm -rf "$WORK"' EXIT
rm -f "$OUT.cpu"
M="$WORK/mvb"; mkdir -p "$M/BP"
for f in "$BENCH_DIR"/basic/*.bas; do cp "$f" "$M/BP/$(basename "$f" .bas)"; done
(cd "$M" && "$MVB" run BP/B06_SETUP >/dev/null 2>&1) || echo "compare: B06_SETUP failed on mvbasic" >&2

sd=0
Q=$(mktemp -d "$WORK/sdcmpXXXXXX")
if sd_available && sd_account "$Q" >/dev/null 2>&1; then
    sd=1
    for f in "$BENCH_DIR"/basic/*.bas; do cp "$f" "$Q/BP/$(basename "$f" .bas)"; done
    for n in B05.ADD B05.FN; do sd_compile "$Q" "$n" catalog || sd=0; done
    for f in "$BENCH_DIR"/basic/B0*_*.bas; do sd_compile "$Q" "$(basename "$f" .bas)" || sd=0; done
    (cd "$Q" && "$SD_QM" -quiet "RUN BP B06_SETUP" </dev/null >/dev/null 2>&1)
fi

median() { tr ',' '\n' | sort -g | awk '{a[NR]=$1} END {if (NR) print (NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2)}'; }

{
    echo "# BASIC programs: mvbasic vs ScarletDME -O2"
    echo
    echo "Made by \`bench/compare.sh\` on $(date -u +%Y-%m-%d) ($(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg) at the start: a shared, loaded machine, so only the ratios of runs made side by side mean much)."
    echo "Whole-process wall time, median of $RUNS runs made in alternating rounds (\`bench/tools/interleave.py\`); outputs checked against \`bench/basic/NAME.out\` first."
    echo "Target (issue 10): mvbasic at most 0.8× ScarletDME -O2."
    echo
    if [ -n "$MVB_B" ]; then
        echo "| program | mvbasic before s | mvbasic s | ScarletDME -O2 s | mvbasic / ScarletDME | before / ScarletDME | target |"
        echo "|---|---:|---:|---:|---:|---:|---|"
    else
        echo "| program | mvbasic s | ScarletDME -O2 s | mvbasic / ScarletDME | target |"
        echo "|---|---:|---:|---:|---|"
    fi
} >"$OUT.tmp"

for p in $PROGRAMS; do
    ok=1
    (cd "$M" && "$MVB" run "BP/$p" </dev/null 2>/dev/null) | cmp -s - "$BENCH_DIR/basic/$p.out" || { ok=0; echo "compare: $p: wrong output on mvbasic" >&2; }
    if [ -n "$MVB_B" ]; then
        (cd "$M" && "$MVB_B" run "BP/$p" </dev/null 2>/dev/null) | cmp -s - "$BENCH_DIR/basic/$p.out" || { ok=0; echo "compare: $p: wrong output on the before binary" >&2; }
    fi
    qok=$sd
    if [ "$sd" = 1 ]; then
        (cd "$Q" && "$SD_QM_O2" -quiet "RUN BP $p" </dev/null 2>/dev/null) | sed 's/\r$//' | cmp -s - "$BENCH_DIR/basic/$p.out" || { qok=0; echo "compare: $p: ScarletDME output differs from $p.out" >&2; }
    fi
    args=("$M" "$MVB run BP/$p")
    [ -n "$MVB_B" ] && args=("$M" "$MVB_B run BP/$p" "${args[@]}")
    [ "$qok" = 1 ] && args+=("$Q" "$SD_QM_O2 -quiet 'RUN BP $p'")
    if [ "$ok" = 0 ] || ! res=$(python3 "$BENCH_DIR/tools/interleave.py" --cpu "$RUNS" "${args[@]}"); then
        echo "| $p | not measured (wrong output or failed run) | | | |" >>"$OUT.tmp"
        continue
    fi
    mapfile -t lines <<<"$res"
    i=0
    mb=""
    wall() { median <<<"${1%%|*}"; }
    cpu() { median <<<"${1##*|}"; }
    if [ -n "$MVB_B" ]; then mb=$(wall "${lines[0]}"); mbc=$(cpu "${lines[0]}"); i=1; fi
    m=$(wall "${lines[$i]}")
    mc=$(cpu "${lines[$i]}")
    q="ScarletDME not installed"
    qc="-"
    [ "$sd" = 1 ] && q="output differs"
    if [ "$qok" = 1 ]; then q=$(wall "${lines[$((i + 1))]}"); qc=$(cpu "${lines[$((i + 1))]}"); fi
    rc_=$(awk -v a="$mc" -v b="$qc" 'BEGIN { if (b+0 > 0) printf "%.2f", a / b; else printf "-" }')
    printf '| %s | %s | %.3f | %s | %s× |\n' "$p" "${mbc:--}" "$mc" "$qc" "$rc_" >>"$OUT.cpu"
    r=$(awk -v a="$m" -v b="$q" 'BEGIN { if (b+0 > 0) printf "%.2f", a / b; else printf "-" }')
    verdict=$(awk -v r="$r" 'BEGIN { if (r == "-") print "not measured"; else if (r <= 0.8) print "met"; else print "missed" }')
    if [ -n "$MVB_B" ]; then
        rb=$(awk -v a="$mb" -v b="$q" 'BEGIN { if (b+0 > 0) printf "%.2f", a / b; else printf "-" }')
        printf '| %s | %.3f | %.3f | %.3f | %s× | %s× | %s |\n' "$p" "$mb" "$m" "$q" "$r" "$rb" "$verdict" >>"$OUT.tmp"
    else
        printf '| %s | %.3f | %.3f | %s× | %s |\n' "$p" "$m" "$q" "$r" "$verdict" >>"$OUT.tmp"
    fi
    echo "compare: $p: mvbasic $m s${mb:+ (before $mb s)}, ScarletDME -O2 $q s, ratio $r" >&2
    [ "$sd" = 1 ] && sd_cleanup
done
{
    echo
    echo "CPU seconds (user + system) of the same runs, medians: far less disturbed by the machine's load than wall time."
    echo
    echo "| program | mvbasic before CPU s | mvbasic CPU s | ScarletDME -O2 CPU s | mvbasic / ScarletDME (CPU) |"
    echo "|---|---:|---:|---:|---:|"
    cat "$OUT.cpu" 2>/dev/null
} >>"$OUT.tmp"
rm -f "$OUT.cpu"
mv "$OUT.tmp" "$OUT"
echo "compare: wrote $OUT" >&2
