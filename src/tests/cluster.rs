//! Features for hosts behind a load balancer: shared session-ticket keys
//! (`TICKET.KEYS`, resumption across contexts, rotation, bad files), one
//! TLS 1.3 ticket per handshake, and PROXY v2 headers on listeners.

use super::*;
use crate::codes::*;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

fn key_line(seed: u8) -> String {
    (0..48u8)
        .map(|i| format!("{:02x}", i.wrapping_mul(31) ^ seed))
        .collect()
}

fn write_keys(path: &std::path::Path, seeds: &[u8]) {
    let text: Vec<String> = seeds.iter().map(|&s| key_line(s)).collect();
    std::fs::write(path, text.join("\n") + "\n").unwrap();
}

/// One exchange: the client connects, the server answers one byte (so the
/// client has read the session ticket sent before it); returns whether the
/// server side and the client side saw a resumed handshake.
fn exchange(l: i32, port: i32, cctx: i32) -> (bool, bool) {
    let (s, c) = pair(l, port, cctx, "localhost");
    write_all(s, b"x");
    assert_eq!(read_exact(c, 1), b"x");
    let r = (
        info(s, MVTLS_INFO_RESUMED) == "1",
        info(c, MVTLS_INFO_RESUMED) == "1",
    );
    mvtls_close(c);
    mvtls_close(s);
    r
}

#[test]
fn shared_ticket_keys_resume_across_contexts_and_rotate() {
    let d = certs("tickets", "localhost");
    let keys = d.join("ticket.keys");
    write_keys(&keys, &[1]);
    let opts = format!("TICKET.KEYS={}", keys.display());
    // two contexts and listeners stand for two hosts
    let (a, b) = (server_ctx(&d, &opts), server_ctx(&d, &opts));
    let ((la, pa), (lb, pb)) = (listen(a), listen(b));

    let c1 = client_ctx(&d, "");
    assert_eq!(
        exchange(la, pa, c1),
        (false, false),
        "first: full handshake"
    );
    assert_eq!(
        exchange(lb, pb, c1),
        (true, true),
        "ticket of A resumes on B"
    );
    assert_eq!(
        exchange(la, pa, c1),
        (true, true),
        "ticket of B resumes on A"
    );

    // rotation on B: [2, 1]. A ticket sealed by A (key 1) still resumes.
    write_keys(&keys, &[2, 1]);
    assert_eq!(mvtls_context_reload(b), 0, "{}", err_text());
    let c2 = client_ctx(&d, "");
    exchange(la, pa, c2);
    assert_eq!(exchange(lb, pb, c2), (true, true), "previous key opens");

    // second rotation keeping one previous key: [3, 2]. Key 1 is gone.
    write_keys(&keys, &[3, 2]);
    assert_eq!(mvtls_context_reload(b), 0, "{}", err_text());
    let c3 = client_ctx(&d, "");
    exchange(la, pa, c3);
    assert_eq!(exchange(lb, pb, c3), (false, false), "removed key: full");

    // a bad file: reload fails with a status, B keeps keys [3, 2]
    let c4 = client_ctx(&d, "");
    exchange(lb, pb, c4);
    std::fs::write(&keys, "0123abcd\n").unwrap();
    assert_eq!(mvtls_context_reload(b), -1);
    assert_eq!(mvtls_status(), MVTLS_ERR_PARAMS, "{}", err_text());
    assert!(err_text().contains("ticket key file"), "{}", err_text());
    assert_eq!(exchange(lb, pb, c4), (true, true), "old keys kept");
    std::fs::remove_file(&keys).unwrap();
    assert_eq!(mvtls_context_reload(b), -1);
    assert_eq!(mvtls_status(), MVTLS_ERR_FILE, "{}", err_text());

    for h in [la, lb] {
        mvtls_close(h);
    }
    for c in [a, b, c1, c2, c3, c4] {
        mvtls_context_free(c);
    }
}

#[test]
fn bad_ticket_key_files_fail_context_creation() {
    let d = certs("tickets-bad", "localhost");
    let (cert, key) = (file(&d, "server.pem"), file(&d, "server-key.pem"));
    let short = d.join("short.keys");
    std::fs::write(&short, &key_line(1)[..40]).unwrap();
    let empty = d.join("empty.keys");
    std::fs::write(&empty, "# nothing\n").unwrap();
    for (path, code) in [
        (d.join("missing.keys"), MVTLS_ERR_FILE),
        (short, MVTLS_ERR_PARAMS),
        (empty, MVTLS_ERR_PARAMS),
    ] {
        let o = cs(&format!("TICKET.KEYS={}", path.display()));
        let h = unsafe { mvtls_server_context_new(cert.as_ptr(), key.as_ptr(), o.as_ptr()) };
        assert_eq!(h, 0);
        assert_eq!(mvtls_status(), code, "{}: {}", path.display(), err_text());
        assert!(!err_text().is_empty());
    }
}

