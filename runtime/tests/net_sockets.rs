//! Plain-socket verbs against the real libmvtls: echo, SOCKET.INFO,
//! blocking modes and timeouts, end of stream, SELECT.SOCKET, bad calls.

use mvbasic::net;
mod net_support;

use net::keys::*;
use net::{NetValue, Reply};
use std::time::{Duration, Instant};

const ER_TIMEOUT: i32 = 1011;
const ER_SKT_CLOSED: i32 = 7013;

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

/// A plain server on an ephemeral loopback port: (server handle, port).
fn server() -> (i32, i64) {
    net_support::use_real_library();
    let srv = handle(net::create_server_socket(b"127.0.0.1", 0, 0));
    let port = ok(&net::socket_info(srv, SKT_INFO_PORT)).int().unwrap();
    assert!(port > 0);
    (srv, port)
}

/// A connected pair (server side, client side) over loopback.
fn pair() -> (i32, i32, i32) {
    let (srv, port) = server();
    let cli = handle(net::open_socket(b"127.0.0.1", port, SKT_BLOCKING));
    let conn = handle(net::accept_socket_connection(srv, 5000));
    (srv, conn, cli)
}

/// Handles joined by field marks, as a BASIC program builds a list.
fn fm_list(handles: &[i32]) -> Vec<u8> {
    let mut out = Vec::new();
    for (i, h) in handles.iter().enumerate() {
        if i > 0 {
            out.push(0xFE);
        }
        out.extend_from_slice(h.to_string().as_bytes());
    }
    out
}

fn read_exact(skt: i32, n: usize) -> Vec<u8> {
    let mut got = Vec::new();
    while got.len() < n {
        let r = net::read_socket(skt, (n - got.len()) as i64, SKT_BLOCKING, 5000);
        got.extend_from_slice(ok(&r).bytes().unwrap());
    }
    got
}

#[test]
fn plain_echo() {
    let (srv, conn, cli) = pair();
    let w = net::write_socket(cli, b"hello\r\n", 0, 0);
    assert_eq!(ok(&w).int(), Some(7));
    let got = read_exact(conn, 7);
    assert_eq!(got, b"hello\r\n");
    assert_eq!(ok(&net::write_socket(conn, &got, 0, 1000)).int(), Some(7));
    assert_eq!(read_exact(cli, 7), b"hello\r\n");
    for h in [cli, conn, srv] {
        assert_eq!(net::close_socket(h).status, 0);
    }
}

#[test]
fn socket_info_keys() {
    let (srv, conn, cli) = pair();
    let int = |h, k| ok(&net::socket_info(h, k)).int().unwrap();
    let text =
        |h, k| String::from_utf8(ok(&net::socket_info(h, k)).bytes().unwrap().to_vec()).unwrap();
    assert_eq!(int(srv, SKT_INFO_OPEN), 1);
    assert_eq!(int(0, SKT_INFO_OPEN), 0);
    assert_eq!(int(srv, SKT_INFO_TYPE), SKT_INFO_TYPE_SERVER);
    assert_eq!(int(conn, SKT_INFO_TYPE), SKT_INFO_TYPE_INCOMING);
    assert_eq!(int(cli, SKT_INFO_TYPE), SKT_INFO_TYPE_OUTGOING);
    assert_eq!(text(cli, SKT_INFO_IP_ADDR), "127.0.0.1");
    assert_eq!(text(conn, SKT_INFO_IP_ADDR), "127.0.0.1");
    assert_eq!(
        int(cli, SKT_INFO_PORT),
        int(srv, SKT_INFO_PORT),
        "outgoing: the server's port"
    );
    assert_eq!(
        int(conn, SKT_INFO_PORT),
        int(cli, SKT_INFO_LOCAL_PORT),
        "incoming: the peer's port"
    );
    assert_eq!(int(cli, SKT_INFO_FAMILY), SKT_INFO_FAMILY_IPV4);
    assert_eq!(
        int(cli, SKT_INFO_BLOCKING),
        1,
        "OPEN.SOCKET with SKT$BLOCKING"
    );
    assert_eq!(
        int(conn, SKT_INFO_BLOCKING),
        0,
        "accepted sockets start non-blocking (ScarletDME)"
    );
    assert_eq!(int(cli, SKT_INFO_SECURE), 0);
    assert_eq!(text(cli, SKT_INFO_TLS_VERSION), "");
    // SET.SOCKET.MODE
    assert_eq!(
        ok(&net::set_socket_mode(conn, SKT_INFO_BLOCKING, 1)).int(),
        Some(1)
    );
    assert_eq!(int(conn, SKT_INFO_BLOCKING), 1);
    assert_eq!(
        ok(&net::set_socket_mode(cli, SKT_INFO_NO_DELAY, 1)).int(),
        Some(1)
    );
    assert_eq!(int(cli, SKT_INFO_NO_DELAY), 1);
    assert_eq!(
        ok(&net::set_socket_mode(cli, SKT_INFO_KEEP_ALIVE, 1)).int(),
        Some(1)
    );
    assert_eq!(int(cli, SKT_INFO_KEEP_ALIVE), 1);
    let bad = net::set_socket_mode(cli, 99, 1);
    assert_eq!((bad.status, bad.int()), (1006, Some(0)));
    // SOCKET.INFO answers 0 to an unknown key, as ScarletDME does
    let unknown = net::socket_info(cli, 99);
    assert_eq!((unknown.status, unknown.int()), (0, Some(0)));
    for h in [cli, conn, srv] {
        net::close_socket(h);
    }
}

