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
use crate::tlserr::Side;
use std::net::{SocketAddr, TcpStream};
use std::os::fd::AsRawFd;
use std::time::{Duration, Instant};

/// How long a new client may stay silent before a full listener may drop
/// it for another: real clients send their ClientHello right after
/// connecting, even on a loaded machine well within this.
const SILENT_GRACE: Duration = Duration::from_millis(250);

struct Pending {
    tcp: TcpStream,
    tls: rustls::Connection,
    peer: SocketAddr,
    deadline: Deadline,
    /// What the handshake waits for (POLLIN / POLLOUT).
    events: i16,
    /// Its socket has something for it: worth a step.
    ready: bool,
    /// Its socket ever had something after the first step: not a silent
    /// client (those are evicted first when the listener is full).
    heard: bool,
    /// When it was accepted.
    since: Instant,
}

impl Pending {
    /// Silent for longer than the grace: may give way to a new client.
    fn silent(&self, now: Instant) -> bool {
        !self.heard && !self.ready && now.duration_since(self.since) >= SILENT_GRACE
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

    /// Adds a new handshake (ready: its ClientHello may already be there).
    pub fn add(
        &mut self,
        tcp: TcpStream,
        tls: rustls::ServerConnection,
        peer: SocketAddr,
        deadline: Deadline,
    ) {
        self.pending.push(Pending {
            tcp,
            tls: rustls::Connection::Server(tls),
            peer,
            deadline,
            events: libc::POLLIN,
            ready: true,
            heard: false,
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
            .map(|p| p.since + SILENT_GRACE)
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
