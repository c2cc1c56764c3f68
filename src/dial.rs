//! TCP connect to the addresses a host name resolved to, within one
//! deadline: each address gets an equal share of the time left, so an
//! address that never answers (a black-holed SYN) does not use up the whole
//! timeout, and the next address is tried after any failure.

use crate::codes::{MVTLS_ERR_CONNECT, MVTLS_ERR_NOSOCKET, MVTLS_ERR_TIMEOUT};
use crate::error::{Error, Result};
use crate::net::{self, remaining, Deadline};
use socket2::{Domain, Protocol, Socket, Type};
use std::net::{SocketAddr, TcpStream};
use std::os::fd::AsRawFd;

/// How one address failed.
enum Attempt {
    TimedOut,
    Failed(std::io::Error),
}

fn try_one(
    addr: SocketAddr,
    deadline: Deadline,
) -> Result<std::result::Result<TcpStream, Attempt>> {
    let sock = Socket::new(Domain::for_address(addr), Type::STREAM, Some(Protocol::TCP))
        .map_err(|e| Error::io(MVTLS_ERR_NOSOCKET, "socket", &e))?;
    sock.set_nonblocking(true)
        .map_err(|e| Error::io(MVTLS_ERR_NOSOCKET, "set non-blocking", &e))?;
    match sock.connect(&addr.into()) {
        Ok(()) => return Ok(Ok(sock.into())),
        Err(e) if e.raw_os_error() == Some(libc::EINPROGRESS) => {}
        Err(e) => return Ok(Err(Attempt::Failed(e))),
    }
    let ok = net::wait_fd(sock.as_raw_fd(), libc::POLLOUT, deadline)
        .map_err(|e| Error::io(MVTLS_ERR_CONNECT, "poll", &e))?;
    if !ok {
        return Ok(Err(Attempt::TimedOut));
    }
    Ok(match sock.take_error() {
        Ok(None) => Ok(sock.into()),
        Ok(Some(e)) | Err(e) => Err(Attempt::Failed(e)),
    })
}

/// Connects to the first address of `addrs` that accepts, in order. With
/// a finite deadline, address *i* of *n* may use (time left) / (n - i).
/// Fails with 1011 when the deadline has passed, else 7005; the text lists
/// every address tried and how it failed.
pub fn dial(addrs: &[SocketAddr], deadline: Deadline) -> Result<(TcpStream, SocketAddr)> {
    let mut tried = Vec::new();
    for (i, &addr) in addrs.iter().enumerate() {
        let share = match remaining(deadline) {
            None => deadline,
            Some(left) => {
                let n = (addrs.len() - i) as u32;
                Deadline::after(left / n).min(deadline)
            }
        };
        match try_one(addr, share)? {
            Ok(tcp) => return Ok((tcp, addr)),
            Err(Attempt::TimedOut) => tried.push(format!("{addr} timed out")),
            Err(Attempt::Failed(e)) => tried.push(format!("{addr}: {e}")),
        }
        if deadline.expired() {
            break;
        }
    }
    let code = if deadline.expired() {
        MVTLS_ERR_TIMEOUT
    } else {
        MVTLS_ERR_CONNECT
    };
    let what = if tried.is_empty() {
        "no address to connect to".to_string()
    } else {
        tried.join("; ")
    };
    Err(Error::new(code, format!("cannot connect: {what}")))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use std::net::TcpListener;

    /// A listener whose accept queue is full: further SYNs are dropped, so
    /// a connect to it neither succeeds nor fails until it times out.
    /// Returns the listener and the connections that fill its queue.
    pub(crate) fn black_hole() -> (Socket, Vec<Socket>) {
        let l = Socket::new(Domain::IPV4, Type::STREAM, None).unwrap();
        l.bind(&SocketAddr::from(([127, 0, 0, 1], 0)).into())
            .unwrap();
        l.listen(0).unwrap();
        let addr = l.local_addr().unwrap();
        let mut fill = Vec::new();
        // Connect until one stays in progress: the queue is then full.
        for _ in 0..16 {
            let s = Socket::new(Domain::IPV4, Type::STREAM, None).unwrap();
            s.set_nonblocking(true).unwrap();
            let _ = s.connect(&addr);
            let done = net::wait_fd(s.as_raw_fd(), libc::POLLOUT, Deadline::from_ms(300)).unwrap();
            fill.push(s);
            if !done {
                return (l, fill);
            }
        }
        panic!("could not fill the accept queue of a backlog-0 listener");
    }

    #[test]
    fn a_black_holed_first_address_does_not_stop_the_second() {
        let (hole, _fill) = black_hole();
        let hole_addr = hole.local_addr().unwrap().as_socket().unwrap();
        let good = TcpListener::bind("127.0.0.1:0").unwrap();
        let good_addr = good.local_addr().unwrap();
        let (tcp, peer) = dial(&[hole_addr, good_addr], Deadline::from_ms(2000)).unwrap();
        assert_eq!(peer, good_addr);
        assert_eq!(tcp.peer_addr().unwrap(), good_addr);
    }

    #[test]
    fn failures_are_listed_and_coded() {
        let (hole, _fill) = black_hole();
        let hole_addr = hole.local_addr().unwrap().as_socket().unwrap();
        let closed = {
            let l = TcpListener::bind("127.0.0.1:0").unwrap();
            l.local_addr().unwrap()
        };
        // Refused then black-holed: the deadline runs out, 1011.
        let e = dial(&[closed, hole_addr], Deadline::from_ms(300)).unwrap_err();
        assert_eq!(e.code, MVTLS_ERR_TIMEOUT, "{}", e.text);
        assert!(e.text.contains(&closed.to_string()), "{}", e.text);
        assert!(
            e.text.contains(&format!("{hole_addr} timed out")),
            "{}",
            e.text
        );
        // Only refusals, time left: 7005.
        let e = dial(&[closed], Deadline::from_ms(5000)).unwrap_err();
        assert_eq!(e.code, MVTLS_ERR_CONNECT, "{}", e.text);
        assert_eq!(
            dial(&[], Deadline::from_ms(10)).unwrap_err().code,
            MVTLS_ERR_CONNECT
        );
    }
}
