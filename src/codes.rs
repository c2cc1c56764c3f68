//! Public constants of the C ABI: status codes, info keys, option keys,
//! listener flags and the ABI version. cbindgen copies them, with these doc
//! comments, into `include/mvtls.h`.

/// Version of the C ABI; bumped on any incompatible change.
pub const MVTLS_ABI_VERSION: i32 = 1;

/// Success.
pub const MVTLS_OK: i32 = 0;
/// Invalid argument: NULL pointer, negative or absurd length, bad option value.
pub const MVTLS_ERR_PARAMS: i32 = 1000;
/// Unknown info key or option name.
pub const MVTLS_ERR_BAD_KEY: i32 = 1006;
/// Action failed (OS error in the text; also an internal panic caught at the ABI boundary).
pub const MVTLS_ERR_FAILED: i32 = 1008;
/// Timeout.
pub const MVTLS_ERR_TIMEOUT: i32 = 1011;
/// A table, queue or size limit was reached (e.g. a PEM file over 1 MiB).
pub const MVTLS_ERR_LIMIT: i32 = 1012;
/// A certificate, key or CA file is missing or unreadable.
pub const MVTLS_ERR_FILE: i32 = 3003;
/// Invalid host name or address.
pub const MVTLS_ERR_HOSTNAME: i32 = 7003;
/// Cannot create a socket.
pub const MVTLS_ERR_NOSOCKET: i32 = 7004;
/// Cannot connect (refused, unreachable); a connect timeout is MVTLS_ERR_TIMEOUT.
pub const MVTLS_ERR_CONNECT: i32 = 7005;
/// Error receiving data.
pub const MVTLS_ERR_RECV: i32 = 7006;
/// Cannot resolve the host name.
pub const MVTLS_ERR_RESOLVE: i32 = 7007;
/// Cannot bind or listen.
pub const MVTLS_ERR_BIND: i32 = 7012;
/// The peer closed the connection (end of stream; also a write to a closed peer).
pub const MVTLS_ERR_CLOSED: i32 = 7013;
/// TLS handshake failed (alert or reason in the text).
pub const MVTLS_ERR_HANDSHAKE: i32 = 7100;
/// Peer certificate not trusted (unknown issuer, self-signed).
pub const MVTLS_ERR_CERT_UNTRUSTED: i32 = 7101;
/// Peer certificate expired or not yet valid.
pub const MVTLS_ERR_CERT_EXPIRED: i32 = 7102;
/// Peer certificate does not match the host name.
pub const MVTLS_ERR_CERT_NAME: i32 = 7103;
/// Private key does not match the certificate.
pub const MVTLS_ERR_KEY_MISMATCH: i32 = 7104;
/// No usable certificate or key in the PEM data.
pub const MVTLS_ERR_BAD_PEM: i32 = 7105;
/// The server requires a client certificate and none, or a bad one, was given.
pub const MVTLS_ERR_CLIENT_CERT_REQUIRED: i32 = 7106;
/// Other certificate problem (bad encoding, key usage, revoked, bad signature).
pub const MVTLS_ERR_CERT_INVALID: i32 = 7107;
/// No TLS protocol version in common.
pub const MVTLS_ERR_VERSION: i32 = 7108;
/// No ALPN protocol in common.
pub const MVTLS_ERR_ALPN: i32 = 7109;
/// TLS error after the handshake (bad record, decrypt error, unexpected alert).
pub const MVTLS_ERR_TLS: i32 = 7110;
/// Zero, negative, stale or unknown handle.
pub const MVTLS_ERR_BAD_HANDLE: i32 = 7120;
/// Handle of the wrong kind for this call.
pub const MVTLS_ERR_WRONG_KIND: i32 = 7121;

