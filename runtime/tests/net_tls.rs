//! Secure verbs and security contexts against the real libmvtls, with the
//! library's development certificates.

use mvbasic::net;
mod net_support;

use net::keys::*;
use net::Reply;
use std::path::Path;
use std::sync::mpsc;
use std::thread;

fn ok(r: &Reply) -> &Reply {
    assert_eq!(
        r.status,
        0,
        "status {} ({})",
        r.status,
        String::from_utf8_lossy(&net::socket_error())
    );
    r
}

fn handle(r: Reply) -> i32 {
    ok(&r).handle().expect("a handle")
}

fn b(p: &Path) -> Vec<u8> {
    p.to_str().unwrap().as_bytes().to_vec()
}

/// A directory with a fresh dev CA and a server certificate for localhost.
fn certs(name: &str) -> net_support::TempDir {
    certs_for(name, "localhost,127.0.0.1")
}

/// Like [`certs`] for the given comma-separated names.
fn certs_for(name: &str, names: &str) -> net_support::TempDir {
    net_support::use_real_library();
    let dir = net_support::temp_dir(name);
    net::mvtls::dev_certs_write(&b(&dir), names.as_bytes()).expect("dev certs");
    for f in ["ca.pem", "server.pem", "server-key.pem"] {
        assert!(dir.join(f).exists(), "{f} missing");
    }
    dir
}

fn client_ctx(ca_dir: &Path, extra: &str) -> i32 {
    let mut opts = b"CA=".to_vec();
    opts.extend_from_slice(&b(&ca_dir.join("ca.pem")));
    if !extra.is_empty() {
        opts.push(0xFE);
        opts.extend_from_slice(extra.as_bytes());
    }
    handle(net::create_client_security_context(&opts))
}

fn text(h: i32, key: i64) -> String {
    String::from_utf8(ok(&net::socket_info(h, key)).bytes().unwrap().to_vec()).unwrap()
}

fn read_exact(skt: i32, n: usize) -> Vec<u8> {
    let mut got = Vec::new();
    while got.len() < n {
        let r = net::read_socket(skt, (n - got.len()) as i64, SKT_BLOCKING, 10_000);
        got.extend_from_slice(ok(&r).bytes().unwrap());
    }
    got
}

