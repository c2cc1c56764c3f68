//! Distinct status codes for TLS failures, mutual TLS, SNI selection.

use super::*;
use crate::codes::*;
use std::sync::Arc;
use std::thread;

/// Runs a client connect in a thread while this thread accepts (with a
/// short timeout); returns (client handle, client status, text, server handle).
fn attempt(l: i32, port: i32, cctx: i32, host: &'static str) -> (i32, i32, String, i32) {
    let t = thread::spawn(move || connect(host, port, 5000, cctx));
    let s = mvtls_accept(l, 2000);
    let (c, st, text) = t.join().unwrap();
    (c, st, text, s)
}

fn expired_certs() -> std::path::PathBuf {
    use rcgen::{date_time_ymd, CertificateParams, KeyPair};
    let d = crate::devcert::tests_tmpdir("expired");
    let key = KeyPair::generate().unwrap();
    let mut p = CertificateParams::new(vec!["localhost".to_string()]).unwrap();
    p.not_before = date_time_ymd(2001, 1, 1);
    p.not_after = date_time_ymd(2002, 1, 1);
    let cert = p.self_signed(&key).unwrap();
    // Self-signed leaf used as its own trust anchor: only the date is wrong.
    std::fs::write(d.join("server.pem"), cert.pem()).unwrap();
    std::fs::write(d.join("server-key.pem"), key.serialize_pem()).unwrap();
    std::fs::write(d.join("ca.pem"), cert.pem()).unwrap();
    d
}

#[test]
fn client_side_verification_codes() {
    let d = certs("verify", "localhost");
    let other = certs("verify-other", "localhost");
    let sctx = server_ctx(&d, "");
    let (l, port) = listen(sctx);

    let wrong_ca = client_ctx(&other, "");
    let (c, st, text, _) = attempt(l, port, wrong_ca, "localhost");
    assert_eq!((c, st), (0, MVTLS_ERR_CERT_UNTRUSTED), "{text}");
    assert!(text.contains("UnknownIssuer"), "{text}");

    let right_ca = client_ctx(&d, "");
    let (c, st, text, _) = attempt(l, port, right_ca, "127.0.0.1");
    assert_eq!((c, st), (0, MVTLS_ERR_CERT_NAME), "{text}");

    let off = unsafe { mvtls_client_context_new(cs("VERIFY=OFF").as_ptr()) };
    let (c, st, text, s) = attempt(l, port, off, "127.0.0.1");
    assert!(c > 0 && s > 0, "{st} {text}");
    assert_eq!(info(c, MVTLS_INFO_VERIFY), "OFF");
    mvtls_close(c);
    mvtls_close(s);
    mvtls_close(l);

    let e = expired_certs();
    let ectx = server_ctx(&e, "");
    let (l, port) = listen(ectx);
    let trusting = client_ctx(&e, "");
    let (c, st, text, _) = attempt(l, port, trusting, "localhost");
    assert_eq!((c, st), (0, MVTLS_ERR_CERT_EXPIRED), "{text}");
    mvtls_close(l);
    for h in [sctx, wrong_ca, right_ca, off, ectx, trusting] {
        assert_eq!(mvtls_context_free(h), 0);
    }
}

#[test]
fn key_mismatch_and_bad_pem_at_creation() {
    let a = certs("km-a", "localhost");
    let b = certs("km-b", "localhost");
    let h = unsafe {
        mvtls_server_context_new(
            file(&a, "server.pem").as_ptr(),
            file(&b, "server-key.pem").as_ptr(),
            std::ptr::null(),
        )
    };
    assert_eq!(h, 0);
    assert_eq!(mvtls_status(), MVTLS_ERR_KEY_MISMATCH);
    assert!(err_text().contains("does not match"), "{}", err_text());
    let h = unsafe {
        mvtls_server_context_new(
            file(&a, "missing.pem").as_ptr(),
            file(&a, "server-key.pem").as_ptr(),
            std::ptr::null(),
        )
    };
    assert_eq!((h, mvtls_status()), (0, MVTLS_ERR_FILE));
    let h = unsafe {
        mvtls_server_context_new(
            file(&a, "server-key.pem").as_ptr(),
            file(&a, "server-key.pem").as_ptr(),
            std::ptr::null(),
        )
    };
    assert_eq!((h, mvtls_status()), (0, MVTLS_ERR_BAD_PEM));
    let h = unsafe { mvtls_client_context_new(cs("BOGUS=1").as_ptr()) };
    assert_eq!((h, mvtls_status()), (0, MVTLS_ERR_BAD_KEY));
    // PEM text instead of paths.
    let cert = std::fs::read_to_string(a.join("server.pem")).unwrap();
    let key = std::fs::read_to_string(a.join("server-key.pem")).unwrap();
    let h = unsafe {
        mvtls_server_context_new(cs(&cert).as_ptr(), cs(&key).as_ptr(), std::ptr::null())
    };
    assert!(h > 0, "{}", err_text());
    assert_eq!(mvtls_status(), 0);
    assert_eq!(err_text(), "");
    mvtls_context_free(h);
}

