//! The event-loop API through the C ABI: `mvtls_poll_events`,
//! `mvtls_write_some`, `mvtls_flush`, `mvtls_pending_output`, the
//! handshake step bound, and close waking blocked threads.

use super::*;
use crate::codes::*;
use std::thread;
use std::time::{Duration, Instant};

/// `mvtls_poll_events` over `hs` / `evs`: (return value, status, revents).
fn poll_ev(hs: &[i32], evs: &[i32], timeout: i32) -> (i32, i32, Vec<i32>) {
    let mut rev = vec![-1i32; hs.len()];
    let n = unsafe {
        mvtls_poll_events(
            hs.as_ptr(),
            evs.as_ptr(),
            hs.len() as i32,
            rev.as_mut_ptr(),
            timeout,
        )
    };
    (n, mvtls_status(), rev)
}

fn write_some(c: i32, data: &[u8]) -> (i32, i32) {
    let n = unsafe { mvtls_write_some(c, data.as_ptr(), data.len() as i32) };
    (n, mvtls_status())
}

/// A byte pattern that shows reordering or loss.
fn pattern(len: usize) -> Vec<u8> {
    (0..len as u32)
        .map(|i| (i.wrapping_mul(2654435761) >> 11) as u8)
        .collect()
}

/// Writes with `mvtls_write_some` until it would block; returns the bytes
/// accepted (a prefix of `data`).
fn fill(s: i32, data: &[u8]) -> usize {
    let mut pos = 0;
    loop {
        assert!(
            pos < data.len(),
            "the peer took {pos} bytes without reading"
        );
        let end = (pos + (32 << 10)).min(data.len());
        let (n, st) = write_some(s, &data[pos..end]);
        if n == 0 {
            assert_eq!(st, MVTLS_ERR_TIMEOUT, "{}", err_text());
            assert!(err_text().contains("would block"), "{}", err_text());
            return pos;
        }
        assert!(n > 0, "write_some: {st} {}", err_text());
        assert_eq!(st, 0);
        pos += n as usize;
    }
}

/// Fills `s` (whose client does not read) until not even a wait makes
/// room: the kernel may still move bytes towards the client after a fill.
/// Returns the bytes taken from `data`.
fn stall(s: i32, data: &[u8], limit: i32) -> usize {
    let mut taken = 0;
    for round in 0.. {
        assert!(round < 1000, "the idle client keeps taking data");
        taken += fill(s, &data[taken..]);
        let pending = mvtls_pending_output(s);
        assert!(
            pending >= limit && pending <= limit + 4096,
            "pending {pending} with limit {limit}"
        );
        assert_eq!(info(s, MVTLS_INFO_OUTPUT_PENDING), pending.to_string());
        // Not writable while the client does not read.
        let (n, st, rev) = poll_ev(&[s], &[MVTLS_POLL_WRITE], 200);
        if n == 0 {
            assert_eq!(st, MVTLS_ERR_TIMEOUT);
            assert_eq!(rev, vec![-1], "revents untouched on timeout");
            return taken;
        }
        assert_eq!((n, rev[0]), (1, MVTLS_POLL_WRITE));
    }
    unreachable!()
}

