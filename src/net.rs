//! Socket helpers: deadlines, poll(2), SIGPIPE-free send/recv, port and
//! IP-literal parsing. (Name resolution is in [`crate::resolve`].)

use crate::error::{Error, Result};
use std::io;
use std::net::{IpAddr, SocketAddr, TcpListener, TcpStream};
use std::os::fd::{AsRawFd, FromRawFd, RawFd};
use std::time::{Duration, Instant};

/// A point in time after which an operation gives up (`None` = never).
#[derive(Debug, Clone, Copy)]
pub struct Deadline(Option<Instant>);

impl Deadline {
    /// From a C-ABI timeout: negative = forever, 0 = now, positive = ms.
    pub fn from_ms(ms: i32) -> Self {
        if ms < 0 {
            Deadline(None)
        } else {
            Deadline(Some(Instant::now() + Duration::from_millis(ms as u64)))
        }
    }

    /// A deadline `d` from now.
    pub fn after(d: Duration) -> Self {
        Deadline(Some(Instant::now() + d))
    }

    /// The earlier of two deadlines.
    pub fn min(self, other: Deadline) -> Deadline {
        match (self.0, other.0) {
            (None, o) => Deadline(o),
            (s, None) => Deadline(s),
            (Some(a), Some(b)) => Deadline(Some(a.min(b))),
        }
    }

    /// The instant, if any.
    pub fn instant(self) -> Option<Instant> {
        self.0
    }

    /// True once the deadline has passed (never for `forever`).
    pub fn expired(&self) -> bool {
        matches!(self.0, Some(t) if Instant::now() >= t)
    }

    /// Milliseconds left for poll(2): -1 = forever, rounded up.
    pub fn poll_ms(&self) -> i32 {
        match self.0 {
            None => -1,
            Some(t) => {
                let left = t.saturating_duration_since(Instant::now());
                let ms = left.as_millis() + u128::from(left.subsec_nanos() % 1_000_000 != 0);
                ms.min(i32::MAX as u128) as i32
            }
        }
    }
}

/// poll(2) over `fds`; returns the number of ready entries (0 on timeout or
/// EINTR: callers loop on their deadline).
pub fn poll(fds: &mut [libc::pollfd], timeout_ms: i32) -> io::Result<usize> {
    // SAFETY: `fds` is a valid, exclusively borrowed slice of pollfd.
    let n = unsafe { libc::poll(fds.as_mut_ptr(), fds.len() as libc::nfds_t, timeout_ms) };
    if n < 0 {
        let e = io::Error::last_os_error();
        if e.kind() == io::ErrorKind::Interrupted {
            return Ok(0);
        }
        return Err(e);
    }
    Ok(n as usize)
}

/// Waits until `fd` has one of `events` (or an error / hang-up) or the
/// deadline passes. Returns false on timeout, true otherwise. A close from
/// another thread interrupts the wait through shutdown(2) (see
/// [`crate::wake`]).
pub fn wait_fd(fd: RawFd, events: i16, deadline: Deadline) -> io::Result<bool> {
    loop {
        let mut p = [libc::pollfd {
            fd,
            events,
            revents: 0,
        }];
        if poll(&mut p, deadline.poll_ms())? > 0 {
            return Ok(true);
        }
        if deadline.poll_ms() == 0 || deadline.expired() {
            return Ok(false);
        }
    }
}

/// The remaining time of a deadline, or `None` for no deadline.
pub fn remaining(deadline: Deadline) -> Option<Duration> {
    deadline
        .instant()
        .map(|t| t.saturating_duration_since(Instant::now()))
}

/// accept4(2) with SOCK_NONBLOCK | SOCK_CLOEXEC: a new connection already
/// non-blocking (std's accept would need one more system call for that).
pub fn accept_nonblocking(l: &TcpListener) -> io::Result<(TcpStream, SocketAddr)> {
    // SAFETY: accept4 fills at most `len` bytes of the sockaddr storage
    // socket2 hands us and sets `len`; the descriptor it returns is new and
    // owned by the TcpStream built from it.
    let (fd, addr) = unsafe {
        socket2::SockAddr::try_init(|storage, len| {
            let fd = libc::accept4(
                l.as_raw_fd(),
                storage.cast(),
                len,
                libc::SOCK_NONBLOCK | libc::SOCK_CLOEXEC,
            );
            if fd < 0 {
                Err(io::Error::last_os_error())
            } else {
                Ok(fd)
            }
        })?
    };
    // SAFETY: fd is a fresh, valid socket descriptor we own.
    let tcp = unsafe { TcpStream::from_raw_fd(fd) };
    let peer = addr
        .as_socket()
        .ok_or_else(|| io::Error::other("accept: not an IP peer address"))?;
    Ok((tcp, peer))
}

