//! The account's lock file: one byte-range lock (POSIX `fcntl`) per lock.
//!
//! Every mvbasic process of an account opens `<account>/.mvbasic-locks`
//! once and keeps it open until it ends. A lock is a shared (`F_RDLCK`) or
//! exclusive (`F_WRLCK`) record lock on one byte of that file; the kernel
//! resolves conflicts between processes, makes waiters sleep until the byte
//! is free, reports who holds a byte (`F_GETLK` gives the pid) and drops
//! every lock of a process when it ends, however it ends (a killed process
//! never leaves a lock behind). Locks of one process never conflict with
//! each other: [`super::locks`] keeps that process's own table.
//!
//! POSIX locks belong to the (process, file) pair and closing *any*
//! descriptor of the file drops all of them, so the descriptor is opened
//! once per process and account and never closed (the registry of
//! [`super::locks`]).

use std::fs::{File, OpenOptions};
use std::os::unix::io::AsRawFd;
use std::path::Path;

/// Name of the lock file in the account directory.
pub const LOCK_FILE: &str = ".mvbasic-locks";

/// A lock's kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Shared: any number of processes may hold it together.
    Shared,
    /// Exclusive: one process only.
    Exclusive,
}

/// What holds a byte another process wants.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Holder {
    /// The holding process.
    pub pid: i32,
    /// How it holds it.
    pub kind: Kind,
}

/// The account's lock file as this process holds it open.
#[derive(Debug)]
pub struct LockFile {
    file: File,
}

impl LockFile {
    /// Opens (creating it when missing) the lock file of `account`. The
    /// caller keeps it for the life of the process ([`super::locks`]'s
    /// registry): closing it would drop every lock the process holds.
    pub fn open(account: &Path) -> std::io::Result<LockFile> {
        // close-on-exec (the std default): a child process inherits no
        // locks anyway (POSIX locks are not inherited across fork)
        let file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(account.join(LOCK_FILE))?;
        Ok(LockFile { file })
    }

    fn fcntl(&self, cmd: libc::c_int, typ: libc::c_int, at: i64) -> std::io::Result<libc::flock> {
        // SAFETY: a zeroed flock is a valid value of this plain C struct
        let mut fl: libc::flock = unsafe { std::mem::zeroed() };
        fl.l_type = typ as libc::c_short;
        fl.l_whence = libc::SEEK_SET as libc::c_short;
        fl.l_start = at as libc::off_t;
        fl.l_len = 1;
        loop {
            // SAFETY: fcntl on a descriptor this struct owns, with a
            // pointer to a live flock
            let r = unsafe { libc::fcntl(self.file.as_raw_fd(), cmd, &mut fl) };
            if r != -1 {
                return Ok(fl);
            }
            let e = std::io::Error::last_os_error();
            if e.kind() != std::io::ErrorKind::Interrupted {
                return Err(e);
            }
        }
    }

    /// Takes byte `at` without waiting; `Ok(false)` when another process
    /// holds it in a conflicting way.
    pub fn try_lock(&self, at: i64, kind: Kind) -> std::io::Result<bool> {
        match self.fcntl(libc::F_SETLK, typ(kind), at) {
            Ok(_) => Ok(true),
            Err(e) if matches!(e.raw_os_error(), Some(libc::EAGAIN) | Some(libc::EACCES)) => {
                Ok(false)
            }
            Err(e) => Err(e),
        }
    }

    /// Takes byte `at`, sleeping until no other process holds it in a
    /// conflicting way. When the kernel sees a deadlock (EDEADLK) it waits
    /// on by polling, as ScarletDME (without its deadlock option) does.
    pub fn lock_wait(&self, at: i64, kind: Kind) -> std::io::Result<()> {
        match self.fcntl(libc::F_SETLKW, typ(kind), at) {
            Ok(_) => Ok(()),
            Err(e) if e.raw_os_error() == Some(libc::EDEADLK) => loop {
                if self.try_lock(at, kind)? {
                    return Ok(());
                }
                std::thread::sleep(std::time::Duration::from_millis(100));
            },
            Err(e) => Err(e),
        }
    }

    /// Releases byte `at` (no-op when not held).
    pub fn unlock(&self, at: i64) {
        let _ = self.fcntl(libc::F_SETLK, libc::F_UNLCK, at);
    }

    /// Who else holds byte `at` in a way that conflicts with `kind`
    /// (`Shared`: an exclusive holder; `Exclusive`: any holder).
    pub fn holder(&self, at: i64, kind: Kind) -> Option<Holder> {
        let fl = self.fcntl(libc::F_GETLK, typ(kind), at).ok()?;
        match fl.l_type as libc::c_int {
            libc::F_RDLCK => Some(Holder {
                pid: fl.l_pid,
                kind: Kind::Shared,
            }),
            libc::F_WRLCK => Some(Holder {
                pid: fl.l_pid,
                kind: Kind::Exclusive,
            }),
            _ => None,
        }
    }
}

fn typ(kind: Kind) -> libc::c_int {
    match kind {
        Kind::Shared => libc::F_RDLCK,
        Kind::Exclusive => libc::F_WRLCK,
    }
}

/// Byte of task lock `n` (0..=63).
pub fn task_byte(n: u8) -> i64 {
    n as i64
}

/// Byte of a file's own lock (FILELOCK exclusive; shared while this process
/// holds record locks in it, so FILELOCK conflicts with other processes'
/// record locks).
pub fn file_byte(file: &[u8]) -> i64 {
    (1 << 60) + (fnv(&[file]) & ((1 << 60) - 1)) as i64
}

/// Byte of record `id` of a file.
pub fn record_byte(file: &[u8], id: &[u8]) -> i64 {
    (1 << 61) + (fnv(&[file, b"\0", id]) & ((1 << 61) - 1)) as i64
}

/// FNV-1a, 64 bits: the same in every process and every build.
fn fnv(parts: &[&[u8]]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for p in parts {
        for &b in *p {
            h ^= b as u64;
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_of_files_records_and_tasks_never_overlap() {
        assert_eq!(task_byte(63), 63);
        let f = file_byte(b"/acct/F");
        assert!((1 << 60..1 << 61).contains(&f));
        let r = record_byte(b"/acct/F", b"1");
        assert!((1 << 61..1 << 62).contains(&r));
        assert_ne!(record_byte(b"/acct/F", b"1"), record_byte(b"/acct/F", b"2"));
        assert_ne!(record_byte(b"/acct/F", b"1"), record_byte(b"/acct/G", b"1"));
    }
}
