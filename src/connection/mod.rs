//! Connections: a TCP stream, plain or wrapped in a rustls session.
//!
//! The socket is non-blocking; waits use poll(2) with the caller's deadline
//! and are made *without* holding the connection's lock, so one thread can
//! read while another writes. Reads return buffered plaintext first.
//! Output goes through a bounded buffer ([`output`]): `write` sends
//! everything or fails, `write_some` takes what fits without blocking.
//! Sends use MSG_NOSIGNAL: no SIGPIPE, ever. Closing wakes threads waiting
//! on the connection at once ([`crate::wake`]).

mod connect;
mod details;
mod handshake;
pub mod output;
mod stream;

pub use handshake::{drive_handshake, Handshake};
pub use stream::ReadState;

use crate::codes::*;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::net::{self, Deadline};
use crate::tlserr::Side;
use crate::wake::CloseSignal;
use std::net::{SocketAddr, TcpStream};
use std::os::fd::{AsRawFd, RawFd};
use std::sync::{Arc, Mutex, MutexGuard};
use stream::Stream;

/// A connected socket (plain or TLS).
pub struct Connection {
    inner: Mutex<Stream>,
    fd: RawFd,
    peer: SocketAddr,
    side: Side,
    /// Keeps the context alive while the connection is.
    ctx: Option<Arc<Context>>,
    ctx_handle: i32,
    /// Client side: the name we asked for.
    client_sni: String,
    /// Closed flag and waiters, for waking them on close.
    wake: CloseSignal,
}

impl Connection {
    fn new(
        tcp: TcpStream,
        peer: SocketAddr,
        tls: Option<rustls::Connection>,
        side: Side,
        ctx: Option<(Arc<Context>, i32)>,
        sni: String,
        nonblocking: bool,
    ) -> Result<Self> {
        // Accepted sockets come non-blocking from accept4(2): one system
        // call less per connection.
        if !nonblocking {
            tcp.set_nonblocking(true)
                .map_err(|e| Error::io(MVTLS_ERR_FAILED, "set non-blocking", &e))?;
        }
        let (ctx, ctx_handle) = match ctx {
            Some((c, h)) => (Some(c), h),
            None => (None, 0),
        };
        let mut stream = Stream::new(tcp, tls);
        stream.defer = side == Side::Server && stream.tls.as_ref().is_some_and(|t| t.wants_write());
        Ok(Connection {
            fd: stream.tcp.as_raw_fd(),
            inner: Mutex::new(stream),
            peer,
            side,
            ctx,
            ctx_handle,
            client_sni: sni,
            wake: CloseSignal::new(),
        })
    }

