//! BASIC-level tests of the socket verbs, TLS, security contexts and
//! PHANTOM: the programs in `tests/basic_net/BP` run under the real
//! `mvbasic` binary and libmvtls, against each other and against
//! `openssl s_client`, `openssl s_server` and `curl`.
//!
//! The programs check themselves (printing `OK ...`, `FAIL ...` and `DONE`);
//! these tests start them, play the other side where needed and assert on
//! what they print. Ports are free ports, readiness is a LISTEN check, and
//! every process is killed when a test ends.

mod net_support;

use net_support::basic::{free_port, is_listening, wait_listening, Account, Proc};
use std::collections::BTreeSet;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::Command;
use std::time::{Duration, Instant};

const LIMIT: Duration = Duration::from_secs(60);
const READY: Duration = Duration::from_secs(20);

#[test]
fn plain_echo_server_and_client_over_loopback() {
    let acct = Account::new("echo");
    let port = free_port().to_string();
    let mut server = acct.spawn("ECHO.SERVER", &[&port, "2"]);
    wait_listening(port.parse().unwrap(), &mut server, READY);
    for _ in 0..2 {
        acct.run("ECHO.CLIENT", &[&port], LIMIT)
            .assert_passed(&["OK localhost is ", "OK echo 5"]);
    }
    server
        .finish(LIMIT)
        .assert_passed(&["OK served client 1", "OK served client 2"]);
}

#[test]
fn basic_tls_server_answers_openssl_s_client_and_curl() {
    let acct = Account::new("tls-server");
    let port = free_port();
    let mut server = acct.spawn("TLS.SERVER", &[&port.to_string(), "2"]);
    wait_listening(port, &mut server, READY);

    let mut s_client = Command::new("openssl");
    s_client
        .args([
            "s_client",
            "-connect",
            &format!("127.0.0.1:{port}"),
            "-servername",
            "localhost",
        ])
        .args([
            "-CAfile",
            "certs/ca.pem",
            "-verify_return_error",
            "-verify_hostname",
            "localhost",
            "-quiet",
        ])
        .current_dir(acct.path());
    let out =
        Proc::spawn_with_input(s_client, "openssl s_client", b"ping from s_client\n").finish(LIMIT);
    assert!(out.status.success(), "{out:?}");
    assert_eq!(out.stdout, "ECHO:ping from s_client\n", "{out:?}");

    let mut curl = Command::new("curl");
    curl.args(["-sS", "--max-time", "30", "--cacert", "certs/ca.pem"])
        .args([
            "--resolve",
            &format!("localhost:{port}:127.0.0.1"),
            &format!("https://localhost:{port}/hello"),
        ])
        .current_dir(acct.path());
    let out = Proc::spawn(curl, "curl").finish(LIMIT);
    assert!(out.status.success(), "{out:?}");
    assert!(
        out.stdout.starts_with("hello from BASIC over TLSv1."),
        "{out:?}"
    );

    server.finish(LIMIT).assert_passed(&[
        "OK served echo TLSv1.3 sni=localhost",
        "OK served http TLSv1.3 sni=localhost",
    ]);

    // The same server made from a security context (ALPN http/1.1).
    let port = free_port();
    let mut server = acct.spawn("TLS.SERVER", &[&port.to_string(), "1", "CTX"]);
    wait_listening(port, &mut server, READY);
    let mut curl = Command::new("curl");
    curl.args([
        "-sS",
        "--max-time",
        "30",
        "--cacert",
        "certs/ca.pem",
        "-w",
        " %{http_version}",
    ])
    .args([
        "--resolve",
        &format!("localhost:{port}:127.0.0.1"),
        &format!("https://localhost:{port}/"),
    ])
    .current_dir(acct.path());
    let out = Proc::spawn(curl, "curl").finish(LIMIT);
    assert!(out.status.success(), "{out:?}");
    assert!(
        out.stdout.starts_with("hello from BASIC over TLSv1.") && out.stdout.ends_with(" 1.1"),
        "{out:?}"
    );
    server
        .finish(LIMIT)
        .assert_passed(&["OK served http TLSv1.3 sni=localhost alpn=http/1.1"]);
}

