//! The handshakes in progress on a secure listener: non-blocking state
//! machines advanced a bounded number of steps per call, in turn, so that
//! signing for many new clients never holds up a caller's ready
//! connections for long.
//!
//! A *step* runs one pending handshake as far as its socket allows (the
//! expensive one reads the ClientHello, signs and sends the server's
//! flight). Only handshakes whose socket has something for them are
//! stepped: readiness is refreshed with one zero-timeout poll(2) over all
//! of them.

use crate::connection::{drive_handshake, Handshake};
use crate::mvlog;
use crate::net::{self, Deadline};
use crate::proxy_protocol::{self, Header};
use crate::tlserr::Side;
use std::net::{SocketAddr, TcpStream};
use std::os::fd::AsRawFd;
use std::time::{Duration, Instant};

/// How long a new client may stay silent before a full listener may drop
/// it for another: real clients send their ClientHello right after
/// connecting, even on a loaded machine well within this.
const SILENT_GRACE: Duration = Duration::from_millis(250);

/// What a new connection had sent by the time it was accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Arrival {
    /// Its first bytes are there: a client that speaks, never taken for
    /// silent.
    Spoke,
    /// Nothing yet, just connected: silent only after [`SILENT_GRACE`].
    Quiet,
    /// Nothing, although the kernel held it back until it spoke or the
    /// defer period passed ([`super::defer`]): silent already, first to
    /// give way when the listener is full.
    Waited,
}

struct Pending {
    tcp: TcpStream,
    tls: rustls::Connection,
    peer: SocketAddr,
    deadline: Deadline,
    /// What the handshake waits for (POLLIN / POLLOUT).
    events: i16,
    /// Its socket has something for it: worth a step.
    ready: bool,
    /// The PROXY v2 header still to read before the TLS handshake.
    proxy: Option<proxy_protocol::Reader>,
    /// Its client has sent something: not a silent client (those are
    /// evicted first when the listener is full).
    heard: bool,
    /// Accepted with nothing to read after a deferred accept: silent
    /// without waiting for the grace.
    waited: bool,
    /// When it was accepted.
    since: Instant,
}

impl Pending {
    /// When it may give way to a new client if it stays silent.
    fn silent_from(&self) -> Instant {
        if self.waited {
            self.since
        } else {
            self.since + SILENT_GRACE
        }
    }

    /// Silent for longer than the grace: may give way to a new client.
    fn silent(&self, now: Instant) -> bool {
        !self.heard && !self.ready && now >= self.silent_from()
    }
}

/// A completed handshake: socket, peer and server session.
pub(super) type Done = (TcpStream, SocketAddr, rustls::ServerConnection);

/// The pending handshakes of one listener.
#[derive(Default)]
pub(super) struct Handshakes {
    pending: Vec<Pending>,
    /// Where the next round of steps starts (round robin).
    cursor: usize,
    /// Steps run so far.
    steps: u64,
    /// Connections closed for a missing, malformed or untrusted PROXY header.
    proxy_rejected: u64,
}

impl Handshakes {
    /// Number in progress.
    pub fn len(&self) -> usize {
        self.pending.len()
    }

    /// Steps run so far.
    pub fn steps(&self) -> u64 {
        self.steps
    }

    /// Connections closed for a missing, malformed or untrusted PROXY header.
    pub fn proxy_rejected(&self) -> u64 {
        self.proxy_rejected
    }

    /// Counts a connection refused before it became a handshake (untrusted
    /// PROXY source).
    pub fn count_proxy_reject(&mut self) {
        self.proxy_rejected += 1;
    }

    /// Adds a new handshake, preceded by a PROXY v2 header when `proxy` is
    /// true. One whose client has spoken is stepped at once; the others
    /// wait for their socket to become readable.
    pub fn add(
        &mut self,
        tcp: TcpStream,
        tls: rustls::ServerConnection,
        peer: SocketAddr,
        deadline: Deadline,
        proxy: bool,
        arrival: Arrival,
    ) {
        let spoke = arrival == Arrival::Spoke;
        self.pending.push(Pending {
            tcp,
            tls: rustls::Connection::Server(tls),
            peer,
            deadline,
            events: libc::POLLIN,
            ready: spoke,
            proxy: proxy.then(proxy_protocol::Reader::new),
            heard: spoke,
            waited: arrival == Arrival::Waited,
            since: Instant::now(),
        });
    }

