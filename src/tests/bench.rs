//! Handshake throughput over loopback, for choosing the crypto provider
//! (docs/crypto-provider.md). Ignored by default; run with
//! `cargo test --release -p mvtls bench_handshakes -- --ignored --nocapture`
//! (`MVTLS_BENCH_N` sets the count, default 1000).

use crate::context::Context;
use crate::listener::Listener;
use crate::net::Deadline;
use std::io::{Read, Write};
use std::sync::Arc;
use std::time::Instant;

fn client_config(
    ca_pem: &str,
    version: &'static rustls::SupportedProtocolVersion,
    resume: bool,
) -> Arc<rustls::ClientConfig> {
    let mut roots = rustls::RootCertStore::empty();
    for c in crate::pem::load_certs(ca_pem).unwrap() {
        roots.add(c).unwrap();
    }
    let mut cfg = rustls::ClientConfig::builder_with_provider(crate::provider::provider())
        .with_protocol_versions(&[version])
        .unwrap()
        .with_root_certificates(roots)
        .with_no_client_auth();
    if !resume {
        cfg.resumption = rustls::client::Resumption::disabled();
    }
    Arc::new(cfg)
}

#[test]
#[ignore]
fn bench_handshakes() {
    let n: usize = std::env::var("MVTLS_BENCH_N")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1000);
    let set = crate::devcert::generate(&["localhost"]).unwrap();
    let sctx =
        Arc::new(Context::new_server(&set.server_chain_pem, &set.server_key_pem, None).unwrap());
    let l = Arc::new(Listener::bind(Some("127.0.0.1"), 0, 0, 0, Some((sctx, 1))).unwrap());
    let port = l.local_addr().port();
    for (label, version, resume) in [
        ("TLS1.3 full", &rustls::version::TLS13, false),
        ("TLS1.2 full", &rustls::version::TLS12, false),
        ("TLS1.3 resumed", &rustls::version::TLS13, true),
    ] {
        let cfg = client_config(&set.ca_pem, version, resume);
        let server = {
            let l = l.clone();
            std::thread::spawn(move || {
                for _ in 0..n {
                    let c = l.accept(Deadline::from_ms(10_000)).unwrap();
                    let mut b = [0u8; 1];
                    c.read(&mut b, Deadline::from_ms(10_000)).unwrap();
                    c.write(&b, Deadline::from_ms(10_000)).unwrap();
                    c.close();
                }
            })
        };
        let t0 = Instant::now();
        for _ in 0..n {
            let mut tcp = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
            let conn = rustls::ClientConnection::new(cfg.clone(), "localhost".try_into().unwrap())
                .unwrap();
            let mut s = rustls::StreamOwned::new(conn, &mut tcp);
            s.write_all(b"x").unwrap();
            let mut b = [0u8; 1];
            s.read_exact(&mut b).unwrap();
        }
        server.join().unwrap();
        let dt = t0.elapsed().as_secs_f64();
        println!(
            "provider={} {label}: handshakes={n} seconds={dt:.3} per_second={:.0}",
            crate::provider::name(),
            n as f64 / dt
        );
    }
}