#[test]
fn a_client_that_stops_reading_does_not_hold_the_server() {
    let d = certs("ev-stall", "localhost");
    let sctx = server_ctx(&d, "");
    let cctx = client_ctx(&d, "");
    for (sc, cc) in [(0, 0), (sctx, cctx)] {
        let (l, port) = listen(sc);
        let (s, c) = pair(l, port, cc, "localhost");
        let (s2, c2) = pair(l, port, cc, "localhost");
        let limit = 64 << 10;
        assert_eq!(mvtls_set_option(s, MVTLS_OPT_OUTPUT_LIMIT, limit), 0);
        let data = pattern(64 << 20);
        let taken = stall(s, &data, limit);
        // The same thread serves another client meanwhile.
        let talker = thread::spawn(move || {
            write_all(c2, b"hi");
            read_exact(c2, 3)
        });
        let mut taken = taken;
        loop {
            let (n, st, rev) = poll_ev(&[s, s2], &[MVTLS_POLL_WRITE, MVTLS_POLL_READ], 10_000);
            assert!(n >= 1, "{st} {}", err_text());
            if rev[0] & MVTLS_POLL_WRITE != 0 {
                // The kernel made room after all: keep the buffer full.
                taken += fill(s, &data[taken..]);
            }
            if rev[1] == MVTLS_POLL_READ {
                break;
            }
        }
        assert_eq!(read_exact(s2, 2), b"hi");
        write_all(s2, b"bye");
        assert_eq!(talker.join().unwrap(), b"bye");
        // The client starts reading: the connection becomes writable and
        // everything accepted arrives, in order.
        let reader = thread::spawn(move || read_exact(c, taken));
        let (n, _, rev) = poll_ev(&[s], &[MVTLS_POLL_WRITE], 10_000);
        assert_eq!((n, rev[0]), (1, MVTLS_POLL_WRITE), "{}", err_text());
        assert_eq!(mvtls_flush(s, 10_000), 0, "{}", err_text());
        assert_eq!(mvtls_pending_output(s), 0);
        assert!(reader.join().unwrap() == data[..taken], "bytes differ");
        // Empty writes take nothing and succeed.
        assert_eq!(write_some(s, &[]), (0, 0));
        for h in [s, c, s2, c2, l] {
            assert_eq!(mvtls_close(h), 0);
        }
    }
    mvtls_context_free(sctx);
    mvtls_context_free(cctx);
}

#[test]
fn a_blocking_read_sends_buffered_output_meanwhile() {
    // Request/response on one thread: the response is partly buffered by
    // write_some, then the server blocks reading the next request, which
    // the client sends only after receiving the whole response.
    let d = certs("ev-readflush", "localhost");
    let sctx = server_ctx(&d, "");
    let cctx = client_ctx(&d, "");
    for (sc, cc) in [(0, 0), (sctx, cctx)] {
        let (l, port) = listen(sc);
        let (s, c) = pair(l, port, cc, "localhost");
        let data = pattern(64 << 20);
        let taken = fill(s, &data);
        assert!(mvtls_pending_output(s) > 0);
        let client = thread::spawn(move || {
            let got = read_exact(c, taken);
            write_all(c, b"next");
            (got, c)
        });
        assert_eq!(read_exact(s, 4), b"next");
        let (got, c) = client.join().unwrap();
        assert!(got == data[..taken], "bytes differ");
        assert_eq!(mvtls_pending_output(s), 0);
        // A blocking write leaves nothing buffered.
        write_all(s, &data[..100_000]);
        assert_eq!(mvtls_pending_output(s), 0);
        assert!(read_exact(c, 100_000) == data[..100_000]);
        for h in [s, c, l] {
            mvtls_close(h);
        }
    }
    mvtls_context_free(sctx);
    mvtls_context_free(cctx);
}

