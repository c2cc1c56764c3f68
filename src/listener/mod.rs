//! Listeners: a non-blocking listening socket plus, for secure listeners,
//! the handshakes in progress. Handshakes are non-blocking state machines
//! advanced by `accept` and `poll` (no library threads, so a listener or
//! context made before fork() works in the child). Each is bounded by the
//! context's handshake timeout; a silent client never delays another.

use crate::codes::*;
use crate::connection::{drive_handshake, Connection, Handshake};
use crate::context::Context;
use crate::error::{Error, Result};
use crate::mvlog;
use crate::net::{self, Deadline};
use crate::tlserr::Side;
use socket2::{Domain, Protocol, Socket, Type};
use std::collections::VecDeque;
use std::io;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr, TcpListener, TcpStream};
use std::os::fd::{AsRawFd, RawFd};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};

/// Default listen backlog.
const DEFAULT_BACKLOG: i32 = 1024;
/// Most handshakes in progress per listener; beyond it, new clients wait in
/// the kernel backlog.
const MAX_PENDING: usize = 1024;
/// Most completed connections queued for `accept`.
const MAX_READY: usize = 256;
/// Pause after accept(2) fails for lack of resources (EMFILE, ENFILE...).
const ACCEPT_BACKOFF: std::time::Duration = std::time::Duration::from_millis(100);
/// Most sockets taken from the kernel per drive step.
const ACCEPT_BATCH: usize = 64;

struct Pending {
    tcp: TcpStream,
    tls: rustls::Connection,
    peer: SocketAddr,
    deadline: Deadline,
    events: i16,
}

#[derive(Default)]
struct State {
    pending: Vec<Pending>,
    ready: VecDeque<Connection>,
    /// After accept(2) failed for lack of resources (EMFILE...), leave the
    /// kernel queue alone until then instead of spinning on a readable socket.
    backoff: Option<Deadline>,
}

/// A listening socket, plain or secure.
pub struct Listener {
    sock: TcpListener,
    local: SocketAddr,
    ctx: Option<(Arc<Context>, i32)>,
    state: Mutex<State>,
    closed: AtomicBool,
}

fn bind_error(addr: &SocketAddr, e: &io::Error) -> Error {
    Error::io(MVTLS_ERR_BIND, &format!("cannot bind/listen on {addr}"), e)
}

fn open(addr: SocketAddr, backlog: i32, reuseport: bool, dual: bool) -> Result<Socket> {
    let sock = Socket::new(Domain::for_address(addr), Type::STREAM, Some(Protocol::TCP))
        .map_err(|e| Error::io(MVTLS_ERR_NOSOCKET, "cannot create socket", &e))?;
    sock.set_reuse_address(true)
        .map_err(|e| bind_error(&addr, &e))?;
    if reuseport {
        sock.set_reuse_port(true)
            .map_err(|e| bind_error(&addr, &e))?;
    }
    if dual {
        // Best effort: some systems forbid dual-stack sockets.
        let _ = sock.set_only_v6(false);
    }
    sock.bind(&addr.into()).map_err(|e| bind_error(&addr, &e))?;
    sock.listen(backlog).map_err(|e| bind_error(&addr, &e))?;
    sock.set_nonblocking(true)
        .map_err(|e| bind_error(&addr, &e))?;
    Ok(sock)
}

