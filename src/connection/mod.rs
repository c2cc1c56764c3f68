//! Connections: a TCP stream, plain or wrapped in a rustls session.
//!
//! The socket is non-blocking; waits use poll(2) with the caller's deadline
//! and are made *without* holding the connection's lock, so one thread can
//! read while another writes. Reads return buffered plaintext first. Writes
//! send everything or fail. Sends use MSG_NOSIGNAL: no SIGPIPE, ever.

use crate::codes::*;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::net::{self, Deadline, Sock};
use crate::options::ClientAuth;
use crate::tlserr::{self, Side};
use socket2::{Domain, Protocol, SockRef, Socket, Type};
use std::io::{self, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::os::fd::{AsRawFd, RawFd};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};

/// Progress of a non-blocking handshake step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Handshake {
    /// Handshake complete and all its bytes sent.
    Done,
    /// Waiting for the socket to become readable.
    WantRead,
    /// Waiting for the socket to become writable.
    WantWrite,
}

fn would_block(e: &io::Error) -> bool {
    e.kind() == io::ErrorKind::WouldBlock
}

fn peer_gone(e: &io::Error) -> bool {
    matches!(
        e.raw_os_error(),
        Some(libc::EPIPE) | Some(libc::ECONNRESET) | Some(libc::ENOTCONN)
    )
}

/// Sends whatever rustls has queued (alerts, close_notify, key updates)
/// without blocking; errors are ignored (best effort).
fn flush_quietly(tls: &mut rustls::Connection, tcp: &TcpStream) {
    while tls.wants_write() {
        match tls.write_tls(&mut Sock(tcp)) {
            Ok(n) if n > 0 => {}
            _ => break,
        }
    }
}

/// Advances a handshake as far as possible without blocking.
pub fn drive_handshake(
    tcp: &TcpStream,
    tls: &mut rustls::Connection,
    side: Side,
) -> Result<Handshake> {
    loop {
        while tls.wants_write() {
            match tls.write_tls(&mut Sock(tcp)) {
                Ok(_) => {}
                Err(e) if would_block(&e) => return Ok(Handshake::WantWrite),
                Err(e) => {
                    return Err(Error::io(
                        MVTLS_ERR_HANDSHAKE,
                        "TLS handshake failed: send",
                        &e,
                    ))
                }
            }
        }
        if !tls.is_handshaking() {
            return Ok(Handshake::Done);
        }
        match tls.read_tls(&mut Sock(tcp)) {
            Ok(0) => {
                return Err(Error::new(
                    MVTLS_ERR_HANDSHAKE,
                    "TLS handshake failed: peer closed the connection during the handshake",
                ))
            }
            Ok(_) => {
                if let Err(e) = tls.process_new_packets() {
                    // Best effort: let the peer see our alert.
                    flush_quietly(tls, tcp);
                    return Err(tlserr::map(&e, side, true));
                }
            }
            Err(e) if would_block(&e) => return Ok(Handshake::WantRead),
            Err(e) => {
                return Err(Error::io(
                    MVTLS_ERR_HANDSHAKE,
                    "TLS handshake failed: receive",
                    &e,
                ))
            }
        }
    }
}

struct Inner {
    tcp: TcpStream,
    tls: Option<rustls::Connection>,
    /// Sticky error after a fatal TLS problem.
    failed: Option<Error>,
    closed: bool,
}

/// A connected socket (plain or TLS).
pub struct Connection {
    inner: Mutex<Inner>,
    fd: RawFd,
    peer: SocketAddr,
    local: SocketAddr,
    side: Side,
    /// Keeps the context alive while the connection is.
    ctx: Option<Arc<Context>>,
    ctx_handle: i32,
    /// Client side: the name we asked for.
    client_sni: String,
    /// Set by `close`; waiting threads check it (see `net::CLOSE_CHECK`).
    closed: AtomicBool,
}

