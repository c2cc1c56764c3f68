//! The server's output path after the handshake (issue 12): one TLS 1.3
//! session ticket, sent with the first response or before the first wait
//! for input (never lost, never out of order), and blocking writes that
//! keep unsent records in rustls yet report and order them exactly.

use super::*;
use crate::codes::*;
use rustls::client::{ClientSessionMemoryCache, ClientSessionStore, Tls13ClientSessionValue};
use rustls::pki_types::ServerName;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

/// A client session store that counts the TLS 1.3 tickets it is given.
#[derive(Debug)]
struct Counting {
    inner: ClientSessionMemoryCache,
    tickets: AtomicUsize,
}

impl ClientSessionStore for Counting {
    fn set_kx_hint(&self, n: ServerName<'static>, g: rustls::NamedGroup) {
        self.inner.set_kx_hint(n, g)
    }
    fn kx_hint(&self, n: &ServerName<'_>) -> Option<rustls::NamedGroup> {
        self.inner.kx_hint(n)
    }
    fn set_tls12_session(
        &self,
        n: ServerName<'static>,
        v: rustls::client::Tls12ClientSessionValue,
    ) {
        self.inner.set_tls12_session(n, v)
    }
    fn tls12_session(&self, n: &ServerName<'_>) -> Option<rustls::client::Tls12ClientSessionValue> {
        self.inner.tls12_session(n)
    }
    fn remove_tls12_session(&self, n: &ServerName<'static>) {
        self.inner.remove_tls12_session(n)
    }
    fn insert_tls13_ticket(&self, n: ServerName<'static>, v: Tls13ClientSessionValue) {
        self.tickets.fetch_add(1, Ordering::SeqCst);
        self.inner.insert_tls13_ticket(n, v)
    }
    fn take_tls13_ticket(&self, n: &ServerName<'static>) -> Option<Tls13ClientSessionValue> {
        self.inner.take_tls13_ticket(n)
    }
}

/// A listener on a fresh dev certificate and a client counting its tickets:
/// (listener, port, the client's session store, the client configuration).
fn ticket_rig(name: &str) -> (i32, i32, Arc<Counting>, Arc<rustls::ClientConfig>) {
    let d = certs(name, "localhost");
    let (l, port) = listen(server_ctx(&d, ""));
    let store = counting();
    let cfg = client(&d, store.clone());
    (l, port, store, cfg)
}

/// Polls connection `s` (100 ms at a time, up to 10 s) until it is ready:
/// for a server that only polls, the client hung up.
fn polls_until_ready(s: i32) -> bool {
    (0..100).any(|_| {
        let mut ready = [0i32; 1];
        let n = unsafe { mvtls_poll([s].as_ptr(), 1, ready.as_mut_ptr(), 100) };
        n > 0 && ready[0] != 0
    })
}

/// A rustls client trusting the dev CA in `d`, storing sessions in `store`.
fn client(d: &std::path::Path, store: Arc<Counting>) -> Arc<rustls::ClientConfig> {
    let mut roots = rustls::RootCertStore::empty();
    let ca = d.join("ca.pem");
    for c in crate::pem::load_certs(ca.to_str().unwrap()).unwrap() {
        roots.add(c).unwrap();
    }
    let mut cfg = rustls::ClientConfig::builder_with_provider(crate::provider::provider())
        .with_protocol_versions(&[&rustls::version::TLS13])
        .unwrap()
        .with_root_certificates(roots)
        .with_no_client_auth();
    cfg.resumption = rustls::client::Resumption::store(store);
    Arc::new(cfg)
}

fn counting() -> Arc<Counting> {
    Arc::new(Counting {
        inner: ClientSessionMemoryCache::new(16),
        tickets: AtomicUsize::new(0),
    })
}

/// Client side of one exchange: sends `req`, reads `resp_len` bytes back;
/// returns them and whether the session was resumed.
fn exchange(
    cfg: Arc<rustls::ClientConfig>,
    port: i32,
    req: &[u8],
    resp_len: usize,
) -> (Vec<u8>, bool) {
    let tcp = TcpStream::connect(("127.0.0.1", port as u16)).unwrap();
    tcp.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    let conn = rustls::ClientConnection::new(cfg, "localhost".try_into().unwrap()).unwrap();
    let mut s = rustls::StreamOwned::new(conn, tcp);
    s.write_all(req).unwrap();
    let mut got = vec![0u8; resp_len];
    s.read_exact(&mut got).unwrap();
    let resumed = s.conn.handshake_kind() == Some(rustls::HandshakeKind::Resumed);
    (got, resumed)
}

/// A client that completes its handshake, sends nothing, waits for its
/// session ticket alone and hangs up; the thread returns the tickets counted.
fn silent_client(
    port: i32,
    cfg: Arc<rustls::ClientConfig>,
    store: Arc<Counting>,
) -> impl FnOnce() -> usize {
    move || {
        let mut tcp = TcpStream::connect(("127.0.0.1", port as u16)).unwrap();
        tcp.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
        let mut conn = rustls::ClientConnection::new(cfg, "localhost".try_into().unwrap()).unwrap();
        while conn.is_handshaking() {
            conn.complete_io(&mut tcp).unwrap();
        }
        while store.tickets.load(Ordering::SeqCst) == 0 {
            if conn.read_tls(&mut tcp).unwrap() == 0 {
                break;
            }
            conn.process_new_packets().unwrap();
        }
        store.tickets.load(Ordering::SeqCst)
    }
}

