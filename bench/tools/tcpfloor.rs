//! tcpfloor - the kernel's share of a TLS handshake, for `bench/` (built as
//! the cargo example `tcpfloor` of mvtls).
//!
//! A plain TCP server that replays the byte flights of one real TLS 1.3
//! connection (as `hsload -m flights` recorded them against mvtls) without
//! any TLS: it reads exactly as many bytes as the client sent in each client
//! flight and writes as many as the server sent in each server flight, then
//! closes. Driven by `hsload -m plain:PATTERN`, the server's CPU time per
//! connection is what the kernel's TCP work (connect, accept, the same
//! segments, close) costs a server that does nothing else: the floor under
//! any TLS server's cost per full handshake on this machine.
//!
//! Single-threaded and blocking (the fewest system calls a server can make
//! per connection); TCP_NODELAY like the TLS servers.
//!
//! Usage: tcpfloor PORT PATTERN   (PATTERN: `c243,s1180,c138,s512`, c = bytes
//! from the client, s = bytes to the client, in order)
//! Prints `listening PORT` once it listens.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};

/// One flight of the replayed exchange.
#[derive(Clone, Copy)]
enum Flight {
    /// The client sends this many bytes.
    FromClient(usize),
    /// The server sends this many bytes.
    ToClient(usize),
}

fn parse(pattern: &str) -> Option<Vec<Flight>> {
    pattern
        .split(',')
        .map(|f| {
            let n = f.get(1..)?.parse().ok()?;
            match f.as_bytes().first()? {
                b'c' => Some(Flight::FromClient(n)),
                b's' => Some(Flight::ToClient(n)),
                _ => None,
            }
        })
        .collect()
}

/// Replays the flights on one connection; a client that leaves early (the
/// bench's readiness probe) just ends it.
fn serve(mut s: TcpStream, flights: &[Flight], buf: &mut [u8]) -> std::io::Result<()> {
    s.set_nodelay(true)?;
    for f in flights {
        match *f {
            Flight::FromClient(n) => {
                let mut left = n;
                while left > 0 {
                    let want = left.min(buf.len());
                    let got = s.read(&mut buf[..want])?;
                    if got == 0 {
                        return Ok(());
                    }
                    left -= got;
                }
            }
            Flight::ToClient(n) => {
                let mut left = n;
                while left > 0 {
                    let k = left.min(buf.len());
                    s.write_all(&buf[..k])?;
                    left -= k;
                }
            }
        }
    }
    Ok(())
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let usage = || -> ! {
        eprintln!("usage: tcpfloor PORT PATTERN   (PATTERN: c243,s1180,c138,s512)");
        std::process::exit(2)
    };
    let (Some(port), Some(pattern), None) = (args.get(1), args.get(2), args.get(3)) else {
        usage()
    };
    let port: u16 = port.parse().unwrap_or_else(|_| usage());
    let flights = parse(pattern)
        .filter(|f| !f.is_empty())
        .unwrap_or_else(|| usage());
    let listener = TcpListener::bind(("127.0.0.1", port)).unwrap_or_else(|e| {
        eprintln!("tcpfloor: cannot listen on {port}: {e}");
        std::process::exit(1)
    });
    println!(
        "listening {}",
        listener.local_addr().map(|a| a.port()).unwrap_or(port)
    );
    let mut buf = vec![0x17u8; 16384];
    // A failed accept or connection costs the client an error; the server goes on.
    for conn in listener.incoming().flatten() {
        let _ = serve(conn, &flights, &mut buf);
    }
}
