//! Silent clients (TCP connections that never send a ClientHello) never
//! keep a real client waiting. By default a secure listener defers
//! accepts, so the kernel keeps silent connections out of its accept
//! queue and the listener never sees them; without deferral (or once its
//! period has passed) the oldest silent handshake makes room for a new
//! client instead of the real client waiting in the kernel backlog.

use crate::context::Context;
use crate::listener::Listener;
use crate::net::Deadline;
use std::io::{Read, Write};
use std::sync::Arc;

/// A server context whose silent handshakes would live 30 s (and whose
/// listeners defer accepts for 30 s): far beyond these tests.
fn server_ctx(set: &crate::devcert::DevCerts) -> Arc<Context> {
    Arc::new(
        Context::new_server(
            &set.server_chain_pem,
            &set.server_key_pem,
            Some("HANDSHAKE.TIMEOUT=30000"),
        )
        .unwrap(),
    )
}

/// A TLS client in a thread: handshakes, sends `x`, returns the byte
/// echoed back.
fn real_client(set: &crate::devcert::DevCerts, port: u16) -> std::thread::JoinHandle<u8> {
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
    std::thread::spawn(move || {
        let mut tcp = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
        let conn = rustls::ClientConnection::new(cfg, "localhost".try_into().unwrap()).unwrap();
        let mut s = rustls::StreamOwned::new(conn, &mut tcp);
        s.write_all(b"x").unwrap();
        let mut b = [0u8; 1];
        s.read_exact(&mut b).unwrap();
        b[0]
    })
}

/// How many of `silent` the server has closed.
fn dropped(silent: &[std::net::TcpStream]) -> usize {
    silent
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
        .count()
}

/// Serves the one-byte echo of [`real_client`] on `c`.
fn echo(c: &crate::connection::Connection) {
    let mut b = [0u8; 1];
    c.read(&mut b, Deadline::from_ms(10_000)).unwrap();
    c.write(&b, Deadline::from_ms(10_000)).unwrap();
}

#[cfg(any(target_os = "linux", target_os = "android"))]
#[test]
fn silent_clients_stay_in_the_kernel_while_a_real_one_is_served() {
    let set = crate::devcert::generate(&["localhost"]).unwrap();
    let mut l = Listener::bind(Some("127.0.0.1"), 0, 0, 0, Some((server_ctx(&set), 1))).unwrap();
    assert_eq!(l.defer_accept(), 30, "secure listeners defer accepts");
    l.set_max_pending(4);
    let port = l.local_addr().port();
    // three times the bound on pending handshakes: without deferral they
    // fill the table and the accept queue (and are evicted in turn)
    let silent: Vec<std::net::TcpStream> = (0..12)
        .map(|_| std::net::TcpStream::connect(("127.0.0.1", port)).unwrap())
        .collect();
    assert!(l.accept(Deadline::from_ms(300)).is_err());
    assert_eq!(l.pending(), 0, "a silent connection reached the listener");

    let client = real_client(&set, port);
    let c = l
        .accept(Deadline::from_ms(10_000))
        .expect("the real client was accepted");
    echo(&c);
    assert_eq!(client.join().unwrap(), b'x');
    // the real client was the only connection the listener ever took
    assert_eq!(l.pending(), 0);
    assert_eq!(dropped(&silent), 0, "a silent client was dropped");
    c.close();
    l.close();
}

#[test]
fn silent_clients_give_way_to_a_real_one() {
    let set = crate::devcert::generate(&["localhost"]).unwrap();
    let mut l = Listener::bind(Some("127.0.0.1"), 0, 0, 0, Some((server_ctx(&set), 1))).unwrap();
    // the table's own defence, as once a deferral has expired
    l.set_defer_accept(0).unwrap();
    l.set_max_pending(4);
    let port = l.local_addr().port();
    let silent: Vec<std::net::TcpStream> = (0..12)
        .map(|_| std::net::TcpStream::connect(("127.0.0.1", port)).unwrap())
        .collect();
    // the listener takes the silent ones in (up to its bound; they may
    // give way once 250 ms old)
    assert!(l.accept(Deadline::from_ms(300)).is_err());
    assert!(l.pending() <= 4, "pending {}", l.pending());
    let client = real_client(&set, port);
    // generous: without eviction this waits for the 30 s handshake timeout
    let c = l
        .accept(Deadline::from_ms(10_000))
        .expect("the real client was accepted while silent ones hold the listener");
    echo(&c);
    assert_eq!(client.join().unwrap(), b'x');
    assert!(l.pending() <= 4, "pending {}", l.pending());
    assert!(dropped(&silent) >= 1, "no silent client was dropped");
    c.close();
    l.close();
}