#[test]
fn one_ticket_arrives_with_the_first_response_and_resumes() {
    let (l, port, store, cfg) = ticket_rig("out-ticket");
    for round in 0..2 {
        let c = start({
            let cfg = cfg.clone();
            move || exchange(cfg, port, b"ping", 4)
        });
        let s = mvtls_accept(l, 10_000);
        assert!(s > 0, "accept: {}", err_text());
        assert_eq!(read_exact(s, 4), b"ping");
        write_all(s, b"pong");
        let (got, resumed) = outcome(c, "client");
        assert_eq!(got, b"pong");
        assert_eq!(resumed, round == 1, "round {round}: resumed {resumed}");
        // The ticket came before or with the response: the client holds it
        // as soon as it has read the response, one per connection.
        assert_eq!(
            store.tickets.load(Ordering::SeqCst),
            round + 1,
            "round {round}"
        );
        assert_eq!(mvtls_close(s), 0);
    }
    assert_eq!(mvtls_close(l), 0);
}

#[test]
fn the_ticket_reaches_a_client_whose_server_only_reads() {
    let (l, port, store, cfg) = ticket_rig("out-ticket-read");
    let c = start(silent_client(port, cfg, store.clone()));
    let s = mvtls_accept(l, 10_000);
    assert!(s > 0, "accept: {}", err_text());
    // The server never writes: its read, about to wait, sends the ticket;
    // the client, once it has it, hangs up.
    let mut closed = false;
    for _ in 0..100 {
        match read_once(s, 100) {
            (-1, MVTLS_ERR_TIMEOUT) => {}
            (0, _) | (-1, MVTLS_ERR_CLOSED) => {
                closed = true;
                break;
            }
            other => panic!("read: {other:?} {}", err_text()),
        }
    }
    assert!(closed, "the client never got its session ticket");
    assert_eq!(outcome(c, "client"), 1);
    assert_eq!(mvtls_close(s), 0);
    assert_eq!(mvtls_close(l), 0);
}

#[test]
fn a_timed_out_blocking_write_reports_and_orders_its_bytes_exactly() {
    let d = certs("out-order", "localhost");
    let (l, port) = listen(server_ctx(&d, ""));
    let cctx = client_ctx(&d, "");
    let (s, c) = pair(l, port, cctx, "localhost");
    // Far more than the socket buffers take while the client does not read.
    let big: Vec<u8> = (0..16 << 20).map(|i: u32| (i % 251) as u8).collect();
    let n = unsafe { mvtls_write(s, big.as_ptr(), big.len() as i32, 300) };
    assert_eq!((n, mvtls_status()), (-1, MVTLS_ERR_TIMEOUT));
    let text = err_text();
    let accepted: usize = text
        .split_whitespace()
        .nth(3)
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| panic!("no byte count in '{text}'"));
    assert!(accepted > 0 && accepted < big.len(), "{text}");
    let pending = mvtls_pending_output(s);
    assert!(pending > 0, "accepted bytes not all sent yet: {pending}");
    // Later output goes after the accepted bytes, none lost or repeated.
    let reader = start(move || read_exact(c, accepted + 4));
    write_all(s, b"tail");
    let got = outcome(reader, "client read");
    assert_eq!(&got[..accepted], &big[..accepted]);
    assert_eq!(&got[accepted..], b"tail");
    assert_eq!(mvtls_pending_output(s), 0);
    for h in [s, c, l] {
        assert_eq!(mvtls_close(h), 0);
    }
}

#[test]
fn after_a_read_the_next_poll_sends_the_ticket() {
    let (l, port, store, cfg) = ticket_rig("out-ticket-poll");
    let c = start({
        let store = store.clone();
        move || {
            let mut tcp = TcpStream::connect(("127.0.0.1", port as u16)).unwrap();
            tcp.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
            let conn = rustls::ClientConnection::new(cfg, "localhost".try_into().unwrap()).unwrap();
            let mut s = rustls::StreamOwned::new(conn, &mut tcp);
            s.write_all(b"ping").unwrap();
            s.flush().unwrap();
            // No answer comes: wait for the ticket alone, then hang up.
            while store.tickets.load(Ordering::SeqCst) == 0 {
                if s.conn.read_tls(s.sock).unwrap() == 0 {
                    break;
                }
                s.conn.process_new_packets().unwrap();
            }
            store.tickets.load(Ordering::SeqCst)
        }
    });
    let s = mvtls_accept(l, 10_000);
    assert!(s > 0, "accept: {}", err_text());
    assert_eq!(read_exact(s, 4), b"ping");
    // The server never writes and never waits in read: it only polls.
    assert!(
        polls_until_ready(s),
        "the client never got its session ticket"
    );
    assert_eq!(outcome(c, "client"), 1);
    assert_eq!(mvtls_close(s), 0);
    assert_eq!(mvtls_close(l), 0);
}

/// A new connection polled before its client has sent anything: the poll is
/// about to wait, so the deferred ticket goes now. (A client that holds its
/// request back until its Finished is ACKed, as Nagle does, would otherwise
/// wait for the server's delayed ACK.)
#[test]
fn a_first_poll_that_must_wait_sends_the_ticket() {
    let (l, port, store, cfg) = ticket_rig("out-ticket-first-poll");
    let c = start(silent_client(port, cfg, store.clone()));
    let s = mvtls_accept(l, 10_000);
    assert!(s > 0, "accept: {}", err_text());
    // The server never reads and never writes: it only polls.
    assert!(
        polls_until_ready(s),
        "the client never got its session ticket"
    );
    assert_eq!(outcome(c, "client"), 1);
    assert_eq!(mvtls_close(s), 0);
    assert_eq!(mvtls_close(l), 0);
}
