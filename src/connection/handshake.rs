//! Non-blocking TLS handshake steps, shared by listeners (server side) and
//! `mvtls_connect` (client side).

use crate::codes::MVTLS_ERR_HANDSHAKE;
use crate::error::{Error, Result};
use crate::net::Sock;
use crate::tlserr::{self, Side};
use std::io;
use std::net::TcpStream;

/// Progress of a non-blocking handshake step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Handshake {
    /// Handshake complete and all its bytes sent.
    Done,
    /// Waiting for the socket to become readable.
    WantRead,
    /// Waiting for the socket to become writable.
    WantWrite,
}

/// True for EAGAIN / EWOULDBLOCK.
pub(crate) fn would_block(e: &io::Error) -> bool {
    e.kind() == io::ErrorKind::WouldBlock
}

/// Sends what rustls has queued without blocking; errors are ignored (best
/// effort, e.g. an alert before giving up).
pub(crate) fn send_quietly(tls: &mut rustls::Connection, tcp: &TcpStream) {
    while tls.wants_write() {
        match tls.write_tls(&mut Sock(tcp)) {
            Ok(n) if n > 0 => {}
            _ => break,
        }
    }
}

/// Advances a handshake as far as possible without blocking.
pub fn drive_handshake(
    tcp: &TcpStream,
    tls: &mut rustls::Connection,
    side: Side,
) -> Result<Handshake> {
    loop {
        while tls.wants_write() {
            match tls.write_tls(&mut Sock(tcp)) {
                Ok(_) => {}
                Err(e) if would_block(&e) => return Ok(Handshake::WantWrite),
                Err(e) => {
                    return Err(Error::io(
                        MVTLS_ERR_HANDSHAKE,
                        "TLS handshake failed: send",
                        &e,
                    ))
                }
            }
        }
        if !tls.is_handshaking() {
            return Ok(Handshake::Done);
        }
        match tls.read_tls(&mut Sock(tcp)) {
            Ok(0) => {
                return Err(Error::new(
                    MVTLS_ERR_HANDSHAKE,
                    "TLS handshake failed: peer closed the connection during the handshake",
                ))
            }
            Ok(_) => {
                if let Err(e) = tls.process_new_packets() {
                    // Best effort: let the peer see our alert.
                    send_quietly(tls, tcp);
                    return Err(tlserr::map(&e, side, true));
                }
            }
            Err(e) if would_block(&e) => return Ok(Handshake::WantRead),
            Err(e) => {
                return Err(Error::io(
                    MVTLS_ERR_HANDSHAKE,
                    "TLS handshake failed: receive",
                    &e,
                ))
            }
        }
    }
}
