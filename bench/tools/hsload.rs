//! hsload - full-handshake load generator for `bench/` (built as the cargo
//! example `hsload` of mvtls: `cargo build --release --example hsload`).
//!
//! Every connection is a new TCP connection with a full TLS 1.3 handshake
//! (no resumption: the client keeps no sessions), X25519 only (what OpenSSL
//! 3.0 clients such as wrk and curl negotiate), one `GET PATH` with
//! `Connection: close`, read to the end. Threads run connections one after
//! the other, so `-c` is the concurrency.
//!
//! The client skips certificate *and* CertificateVerify signature checks.
//! That does not change the server's work (it still signs every handshake)
//! but roughly halves the client's: an OpenSSL client (wrk) spends more CPU
//! per handshake than the server, so on a small machine the load generator,
//! not the server, set the handshake rate. This is a benchmark tool, never a
//! way to talk to a server one trusts.
//!
//! Usage: hsload HOST:PORT [-c CONNS] [-d SECONDS] [-p PATH] [-t SECONDS_WARMUP]
//!               [-s PID,PID...] [-m tls | flights | plain:PATTERN]
//! `-m flights` makes one TLS connection and prints its byte flights
//! (`c243,s1180,...`: bytes the client sent, then received, in order);
//! `-m plain:PATTERN` replays such flights over plain TCP against
//! `tcpfloor` (no TLS) to measure the kernel's share of a handshake.
//! Prints one line: `handshakes N errors E seconds S rate R client_cpu_pct C
//! server_cpu_s T server_cpu_ticks_s K server_user_ticks_s U
//! server_sys_ticks_s S` (C: this process's user+system time over wall time,
//! in % of one core; T: CPU seconds the server processes given with -s used
//! in the same window, from the scheduler's run time in
//! /proc/PID/task/*/sched where shown, else utime+stime of /proc/PID/stat;
//! K: always the latter, clock-tick resolution, U and S its user and system
//! parts; -1 without -s).

use rustls::pki_types::ServerName;
use rustls::ClientConfig;
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Accepts any certificate and signature (load generation only).
#[path = "bench_client.rs"]
mod bench_client;
use bench_client::client_config;

/// One connection: handshake, request, response to the end.
fn one(addr: SocketAddr, cfg: &Arc<ClientConfig>, request: &[u8]) -> std::io::Result<()> {
    let tcp = TcpStream::connect(addr)?;
    tcp.set_nodelay(true)?;
    tcp.set_read_timeout(Some(Duration::from_secs(10)))?;
    let name = ServerName::try_from("localhost").expect("name");
    let conn = rustls::ClientConnection::new(cfg.clone(), name).map_err(std::io::Error::other)?;
    let mut tls = rustls::StreamOwned::new(conn, tcp);
    // Queued now, sent right after the client's Finished.
    tls.write_all(request)?;
    let mut buf = [0u8; 4096];
    let (mut got, mut ok) = (0usize, false);
    loop {
        match tls.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => {
                ok |= got == 0 && buf[..n].starts_with(b"HTTP/1.1 200");
                got += n;
            }
            // A server that closes without close_notify after a complete
            // response still counts: the handshake is what is measured.
            Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof && got > 0 => break,
            Err(e) => return Err(e),
        }
    }
    if ok {
        Ok(())
    } else {
        Err(std::io::Error::other("no 200 response"))
    }
}

/// A socket that records the byte flights through it: consecutive reads
/// (or writes) add up to one flight.
struct Recording {
    tcp: TcpStream,
    flights: Vec<(char, usize)>,
}

impl Recording {
    fn note(&mut self, dir: char, n: usize) {
        match self.flights.last_mut() {
            Some((d, total)) if *d == dir => *total += n,
            _ if n > 0 => self.flights.push((dir, n)),
            _ => {}
        }
    }
}

impl Read for Recording {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.tcp.read(buf)?;
        self.note('s', n);
        Ok(n)
    }
}

impl Write for Recording {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.tcp.write(buf)?;
        self.note('c', n);
        Ok(n)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.tcp.flush()
    }
}

/// One TLS connection like `one`, returning its flights as `c243,s1180,...`.
fn flights(addr: SocketAddr, cfg: &Arc<ClientConfig>, request: &[u8]) -> std::io::Result<String> {
    let tcp = TcpStream::connect(addr)?;
    tcp.set_nodelay(true)?;
    tcp.set_read_timeout(Some(Duration::from_secs(10)))?;
    let name = ServerName::try_from("localhost").expect("name");
    let conn = rustls::ClientConnection::new(cfg.clone(), name).map_err(std::io::Error::other)?;
    let sock = Recording {
        tcp,
        flights: Vec::new(),
    };
    let mut tls = rustls::StreamOwned::new(conn, sock);
    tls.write_all(request)?;
    let mut buf = [0u8; 4096];
    loop {
        match tls.read(&mut buf) {
            Ok(0) => break,
            Ok(_) => {}
            Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => break,
            Err(e) => return Err(e),
        }
    }
    let text: Vec<String> = tls
        .sock
        .flights
        .iter()
        .map(|(d, n)| format!("{d}{n}"))
        .collect();
    Ok(text.join(","))
}

