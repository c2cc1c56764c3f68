//! Running BASIC test programs (`tests/basic_net/BP`) with the real
//! `mvbasic` binary: a throw-away account per test, child processes that
//! are always killed, free ports and a readiness check on listening ports.

use super::{library_path, temp_dir, use_real_library, TempDir};
use std::io::Read;
use std::net::TcpListener;
use std::os::fd::AsRawFd;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// The mvbasic executable cargo built for this test run.
pub fn mvbasic() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_mvbasic"))
}

/// A temporary account: `BP` holds the test programs, `SYSCOM` the
/// socket include record, `certs` a development CA and a server
/// certificate for localhost / 127.0.0.1, `certs2` an unrelated CA.
pub struct Account {
    dir: TempDir,
}

impl Account {
    /// Creates the account for test `name`.
    pub fn new(name: &str) -> Account {
        use_real_library();
        let dir = temp_dir(&format!("basic-{name}"));
        let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
        copy_dir(&root.join("tests/basic_net/BP"), &dir.join("BP"));
        std::fs::create_dir_all(dir.join("SYSCOM")).unwrap();
        std::fs::copy(
            root.join("../basic/SYSCOM/SOCKETS.H"),
            dir.join("SYSCOM/SOCKETS.H"),
        )
        .expect("basic/SYSCOM/SOCKETS.H");
        for certs in ["certs", "certs2"] {
            let d = dir.join(certs);
            std::fs::create_dir_all(&d).unwrap();
            mvbasic::net::mvtls::dev_certs_write(
                d.to_str().unwrap().as_bytes(),
                b"localhost,127.0.0.1",
            )
            .expect("dev certs");
        }
        Account { dir }
    }

    /// The account directory.
    pub fn path(&self) -> &Path {
        &self.dir
    }

    /// A `mvbasic --account <dir> <args...>` command run in the account.
    pub fn command(&self, args: &[&str]) -> Command {
        let mut c = Command::new(mvbasic());
        c.arg("--account")
            .arg(self.path())
            .args(args)
            .current_dir(self.path())
            .env("MVTLS_LIB", library_path());
        c.env_remove("MVBASIC_USERNO").env_remove("MVBASIC_PHANTOM");
        c
    }

    /// Starts `RUN BP <prog> <args>` in the background.
    pub fn spawn(&self, prog: &str, args: &[&str]) -> Proc {
        let mut c = self.command(&["run", &format!("BP/{prog}")]);
        c.args(args);
        Proc::spawn(c, prog)
    }

    /// Runs `RUN BP <prog> <args>` to completion (at most `limit`).
    pub fn run(&self, prog: &str, args: &[&str], limit: Duration) -> Output {
        self.spawn(prog, args).finish(limit)
    }

    /// Runs one command line with `mvbasic exec` (as EXECUTE would).
    pub fn exec(&self, line: &str, limit: Duration) -> Output {
        Proc::spawn(self.command(&["exec", line]), line).finish(limit)
    }
}

/// What a finished program printed.
#[derive(Debug)]
pub struct Output {
    /// Name shown in assertion messages.
    pub name: String,
    /// Exit status.
    pub status: ExitStatus,
    /// Standard output.
    pub stdout: String,
    /// Standard error.
    pub stderr: String,
}

impl Output {
    /// Asserts a clean run of a self-checking BASIC program: exit status 0,
    /// no `FAIL` line, a `DONE` line, and every line of `expect` present
    /// (as a substring of some line).
    pub fn assert_passed(&self, expect: &[&str]) -> &Self {
        let all = format!(
            "{}: status {:?}\n--- stdout\n{}--- stderr\n{}",
            self.name, self.status, self.stdout, self.stderr
        );
        assert!(self.status.success(), "{all}");
        assert!(!self.stdout.lines().any(|l| l.starts_with("FAIL")), "{all}");
        assert!(
            self.stdout.lines().any(|l| l.starts_with("DONE")),
            "no DONE line: {all}"
        );
        for e in expect {
            assert!(self.stdout.contains(e), "missing '{e}': {all}");
        }
        self
    }
}

/// A child process that is killed (and reaped) when dropped.
pub struct Proc {
    name: String,
    child: Option<Child>,
}

impl Proc {
    /// Spawns `cmd` with piped stdout/stderr and null stdin.
    pub fn spawn(mut cmd: Command, name: &str) -> Proc {
        cmd.stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let child = cmd
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {name}: {e}"));
        Proc {
            name: name.to_string(),
            child: Some(child),
        }
    }

    /// Spawns `cmd` with `input` written to its stdin.
    pub fn spawn_with_input(mut cmd: Command, name: &str, input: &[u8]) -> Proc {
        use std::io::Write;
        cmd.stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = cmd
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {name}: {e}"));
        let mut stdin = child.stdin.take().unwrap();
        stdin.write_all(input).unwrap();
        drop(stdin);
        Proc {
            name: name.to_string(),
            child: Some(child),
        }
    }

    /// The process id.
    pub fn id(&self) -> u32 {
        self.child.as_ref().map(|c| c.id()).unwrap_or(0)
    }