#[test]
fn tls_echo_with_contexts_and_info() {
    let dir = certs("echo");
    let sctx = handle(net::create_security_context(
        &b(&dir.join("server.pem")),
        &b(&dir.join("server-key.pem")),
        b"ALPN=h2\xFDhttp/1.1\nMIN.VERSION=1.2",
    ));
    let cctx = client_ctx(&dir, "ALPN=http/1.1");
    let srv = handle(net::create_secure_server_socket(b"127.0.0.1", 0, 0, sctx));
    assert_eq!(ok(&net::socket_info(srv, SKT_INFO_SECURE)).int(), Some(1));
    let port = ok(&net::socket_info(srv, SKT_INFO_PORT)).int().unwrap();

    let client = thread::spawn(move || {
        let cli = handle(net::open_secure_socket(
            b"localhost",
            port,
            SKT_BLOCKING,
            cctx,
        ));
        assert_eq!(ok(&net::write_socket(cli, b"ping", 0, 0)).int(), Some(4));
        let echoed = read_exact(cli, 4);
        let info = (
            text(cli, SKT_INFO_VERIFY),
            text(cli, SKT_INFO_PEER_SUBJECT),
            text(cli, SKT_INFO_ALPN),
            text(cli, SKT_INFO_SNI),
        );
        net::close_socket(cli);
        (echoed, info)
    });
    let conn = handle(net::accept_socket_connection(srv, 10_000));
    assert_eq!(read_exact(conn, 4), b"ping");
    assert_eq!(
        ok(&net::write_socket(conn, b"ping", 0, 5000)).int(),
        Some(4)
    );
    assert_eq!(ok(&net::socket_info(conn, SKT_INFO_SECURE)).int(), Some(1));
    assert!(text(conn, SKT_INFO_TLS_VERSION).starts_with("TLSv1."));
    assert!(!text(conn, SKT_INFO_CIPHER).is_empty());
    assert_eq!(text(conn, SKT_INFO_ALPN), "http/1.1");
    assert_eq!(text(conn, SKT_INFO_SNI), "localhost");
    assert_eq!(text(conn, SKT_INFO_VERIFY), "NONE", "no client certificate");
    assert_eq!(
        ok(&net::socket_info(conn, SKT_INFO_CONTEXT)).int(),
        Some(sctx as i64)
    );
    let (echoed, (verify, subject, alpn, sni)) = client.join().unwrap();
    assert_eq!(echoed, b"ping");
    assert_eq!(verify, "OK");
    assert!(!subject.is_empty());
    assert_eq!(alpn, "http/1.1");
    assert_eq!(sni, "localhost");
    // The peer closed: 7013.
    assert_eq!(net::read_socket(conn, 10, SKT_BLOCKING, 5000).status, 7013);

    // RELOAD: the files are unchanged, so it succeeds.
    assert_eq!(ok(&net::reload_security_context(sctx)).int(), Some(0));
    // Releasing the context while the server socket uses it is safe.
    ok(&net::release_security_context(sctx));
    assert_eq!(
        net::release_security_context(sctx).status,
        7120,
        "released twice"
    );
    let r = net::reload_security_context(sctx);
    assert_eq!((r.status, r.int()), (7120, Some(7120)));
    net::close_socket(conn);
    net::close_socket(srv);
    net::release(net::HOST_KIND_CONTEXT, cctx);
    net::release(net::HOST_KIND_CONTEXT, cctx);
}

#[test]
fn wrong_ca_is_refused_with_status_7101() {
    let good = certs("ca-good");
    // An unrelated CA (its own name and key), made with the openssl CLI.
    let other = net_support::temp_dir("ca-other");
    let st = std::process::Command::new("openssl")
        .args([
            "req",
            "-x509",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:P-256",
            "-nodes",
            "-days",
            "2",
        ])
        .args(["-subj", "/CN=Unrelated Test CA", "-keyout"])
        .arg(other.join("ca-key.pem"))
        .arg("-out")
        .arg(other.join("ca.pem"))
        .stderr(std::process::Stdio::null())
        .status()
        .expect("openssl runs");
    assert!(st.success());
    let srv = handle(net::create_secure_server_socket_files(
        b"127.0.0.1",
        0,
        0,
        &b(&good.join("server.pem")),
        &b(&good.join("server-key.pem")),
    ));
    let port = net::socket_info(srv, SKT_INFO_PORT).int().unwrap();
    let wrong = client_ctx(&other, "");
    let (tx, rx) = mpsc::channel();
    let client = thread::spawn(move || {
        let r = net::open_secure_socket(b"localhost", port, 0, wrong);
        let _ = tx.send(());
        (
            r.status,
            r.value.clone(),
            String::from_utf8_lossy(&net::socket_error()).into_owned(),
        )
    });
    // Drive the server side until the client has its answer.
    while rx.try_recv().is_err() {
        let a = net::accept_secure_socket_connection(srv, 100);
        assert_ne!(a.status, 0, "a failed handshake must not be accepted");
    }
    let (status, value, text) = client.join().unwrap();
    assert_eq!(status, 7101, "{text}");
    assert_eq!(value, net::NetValue::Int(0));
    assert!(!text.is_empty());
    net::close_socket(srv);
}

