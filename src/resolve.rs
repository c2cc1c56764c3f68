//! Host-name resolution bounded by the caller's deadline.
//!
//! getaddrinfo(3) cannot be interrupted, so with a finite deadline the
//! lookup runs on a short-lived helper thread and the caller waits for its
//! answer only until the deadline (1011 after it); a late answer is dropped
//! when it arrives and the thread ends. This is the one place where the
//! library starts a thread. Without a deadline the lookup runs inline, and
//! IP literals are never looked up. At most [`MAX_LOOKUPS`] helper threads
//! exist at once per process (1012 beyond), so a resolver that never
//! answers cannot make a retrying caller pile up threads.

use crate::codes::{MVTLS_ERR_FAILED, MVTLS_ERR_HOSTNAME, MVTLS_ERR_LIMIT, MVTLS_ERR_RESOLVE};
use crate::error::{Error, Result};
use crate::net::{parse_ip, remaining, Deadline};
use std::io;
use std::net::{SocketAddr, ToSocketAddrs};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc;

/// Most lookups in progress on helper threads at once.
pub(crate) const MAX_LOOKUPS: u32 = 32;

/// A lookup function: the system resolver, or a stand-in in tests.
pub type Lookup = fn(&str, u16) -> io::Result<Vec<SocketAddr>>;

/// The system resolver (getaddrinfo).
pub fn system_lookup(host: &str, port: u16) -> io::Result<Vec<SocketAddr>> {
    Ok((host, port).to_socket_addrs()?.collect())
}

/// A count of helper threads, reset in a forked child (the parent's
/// helpers do not exist there): the process id sits in the high 32 bits.
pub struct Slots {
    state: AtomicU64,
    max: u32,
}

impl Slots {
    /// A pool of `max` slots.
    pub const fn new(max: u32) -> Self {
        Slots {
            state: AtomicU64::new(0),
            max,
        }
    }

    fn update(&self, f: impl Fn(u64) -> Option<u64>) -> bool {
        let pid = u64::from(std::process::id());
        let mut cur = self.state.load(Ordering::SeqCst);
        loop {
            let n = if cur >> 32 == pid {
                cur & 0xffff_ffff
            } else {
                0
            };
            let Some(next) = f(n) else { return false };
            match self.state.compare_exchange(
                cur,
                (pid << 32) | next,
                Ordering::SeqCst,
                Ordering::SeqCst,
            ) {
                Ok(_) => return true,
                Err(now) => cur = now,
            }
        }
    }

    fn acquire(&self) -> bool {
        self.update(|n| (n < u64::from(self.max)).then_some(n + 1))
    }

    fn release(&self) {
        self.update(|n| Some(n.saturating_sub(1)));
    }

    /// Helper threads of this process still running.
    pub fn in_use(&self) -> u32 {
        let cur = self.state.load(Ordering::SeqCst);
        if cur >> 32 == u64::from(std::process::id()) {
            (cur & 0xffff_ffff) as u32
        } else {
            0
        }
    }
}

/// The slots of the system resolver.
pub static SYSTEM_SLOTS: Slots = Slots::new(MAX_LOOKUPS);

/// Checks a host argument's shape (not empty, not absurdly long, no spaces
/// or control characters).
pub fn check_host(host: &str) -> Result<()> {
    if host.is_empty()
        || host.len() > 253 + 2
        || host.chars().any(|c| c.is_whitespace() || c.is_control())
    {
        return Err(Error::new(
            MVTLS_ERR_HOSTNAME,
            format!("invalid host name '{host}'"),
        ));
    }
    Ok(())
}

/// Resolves `host` (name or IP literal) and `port` with the system
/// resolver, giving up at the deadline.
pub fn resolve(host: &str, port: u16, deadline: Deadline) -> Result<Vec<SocketAddr>> {
    resolve_with(host, port, deadline, system_lookup, &SYSTEM_SLOTS)
}