    /// Waits for the process to end (killing it after `limit`, which fails
    /// the test) and collects its output.
    pub fn finish(mut self, limit: Duration) -> Output {
        let mut child = self.child.take().unwrap();
        let mut out = child.stdout.take().unwrap();
        let mut err = child.stderr.take().unwrap();
        let t_out = std::thread::spawn(move || {
            let mut s = Vec::new();
            let _ = out.read_to_end(&mut s);
            s
        });
        let t_err = std::thread::spawn(move || {
            let mut s = Vec::new();
            let _ = err.read_to_end(&mut s);
            s
        });
        let deadline = Instant::now() + limit;
        let status = loop {
            if let Some(s) = child.try_wait().unwrap() {
                break s;
            }
            if Instant::now() >= deadline {
                let _ = child.kill();
                let _ = child.wait();
                let o = String::from_utf8_lossy(&t_out.join().unwrap()).into_owned();
                let e = String::from_utf8_lossy(&t_err.join().unwrap()).into_owned();
                panic!(
                    "{} did not finish within {limit:?}\n--- stdout\n{o}--- stderr\n{e}",
                    self.name
                );
            }
            std::thread::sleep(Duration::from_millis(10));
        };
        Output {
            name: self.name.clone(),
            status,
            stdout: String::from_utf8_lossy(&t_out.join().unwrap()).into_owned(),
            stderr: String::from_utf8_lossy(&t_err.join().unwrap()).into_owned(),
        }
    }
}

impl Drop for Proc {
    fn drop(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }
}

/// A TCP port free for a test server, never handed out twice while this
/// test process lives: taken from below the ephemeral range and reserved
/// with an flock on `$TMPDIR/mvbasic-test-ports/<port>`, so parallel tests
/// and other test processes never share one. (Two tests once drew the same
/// `bind(0)` port and a plain-socket client talked to a TLS server.)
pub fn free_port() -> u16 {
    static NEXT: AtomicU32 = AtomicU32::new(0);
    static HELD: Mutex<Vec<std::fs::File>> = Mutex::new(Vec::new());
    let (low, high) = test_port_range();
    let span = u32::from(high - low);
    let dir = std::env::temp_dir().join("mvbasic-test-ports");
    std::fs::create_dir_all(&dir).unwrap();
    let start = std::process::id() % span;
    for _ in 0..span {
        let n = NEXT.fetch_add(1, Ordering::Relaxed);
        let port = low + ((start + n) % span) as u16;
        let lock = std::fs::File::create(dir.join(port.to_string())).unwrap();
        // SAFETY: flock on a descriptor this function owns.
        if unsafe { libc::flock(lock.as_raw_fd(), libc::LOCK_EX | libc::LOCK_NB) } != 0 {
            continue;
        }
        if TcpListener::bind(("0.0.0.0", port)).is_ok() {
            HELD.lock().unwrap().push(lock);
            return port;
        }
    }
    panic!("no free test port in {low}..{high}");
}

/// Ports below the kernel's ephemeral range (at most 12,000 of them):
/// neither an outgoing connection nor a `bind(0)` elsewhere takes one.
fn test_port_range() -> (u16, u16) {
    let text = std::fs::read_to_string("/proc/sys/net/ipv4/ip_local_port_range").unwrap();
    let ephemeral_low: u16 = text.split_whitespace().next().unwrap().parse().unwrap();
    let high = ephemeral_low.min(32768);
    let low = high.saturating_sub(12000).max(10000);
    assert!(low < high, "no room below ephemeral port {ephemeral_low}");
    (low, high)
}

/// True if some socket is listening on TCP `port` (per /proc/net/tcp and
/// tcp6), without connecting to it.
pub fn is_listening(port: u16) -> bool {
    !listening_inodes(port).is_empty()
}

/// Socket inodes listening on TCP `port` (per /proc/net/tcp and tcp6).
fn listening_inodes(port: u16) -> Vec<String> {
    let want = format!(":{port:04X}");
    ["/proc/net/tcp", "/proc/net/tcp6"]
        .iter()
        .flat_map(|f| {
            let text = std::fs::read_to_string(f).unwrap_or_default();
            text.lines()
                .skip(1)
                .filter_map(|l| {
                    let cols: Vec<&str> = l.split_whitespace().collect();
                    let ours = cols.len() > 9 && cols[1].ends_with(&want) && cols[3] == "0A";
                    ours.then(|| cols[9].to_string())
                })
                .collect::<Vec<_>>()
        })
        .collect()
}

/// True if process `pid` holds one of `inodes` among its descriptors.
fn holds_socket(pid: u32, inodes: &[String]) -> bool {
    let Ok(fds) = std::fs::read_dir(format!("/proc/{pid}/fd")) else {
        return false;
    };
    fds.flatten().any(|fd| {
        std::fs::read_link(fd.path())
            .map(|l| {
                inodes
                    .iter()
                    .any(|i| l.to_string_lossy() == format!("socket:[{i}]"))
            })
            .unwrap_or(false)
    })
}

/// Waits until `port` is listening; panics after `limit` (or if `proc`
/// ends first, showing its output).
pub fn wait_listening(port: u16, proc: &mut Proc, limit: Duration) {
    let deadline = Instant::now() + limit;
    while !is_listening(port) {
        let ended = proc
            .child
            .as_mut()
            .map(|c| c.try_wait().unwrap().is_some())
            .unwrap_or(true);
        if ended {
            let p = Proc {
                name: proc.name.clone(),
                child: proc.child.take(),
            };
            let o = p.finish(Duration::from_secs(5));
            panic!("{} ended before listening on port {port}: {o:?}", o.name);
        }
        assert!(
            Instant::now() < deadline,
            "nothing listens on port {port} after {limit:?}"
        );
        std::thread::sleep(Duration::from_millis(10));
    }
    // A stranger on the port would answer for the server under test.
    if let Some(pid) = proc.child.as_ref().map(|c| c.id()) {
        assert!(
            holds_socket(pid, &listening_inodes(port)),
            "port {port} is listened on by a process other than {}",
            proc.name
        );
    }
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap_or_else(|e| panic!("{}: {e}", from.display())) {
        let e = e.unwrap();
        std::fs::copy(e.path(), to.join(e.file_name())).unwrap();
    }
}
