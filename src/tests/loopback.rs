//! TLS and plain loopback: data, info, close, listener/context lifetime,
//! poll, timeouts, reload.

use super::*;
use crate::codes::*;
use std::thread;
use std::time::{Duration, Instant};

#[test]
fn tls_roundtrip_info_and_close() {
    let d = certs("rt", "localhost,127.0.0.1");
    let sctx = server_ctx(&d, "ALPN=h2,http/1.1");
    let cctx = client_ctx(&d, "ALPN=http/1.1");
    let (l, port) = listen(sctx);
    let (s, c) = pair(l, port, cctx, "localhost");

    let all: Vec<u8> = (0..=255u8).chain([0, 0xff, 0]).collect();
    write_all(c, &all);
    assert_eq!(read_exact(s, all.len()), all);
    write_all(s, b"\0pong\xff");
    assert_eq!(read_exact(c, 6), b"\0pong\xff");

    assert_eq!(info(s, MVTLS_INFO_KIND), "CONNECTION");
    assert_eq!(info(l, MVTLS_INFO_KIND), "LISTENER");
    assert_eq!(info(sctx, MVTLS_INFO_KIND), "CONTEXT");
    assert_eq!(info(s, MVTLS_INFO_SECURE), "1");
    assert_eq!(info(s, MVTLS_INFO_TLS_VERSION), "TLSv1.3");
    assert!(info(c, MVTLS_INFO_CIPHER).starts_with("TLS13_"));
    assert_eq!(info(s, MVTLS_INFO_ALPN), "http/1.1");
    assert_eq!(info(c, MVTLS_INFO_ALPN), "http/1.1");
    assert_eq!(info(s, MVTLS_INFO_SNI), "localhost");
    assert_eq!(info(c, MVTLS_INFO_SNI), "localhost");
    assert_eq!(info(c, MVTLS_INFO_PEER_SUBJECT), "CN=localhost");
    assert_eq!(info(s, MVTLS_INFO_PEER_SUBJECT), "");
    assert_eq!(info(c, MVTLS_INFO_VERIFY), "OK");
    assert_eq!(info(s, MVTLS_INFO_VERIFY), "NONE");
    assert_eq!(info(s, MVTLS_INFO_PEER_ADDR), "127.0.0.1");
    assert_eq!(info(c, MVTLS_INFO_PEER_PORT), port.to_string());
    assert_eq!(info(s, MVTLS_INFO_LOCAL_PORT), port.to_string());
    assert_eq!(info(s, MVTLS_INFO_CONTEXT), sctx.to_string());
    assert_eq!(info(l, MVTLS_INFO_PENDING), "0");
    assert_eq!(
        unsafe { mvtls_info(l, MVTLS_INFO_PEER_ADDR, std::ptr::null_mut(), 0) },
        -1
    );
    assert_eq!(mvtls_status(), MVTLS_ERR_BAD_KEY);
    assert_eq!(unsafe { mvtls_info(l, 99, std::ptr::null_mut(), 0) }, -1);
    assert_eq!(mvtls_status(), MVTLS_ERR_BAD_KEY);
    // snprintf-style length with a NULL buffer.
    assert_eq!(
        unsafe { mvtls_info(s, MVTLS_INFO_KIND, std::ptr::null_mut(), 0) },
        10
    );
    assert_eq!(mvtls_set_option(s, MVTLS_OPT_NODELAY, 1), 0);
    assert_eq!(mvtls_set_option(s, MVTLS_OPT_KEEPALIVE, 1), 0);
    assert_eq!(mvtls_set_option(s, 77, 1), -1);
    assert_eq!(mvtls_status(), MVTLS_ERR_BAD_KEY);
    assert_eq!(mvtls_set_option(s, MVTLS_OPT_NODELAY, 2), -1);
    assert_eq!(mvtls_status(), MVTLS_ERR_PARAMS);

    // close sends close_notify: the peer sees end of stream (0, 7013).
    assert_eq!(mvtls_close(s), 0);
    assert_eq!(read_once(c, 5000), (0, MVTLS_ERR_CLOSED));
    assert_eq!(mvtls_close(s), -1);
    assert_eq!(mvtls_status(), MVTLS_ERR_BAD_HANDLE);
    assert_eq!(mvtls_close(c), 0);
    assert_eq!(mvtls_close(l), 0);
    assert_eq!(mvtls_context_free(sctx), 0);
    assert_eq!(mvtls_context_free(cctx), 0);
}