impl Connection {
    fn new(
        tcp: TcpStream,
        peer: SocketAddr,
        tls: Option<rustls::Connection>,
        side: Side,
        ctx: Option<(Arc<Context>, i32)>,
        sni: String,
    ) -> Result<Self> {
        let local = tcp
            .local_addr()
            .map_err(|e| Error::io(MVTLS_ERR_FAILED, "getsockname", &e))?;
        tcp.set_nonblocking(true)
            .map_err(|e| Error::io(MVTLS_ERR_FAILED, "set non-blocking", &e))?;
        let (ctx, ctx_handle) = match ctx {
            Some((c, h)) => (Some(c), h),
            None => (None, 0),
        };
        Ok(Connection {
            fd: tcp.as_raw_fd(),
            inner: Mutex::new(Inner {
                tcp,
                tls,
                failed: None,
                closed: false,
            }),
            peer,
            local,
            side,
            ctx,
            ctx_handle,
            client_sni: sni,
            closed: AtomicBool::new(false),
        })
    }

    /// Wraps a socket accepted by a listener (TLS handshake already done, if any).
    pub fn accepted(
        tcp: TcpStream,
        peer: SocketAddr,
        tls: Option<rustls::ServerConnection>,
        ctx: Option<(Arc<Context>, i32)>,
    ) -> Result<Self> {
        Self::new(
            tcp,
            peer,
            tls.map(rustls::Connection::Server),
            Side::Server,
            ctx,
            String::new(),
        )
    }

    /// Connects to `host:port` within the deadline; with a (client) context,
    /// performs the TLS handshake with SNI and verification.
    pub fn connect(
        host: &str,
        port: u16,
        deadline: Deadline,
        ctx: Option<(Arc<Context>, i32)>,
    ) -> Result<Self> {
        let cfg = match &ctx {
            Some((c, _)) => Some(c.client_config().ok_or_else(|| {
                Error::params("mvtls_connect needs a client context (this is a server context)")
            })?),
            None => None,
        };
        let addrs = net::resolve(host, port)?;
        let (tcp, peer) = tcp_connect(&addrs, deadline)?;
        let Some(cfg) = cfg else {
            return Self::new(tcp, peer, None, Side::Client, None, String::new());
        };
        let bare = host
            .strip_prefix('[')
            .and_then(|h| h.strip_suffix(']'))
            .unwrap_or(host);
        let name = rustls_pki_types::ServerName::try_from(bare.to_string()).map_err(|e| {
            Error::new(
                MVTLS_ERR_HOSTNAME,
                format!("invalid server name '{host}': {e}"),
            )
        })?;
        let sni = match &name {
            rustls_pki_types::ServerName::DnsName(d) => d.as_ref().to_string(),
            _ => String::new(),
        };
        let mut tls = rustls::Connection::Client(
            rustls::ClientConnection::new(cfg, name)
                .map_err(|e| tlserr::map(&e, Side::Client, true))?,
        );
        tcp.set_nonblocking(true)
            .map_err(|e| Error::io(MVTLS_ERR_FAILED, "set non-blocking", &e))?;
        let hs_deadline = deadline.min(Deadline::after(
            ctx.as_ref().expect("tls").0.handshake_timeout(),
        ));
        crate::context::reset_cert_requested();
        loop {
            let step = drive_handshake(&tcp, &mut tls, Side::Client).map_err(|e| {
                // TLS 1.2 servers refuse a missing/bad client certificate with
                // a generic handshake_failure: we know we were asked for one.
                if e.code == MVTLS_ERR_HANDSHAKE && crate::context::cert_requested() {
                    Error::new(
                        MVTLS_ERR_CLIENT_CERT_REQUIRED,
                        format!("{} (the server asked for a client certificate)", e.text),
                    )
                } else {
                    e
                }
            })?;
            let events = match step {
                Handshake::Done => break,
                Handshake::WantRead => libc::POLLIN,
                Handshake::WantWrite => libc::POLLOUT,
            };
            let ok = net::wait_fd(tcp.as_raw_fd(), events, hs_deadline, None)
                .map_err(|e| Error::io(MVTLS_ERR_HANDSHAKE, "poll", &e))?;
            if !ok {
                return Err(Error::timeout(format!(
                    "TLS handshake with {host}:{port} timed out"
                )));
            }
        }
        Self::new(tcp, peer, Some(tls), Side::Client, ctx, sni)
    }