#[test]
fn basic_tls_client_fetches_from_openssl_s_server() {
    let acct = Account::new("tls-client");
    let port = free_port();
    let mut s_server = Command::new("openssl");
    s_server
        .args([
            "s_server",
            "-accept",
            &format!("127.0.0.1:{port}"),
            "-www",
            "-naccept",
            "2",
        ])
        .args(["-cert", "certs/server.pem", "-key", "certs/server-key.pem"])
        .current_dir(acct.path());
    let mut s_server = Proc::spawn(s_server, "openssl s_server");
    wait_listening(port, &mut s_server, READY);
    let out = acct.run("TLS.CLIENT", &[&port.to_string()], LIMIT);
    out.assert_passed(&[
        "OK verify=OK version=TLSv1.",
        "OK page HTTP/1.0 200 ok",
        "OK wrong CA: 7101 ",
    ]);
    let wrong = out
        .stdout
        .lines()
        .find(|l| l.starts_with("OK wrong CA"))
        .unwrap();
    assert!(
        wrong.len() > "OK wrong CA: 7101 ".len() + 5,
        "SOCKET.ERROR() text missing: {wrong}"
    );
}

#[test]
fn fork_scenario_close_server_socket_keep_client_accept_on_new_one() {
    let acct = Account::new("fork");
    let (p1, p2) = (free_port(), free_port());
    let mut server = acct.spawn("FORK.SERVER", &[&p1.to_string(), &p2.to_string()]);
    wait_listening(p1, &mut server, READY);
    acct.run("FORK.CLIENT", &[&p1.to_string(), &p2.to_string()], LIMIT)
        .assert_passed(&[
            "OK A1:one",
            "OK server 1 refuses: 7005",
            "OK B1:two",
            "OK A2:three",
            "OK B2:four",
        ]);
    server.finish(LIMIT).assert_passed(&[
        "OK server 1 closed after accepting A",
        "OK accepted B on server 2",
        "OK A2 three",
        "OK B2 four",
    ]);
}

#[test]
fn binary_round_trip_through_secure_read_and_write() {
    let acct = Account::new("binary");
    let port = free_port();
    let mut server = acct.spawn("BIN.SERVER", &[&port.to_string()]);
    wait_listening(port, &mut server, READY);
    acct.run("BIN.CLIENT", &[&port.to_string()], LIMIT)
        .assert_passed(&[
            "OK round trip 256 bytes first 0 last 255",
            "OK round trip 256 bytes first 255 last 0",
            "OK round trip 102400 bytes first 0 last 0",
        ]);
    server.finish(LIMIT).assert_passed(&["OK echoed 3 frames"]);
}

/// Reads one line (with its LF) from a client connection.
fn line(r: &mut BufReader<TcpStream>) -> String {
    let mut s = String::new();
    r.read_line(&mut s).unwrap();
    s
}

#[test]
fn timeouts_and_select_socket_serving_two_clients() {
    let acct = Account::new("select");
    let port = free_port();
    let mut server = acct.spawn("SELECT.SERVER", &[&port.to_string()]);
    wait_listening(port, &mut server, READY);
    let connect = || {
        let s = TcpStream::connect(("127.0.0.1", port)).unwrap();
        s.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
        (s.try_clone().unwrap(), BufReader::new(s))
    };
    let (mut w1, mut r1) = connect();
    let (mut w2, mut r2) = connect();
    // The second client talks first; lines may arrive in pieces.
    w2.write_all(b"b1\n").unwrap();
    assert_eq!(line(&mut r2), "ECHO:b1\n");
    w1.write_all(b"a1\n").unwrap();
    assert_eq!(line(&mut r1), "ECHO:a1\n");
    w1.write_all(b"a2 in ").unwrap();
    w2.write_all(b"b2\nb3\n").unwrap();
    assert_eq!(line(&mut r2), "ECHO:b2\n");
    assert_eq!(line(&mut r2), "ECHO:b3\n");
    w1.write_all(b"two pieces\n").unwrap();
    assert_eq!(line(&mut r1), "ECHO:a2 in two pieces\n");
    drop((w1, r1));
    let mut rest = Vec::new();
    w2.write_all(b"last\n").unwrap();
    assert_eq!(line(&mut r2), "ECHO:last\n");
    w2.shutdown(std::net::Shutdown::Write).unwrap();
    r2.read_to_end(&mut rest).unwrap();
    assert!(rest.is_empty());
    server.finish(LIMIT).assert_passed(&[
        "OK ACCEPT timeout 1011",
        "OK SELECT.SOCKET timeout 1011",
        "OK READ.SOCKET timeout 1011",
        "OK non-blocking READ.SOCKET 1011",
        "OK READ.SOCKET in the accepted socket's default (non-blocking) mode 1011",
        "OK served 2 clients with SELECT.SOCKET, lines 6",
    ]);
}

/// Stops every phantom of the account when dropped (even on failure).
struct StopPhantoms<'a>(&'a Account);