/// One plain TCP connection replaying `pattern` (from `flights`) against
/// `tcpfloor`: the same segments as a handshake, without TLS.
fn one_plain(addr: SocketAddr, pattern: &[(char, usize)]) -> std::io::Result<()> {
    let mut tcp = TcpStream::connect(addr)?;
    tcp.set_nodelay(true)?;
    tcp.set_read_timeout(Some(Duration::from_secs(10)))?;
    let mut buf = [0x16u8; 16384];
    for &(dir, n) in pattern {
        let mut left = n;
        while left > 0 {
            let k = left.min(buf.len());
            if dir == 'c' {
                tcp.write_all(&buf[..k])?;
                left -= k;
            } else {
                match tcp.read(&mut buf[..k])? {
                    0 => return Err(std::io::Error::other("tcpfloor closed early")),
                    got => left -= got,
                }
            }
        }
    }
    // the server closes after its last flight
    match tcp.read(&mut buf)? {
        0 => Ok(()),
        _ => Err(std::io::Error::other("tcpfloor sent more than the pattern")),
    }
}

fn cpu_seconds() -> f64 {
    // SAFETY: getrusage writes into the zeroed struct we pass.
    let mut ru: libc::rusage = unsafe { std::mem::zeroed() };
    unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut ru) };
    let t = |v: libc::timeval| v.tv_sec as f64 + v.tv_usec as f64 / 1e6;
    t(ru.ru_utime) + t(ru.ru_stime)
}

/// CPU seconds used so far by the processes `pids` (all their threads), two
/// ways: (exact, user, system). `exact` sums `se.sum_exec_runtime` of
/// /proc/PID/task/TID/sched (nanosecond resolution; None when the kernel
/// does not show it); `user` and `system` are utime and stime of
/// /proc/PID/stat (clock-tick resolution, 10 ms: coarse when the server gets
/// little CPU; the kernel's TCP work is in `system`).
fn server_seconds(pids: &[u32]) -> (Option<f64>, f64, f64) {
    // SAFETY: sysconf has no preconditions.
    let hz = unsafe { libc::sysconf(libc::_SC_CLK_TCK) }.max(1) as f64;
    let (mut user, mut sys, mut exact_ms, mut exact_ok) = (0u64, 0u64, 0.0f64, !pids.is_empty());
    for p in pids {
        if let Ok(stat) = std::fs::read_to_string(format!("/proc/{p}/stat")) {
            // after "pid (comm) ": state is field 3; utime 14 and stime 15
            if let Some((_, rest)) = stat.rsplit_once(')') {
                let f: Vec<&str> = rest.split_whitespace().collect();
                user += f.get(11).and_then(|v| v.parse::<u64>().ok()).unwrap_or(0);
                sys += f.get(12).and_then(|v| v.parse::<u64>().ok()).unwrap_or(0);
            }
        }
        let Ok(tasks) = std::fs::read_dir(format!("/proc/{p}/task")) else {
            continue;
        };
        for t in tasks.flatten() {
            let sched = std::fs::read_to_string(t.path().join("sched")).unwrap_or_default();
            let v = sched
                .lines()
                .find(|l| l.starts_with("se.sum_exec_runtime"))
                .and_then(|l| l.rsplit(':').next())
                .and_then(|v| v.trim().parse::<f64>().ok());
            match v {
                Some(ms) => exact_ms += ms,
                None => exact_ok = false,
            }
        }
    }
    (
        exact_ok.then_some(exact_ms / 1e3),
        user as f64 / hz,
        sys as f64 / hz,
    )
}