#[test]
fn one_mib_both_ways_plain_and_tls() {
    let d = certs("mib", "localhost");
    let sctx = server_ctx(&d, "");
    let cctx = client_ctx(&d, "");
    for (sc, cc) in [(0, 0), (sctx, cctx)] {
        let (l, port) = listen(sc);
        let (s, c) = pair(l, port, cc, "localhost");
        let big: Vec<u8> = (0..(1u32 << 20))
            .map(|i| (i.wrapping_mul(2654435761) >> 13) as u8)
            .collect();
        let big2 = big.clone();
        let w = thread::spawn(move || {
            write_all(c, &big2);
            read_exact(c, 1 << 20)
        });
        let got = read_exact(s, 1 << 20);
        assert!(got == big, "server received different bytes");
        write_all(s, &big);
        assert!(w.join().unwrap() == big, "client received different bytes");
        assert_eq!(info(s, MVTLS_INFO_SECURE), if sc == 0 { "0" } else { "1" });
        for h in [s, c, l] {
            assert_eq!(mvtls_close(h), 0);
        }
    }
    mvtls_context_free(sctx);
    mvtls_context_free(cctx);
}

#[test]
fn listener_close_and_context_free_keep_connections() {
    let d = certs("life", "localhost");
    let sctx = server_ctx(&d, "");
    let cctx = client_ctx(&d, "");
    let (l1, port1) = listen(sctx);
    let (a_s, a_c) = pair(l1, port1, cctx, "localhost");
    assert_eq!(mvtls_close(l1), 0);
    write_all(a_c, b"A1");
    assert_eq!(read_exact(a_s, 2), b"A1");
    let (l2, port2) = listen(sctx);
    let (b_s, b_c) = pair(l2, port2, cctx, "localhost");
    assert_eq!(mvtls_context_free(sctx), 0);
    assert_eq!(mvtls_context_free(cctx), 0);
    for (s, c) in [(a_s, a_c), (b_s, b_c)] {
        write_all(s, b"still here");
        assert_eq!(read_exact(c, 10), b"still here");
        write_all(c, b"ok");
        assert_eq!(read_exact(s, 2), b"ok");
    }
    // The listener still accepts with the freed context's material.
    let cctx2 = client_ctx(&d, "");
    let (c_s, c_c) = pair(l2, port2, cctx2, "localhost");
    write_all(c_c, b"C");
    assert_eq!(read_exact(c_s, 1), b"C");
    for h in [a_s, a_c, b_s, b_c, l2, c_s, c_c] {
        assert_eq!(mvtls_close(h), 0);
    }
    mvtls_context_free(cctx2);
}

#[test]
fn timeouts_and_silent_client() {
    let d = certs("to", "localhost");
    let sctx = server_ctx(&d, "HANDSHAKE.TIMEOUT=3000");
    let cctx = client_ctx(&d, "");
    let (l, port) = listen(sctx);
    assert_eq!(mvtls_accept(l, 0), 0);
    assert_eq!(mvtls_status(), MVTLS_ERR_TIMEOUT);
    let t0 = Instant::now();
    assert_eq!(mvtls_accept(l, 150), 0);
    assert_eq!(mvtls_status(), MVTLS_ERR_TIMEOUT);
    assert!(t0.elapsed() >= Duration::from_millis(150));

    // A client that connects and sends nothing does not delay a real one
    // (deferred accepts off: the listener takes the silent one in).
    assert_eq!(mvtls_set_option(l, MVTLS_OPT_DEFER_ACCEPT, 0), 0);
    let _silent = std::net::TcpStream::connect(("127.0.0.1", port as u16)).unwrap();
    let t0 = Instant::now();
    let (s, c) = pair(l, port, cctx, "localhost");
    assert!(
        t0.elapsed() < Duration::from_millis(2000),
        "{:?}",
        t0.elapsed()
    );
    assert_eq!(info(l, MVTLS_INFO_PENDING), "1");

    // Read from a silent peer.
    let t0 = Instant::now();
    assert_eq!(read_once(s, 200), (-1, MVTLS_ERR_TIMEOUT));
    assert!(t0.elapsed() >= Duration::from_millis(200));
    assert_eq!(read_once(s, 0), (-1, MVTLS_ERR_TIMEOUT));

    // The silent handshake expires after HANDSHAKE.TIMEOUT.
    assert_eq!(mvtls_accept(l, 3500), 0);
    assert_eq!(mvtls_status(), MVTLS_ERR_TIMEOUT);
    assert_eq!(info(l, MVTLS_INFO_PENDING), "0");

    // Connect timeout / refusal.
    let (dead_l, dead_port) = listen(0);
    mvtls_close(dead_l);
    let (h, st, _) = connect("127.0.0.1", dead_port, 1000, 0);
    assert_eq!((h, st), (0, MVTLS_ERR_CONNECT));
    for h in [s, c, l] {
        mvtls_close(h);
    }
    mvtls_context_free(sctx);
    mvtls_context_free(cctx);
}

