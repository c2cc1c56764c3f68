//! Shared helpers for the integration tests: temporary accounts, running
//! the mvbasic binary, readable byte diffs.

#![allow(dead_code)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

static SEQ: AtomicUsize = AtomicUsize::new(0);

/// A temporary account directory, removed on drop.
pub struct TempAccount {
    /// Its path.
    pub path: PathBuf,
}

/// Output of a run.
pub struct RunOut {
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    pub status: Option<i32>,
}

impl TempAccount {
    /// Creates a fresh account with an empty BP directory file.
    pub fn new(tag: &str) -> TempAccount {
        let n = SEQ.fetch_add(1, Ordering::SeqCst);
        let path =
            std::env::temp_dir().join(format!("mvbasic-test-{}-{}-{}", std::process::id(), tag, n));
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(path.join("BP")).expect("create account");
        TempAccount { path }
    }

    /// Writes an item into a directory file of the account.
    pub fn put(&self, file: &str, item: &str, data: &[u8]) {
        let d = self.path.join(file);
        std::fs::create_dir_all(&d).unwrap();
        std::fs::write(d.join(item), data).unwrap();
    }

    /// Writes support item `item` into BP and, as ScarletDME's `sdrun`
    /// does for the expected outputs, catalogues it LOCAL when one of its
    /// first five lines starts with SUBROUTINE or FUNCTION (CATALOGUED()
    /// then sees what ScarletDME saw).
    pub fn put_support(&self, item: &str, data: &[u8]) -> Result<(), String> {
        self.put("BP", item, data);
        let catalogued = String::from_utf8_lossy(data).lines().take(5).any(|l| {
            let w = l.trim_start().to_ascii_uppercase();
            w.starts_with("SUBROUTINE") || w.starts_with("FUNCTION")
        });
        if catalogued {
            let path = self.path.join("BP").join(item);
            let local = mvbasic::host::catalog::Scope::Local;
            mvbasic::host::catalog::add(&self.path, item, &path, local)
                .map_err(|e| format!("cataloguing {item}: {e}"))?;
        }
        Ok(())
    }

    /// Runs `mvbasic run PROG ARGS` from the account with empty stdin.
    pub fn run(&self, prog: &str, args: &[&str]) -> RunOut {
        run_in(&self.path, &["run", prog], args, b"")
    }

    /// Runs with the given stdin bytes.
    pub fn run_stdin(&self, prog: &str, stdin: &[u8]) -> RunOut {
        run_in(&self.path, &["run", prog], &[], stdin)
    }
}

impl Drop for TempAccount {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.path);
    }
}

/// Runs the mvbasic binary in `dir`.
pub fn run_in(dir: &Path, pre: &[&str], args: &[&str], stdin: &[u8]) -> RunOut {
    let mut child = Command::new(env!("CARGO_BIN_EXE_mvbasic"))
        .args(pre)
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn mvbasic");
    if let Some(mut si) = child.stdin.take() {
        let _ = si.write_all(stdin);
    }
    // Watchdog: a program that loops forever (a runtime bug) must fail the
    // test, not hang the suite. It kills by pid only while the child runs.
    let pid = child.id() as i32;
    let done = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let flag = done.clone();
    let watchdog = std::thread::spawn(move || {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(RUN_LIMIT_SECS);
        while std::time::Instant::now() < deadline {
            if flag.load(std::sync::atomic::Ordering::SeqCst) {
                return false;
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        let _ = Command::new("kill")
            .args(["-KILL", &pid.to_string()])
            .status();
        true
    });
    let out = child.wait_with_output().expect("wait mvbasic");
    done.store(true, std::sync::atomic::Ordering::SeqCst);
    let killed = watchdog.join().unwrap_or(false);
    let mut stderr = out.stderr;
    if killed {
        stderr.extend_from_slice(format!("\n[killed after {} s]\n", RUN_LIMIT_SECS).as_bytes());
    }
    RunOut {
        stdout: out.stdout,
        stderr,
        status: out.status.code(),
    }
}

/// How long one mvbasic run may take before the watchdog kills it.
const RUN_LIMIT_SECS: u64 = 120;

fn show(line: &[u8]) -> String {
    let mut s = String::new();
    for &c in line {
        match c {
            0x20..=0x7e => s.push(c as char),
            b'\t' => s.push_str("\\t"),
            _ => s.push_str(&format!("\\x{:02X}", c)),
        }
    }
    s
}

/// A readable line diff of two byte strings (first differences).
pub fn diff(expected: &[u8], actual: &[u8]) -> String {
    let e: Vec<&[u8]> = expected.split(|&c| c == b'\n').collect();
    let a: Vec<&[u8]> = actual.split(|&c| c == b'\n').collect();
    let mut out = String::new();
    let mut shown = 0;
    for i in 0..e.len().max(a.len()) {
        let (x, y) = (e.get(i), a.get(i));
        if x != y {
            out.push_str(&format!(
                "  line {}:\n    expected: {}\n    actual:   {}\n",
                i + 1,
                x.map(|l| show(l)).unwrap_or_else(|| "<none>".into()),
                y.map(|l| show(l)).unwrap_or_else(|| "<none>".into())
            ));
            shown += 1;
            if shown >= 8 {
                out.push_str("  ...\n");
                break;
            }
        }
    }
    out
}