#[test]
fn hang_up_reset_and_closed_handles_are_reported() {
    let d = certs("ev-hup", "localhost");
    let sctx = server_ctx(&d, "");
    let cctx = client_ctx(&d, "");
    for (sc, cc) in [(0, 0), (sctx, cctx)] {
        let (l, port) = listen(sc);
        // Peer closes after sending data: READ, then READ|HUP once read.
        let (s, c) = pair(l, port, cc, "localhost");
        // The client takes what the server sent after the handshake (TLS
        // session tickets): closing a socket with unread data resets it.
        assert_eq!(read_once(c, 100), (-1, MVTLS_ERR_TIMEOUT));
        write_all(c, b"last words");
        assert_eq!(mvtls_close(c), 0);
        let (n, _, rev) = poll_ev(&[s], &[MVTLS_POLL_READ], 5000);
        assert_eq!(n, 1, "{}", err_text());
        assert_ne!(rev[0] & MVTLS_POLL_READ, 0);
        assert_eq!(read_exact(s, 10), b"last words");
        // With the data read, READ comes back only with the end of stream.
        let (n, _, rev) = poll_ev(&[s], &[MVTLS_POLL_READ], 5000);
        assert_eq!(n, 1);
        assert_eq!(
            rev[0],
            MVTLS_POLL_READ | MVTLS_POLL_HUP,
            "secure {}: revents {:#x}",
            sc != 0,
            rev[0]
        );
        // WRITE is reported along with it (the peer's reading side is
        // not known to be gone until a send fails).
        let (n, _, rev) = poll_ev(&[s], &[MVTLS_POLL_READ | MVTLS_POLL_WRITE], 0);
        assert_eq!(
            (n, rev[0]),
            (1, MVTLS_POLL_READ | MVTLS_POLL_HUP | MVTLS_POLL_WRITE)
        );
        assert_eq!(read_once(s, 0), (0, MVTLS_ERR_CLOSED));
        // Writing to the gone peer fails (7013); then ERR is reported.
        let chunk = vec![1u8; 1 << 16];
        let mut failed = 0;
        for _ in 0..10_000 {
            let (n, st) = write_some(s, &chunk);
            if n < 0 {
                failed = st;
                break;
            }
            if n == 0 {
                let _ = poll_ev(&[s], &[MVTLS_POLL_WRITE], 100);
            }
        }
        assert_eq!(failed, MVTLS_ERR_CLOSED, "{}", err_text());
        let (n, _, rev) = poll_ev(&[s], &[MVTLS_POLL_WRITE], 5000);
        assert_eq!((n, rev[0] & MVTLS_POLL_ERR), (1, MVTLS_POLL_ERR));
        assert_eq!(rev[0] & MVTLS_POLL_WRITE, 0);
        assert_eq!(write_some(s, b"x"), (-1, MVTLS_ERR_CLOSED));
        assert_eq!(mvtls_flush(s, 0), -1);
        assert_eq!(mvtls_status(), MVTLS_ERR_CLOSED);
        mvtls_close(s);

        // Closed by another thread while polled: NVAL.
        let (s, c) = pair(l, port, cc, "localhost");
        let poller = start(move || poll_ev(&[s], &[MVTLS_POLL_READ], -1));
        thread::sleep(Duration::from_millis(50)); // let it block (same outcome if not)
        assert_eq!(mvtls_close(s), 0);
        let (n, st, rev) = outcome(poller, "poll");
        // Either woken with NVAL, or called after the close (stale handle).
        assert!(
            (n, st, rev[0]) == (1, 0, MVTLS_POLL_NVAL) || (n, st) == (-1, MVTLS_ERR_BAD_HANDLE),
            "{n} {st} {rev:?}"
        );
        mvtls_close(c);
        mvtls_close(l);
    }
    mvtls_context_free(sctx);
    mvtls_context_free(cctx);
}

#[test]
fn a_reset_peer_is_an_error_event() {
    let (l, port) = listen(0);
    let raw = std::net::TcpStream::connect(("127.0.0.1", port as u16)).unwrap();
    let s = mvtls_accept(l, 5000);
    assert!(s > 0);
    socket2::SockRef::from(&raw)
        .set_linger(Some(Duration::ZERO))
        .unwrap();
    drop(raw); // RST
    let (n, _, rev) = poll_ev(&[s], &[MVTLS_POLL_READ], 5000);
    assert_eq!(n, 1);
    assert_ne!(rev[0] & MVTLS_POLL_READ, 0);
    assert_ne!(
        rev[0] & (MVTLS_POLL_ERR | MVTLS_POLL_HUP),
        0,
        "{:#x}",
        rev[0]
    );
    let (k, st) = read_once(s, 0);
    assert!(
        k <= 0 && (st == MVTLS_ERR_RECV || st == MVTLS_ERR_CLOSED),
        "{k} {st}"
    );
    mvtls_close(s);
    mvtls_close(l);
}