#[test]
fn poll_listeners_and_connections() {
    let d = certs("poll", "localhost");
    let sctx = server_ctx(&d, "");
    let cctx = client_ctx(&d, "");
    let (l, port) = listen(sctx);
    let mut ready = [7i32; 1];
    assert_eq!(
        unsafe { mvtls_poll([l].as_ptr(), 1, ready.as_mut_ptr(), 50) },
        0
    );
    assert_eq!(mvtls_status(), MVTLS_ERR_TIMEOUT);
    assert_eq!(ready, [7], "ready untouched on timeout");

    // poll drives the handshake: a connecting client completes while we poll.
    let t = thread::spawn(move || connect("localhost", port, 5000, cctx));
    assert_eq!(
        unsafe { mvtls_poll([l].as_ptr(), 1, ready.as_mut_ptr(), 5000) },
        1,
        "{}",
        err_text()
    );
    assert_eq!(ready, [1]);
    let (c, st, text) = t.join().unwrap();
    assert!(c > 0, "{st} {text}");
    let s = mvtls_accept(l, 0);
    assert!(s > 0, "{}", err_text());

    let hs = [l, s, c];
    let mut r3 = [9i32; 3];
    assert_eq!(
        unsafe { mvtls_poll(hs.as_ptr(), 3, r3.as_mut_ptr(), 50) },
        0
    );
    write_all(c, b"x");
    assert_eq!(
        unsafe { mvtls_poll(hs.as_ptr(), 3, r3.as_mut_ptr(), 5000) },
        1
    );
    assert_eq!(r3, [0, 1, 0]);
    assert_eq!(read_exact(s, 1), b"x");
    // End of stream counts as ready.
    mvtls_close(c);
    assert_eq!(
        unsafe { mvtls_poll(hs[..2].as_ptr(), 2, r3.as_mut_ptr(), 5000) },
        1
    );
    assert_eq!(&r3[..2], &[0, 1]);
    assert_eq!(read_once(s, 0), (0, MVTLS_ERR_CLOSED));
    // Stale and wrong-kind handles are errors.
    assert_eq!(
        unsafe { mvtls_poll([l, c].as_ptr(), 2, r3.as_mut_ptr(), 0) },
        -1
    );
    assert_eq!(mvtls_status(), MVTLS_ERR_BAD_HANDLE);
    assert_eq!(
        unsafe { mvtls_poll([sctx].as_ptr(), 1, r3.as_mut_ptr(), 0) },
        -1
    );
    assert_eq!(mvtls_status(), MVTLS_ERR_WRONG_KIND);
    for h in [s, l] {
        mvtls_close(h);
    }
    mvtls_context_free(sctx);
    mvtls_context_free(cctx);
}