/// Info key: handle kind, `CONTEXT`, `LISTENER` or `CONNECTION`.
pub const MVTLS_INFO_KIND: i32 = 1;
/// Info key: `1` if TLS, `0` if plain.
pub const MVTLS_INFO_SECURE: i32 = 2;
/// Info key: peer IP address (connections).
pub const MVTLS_INFO_PEER_ADDR: i32 = 3;
/// Info key: peer port (connections).
pub const MVTLS_INFO_PEER_PORT: i32 = 4;
/// Info key: local IP address (listeners, connections).
pub const MVTLS_INFO_LOCAL_ADDR: i32 = 5;
/// Info key: local port (listeners, connections).
pub const MVTLS_INFO_LOCAL_PORT: i32 = 6;
/// Info key: negotiated protocol, `TLSv1.2` or `TLSv1.3` (empty for plain connections).
pub const MVTLS_INFO_TLS_VERSION: i32 = 7;
/// Info key: negotiated cipher suite name, e.g. `TLS13_AES_256_GCM_SHA384`.
pub const MVTLS_INFO_CIPHER: i32 = 8;
/// Info key: negotiated ALPN protocol, or empty.
pub const MVTLS_INFO_ALPN: i32 = 9;
/// Info key: SNI name the client sent (server side) or used (client side).
pub const MVTLS_INFO_SNI: i32 = 10;
/// Info key: subject of the peer's end-entity certificate, e.g. `CN=localhost`.
pub const MVTLS_INFO_PEER_SUBJECT: i32 = 11;
/// Info key: `OK` (peer verified), `NONE` (no peer certificate), `OFF` (verification disabled).
pub const MVTLS_INFO_VERIFY: i32 = 12;
/// Info key: handle of the context used, in decimal (`0` for plain).
pub const MVTLS_INFO_CONTEXT: i32 = 13;
/// Info key: number of handshakes in progress on a listener.
pub const MVTLS_INFO_PENDING: i32 = 14;
/// Info key: handshake steps a listener has run so far (a step advances one
/// pending handshake as far as its socket allows).
pub const MVTLS_INFO_HANDSHAKE_STEPS: i32 = 15;
/// Info key: bytes a connection has accepted but not yet sent (see `mvtls_pending_output`).
pub const MVTLS_INFO_OUTPUT_PENDING: i32 = 16;
/// Info key: `1` if the connection's TLS handshake resumed a session (a
/// session ticket, possibly issued by another host sharing `TICKET.KEYS`),
/// `0` for a full handshake or a plain connection.
pub const MVTLS_INFO_RESUMED: i32 = 17;
/// Info key: connections a listener closed because their PROXY header was
/// missing or malformed or their source is not in `PROXY.TRUSTED`.
pub const MVTLS_INFO_PROXY_REJECTED: i32 = 18;

/// Socket option: TCP_NODELAY, value 0 or 1 (connections).
pub const MVTLS_OPT_NODELAY: i32 = 1;
/// Socket option: SO_KEEPALIVE, value 0 or 1 (connections).
pub const MVTLS_OPT_KEEPALIVE: i32 = 2;

/// Socket option: bound on a connection's buffered output in bytes
/// (1..67108864, default 262144): `mvtls_write_some` accepts data while fewer
/// bytes than this are pending.
pub const MVTLS_OPT_OUTPUT_LIMIT: i32 = 3;
/// Listener option: most handshake steps one `mvtls_accept` / `mvtls_poll` /
/// `mvtls_poll_events` call runs on the listener's pending handshakes
/// (0..65535, 0 = no bound; default 8).
pub const MVTLS_OPT_HANDSHAKE_STEPS: i32 = 4;
/// Listener option: deferred accept (Linux `TCP_DEFER_ACCEPT`), seconds
/// (0..3600, 0 = off): the kernel hands over a new connection only once
/// its client has sent something or the period has passed, so silent
/// connections never stand in the accept queue in front of real clients.
/// Default: the context's handshake timeout rounded up to seconds on
/// secure listeners, off on plain ones. Only for protocols whose clients
/// speak first.
pub const MVTLS_OPT_DEFER_ACCEPT: i32 = 5;

/// Listener flag: set SO_REUSEPORT so several processes can serve one port.
pub const MVTLS_LISTEN_REUSEPORT: i32 = 1;

/// Poll event: `mvtls_read` / `mvtls_accept` would not block (asked for and reported).
pub const MVTLS_POLL_READ: i32 = 1;
/// Poll event: `mvtls_write_some` would accept at least one byte (connections; asked for and reported).
pub const MVTLS_POLL_WRITE: i32 = 2;
/// Poll event (reported only): the peer closed its side; reads return end of stream once buffered data is read.
pub const MVTLS_POLL_HUP: i32 = 4;
/// Poll event (reported only): the next read or write fails (TLS error, peer reset, failed send).
pub const MVTLS_POLL_ERR: i32 = 8;
/// Poll event (reported only): the handle was closed (by another thread) during the call.
pub const MVTLS_POLL_NVAL: i32 = 16;
