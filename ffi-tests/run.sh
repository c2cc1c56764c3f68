#!/usr/bin/env bash
# Runs the mvtls C harness: builds ffi-tests/build/{plain,asan}, runs every test
# in both builds (and the 1,000-connection loop also under valgrind memcheck),
# prints one line per run, and ends with "N passed, M failed".
#
# Usage: ffi-tests/run.sh [test-name-substring...]
# Env:   FFI_NO_VALGRIND=1 skips the valgrind run; FFI_VERBOSE=1 prints every log.
set -uo pipefail
cd "$(dirname "$0")"

make -s all >build.log 2>&1 || { cat build.log; echo "build failed"; echo "0 passed, 1 failed"; exit 1; }
rm -f build.log

LOGS=build/logs
mkdir -p "$LOGS"
passed=0
failed=0
failed_names=()

export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:halt_on_error=1:detect_stack_use_after_return=0"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
export LSAN_OPTIONS="suppressions=$PWD/lsan.supp:print_suppressions=0"

want() { # filter by the command-line substrings
  [ $# -eq 1 ] && return 0
  local name=$1; shift
  for s in "$@"; do [[ $name == *"$s"* ]] && return 0; done
  return 1
}

run_one() { # variant name timeout cmd...
  local variant=$1 name=$2 limit=$3; shift 3
  local log="$LOGS/$variant-$name.log" t0 t1 rc figure
  t0=$(date +%s.%N)
  timeout -k 5 "$limit" "$@" >"$log" 2>&1
  rc=$?
  t1=$(date +%s.%N)
  figure=$(grep -o 'handshakes/s: [0-9.]*' "$log" | tail -1)
  local secs
  secs=$(awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.1f", b-a}')
  if [ $rc -eq 0 ] && grep -q "^ok $name" "$log"; then
    passed=$((passed + 1))
    printf 'PASS  %-8s %-24s %6ss %s\n' "$variant" "$name" "$secs" "${figure:+($figure)}"
    [ -n "${FFI_VERBOSE:-}" ] && sed 's/^/      /' "$log"
  else
    failed=$((failed + 1))
    failed_names+=("$variant/$name")
    printf 'FAIL  %-8s %-24s %6ss (exit %d, log %s)\n' "$variant" "$name" "$secs" "$rc" "ffi-tests/$log"
    grep -E 'FAIL|ERROR|Sanitizer|runtime error|definitely lost|not ok' "$log" | head -20 | sed 's/^/      /'
  fi
}

VALGRIND=(valgrind --quiet --tool=memcheck --leak-check=full --errors-for-leak-kinds=definite
          --show-leak-kinds=definite --error-exitcode=99 --undef-value-errors=no
          --trace-children=no --child-silent-after-fork=yes)

run_canary() { # variant cmd...: the leak canary must be reported as a leak
  local variant=$1; shift
  local log="$LOGS/$variant-leak_canary.log" rc
  FFI_SELFTEST_LEAK=1 timeout -k 5 120 "$@" >"$log" 2>&1
  rc=$?
  if [ $rc -ne 0 ] && grep -qE 'LeakSanitizer: detected memory leaks|definitely lost' "$log"; then
    passed=$((passed + 1))
    printf 'PASS  %-8s %-24s (a deliberate 4 KiB leak was reported, exit %d)\n' "$variant" "leak_canary" "$rc"
  else
    failed=$((failed + 1))
    failed_names+=("$variant/leak_canary")
    printf 'FAIL  %-8s %-24s the leak checker missed a deliberate leak (exit %d, log %s)\n' "$variant" \
      "leak_canary" "$rc" "ffi-tests/$log"
  fi
}

for src in t[0-9]*.c; do
  name=${src%.c}
  want "$name" "$@" || continue
  run_one plain "$name" 300 "build/plain/$name"
  run_one asan "$name" 400 "build/asan/$name"
  [ "$name" = t11_leak_loop ] && run_canary asan "build/asan/$name"
  if [ "$name" = t11_leak_loop ] && [ -z "${FFI_NO_VALGRIND:-}" ]; then
    if command -v valgrind >/dev/null; then
      run_one valgrind "$name" 900 "${VALGRIND[@]}" "build/plain/$name"
      run_canary valgrind "${VALGRIND[@]}" "build/plain/$name"
    else
      # a missing tool is a failure, not a pass: `make deps` installs it
      failed=$((failed + 1))
      failed_names+=("valgrind/$name")
      echo "FAIL  valgrind $name: valgrind is not installed (run 'make deps', or set FFI_NO_VALGRIND=1 to skip on purpose)"
    fi
  elif [ "$name" = t11_leak_loop ]; then
    echo "SKIP  valgrind $name (FFI_NO_VALGRIND is set)"
  fi
done

if [ ${#failed_names[@]} -gt 0 ]; then echo "failed: ${failed_names[*]}"; fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