#[test]
fn reload_swaps_certificate_for_new_connections_only() {
    let d = certs("reload", "localhost");
    let sctx = server_ctx(&d, "");
    let old_ca = client_ctx(&d, "");
    let (l, port) = listen(sctx);
    let (s1, c1) = pair(l, port, old_ca, "localhost");

    // New files from a new CA; copy the new CA aside.
    let d2 = certs("reload-new", "localhost");
    for f in ["server.pem", "server-key.pem"] {
        std::fs::copy(d2.join(f), d.join(f)).unwrap();
    }
    assert_eq!(mvtls_context_reload(sctx), 0, "{}", err_text());
    let new_ca = client_ctx(&d2, "");
    let (s2, c2) = pair(l, port, new_ca, "localhost");
    // Old CA no longer trusts the server.
    let t = thread::spawn(move || connect("localhost", port, 5000, old_ca));
    let _ = mvtls_accept(l, 1000);
    let (h, st, text) = t.join().unwrap();
    assert_eq!((h, st), (0, MVTLS_ERR_CERT_UNTRUSTED), "{text}");
    // Old connection still works.
    write_all(c1, b"old");
    assert_eq!(read_exact(s1, 3), b"old");
    write_all(c2, b"new");
    assert_eq!(read_exact(s2, 3), b"new");

    // Bad files: reload fails, old material stays.
    std::fs::write(d.join("server.pem"), "broken").unwrap();
    assert_eq!(mvtls_context_reload(sctx), -1);
    assert_eq!(mvtls_status(), MVTLS_ERR_BAD_PEM);
    let (s3, c3) = pair(l, port, new_ca, "localhost");
    for h in [s1, c1, s2, c2, s3, c3, l] {
        mvtls_close(h);
    }
    for c in [sctx, old_ca, new_ca] {
        mvtls_context_free(c);
    }
}

#[test]
fn many_concurrent_clients_one_context() {
    let d = certs("many", "localhost,127.0.0.1");
    let sctx = server_ctx(&d, "");
    let cctx = client_ctx(&d, "");
    let (l, port) = listen(sctx);
    let n = 16;
    let clients: Vec<_> = (0..n)
        .map(|i| {
            thread::spawn(move || {
                let (c, st, text) = connect("127.0.0.1", port, 10_000, cctx);
                assert!(c > 0, "{st} {text}");
                let msg = format!("client {i:02}");
                write_all(c, msg.as_bytes());
                let back = read_exact(c, msg.len());
                assert_eq!(back, msg.as_bytes());
                mvtls_close(c);
            })
        })
        .collect();
    // Serve them all from this thread with poll + accept + echo.
    let servers: Vec<_> = (0..n)
        .map(|_| {
            let s = mvtls_accept(l, 10_000);
            assert!(s > 0, "{}", err_text());
            s
        })
        .collect();
    for s in &servers {
        let m = read_exact(*s, 9);
        write_all(*s, &m);
    }
    for c in clients {
        c.join().unwrap();
    }
    for s in servers {
        mvtls_close(s);
    }
    mvtls_close(l);
    mvtls_context_free(sctx);
    mvtls_context_free(cctx);
}

#[test]
fn read_and_write_from_different_threads_at_once() {
    let d = certs("rw", "localhost");
    let sctx = server_ctx(&d, "");
    let cctx = client_ctx(&d, "");
    let (l, port) = listen(sctx);
    let (s, c) = pair(l, port, cctx, "localhost");
    // A reader blocked forever on `c` must not stop a writer on `c`.
    let reader = thread::spawn(move || read_exact(c, 5));
    thread::sleep(Duration::from_millis(50)); // let the reader block first
    write_all(c, b"from writer");
    assert_eq!(read_exact(s, 11), b"from writer");
    write_all(s, b"hello");
    assert_eq!(reader.join().unwrap(), b"hello");
    for h in [s, c, l] {
        mvtls_close(h);
    }
    mvtls_context_free(sctx);
    mvtls_context_free(cctx);
}

