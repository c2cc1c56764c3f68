//! ScarletDME's plain-socket verbs over libmvtls.
//!
//! Semantics follow ScarletDME's `gplsrc/op_skt.c`: timeouts in milliseconds
//! with 0 = wait forever; a socket value's default mode is blocking only when
//! OPEN.SOCKET was given SKT$BLOCKING (server and accepted sockets start
//! non-blocking); READ.SOCKET in non-blocking mode does not wait (STATUS()
//! 1011 when no data is there); a failed socket-creating function returns 0
//! and sets STATUS(). Every verb also works on TLS sockets.

use super::bindings;
use super::keys::*;
use super::mvtls;
use super::reply::{finish, finish_with, port, timeout_ms, NetValue, Reply};
use super::socket_table::{self, Entry, SocketState, SocketType};
use super::status::*;
use std::net::ToSocketAddrs;

/// OPEN.SOCKET connect timeout with SKT$NON.BLOCKING (ScarletDME's
/// DEFAULT_CONNECT_TIMEOUT, 1 second).
pub const CONNECT_TIMEOUT_NON_BLOCKING_MS: i32 = 1000;
/// OPEN.SOCKET connect timeout otherwise (ScarletDME leaves it to the OS).
pub const CONNECT_TIMEOUT_MS: i32 = 30_000;
/// Largest READ.SOCKET length honoured in one call (16 MiB).
pub const MAX_READ: i64 = 16 << 20;

/// The live socket `handle`, or the error a verb reports for it.
pub(crate) fn require_socket(handle: i32) -> NetResult<SocketState> {
    match socket_table::with(|r| r.entries.get(&handle).cloned()) {
        Some(Entry::Socket(s)) => Ok(s),
        Some(Entry::Context(_)) => Err(NetError::new(
            ER_WRONG_KIND,
            format!("{handle} is a security context, not a socket"),
        )),
        None => Err(NetError::new(
            ER_BAD_HANDLE,
            format!("{handle} is not an open socket"),
        )),
    }
}

/// Checks the protocol bits of a flags argument (TCP streams only).
pub(crate) fn check_protocol(flags: i64) -> NetResult<()> {
    if flags & SKT_UNSUPPORTED != 0 {
        return Err(NetError::new(
            ER_INCOMP_PROTO,
            "only TCP stream sockets are supported (SKT$DGRM, SKT$UDP, SKT$ICMP are not)",
        ));
    }
    Ok(())
}

/// Opens a listener and records it as a server socket.
pub(crate) fn listen_socket(
    addr: &[u8],
    port_no: i64,
    flags: i64,
    ctx: i32,
) -> NetResult<NetValue> {
    check_protocol(flags)?;
    let p = port(port_no)?;
    let lflags = if flags & SKT_REUSEPORT != 0 {
        bindings::MVTLS_LISTEN_REUSEPORT as i32
    } else {
        0
    };
    let h = mvtls::listen(addr, p, 0, lflags, ctx)?;
    socket_table::insert(
        h,
        Entry::Socket(SocketState {
            kind: SocketType::Server,
            blocking: false,
            no_delay: false,
            keep_alive: false,
            secure: ctx != 0,
        }),
    );
    Ok(NetValue::Socket(h))
}

/// Connects and records an outgoing socket.
pub(crate) fn connect_socket(
    host: &[u8],
    port_no: i64,
    flags: i64,
    ctx: i32,
) -> NetResult<NetValue> {
    if host.is_empty() {
        return Err(NetError::new(ER_BAD_NAME, "no server address given"));
    }
    check_protocol(flags)?;
    let p = port(port_no)?;
    let t = if flags & SKT_NON_BLOCKING != 0 {
        CONNECT_TIMEOUT_NON_BLOCKING_MS
    } else {
        CONNECT_TIMEOUT_MS
    };
    let h = mvtls::connect(host, p, t, ctx)?;
    socket_table::insert(
        h,
        Entry::Socket(SocketState {
            kind: SocketType::Outgoing,
            blocking: flags & SKT_BLOCKING != 0,
            no_delay: false,
            keep_alive: false,
            secure: ctx != 0,
        }),
    );
    Ok(NetValue::Socket(h))
}

