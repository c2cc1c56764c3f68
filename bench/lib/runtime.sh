# bench/lib/runtime.sh - section 3: the BASIC benchmark programs of
# bench/basic/ run by mvbasic, wall time per program.
#
# The programs are copied (without .bas) into the directory file BP of a
# fresh account directory, as a ScarletDME account would hold them, so the
# same files can be run side by side on ScarletDME (BASIC BP NAME, CATALOG
# the B05.* items LOCAL, RUN BP NAME).  Each program's output is compared byte
# for byte with bench/basic/NAME.out before it is timed.

RUNTIME_PROGRAMS="B01_STRBUILD B02_DYNARRAY B03_LOCATE B04_NUMERIC B05_CALL B06_FILEREAD"

# run_runtime : checks and times every program; records seconds per run.
run_runtime() {
    local mvb="${MVBASIC:-$ROOT/target/release/mvbasic}" acct="$WORK/basic-account" p f
    if [ ! -x "$mvb" ]; then
        for p in $RUNTIME_PROGRAMS; do
            not_measured runtime basic "$p" mvbasic "$mvb not built (make build)"
        done
        return
    fi
    mkdir -p "$acct/BP"
    for f in "$BENCH_DIR"/basic/*.bas; do
        cp "$f" "$acct/BP/$(basename "$f" .bas)"
    done
    # set-up for B06 (not timed)
    if ! (cd "$acct" && timeout 120 "$mvb" run BP/B06_SETUP) >"$WORK/B06_SETUP.out" 2>&1 \
        || ! grep -q '^setup done' "$WORK/B06_SETUP.out"; then
        log "B06_SETUP failed: $(tail -c 300 "$WORK/B06_SETUP.out")"
    fi
    for p in $RUNTIME_PROGRAMS; do
        local out="$WORK/$p.out" rc=0 t0 t1 took runs=$HYPERFINE_RUNS
        t0=$(date +%s%N)
        (cd "$acct" && timeout 300 "$mvb" run "BP/$p") >"$out" 2>"$WORK/$p.err" || rc=$?
        t1=$(date +%s%N)
        took=$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.4f", (b - a) / 1e9}')
        if [ "$rc" != 0 ]; then
            not_measured runtime basic "$p" mvbasic "mvbasic exited $rc: $(head -c 200 "$WORK/$p.err" | tr '\n\t' '  ')"
            continue
        fi
        if ! cmp -s "$out" "$BENCH_DIR/basic/$p.out"; then
            not_measured runtime basic "$p" mvbasic "wrong output: $(diff "$BENCH_DIR/basic/$p.out" "$out" | head -4 | tr '\n\t' '  ')"
            continue
        fi
        local times
        # keep the section inside the time budget: a slow program is timed fewer times
        if awk -v t="$took" 'BEGIN {exit !(t > 20)}'; then
            record runtime basic "$p" mvbasic seconds s "$took" "slow (> 20 s): the checked run is the only timing"
            log "runtime/$p: $took s (single run)"
            continue
        fi
        awk -v t="$took" 'BEGIN {exit !(t > 5)}' && runs=1
        if have hyperfine; then
            (cd "$acct" && hyperfine -N --runs "$runs" --warmup 0 --style none \
                --export-json "$WORK/$p.json" "$mvb run BP/$p") >/dev/null 2>&1 || true
            times=$(python3 -c 'import json,sys; print(",".join("%.4f" % t for t in json.load(open(sys.argv[1]))["results"][0]["times"]))' \
                "$WORK/$p.json" 2>/dev/null || true)
        else
            times=$(cd "$acct" && python3 - "$mvb" "$p" "$runs" <<'EOF'
import subprocess, sys, time
out = []
for _ in range(int(sys.argv[3])):
    t = time.perf_counter()
    subprocess.run([sys.argv[1], "run", "BP/" + sys.argv[2]], stdout=subprocess.DEVNULL, check=True)
    out.append("%.4f" % (time.perf_counter() - t))
print(",".join(out))
EOF
            )
        fi
        if [ -z "$times" ]; then
            not_measured runtime basic "$p" mvbasic "timing failed"
            continue
        fi
        record runtime basic "$p" mvbasic seconds s "$times"
        log "runtime/$p: $times s"
    done
    run_runtime_scarletdme
}

# run_runtime_scarletdme : the same programs on real ScarletDME built with
# -O2 (compiled by qm, timed with qm-O2, bench/lib/scarletdme.sh), recorded
# as variant "scarletdme-O2"; "ScarletDME not installed" where it is absent.
# bench/compare.sh makes the side-by-side table with alternating runs.
run_runtime_scarletdme() {
    local q p times rc=0
    if ! sd_available; then
        for p in $RUNTIME_PROGRAMS; do
            not_measured runtime basic "$p" scarletdme-O2 "ScarletDME not installed"
        done
        return
    fi
    q=$(mktemp -d "$WORK/sdbenchXXXXXX")
    if ! sd_account "$q" >/dev/null 2>&1; then
        for p in $RUNTIME_PROGRAMS; do
            not_measured runtime basic "$p" scarletdme-O2 "could not make a ScarletDME account"
        done
        return
    fi
    for f in "$BENCH_DIR"/basic/*.bas; do cp "$f" "$q/BP/$(basename "$f" .bas)"; done
    for p in B05.ADD B05.FN; do sd_compile "$q" "$p" catalog || rc=1; done
    for p in $RUNTIME_PROGRAMS B06_SETUP; do sd_compile "$q" "$p" || rc=1; done
    (cd "$q" && "$SD_QM" -quiet "RUN BP B06_SETUP" </dev/null >/dev/null 2>&1)
    for p in $RUNTIME_PROGRAMS; do
        if [ "$rc" != 0 ]; then
            not_measured runtime basic "$p" scarletdme-O2 "does not compile on ScarletDME"
            continue
        fi
        if ! (cd "$q" && "$SD_QM_O2" -quiet "RUN BP $p" </dev/null 2>/dev/null) | sed 's/\r$//' \
            | cmp -s - "$BENCH_DIR/basic/$p.out"; then
            not_measured runtime basic "$p" scarletdme-O2 "output differs from $p.out"
            continue
        fi
        if ! times=$(python3 "$BENCH_DIR/tools/interleave.py" "$HYPERFINE_RUNS" "$q" \
            "$SD_QM_O2 -quiet 'RUN BP $p'"); then
            not_measured runtime basic "$p" scarletdme-O2 "timing failed"
            continue
        fi
        record runtime basic "$p" scarletdme-O2 seconds s "$times"
        log "runtime/$p on ScarletDME -O2: $times s"
    done
    sd_cleanup
}
