#!/usr/bin/env bash
# ticket-keys.sh - make and rotate mvtls session-ticket key files
#                  (the TICKET.KEYS context option; format in docs/c-api.md).
#
#   scripts/ticket-keys.sh new FILE            a file with one fresh key
#   scripts/ticket-keys.sh rotate FILE [KEEP]  a fresh current key in front,
#                                              the KEEP newest previous keys
#                                              after it (default 2), older
#                                              keys dropped
#   scripts/ticket-keys.sh show FILE           key names only (never keys)
#
# A key is 96 hexadecimal digits: a 16-byte name and a 32-byte AES-256-GCM
# key, from /dev/urandom. The file is written next to FILE and renamed over
# it (readers never see half a file), mode 0600. Copy the same file to every
# host, then reload their contexts (SERAPHIM does on its own when the file
# changes).
set -euo pipefail
umask 077

usage() { sed -n '4,11p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
fresh() { od -An -tx1 -N48 /dev/urandom | tr -d ' \n'; }
keys_of() { grep -Ev '^[[:space:]]*(#|$)' "$1" | tr -d ' \r\t' || true; }
write() {   # write FILE KEY...
  local file=$1; shift
  local tmp; tmp=$(mktemp "$file.XXXXXX")
  {
    echo "# mvtls session-ticket keys, format 1: 16-byte name + 32-byte AES-256-GCM key,"
    echo "# in hex; the first key seals new tickets, every key opens them."
    echo "# Written by scripts/ticket-keys.sh on $(date -u +%Y-%m-%dT%H:%M:%SZ)."
    printf '%s\n' "$@"
  } > "$tmp"
  mv -f "$tmp" "$file"
}

cmd=${1:-}; file=${2:-}
[[ -n $cmd && -n $file ]] || usage
case $cmd in
  new)
    write "$file" "$(fresh)"
    echo "ticket-keys: $file: new key $(keys_of "$file" | head -1 | cut -c1-32)"
    ;;
  rotate)
    keep=${3:-2}
    [[ $keep =~ ^[0-9]+$ ]] && (( keep <= 7 )) || { echo "ticket-keys: KEEP must be 0..7" >&2; exit 2; }
    [[ -r $file ]] || { echo "ticket-keys: $file: no such file (use 'new')" >&2; exit 1; }
    mapfile -t old < <(keys_of "$file")
    (( ${#old[@]} > 0 )) || { echo "ticket-keys: $file has no key" >&2; exit 1; }
    write "$file" "$(fresh)" "${old[@]:0:keep}"
    echo "ticket-keys: $file: new current key $(keys_of "$file" | head -1 | cut -c1-32), $(( $(keys_of "$file" | wc -l) - 1 )) previous"
    ;;
  show)
    keys_of "$file" | cut -c1-32 | awk 'NR==1{print "current  " $0; next}{print "previous " $0}'
    ;;
  *) usage ;;
esac