/// `CREATE.SERVER.SOCKET(addr, port, flags)`: a listening socket; `addr` ""
/// = any address; flags SKT$STREAM+SKT$TCP (0), plus SKT$REUSEPORT.
pub fn create_server_socket(addr: &[u8], port_no: i64, flags: i64) -> Reply {
    finish(listen_socket(addr, port_no, flags, 0), NetValue::Int(0))
}

/// `ACCEPT.SOCKET.CONNECTION(srv, timeout)`: waits up to `timeout` ms (0 =
/// forever) for a connection (on a TLS server socket: one whose handshake
/// completed). STATUS() 1011 on timeout.
pub fn accept_socket_connection(srv: i32, timeout: i64) -> Reply {
    finish(accept_impl(srv, timeout), NetValue::Int(0))
}

pub(crate) fn accept_impl(srv: i32, timeout: i64) -> NetResult<NetValue> {
    let st = require_socket(srv)?;
    if st.kind != SocketType::Server {
        return Err(NetError::new(
            ER_WRONG_KIND,
            format!("{srv} is not a server socket"),
        ));
    }
    let h = mvtls::accept(srv, timeout_ms(timeout))?;
    socket_table::insert(
        h,
        Entry::Socket(SocketState {
            kind: SocketType::Incoming,
            blocking: false,
            no_delay: false,
            keep_alive: false,
            secure: st.secure,
        }),
    );
    Ok(NetValue::Socket(h))
}

/// `OPEN.SOCKET(addr, port, flags)`: a plain client connection. SKT$BLOCKING
/// in `flags` makes blocking the socket's default mode.
pub fn open_socket(addr: &[u8], port_no: i64, flags: i64) -> Reply {
    finish(connect_socket(addr, port_no, flags, 0), NetValue::Int(0))
}

/// ScarletDME's non-fatal message for a connection OPEN.SOCKET could not
/// make, from the failure text (which ends in the OS's `(os error N)`):
/// `Failed to connect: 111: Connection refused` when the socket was
/// blocking, `Failed to connect: Connection refused` (no number: its
/// second connect after select()) with SKT$NON.BLOCKING. None when the
/// text names no OS error. The text ends with a newline, as ScarletDME's.
pub fn connect_failure_message(text: &str, flags: i64) -> Option<String> {
    let at = text.rfind("(os error ")?;
    let n: i32 = text[at + 10..].trim_end_matches(')').parse().ok()?;
    let os = std::io::Error::from_raw_os_error(n).to_string();
    let reason = os.strip_suffix(&format!(" (os error {n})")).unwrap_or(&os);
    Some(if flags & SKT_NON_BLOCKING != 0 {
        format!("Failed to connect: {reason}\n")
    } else {
        format!("Failed to connect: {n}: {reason}\n")
    })
}

/// `READ.SOCKET(skt, max, flags, timeout)`: up to `max` bytes. Blocking
/// (SKT$BLOCKING, or the socket's default when flags name no mode) waits up
/// to `timeout` ms (0 = forever); non-blocking returns at once. "" with
/// STATUS() 1011 (no data), 7013 (peer closed) or an error code.
pub fn read_socket(skt: i32, max: i64, flags: i64, timeout: i64) -> Reply {
    finish(
        read_impl(skt, max, flags, timeout, false),
        NetValue::Str(Vec::new()),
    )
}

/// Shared READ body; `default_blocking` forces blocking when flags are 0.
pub(crate) fn read_impl(
    skt: i32,
    max: i64,
    flags: i64,
    timeout: i64,
    default_blocking: bool,
) -> NetResult<NetValue> {
    let st = require_socket(skt)?;
    if st.kind == SocketType::Server {
        return Err(NetError::new(
            ER_WRONG_KIND,
            format!("{skt} is a server socket: accept a connection first"),
        ));
    }
    if max < 1 {
        return Err(NetError::new(
            ER_PARAMS,
            format!("READ.SOCKET length {max} must be at least 1"),
        ));
    }
    let blocking = if flags & SKT_BLOCKING != 0 {
        true
    } else if flags & SKT_NON_BLOCKING != 0 {
        false
    } else {
        st.blocking || default_blocking
    };
    let t = if blocking { timeout_ms(timeout) } else { 0 };
    let data = mvtls::read(skt, max.min(MAX_READ) as usize, t)?;
    Ok(NetValue::Str(data))
}

