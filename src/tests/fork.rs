//! The library starts no threads: a context made before fork() serves
//! handshakes in the children, and two children share one port with
//! SO_REUSEPORT. The children use only objects private to this test (not
//! the handle table), so other test threads cannot hold a lock they need.

use crate::codes::MVTLS_LISTEN_REUSEPORT;
use crate::connection::Connection;
use crate::context::Context;
use crate::listener::Listener;
use crate::net::Deadline;
use std::collections::HashSet;
use std::sync::Arc;

/// Child body: listen, signal readiness on `ready_fd`, serve until idle.
fn child(ctx: Arc<Context>, port: u16, ready_fd: i32) -> ! {
    // Drop sockets inherited from tests running in parallel threads, so
    // their peers see the closes they expect.
    for fd in 3..4096 {
        if fd != ready_fd {
            // SAFETY: closing descriptors this process does not use.
            unsafe { libc::close(fd) };
        }
    }
    let code = match Listener::bind(
        Some("127.0.0.1"),
        port as i32,
        0,
        MVTLS_LISTEN_REUSEPORT,
        Some((ctx, 1)),
    ) {
        Ok(l) => {
            // SAFETY: writing one byte from a valid buffer to our pipe end.
            unsafe { libc::write(ready_fd, b"r".as_ptr().cast(), 1) };
            let pid = std::process::id().to_be_bytes();
            let mut served = 0;
            while let Ok(c) = l.accept(Deadline::from_ms(2000)) {
                let mut b = [0u8; 1];
                if c.read(&mut b, Deadline::from_ms(2000)).is_ok()
                    && c.write(&pid, Deadline::from_ms(2000)).is_ok()
                {
                    served += 1;
                }
                c.close();
            }
            if served > 0 {
                0
            } else {
                3
            }
        }
        Err(_) => 2,
    };
    // SAFETY: leave the forked test process without running the harness.
    unsafe { libc::_exit(code) }
}

#[test]
fn forked_children_share_a_port_with_a_context_made_before_fork() {
    let set = crate::devcert::generate(&["localhost"]).unwrap();
    let ctx =
        Arc::new(Context::new_server(&set.server_chain_pem, &set.server_key_pem, None).unwrap());
    let dir = crate::devcert::tests_tmpdir("fork");
    std::fs::write(dir.join("ca.pem"), &set.ca_pem).unwrap();
    let cctx = Arc::new(
        Context::new_client(Some(&format!("CA={}", dir.join("ca.pem").display()))).unwrap(),
    );
    let port = {
        let probe = Listener::bind(Some("127.0.0.1"), 0, 0, MVTLS_LISTEN_REUSEPORT, None).unwrap();
        probe.local_addr().port()
    };
    let mut fds = [0i32; 2];
    // SAFETY: fds is a valid array of two ints.
    assert_eq!(unsafe { libc::pipe(fds.as_mut_ptr()) }, 0);
    let mut pids = Vec::new();
    for _ in 0..2 {
        // SAFETY: the child only runs `child`, which ends in _exit.
        let pid = unsafe { libc::fork() };
        assert!(pid >= 0, "fork failed");
        if pid == 0 {
            child(ctx.clone(), port, fds[1]);
        }
        pids.push(pid);
    }
    // Wait for both children to listen.
    let mut got = 0;
    while got < 2 {
        let mut b = [0u8; 2];
        // SAFETY: reading into a valid buffer from our pipe end.
        let n = unsafe { libc::read(fds[0], b.as_mut_ptr().cast(), 2) };
        assert!(n > 0, "a child failed to listen");
        got += n;
    }
    let mut seen = HashSet::new();
    for _ in 0..24 {
        let c = Connection::connect(
            "localhost",
            port,
            Deadline::from_ms(5000),
            Some((cctx.clone(), 2)),
        )
        .unwrap();
        c.write(b"?", Deadline::from_ms(5000)).unwrap();
        let mut pid = [0u8; 4];
        let mut off = 0;
        while off < 4 {
            off += c.read(&mut pid[off..], Deadline::from_ms(5000)).unwrap();
        }
        seen.insert(i32::from_be_bytes(pid));
        c.close();
    }
    for pid in &pids {
        let mut status = 0;
        // SAFETY: waiting for our own child.
        assert_eq!(unsafe { libc::waitpid(*pid, &mut status, 0) }, *pid);
        assert!(
            libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
            "child {pid} status {status:#x}"
        );
    }
    // SAFETY: closing our pipe ends.
    unsafe {
        libc::close(fds[0]);
        libc::close(fds[1]);
    }
    let want: HashSet<i32> = pids.into_iter().collect();
    assert_eq!(seen, want, "both children must have served clients");
}

fn cpu_ms() -> u64 {
    // SAFETY: getrusage fills the zeroed struct.
    let mut u: libc::rusage = unsafe { std::mem::zeroed() };
    unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut u) };
    let t = |tv: libc::timeval| tv.tv_sec as u64 * 1000 + tv.tv_usec as u64 / 1000;
    t(u.ru_utime) + t(u.ru_stime)
}

/// Out of descriptors: accept(2) fails with EMFILE while a client waits in
/// the kernel queue. `accept` must time out normally instead of spinning on
/// the readable listening socket. Runs in a child so the descriptor limit
/// does not touch other tests.
#[test]
fn accept_does_not_spin_when_out_of_descriptors() {
    let l = Listener::bind(Some("127.0.0.1"), 0, 0, 0, None).unwrap();
    let port = l.local_addr().port();
    let _client = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
    // SAFETY: the child only runs the block below, which ends in _exit.
    let pid = unsafe { libc::fork() };
    assert!(pid >= 0);
    if pid == 0 {
        // Use up every descriptor.
        while unsafe { libc::dup(0) } >= 0 {}
        let before = cpu_ms();
        let r = l.accept(Deadline::from_ms(600));
        let used = cpu_ms() - before;
        let code = match r {
            Err(e) if e.code == crate::codes::MVTLS_ERR_TIMEOUT && used < 300 => 0,
            Err(_) => 10 + (used / 100).min(50) as i32,
            Ok(_) => 99,
        };
        // SAFETY: leave the forked test process without running the harness.
        unsafe { libc::_exit(code) }
    }
    let mut status = 0;
    // SAFETY: waiting for our own child.
    assert_eq!(unsafe { libc::waitpid(pid, &mut status, 0) }, pid);
    assert!(libc::WIFEXITED(status), "status {status:#x}");
    let code = libc::WEXITSTATUS(status);
    assert_eq!(
        code,
        0,
        "child exit {code}: 10+ = timed out but burned ~{}00 ms CPU; 99 = accepted",
        code - 10
    );
}