#[test]
fn without_ticket_keys_sessions_stay_per_context() {
    let d = certs("tickets-none", "localhost");
    let (a, b) = (server_ctx(&d, ""), server_ctx(&d, ""));
    let ((la, pa), (lb, pb)) = (listen(a), listen(b));
    let c = client_ctx(&d, "");
    exchange(la, pa, c);
    assert_eq!(exchange(la, pa, c), (true, true), "same context resumes");
    assert_eq!(exchange(lb, pb, c), (false, false), "other context cannot");
    for h in [la, lb] {
        mvtls_close(h);
    }
    for h in [a, b, c] {
        mvtls_context_free(h);
    }
}

/// A rustls client session store that counts the TLS 1.3 tickets received.
#[derive(Debug)]
struct CountingStore {
    inner: rustls::client::ClientSessionMemoryCache,
    tickets: Arc<AtomicUsize>,
}

impl rustls::client::ClientSessionStore for CountingStore {
    fn set_kx_hint(&self, n: rustls_pki_types::ServerName<'static>, g: rustls::NamedGroup) {
        self.inner.set_kx_hint(n, g)
    }
    fn kx_hint(&self, n: &rustls_pki_types::ServerName<'_>) -> Option<rustls::NamedGroup> {
        self.inner.kx_hint(n)
    }
    fn set_tls12_session(
        &self,
        n: rustls_pki_types::ServerName<'static>,
        v: rustls::client::Tls12ClientSessionValue,
    ) {
        self.inner.set_tls12_session(n, v)
    }
    fn tls12_session(
        &self,
        n: &rustls_pki_types::ServerName<'_>,
    ) -> Option<rustls::client::Tls12ClientSessionValue> {
        self.inner.tls12_session(n)
    }
    fn remove_tls12_session(&self, n: &rustls_pki_types::ServerName<'static>) {
        self.inner.remove_tls12_session(n)
    }
    fn insert_tls13_ticket(
        &self,
        n: rustls_pki_types::ServerName<'static>,
        v: rustls::client::Tls13ClientSessionValue,
    ) {
        self.tickets.fetch_add(1, Ordering::SeqCst);
        self.inner.insert_tls13_ticket(n, v)
    }
    fn take_tls13_ticket(
        &self,
        n: &rustls_pki_types::ServerName<'static>,
    ) -> Option<rustls::client::Tls13ClientSessionValue> {
        self.inner.take_tls13_ticket(n)
    }
}

/// A rustls client trusting the dev CA of `d`, counting tickets in `n`.
fn rustls_client(d: &std::path::Path, n: Arc<AtomicUsize>) -> Arc<rustls::ClientConfig> {
    let roots = crate::pem::load_roots(d.join("ca.pem").to_str().unwrap()).unwrap();
    let mut cfg = rustls::ClientConfig::builder_with_provider(crate::provider::provider())
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_root_certificates(roots)
        .with_no_client_auth();
    cfg.resumption = rustls::client::Resumption::store(Arc::new(CountingStore {
        inner: rustls::client::ClientSessionMemoryCache::new(16),
        tickets: n,
    }));
    Arc::new(cfg)
}

/// Connects with `cfg` after sending `prefix` in clear, reads `want` bytes
/// over TLS. Runs on its own thread: the caller accepts.
fn raw_tls_client(
    port: i32,
    prefix: Vec<u8>,
    cfg: Arc<rustls::ClientConfig>,
    want: usize,
) -> std::sync::mpsc::Receiver<std::io::Result<Vec<u8>>> {
    start(move || {
        let mut tcp = TcpStream::connect(("127.0.0.1", port as u16))?;
        tcp.set_read_timeout(Some(std::time::Duration::from_secs(10)))?;
        tcp.write_all(&prefix)?;
        let name = rustls_pki_types::ServerName::try_from("localhost").unwrap();
        let conn = rustls::ClientConnection::new(cfg, name).map_err(std::io::Error::other)?;
        let mut tls = rustls::StreamOwned::new(conn, tcp);
        let mut got = vec![0u8; want];
        tls.read_exact(&mut got)?;
        Ok(got)
    })
}

