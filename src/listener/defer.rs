//! Deferred accept (Linux `TCP_DEFER_ACCEPT`) for secure listeners.
//!
//! The kernel's accept queue is first in, first out. Under a flood of
//! silent connections (TCP clients that never send a byte, reconnecting
//! whenever dropped) it fills with them, and a real client waits behind
//! all of them: measured with 3,000 such clients against 2 listeners
//! bounded to 256 pending handshakes each, about 1,250 silent connections
//! stood in each accept queue and a real client's handshake took 1.2 s.
//!
//! With deferred accept the kernel queues a connection only once its
//! first bytes (the ClientHello, or a PROXY header) have arrived, or once
//! the defer period has passed; until then a silent connection is a
//! request socket in the kernel (no descriptor, no place in the accept
//! queue). TLS clients always speak first, so a real client is never
//! held back. A connection that reaches the listener with nothing to read
//! has therefore been silent for the whole period (or came through SYN
//! cookies, which bypass the deferral: it is not dropped for that, only
//! first in line to give way when the listener is full).

use std::io;
use std::net::TcpStream;
use std::os::fd::{AsRawFd, RawFd};
use std::time::Duration;

/// Longest settable defer period, seconds.
pub(crate) const MAX_DEFER_SECS: i32 = 3600;

/// The default period for a secure listener: its context's handshake
/// timeout in whole seconds (rounded up, at least 1). The kernel rounds it
/// up again to its SYN-ACK retransmission schedule (1, 3, 7, 15, 31 s...).
pub(super) fn default_secs(handshake_timeout: Duration) -> i32 {
    let ms = handshake_timeout.as_millis();
    let secs = ms.div_ceil(1000).max(1);
    i32::try_from(secs)
        .unwrap_or(MAX_DEFER_SECS)
        .min(MAX_DEFER_SECS)
}

/// Sets the listening socket's defer period (0 = off).
#[cfg(any(target_os = "linux", target_os = "android"))]
pub(super) fn set(fd: RawFd, secs: i32) -> io::Result<()> {
    let v: libc::c_int = secs;
    // SAFETY: `v` is a valid c_int for the duration of the call and its
    // size is passed; `fd` is the caller's open socket.
    let rc = unsafe {
        libc::setsockopt(
            fd,
            libc::IPPROTO_TCP,
            libc::TCP_DEFER_ACCEPT,
            (&v as *const libc::c_int).cast(),
            std::mem::size_of::<libc::c_int>() as libc::socklen_t,
        )
    };
    if rc == 0 {
        Ok(())
    } else {
        Err(io::Error::last_os_error())
    }
}

/// Deferred accept does not exist here: refused, the listener works
/// without it.
#[cfg(not(any(target_os = "linux", target_os = "android")))]
pub(super) fn set(_fd: RawFd, _secs: i32) -> io::Result<()> {
    Err(io::Error::from(io::ErrorKind::Unsupported))
}

/// True when at least one byte can be read from `tcp` now (nothing is
/// consumed).
pub(super) fn has_input(tcp: &TcpStream) -> bool {
    let mut b = [0u8; 1];
    // SAFETY: `b` is valid for 1 byte of writes; the descriptor is open
    // (owned by `tcp`); MSG_PEEK leaves the data in place.
    let n = unsafe {
        libc::recv(
            tcp.as_raw_fd(),
            b.as_mut_ptr().cast(),
            1,
            libc::MSG_PEEK | libc::MSG_DONTWAIT,
        )
    };
    n > 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_period_is_the_handshake_timeout_rounded_up() {
        assert_eq!(default_secs(Duration::from_millis(1)), 1);
        assert_eq!(default_secs(Duration::from_millis(500)), 1);
        assert_eq!(default_secs(Duration::from_millis(10_000)), 10);
        assert_eq!(default_secs(Duration::from_millis(10_001)), 11);
        assert_eq!(default_secs(Duration::from_secs(100_000)), MAX_DEFER_SECS);
    }
}