/// `WRITE.SOCKET(skt, data, flags, timeout)`: writes all of `data`, waiting
/// up to `timeout` ms (0 = forever) in either mode; returns the bytes
/// written (0 with STATUS() set on failure).
pub fn write_socket(skt: i32, data: &[u8], flags: i64, timeout: i64) -> Reply {
    // both ScarletDME modes write everything (docs/basic-sockets.md);
    // SKT$PARTIAL (mvbasic) takes what fits now
    let partial = flags & SKT_PARTIAL != 0;
    let r = require_socket(skt).and_then(|st| {
        if st.kind == SocketType::Server {
            Err(NetError::new(
                ER_WRONG_KIND,
                format!("{skt} is a server socket"),
            ))
        } else if data.is_empty() {
            Ok(0)
        } else if partial {
            mvtls::write_some(skt, data)
        } else {
            mvtls::write(skt, data, timeout_ms(timeout))
        }
    });
    match r {
        Ok(0) if partial && !data.is_empty() => finish_with(
            NetValue::Int(0),
            NetError::new(ER_TIMEOUT, "would block: the output buffer is full"),
        ),
        Ok(n) => finish(Ok(NetValue::Int(n as i64)), NetValue::Int(0)),
        Err(e) => finish_with(NetValue::Int(0), e),
    }
}

/// `CLOSE.SOCKET skt`: closes a socket now (TLS: sends close_notify).
/// Closing a server socket never affects accepted connections.
pub fn close_socket(skt: i32) -> Reply {
    let r = require_socket(skt).and_then(|_| {
        socket_table::remove(skt);
        mvtls::close(skt)
    });
    finish(r.map(|_| NetValue::Int(0)), NetValue::Int(0))
}

/// `SOCKET.INFO(skt, key)`: see the SKT$INFO keys; 0 for a key it does not
/// know (as ScarletDME). `skt` 0 (or any non-socket) gives 0 for
/// SKT$INFO.OPEN and STATUS() 7120 for other keys (the BASIC verb stops the
/// program first: `Data item is not a socket`).
pub fn socket_info(skt: i32, key: i64) -> Reply {
    if key == SKT_INFO_OPEN {
        let open = socket_table::socket(skt).is_some();
        return finish(Ok(NetValue::Int(open as i64)), NetValue::Int(0));
    }
    finish(info_impl(skt, key), NetValue::Int(0))
}

fn info_text(skt: i32, key: u32) -> NetResult<String> {
    mvtls::info(skt, key as i32)
}

/// Strips the `::ffff:` prefix of an IPv4-mapped IPv6 address.
pub(crate) fn unmap(addr: String) -> String {
    match addr.strip_prefix("::ffff:") {
        Some(v4) if v4.contains('.') => v4.to_string(),
        _ => addr,
    }
}

fn info_impl(skt: i32, key: i64) -> NetResult<NetValue> {
    let st = require_socket(skt)?;
    let server = st.kind == SocketType::Server;
    let int = |s: String| NetValue::Int(s.trim().parse().unwrap_or(0));
    let text = |s: String| NetValue::Str(s.into_bytes());
    Ok(match key {
        SKT_INFO_TYPE => NetValue::Int(st.kind as i64),
        SKT_INFO_PORT => int(info_text(
            skt,
            if server {
                bindings::MVTLS_INFO_LOCAL_PORT
            } else {
                bindings::MVTLS_INFO_PEER_PORT
            },
        )?),
        SKT_INFO_IP_ADDR => text(unmap(info_text(
            skt,
            if server {
                bindings::MVTLS_INFO_LOCAL_ADDR
            } else {
                bindings::MVTLS_INFO_PEER_ADDR
            },
        )?)),
        SKT_INFO_BLOCKING => NetValue::Int(st.blocking as i64),
        SKT_INFO_NO_DELAY => NetValue::Int(st.no_delay as i64),
        SKT_INFO_KEEP_ALIVE => NetValue::Int(st.keep_alive as i64),
        SKT_INFO_FAMILY => {
            let a = unmap(info_text(
                skt,
                if server {
                    bindings::MVTLS_INFO_LOCAL_ADDR
                } else {
                    bindings::MVTLS_INFO_PEER_ADDR
                },
            )?);
            NetValue::Int(if a.contains(':') {
                SKT_INFO_FAMILY_IPV6
            } else {
                SKT_INFO_FAMILY_IPV4
            })
        }
        SKT_INFO_SECURE => int(info_text(skt, bindings::MVTLS_INFO_SECURE)?),
        SKT_INFO_TLS_VERSION => text(info_text(skt, bindings::MVTLS_INFO_TLS_VERSION)?),
        SKT_INFO_CIPHER => text(info_text(skt, bindings::MVTLS_INFO_CIPHER)?),
        SKT_INFO_ALPN => text(info_text(skt, bindings::MVTLS_INFO_ALPN)?),
        SKT_INFO_SNI => text(info_text(skt, bindings::MVTLS_INFO_SNI)?),
        SKT_INFO_PEER_SUBJECT => text(info_text(skt, bindings::MVTLS_INFO_PEER_SUBJECT)?),
        SKT_INFO_VERIFY => text(info_text(skt, bindings::MVTLS_INFO_VERIFY)?),
        SKT_INFO_LOCAL_ADDR => text(unmap(info_text(skt, bindings::MVTLS_INFO_LOCAL_ADDR)?)),
        SKT_INFO_LOCAL_PORT => int(info_text(skt, bindings::MVTLS_INFO_LOCAL_PORT)?),
        SKT_INFO_CONTEXT => int(info_text(skt, bindings::MVTLS_INFO_CONTEXT)?),
        SKT_INFO_PENDING => int(info_text(skt, bindings::MVTLS_INFO_PENDING)?),
        SKT_INFO_OUTPUT_PENDING => int(info_text(skt, bindings::MVTLS_INFO_OUTPUT_PENDING)?),
        SKT_INFO_RESUMED => int(info_text(skt, bindings::MVTLS_INFO_RESUMED)?),
        SKT_INFO_PROXY_REJECTED => int(info_text(skt, bindings::MVTLS_INFO_PROXY_REJECTED)?),
        // ScarletDME answers 0 to a key it does not know
        _ => NetValue::Int(0),
    })
}