#[test]
fn fork_scenario_close_server_keep_client_and_binary_data() {
    let dir = certs("fork");
    let (cert, key) = (b(&dir.join("server.pem")), b(&dir.join("server-key.pem")));
    let cctx = client_ctx(&dir, "");
    let srv1 = handle(net::create_secure_server_socket_files(
        b"127.0.0.1",
        0,
        0,
        &cert,
        &key,
    ));
    let port1 = net::socket_info(srv1, SKT_INFO_PORT).int().unwrap();

    // Client A: one exchange, then one more each time it is told to.
    let (go_a, wait_a) = mpsc::channel::<()>();
    let client_a = thread::spawn(move || {
        let cli = handle(net::open_secure_socket(
            b"localhost",
            port1,
            SKT_BLOCKING,
            cctx,
        ));
        let mut seen = Vec::new();
        for round in 0..3 {
            if round > 0 {
                wait_a.recv().unwrap();
            }
            let msg = format!("a{round}");
            ok(&net::write_secure_socket(cli, msg.as_bytes(), 0, 0));
            seen.push(String::from_utf8(read_exact(cli, msg.len())).unwrap());
        }
        net::close_secure_socket(cli);
        seen
    });
    let conn_a = handle(net::accept_secure_socket_connection(srv1, 10_000));
    let echo = |conn: i32, n: usize| {
        let mut got = Vec::new();
        while got.len() < n {
            // flags 0: READ.SECURE.SOCKET blocks, as the fork did.
            let r = net::read_secure_socket(conn, (n - got.len()) as i64, 0, 10_000);
            got.extend_from_slice(ok(&r).bytes().unwrap());
        }
        assert_eq!(
            ok(&net::write_secure_socket(conn, &got, 0, 0)).int(),
            Some(n as i64)
        );
        got
    };
    assert_eq!(echo(conn_a, 2), b"a0");
    // Close the server socket: client A keeps working.
    ok(&net::close_secure_socket(srv1));
    go_a.send(()).unwrap();
    assert_eq!(echo(conn_a, 2), b"a1");

    // A new server socket with the same files reuses the same context.
    let srv2 = handle(net::create_secure_server_socket_files(
        b"127.0.0.1",
        0,
        0,
        &cert,
        &key,
    ));
    let port2 = net::socket_info(srv2, SKT_INFO_PORT).int().unwrap();
    let data: Vec<u8> = (0..4).flat_map(|_| 0u8..=255).collect();
    let sent = data.clone();
    let client_b = thread::spawn(move || {
        let cli = handle(net::open_secure_socket(
            b"localhost",
            port2,
            SKT_BLOCKING,
            cctx,
        ));
        ok(&net::write_secure_socket(cli, &sent, 0, 0));
        let back = read_exact(cli, sent.len());
        net::close_secure_socket(cli);
        back
    });
    let conn_b = handle(net::accept_secure_socket_connection(srv2, 10_000));
    assert_eq!(echo(conn_b, data.len()), data, "bytes 0-255 round-trip");
    assert_eq!(client_b.join().unwrap(), data);
    // Client A still served after all that.
    go_a.send(()).unwrap();
    assert_eq!(echo(conn_a, 2), b"a2");
    assert_eq!(client_a.join().unwrap(), vec!["a0", "a1", "a2"]);
    for h in [conn_a, conn_b, srv2] {
        net::close_socket(h);
    }
    net::release(net::HOST_KIND_CONTEXT, cctx);
}