    /// Wraps a non-blocking socket accepted by a listener (TLS handshake
    /// already done, if any). A TLS 1.3 session's tickets may still be
    /// queued in it: they leave with the first output (see
    /// [`Stream::defer`](stream::Stream)).
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
            true,
        )
    }

    fn lock(&self) -> MutexGuard<'_, Stream> {
        self.inner.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The socket descriptor (for poll).
    pub fn fd(&self) -> RawFd {
        self.fd
    }

    /// The closed flag and waiters (for polls over several handles).
    pub fn wake(&self) -> &CloseSignal {
        &self.wake
    }

    /// True for TLS connections.
    pub fn is_secure(&self) -> bool {
        self.lock().tls.is_some()
    }

    /// Peer address.
    pub fn peer_addr(&self) -> SocketAddr {
        self.peer
    }

    /// Local address (looked up when asked: most connections never are).
    pub fn local_addr(&self) -> SocketAddr {
        let unknown = SocketAddr::from(([0, 0, 0, 0], 0));
        self.lock().tcp.local_addr().unwrap_or(unknown)
    }

    /// Handle of the context used (0 = plain).
    pub fn context_handle(&self) -> i32 {
        self.ctx_handle
    }

    /// Waits for `events` on the socket until the deadline (false = timeout).
    fn wait(&self, events: i16, deadline: Deadline) -> Result<bool> {
        net::wait_fd(self.fd, events, deadline).map_err(|e| Error::io(MVTLS_ERR_FAILED, "poll", &e))
    }

    /// Reads up to `buf.len()` bytes. `Ok(n)` with n > 0 is data; end of
    /// stream is `Err` with code 7013; a timeout is 1011. Pending output is
    /// sent meanwhile.
    pub fn read(&self, buf: &mut [u8], deadline: Deadline) -> Result<usize> {
        if buf.is_empty() {
            return Ok(0);
        }
        let _waiting = self.wake.enter();
        loop {
            let events = {
                let mut s = self.lock();
                if let Some(n) = s.try_read(buf, self.side)? {
                    return Ok(n);
                }
                if s.flush_quietly() {
                    libc::POLLIN | libc::POLLOUT
                } else {
                    libc::POLLIN
                }
            };
            if !self.wait(events, deadline)? {
                return Err(Error::timeout("read timed out"));
            }
        }
    }

    /// Writes all of `data` and sends it (nothing stays buffered), or fails:
    /// 7013 if the peer is gone, 1011 on timeout (the text says how much was
    /// accepted; accepted bytes stay queued and are sent first later).
    pub fn write(&self, data: &[u8], deadline: Deadline) -> Result<()> {
        let _waiting = self.wake.enter();
        let mut off = 0;
        loop {
            {
                let mut s = self.lock();
                let (n, sent) = s.write_step(&data[off..])?;
                off += n;
                if off == data.len() && sent {
                    return Ok(());
                }
            }
            if !self.wait(libc::POLLOUT, deadline)? {
                let pending = self.lock().pending();
                return Err(Error::timeout(format!(
                    "write timed out: {off} of {} bytes accepted, {pending} bytes not yet sent",
                    data.len()
                )));
            }
        }
    }

    /// Accepts as much of `data` as fits without blocking (sent, or
    /// buffered up to the output limit) and returns the count; when nothing
    /// fits, fails with 1011 ("would block"). Empty `data` gives 0.
    pub fn write_some(&self, data: &[u8]) -> Result<usize> {
        let mut s = self.lock();
        let n = s.write_some(data)?;
        if n == 0 && !data.is_empty() {
            return Err(Error::timeout(format!(
                "would block: output buffer full ({} bytes pending)",
                s.pending()
            )));
        }
        Ok(n)
    }

    /// Sends buffered output, waiting up to the deadline (1011 if bytes
    /// remain then).
    pub fn flush(&self, deadline: Deadline) -> Result<()> {
        let _waiting = self.wake.enter();
        loop {
            let pending = {
                let mut s = self.lock();
                if s.flush()? {
                    return Ok(());
                }
                s.pending()
            };
            if !self.wait(libc::POLLOUT, deadline)? {
                return Err(Error::timeout(format!(
                    "flush timed out: {pending} bytes not yet sent"
                )));
            }
        }
    }

    /// Bytes accepted but not yet sent.
    pub fn pending_output(&self) -> Result<usize> {
        let mut s = self.lock();
        s.check_open()?;
        Ok(s.pending())
    }

    /// Sets the bound on buffered output (bytes, 1..=64 MiB).
    pub fn set_output_limit(&self, limit: usize) -> Result<()> {
        if !(1..=output::MAX_LIMIT).contains(&limit) {
            return Err(Error::params(format!(
                "output limit {limit} out of range 1..{}",
                output::MAX_LIMIT
            )));
        }
        self.lock().out_limit = limit;
        Ok(())
    }

    /// Readiness for an event poll, without blocking: sends pending output
    /// if it can, then reports `MVTLS_POLL_*` bits for the `want`ed events
    /// (READ, WRITE) plus HUP / ERR / NVAL. Pushes the descriptor to wait on
    /// (POLLIN only when READ is wanted and not ready; POLLOUT while output
    /// is pending).
    pub fn poll_events(&self, want: i32, fds: &mut Vec<libc::pollfd>) -> i32 {
        let mut s = self.lock();
        if s.closed || self.wake.is_closed() {
            fds.push(libc::pollfd {
                fd: self.fd,
                events: 0,
                revents: 0,
            });
            return MVTLS_POLL_NVAL;
        }
        let mut rev = 0;
        // A new connection's session tickets wait for its first response
        // (or its first wait in read) rather than take a send of their own.
        let mut pending = !s.defer && s.flush_quietly();
        if s.write_failed.is_some() || s.failed.is_some() {
            rev |= MVTLS_POLL_ERR;
        }
        if want & MVTLS_POLL_WRITE != 0 && rev & MVTLS_POLL_ERR == 0 && s.pending() < s.out_limit {
            rev |= MVTLS_POLL_WRITE;
        }
        if want & MVTLS_POLL_READ != 0 {
            let r = s.read_state(self.side);
            if r.readable {
                rev |= MVTLS_POLL_READ;
            }
            if r.hup {
                rev |= MVTLS_POLL_HUP;
            }
            if r.err {
                rev |= MVTLS_POLL_ERR;
            }
        }
        let mut events = 0;
        if want & MVTLS_POLL_READ != 0 && rev & MVTLS_POLL_READ == 0 {
            events |= libc::POLLIN;
            // About to wait for input: deferred tickets go now. A client
            // whose request waits (Nagle) for the ACK of its Finished would
            // otherwise wait for our delayed ACK (~40 ms).
            if s.defer {
                s.defer = false;
                pending = s.flush_quietly();
            }
        }
        if pending {
            events |= libc::POLLOUT;
        }
        fds.push(libc::pollfd {
            fd: self.fd,
            events,
            revents: 0,
        });
        rev
    }

    /// Sends close_notify (TLS) and what buffered output the socket takes,
    /// without blocking, and marks the connection closed. Threads waiting on
    /// it return at once with 7120 (like any later use of the closed
    /// handle); the socket is closed when the last user lets go.
    pub fn close(&self) {
        let mut s = self.lock();
        if s.closed {
            return;
        }
        s.close();
        self.wake.close(&s.tcp);
    }
}
