//! The I/O state of a connection (socket, TLS session, output buffer,
//! sticky errors) and its non-blocking operations. The connection holds its
//! lock around each call and waits (poll) without it.
//!
//! Ordering invariant: unsent output is `out` followed by the records rustls
//! still holds, and it leaves in that order (`out` first). Records stay in
//! rustls when the socket is full (no copy); [`Stream::pending`] moves them
//! into `out` where an exact count is needed (the event API's output bound,
//! `mvtls_pending_output`, error texts).

use super::handshake::would_block;
use super::output::{OutBuf, DEFAULT_LIMIT};
use crate::codes::*;
use crate::error::{Error, Result};
use crate::net::{Sock, SockLast};
use crate::tlserr::{self, Side};
use socket2::SockRef;
use std::io::{self, Read, Write};
use std::mem::MaybeUninit;
use std::net::TcpStream;

/// What a non-blocking look at the receiving side found.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct ReadState {
    /// A read would not block (data, end of stream or an error to report).
    pub readable: bool,
    /// The peer has closed its sending side.
    pub hup: bool,
    /// A read would fail with an error other than end of stream.
    pub err: bool,
}

/// Socket, TLS session and output state of one connection.
pub(super) struct Stream {
    pub tcp: TcpStream,
    pub tls: Option<rustls::Connection>,
    /// Sticky error after a fatal TLS problem (reads and writes fail with it).
    pub failed: Option<Error>,
    /// Sticky error of the sending side (peer gone): writes fail, reads go on.
    pub write_failed: Option<Error>,
    pub closed: bool,
    pub out: OutBuf,
    /// `write_some` accepts bytes while `out` holds fewer than this.
    pub out_limit: usize,
    /// A new server connection's TLS 1.3 session tickets wait in rustls to
    /// leave with the first response instead of in a send of their own;
    /// polls do not flush while this is set. Cleared by the first flush and
    /// the first read that returns data.
    pub defer: bool,
}

fn peer_gone(e: &io::Error) -> bool {
    matches!(
        e.raw_os_error(),
        Some(libc::EPIPE) | Some(libc::ECONNRESET) | Some(libc::ENOTCONN)
    )
}

fn send_error(e: &io::Error) -> Error {
    if peer_gone(e) {
        Error::io(MVTLS_ERR_CLOSED, "peer closed the connection", e)
    } else {
        Error::io(MVTLS_ERR_FAILED, "send", e)
    }
}

impl Stream {
    pub fn new(tcp: TcpStream, tls: Option<rustls::Connection>) -> Self {
        Stream {
            tcp,
            tls,
            failed: None,
            write_failed: None,
            closed: false,
            out: OutBuf::default(),
            out_limit: DEFAULT_LIMIT,
            defer: false,
        }
    }

    /// Fails once the connection is closed or has a fatal TLS error.
    pub fn check_open(&self) -> Result<()> {
        if self.closed {
            return Err(Error::new(
                MVTLS_ERR_BAD_HANDLE,
                "connection was closed (by another thread)",
            ));
        }
        if let Some(e) = &self.failed {
            return Err(e.clone());
        }
        Ok(())
    }

    fn check_writable(&self) -> Result<()> {
        self.check_open()?;
        match &self.write_failed {
            Some(e) => Err(e.clone()),
            None => Ok(()),
        }
    }

    /// Records a send failure: it is sticky, and the unsendable output is dropped.
    fn fail_write(&mut self, e: &io::Error) -> Error {
        let err = send_error(e);
        self.write_failed = Some(err.clone());
        self.out.discard();
        err
    }

    /// Unsent output in bytes, exactly: moves the records rustls holds into
    /// `out` first (a copy; only where the count matters).
    pub fn pending(&mut self) -> usize {
        self.spill();
        self.out.len()
    }

    /// Moves TLS records rustls still holds into `out`.
    fn spill(&mut self) {
        let Stream { tls, out, .. } = self;
        if let Some(tls) = tls {
            while tls.wants_write() {
                match tls.write_tls(out) {
                    Ok(n) if n > 0 => {}
                    _ => break,
                }
            }
        }
    }