#[test]
fn context_errors() {
    let a = certs("ctx-a");
    let other = certs("ctx-b");
    // Missing file.
    let r = net::create_security_context(b"/nonexistent/cert.pem", b"/nonexistent/key.pem", b"");
    assert_eq!((r.status, r.value.clone()), (3003, net::NetValue::Int(0)));
    assert!(!net::socket_error().is_empty());
    // Key of another certificate.
    let r = net::create_security_context(
        &b(&a.join("server.pem")),
        &b(&other.join("server-key.pem")),
        b"",
    );
    assert_eq!(r.status, 7104);
    // Unknown option.
    let r = net::create_client_security_context(b"NO.SUCH.OPTION=1");
    assert_eq!(r.status, 1006);
    // Kinds: client context for a server socket, server context for a client.
    let cctx = client_ctx(&a, "");
    assert_eq!(
        net::create_secure_server_socket(b"127.0.0.1", 0, 0, cctx).status,
        7121
    );
    let sctx = handle(net::create_security_context(
        &b(&a.join("server.pem")),
        &b(&a.join("server-key.pem")),
        b"",
    ));
    assert_eq!(
        net::open_secure_socket(b"localhost", 443, 0, sctx).status,
        7121
    );
    // A socket is not a context and vice versa.
    let srv = handle(net::create_server_socket(b"127.0.0.1", 0, 0));
    assert_eq!(
        net::create_secure_server_socket(b"127.0.0.1", 0, 0, srv).status,
        7121
    );
    assert_eq!(net::read_socket(sctx, 10, 0, 0).status, 7121);
    assert_eq!(net::release_security_context(12345).status, 7120);
    net::close_socket(srv);
    ok(&net::release_security_context(sctx));
    ok(&net::release_security_context(cctx));
}

#[test]
fn the_real_library_loads_and_reports_its_abi() {
    let path = net_support::library_path();
    let lib = net::library::load_from(path.as_os_str()).expect("real library loads");
    // SAFETY: no arguments.
    let v = unsafe { lib.mvtls_abi_version() };
    assert_eq!(v as u32, net::bindings::MVTLS_ABI_VERSION);
}

/// Serves `accept` on `srv` until the client thread reports its result.
fn client_against<T: Send + 'static>(srv: i32, f: impl FnOnce() -> T + Send + 'static) -> T {
    let (tx, rx) = mpsc::channel();
    let t = thread::spawn(move || {
        let r = f();
        let _ = tx.send(());
        r
    });
    let mut accepted = Vec::new();
    while rx.try_recv().is_err() {
        let a = net::accept_socket_connection(srv, 50);
        if let Some(h) = a.handle() {
            accepted.push(h);
        }
    }
    let r = t.join().unwrap();
    for h in accepted {
        net::close_socket(h);
    }
    r
}

#[test]
fn default_client_context_verifies_and_verify_off_skips() {
    let dir = certs("verify");
    let srv = handle(net::create_secure_server_socket_files(
        b"127.0.0.1",
        0,
        0,
        &b(&dir.join("server.pem")),
        &b(&dir.join("server-key.pem")),
    ));
    let port = net::socket_info(srv, SKT_INFO_PORT).int().unwrap();
    // Context 0: system roots, which do not know the dev CA.
    let status = client_against(srv, move || {
        net::open_secure_socket(b"localhost", port, 0, 0).status
    });
    assert_eq!(status, 7101);
    // VERIFY=OFF connects and says so.
    let off = handle(net::create_client_security_context(b"VERIFY=OFF"));
    let verify = client_against(srv, move || {
        let cli = handle(net::open_secure_socket(b"localhost", port, 0, off));
        let v = text(cli, SKT_INFO_VERIFY);
        net::close_socket(cli);
        v
    });
    assert_eq!(verify, "OFF");
    net::close_socket(srv);
    // Right CA but a name the certificate does not carry: 7103.
    let only_localhost = certs_for("verify-name", "localhost");
    let srv = handle(net::create_secure_server_socket_files(
        b"127.0.0.1",
        0,
        0,
        &b(&only_localhost.join("server.pem")),
        &b(&only_localhost.join("server-key.pem")),
    ));
    let port = net::socket_info(srv, SKT_INFO_PORT).int().unwrap();
    let cctx = client_ctx(&only_localhost, "");
    let status = client_against(srv, move || {
        net::open_secure_socket(b"127.0.0.1", port, 0, cctx).status
    });
    assert_eq!(status, 7103);
    net::close_socket(srv);
}

