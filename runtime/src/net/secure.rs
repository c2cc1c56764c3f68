//! Secure sockets and security contexts.
//!
//! Two families of verbs:
//! - the earlier ScarletDME fork's names, so its programs run unchanged:
//!   CREATE.SECURE.SERVER.SOCKET(addr, port, flags, cert, key),
//!   ACCEPT.SECURE.SOCKET.CONNECTION, READ.SECURE.SOCKET,
//!   WRITE.SECURE.SOCKET, CLOSE.SECURE.SOCKET. The (cert, key) form keeps
//!   one library context per pair for the life of the process, so closing a
//!   server socket never touches accepted clients. Because the fork ignored
//!   flags and always blocked, READ.SECURE.SOCKET with flags 0 blocks;
//! - security contexts as BASIC values: CREATE.SECURITY.CONTEXT,
//!   CREATE.CLIENT.SECURITY.CONTEXT, RELOAD.SECURITY.CONTEXT,
//!   RELEASE.SECURITY.CONTEXT, used by CREATE.SECURE.SERVER.SOCKET(addr,
//!   port, flags, ctx) and OPEN.SECURE.SOCKET(host, port, flags, ctx).

use super::mvtls;
use super::reply::{finish, options, NetValue, Reply};
use super::socket_table::{self, ContextState, Entry};
use super::sockets::{accept_impl, connect_socket, listen_socket, read_impl};
use super::status::*;

/// The live BASIC context `ctx`, or the error a verb reports for it.
fn require_context(ctx: i32) -> NetResult<ContextState> {
    match socket_table::with(|r| r.entries.get(&ctx).cloned()) {
        Some(Entry::Context(c)) => Ok(c),
        Some(Entry::Socket(_)) => Err(NetError::new(
            ER_WRONG_KIND,
            format!("{ctx} is a socket, not a security context"),
        )),
        None => Err(NetError::new(
            ER_BAD_HANDLE,
            format!("{ctx} is not a security context (released or never created)"),
        )),
    }
}

/// `CREATE.SECURE.SERVER.SOCKET(addr, port, flags, cert.path, key.path)`
/// (the fork's form). The context for (cert, key) is made once and reused.
pub fn create_secure_server_socket_files(
    addr: &[u8],
    port: i64,
    flags: i64,
    cert: &[u8],
    key: &[u8],
) -> Reply {
    let r = (|| {
        let pair = (cert.to_vec(), key.to_vec());
        let ctx = match socket_table::with(|r| r.file_contexts.get(&pair).copied()) {
            Some(c) => c,
            None => {
                let c = mvtls::server_context_new(cert, key, b"")?;
                socket_table::with(|r| r.file_contexts.insert(pair, c));
                c
            }
        };
        listen_socket(addr, port, flags, ctx)
    })();
    finish(r, NetValue::Int(0))
}

/// `CREATE.SECURE.SERVER.SOCKET(addr, port, flags, ctx)`: a TLS server
/// socket using a server context from CREATE.SECURITY.CONTEXT.
pub fn create_secure_server_socket(addr: &[u8], port: i64, flags: i64, ctx: i32) -> Reply {
    let r = require_context(ctx).and_then(|c| {
        if !c.server {
            return Err(NetError::new(
                ER_WRONG_KIND,
                format!("{ctx} is a client context: a server socket needs CREATE.SECURITY.CONTEXT"),
            ));
        }
        listen_socket(addr, port, flags, ctx)
    });
    finish(r, NetValue::Int(0))
}

/// `ACCEPT.SECURE.SOCKET.CONNECTION(srv, timeout)`: as ACCEPT.SOCKET.CONNECTION.
pub fn accept_secure_socket_connection(srv: i32, timeout: i64) -> Reply {
    finish(accept_impl(srv, timeout), NetValue::Int(0))
}

/// `READ.SECURE.SOCKET(skt, max, flags, timeout)`: as READ.SOCKET, except
/// that flags 0 means SKT$BLOCKING (the fork always blocked).
pub fn read_secure_socket(skt: i32, max: i64, flags: i64, timeout: i64) -> Reply {
    finish(
        read_impl(skt, max, flags, timeout, true),
        NetValue::Str(Vec::new()),
    )
}