    /// Sends `out`, then the records rustls holds (several per sendmsg),
    /// until the socket is full; what it does not take stays where it is.
    fn send_pending(&mut self) -> io::Result<bool> {
        loop {
            if !self.out.send(&self.tcp)? {
                return Ok(false);
            }
            let Stream { tls, tcp, .. } = self;
            let Some(tls) = tls else { return Ok(true) };
            if !tls.wants_write() {
                return Ok(true);
            }
            match tls.write_tls(&mut Sock(tcp)) {
                Ok(_) => {}
                Err(e) if would_block(&e) => return Ok(false),
                Err(e) => return Err(e),
            }
        }
    }

    /// Sends pending output without blocking. `Ok(true)`: nothing is left.
    pub fn flush(&mut self) -> Result<bool> {
        self.check_writable()?;
        self.defer = false;
        self.send_pending().map_err(|e| self.fail_write(&e))
    }

    /// Encrypts as much of `data` as rustls takes (up to its buffer bound),
    /// straight from the caller's buffer into TLS records.
    fn encrypt(&mut self, data: &[u8]) -> Result<usize> {
        let tls = self.tls.as_mut().expect("secure");
        tls.writer()
            .write(data)
            .map_err(|e| Error::io(MVTLS_ERR_TLS, "encrypt", &e))
    }

    /// One non-blocking round of a blocking write (`mvtls_write`): encrypts
    /// and sends `data` while the socket takes it. Returns the bytes taken
    /// and whether everything is sent. Unlike [`write_some`](Self::write_some)
    /// it keeps unsent records in rustls (no copy into `out`) and encrypts
    /// before sending, so queued records (session tickets) and new data go
    /// out in one sendmsg.
    pub fn write_step(&mut self, data: &[u8]) -> Result<(usize, bool)> {
        if self.tls.is_none() {
            let n = self.write_some(data)?;
            return Ok((n, n == data.len() && self.flush()?));
        }
        self.check_writable()?;
        let mut taken = 0;
        loop {
            let mut refused = false;
            if taken < data.len() && self.out.is_empty() {
                let idle = !self.tls.as_ref().is_some_and(|t| t.wants_write());
                let n = self.encrypt(&data[taken..])?;
                taken += n;
                refused = n == 0 && idle;
            }
            if !self.flush()? {
                return Ok((taken, false));
            }
            if taken == data.len() {
                return Ok((taken, true));
            }
            if refused {
                return Err(Error::new(
                    MVTLS_ERR_TLS,
                    "the TLS session takes no more data",
                ));
            }
        }
    }

    /// [`flush`](Self::flush) for the reading side's sake: a failure is
    /// recorded for the next write, not reported. True if output remains.
    pub fn flush_quietly(&mut self) -> bool {
        !matches!(self.flush(), Ok(true) | Err(_))
    }

    /// Accepts up to `data.len()` bytes without blocking: sends what the
    /// socket takes and buffers more while fewer than `out_limit` bytes are
    /// pending. Returns the number accepted (0 when the buffer is full).
    pub fn write_some(&mut self, data: &[u8]) -> Result<usize> {
        self.flush()?;
        let mut taken = 0;
        if self.tls.is_none() {
            if self.out.is_empty() {
                while taken < data.len() {
                    match Sock(&self.tcp).write(&data[taken..]) {
                        Ok(n) => taken += n,
                        Err(e) if would_block(&e) => break,
                        Err(e) => return Err(self.fail_write(&e)),
                    }
                }
            }
            let room = self.out_limit.saturating_sub(self.out.len());
            let k = room.min(data.len() - taken);
            self.out
                .write_all(&data[taken..taken + k])
                .expect("writing to memory");
            return Ok(taken + k);
        }
        while taken < data.len() && self.pending() < self.out_limit {
            let room = self.out_limit - self.out.len();
            let end = taken + room.min(data.len() - taken);
            let n = self.encrypt(&data[taken..end])?;
            if n == 0 {
                break;
            }
            taken += n;
            self.flush()?;
        }
        self.spill();
        Ok(taken)
    }