/// `c243,s1180,...` as (direction, bytes) pairs.
fn parse_flights(text: &str) -> Option<Vec<(char, usize)>> {
    let v: Option<Vec<_>> = text
        .split(',')
        .map(|f| {
            let d = f.chars().next().filter(|d| *d == 'c' || *d == 's')?;
            Some((d, f.get(1..)?.parse().ok()?))
        })
        .collect();
    v.filter(|v| !v.is_empty())
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let usage = || -> ! {
        eprintln!(
            "usage: hsload HOST:PORT [-c CONNS] [-d SECONDS] [-p PATH] [-t WARMUP_SECONDS] \
             [-s PID,...] [-m tls|flights|plain:PATTERN]"
        );
        std::process::exit(2)
    };
    let Some(target) = args.get(1) else { usage() };
    let addr: SocketAddr = target.parse().unwrap_or_else(|_| usage());
    let (mut conns, mut secs, mut path, mut warm) = (16usize, 4.0f64, "/small".to_string(), 0.0);
    let mut server: Vec<u32> = Vec::new();
    let mut mode = "tls".to_string();
    let mut i = 2;
    while i + 1 < args.len() {
        let v = &args[i + 1];
        match args[i].as_str() {
            "-c" => conns = v.parse().unwrap_or_else(|_| usage()),
            "-d" => secs = v.parse().unwrap_or_else(|_| usage()),
            "-p" => path = v.clone(),
            "-t" => warm = v.parse().unwrap_or_else(|_| usage()),
            "-m" => mode = v.clone(),
            "-s" => {
                server = v
                    .split(',')
                    .map(|p| p.trim().parse().unwrap_or_else(|_| usage()))
                    .collect()
            }
            _ => usage(),
        }
        i += 2;
    }
    if i != args.len() || conns == 0 {
        usage()
    }
    let request =
        format!("GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").into_bytes();
    let cfg = client_config();
    if mode == "flights" {
        match flights(addr, &cfg, &request) {
            Ok(p) => println!("{p}"),
            Err(e) => {
                eprintln!("hsload: {e}");
                std::process::exit(1)
            }
        }
        return;
    }
    let plain: Option<Arc<Vec<(char, usize)>>> = match mode.strip_prefix("plain:") {
        Some(p) => Some(Arc::new(parse_flights(p).unwrap_or_else(|| usage()))),
        None if mode == "tls" => None,
        None => usage(),
    };
    let counting = Arc::new(AtomicBool::new(warm <= 0.0));
    let stop = Arc::new(AtomicBool::new(false));
    let done = Arc::new(AtomicU64::new(0));
    let errors = Arc::new(AtomicU64::new(0));
    let threads: Vec<_> = (0..conns)
        .map(|_| {
            let (cfg, request, plain) = (cfg.clone(), request.clone(), plain.clone());
            let (counting, stop) = (counting.clone(), stop.clone());
            let (done, errors) = (done.clone(), errors.clone());
            std::thread::spawn(move || {
                while !stop.load(Ordering::Relaxed) {
                    let r = match &plain {
                        Some(p) => one_plain(addr, p),
                        None => one(addr, &cfg, &request),
                    };
                    if counting.load(Ordering::Relaxed) {
                        match r {
                            Ok(()) => done.fetch_add(1, Ordering::Relaxed),
                            Err(_) => errors.fetch_add(1, Ordering::Relaxed),
                        };
                    }
                }
            })
        })
        .collect();
    if warm > 0.0 {
        std::thread::sleep(Duration::from_secs_f64(warm));
        counting.store(true, Ordering::Relaxed);
    }
    let (t0, c0, s0) = (Instant::now(), cpu_seconds(), server_seconds(&server));
    let (d0, e0) = (done.load(Ordering::Relaxed), errors.load(Ordering::Relaxed));
    std::thread::sleep(Duration::from_secs_f64(secs));
    let (d1, e1) = (done.load(Ordering::Relaxed), errors.load(Ordering::Relaxed));
    let (wall, cpu) = (t0.elapsed().as_secs_f64(), cpu_seconds() - c0);
    let s1 = server_seconds(&server);
    // exact when the kernel shows it at both ends, else clock ticks
    let ticks = (s1.1 + s1.2) - (s0.1 + s0.2);
    let (srv, srv_ticks, srv_user, srv_sys) = match (s0.0, s1.0, server.is_empty()) {
        (_, _, true) => (-1.0, -1.0, -1.0, -1.0),
        (Some(a), Some(b), _) => (b - a, ticks, s1.1 - s0.1, s1.2 - s0.2),
        _ => (ticks, ticks, s1.1 - s0.1, s1.2 - s0.2),
    };
    stop.store(true, Ordering::Relaxed);
    for t in threads {
        let _ = t.join();
    }
    let n = d1 - d0;
    println!(
        "handshakes {n} errors {} seconds {wall:.3} rate {:.1} client_cpu_pct {:.1} \
         server_cpu_s {srv:.4} server_cpu_ticks_s {srv_ticks:.2} server_user_ticks_s {srv_user:.2} \
         server_sys_ticks_s {srv_sys:.2}",
        e1 - e0,
        n as f64 / wall,
        100.0 * cpu / wall
    );
}