/// Reads and writes a `TcpStream` with recv/send/sendmsg; writes use
/// MSG_NOSIGNAL so a closed peer gives EPIPE, never SIGPIPE (plain
/// write/writev could raise it).
pub struct Sock<'a>(pub &'a TcpStream);

impl io::Read for Sock<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        loop {
            // SAFETY: buf is valid for writes of buf.len() bytes.
            let n =
                unsafe { libc::recv(self.0.as_raw_fd(), buf.as_mut_ptr().cast(), buf.len(), 0) };
            if n >= 0 {
                return Ok(n as usize);
            }
            let e = io::Error::last_os_error();
            if e.kind() != io::ErrorKind::Interrupted {
                return Err(e);
            }
        }
    }
}

impl io::Write for Sock<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        send_flags(self.0, buf, 0)
    }

    fn write_vectored(&mut self, bufs: &[io::IoSlice<'_>]) -> io::Result<usize> {
        sendmsg_flags(self.0, bufs, 0)
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// [`Sock`] for a connection's last bytes: sends with MSG_MORE, so that a
/// shutdown(2) right after puts the FIN into the same segment (one packet,
/// and one wake-up of the peer, less per connection).
pub struct SockLast<'a>(pub &'a TcpStream);

impl io::Write for SockLast<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        send_flags(self.0, buf, libc::MSG_MORE)
    }

    fn write_vectored(&mut self, bufs: &[io::IoSlice<'_>]) -> io::Result<usize> {
        sendmsg_flags(self.0, bufs, libc::MSG_MORE)
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// send(2) with MSG_NOSIGNAL | `flags`, retried on EINTR.
fn send_flags(tcp: &TcpStream, buf: &[u8], flags: i32) -> io::Result<usize> {
    loop {
        // SAFETY: buf is valid for reads of buf.len() bytes.
        let n = unsafe {
            libc::send(
                tcp.as_raw_fd(),
                buf.as_ptr().cast(),
                buf.len(),
                libc::MSG_NOSIGNAL | flags,
            )
        };
        if n >= 0 {
            return Ok(n as usize);
        }
        let e = io::Error::last_os_error();
        if e.kind() != io::ErrorKind::Interrupted {
            return Err(e);
        }
    }
}

/// sendmsg(2) of up to 64 slices with MSG_NOSIGNAL | `flags`, retried on EINTR.
fn sendmsg_flags(tcp: &TcpStream, bufs: &[io::IoSlice<'_>], flags: i32) -> io::Result<usize> {
    let n = bufs.len().min(64);
    if n == 0 {
        return Ok(0);
    }
    // SAFETY: an all-zero msghdr is valid; IoSlice is ABI-compatible
    // with iovec (guaranteed by std on Unix) and lives for the call.
    let mut msg: libc::msghdr = unsafe { std::mem::zeroed() };
    msg.msg_iov = bufs.as_ptr() as *mut libc::iovec;
    msg.msg_iovlen = n as _;
    loop {
        // SAFETY: msg points to valid iovecs for the duration of the call.
        let r = unsafe { libc::sendmsg(tcp.as_raw_fd(), &msg, libc::MSG_NOSIGNAL | flags) };
        if r >= 0 {
            return Ok(r as usize);
        }
        let e = io::Error::last_os_error();
        if e.kind() != io::ErrorKind::Interrupted {
            return Err(e);
        }
    }
}

/// Parses an IP literal, accepting `[v6]` brackets.
pub fn parse_ip(host: &str) -> Option<IpAddr> {
    let h = host
        .strip_prefix('[')
        .and_then(|h| h.strip_suffix(']'))
        .unwrap_or(host);
    h.parse().ok()
}

/// Checks a C-ABI port number.
pub fn port(p: i32) -> Result<u16> {
    u16::try_from(p).map_err(|_| Error::params(format!("port {p} out of range 0..65535")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deadlines() {
        assert_eq!(Deadline::from_ms(-1).poll_ms(), -1);
        assert!(!Deadline::from_ms(-5).expired());
        assert_eq!(Deadline::from_ms(0).poll_ms(), 0);
        let d = Deadline::from_ms(500).poll_ms();
        assert!((490..=500).contains(&d), "{d}");
        let m = Deadline::from_ms(-1).min(Deadline::from_ms(10));
        assert!(m.poll_ms() <= 10);
    }

    #[test]
    fn ports_and_ip_literals() {
        assert!(port(65536).is_err() && port(-1).is_err() && port(0).is_ok());
        assert_eq!(parse_ip("[::1]"), Some("::1".parse().unwrap()));
        assert_eq!(parse_ip("10.1.2.3"), Some("10.1.2.3".parse().unwrap()));
        assert_eq!(parse_ip("localhost"), None);
    }
}
