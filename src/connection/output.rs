//! A connection's output buffer: bytes accepted from the caller (plain) or
//! TLS records (secure) that the socket could not take yet. It lets
//! `mvtls_write_some` accept data without blocking and report exactly how
//! much is still waiting (`mvtls_pending_output`).

use crate::net::Sock;
use std::io::{self, Write};
use std::net::TcpStream;

/// Default bound on buffered output per connection (256 KiB).
pub(crate) const DEFAULT_LIMIT: usize = 256 << 10;
/// Largest configurable bound (64 MiB).
pub(crate) const MAX_LIMIT: usize = 64 << 20;

/// Pending output: `buf[pos..]` is still to be sent.
#[derive(Debug, Default)]
pub struct OutBuf {
    buf: Vec<u8>,
    pos: usize,
}

impl OutBuf {
    /// Bytes waiting to be sent.
    pub fn len(&self) -> usize {
        self.buf.len() - self.pos
    }

    /// True when nothing waits.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Sends as much as the socket takes. `Ok(true)`: all sent; `Ok(false)`:
    /// the socket would block; errors are the socket's.
    pub fn send(&mut self, tcp: &TcpStream) -> io::Result<bool> {
        while self.pos < self.buf.len() {
            match Sock(tcp).write(&self.buf[self.pos..]) {
                Ok(n) => self.pos += n,
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => return Ok(false),
                Err(e) => return Err(e),
            }
        }
        self.buf.clear();
        self.pos = 0;
        Ok(true)
    }

    /// Drops everything (after a fatal send error).
    pub fn discard(&mut self) {
        self.buf.clear();
        self.pos = 0;
    }
}

/// Appending (rustls writes TLS records here when the socket is full).
impl Write for OutBuf {
    fn write(&mut self, data: &[u8]) -> io::Result<usize> {
        // Reclaim the sent prefix before growing.
        if self.pos > 0 && self.pos >= self.buf.len() / 2 {
            self.buf.drain(..self.pos);
            self.pos = 0;
        }
        self.buf.extend_from_slice(data);
        Ok(data.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;
    use std::net::TcpListener;

    #[test]
    fn buffers_sends_and_compacts() {
        let l = TcpListener::bind("127.0.0.1:0").unwrap();
        let tx = TcpStream::connect(l.local_addr().unwrap()).unwrap();
        let (mut rx, _) = l.accept().unwrap();
        tx.set_nonblocking(true).unwrap();
        let mut out = OutBuf::default();
        assert!(out.is_empty());
        out.write_all(b"hello ").unwrap();
        out.write_all(b"world").unwrap();
        assert_eq!(out.len(), 11);
        assert!(out.send(&tx).unwrap());
        assert!(out.is_empty());
        let mut got = [0u8; 11];
        rx.read_exact(&mut got).unwrap();
        assert_eq!(&got, b"hello world");
        // Fill until the socket blocks: what stays is counted exactly.
        let chunk = vec![7u8; 1 << 20];
        let mut total = 0usize;
        loop {
            out.write_all(&chunk).unwrap();
            total += chunk.len();
            if !out.send(&tx).unwrap() {
                break;
            }
        }
        let pending = out.len();
        assert!(pending > 0 && pending <= total);
        out.discard();
        assert!(out.is_empty());
    }
}
