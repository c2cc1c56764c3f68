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
    /// Handshake complete and its flights sent (a TLS 1.3 server's session
    /// tickets may wait for the connection's first output).
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

/// True once a server's TLS 1.3 handshake is complete: what rustls still
/// queues then is only session tickets, which need no send of their own
/// (the connection sends them with its first output).
fn server_done_13(tls: &rustls::Connection, side: Side) -> bool {
    side == Side::Server
        && !tls.is_handshaking()
        && tls.protocol_version() == Some(rustls::ProtocolVersion::TLSv1_3)
}

/// Advances a handshake as far as possible without blocking. `Done`: the
/// handshake is complete and its flights are sent (a TLS 1.3 server's
/// session tickets may still be queued).
pub fn drive_handshake(
    tcp: &TcpStream,
    tls: &mut rustls::Connection,
    side: Side,
) -> Result<Handshake> {
    // Input was just processed: once its answer is sent, the peer needs a
    // round trip before it says more, so a read now would only fail with
    // EAGAIN (poll reports any data that did come).
    let mut answered = false;
    loop {
        if server_done_13(tls, side) {
            return Ok(Handshake::Done);
        }
        let mut sent = false;
        while tls.wants_write() {
            match tls.write_tls(&mut Sock(tcp)) {
                Ok(_) => sent = true,
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
        if answered && sent {
            return Ok(Handshake::WantRead);
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
                answered = true;
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
