//! Socket helpers: deadlines, poll(2), SIGPIPE-free send/recv, and name
//! resolution.

use crate::codes::{MVTLS_ERR_HOSTNAME, MVTLS_ERR_RESOLVE};
use crate::error::{Error, Result};
use std::io;
use std::net::{IpAddr, SocketAddr, TcpStream, ToSocketAddrs};
use std::os::fd::{AsRawFd, RawFd};
use std::sync::atomic::{AtomicBool, Ordering};
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

/// Longest single poll(2) sleep while waiting on an object that another
/// thread may close: bounds how long a closed object's waiters linger.
pub const CLOSE_CHECK: Duration = Duration::from_millis(200);

/// Waits until `fd` has one of `events`, the deadline passes, or `stop`
/// (if given) becomes true; `stop` is checked at least every
/// [`CLOSE_CHECK`]. Returns false on timeout, true otherwise.
pub fn wait_fd(
    fd: RawFd,
    events: i16,
    deadline: Deadline,
    stop: Option<&AtomicBool>,
) -> io::Result<bool> {
    loop {
        if stop.is_some_and(|s| s.load(Ordering::Acquire)) {
            return Ok(true);
        }
        let mut p = [libc::pollfd {
            fd,
            events,
            revents: 0,
        }];
        let slice = match stop {
            Some(_) => deadline.min(Deadline::after(CLOSE_CHECK)),
            None => deadline,
        };
        let ms = slice.poll_ms();
        if poll(&mut p, ms)? > 0 {
            return Ok(true);
        }
        if deadline.poll_ms() == 0 || deadline.expired() {
            return Ok(false);
        }
    }
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
        loop {
            // SAFETY: buf is valid for reads of buf.len() bytes.
            let n = unsafe {
                libc::send(
                    self.0.as_raw_fd(),
                    buf.as_ptr().cast(),
                    buf.len(),
                    libc::MSG_NOSIGNAL,
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

    fn write_vectored(&mut self, bufs: &[io::IoSlice<'_>]) -> io::Result<usize> {
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
            let r = unsafe { libc::sendmsg(self.0.as_raw_fd(), &msg, libc::MSG_NOSIGNAL) };
            if r >= 0 {
                return Ok(r as usize);
            }
            let e = io::Error::last_os_error();
            if e.kind() != io::ErrorKind::Interrupted {
                return Err(e);
            }
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
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

/// Resolves `host` (name or IP literal) and `port` to socket addresses.
pub fn resolve(host: &str, port: u16) -> Result<Vec<SocketAddr>> {
    if host.is_empty()
        || host.len() > 253 + 2
        || host.chars().any(|c| c.is_whitespace() || c.is_control())
    {
        return Err(Error::new(
            MVTLS_ERR_HOSTNAME,
            format!("invalid host name '{host}'"),
        ));
    }
    if let Some(ip) = parse_ip(host) {
        return Ok(vec![SocketAddr::new(ip, port)]);
    }
    let addrs: Vec<SocketAddr> = (host, port)
        .to_socket_addrs()
        .map_err(|e| Error::new(MVTLS_ERR_RESOLVE, format!("cannot resolve '{host}': {e}")))?
        .collect();
    if addrs.is_empty() {
        return Err(Error::new(
            MVTLS_ERR_RESOLVE,
            format!("cannot resolve '{host}': no addresses"),
        ));
    }
    Ok(addrs)
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
    fn resolution() {
        assert_eq!(
            resolve("127.0.0.1", 80).unwrap(),
            vec!["127.0.0.1:80".parse().unwrap()]
        );
        assert_eq!(
            resolve("[::1]", 8).unwrap(),
            vec!["[::1]:8".parse().unwrap()]
        );
        assert!(!resolve("localhost", 1).unwrap().is_empty());
        assert_eq!(resolve("", 1).unwrap_err().code, MVTLS_ERR_HOSTNAME);
        assert_eq!(resolve("a b", 1).unwrap_err().code, MVTLS_ERR_HOSTNAME);
        assert_eq!(
            resolve("no-such-host.invalid", 1).unwrap_err().code,
            MVTLS_ERR_RESOLVE
        );
        assert!(port(65536).is_err() && port(-1).is_err() && port(0).is_ok());
    }
}