impl Drop for StopPhantoms<'_> {
    fn drop(&mut self) {
        let _ = self.0.exec("STOP.PHANTOM ALL", LIMIT);
    }
}

/// Connects once and returns the worker's reply line, if any.
fn ask_worker(port: u16) -> Option<String> {
    let mut s = TcpStream::connect(("127.0.0.1", port)).ok()?;
    s.set_read_timeout(Some(Duration::from_secs(10))).ok()?;
    let mut text = String::new();
    s.read_to_string(&mut text).ok()?;
    Some(text.trim_end().to_string()).filter(|t| !t.is_empty())
}

/// (user number, pid, alive) rows of LIST.PHANTOMS output.
fn phantom_rows(listing: &str) -> Vec<(u32, i32, bool)> {
    listing
        .lines()
        .filter_map(|l| {
            let c: Vec<&str> = l.split_whitespace().collect();
            Some((
                c.first()?.parse().ok()?,
                c.get(1)?.parse().ok()?,
                *c.get(2)? == "yes",
            ))
        })
        .collect()
}

#[test]
fn two_phantom_workers_share_a_port_and_survive_losing_one() {
    let acct = Account::new("phantom");
    let _cleanup = StopPhantoms(&acct);
    let (port, hold) = (free_port(), free_port());
    let out = acct.run("PH.START", &[&port.to_string(), &hold.to_string()], LIMIT);
    out.assert_passed(&["STARTED 1", "STARTED 2", "LISTED 2"]);
    // The starter's server socket died with it: no phantom inherited it.
    assert!(
        !is_listening(hold),
        "a phantom inherited the starter's server socket"
    );

    // Both workers answer (SO_REUSEPORT spreads connections by hash).
    let want: BTreeSet<String> = ["USER 1".to_string(), "USER 2".to_string()].into();
    let mut seen = BTreeSet::new();
    let deadline = Instant::now() + Duration::from_secs(30);
    while seen != want {
        assert!(Instant::now() < deadline, "only {seen:?} answered");
        if let Some(reply) = ask_worker(port) {
            assert!(want.contains(&reply), "unexpected reply {reply}");
            seen.insert(reply);
        }
    }

    // SIGKILL worker 1 (its pid from LIST.PHANTOMS); the port stays served by 2.
    let listing = acct.exec("LIST.PHANTOMS", LIMIT);
    let rows = phantom_rows(&listing.stdout);
    assert_eq!(rows.iter().filter(|r| r.2).count(), 2, "{listing:?}");
    let pid = rows.iter().find(|r| r.0 == 1).unwrap().1;
    assert_eq!(unsafe { libc::kill(pid, libc::SIGKILL) }, 0);
    let deadline = Instant::now() + Duration::from_secs(10);
    while mvbasic::host::phantom::is_alive(pid, 0) {
        assert!(
            Instant::now() < deadline,
            "phantom 1 (pid {pid}) survived SIGKILL"
        );
        std::thread::sleep(Duration::from_millis(10));
    }
    for i in 0..20 {
        assert_eq!(
            ask_worker(port).as_deref(),
            Some("USER 2"),
            "connection {i} after killing worker 1"
        );
    }
    let listing = acct.exec("LIST.PHANTOMS", LIMIT);
    let rows = phantom_rows(&listing.stdout);
    assert!(rows.contains(&(1, pid, false)), "{listing:?}");

    let stopped = acct.exec("STOP.PHANTOM ALL", LIMIT);
    assert!(
        stopped.stdout.contains("Stopped phantom user 2"),
        "{stopped:?}"
    );
    assert!(
        ask_worker(port).is_none(),
        "port still served after STOP.PHANTOM ALL"
    );
    let listing = acct.exec("LIST.PHANTOMS", LIMIT);
    assert!(
        phantom_rows(&listing.stdout).iter().all(|r| !r.2),
        "{listing:?}"
    );
}

/// Asks a TLS worker (verifying it against the account's CA) for its reply.
fn ask_tls_worker(ctx: i32, port: u16) -> Option<String> {
    use mvbasic::net;
    let skt = net::open_secure_socket(b"127.0.0.1", port as i64, net::keys::SKT_BLOCKING, ctx)
        .handle()?;
    let mut text = Vec::new();
    loop {
        let r = net::read_socket(skt, 4096, net::keys::SKT_BLOCKING, 10_000);
        match r.bytes() {
            Some(b) if r.status == 0 => text.extend_from_slice(b),
            _ => break,
        }
    }
    net::close_socket(skt);
    Some(String::from_utf8_lossy(&text).trim_end().to_string()).filter(|t| !t.is_empty())
}