#[test]
fn handshake_work_per_call_is_bounded_and_ready_connections_come_first() {
    let d = certs("ev-steps", "localhost");
    let sctx = server_ctx(&d, "");
    let cctx = client_ctx(&d, "");
    let (l, port) = listen(sctx);
    let (s, c) = pair(l, port, cctx, "localhost");
    assert_eq!(mvtls_set_option(l, MVTLS_OPT_HANDSHAKE_STEPS, 1), 0);
    // A keep-alive connection with a request waiting (never read here, so
    // it stays ready through the whole test).
    write_all(c, b"GET");
    let (n, _, _) = poll_ev(&[s], &[MVTLS_POLL_READ], 5000);
    assert_eq!(n, 1);
    let k = 8;
    let clients: Vec<_> = (0..k)
        .map(|_| thread::spawn(move || connect("localhost", port, 30_000, cctx)))
        .collect();
    let steps = |l| info(l, MVTLS_INFO_HANDSHAKE_STEPS).parse::<u64>().unwrap();
    let mut accepted = Vec::new();
    let t0 = Instant::now();
    let mut calls = 0;
    while accepted.len() < k {
        assert!(t0.elapsed() < Duration::from_secs(60), "handshakes starved");
        let before = steps(l);
        let (n, st, rev) = poll_ev(&[l, s], &[MVTLS_POLL_READ, MVTLS_POLL_READ], -1);
        calls += 1;
        assert!(n >= 1, "{st} {}", err_text());
        assert_eq!(
            rev[1], MVTLS_POLL_READ,
            "the ready connection is always reported"
        );
        assert!(
            steps(l) - before <= 1,
            "one poll call ran {} steps",
            steps(l) - before
        );
        if rev[0] & MVTLS_POLL_READ != 0 {
            let before = steps(l);
            let h = mvtls_accept(l, 0);
            assert!(h > 0, "{}", err_text());
            assert_eq!(
                steps(l),
                before,
                "a queued connection is handed out without handshake work"
            );
            accepted.push(h);
        }
    }
    for t in clients {
        let (h, st, text) = t.join().unwrap();
        assert!(h > 0, "{st} {text}");
        mvtls_close(h);
    }
    eprintln!("{k} handshakes with 1 step per call took {calls} poll calls");
    // accept with timeout 0 also runs at most the bound.
    assert_eq!(mvtls_accept(l, 0), 0);
    assert_eq!(mvtls_status(), MVTLS_ERR_TIMEOUT);
    for h in accepted.into_iter().chain([s, c, l]) {
        mvtls_close(h);
    }
    mvtls_context_free(sctx);
    mvtls_context_free(cctx);
}

#[test]
fn close_wakes_blocked_writers_flushers_and_pollers_at_once() {
    let (l, port) = listen(0);
    let (s, c) = pair(l, port, 0, "127.0.0.1");
    assert_eq!(mvtls_set_option(s, MVTLS_OPT_OUTPUT_LIMIT, 65536), 0);
    let data = pattern(64 << 20);
    stall(s, &data, 65536);
    // Waits with no timeout: only a wake-up can end them (there is no
    // periodic re-check), so returning at all proves the close woke them.
    let writer = start(move || {
        let big = vec![0u8; 1 << 20];
        let n = unsafe { mvtls_write(s, big.as_ptr(), big.len() as i32, -1) };
        (n, mvtls_status(), Instant::now())
    });
    let flusher = start(move || (mvtls_flush(s, -1), mvtls_status(), Instant::now()));
    let poller = start(move || {
        let (n, st, rev) = poll_ev(&[s], &[MVTLS_POLL_WRITE], -1);
        (n, st, rev[0], Instant::now())
    });
    thread::sleep(Duration::from_millis(100)); // let them block (the outcome is the same if not)
    let t0 = Instant::now();
    assert_eq!(mvtls_close(s), 0);
    let (n, st, t_w) = outcome(writer, "write");
    assert_eq!((n, st), (-1, MVTLS_ERR_BAD_HANDLE));
    let (n, st, t_f) = outcome(flusher, "flush");
    assert_eq!((n, st), (-1, MVTLS_ERR_BAD_HANDLE));
    let (n, st, rev, t_p) = outcome(poller, "poll");
    assert!(
        (n, st, rev) == (1, 0, MVTLS_POLL_NVAL) || (n, st) == (-1, MVTLS_ERR_BAD_HANDLE),
        "{n} {st} {rev}"
    );
    let worst = [t_w, t_f, t_p]
        .iter()
        .map(|t| t.duration_since(t0))
        .max()
        .unwrap();
    eprintln!("close woke 3 blocked threads within {worst:?}");
    mvtls_close(c);
    mvtls_close(l);
}