/// `WRITE.SECURE.SOCKET(skt, data, flags, timeout)`: as WRITE.SOCKET.
pub fn write_secure_socket(skt: i32, data: &[u8], flags: i64, timeout: i64) -> Reply {
    super::sockets::write_socket(skt, data, flags, timeout)
}

/// `CLOSE.SECURE.SOCKET skt`: as CLOSE.SOCKET (sends close_notify).
pub fn close_secure_socket(skt: i32) -> Reply {
    super::sockets::close_socket(skt)
}

/// `OPEN.SECURE.SOCKET(host, port, flags, ctx)`: a TLS client connection
/// verified against the context's roots (system store unless CA=) and the
/// host name. `ctx` 0 uses a default client context (system roots).
pub fn open_secure_socket(host: &[u8], port: i64, flags: i64, ctx: i32) -> Reply {
    let r = (|| {
        let ctx = if ctx == 0 {
            match socket_table::with(|r| r.default_client) {
                Some(c) => c,
                None => {
                    let c = mvtls::client_context_new(b"")?;
                    socket_table::with(|r| r.default_client = Some(c));
                    c
                }
            }
        } else {
            let c = require_context(ctx)?;
            if c.server {
                return Err(NetError::new(
                    ER_WRONG_KIND,
                    format!("{ctx} is a server context: use CREATE.CLIENT.SECURITY.CONTEXT"),
                ));
            }
            ctx
        };
        connect_socket(host, port, flags, ctx)
    })();
    finish(r, NetValue::Int(0))
}

/// `CREATE.SECURITY.CONTEXT(cert, key, options)`: a server context.
/// `cert`/`key` are file paths or PEM text; `options` a dynamic array of
/// NAME=VALUE (MIN.VERSION, ALPN, CLIENT.AUTH, CA, SNI, HANDSHAKE.TIMEOUT).
pub fn create_security_context(cert: &[u8], key: &[u8], opts: &[u8]) -> Reply {
    let r = mvtls::server_context_new(cert, key, &options(opts)).map(|h| {
        socket_table::insert(h, Entry::Context(ContextState { server: true }));
        NetValue::Context(h)
    });
    finish(r, NetValue::Int(0))
}

/// `CREATE.CLIENT.SECURITY.CONTEXT(options)`: a client context (options CA,
/// CERT, KEY, VERIFY, MIN.VERSION, ALPN, HANDSHAKE.TIMEOUT).
pub fn create_client_security_context(opts: &[u8]) -> Reply {
    let r = mvtls::client_context_new(&options(opts)).map(|h| {
        socket_table::insert(h, Entry::Context(ContextState { server: false }));
        NetValue::Context(h)
    });
    finish(r, NetValue::Int(0))
}

/// `RELOAD.SECURITY.CONTEXT(ctx)`: re-reads the context's files. Returns 0,
/// or the error code (also in STATUS()); on failure the old material stays.
pub fn reload_security_context(ctx: i32) -> Reply {
    let r = require_context(ctx).and_then(|_| mvtls::context_reload(ctx));
    match r {
        Ok(()) => finish(Ok(NetValue::Int(0)), NetValue::Int(0)),
        Err(e) => {
            let code = e.code as i64;
            finish(Err(e), NetValue::Int(code))
        }
    }
}

/// `RELEASE.SECURITY.CONTEXT ctx`: drops the context. Sockets still using
/// it keep working (the library counts references).
pub fn release_security_context(ctx: i32) -> Reply {
    let r = require_context(ctx).and_then(|_| {
        socket_table::remove(ctx);
        mvtls::context_free(ctx)
    });
    finish(r.map(|_| NetValue::Int(0)), NetValue::Int(0))
}

/// `SOCKET.ERROR()`: the text of this thread's last socket verb's failure
/// ("" if it succeeded).
pub fn socket_error() -> Vec<u8> {
    socket_table::last().text.into_bytes()
}

/// STATUS() set by this thread's last socket verb.
pub fn last_status() -> i32 {
    socket_table::last().status
}