#[test]
fn mutual_tls_required_and_optional() {
    let d = certs("mtls", "localhost");
    let ca = d.join("ca.pem");
    let with_cert = client_ctx(
        &d,
        &format!(
            "CERT={};KEY={}",
            d.join("server.pem").display(),
            d.join("server-key.pem").display()
        ),
    );
    let without = client_ctx(&d, "");

    let req = server_ctx(&d, &format!("CLIENT.AUTH=REQUIRED;CA={}", ca.display()));
    let (l, port) = listen(req);
    let (c, st, text, s) = attempt(l, port, with_cert, "localhost");
    assert!(c > 0 && s > 0, "{st} {text}");
    assert_eq!(info(s, MVTLS_INFO_VERIFY), "OK");
    assert_eq!(info(s, MVTLS_INFO_PEER_SUBJECT), "CN=localhost");
    write_all(c, b"hi");
    assert_eq!(read_exact(s, 2), b"hi");
    mvtls_close(c);
    mvtls_close(s);

    // Without a certificate: TLS 1.3 lets the client finish first, so the
    // refusal shows at connect or at the first read, as 7106.
    let (c, st, text, s) = attempt(l, port, without, "localhost");
    assert_eq!(s, 0, "server must not accept a client without certificate");
    if c == 0 {
        assert_eq!(st, MVTLS_ERR_CLIENT_CERT_REQUIRED, "{text}");
    } else {
        assert_eq!(
            read_once(c, 5000),
            (-1, MVTLS_ERR_CLIENT_CERT_REQUIRED),
            "{}",
            err_text()
        );
        mvtls_close(c);
    }
    mvtls_close(l);

    let opt = server_ctx(&d, &format!("CLIENT.AUTH=OPTIONAL;CA={}", ca.display()));
    let (l, port) = listen(opt);
    let (c, st, text, s) = attempt(l, port, without, "localhost");
    assert!(c > 0 && s > 0, "{st} {text}");
    assert_eq!(info(s, MVTLS_INFO_VERIFY), "NONE");
    mvtls_close(c);
    mvtls_close(s);
    let (c, st, text, s) = attempt(l, port, with_cert, "localhost");
    assert!(c > 0 && s > 0, "{st} {text}");
    assert_eq!(info(s, MVTLS_INFO_VERIFY), "OK");
    for h in [c, s, l] {
        mvtls_close(h);
    }
    for h in [with_cert, without, req, opt] {
        mvtls_context_free(h);
    }
}

#[test]
fn alpn_and_version_mismatch() {
    let d = certs("alpn", "localhost");
    let sctx = server_ctx(&d, "ALPN=h2;MIN.VERSION=1.3");
    let (l, port) = listen(sctx);
    let cctx = client_ctx(&d, "ALPN=http/1.1");
    let (c, st, text, _) = attempt(l, port, cctx, "localhost");
    assert_eq!((c, st), (0, MVTLS_ERR_ALPN), "{text}");

    // A TLS 1.2-only rustls client against a 1.3-only server.
    let roots = crate::pem::load_roots(d.join("ca.pem").to_str().unwrap()).unwrap();
    let cfg = rustls::ClientConfig::builder_with_provider(crate::provider::provider())
        .with_protocol_versions(&[&rustls::version::TLS12])
        .unwrap()
        .with_root_certificates(roots)
        .with_no_client_auth();
    let t = thread::spawn(move || raw_client(port, Arc::new(cfg), "localhost"));
    assert_eq!(mvtls_accept(l, 1000), 0);
    let r = t.join().unwrap();
    let e = r.unwrap_err();
    assert_eq!(
        crate::tlserr::code(&e, crate::tlserr::Side::Client, true),
        MVTLS_ERR_VERSION,
        "{e}"
    );
    mvtls_close(l);
    mvtls_context_free(sctx);
    mvtls_context_free(cctx);
}

