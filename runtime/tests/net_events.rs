//! Event-loop socket verbs against the real libmvtls: WRITE.SOCKET with
//! SKT$PARTIAL (takes what fits, never waits) and SELECT.SOCKET fields
//! asking for write readiness ("W") or either ("RW").

use mvbasic::net;
mod net_support;

use net::keys::*;
use net::Reply;
use std::time::{Duration, Instant};

const ER_TIMEOUT: i32 = 1011;

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
    ok(&r).handle().expect("a socket value")
}

/// A connected plain pair over loopback: (server, accepted side, client side).
fn pair() -> (i32, i32, i32) {
    net_support::use_real_library();
    let srv = handle(net::create_server_socket(b"127.0.0.1", 0, 0));
    let port = ok(&net::socket_info(srv, SKT_INFO_PORT)).int().unwrap();
    let cli = handle(net::open_socket(b"127.0.0.1", port, SKT_BLOCKING));
    let conn = handle(net::accept_socket_connection(srv, 5000));
    (srv, conn, cli)
}

fn field(h: i32, mode: &str) -> Vec<u8> {
    let mut v = h.to_string().into_bytes();
    if !mode.is_empty() {
        v.push(0xFD);
        v.extend_from_slice(mode.as_bytes());
    }
    v
}

#[test]
fn partial_writes_never_wait_and_select_reports_write_readiness() {
    let (srv, conn, cli) = pair();
    // A writable connection is ready for "W" at once.
    let list = field(conn, "W");
    assert_eq!(ok(&net::select_socket(&list, 5000)).bytes().unwrap(), b"1");
    // The client never reads: partial writes fill the kernel buffers and
    // the library's output buffer, then take nothing (0, 1011), at once.
    let chunk = vec![b'x'; 1 << 20];
    let t0 = Instant::now();
    let mut taken = 0i64;
    loop {
        let r = net::write_socket(conn, &chunk, SKT_PARTIAL, 60_000);
        if r.status == ER_TIMEOUT {
            assert_eq!(r.int(), Some(0));
            break;
        }
        let n = ok(&r).int().unwrap();
        assert!(n > 0 && n <= chunk.len() as i64);
        taken += n;
        assert!(taken < 1 << 30, "the output never filled up");
    }
    // generous: a blocking write would have waited for its 60 s timeout
    assert!(t0.elapsed() < Duration::from_secs(30));
    // (whether "W" is ready now depends on how much room the kernel
    // makes meanwhile, so only the client's side is checked here)
    let mut both = field(conn, "W");
    both.push(0xFE);
    both.extend_from_slice(&field(cli, "RW"));
    let r = net::select_socket(&both, 5000);
    assert!(
        ok(&r).bytes().unwrap().ends_with(b"2"),
        "{:?}",
        String::from_utf8_lossy(r.bytes().unwrap())
    );
    // The client reads everything: the connection becomes writable again.
    let mut got = 0i64;
    let end = Instant::now() + Duration::from_secs(30);
    let mut writable = false;
    while Instant::now() < end {
        let r = net::read_socket(cli, 1 << 20, SKT_BLOCKING, 200);
        if r.status == 0 {
            got += r.bytes().unwrap().len() as i64;
        }
        let s = net::select_socket(&list, 1);
        if s.status == 0 && s.bytes().unwrap() == b"1" {
            writable = true;
            if got >= taken - (256 << 10) {
                break;
            }
        }
    }
    assert!(
        writable,
        "never writable again after the client read {got} of {taken} bytes"
    );
    for h in [cli, conn, srv] {
        net::close_socket(h);
    }
}

#[test]
fn select_fields_name_r_w_or_rw_only() {
    let (srv, conn, cli) = pair();
    let bad = net::select_socket(&field(conn, "X"), 10);
    assert_eq!(bad.status, 1000);
    // "R" is the default: nothing to read yet, so a timeout.
    let r = net::select_socket(&field(conn, "r"), 100);
    assert_eq!(r.status, ER_TIMEOUT);
    // An empty partial write is 0 with STATUS() 0.
    assert_eq!(
        ok(&net::write_socket(conn, b"", SKT_PARTIAL, 0)).int(),
        Some(0)
    );
    assert_eq!(
        ok(&net::write_socket(conn, b"hi", SKT_PARTIAL, 0)).int(),
        Some(2)
    );
    for h in [cli, conn, srv] {
        net::close_socket(h);
    }
}