#[test]
fn one_tls13_ticket_per_handshake() {
    let d = certs("one-ticket", "localhost");
    for opts in [String::new(), {
        let k = d.join("one.keys");
        write_keys(&k, &[7]);
        format!("TICKET.KEYS={}", k.display())
    }] {
        let sctx = server_ctx(&d, &opts);
        let (l, port) = listen(sctx);
        let n = Arc::new(AtomicUsize::new(0));
        let cfg = rustls_client(&d, n.clone());
        for round in 1..=2 {
            let rx = raw_tls_client(port, Vec::new(), cfg.clone(), 2);
            let s = mvtls_accept(l, 5000);
            assert!(s > 0, "{}", err_text());
            write_all(s, b"ok");
            assert_eq!(outcome(rx, "client").unwrap(), b"ok");
            assert_eq!(n.load(Ordering::SeqCst), round, "options '{opts}'");
            assert_eq!(
                info(s, MVTLS_INFO_RESUMED),
                if round == 2 { "1" } else { "0" }
            );
            mvtls_close(s);
        }
        mvtls_close(l);
        mvtls_context_free(sctx);
    }
}

fn proxy_v4(src: [u8; 4], port: u16) -> Vec<u8> {
    let mut h = crate::proxy_protocol::SIGNATURE.to_vec();
    h.extend([0x21, 0x11, 0, 12]);
    h.extend(src);
    h.extend([127, 0, 0, 1]);
    h.extend(port.to_be_bytes());
    h.extend(8443u16.to_be_bytes());
    h
}

/// Drives the listener until its PROXY reject counter reaches `n`.
fn wait_rejected(l: i32, n: u64) {
    for _ in 0..200 {
        if info(l, MVTLS_INFO_PROXY_REJECTED) == n.to_string() {
            return;
        }
        let s = mvtls_accept(l, 50);
        assert!(s <= 0, "a connection was accepted that should be refused");
    }
    panic!(
        "PROXY rejects: {} (want {n})",
        info(l, MVTLS_INFO_PROXY_REJECTED)
    );
}

#[test]
fn proxy_v2_header_gives_the_client_address() {
    let d = certs("proxy", "localhost");
    let sctx = server_ctx(&d, "PROXY.PROTOCOL=2;PROXY.TRUSTED=127.0.0.1");
    let (l, port) = listen(sctx);
    let cfg = rustls_client(&d, Arc::new(AtomicUsize::new(0)));

    // a valid header: the peer is the client the balancer names
    let rx = raw_tls_client(port, proxy_v4([203, 0, 113, 5], 4444), cfg.clone(), 2);
    let s = mvtls_accept(l, 5000);
    assert!(s > 0, "{}", err_text());
    assert_eq!(info(s, MVTLS_INFO_PEER_ADDR), "203.0.113.5");
    assert_eq!(info(s, MVTLS_INFO_PEER_PORT), "4444");
    write_all(s, b"hi");
    assert_eq!(outcome(rx, "client").unwrap(), b"hi");
    mvtls_close(s);

    // LOCAL (health check): the real peer
    let mut local = crate::proxy_protocol::SIGNATURE.to_vec();
    local.extend([0x20, 0x00, 0, 0]);
    let rx = raw_tls_client(port, local, cfg.clone(), 1);
    let s = mvtls_accept(l, 5000);
    assert!(s > 0, "{}", err_text());
    assert_eq!(info(s, MVTLS_INFO_PEER_ADDR), "127.0.0.1");
    write_all(s, b"k");
    assert_eq!(outcome(rx, "client").unwrap(), b"k");
    mvtls_close(s);

    // missing header (TLS at once), garbage, a v1 header: closed, counted
    assert_eq!(info(l, MVTLS_INFO_PROXY_REJECTED), "0");
    let mut rejected = 0;
    for prefix in [
        Vec::new(),
        b"GARBAGE-GARBAGE-GARBAGE".to_vec(),
        b"PROXY TCP4 1.2.3.4 5.6.7.8 1 2\r\n".to_vec(),
    ] {
        let rx = raw_tls_client(port, prefix, cfg.clone(), 1);
        rejected += 1;
        wait_rejected(l, rejected);
        assert!(outcome(rx, "client").is_err());
    }
    // the listener carries on
    let rx = raw_tls_client(port, proxy_v4([198, 51, 100, 9], 1), cfg.clone(), 1);
    let s = mvtls_accept(l, 5000);
    assert!(s > 0, "{}", err_text());
    assert_eq!(info(s, MVTLS_INFO_PEER_ADDR), "198.51.100.9");
    write_all(s, b"z");
    assert!(outcome(rx, "client").is_ok());
    mvtls_close(s);
    mvtls_close(l);
    mvtls_context_free(sctx);

    // an untrusted source is closed before anything is read
    let sctx = server_ctx(&d, "PROXY.PROTOCOL=2;PROXY.TRUSTED=10.9.9.9,::2");
    let (l, port) = listen(sctx);
    let rx = raw_tls_client(port, proxy_v4([1, 2, 3, 4], 1), cfg, 1);
    wait_rejected(l, 1);
    assert!(outcome(rx, "client").is_err());
    mvtls_close(l);
    mvtls_context_free(sctx);
}
