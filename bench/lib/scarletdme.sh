# bench/lib/scarletdme.sh - running BASIC programs on real ScarletDME for the
# side-by-side figures (sourced).  Programs are compiled with the installed
# `qm` and timed with the -O2 build of the same source (`qm-O2`, timing
# only: it is what real deployments run).  Set SCARLETDME_BIN to another
# directory holding qm and qm-O2.
#
# ScarletDME is not installable from the registries reachable here: where it
# is absent the callers record "ScarletDME not installed".

SD_BIN=${SCARLETDME_BIN:-/usr/qmsys/bin}
SD_QM="$SD_BIN/qm"
SD_QM_O2="$SD_BIN/qm-O2"

# sd_available : true when both qm (to compile) and qm-O2 (to time) exist.
sd_available() { [ -x "$SD_QM" ] && [ -x "$SD_QM_O2" ]; }

# sd_account DIR : makes DIR a ScarletDME account with a directory file BP
# and no output paging (as /work/shared/tools/scarletdme/mkacct does).
sd_account() {
    local d=$1
    mkdir -p "$d" && (
        cd "$d" || exit 1
        printf 'Y\n' | timeout 60 "$SD_QM" -quiet 'CREATE.FILE BP DIRECTORY' >/dev/null 2>&1 || true
        mkdir -p BP
        printf "OPEN 'VOC' TO F ELSE STOP 'NO VOC'\nWRITE 'PA':@FM:'TERM 32000,32000' ON F, 'LOGIN'\nEND\n" >BP/SDLOGIN
        timeout 60 "$SD_QM" -quiet 'BASIC BP SDLOGIN' </dev/null >/dev/null 2>&1
        timeout 60 "$SD_QM" -quiet 'RUN BP SDLOGIN' </dev/null >/dev/null 2>&1
        rm -f BP/SDLOGIN BP.OUT/SDLOGIN
        [ -e VOC ]
    )
}

# sd_compile DIR ITEM [catalog] : compiles BP ITEM in account DIR (and
# catalogues it LOCAL with a third argument); fails with the compiler log.
sd_compile() {
    local d=$1 item=$2 out
    out=$(cd "$d" && timeout 120 "$SD_QM" -quiet "BASIC BP $item" </dev/null 2>&1)
    grep -q 'with no errors' <<<"$out" || { echo "$out" | tr -d '\r' | tail -5 >&2; return 1; }
    if [ -n "${3:-}" ]; then
        (cd "$d" && timeout 60 "$SD_QM" -quiet "CATALOG BP $item LOCAL" </dev/null >/dev/null 2>&1)
    fi
}

# sd_run DIR ITEM : runs BP ITEM on qm-O2 in account DIR, stdout with CRLF
# turned into LF.
sd_run() {
    (cd "$1" && "$SD_QM_O2" -quiet "RUN BP $2" </dev/null | sed 's/\r$//')
}

# sd_cleanup : frees user slots held by qm processes that were killed.
sd_cleanup() { "$SD_QM" -cleanup </dev/null >/dev/null 2>&1 || true; }