#[test]
fn two_tls_phantom_workers_started_from_the_shell_share_a_port() {
    let acct = Account::new("phantom-tls");
    let _cleanup = StopPhantoms(&acct);
    let port = free_port();
    for n in 1..=2 {
        let out = acct.exec(&format!("PHANTOM RUN BP PH.WORKER {port} TLS"), LIMIT);
        assert_eq!(out.stdout, format!("Started phantom user {n}\n"), "{out:?}");
    }
    let ca = acct.path().join("certs/ca.pem");
    let opts = format!("CA={}", ca.display());
    let ctx = mvbasic::net::create_client_security_context(opts.as_bytes())
        .handle()
        .expect("client context");
    let want: BTreeSet<String> = ["USER 1".to_string(), "USER 2".to_string()].into();
    let mut seen = BTreeSet::new();
    let deadline = Instant::now() + Duration::from_secs(30);
    while seen != want {
        assert!(Instant::now() < deadline, "only {seen:?} answered over TLS");
        if let Some(reply) = ask_tls_worker(ctx, port) {
            assert!(want.contains(&reply), "unexpected reply {reply}");
            seen.insert(reply);
        }
    }
    let stopped = acct.exec("STOP.PHANTOM ALL", LIMIT);
    assert!(
        stopped.stdout.contains("Stopped phantom user 1")
            && stopped.stdout.contains("Stopped phantom user 2"),
        "{stopped:?}"
    );
}

#[test]
fn phantom_output_goes_to_its_como_log() {
    let acct = Account::new("phantom-log");
    let _cleanup = StopPhantoms(&acct);
    let started = acct.exec("PHANTOM RUN BP PH.HELLO", LIMIT);
    assert!(started.status.success(), "{started:?}");
    let n: u32 = started
        .stdout
        .trim()
        .strip_prefix("Started phantom user ")
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("{started:?}"));
    let want = format!("hello from phantom user {n}");
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let logs: Vec<String> = std::fs::read_dir(acct.path().join("$COMO"))
            .map(|rd| {
                rd.filter_map(|e| std::fs::read_to_string(e.ok()?.path()).ok())
                    .collect()
            })
            .unwrap_or_default();
        if logs.iter().any(|l| l.contains(&want)) {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "no $COMO log holds '{want}': {logs:?}"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn bad_calls_set_status_and_never_crash() {
    let acct = Account::new("bad");
    acct.run("BAD.CALLS", &[], LIMIT)
        .assert_passed(&["DONE 0 failure(s)", "OK released socket is closed"]);
}

/// `openssl s_client` to 127.0.0.1:`port` with `-sess_in`/`-sess_out`
/// files; returns s_client's output.
fn s_client_session(acct: &Account, port: u16, sess: &[&str]) -> String {
    let mut c = Command::new("openssl");
    c.args(["s_client", "-connect", &format!("127.0.0.1:{port}")])
        .args([
            "-servername",
            "localhost",
            "-CAfile",
            "certs/ca.pem",
            "-ign_eof",
        ])
        .args(sess)
        .current_dir(acct.path());
    let out = Proc::spawn_with_input(c, "openssl s_client", b"ping\n").finish(LIMIT);
    assert!(out.status.success(), "{out:?}");
    assert!(out.stdout.contains("ECHO:ping"), "{out:?}");
    out.stdout
}

#[test]
fn two_basic_servers_sharing_ticket_keys_resume_each_others_sessions() {
    let acct = Account::new("tickets");
    let keys = format!("{}{}\n", "0f".repeat(16), "5a".repeat(32));
    std::fs::write(acct.path().join("certs/ticket.keys"), keys).unwrap();
    let (pa, pb) = (free_port(), free_port());
    let mut a = acct.spawn("TICKET.SERVER", &[&pa.to_string(), "1"]);
    let mut b = acct.spawn("TICKET.SERVER", &[&pb.to_string(), "1"]);
    wait_listening(pa, &mut a, READY);
    wait_listening(pb, &mut b, READY);
    let first = s_client_session(&acct, pa, &["-sess_out", "sess.pem"]);
    assert!(first.contains("New, TLS"), "{first}");
    let second = s_client_session(&acct, pb, &["-sess_in", "sess.pem"]);
    assert!(second.contains("Reused, TLS"), "{second}");
    a.finish(LIMIT).assert_passed(&["OK served resumed=0"]);
    b.finish(LIMIT).assert_passed(&["OK served resumed=1"]);
}