#[test]
fn blocking_modes_and_timeouts() {
    let (srv, conn, cli) = pair();
    // Non-blocking (the accepted socket's default): returns at once.
    let t = Instant::now();
    let r = net::read_socket(conn, 100, 0, 5000);
    assert_eq!((r.status, r.bytes().unwrap().len()), (ER_TIMEOUT, 0));
    assert!(
        t.elapsed() < Duration::from_millis(1000),
        "non-blocking read waited {:?}",
        t.elapsed()
    );
    // Blocking with a timeout waits about that long.
    let t = Instant::now();
    let r = net::read_socket(conn, 100, SKT_BLOCKING, 300);
    assert_eq!(r.status, ER_TIMEOUT);
    let waited = t.elapsed();
    assert!(
        waited >= Duration::from_millis(250) && waited < Duration::from_secs(3),
        "waited {waited:?}"
    );
    assert!(!net::socket_error().is_empty());
    // ACCEPT with a timeout and no client.
    let t = Instant::now();
    let a = net::accept_socket_connection(srv, 200);
    assert_eq!((a.status, a.value.clone()), (ER_TIMEOUT, NetValue::Int(0)));
    assert!(t.elapsed() >= Duration::from_millis(150));
    // A success clears SOCKET.ERROR().
    ok(&net::write_socket(cli, b"x", 0, 0));
    assert!(net::socket_error().is_empty());
    assert_eq!(read_exact(conn, 1), b"x");
    // End of stream: 7013.
    net::close_socket(cli);
    let r = net::read_socket(conn, 10, SKT_BLOCKING, 2000);
    assert_eq!(
        r.status,
        ER_SKT_CLOSED,
        "{}",
        String::from_utf8_lossy(&net::socket_error())
    );
    net::close_socket(conn);
    net::close_socket(srv);
}

#[test]
fn select_socket_serves_two_clients() {
    let (srv, port) = server();
    let c1 = handle(net::open_socket(b"127.0.0.1", port, SKT_BLOCKING));
    let s1 = handle(net::accept_socket_connection(srv, 5000));
    let c2 = handle(net::open_socket(b"127.0.0.1", port, SKT_BLOCKING));
    let s2 = handle(net::accept_socket_connection(srv, 5000));
    let list = fm_list(&[s1, s2, srv]);
    // Nothing ready: timeout.
    let r = net::select_socket(&list, 200);
    assert_eq!((r.status, r.bytes().unwrap()), (ER_TIMEOUT, &b""[..]));
    // Client 2 writes: position 2 is ready.
    ok(&net::write_socket(c2, b"two", 0, 0));
    let r = net::select_socket(&list, 5000);
    assert_eq!(ok(&r).bytes().unwrap(), b"2");
    assert_eq!(read_exact(s2, 3), b"two");
    // Client 1 writes and a third client connects: positions 1 and 3.
    ok(&net::write_socket(c1, b"one", 0, 0));
    let c3 = handle(net::open_socket(b"127.0.0.1", port, 0));
    let end = Instant::now() + Duration::from_secs(5);
    let mut got = Vec::new();
    while Instant::now() < end {
        got = ok(&net::select_socket(&list, 5000))
            .bytes()
            .unwrap()
            .to_vec();
        if got == [b'1', 0xFE, b'3'] {
            break;
        }
    }
    assert_eq!(got, [b'1', 0xFE, b'3']);
    // A non-socket entry is refused.
    let bad = net::select_socket(b"12x", 10);
    assert_eq!(bad.status, 1000);
    let bad = net::select_socket(b"", 10);
    assert_eq!(bad.status, 1000);
    for h in [c1, c2, c3, s1, s2, srv] {
        net::close_socket(h);
    }
}