#[test]
fn plain_listeners_on_any_and_ipv6() {
    // Empty address: any (dual stack where available); IPv4 clients work.
    let l = unsafe { mvtls_listen(cs("").as_ptr(), 0, 16, MVTLS_LISTEN_REUSEPORT, 0) };
    assert!(l > 0, "{}", err_text());
    assert_eq!(info(l, MVTLS_INFO_SECURE), "0");
    let port: i32 = info(l, MVTLS_INFO_LOCAL_PORT).parse().unwrap();
    let (s, c) = pair(l, port, 0, "127.0.0.1");
    assert_eq!(info(s, MVTLS_INFO_PEER_ADDR), "127.0.0.1");
    assert_eq!(info(s, MVTLS_INFO_TLS_VERSION), "");
    assert_eq!(info(s, MVTLS_INFO_VERIFY), "NONE");
    write_all(c, b"\0\xff");
    assert_eq!(read_exact(s, 2), b"\0\xff");
    for h in [s, c, l] {
        assert_eq!(mvtls_close(h), 0);
    }
    // Explicit IPv6 loopback, if the machine has it.
    let l6 = unsafe { mvtls_listen(cs("::1").as_ptr(), 0, 0, 0, 0) };
    if l6 > 0 {
        let port: i32 = info(l6, MVTLS_INFO_LOCAL_PORT).parse().unwrap();
        let (s, c) = pair(l6, port, 0, "[::1]");
        assert_eq!(info(s, MVTLS_INFO_PEER_ADDR), "::1");
        for h in [s, c, l6] {
            mvtls_close(h);
        }
    }
    // Bad arguments.
    assert_eq!(
        unsafe { mvtls_listen(cs("127.0.0.1").as_ptr(), 70000, 0, 0, 0) },
        0
    );
    assert_eq!(mvtls_status(), MVTLS_ERR_PARAMS);
    assert_eq!(
        unsafe { mvtls_listen(cs("127.0.0.1").as_ptr(), 0, 0, 4, 0) },
        0
    );
    assert_eq!(mvtls_status(), MVTLS_ERR_PARAMS);
    assert_eq!(
        unsafe { mvtls_listen(cs("192.0.2.1").as_ptr(), 0, 0, 0, 0) },
        0
    );
    assert_eq!(mvtls_status(), MVTLS_ERR_BIND);
    let (l, port) = listen(0);
    let l2 = unsafe { mvtls_listen(cs("127.0.0.1").as_ptr(), port, 0, 0, 0) };
    assert_eq!((l2, mvtls_status()), (0, MVTLS_ERR_BIND));
    mvtls_close(l);
    let cctx = unsafe { mvtls_client_context_new(cs("VERIFY=OFF").as_ptr()) };
    assert_eq!(
        unsafe { mvtls_listen(cs("127.0.0.1").as_ptr(), 0, 0, 0, cctx) },
        0
    );
    assert_eq!(mvtls_status(), MVTLS_ERR_PARAMS);
    mvtls_context_free(cctx);
}

#[test]
fn reuseport_lets_two_listeners_share_a_port() {
    let a = unsafe { mvtls_listen(cs("127.0.0.1").as_ptr(), 0, 0, MVTLS_LISTEN_REUSEPORT, 0) };
    assert!(a > 0);
    let port: i32 = info(a, MVTLS_INFO_LOCAL_PORT).parse().unwrap();
    let b = unsafe { mvtls_listen(cs("127.0.0.1").as_ptr(), port, 0, MVTLS_LISTEN_REUSEPORT, 0) };
    assert!(b > 0, "{}", err_text());
    mvtls_close(a);
    mvtls_close(b);
}

#[test]
fn handles_and_descriptors_are_released() {
    fn fds() -> usize {
        std::fs::read_dir("/proc/self/fd").unwrap().count()
    }
    let d = certs("fds", "localhost");
    let sctx = server_ctx(&d, "");
    let cctx = client_ctx(&d, "");
    let (l, port) = listen(sctx);
    // Warm up, then count: 50 more connections must not leave descriptors
    // behind (other tests run in parallel, so allow some slack).
    let (s, c) = pair(l, port, cctx, "localhost");
    mvtls_close(s);
    mvtls_close(c);
    let before = fds();
    for _ in 0..50 {
        let (s, c) = pair(l, port, cctx, "localhost");
        write_all(c, b"q");
        assert_eq!(read_exact(s, 1), b"q");
        assert_eq!(mvtls_close(s), 0);
        assert_eq!(mvtls_close(c), 0);
    }
    let after = fds();
    assert!(
        after < before + 20,
        "descriptors grew from {before} to {after}"
    );
    mvtls_close(l);
    mvtls_context_free(sctx);
    mvtls_context_free(cctx);
}

