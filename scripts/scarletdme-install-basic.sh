#!/usr/bin/env bash
# scarletdme-install-basic.sh ACCOUNT [FILE...]: copies the MVTLS BASIC library
# (basic/MVTLS.BP) into the ScarletDME account ACCOUNT as directory file
# MVTLS.BP, compiles every item and catalogues the subroutines and functions
# LOCAL. Extra directory files of basic/ named after it (e.g. MVTLS.TEST) are
# copied and compiled too. Prints one line per failure; exits 1 on any.
set -uo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
acct=${1:?usage: scarletdme-install-basic.sh ACCOUNT [FILE...]}; shift
files=(MVTLS.BP "$@")
cd "$acct" || exit 1
fail=0
for f in "${files[@]}"; do
  if [ ! -d "$f" ]; then
    timeout 60 qm -quiet "CREATE.FILE $f DIRECTORY" </dev/null >/dev/null 2>&1
    [ -d "$f" ] || { echo "cannot create directory file $f in $acct"; exit 1; }
  fi
  cp "$here/basic/$f"/* "$f"/
  for src in "$here/basic/$f"/*; do
    item=$(basename "$src")
    case $item in *.H) continue;; esac
    log=$(timeout 120 qm -quiet "BASIC $f $item" </dev/null 2>&1)
    if ! grep -q 'with no errors' <<<"$log"; then echo "compile $f $item:"; echo "$log"; fail=1; continue; fi
    if head -n 3 "$src" | grep -qE '^(SUBROUTINE|FUNCTION)'; then
      timeout 60 qm -quiet "CATALOG $f $item LOCAL" </dev/null >/dev/null 2>&1 || { echo "catalog $f $item failed"; fail=1; }
    fi
  done
done
exit $fail