#[test]
fn bad_calls_set_status() {
    net_support::use_real_library();
    let (srv, conn, cli) = pair();
    // Not a socket at all.
    assert_eq!(net::read_socket(0, 10, 0, 0).status, 7120);
    assert_eq!(net::write_socket(-5, b"x", 0, 0).status, 7120);
    assert_eq!(net::close_socket(123456).status, 7120);
    assert_eq!(net::socket_info(0, SKT_INFO_TYPE).status, 7120);
    // Wrong kind of socket.
    assert_eq!(net::read_socket(srv, 10, 0, 0).status, 7121);
    assert_eq!(net::accept_socket_connection(cli, 10).status, 7121);
    assert_eq!(net::read_socket(cli, 0, 0, 0).status, 1000);
    // Closed twice / used after close: the handle is stale.
    assert_eq!(net::close_socket(cli).status, 0);
    assert_eq!(net::close_socket(cli).status, 7120);
    assert_eq!(net::write_socket(cli, b"x", 0, 0).status, 7120);
    assert_eq!(net::socket_info(cli, SKT_INFO_OPEN).int(), Some(0));
    // Release after close is a no-op; release closes an open socket.
    net::release(net::HOST_KIND_SOCKET, cli);
    net::release(net::HOST_KIND_SOCKET, conn);
    assert_eq!(net::socket_info(conn, SKT_INFO_OPEN).int(), Some(0));
    // Unsupported protocols, bad ports, empty address.
    assert_eq!(net::create_server_socket(b"", 0, SKT_UDP).status, 7025);
    assert_eq!(net::open_socket(b"127.0.0.1", 70000, 0).status, 1000);
    assert_eq!(net::open_socket(b"", 80, 0).status, 1003);
    let port = net::socket_info(srv, SKT_INFO_PORT).int().unwrap();
    net::close_socket(srv);
    // Nothing listens there now: connection refused.
    let r = net::open_socket(b"127.0.0.1", port, 0);
    assert_eq!((r.status, r.value), (7005, NetValue::Int(0)));
    assert!(String::from_utf8_lossy(&net::socket_error()).len() > 3);
    // Binding a port in use.
    let (srv2, p2) = server();
    assert_eq!(net::create_server_socket(b"127.0.0.1", p2, 0).status, 7012);
    net::close_socket(srv2);
    // Name resolution.
    assert_eq!(
        net::open_socket(b"no-such-host.invalid", 80, 0).status,
        7007
    );
}

#[test]
fn server_addr_resolves() {
    net_support::use_real_library();
    let r = net::server_addr(b"127.0.0.1");
    assert_eq!(ok(&r).bytes().unwrap(), b"127.0.0.1");
    let r = net::server_addr(b"localhost");
    let a = String::from_utf8(ok(&r).bytes().unwrap().to_vec()).unwrap();
    assert!(a == "127.0.0.1" || a == "::1", "{a}");
    let r = net::server_addr(b"no-such-host.invalid");
    assert_eq!((r.status, r.bytes().unwrap()), (7001, &b""[..]));
    assert_eq!(net::server_addr(b"").status, 1003);
}

#[test]
fn server_socket_with_reuseport_shares_a_port() {
    let (srv, port) = {
        net_support::use_real_library();
        let s = handle(net::create_server_socket(b"127.0.0.1", 0, SKT_REUSEPORT));
        (s, net::socket_info(s, SKT_INFO_PORT).int().unwrap())
    };
    let other = net::create_server_socket(b"127.0.0.1", port, SKT_REUSEPORT);
    let other = handle(other);
    net::close_socket(other);
    net::close_socket(srv);
}

#[test]
fn mvtls_sockets_are_close_on_exec() {
    let (srv, conn, cli) = pair();
    let mut sockets = 0;
    for entry in std::fs::read_dir("/proc/self/fd").unwrap().flatten() {
        let Ok(target) = std::fs::read_link(entry.path()) else {
            continue;
        };
        if !target.to_string_lossy().starts_with("socket:") {
            continue;
        }
        let fd: i32 = entry.file_name().to_str().unwrap().parse().unwrap();
        // SAFETY: F_GETFD on a descriptor number; -1 if it closed meanwhile.
        let flags = unsafe { libc::fcntl(fd, libc::F_GETFD) };
        if flags >= 0 {
            sockets += 1;
            assert!(
                flags & libc::FD_CLOEXEC != 0,
                "socket descriptor {fd} is inheritable"
            );
        }
    }
    assert!(
        sockets >= 3,
        "expected the listener and both ends, saw {sockets}"
    );
    for h in [cli, conn, srv] {
        net::close_socket(h);
    }
}

#[test]
fn any_address_server_reports_ipv4_clients_plainly() {
    net_support::use_real_library();
    let srv = handle(net::create_server_socket(b"", 0, 0));
    let port = ok(&net::socket_info(srv, SKT_INFO_PORT)).int().unwrap();
    let cli = handle(net::open_socket(b"127.0.0.1", port, SKT_BLOCKING));
    let conn = handle(net::accept_socket_connection(srv, 5000));
    let addr = ok(&net::socket_info(conn, SKT_INFO_IP_ADDR))
        .bytes()
        .unwrap()
        .to_vec();
    assert_eq!(addr, b"127.0.0.1");
    assert_eq!(
        ok(&net::socket_info(conn, SKT_INFO_FAMILY)).int(),
        Some(SKT_INFO_FAMILY_IPV4)
    );
    for h in [cli, conn, srv] {
        net::close_socket(h);
    }
}
