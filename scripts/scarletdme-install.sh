#!/usr/bin/env bash
# scarletdme-install.sh ACCOUNT [--lib PATH] [--tests] [--seraphim]
#
# Installs BASIC from basic/ into the ScarletDME account ACCOUNT (made with
# ../shared/tools/scarletdme/mkacct, or any account): every item is compiled,
# every SUBROUTINE and FUNCTION catalogued LOCAL.
#   always       directory file MVTLS.BP: the MVTLS BASIC library
#   --lib PATH   record MVTLS.BP MVTLS.CONFIG naming libmvtls.so (otherwise
#                the library loads $MVTLS_LIB, else libmvtls.so.0)
#   --tests      directory file MVTLS.TEST: the library's test programs
#   --seraphim   SERAPHIM: BP with BP.SCARLETDME copied over it (its socket
#                layer on the MVTLS library), and the directory files POSTS,
#                ASSETS (basic/STATIC: the name STATIC is taken), CONTROL (no
#                record: write CONTROL SERAPHIM) and LOGS
# Prints what failed; exits 1 on any failure.
set -uo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
acct=${1:?usage: scarletdme-install.sh ACCOUNT [--lib PATH] [--tests] [--seraphim]}; shift
lib=""; tests=0; seraphim=0
while [ $# -gt 0 ]; do
  case $1 in
    --lib) lib=$2; shift 2;;
    --tests) tests=1; shift;;
    --seraphim) seraphim=1; shift;;
    *) echo "scarletdme-install: unknown option $1" >&2; exit 2;;
  esac
done
cd "$acct" || exit 1
fail=0
for need in MVTLS.BP $( [ $tests = 1 ] && echo MVTLS.TEST ) $( [ $seraphim = 1 ] && echo BP BP.SCARLETDME POSTS STATIC ); do
  [ -d "$here/basic/$need" ] || { echo "scarletdme-install: $here/basic/$need is missing (a source checkout has it)"; exit 1; }
done

dirfile() { # creates directory file $1 in the account if it is missing
  [ -d "$1" ] && return 0
  timeout 60 qm -quiet "CREATE.FILE $1 DIRECTORY" </dev/null >/dev/null 2>&1
  [ -d "$1" ] || { echo "cannot create directory file $1 in $acct"; exit 1; }
}

compile_all() { # compiles and catalogues every item of directory file $1
  local f=$1 item log
  for src in "$f"/*; do
    item=$(basename "$src")
    case $item in *.H|MVTLS.CONFIG) continue;; esac
    log=$(timeout 120 qm -quiet "BASIC $f $item" </dev/null 2>&1)
    if ! grep -q 'with no errors' <<<"$log"; then echo "compile $f $item:"; echo "$log"; fail=1; continue; fi
    if head -n 3 "$src" | grep -qE '^(SUBROUTINE|FUNCTION)'; then
      timeout 60 qm -quiet "CATALOG $f $item LOCAL" </dev/null >/dev/null 2>&1 || { echo "catalog $f $item failed"; fail=1; }
    fi
  done
}

dirfile MVTLS.BP
cp "$here"/basic/MVTLS.BP/* MVTLS.BP/
[ -n "$lib" ] && printf '%s\n' "$lib" > MVTLS.BP/MVTLS.CONFIG
compile_all MVTLS.BP
if [ $tests = 1 ]; then
  dirfile MVTLS.TEST
  cp "$here"/basic/MVTLS.TEST/* MVTLS.TEST/
  compile_all MVTLS.TEST
fi
if [ $seraphim = 1 ]; then
  dirfile BP
  cp "$here"/basic/BP/* BP/
  cp "$here"/basic/BP.SCARLETDME/* BP/
  # STATIC is a reserved VOC name on ScarletDME: SERAPHIM also looks for ASSETS
  for f in POSTS ASSETS CONTROL LOGS; do dirfile $f; done
  cp "$here"/basic/POSTS/* POSTS/
  cp "$here"/basic/STATIC/* ASSETS/
  compile_all BP
fi
exit $fail