impl Listener {
    /// Binds and listens. `addr` None/empty = any address (IPv6 dual stack
    /// where available, else IPv4). `ctx` None = plain listener.
    pub fn bind(
        addr: Option<&str>,
        port: i32,
        backlog: i32,
        flags: i32,
        ctx: Option<(Arc<Context>, i32)>,
    ) -> Result<Listener> {
        if flags & !MVTLS_LISTEN_REUSEPORT != 0 {
            return Err(Error::params(format!("unknown listener flags {flags:#x}")));
        }
        let port = net::port(port)?;
        let backlog = if backlog <= 0 {
            DEFAULT_BACKLOG
        } else {
            backlog
        };
        if let Some((c, _)) = &ctx {
            if c.server_config().is_none() {
                return Err(Error::params(
                    "a listener needs a server context (this is a client context)",
                ));
            }
        }
        let reuseport = flags & MVTLS_LISTEN_REUSEPORT != 0;
        let host = addr.map(str::trim).unwrap_or("");
        let sock = if host.is_empty() {
            let v6 = SocketAddr::new(IpAddr::V6(Ipv6Addr::UNSPECIFIED), port);
            match open(v6, backlog, reuseport, true) {
                Ok(s) => s,
                Err(e) if e.code == MVTLS_ERR_NOSOCKET => open(
                    SocketAddr::new(IpAddr::V4(Ipv4Addr::UNSPECIFIED), port),
                    backlog,
                    reuseport,
                    false,
                )?,
                Err(e) => return Err(e),
            }
        } else {
            let a = net::resolve(host, port)?[0];
            open(
                a,
                backlog,
                reuseport,
                a.is_ipv6() && a.ip().is_unspecified(),
            )?
        };
        let sock: TcpListener = sock.into();
        let local = sock
            .local_addr()
            .map_err(|e| Error::io(MVTLS_ERR_FAILED, "getsockname", &e))?;
        Ok(Listener {
            sock,
            local,
            ctx,
            state: Mutex::new(State::default()),
            closed: AtomicBool::new(false),
        })
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Local address (read the port chosen for port 0 here).
    pub fn local_addr(&self) -> SocketAddr {
        self.local
    }

    /// True for a TLS listener.
    pub fn is_secure(&self) -> bool {
        self.ctx.is_some()
    }

    /// Context handle (0 = plain).
    pub fn context_handle(&self) -> i32 {
        self.ctx.as_ref().map(|c| c.1).unwrap_or(0)
    }

    /// The listening socket's descriptor.
    pub fn fd(&self) -> RawFd {
        self.sock.as_raw_fd()
    }

    /// Number of handshakes in progress.
    pub fn pending(&self) -> usize {
        self.lock().pending.len()
    }

    /// Marks the listener closed; `accept` calls waiting in other threads
    /// return within `net::CLOSE_CHECK`.
    pub fn close(&self) {
        self.closed.store(true, Ordering::SeqCst);
        let mut st = self.lock();
        st.pending.clear();
        st.ready.clear();
    }

    /// Takes new sockets from the kernel and advances every handshake,
    /// without blocking.
    fn drive(&self, st: &mut State) {
        if st.backoff.is_some_and(|b| b.expired()) {
            st.backoff = None;
        }
        for _ in 0..ACCEPT_BATCH {
            if st.backoff.is_some() {
                break;
            }
            if st.pending.len() >= MAX_PENDING || st.ready.len() >= MAX_READY {
                break;
            }
            match self.sock.accept() {
                Ok((tcp, peer)) => self.admit(st, tcp, peer),
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => break,
                Err(e)
                    if matches!(
                        e.raw_os_error(),
                        Some(libc::ECONNABORTED) | Some(libc::EINTR)
                    ) =>
                {
                    continue
                }
                Err(e) => {
                    mvlog!(
                        "accept on {}: {e}; pausing accepts for {:?}",
                        self.local,
                        ACCEPT_BACKOFF
                    );
                    st.backoff = Some(Deadline::after(ACCEPT_BACKOFF));
                    break;
                }
            }
        }
        let mut i = 0;
        while i < st.pending.len() {
            let p = &mut st.pending[i];
            match drive_handshake(&p.tcp, &mut p.tls, Side::Server) {
                Ok(Handshake::Done) => {
                    let p = st.pending.swap_remove(i);
                    let tls = match p.tls {
                        rustls::Connection::Server(s) => s,
                        rustls::Connection::Client(_) => {
                            unreachable!("listener handshakes are server side")
                        }
                    };
                    match Connection::accepted(p.tcp, p.peer, Some(tls), self.ctx.clone()) {
                        Ok(c) => st.ready.push_back(c),
                        Err(e) => mvlog!("dropping connection from {}: {}", p.peer, e),
                    }
                    continue;
                }
                Ok(Handshake::WantRead) => p.events = libc::POLLIN,
                Ok(Handshake::WantWrite) => p.events = libc::POLLOUT,
                Err(e) => {
                    mvlog!("handshake with {} failed, dropped: {}", p.peer, e);
                    st.pending.swap_remove(i);
                    continue;
                }
            }
            if p.deadline.expired() {
                mvlog!("handshake with {} timed out, dropped", p.peer);
                st.pending.swap_remove(i);
                continue;
            }
            i += 1;
        }
    }

    fn admit(&self, st: &mut State, tcp: TcpStream, peer: SocketAddr) {
        if let Err(e) = tcp.set_nonblocking(true) {
            mvlog!("dropping connection from {peer}: {e}");
            return;
        }
        let Some((ctx, _)) = &self.ctx else {
            match Connection::accepted(tcp, peer, None, None) {
                Ok(c) => st.ready.push_back(c),
                Err(e) => mvlog!("dropping connection from {peer}: {e}"),
            }
            return;
        };
        let Some(cfg) = ctx.server_config() else {
            return;
        };
        match rustls::ServerConnection::new(cfg) {
            Ok(s) => st.pending.push(Pending {
                tcp,
                tls: rustls::Connection::Server(s),
                peer,
                deadline: Deadline::after(ctx.handshake_timeout()),
                events: libc::POLLIN,
            }),
            Err(e) => mvlog!("dropping connection from {peer}: {e}"),
        }
    }

    /// Non-blocking: advances handshakes and reports whether `accept` has a
    /// connection ready. Otherwise `fds` receives what to wait on and the
    /// earliest handshake deadline is returned through `until`.
    pub fn ready_now(&self, fds: &mut Vec<libc::pollfd>, until: &mut Deadline) -> bool {
        if self.closed.load(Ordering::SeqCst) {
            return true;
        }
        let mut st = self.lock();
        self.drive(&mut st);
        if !st.ready.is_empty() {
            return true;
        }
        if let Some(b) = st.backoff {
            *until = until.min(b);
        } else if st.pending.len() < MAX_PENDING {
            fds.push(libc::pollfd {
                fd: self.fd(),
                events: libc::POLLIN,
                revents: 0,
            });
        }
        for p in &st.pending {
            fds.push(libc::pollfd {
                fd: p.tcp.as_raw_fd(),
                events: p.events,
                revents: 0,
            });
            *until = until.min(p.deadline);
        }
        false
    }

    /// Waits up to the deadline for a connection whose handshake completed.
    pub fn accept(&self, deadline: Deadline) -> Result<Connection> {
        loop {
            if self.closed.load(Ordering::SeqCst) {
                return Err(Error::new(
                    MVTLS_ERR_BAD_HANDLE,
                    "listener was closed (by another thread)",
                ));
            }
            let mut fds = Vec::new();
            let mut until = deadline;
            if self.ready_now(&mut fds, &mut until) {
                if let Some(c) = self.lock().ready.pop_front() {
                    return Ok(c);
                }
                continue;
            }
            if deadline.expired() {
                return Err(Error::timeout("no connection within the timeout"));
            }
            // Sliced so that a close from another thread is noticed.
            let until = until.min(Deadline::after(net::CLOSE_CHECK));
            net::poll(&mut fds, until.poll_ms())
                .map_err(|e| Error::io(MVTLS_ERR_FAILED, "poll", &e))?;
        }
    }
}
