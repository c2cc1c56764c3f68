//! PHANTOM start / LIST.PHANTOMS / STOP.PHANTOM with trivial shell commands
//! (the launcher is `/bin/sh -c`, standing in for mvbasic's command runner).

use mvbasic::host::phantom::{self, Launcher};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

fn account(name: &str) -> PathBuf {
    let dir =
        std::env::temp_dir().join(format!("mvbasic-net-phantom-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn sh() -> Launcher {
    Launcher {
        program: "/bin/sh".into(),
        args: vec!["-c".into()],
    }
}

/// Waits until `cond` holds (bounded), polling.
fn wait_for(limit: Duration, mut cond: impl FnMut() -> bool) -> bool {
    let end = Instant::now() + limit;
    while Instant::now() < end {
        if cond() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    cond()
}

fn read(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap_or_default()
}

#[test]
fn phantom_start_list_stop() {
    let acc = account("sls");
    let out = phantom::execute(
        "PHANTOM echo user=$MVBASIC_USERNO phantom=$MVBASIC_PHANTOM; exec sleep 30",
        &acc,
        &sh(),
    )
    .unwrap();
    assert_eq!(out.output, "Started phantom user 1\n");
    assert_eq!(out.return_code, 1);
    let second = phantom::execute("PHANTOM exec sleep 30", &acc, &sh()).unwrap();
    assert_eq!(second.return_code, 2, "user numbers are unique");

    let entries = phantom::list(&acc);
    assert_eq!(entries.len(), 2);
    assert!(entries.iter().all(|e| e.alive));
    assert_eq!(
        entries[0].command,
        "echo user=$MVBASIC_USERNO phantom=$MVBASIC_PHANTOM; exec sleep 30"
    );
    // The log is in $COMO, named PH<n>_<date>_<time>, and got the output.
    let log = entries[0].log.clone();
    assert!(log.starts_with(acc.join("$COMO")));
    assert!(log
        .file_name()
        .unwrap()
        .to_str()
        .unwrap()
        .starts_with("PH1_"));
    assert!(
        wait_for(Duration::from_secs(5), || read(&log)
            .contains("user=1 phantom=1")),
        "log: {:?}",
        read(&log)
    );

    // Detached: its own session.
    let pid = entries[0].pid;
    let sid = unsafe { libc::getsid(pid) };
    assert_eq!(sid, pid, "phantom leads its own session");

    let listing = phantom::execute("LIST.PHANTOMS", &acc, &sh()).unwrap();
    assert!(listing.output.contains("sleep 30"), "{}", listing.output);
    assert_eq!(listing.return_code, 2);

    let stopped = phantom::execute("STOP.PHANTOM 1", &acc, &sh()).unwrap();
    assert_eq!(stopped.output, "Stopped phantom user 1\n");
    assert!(
        !phantom::is_alive(pid, 0),
        "process is gone after STOP.PHANTOM"
    );
    assert_eq!(phantom::list(&acc).len(), 1, "entry removed");

    // Number 1 is free again.
    let again = phantom::execute("PHANTOM exec sleep 30", &acc, &sh()).unwrap();
    assert_eq!(again.return_code, 1);
    let all = phantom::execute("STOP.PHANTOM ALL", &acc, &sh()).unwrap();
    assert_eq!(all.return_code, 2);
    assert!(phantom::list(&acc).is_empty());
    let _ = std::fs::remove_dir_all(&acc);
}

#[test]
fn phantom_that_ignores_sigterm_is_killed() {
    let acc = account("kill");
    let s = phantom::start(
        &acc,
        "trap '' TERM; echo ready; while :; do sleep 1; done",
        &sh(),
    )
    .unwrap();
    assert!(wait_for(Duration::from_secs(5), || read(&s.log).contains("ready")));
    let t = Instant::now();
    assert!(phantom::stop(&acc, s.userno, Duration::from_millis(300)).unwrap());
    assert!(!phantom::is_alive(s.pid, 0));
    assert!(t.elapsed() < Duration::from_secs(5));
    let _ = std::fs::remove_dir_all(&acc);
}

#[test]
fn finished_phantom_is_listed_dead_and_number_reused() {
    let acc = account("dead");
    let s = phantom::start(&acc, "echo done", &sh()).unwrap();
    assert!(wait_for(Duration::from_secs(5), || !phantom::is_alive(
        s.pid, 0
    )));
    let e = phantom::list(&acc);
    assert_eq!(e.len(), 1);
    assert!(!e[0].alive);
    let s2 = phantom::start(&acc, "exec sleep 30", &sh()).unwrap();
    assert_eq!(s2.userno, s.userno, "a dead phantom's number is reused");
    phantom::stop(&acc, s2.userno, Duration::from_secs(1)).unwrap();
    let _ = std::fs::remove_dir_all(&acc);
}

#[test]
fn phantom_inherits_no_descriptors() {
    use std::os::unix::io::AsRawFd;
    let acc = account("fds");
    // A listening socket and a file, deliberately made inheritable.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let file = std::fs::File::open("/etc/hostname")
        .or_else(|_| std::fs::File::open("/etc/passwd"))
        .unwrap();
    for fd in [listener.as_raw_fd(), file.as_raw_fd()] {
        unsafe { libc::fcntl(fd, libc::F_SETFD, 0) };
    }
    let s = phantom::start(
        &acc,
        "ls /proc/self/fd | tr '\\n' ' '; echo; echo end",
        &sh(),
    )
    .unwrap();
    assert!(wait_for(Duration::from_secs(5), || read(&s.log).contains("end")));
    let text = read(&s.log);
    let fds: Vec<i32> = text
        .lines()
        .next()
        .unwrap()
        .split_whitespace()
        .filter_map(|t| t.parse().ok())
        .collect();
    // 0, 1, 2 and the one `ls` opens to read /proc/self/fd.
    assert!(
        fds.iter().filter(|&&f| f > 2).count() <= 1,
        "phantom saw descriptors {fds:?}"
    );
    assert!(!fds.contains(&listener.as_raw_fd()) || listener.as_raw_fd() <= 3);
    let _ = std::fs::remove_dir_all(&acc);
}

#[test]
fn phantom_errors() {
    let acc = account("err");
    let missing = phantom::execute("PHANTOM", &acc, &sh()).unwrap();
    assert_eq!(missing.return_code, -1, "ER$ARGS");
    let bad = Launcher {
        program: "/nonexistent/mvbasic".into(),
        args: vec![],
    };
    let r = phantom::execute("PHANTOM RUN BP X", &acc, &bad).unwrap();
    assert_eq!(r.return_code, -10, "ER$PROCESS: {}", r.output);
    let unknown = phantom::execute("STOP.PHANTOM 42", &acc, &sh()).unwrap();
    assert_eq!(unknown.return_code, -1004);
    let usage = phantom::execute("STOP.PHANTOM x", &acc, &sh()).unwrap();
    assert_eq!(usage.return_code, -1);
    assert!(phantom::execute("LIST", &acc, &sh()).is_none());
    let _ = std::fs::remove_dir_all(&acc);
}