    fn lock(&self) -> MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The socket descriptor (for poll).
    pub fn fd(&self) -> RawFd {
        self.fd
    }

    /// True for TLS connections.
    pub fn is_secure(&self) -> bool {
        self.lock().tls.is_some()
    }

    /// Peer address.
    pub fn peer_addr(&self) -> SocketAddr {
        self.peer
    }

    /// Local address.
    pub fn local_addr(&self) -> SocketAddr {
        self.local
    }

    /// Handle of the context used (0 = plain).
    pub fn context_handle(&self) -> i32 {
        self.ctx_handle
    }

    /// Reads up to `buf.len()` bytes. `Ok(n)` with n > 0 is data; end of
    /// stream is `Err` with code 7013; a timeout is 1011.
    pub fn read(&self, buf: &mut [u8], deadline: Deadline) -> Result<usize> {
        if buf.is_empty() {
            return Ok(0);
        }
        loop {
            if let Some(n) = self.lock().try_read(buf, self.side)? {
                return Ok(n);
            }
            let ok = net::wait_fd(self.fd, libc::POLLIN, deadline, Some(&self.closed))
                .map_err(|e| Error::io(MVTLS_ERR_RECV, "poll", &e))?;
            if !ok {
                return Err(Error::timeout("read timed out"));
            }
        }
    }

    /// Writes all of `data` or fails (7013 if the peer is gone, 1011 on timeout).
    pub fn write(&self, data: &[u8], deadline: Deadline) -> Result<()> {
        let mut off = 0;
        loop {
            if self.lock().try_write(data, &mut off)? {
                return Ok(());
            }
            let ok = net::wait_fd(self.fd, libc::POLLOUT, deadline, Some(&self.closed))
                .map_err(|e| Error::io(MVTLS_ERR_FAILED, "poll", &e))?;
            if !ok {
                return Err(Error::timeout(format!(
                    "write timed out after {off} of {} bytes",
                    data.len()
                )));
            }
        }
    }

    /// True when `read` would not block: plaintext buffered, data readable,
    /// end of stream or an error pending. Never blocks.
    pub fn ready_now(&self) -> bool {
        self.lock().ready_now(self.side)
    }

    /// Sends close_notify (TLS) without blocking and marks the connection
    /// closed. Threads waiting on it return within `net::CLOSE_CHECK`
    /// (7120, like any later use of the closed handle); the socket is closed when the last user lets go.
    pub fn close(&self) {
        let mut g = self.lock();
        if g.closed {
            return;
        }
        g.closed = true;
        self.closed.store(true, Ordering::Release);
        let Inner { tcp, tls, .. } = &mut *g;
        if let Some(tls) = tls {
            tls.send_close_notify();
            flush_quietly(tls, tcp);
        }
    }

    /// Sets TCP_NODELAY.
    pub fn set_nodelay(&self, on: bool) -> Result<()> {
        self.lock()
            .tcp
            .set_nodelay(on)
            .map_err(|e| Error::io(MVTLS_ERR_FAILED, "TCP_NODELAY", &e))
    }

    /// Sets SO_KEEPALIVE.
    pub fn set_keepalive(&self, on: bool) -> Result<()> {
        let g = self.lock();
        SockRef::from(&g.tcp)
            .set_keepalive(on)
            .map_err(|e| Error::io(MVTLS_ERR_FAILED, "SO_KEEPALIVE", &e))
    }

    /// Negotiated TLS version (`TLSv1.2`/`TLSv1.3`, empty for plain).
    pub fn tls_version(&self) -> String {
        let g = self.lock();
        match g.tls.as_ref().and_then(|t| t.protocol_version()) {
            Some(rustls::ProtocolVersion::TLSv1_2) => "TLSv1.2".into(),
            Some(rustls::ProtocolVersion::TLSv1_3) => "TLSv1.3".into(),
            Some(v) => format!("{v:?}"),
            None => String::new(),
        }
    }

