//! Listeners: a non-blocking listening socket plus, for secure listeners,
//! the handshakes in progress ([`handshakes`]). Handshakes are
//! non-blocking state machines advanced by `accept` and the polls, a
//! bounded number of steps per call (no library threads, so a listener or
//! context made before fork() works in the child). Each is bounded by the
//! context's handshake timeout; a silent client never delays another.
//! Secure listeners defer accepts until a client speaks ([`defer`]).

mod defer;
mod handshakes;

use crate::codes::*;
use crate::connection::Connection;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::mvlog;
use crate::net::{self, Deadline};
use crate::wake::CloseSignal;
pub(crate) use defer::MAX_DEFER_SECS;
use handshakes::{Arrival, Handshakes};
use socket2::{Domain, Protocol, Socket, Type};
use std::collections::VecDeque;
use std::io;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr, TcpListener, TcpStream};
use std::os::fd::{AsRawFd, RawFd};
use std::sync::atomic::{AtomicI32, AtomicU32, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};

/// Default listen backlog (the kernel lowers it to net.core.somaxconn): a
/// flood of clients that reconnect whenever dropped must not fill the
/// accept queue, or a real client's SYN is dropped and retried a second
/// later.
const DEFAULT_BACKLOG: i32 = 4096;
/// Most handshakes in progress per listener; beyond it, a new client takes
/// the place of the oldest silent one, or waits in the kernel backlog.
const MAX_PENDING: usize = 1024;
/// Fewest pending handshakes allowed, whatever the descriptor limit.
const MIN_PENDING: usize = 16;
/// Most completed connections queued for `accept`.
const MAX_READY: usize = 256;
/// Pause after accept(2) fails for lack of resources (EMFILE, ENFILE...).
const ACCEPT_BACKOFF: std::time::Duration = std::time::Duration::from_millis(100);
/// Most sockets taken from the kernel per call.
const ACCEPT_BATCH: usize = 64;
/// Default bound on handshake steps per call (`MVTLS_OPT_HANDSHAKE_STEPS`).
pub(crate) const DEFAULT_HANDSHAKE_STEPS: u32 = 8;
/// Largest settable bound on handshake steps per call.
pub(crate) const MAX_HANDSHAKE_STEPS: i32 = 65535;

#[derive(Default)]
struct State {
    handshakes: Handshakes,
    ready: VecDeque<Connection>,
    /// After accept(2) failed for lack of resources (EMFILE...), leave the
    /// kernel queue alone until then instead of spinning on a readable socket.
    backoff: Option<Deadline>,
}

/// What one non-blocking look at a listener found.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct ListenerPoll {
    /// `MVTLS_POLL_READ` (a connection is ready), `MVTLS_POLL_NVAL` (closed) or 0.
    pub revents: i32,
    /// Ready handshakes were left over by the step bound: poll again soon
    /// (do not sleep).
    pub more: bool,
}

/// A listening socket, plain or secure.
pub struct Listener {
    sock: TcpListener,
    local: SocketAddr,
    ctx: Option<(Arc<Context>, i32)>,
    state: Mutex<State>,
    wake: CloseSignal,
    /// Bound on handshake steps per call (0 = none).
    steps_per_call: AtomicU32,
    /// `PROXY.PROTOCOL` of the context: sources allowed to send the PROXY
    /// v2 header that every connection must start with.
    proxy: Option<Vec<crate::proxy_protocol::Cidr>>,
    /// Most handshakes in progress ([`pending_cap`]).
    max_pending: usize,
    /// Deferred-accept period in effect, seconds (0 = off).
    defer_secs: AtomicI32,
}