/// [`resolve`] with a given lookup function and slot pool.
pub fn resolve_with(
    host: &str,
    port: u16,
    deadline: Deadline,
    lookup: Lookup,
    slots: &'static Slots,
) -> Result<Vec<SocketAddr>> {
    check_host(host)?;
    if let Some(ip) = parse_ip(host) {
        return Ok(vec![SocketAddr::new(ip, port)]);
    }
    let answer = match remaining(deadline) {
        None => lookup(host, port),
        Some(left) => {
            if !slots.acquire() {
                return Err(Error::new(
                    MVTLS_ERR_LIMIT,
                    format!(
                        "cannot resolve '{host}': {} name lookups already in progress",
                        slots.max
                    ),
                ));
            }
            let (tx, rx) = mpsc::sync_channel(1);
            let name = host.to_string();
            let spawned = std::thread::Builder::new()
                .name("mvtls-resolve".into())
                .stack_size(256 << 10)
                .spawn(move || {
                    let r = lookup(&name, port);
                    slots.release();
                    // The caller may have given up: a send error is expected then.
                    let _ = tx.send(r);
                });
            if let Err(e) = spawned {
                slots.release();
                return Err(Error::io(
                    MVTLS_ERR_FAILED,
                    "cannot start a resolver thread",
                    &e,
                ));
            }
            match rx.recv_timeout(left) {
                Ok(r) => r,
                Err(mpsc::RecvTimeoutError::Timeout) => {
                    return Err(Error::timeout(format!("resolving '{host}' timed out")))
                }
                Err(mpsc::RecvTimeoutError::Disconnected) => {
                    return Err(Error::failed(format!(
                        "resolving '{host}': the resolver thread ended without an answer"
                    )))
                }
            }
        }
    };
    let addrs = answer
        .map_err(|e| Error::new(MVTLS_ERR_RESOLVE, format!("cannot resolve '{host}': {e}")))?;
    if addrs.is_empty() {
        return Err(Error::new(
            MVTLS_ERR_RESOLVE,
            format!("cannot resolve '{host}': no addresses"),
        ));
    }
    Ok(addrs)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::codes::MVTLS_ERR_TIMEOUT;
    use std::sync::{Condvar, Mutex};

    /// A gate that stand-in resolvers wait on until a test opens it.
    pub(crate) struct Gate {
        open: Mutex<bool>,
        cv: Condvar,
    }

    impl Gate {
        pub(crate) const fn new() -> Self {
            Gate {
                open: Mutex::new(false),
                cv: Condvar::new(),
            }
        }
        pub(crate) fn wait(&self) {
            let mut g = self.open.lock().unwrap();
            while !*g {
                g = self.cv.wait(g).unwrap();
            }
        }
        pub(crate) fn open(&self) {
            *self.open.lock().unwrap() = true;
            self.cv.notify_all();
        }
    }

    static STUCK_GATE: Gate = Gate::new();
    /// A resolver that does not answer until STUCK_GATE opens.
    fn stuck(_: &str, port: u16) -> io::Result<Vec<SocketAddr>> {
        STUCK_GATE.wait();
        Ok(vec![SocketAddr::from(([127, 0, 0, 1], port))])
    }

    fn fails(_: &str, _: u16) -> io::Result<Vec<SocketAddr>> {
        Err(io::Error::other("no such host (stand-in)"))
    }

    fn empty(_: &str, _: u16) -> io::Result<Vec<SocketAddr>> {
        Ok(Vec::new())
    }

    #[test]
    fn a_resolver_that_never_answers_is_bounded_by_the_deadline() {
        static SLOTS: Slots = Slots::new(4);
        let e = resolve_with("stuck.test", 80, Deadline::from_ms(100), stuck, &SLOTS).unwrap_err();
        assert_eq!(e.code, MVTLS_ERR_TIMEOUT, "{}", e.text);
        assert!(e.text.contains("stuck.test"), "{}", e.text);
        // The lookup is still blocked (it cannot have answered): the caller
        // returned because of its deadline, not because the lookup ended.
        assert_eq!(SLOTS.in_use(), 1);
        // Helper threads are bounded.
        for _ in 0..3 {
            let e =
                resolve_with("stuck.test", 80, Deadline::from_ms(0), stuck, &SLOTS).unwrap_err();
            assert_eq!(e.code, MVTLS_ERR_TIMEOUT);
        }
        let e = resolve_with("stuck.test", 80, Deadline::from_ms(50), stuck, &SLOTS).unwrap_err();
        assert_eq!(e.code, MVTLS_ERR_LIMIT, "{}", e.text);
        STUCK_GATE.open();
        while SLOTS.in_use() > 0 {
            std::thread::yield_now();
        }
        let ok = resolve_with("stuck.test", 81, Deadline::from_ms(5000), stuck, &SLOTS).unwrap();
        assert_eq!(ok, vec![SocketAddr::from(([127, 0, 0, 1], 81))]);
    }

    #[test]
    fn failures_literals_and_bad_names() {
        static SLOTS: Slots = Slots::new(4);
        for d in [Deadline::from_ms(-1), Deadline::from_ms(5000)] {
            let e = resolve_with("x.test", 1, d, fails, &SLOTS).unwrap_err();
            assert_eq!(e.code, MVTLS_ERR_RESOLVE);
            assert!(e.text.contains("stand-in"), "{}", e.text);
            let e = resolve_with("x.test", 1, d, empty, &SLOTS).unwrap_err();
            assert_eq!(e.code, MVTLS_ERR_RESOLVE);
            // IP literals never reach the lookup (it would fail).
            assert_eq!(
                resolve_with("[::1]", 8, d, fails, &SLOTS).unwrap(),
                vec!["[::1]:8".parse().unwrap()]
            );
            assert_eq!(
                resolve_with("127.0.0.1", 80, d, fails, &SLOTS).unwrap(),
                vec!["127.0.0.1:80".parse().unwrap()]
            );
            for bad in ["", "a b", "x\ty", &"a".repeat(300)] {
                let e = resolve_with(bad, 1, d, fails, &SLOTS).unwrap_err();
                assert_eq!(e.code, MVTLS_ERR_HOSTNAME);
            }
        }
    }

    #[test]
    fn system_resolver() {
        let d = Deadline::from_ms(10_000);
        assert!(!resolve("localhost", 1, d).unwrap().is_empty());
        assert!(!resolve("localhost", 1, Deadline::from_ms(-1))
            .unwrap()
            .is_empty());
        assert_eq!(
            resolve("no-such-host.invalid", 1, d).unwrap_err().code,
            MVTLS_ERR_RESOLVE
        );
    }
}
