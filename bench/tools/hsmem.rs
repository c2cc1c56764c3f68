//! hsmem - the user-space CPU of one full TLS 1.3 server handshake, without
//! sockets (built as the cargo example `hsmem` of mvtls).
//!
//! A rustls client (X25519 only, no resumption, no certificate checks, like
//! tools/hsload.rs) and a server built by mvtls's own context code (the
//! configuration `mvtls_server_context_new` makes: cipher-suite order,
//! tickets, provider) exchange their records through memory. Per connection:
//! full handshake, `GET /small` with `Connection: close`, a 64-byte response,
//! close_notify, the deferred session ticket (whatever the configuration
//! sends). Only the server's calls are timed, in this thread's CPU time, so
//! the figure is the server's user-space work per handshake (crypto, rustls,
//! allocation) with no kernel in it and little disturbance from other load:
//! the part of `hsload`'s server CPU that a library change can move.
//!
//! Usage: hsmem [-n HANDSHAKES_PER_ROUND] [-r ROUNDS] [-c CERT -k KEY]
//!   (default: 2000 x 5, a dev-cert ECDSA P-256 chain)
//! Prints one line per round, `round R server_us U client_us C`, and then
//! `median_server_us U per_core_second P min_server_us M` (other load only
//! adds to a round, so on a busy machine the minimum is the steadier figure).

use rustls::pki_types::ServerName;
use rustls::Connection;
use rustls::{ClientConfig, ClientConnection, ServerConnection};
use std::io::{Read, Write};
use std::sync::Arc;

#[path = "bench_client.rs"]
mod bench_client;
use bench_client::client_config;

/// This thread's CPU time in seconds.
fn cpu_now() -> f64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes one timespec into the valid `ts`.
    unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9
}

/// Takes every record `from` has queued into `wire`; false if none.
fn drain(from: &mut Connection, wire: &mut Vec<u8>) -> bool {
    wire.clear();
    while from.wants_write() {
        from.write_tls(wire).expect("write_tls");
    }
    !wire.is_empty()
}

/// Feeds `wire` to `to` and processes it.
fn feed(to: &mut Connection, wire: &[u8]) {
    let mut rd = wire;
    while !rd.is_empty() {
        to.read_tls(&mut rd).expect("read_tls");
        to.process_new_packets().expect("process_new_packets");
    }
}

/// One connection; returns (server seconds, client seconds).
fn one(
    scfg: &Arc<rustls::ServerConfig>,
    ccfg: &Arc<ClientConfig>,
    wire: &mut Vec<u8>,
) -> (f64, f64) {
    let (mut st, mut ct) = (0.0, 0.0);
    let name = ServerName::try_from("localhost").expect("name");
    let t = cpu_now();
    let mut client: Connection = ClientConnection::new(ccfg.clone(), name)
        .expect("client")
        .into();
    client
        .writer()
        .write_all(b"GET /small HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
        .expect("request");
    ct += cpu_now() - t;
    let t = cpu_now();
    let mut server: Connection = ServerConnection::new(scfg.clone()).expect("server").into();
    st += cpu_now() - t;
    let mut buf = [0u8; 4096];
    let mut answered = false;
    loop {
        // client -> server
        let t = cpu_now();
        let moved_c = drain(&mut client, wire);
        ct += cpu_now() - t;
        let t = cpu_now();
        feed(&mut server, wire);
        if !answered && !server.is_handshaking() {
            if let Ok(n) = server.reader().read(&mut buf) {
                if n > 0 {
                    server
                        .writer()
                        .write_all(
                            b"HTTP/1.1 200 OK\r\nContent-Length: 64\r\nConnection: close\r\n\r\n",
                        )
                        .expect("head");
                    server.writer().write_all(&[b'x'; 64]).expect("body");
                    server.send_close_notify();
                    answered = true;
                }
            }
        }
        // server -> client
        let moved_s = drain(&mut server, wire);
        st += cpu_now() - t;
        let t = cpu_now();
        feed(&mut client, wire);
        ct += cpu_now() - t;
        if answered && !moved_c && !moved_s {
            break;
        }
    }
    let t = cpu_now();
    let mut got = 0;
    loop {
        match client.reader().read(&mut buf) {
            Ok(0) => break,
            Ok(n) => got += n,
            Err(e) => panic!("client read: {e}"),
        }
    }
    assert!(got > 64, "short response: {got} bytes");
    ct += cpu_now() - t;
    let t = cpu_now();
    drop(server);
    st += cpu_now() - t;
    (st, ct)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (mut n, mut rounds, mut cert, mut key) = (2000usize, 5usize, None, None);
    let mut i = 1;
    while i + 1 < args.len() {
        let v = args[i + 1].clone();
        match args[i].as_str() {
            "-n" => n = v.parse().expect("-n"),
            "-r" => rounds = v.parse().expect("-r"),
            "-c" => cert = Some(v),
            "-k" => key = Some(v),
            _ => panic!("usage: hsmem [-n N] [-r ROUNDS] [-c CERT -k KEY]"),
        }
        i += 2;
    }
    let (cert, key) = match (cert, key) {
        (Some(c), Some(k)) => (c, k),
        _ => {
            let d = mvtls::devcert::generate(&["localhost"]).expect("dev certificate");
            (d.server_chain_pem, d.server_key_pem)
        }
    };
    let ctx = mvtls::context::Context::new_server(&cert, &key, None).expect("server context");
    let scfg = ctx.server_config().expect("server config");
    let ccfg = client_config();
    let mut wire = Vec::with_capacity(16384);
    for _ in 0..n.min(200) {
        one(&scfg, &ccfg, &mut wire); // warm-up
    }
    let mut per = Vec::new();
    for r in 1..=rounds {
        let (mut s, mut c) = (0.0, 0.0);
        for _ in 0..n {
            let (a, b) = one(&scfg, &ccfg, &mut wire);
            s += a;
            c += b;
        }
        let (su, cu) = (1e6 * s / n as f64, 1e6 * c / n as f64);
        println!("round {r} server_us {su:.1} client_us {cu:.1}");
        per.push(su);
    }
    per.sort_by(|a, b| a.total_cmp(b));
    let m = per[per.len() / 2];
    println!(
        "median_server_us {m:.1} per_core_second {:.0} min_server_us {:.1}",
        1e6 / m,
        per[0]
    );
}