#[test]
fn reload_with_bad_files_keeps_the_old_material() {
    let dir = certs("reload");
    let (cert, key) = (dir.join("live.pem"), dir.join("live-key.pem"));
    std::fs::copy(dir.join("server.pem"), &cert).unwrap();
    std::fs::copy(dir.join("server-key.pem"), &key).unwrap();
    let sctx = handle(net::create_security_context(&b(&cert), &b(&key), b""));
    assert_eq!(ok(&net::reload_security_context(sctx)).int(), Some(0));
    std::fs::write(&cert, "not a certificate\n").unwrap();
    let r = net::reload_security_context(sctx);
    assert_ne!(r.status, 0);
    assert_eq!(
        r.int(),
        Some(r.status as i64),
        "RELOAD returns the code it sets"
    );
    assert!(!net::socket_error().is_empty());
    // The context still serves with the old certificate.
    let srv = handle(net::create_secure_server_socket(b"127.0.0.1", 0, 0, sctx));
    let port = net::socket_info(srv, SKT_INFO_PORT).int().unwrap();
    let cctx = client_ctx(&dir, "");
    let status = client_against(srv, move || {
        let r = net::open_secure_socket(b"localhost", port, 0, cctx);
        if let Some(h) = r.handle() {
            net::close_socket(h);
        }
        r.status
    });
    assert_eq!(status, 0);
    net::close_socket(srv);
    net::release_security_context(sctx);
}

/// One connection to `srv` from a client thread with `cctx`: the server
/// writes a byte (the client has read the session ticket sent before it);
/// returns SKT$INFO.RESUMED on the server side.
fn resumed_on(srv: i32, cctx: i32) -> i64 {
    let port = ok(&net::socket_info(srv, SKT_INFO_PORT)).int().unwrap();
    let client = thread::spawn(move || {
        let cli = handle(net::open_secure_socket(
            b"localhost",
            port,
            SKT_BLOCKING,
            cctx,
        ));
        let got = read_exact(cli, 1);
        net::close_socket(cli);
        got
    });
    let conn = handle(net::accept_socket_connection(srv, 10_000));
    ok(&net::write_socket(conn, b"x", 0, 5000));
    let resumed = ok(&net::socket_info(conn, SKT_INFO_RESUMED)).int().unwrap();
    assert_eq!(client.join().unwrap(), b"x");
    net::close_socket(conn);
    resumed
}

#[test]
fn shared_ticket_keys_resume_on_another_context() {
    let dir = certs("tickets");
    let keys = dir.join("ticket.keys");
    std::fs::write(&keys, format!("{}{}\n", "ab".repeat(16), "cd".repeat(32))).unwrap();
    let mut opts = b"ALPN=http/1.1\xFETICKET.KEYS=".to_vec();
    opts.extend_from_slice(&b(&keys));
    let ctx = || {
        handle(net::create_security_context(
            &b(&dir.join("server.pem")),
            &b(&dir.join("server-key.pem")),
            &opts,
        ))
    };
    let (a, c) = (ctx(), ctx());
    let sa = handle(net::create_secure_server_socket(b"127.0.0.1", 0, 0, a));
    let sc = handle(net::create_secure_server_socket(b"127.0.0.1", 0, 0, c));
    let cctx = client_ctx(&dir, "");
    assert_eq!(resumed_on(sa, cctx), 0, "first connection: full handshake");
    assert_eq!(resumed_on(sc, cctx), 1, "ticket of A resumes on C");
    assert_eq!(
        ok(&net::socket_info(sc, SKT_INFO_PROXY_REJECTED)).int(),
        Some(0)
    );
    // a missing key file: the context is refused with 3003
    let mut bad = b"TICKET.KEYS=".to_vec();
    bad.extend_from_slice(&b(&dir.join("none.keys")));
    let r = net::create_security_context(
        &b(&dir.join("server.pem")),
        &b(&dir.join("server-key.pem")),
        &bad,
    );
    assert_eq!(r.status, 3003);
    for s in [sa, sc] {
        net::close_socket(s);
    }
    for h in [a, c, cctx] {
        net::release(net::HOST_KIND_CONTEXT, h);
    }
}