/// The bound on pending handshakes: a quarter of the process's descriptor
/// limit (at most [`MAX_PENDING`]), so that silent clients can never take
/// the descriptors the caller needs for its connections and files.
fn pending_cap() -> usize {
    let mut lim = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: lim is a valid rlimit to write.
    let soft = if unsafe { libc::getrlimit(libc::RLIMIT_NOFILE, &mut lim) } == 0 {
        usize::try_from(lim.rlim_cur).unwrap_or(usize::MAX)
    } else {
        MAX_PENDING * 4
    };
    (soft / 4).clamp(MIN_PENDING, MAX_PENDING)
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
            let a = crate::resolve::resolve(host, port, Deadline::from_ms(-1))?[0];
            open(
                a,
                backlog,
                reuseport,
                a.is_ipv6() && a.ip().is_unspecified(),
            )?
        };
        let proxy = ctx.as_ref().and_then(|(c, _)| c.proxy_trusted());
        // TLS (and PROXY) clients speak first: a secure listener takes a
        // connection only once it has; best effort where unsupported
        let defer_secs = match &ctx {
            Some((c, _)) => {
                let secs = defer::default_secs(c.handshake_timeout());
                match defer::set(sock.as_raw_fd(), secs) {
                    Ok(()) => secs,
                    Err(_) => 0,
                }
            }
            None => 0,
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
            wake: CloseSignal::new(),
            steps_per_call: AtomicU32::new(DEFAULT_HANDSHAKE_STEPS),
            proxy,
            max_pending: pending_cap(),
            defer_secs: AtomicI32::new(defer_secs),
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

    /// The closed flag and waiters (for polls over several handles).
    pub fn wake(&self) -> &CloseSignal {
        &self.wake
    }

    /// Number of handshakes in progress.
    pub fn pending(&self) -> usize {
        self.lock().handshakes.len()
    }

    /// Lowers the bound on pending handshakes (tests).
    #[cfg(test)]
    pub(crate) fn set_max_pending(&mut self, n: usize) {
        self.max_pending = n.max(1);
    }

    /// True while a new client can be taken: below the bound on pending
    /// handshakes, or a silent one can make room.
    fn room(&self, st: &State) -> bool {
        st.handshakes.len() < self.max_pending || st.handshakes.has_silent()
    }

    /// Handshake steps run so far.
    pub fn handshake_steps(&self) -> u64 {
        self.lock().handshakes.steps()
    }

    /// Connections closed for a missing, malformed or untrusted PROXY
    /// header (`PROXY.PROTOCOL`).
    pub fn proxy_rejected(&self) -> u64 {
        self.lock().handshakes.proxy_rejected()
    }

    /// Sets the bound on handshake steps per call (0..=65535, 0 = none).
    pub fn set_handshake_steps(&self, steps: i32) -> Result<()> {
        if !(0..=MAX_HANDSHAKE_STEPS).contains(&steps) {
            return Err(Error::params(format!(
                "handshake steps {steps} out of range 0..{MAX_HANDSHAKE_STEPS}"
            )));
        }
        self.steps_per_call.store(steps as u32, Ordering::Relaxed);
        Ok(())
    }

    /// Sets the deferred-accept period in seconds (0..=3600, 0 = off): the
    /// kernel hands over a new connection only once it has sent something
    /// or the period has passed. Only for protocols whose clients speak
    /// first (TLS does).
    pub fn set_defer_accept(&self, secs: i32) -> Result<()> {
        if !(0..=MAX_DEFER_SECS).contains(&secs) {
            return Err(Error::params(format!(
                "defer-accept seconds {secs} out of range 0..{MAX_DEFER_SECS}"
            )));
        }
        defer::set(self.fd(), secs)
            .map_err(|e| Error::io(MVTLS_ERR_FAILED, "cannot set TCP_DEFER_ACCEPT", &e))?;
        self.defer_secs.store(secs, Ordering::Relaxed);
        Ok(())
    }

    /// The deferred-accept period in effect, seconds (0 = off).
    pub fn defer_accept(&self) -> i32 {
        self.defer_secs.load(Ordering::Relaxed)
    }

    /// Marks the listener closed and drops its pending handshakes and
    /// unaccepted connections; threads waiting on it return at once (7120).
    pub fn close(&self) {
        let mut st = self.lock();
        st.handshakes.clear();
        st.ready.clear();
        self.wake.close(&self.sock);
    }

    fn closed_error() -> Error {
        Error::new(
            MVTLS_ERR_BAD_HANDLE,
            "listener was closed (by another thread)",
        )
    }

    /// Takes new sockets from the kernel and runs up to the step bound on
    /// ready handshakes, without blocking. True when ready handshakes are
    /// left over.
    fn drive(&self, st: &mut State) -> bool {
        if st.backoff.is_some_and(|b| b.expired()) {
            st.backoff = None;
        }
        if st.handshakes.len() >= self.max_pending {
            // full: learn which pending clients have spoken before any of
            // them is taken for silent
            st.handshakes.refresh();
        }
        for _ in 0..ACCEPT_BATCH {
            if st.backoff.is_some() {
                break;
            }
            if st.ready.len() >= MAX_READY || !self.room(st) {
                break;
            }
            match net::accept_nonblocking(&self.sock) {
                Ok((tcp, peer)) => {
                    if self.ctx.is_some() && st.handshakes.len() >= self.max_pending {
                        st.handshakes.evict_silent();
                    }
                    self.admit(st, tcp, peer)
                }
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => break,
                Err(e)
                    if matches!(
                        e.raw_os_error(),
                        Some(libc::ECONNABORTED) | Some(libc::EINTR)
                    ) =>
                {
                    continue
                }
                Err(e)
                    if matches!(e.raw_os_error(), Some(libc::EMFILE) | Some(libc::ENFILE))
                        && st.handshakes.evict_silent() =>
                {
                    // a silent client's descriptor is the one to give up
                    continue;
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
        let budget = self.steps_per_call.load(Ordering::Relaxed) as usize;
        let mut done = Vec::new();
        let more = st.handshakes.step(budget, &mut done);
        for (tcp, peer, tls) in done {
            match Connection::accepted(tcp, peer, Some(tls), self.ctx.clone()) {
                Ok(c) => st.ready.push_back(c),
                Err(e) => mvlog!("dropping connection from {}: {}", peer, e),
            }
        }
        more
    }

    /// Takes a new non-blocking socket: ready at once (plain) or as a
    /// pending handshake.
    fn admit(&self, st: &mut State, tcp: TcpStream, peer: SocketAddr) {
        // Responses are written as whole TLS records; with Nagle on, a
        // second small record waits for the client's delayed ACK (~40 ms).
        // Best effort: a socket that refuses the option still works.
        let _ = tcp.set_nodelay(true);
        let Some((ctx, _)) = &self.ctx else {
            match Connection::accepted(tcp, peer, None, None) {
                Ok(c) => st.ready.push_back(c),
                Err(e) => mvlog!("dropping connection from {peer}: {e}"),
            }
            return;
        };
        if let Some(trusted) = &self.proxy {
            if !crate::proxy_protocol::trusted(trusted, peer.ip()) {
                mvlog!("connection from {peer} closed: not a PROXY.TRUSTED source");
                st.handshakes.count_proxy_reject();
                return;
            }
        }
        let Some(cfg) = ctx.server_config() else {
            return;
        };
        let arrival = if defer::has_input(&tcp) {
            Arrival::Spoke
        } else if self.defer_accept() > 0 {
            Arrival::Waited
        } else {
            Arrival::Quiet
        };
        match rustls::ServerConnection::new(cfg) {
            Ok(s) => st.handshakes.add(
                tcp,
                s,
                peer,
                Deadline::after(ctx.handshake_timeout()),
                self.proxy.is_some(),
                arrival,
            ),
            Err(e) => mvlog!("dropping connection from {peer}: {e}"),
        }
    }

    /// Adds what to wait on to `fds`: the listening socket first (POLLIN
    /// while it may accept; no events otherwise, which still reports a
    /// hang-up from a close), then the handshakes' sockets; lowers `until`
    /// to the earliest handshake deadline or the end of an accept pause.
    fn wait_set(&self, st: &State, fds: &mut Vec<libc::pollfd>, until: &mut Deadline) {
        let accepting = st.backoff.is_none() && st.ready.len() < MAX_READY && self.room(st);
        fds.push(libc::pollfd {
            fd: self.fd(),
            events: if accepting { libc::POLLIN } else { 0 },
            revents: 0,
        });
        if let Some(b) = st.backoff {
            *until = until.min(b);
        }
        if !accepting && st.backoff.is_none() && st.ready.len() < MAX_READY {
            // full: wake when a silent handshake may give way
            if let Some(t) = st.handshakes.next_silent_at() {
                let left = t.saturating_duration_since(std::time::Instant::now());
                *until = until.min(Deadline::after(left));
            }
        }
        st.handshakes.wait_set(fds, until);
    }

    /// One non-blocking look for a poll: runs up to the step bound on
    /// handshakes when `want_read`, reports READ when a connection is ready
    /// for `accept`, NVAL once closed; pushes what to wait on (the
    /// listening socket first).
    pub fn poll_events(
        &self,
        want_read: bool,
        fds: &mut Vec<libc::pollfd>,
        until: &mut Deadline,
    ) -> ListenerPoll {
        let mut st = self.lock();
        if self.wake.is_closed() {
            fds.push(libc::pollfd {
                fd: self.fd(),
                events: 0,
                revents: 0,
            });
            return ListenerPoll {
                revents: MVTLS_POLL_NVAL,
                more: false,
            };
        }
        if !want_read {
            fds.push(libc::pollfd {
                fd: self.fd(),
                events: 0,
                revents: 0,
            });
            return ListenerPoll::default();
        }
        let more = self.drive(&mut st);
        let revents = if st.ready.is_empty() {
            0
        } else {
            MVTLS_POLL_READ
        };
        self.wait_set(&st, fds, until);
        ListenerPoll { revents, more }
    }

    /// Waits up to the deadline for a connection whose handshake completed.
    /// Completed connections are handed out before any handshake work;
    /// each round then runs at most the step bound, so `accept` with
    /// timeout 0 does bounded work.
    pub fn accept(&self, deadline: Deadline) -> Result<Connection> {
        let _waiting = self.wake.enter();
        loop {
            let mut fds = Vec::new();
            let mut until = deadline;
            let more = {
                let mut st = self.lock();
                if self.wake.is_closed() {
                    return Err(Self::closed_error());
                }
                if let Some(c) = st.ready.pop_front() {
                    return Ok(c);
                }
                let more = self.drive(&mut st);
                if let Some(c) = st.ready.pop_front() {
                    return Ok(c);
                }
                self.wait_set(&st, &mut fds, &mut until);
                more
            };
            if deadline.expired() || deadline.poll_ms() == 0 {
                return Err(Error::timeout("no connection within the timeout"));
            }
            if more {
                continue;
            }
            net::poll(&mut fds, until.poll_ms())
                .map_err(|e| Error::io(MVTLS_ERR_FAILED, "poll", &e))?;
        }
    }
}