    /// True when a handshake whose client never sent anything after
    /// connecting is waiting (one [`evict_silent`](Self::evict_silent) can drop).
    pub fn has_silent(&self) -> bool {
        let now = Instant::now();
        self.pending.iter().any(|p| p.silent(now))
    }

    /// When the next handshake becomes evictable as silent, if any is
    /// still within its grace (so a full listener's poll wakes up then).
    pub fn next_silent_at(&self) -> Option<Instant> {
        self.pending
            .iter()
            .filter(|p| !p.heard && !p.ready)
            .map(Pending::silent_from)
            .min()
    }

    /// Drops the oldest handshake whose client has sent nothing, to make
    /// room for a new client (a flood of silent connections must not keep
    /// real clients in the kernel backlog until the handshake timeout).
    /// False when there is none.
    pub fn evict_silent(&mut self) -> bool {
        let now = Instant::now();
        let oldest = self
            .pending
            .iter()
            .enumerate()
            .filter(|(_, p)| p.silent(now))
            .min_by_key(|(_, p)| p.deadline.instant())
            .map(|(i, _)| i);
        match oldest {
            Some(i) => {
                let p = self.pending.swap_remove(i);
                mvlog!(
                    "listener full: dropped the silent handshake with {}",
                    p.peer
                );
                true
            }
            None => false,
        }
    }

    /// Drops every handshake (listener closed).
    pub fn clear(&mut self) {
        self.pending.clear();
    }

    /// Marks the handshakes whose socket has something for them (and so
    /// are not silent).
    pub fn refresh(&mut self) {
        let idle: Vec<usize> = (0..self.pending.len())
            .filter(|&i| !self.pending[i].ready)
            .collect();
        if idle.is_empty() {
            return;
        }
        let mut fds: Vec<libc::pollfd> = idle
            .iter()
            .map(|&i| libc::pollfd {
                fd: self.pending[i].tcp.as_raw_fd(),
                events: self.pending[i].events,
                revents: 0,
            })
            .collect();
        if matches!(net::poll(&mut fds, 0), Ok(n) if n > 0) {
            for (k, &i) in idle.iter().enumerate() {
                if fds[k].revents != 0 {
                    self.pending[i].ready = true;
                    self.pending[i].heard = true;
                }
            }
        }
    }