#[test]
fn write_to_closed_peer_is_7013() {
    let d = certs("epipe", "localhost");
    let sctx = server_ctx(&d, "");
    let cctx = client_ctx(&d, "");
    for (sc, cc) in [(0, 0), (sctx, cctx)] {
        let (l, port) = listen(sc);
        let (s, c) = pair(l, port, cc, "localhost");
        assert_eq!(mvtls_close(s), 0);
        let chunk = vec![0x5au8; 65536];
        let mut status = 0;
        for _ in 0..1000 {
            let n = unsafe { mvtls_write(c, chunk.as_ptr(), chunk.len() as i32, 5000) };
            if n < 0 {
                status = mvtls_status();
                break;
            }
        }
        assert_eq!(status, MVTLS_ERR_CLOSED, "{}", err_text());
        mvtls_close(c);
        mvtls_close(l);
    }
    mvtls_context_free(sctx);
    mvtls_context_free(cctx);
}

#[test]
fn close_wakes_a_reader_blocked_in_another_thread() {
    let (l, port) = listen(0);
    let (s, c) = pair(l, port, 0, "127.0.0.1");
    let t0 = Instant::now();
    let reader = start(move || read_once(s, -1));
    // Give the reader time to block (the outcome is the same if it has not:
    // the handle is then already stale).
    thread::sleep(Duration::from_millis(100));
    assert_eq!(mvtls_close(s), 0);
    assert_eq!(outcome(reader, "read"), (-1, MVTLS_ERR_BAD_HANDLE));
    assert!(
        t0.elapsed() < Duration::from_millis(2000),
        "{:?}",
        t0.elapsed()
    );
    // Same for accept on a listener closed by another thread.
    let t0 = Instant::now();
    let acceptor = start(move || (mvtls_accept(l, -1), mvtls_status()));
    thread::sleep(Duration::from_millis(100));
    assert_eq!(mvtls_close(l), 0);
    assert_eq!(outcome(acceptor, "accept"), (0, MVTLS_ERR_BAD_HANDLE));
    assert!(
        t0.elapsed() < Duration::from_millis(2000),
        "{:?}",
        t0.elapsed()
    );
    mvtls_close(c);
}

#[test]
fn server_chooses_aes128_even_when_the_client_prefers_aes256() {
    // The client side keeps the provider's default order, which offers
    // AES-256-GCM first: the server must still pick AES-128-GCM (its own order).
    let client_first = crate::provider::provider().cipher_suites[0].suite();
    assert_eq!(client_first, rustls::CipherSuite::TLS13_AES_256_GCM_SHA384);
    let d = certs("suite", "localhost");
    let sctx = server_ctx(&d, "");
    let cctx = client_ctx(&d, "");
    let (l, port) = listen(sctx);
    let (s, c) = pair(l, port, cctx, "localhost");
    assert_eq!(info(s, MVTLS_INFO_CIPHER), "TLS13_AES_128_GCM_SHA256");
    assert_eq!(info(c, MVTLS_INFO_CIPHER), "TLS13_AES_128_GCM_SHA256");
    for h in [c, s, l] {
        assert_eq!(mvtls_close(h), 0);
    }
    assert_eq!(mvtls_context_free(sctx), 0);
    assert_eq!(mvtls_context_free(cctx), 0);
}

/// Accepted connections start with TCP_NODELAY: a response written as two
/// TLS records must not wait for the client's delayed ACK.
#[test]
fn accepted_connections_have_nodelay() {
    let d = certs("nodelay", "localhost,127.0.0.1");
    let sctx = server_ctx(&d, "");
    let cctx = client_ctx(&d, "");
    let (l, port) = listen(sctx);
    let (s, c) = pair(l, port, cctx, "localhost");
    let conn = crate::handles::connection(s).expect("server connection");
    assert!(conn.nodelay().expect("getsockopt"));
    assert_eq!(mvtls_set_option(s, MVTLS_OPT_NODELAY, 0), 0);
    assert!(!conn.nodelay().expect("getsockopt"));
    for h in [c, s, l] {
        assert_eq!(mvtls_close(h), 0);
    }
    assert_eq!(mvtls_context_free(sctx), 0);
    assert_eq!(mvtls_context_free(cctx), 0);
}