/// A blocking rustls client; returns the server's certificate subject.
fn raw_client(
    port: i32,
    cfg: Arc<rustls::ClientConfig>,
    name: &'static str,
) -> Result<String, rustls::Error> {
    let mut tcp = std::net::TcpStream::connect(("127.0.0.1", port as u16)).unwrap();
    tcp.set_read_timeout(Some(std::time::Duration::from_secs(5)))
        .unwrap();
    let mut conn = rustls::ClientConnection::new(cfg, name.try_into().unwrap()).unwrap();
    while conn.is_handshaking() {
        match conn.complete_io(&mut tcp) {
            Ok(_) => {}
            Err(e) => {
                return Err(e
                    .get_ref()
                    .and_then(|i| i.downcast_ref::<rustls::Error>())
                    .cloned()
                    .unwrap_or(rustls::Error::General(e.to_string())))
            }
        }
    }
    let leaf = conn.peer_certificates().unwrap()[0].clone();
    Ok(crate::der::cert_subject(&leaf).unwrap())
}

#[test]
fn sni_picks_matching_certificate() {
    let a = certs("sni-a", "localhost");
    let b = certs("sni-b", "b.test");
    let c = certs("sni-c", "c.test");
    let opts = format!(
        "SNI={},{}",
        b.join("server.pem").display(),
        b.join("server-key.pem").display()
    );
    let sctx = server_ctx(&a, &opts);
    let added = unsafe {
        mvtls_server_context_add_cert(
            sctx,
            file(&c, "server.pem").as_ptr(),
            file(&c, "server-key.pem").as_ptr(),
        )
    };
    assert_eq!(added, 0, "{}", err_text());
    let (l, port) = listen(sctx);
    let mut roots = rustls::RootCertStore::empty();
    for d in [&a, &b, &c] {
        for cert in crate::pem::load_certs(d.join("ca.pem").to_str().unwrap()).unwrap() {
            roots.add(cert).unwrap();
        }
    }
    let cfg = Arc::new(
        rustls::ClientConfig::builder_with_provider(crate::provider::provider())
            .with_safe_default_protocol_versions()
            .unwrap()
            .with_root_certificates(roots)
            .with_no_client_auth(),
    );
    for (name, want) in [
        ("b.test", "CN=b.test"),
        ("c.test", "CN=c.test"),
        ("localhost", "CN=localhost"),
    ] {
        let cfg = cfg.clone();
        let t = thread::spawn(move || raw_client(port, cfg, name));
        let s = mvtls_accept(l, 5000);
        assert!(s > 0, "{}", err_text());
        assert_eq!(t.join().unwrap().unwrap(), want);
        assert_eq!(info(s, MVTLS_INFO_SNI), name);
        mvtls_close(s);
    }
    mvtls_close(l);
    mvtls_context_free(sctx);
}

/// TLS 1.2 servers (OpenSSL here) refuse a client without certificate with
/// a generic handshake_failure alert; mvtls still reports 7106 because the
/// server asked for a certificate. Needs `openssl` (installed by `make deps`).
#[test]
fn tls12_client_cert_refusal_is_7106() {
    let d = certs("tls12-mtls", "localhost");
    let (probe, port) = listen(0);
    mvtls_close(probe);
    let child = std::process::Command::new("openssl")
        .args(["s_server", "-quiet", "-tls1_2", "-Verify", "1", "-accept"])
        .arg(format!("127.0.0.1:{port}"))
        .arg("-cert")
        .arg(d.join("server.pem"))
        .arg("-key")
        .arg(d.join("server-key.pem"))
        .arg("-CAfile")
        .arg(d.join("ca.pem"))
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn();
    // A missing openssl fails the test (`make deps` installs it).
    let mut child = child.expect("cannot start openssl s_server (install openssl: make deps)");
    // Readiness: wait until the server accepts TCP connections.
    let t0 = std::time::Instant::now();
    while std::net::TcpStream::connect(("127.0.0.1", port as u16)).is_err() {
        assert!(
            t0.elapsed().as_secs() < 10,
            "openssl s_server did not start"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let without = client_ctx(&d, "");
    let (c, st, text) = connect("localhost", port, 5000, without);
    let _ = child.kill();
    let _ = child.wait();
    assert_eq!((c, st), (0, MVTLS_ERR_CLIENT_CERT_REQUIRED), "{text}");
    mvtls_context_free(without);
}