    /// Runs at most `budget` steps (0 = no bound) on ready handshakes,
    /// round robin; drops failed and expired ones. Completed handshakes are
    /// appended to `done`. Returns true when ready handshakes are left for
    /// a later call.
    pub fn step(&mut self, budget: usize, done: &mut Vec<Done>) -> bool {
        self.refresh();
        let n = self.pending.len();
        if n == 0 {
            return false;
        }
        let order: Vec<usize> = (0..n)
            .map(|k| (self.cursor + k) % n)
            .filter(|&i| self.pending[i].ready)
            .collect();
        let take = if budget == 0 {
            order.len()
        } else {
            budget.min(order.len())
        };
        let mut finished: Vec<(usize, bool)> = Vec::new();
        for &i in &order[..take] {
            self.steps += 1;
            let p = &mut self.pending[i];
            if let Some(reader) = p.proxy.as_mut() {
                match reader.advance(&p.tcp) {
                    Ok(None) => {
                        (p.events, p.ready) = (libc::POLLIN, false);
                        continue;
                    }
                    Ok(Some(header)) => {
                        if let Header::Proxy(client) = header {
                            p.peer = client;
                        }
                        p.proxy = None;
                    }
                    Err(e) => {
                        mvlog!("connection from {} closed: {}", p.peer, e);
                        self.proxy_rejected += 1;
                        finished.push((i, false));
                        continue;
                    }
                }
            }
            match drive_handshake(&p.tcp, &mut p.tls, Side::Server) {
                Ok(Handshake::Done) => finished.push((i, true)),
                Ok(Handshake::WantRead) => (p.events, p.ready) = (libc::POLLIN, false),
                Ok(Handshake::WantWrite) => (p.events, p.ready) = (libc::POLLOUT, false),
                Err(e) => {
                    mvlog!("handshake with {} failed, dropped: {}", p.peer, e);
                    finished.push((i, false));
                }
            }
        }
        if let Some(&last) = order[..take].last() {
            self.cursor = last + 1;
        }
        for (i, p) in self.pending.iter().enumerate() {
            if p.deadline.expired() && !finished.iter().any(|&(j, _)| j == i) {
                mvlog!("handshake with {} timed out, dropped", p.peer);
                if p.proxy.is_some() {
                    self.proxy_rejected += 1; // no PROXY header in time
                }
                finished.push((i, false));
            }
        }
        finished.sort_unstable_by_key(|&(i, _)| std::cmp::Reverse(i));
        for (i, ok) in finished {
            let p = self.pending.swap_remove(i);
            if ok {
                match p.tls {
                    rustls::Connection::Server(s) => done.push((p.tcp, p.peer, s)),
                    rustls::Connection::Client(_) => {
                        unreachable!("listener handshakes are server side")
                    }
                }
            }
        }
        order.len() > take
    }

    /// Adds the sockets of handshakes waiting for I/O to `fds`, and lowers
    /// `until` to the earliest handshake deadline.
    pub fn wait_set(&self, fds: &mut Vec<libc::pollfd>, until: &mut Deadline) {
        for p in &self.pending {
            if !p.ready {
                fds.push(libc::pollfd {
                    fd: p.tcp.as_raw_fd(),
                    events: p.events,
                    revents: 0,
                });
            }
            *until = until.min(p.deadline);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::net::TcpListener;

    /// A pending handshake on a real (idle) loopback connection.
    fn add(h: &mut Handshakes, keep: &mut Vec<TcpStream>, arrival: Arrival) {
        let set = crate::devcert::generate(&["localhost"]).unwrap();
        let ctx =
            crate::context::Context::new_server(&set.server_chain_pem, &set.server_key_pem, None)
                .unwrap();
        let l = TcpListener::bind("127.0.0.1:0").unwrap();
        keep.push(TcpStream::connect(l.local_addr().unwrap()).unwrap());
        let (tcp, peer) = l.accept().unwrap();
        tcp.set_nonblocking(true).unwrap();
        let tls = rustls::ServerConnection::new(ctx.server_config().unwrap()).unwrap();
        h.add(tcp, tls, peer, Deadline::from_ms(30_000), false, arrival);
    }

    #[test]
    fn a_connection_that_waited_out_a_deferred_accept_is_silent_at_once() {
        let (mut h, mut keep) = (Handshakes::default(), Vec::new());
        add(&mut h, &mut keep, Arrival::Quiet);
        assert!(!h.has_silent(), "a quiet newcomer has a grace");
        add(&mut h, &mut keep, Arrival::Waited);
        assert!(h.has_silent(), "the kernel already held it back");
        assert!(h.evict_silent());
        assert_eq!(h.len(), 1);
        // the one left is the quiet newcomer, still within its grace
        assert!(!h.has_silent());
    }

    #[test]
    fn a_client_that_spoke_is_never_silent() {
        let (mut h, mut keep) = (Handshakes::default(), Vec::new());
        add(&mut h, &mut keep, Arrival::Spoke);
        // stepped, it waits for the client's next flight: still not silent
        let mut done = Vec::new();
        h.step(0, &mut done);
        assert!(done.is_empty());
        assert_eq!(h.len(), 1);
        assert_eq!(h.next_silent_at(), None, "taken for a silent client");
        assert!(!h.evict_silent());
    }
}
