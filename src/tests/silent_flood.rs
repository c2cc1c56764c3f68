//! A listener full of silent clients (TCP connections that never send a
//! ClientHello) still takes a real client at once: the oldest silent
//! handshake makes room, instead of the real client waiting in the kernel
//! backlog for the handshake timeout.

use crate::context::Context;
use crate::listener::Listener;
use crate::net::Deadline;
use std::io::{Read, Write};
use std::sync::Arc;

#[test]
fn silent_clients_give_way_to_a_real_one() {
    let set = crate::devcert::generate(&["localhost"]).unwrap();
    // silent handshakes would live 30 s: far beyond the accept below
    // (they may give way once 250 ms old)
    let sctx = Arc::new(
        Context::new_server(
            &set.server_chain_pem,
            &set.server_key_pem,
            Some("HANDSHAKE.TIMEOUT=30000"),
        )
        .unwrap(),
    );
    let mut l = Listener::bind(Some("127.0.0.1"), 0, 0, 0, Some((sctx, 1))).unwrap();
    l.set_max_pending(4);
    let port = l.local_addr().port();
    let silent: Vec<std::net::TcpStream> = (0..12)
        .map(|_| std::net::TcpStream::connect(("127.0.0.1", port)).unwrap())
        .collect();
    // the listener takes the silent ones in (up to its bound)
    assert!(l.accept(Deadline::from_ms(300)).is_err());
    assert!(l.pending() <= 4, "pending {}", l.pending());

    let mut roots = rustls::RootCertStore::empty();
    for c in crate::pem::load_certs(&set.ca_pem).unwrap() {
        roots.add(c).unwrap();
    }
    let cfg = Arc::new(
        rustls::ClientConfig::builder_with_provider(crate::provider::provider())
            .with_safe_default_protocol_versions()
            .unwrap()
            .with_root_certificates(roots)
            .with_no_client_auth(),
    );
    let client = std::thread::spawn(move || {
        let mut tcp = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
        let conn = rustls::ClientConnection::new(cfg, "localhost".try_into().unwrap()).unwrap();
        let mut s = rustls::StreamOwned::new(conn, &mut tcp);
        s.write_all(b"x").unwrap();
        let mut b = [0u8; 1];
        s.read_exact(&mut b).unwrap();
        b[0]
    });
    // generous: without eviction this waits for the 30 s handshake timeout
    let c = l
        .accept(Deadline::from_ms(10_000))
        .expect("the real client was accepted while silent ones hold the listener");
    let mut b = [0u8; 1];
    c.read(&mut b, Deadline::from_ms(10_000)).unwrap();
    c.write(&b, Deadline::from_ms(10_000)).unwrap();
    assert_eq!(client.join().unwrap(), b'x');
    assert!(l.pending() <= 4, "pending {}", l.pending());
    // some silent clients were dropped to make room
    let dropped = silent
        .iter()
        .filter(|s| {
            s.set_read_timeout(Some(std::time::Duration::from_millis(50)))
                .unwrap();
            let mut b = [0u8; 1];
            match (&**s).read(&mut b) {
                Ok(0) => true,
                Ok(_) => false,
                Err(e) => !matches!(
                    e.kind(),
                    std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                ),
            }
        })
        .count();
    assert!(dropped >= 1, "no silent client was dropped");
    c.close();
    l.close();
}