    /// Negotiated cipher suite name (empty for plain).
    pub fn cipher(&self) -> String {
        let g = self.lock();
        g.tls
            .as_ref()
            .and_then(|t| t.negotiated_cipher_suite())
            .map(|s| format!("{:?}", s.suite()))
            .unwrap_or_default()
    }

    /// Negotiated ALPN protocol (empty if none).
    pub fn alpn(&self) -> String {
        let g = self.lock();
        g.tls
            .as_ref()
            .and_then(|t| t.alpn_protocol())
            .map(|p| String::from_utf8_lossy(p).into_owned())
            .unwrap_or_default()
    }

    /// SNI name sent by the client (server side) or used (client side).
    pub fn sni(&self) -> String {
        let g = self.lock();
        match &g.tls {
            Some(rustls::Connection::Server(s)) => s.server_name().unwrap_or("").to_string(),
            Some(rustls::Connection::Client(_)) => self.client_sni.clone(),
            None => String::new(),
        }
    }

    /// Subject of the peer's end-entity certificate (empty if none).
    pub fn peer_subject(&self) -> String {
        let g = self.lock();
        g.tls
            .as_ref()
            .and_then(|t| t.peer_certificates())
            .and_then(|c| c.first())
            .and_then(|c| crate::der::cert_subject(c))
            .unwrap_or_default()
    }

    /// `OK`, `NONE` or `OFF` (see `MVTLS_INFO_VERIFY`).
    pub fn verify(&self) -> &'static str {
        let g = self.lock();
        let Some(tls) = &g.tls else { return "NONE" };
        let ctx = self.ctx.as_ref();
        match self.side {
            Side::Client if ctx.is_some_and(|c| !c.verify_enabled()) => "OFF",
            Side::Client => "OK",
            Side::Server => {
                let has = tls.peer_certificates().is_some_and(|c| !c.is_empty());
                if has && ctx.is_some_and(|c| c.client_auth() != ClientAuth::None) {
                    "OK"
                } else {
                    "NONE"
                }
            }
        }
    }
}

impl Inner {
    fn check_open(&self) -> Result<()> {
        if self.closed {
            return Err(Error::new(
                MVTLS_ERR_BAD_HANDLE,
                "connection was closed (by another thread)",
            ));
        }
        if let Some(e) = &self.failed {
            return Err(e.clone());
        }
        Ok(())
    }

    /// One non-blocking read attempt: `Ok(None)` = would block.
    fn try_read(&mut self, buf: &mut [u8], side: Side) -> Result<Option<usize>> {
        self.check_open()?;
        let Inner {
            tcp, tls, failed, ..
        } = self;
        let Some(tls) = tls else {
            return match Sock(tcp).read(buf) {
                Ok(0) => Err(Error::closed("peer closed the connection")),
                Ok(n) => Ok(Some(n)),
                Err(e) if would_block(&e) => Ok(None),
                Err(e) => Err(Error::io(MVTLS_ERR_RECV, "receive", &e)),
            };
        };
        loop {
            match tls.reader().read(buf) {
                Ok(0) => return Err(Error::closed("peer closed the connection (close_notify)")),
                Ok(n) => return Ok(Some(n)),
                Err(e) if would_block(&e) => {}
                Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => {
                    return Err(Error::closed(
                        "peer closed the connection without close_notify",
                    ))
                }
                Err(e) => return Err(Error::io(MVTLS_ERR_RECV, "receive", &e)),
            }
            // Flush anything rustls wants to send (key updates, alerts).
            flush_quietly(tls, tcp);
            match tls.read_tls(&mut Sock(tcp)) {
                Ok(_) => {}
                Err(e) if would_block(&e) => return Ok(None),
                Err(e) => return Err(Error::io(MVTLS_ERR_RECV, "receive", &e)),
            }
            if let Err(e) = tls.process_new_packets() {
                flush_quietly(tls, tcp);
                let err = tlserr::map(&e, side, false);
                *failed = Some(err.clone());
                return Err(err);
            }
        }
    }