#[test]
fn option_and_event_arguments_are_checked() {
    let (l, port) = listen(0);
    let (s, c) = pair(l, port, 0, "127.0.0.1");
    for (h, key, value, want) in [
        (s, MVTLS_OPT_OUTPUT_LIMIT, 0, MVTLS_ERR_PARAMS),
        (s, MVTLS_OPT_OUTPUT_LIMIT, (64 << 20) + 1, MVTLS_ERR_PARAMS),
        (s, MVTLS_OPT_OUTPUT_LIMIT, -5, MVTLS_ERR_PARAMS),
        (l, MVTLS_OPT_HANDSHAKE_STEPS, -1, MVTLS_ERR_PARAMS),
        (l, MVTLS_OPT_HANDSHAKE_STEPS, 65536, MVTLS_ERR_PARAMS),
        (l, MVTLS_OPT_NODELAY, 1, MVTLS_ERR_WRONG_KIND),
        (l, MVTLS_OPT_OUTPUT_LIMIT, 100, MVTLS_ERR_WRONG_KIND),
        (s, MVTLS_OPT_HANDSHAKE_STEPS, 1, MVTLS_ERR_WRONG_KIND),
        (s, 99, 1, MVTLS_ERR_BAD_KEY),
        (l, 99, 1, MVTLS_ERR_BAD_KEY),
    ] {
        assert_eq!(
            mvtls_set_option(h, key, value),
            -1,
            "key {key} value {value}"
        );
        assert_eq!(
            mvtls_status(),
            want,
            "key {key} value {value}: {}",
            err_text()
        );
    }
    for (h, key, value) in [
        (s, MVTLS_OPT_OUTPUT_LIMIT, 1),
        (s, MVTLS_OPT_OUTPUT_LIMIT, 64 << 20),
        (l, MVTLS_OPT_HANDSHAKE_STEPS, 0),
        (l, MVTLS_OPT_HANDSHAKE_STEPS, 65535),
    ] {
        assert_eq!(mvtls_set_option(h, key, value), 0, "{}", err_text());
    }
    assert_eq!(info(l, MVTLS_INFO_HANDSHAKE_STEPS), "0");
    assert_eq!(info(s, MVTLS_INFO_OUTPUT_PENDING), "0");
    assert_eq!(
        unsafe { mvtls_info(l, MVTLS_INFO_OUTPUT_PENDING, std::ptr::null_mut(), 0) },
        -1
    );
    assert_eq!(mvtls_status(), MVTLS_ERR_BAD_KEY);
    assert_eq!(
        unsafe { mvtls_info(s, MVTLS_INFO_HANDSHAKE_STEPS, std::ptr::null_mut(), 0) },
        -1
    );
    assert_eq!(mvtls_status(), MVTLS_ERR_BAD_KEY);
    for (hs, evs) in [
        (vec![l], vec![MVTLS_POLL_WRITE]),
        (vec![s], vec![MVTLS_POLL_HUP]),
        (vec![s, l], vec![MVTLS_POLL_READ, 64]),
        (vec![s], vec![-1]),
    ] {
        let (n, st, rev) = poll_ev(&hs, &evs, 0);
        assert_eq!((n, st), (-1, MVTLS_ERR_PARAMS), "{evs:?}");
        assert!(rev.iter().all(|&r| r == -1));
    }
    // Nothing asked for and nothing happening: a timeout.
    assert_eq!(poll_ev(&[s, l], &[0, 0], 0).1, MVTLS_ERR_TIMEOUT);
    // The events array may double as revents.
    let mut both = [MVTLS_POLL_WRITE];
    let p = both.as_mut_ptr();
    let n = unsafe { mvtls_poll_events([s].as_ptr(), p, 1, p, 0) };
    assert_eq!((n, both[0]), (1, MVTLS_POLL_WRITE));
    for h in [s, c, l] {
        mvtls_close(h);
    }
    assert_eq!(mvtls_pending_output(s), -1);
    assert_eq!(mvtls_status(), MVTLS_ERR_BAD_HANDLE);
}
