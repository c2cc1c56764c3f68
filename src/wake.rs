//! Waking threads blocked on a listener or connection that another thread
//! closes.
//!
//! Waiters register for the time of their wait; `close` marks the object
//! closed and, when a thread of this process is registered, shuts the
//! socket down (shutdown(2)), which makes every poll(2) on it return at
//! once. Without waiters the socket is left alone, so closing a handle
//! whose socket is shared with a forked process does not disturb that
//! process unless this one was blocked on it.

use socket2::SockRef;
use std::net::Shutdown;
use std::os::fd::AsFd;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

/// The closed flag and waiter count of one object.
#[derive(Debug, Default)]
pub struct CloseSignal {
    closed: AtomicBool,
    waiters: AtomicUsize,
}

/// A registered waiter; unregisters on drop.
#[derive(Debug)]
pub struct WaitGuard<'a>(&'a CloseSignal);

impl Drop for WaitGuard<'_> {
    fn drop(&mut self) {
        self.0.waiters.fetch_sub(1, Ordering::SeqCst);
    }
}

impl CloseSignal {
    /// An open object with no waiters.
    pub fn new() -> Self {
        Self::default()
    }

    /// True once [`close`](Self::close) was called.
    pub fn is_closed(&self) -> bool {
        self.closed.load(Ordering::SeqCst)
    }

    /// Registers the calling thread as a waiter. Check [`is_closed`]
    /// (or the object's own closed state) *after* this and before each
    /// poll(2): either the check sees the close, or the closer sees the
    /// waiter and wakes it.
    ///
    /// [`is_closed`]: Self::is_closed
    pub fn enter(&self) -> WaitGuard<'_> {
        self.waiters.fetch_add(1, Ordering::SeqCst);
        WaitGuard(self)
    }

    /// Number of registered waiters.
    pub fn waiters(&self) -> usize {
        self.waiters.load(Ordering::SeqCst)
    }

    /// Marks the object closed; if any thread is waiting on it, shuts
    /// `sock` down so that its poll(2) returns now. Returns false if it was
    /// already closed.
    pub fn close(&self, sock: &impl AsFd) -> bool {
        if self.closed.swap(true, Ordering::SeqCst) {
            return false;
        }
        if self.waiters.load(Ordering::SeqCst) > 0 {
            // Errors (e.g. ENOTCONN on a socket the peer already reset) only
            // mean there is nothing left to wake.
            let _ = SockRef::from(sock).shutdown(Shutdown::Both);
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::net::{wait_fd, Deadline};
    use std::net::{TcpListener, TcpStream};
    use std::os::fd::AsRawFd;
    use std::sync::Arc;

    #[test]
    fn close_without_waiters_leaves_the_socket_alone() {
        let l = TcpListener::bind("127.0.0.1:0").unwrap();
        let c = TcpStream::connect(l.local_addr().unwrap()).unwrap();
        let (s, _) = l.accept().unwrap();
        let sig = CloseSignal::new();
        assert!(sig.close(&s));
        assert!(!sig.close(&s));
        assert!(sig.is_closed());
        // No shutdown happened: the peer does not see end of stream.
        c.set_nonblocking(true).unwrap();
        let mut b = [0u8; 1];
        let e = std::io::Read::read(&mut &c, &mut b).unwrap_err();
        assert_eq!(e.kind(), std::io::ErrorKind::WouldBlock);
    }

    #[test]
    fn close_wakes_a_thread_blocked_forever_in_poll() {
        let l = TcpListener::bind("127.0.0.1:0").unwrap();
        let _c = TcpStream::connect(l.local_addr().unwrap()).unwrap();
        let (s, _) = l.accept().unwrap();
        let s = Arc::new(s);
        let sig = Arc::new(CloseSignal::new());
        let (s2, sig2) = (s.clone(), sig.clone());
        let (tx, rx) = std::sync::mpsc::channel();
        let (done_tx, done) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let woken = {
                let _g = sig2.enter();
                tx.send(()).unwrap();
                if !sig2.is_closed() {
                    // No deadline: only a wake-up can end this wait.
                    wait_fd(s2.as_raw_fd(), libc::POLLIN, Deadline::from_ms(-1)).unwrap();
                }
                sig2.is_closed()
            }; // unregistered here, before reporting
            done_tx.send(woken).unwrap();
        });
        rx.recv().unwrap();
        assert!(sig.close(&*s));
        let woken = done.recv_timeout(std::time::Duration::from_secs(30));
        assert_eq!(woken, Ok(true), "the waiter was not woken");
        assert_eq!(sig.waiters(), 0);
    }
}