    /// Pushes as much of `data[*off..]` as possible; true when all is sent.
    fn try_write(&mut self, data: &[u8], off: &mut usize) -> Result<bool> {
        self.check_open()?;
        let Inner { tcp, tls, .. } = self;
        let map = |e: io::Error| {
            if peer_gone(&e) {
                Error::io(MVTLS_ERR_CLOSED, "peer closed the connection", &e)
            } else {
                Error::io(MVTLS_ERR_FAILED, "send", &e)
            }
        };
        match tls {
            None => {
                while *off < data.len() {
                    match Sock(tcp).write(&data[*off..]) {
                        Ok(n) => *off += n,
                        Err(e) if would_block(&e) => return Ok(false),
                        Err(e) => return Err(map(e)),
                    }
                }
                Ok(true)
            }
            Some(tls) => loop {
                if *off < data.len() {
                    *off += tls
                        .writer()
                        .write(&data[*off..])
                        .map_err(|e| Error::io(MVTLS_ERR_TLS, "encrypt", &e))?;
                }
                while tls.wants_write() {
                    match tls.write_tls(&mut Sock(tcp)) {
                        Ok(_) => {}
                        Err(e) if would_block(&e) => return Ok(false),
                        Err(e) => return Err(map(e)),
                    }
                }
                if *off == data.len() {
                    return Ok(true);
                }
            },
        }
    }

    fn ready_now(&mut self, side: Side) -> bool {
        if self.closed || self.failed.is_some() {
            return true;
        }
        let Inner {
            tcp, tls, failed, ..
        } = self;
        let Some(tls) = tls else {
            let mut p = [libc::pollfd {
                fd: tcp.as_raw_fd(),
                events: libc::POLLIN,
                revents: 0,
            }];
            return !matches!(net::poll(&mut p, 0), Ok(0));
        };
        loop {
            match tls.process_new_packets() {
                Ok(st) if st.plaintext_bytes_to_read() > 0 || st.peer_has_closed() => return true,
                Ok(_) => {}
                Err(e) => {
                    *failed = Some(tlserr::map(&e, side, false));
                    return true;
                }
            }
            match tls.read_tls(&mut Sock(tcp)) {
                Ok(0) => return true,
                Ok(_) => continue,
                Err(e) if would_block(&e) => return false,
                Err(_) => return true,
            }
        }
    }
}

/// TCP connect to the first reachable address within the deadline.
fn tcp_connect(addrs: &[SocketAddr], deadline: Deadline) -> Result<(TcpStream, SocketAddr)> {
    let mut last = Error::new(MVTLS_ERR_CONNECT, "no address to connect to");
    for addr in addrs {
        let sock = Socket::new(
            Domain::for_address(*addr),
            Type::STREAM,
            Some(Protocol::TCP),
        )
        .map_err(|e| Error::io(MVTLS_ERR_NOSOCKET, "socket", &e))?;
        sock.set_nonblocking(true)
            .map_err(|e| Error::io(MVTLS_ERR_NOSOCKET, "set non-blocking", &e))?;
        match sock.connect(&(*addr).into()) {
            Ok(()) => return Ok((sock.into(), *addr)),
            Err(e) if e.raw_os_error() == Some(libc::EINPROGRESS) => {}
            Err(e) => {
                last = Error::io(MVTLS_ERR_CONNECT, &format!("cannot connect to {addr}"), &e);
                continue;
            }
        }
        let ok = net::wait_fd(sock.as_raw_fd(), libc::POLLOUT, deadline, None)
            .map_err(|e| Error::io(MVTLS_ERR_CONNECT, "poll", &e))?;
        if !ok {
            return Err(Error::timeout(format!("connect to {addr} timed out")));
        }
        match sock.take_error() {
            Ok(None) => return Ok((sock.into(), *addr)),
            Ok(Some(e)) | Err(e) => {
                last = Error::io(MVTLS_ERR_CONNECT, &format!("cannot connect to {addr}"), &e)
            }
        }
    }
    Err(last)
}