    /// One non-blocking read attempt: `Ok(None)` = would block.
    pub fn try_read(&mut self, buf: &mut [u8], side: Side) -> Result<Option<usize>> {
        self.check_open()?;
        if self.tls.is_none() {
            return match Sock(&self.tcp).read(buf) {
                Ok(0) => Err(Error::closed("peer closed the connection")),
                Ok(n) => Ok(Some(n)),
                Err(e) if would_block(&e) => Ok(None),
                Err(e) => Err(Error::io(MVTLS_ERR_RECV, "receive", &e)),
            };
        }
        loop {
            let tls = self.tls.as_mut().expect("secure");
            match tls.reader().read(buf) {
                Ok(0) => return Err(Error::closed("peer closed the connection (close_notify)")),
                Ok(n) => {
                    // Deferred tickets wait for the answer to this input, at
                    // the latest until the next poll.
                    self.defer = false;
                    return Ok(Some(n));
                }
                Err(e) if would_block(&e) => {}
                Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => {
                    return Err(Error::closed(
                        "peer closed the connection without close_notify",
                    ))
                }
                Err(e) => return Err(Error::io(MVTLS_ERR_RECV, "receive", &e)),
            }
            // Send anything rustls wants to (key updates, alerts) first.
            self.flush_quietly();
            let Stream { tcp, tls, .. } = self;
            let tls = tls.as_mut().expect("secure");
            match tls.read_tls(&mut Sock(tcp)) {
                Ok(_) => {}
                Err(e) if would_block(&e) => return Ok(None),
                Err(e) => return Err(Error::io(MVTLS_ERR_RECV, "receive", &e)),
            }
            if let Err(e) = tls.process_new_packets() {
                self.flush_quietly();
                let err = tlserr::map(&e, side, false);
                self.failed = Some(err.clone());
                return Err(err);
            }
        }
    }

    /// Looks at the receiving side without blocking. TLS records are moved
    /// into the session (decrypted, not consumed); plain data stays in the
    /// socket (peeked).
    pub fn read_state(&mut self, side: Side) -> ReadState {
        let hit = |hup, err| ReadState {
            readable: true,
            hup,
            err,
        };
        if self.failed.is_some() {
            return hit(false, true);
        }
        let Stream {
            tcp, tls, failed, ..
        } = self;
        let Some(tls) = tls else {
            let mut b = [MaybeUninit::<u8>::uninit(); 1];
            return match SockRef::from(&*tcp).peek(&mut b) {
                Ok(0) => hit(true, false),
                Ok(_) => hit(false, false),
                Err(e) if would_block(&e) => ReadState::default(),
                Err(e) if e.kind() == io::ErrorKind::Interrupted => ReadState::default(),
                Err(_) => hit(false, true),
            };
        };
        loop {
            match tls.process_new_packets() {
                Ok(st) if st.peer_has_closed() => return hit(true, false),
                Ok(st) if st.plaintext_bytes_to_read() > 0 => return hit(false, false),
                Ok(_) => {}
                Err(e) => {
                    *failed = Some(tlserr::map(&e, side, false));
                    return hit(false, true);
                }
            }
            match tls.read_tls(&mut Sock(tcp)) {
                Ok(0) => return hit(true, false),
                Ok(_) => continue,
                Err(e) if would_block(&e) => return ReadState::default(),
                Err(_) => return hit(false, true),
            }
        }
    }

    /// Marks the stream closed and, for TLS, queues close_notify; sends what
    /// the socket takes now (never blocks). Output it cannot take is dropped
    /// when the socket closes.
    pub fn close(&mut self) {
        self.closed = true;
        if self.write_failed.is_some() {
            return;
        }
        let Some(tls) = &mut self.tls else {
            let _ = self.send_pending();
            return;
        };
        tls.send_close_notify();
        // close_notify (and what else rustls holds) is the last output: sent
        // with MSG_MORE, then the sending side shut, it leaves with the FIN
        // in one segment instead of two.
        if !matches!(self.out.send(&self.tcp), Ok(true)) {
            return;
        }
        let Stream { tls, tcp, .. } = self;
        let tls = tls.as_mut().expect("secure");
        while tls.wants_write() {
            match tls.write_tls(&mut SockLast(tcp)) {
                Ok(n) if n > 0 => {}
                _ => return,
            }
        }
        let _ = tcp.shutdown(std::net::Shutdown::Write);
    }
}