/// `SET.SOCKET.MODE(skt, key, value)`: SKT$INFO.BLOCKING (default mode),
/// SKT$INFO.NO.DELAY, SKT$INFO.KEEP.ALIVE. Returns 1 on success, 0 on
/// failure (STATUS() 1006 for another key).
pub fn set_socket_mode(skt: i32, key: i64, value: i64) -> Reply {
    let r = set_mode_impl(skt, key, value != 0).map(|_| NetValue::Int(1));
    finish(r, NetValue::Int(0))
}

fn set_mode_impl(skt: i32, key: i64, on: bool) -> NetResult<()> {
    let st = require_socket(skt)?;
    match key {
        SKT_INFO_BLOCKING => socket_table::update_socket(skt, |s| s.blocking = on),
        SKT_INFO_NO_DELAY | SKT_INFO_KEEP_ALIVE => {
            if st.kind == SocketType::Server {
                return Err(NetError::new(
                    ER_WRONG_KIND,
                    format!("{skt} is a server socket: set this on connections"),
                ));
            }
            let opt = if key == SKT_INFO_NO_DELAY {
                bindings::MVTLS_OPT_NODELAY
            } else {
                bindings::MVTLS_OPT_KEEPALIVE
            };
            mvtls::set_option(skt, opt as i32, on as i32)?;
            socket_table::update_socket(skt, |s| {
                if key == SKT_INFO_NO_DELAY {
                    s.no_delay = on
                } else {
                    s.keep_alive = on
                }
            });
        }
        _ => {
            return Err(NetError::new(
                ER_BAD_KEY,
                format!("SET.SOCKET.MODE key {key} is not known"),
            ))
        }
    }
    Ok(())
}

/// `SERVER.ADDR(name)`: the first IP address `name` resolves to; "" with
/// STATUS() 7001 if it does not resolve, 1003 if empty.
pub fn server_addr(name: &[u8]) -> Reply {
    let r = (|| {
        let host = std::str::from_utf8(name)
            .map_err(|_| NetError::new(ER_BAD_NAME, "host name is not text"))?
            .trim();
        if host.is_empty() {
            return Err(NetError::new(ER_BAD_NAME, "no host name given"));
        }
        let mut addrs = (host, 0u16)
            .to_socket_addrs()
            .map_err(|e| NetError::new(ER_SERVER, format!("cannot resolve {host}: {e}")))?;
        let a = addrs
            .next()
            .ok_or_else(|| NetError::new(ER_SERVER, format!("{host} has no address")))?;
        Ok(NetValue::Str(a.ip().to_string().into_bytes()))
    })();
    finish(r, NetValue::Str(Vec::new()))
}
