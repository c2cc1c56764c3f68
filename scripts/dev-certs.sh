#!/usr/bin/env bash
# dev-certs.sh DIR [--force | --new-leaf]
# Creates a development CA and a server certificate for localhost, 127.0.0.1
# and ::1 in DIR (default: <repo>/dev-certs, git-ignored) unless they exist:
#   ca.pem  ca-key.pem  server.pem (leaf + CA)  server-key.pem
# ECDSA P-256 keys (PKCS#8), signed with SHA-256, via the openssl CLI.
# --force makes a new CA and certificate; --new-leaf only a new server
# certificate and key from the existing CA (used by the reload test).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DIR=${1:-$ROOT/dev-certs}
FORCE=${2:-}
mkdir -p "$DIR"
chmod 700 "$DIR"
if [[ -s $DIR/server.pem && -s $DIR/server-key.pem && -s $DIR/ca.pem && -z $FORCE ]]; then
  exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cn_suffix=$(date -u +%Y%m%d%H%M%S)-$$
if [[ ! -s $DIR/ca.pem || ! -s $DIR/ca-key.pem || $FORCE == --force ]]; then
  openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$tmp/ca-key.pem" 2>/dev/null
  openssl req -x509 -new -key "$tmp/ca-key.pem" -sha256 -days 825 \
    -subj "/O=SERAPHIM development/CN=SERAPHIM Development CA $cn_suffix" \
    -addext "basicConstraints=critical,CA:TRUE,pathlen:0" \
    -addext "keyUsage=critical,keyCertSign,cRLSign" \
    -addext "subjectKeyIdentifier=hash" \
    -out "$tmp/ca.pem" 2>/dev/null
  install -m 600 "$tmp/ca-key.pem" "$DIR/ca-key.pem"
  install -m 644 "$tmp/ca.pem" "$DIR/ca.pem"
fi
openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$tmp/server-key.pem" 2>/dev/null
openssl req -new -key "$tmp/server-key.pem" -subj "/O=SERAPHIM development/CN=localhost" \
  -out "$tmp/server.csr" 2>/dev/null
cat > "$tmp/ext.cnf" <<EXT
basicConstraints=critical,CA:FALSE
keyUsage=critical,digitalSignature
extendedKeyUsage=serverAuth
subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1
authorityKeyIdentifier=keyid
subjectKeyIdentifier=hash
EXT
openssl x509 -req -in "$tmp/server.csr" -CA "$DIR/ca.pem" -CAkey "$DIR/ca-key.pem" \
  -CAcreateserial -CAserial "$tmp/ca.srl" -days 397 -sha256 -extfile "$tmp/ext.cnf" \
  -out "$tmp/leaf.pem" 2>/dev/null
cat "$tmp/leaf.pem" "$DIR/ca.pem" > "$tmp/server.pem"
# replace atomically, key first, so a reloading server never sees a torn file
install -m 600 "$tmp/server-key.pem" "$DIR/server-key.pem.new"
install -m 644 "$tmp/server.pem" "$DIR/server.pem.new"
mv -f "$DIR/server-key.pem.new" "$DIR/server-key.pem"
mv -f "$DIR/server.pem.new" "$DIR/server.pem"
echo "dev-certs: created a certificate for localhost, 127.0.0.1, ::1 in $DIR (CA: $DIR/ca.pem)"
