//! Record locks, file locks and task locks as ScarletDME keeps them, shared
//! by every mvbasic process of an account.
//!
//! Each process keeps its own locks here (which file variable took each, and
//! in which transaction) and holds them in the kernel through the account's
//! lock file ([`super::lock_bytes`]), so that other processes see them,
//! wait for them, and lose them when the process ends:
//!
//! * a record lock (READU/READL, RECORDLOCKU/L, MATREADU/L, READVU/L) is a
//!   byte of the record, exclusive (update) or shared (READL), plus a shared
//!   hold on the file's byte while the process has any record lock in the
//!   file;
//! * a file lock (FILELOCK) is the file's byte held exclusively: it waits
//!   for (or, with LOCKED, is refused by) other processes' record locks in
//!   the file and keeps their new record locks out;
//! * task lock `n` (LOCK n, 0..=63) is byte `n`, exclusive.
//!
//! ScarletDME's rules: a process never conflicts with itself; READL of a
//! record it holds for update turns the lock into a shared one; a lock
//! belongs to the file variable that first took it, and RELEASE file or the
//! file variable's last reference going away releases the locks it holds.
//! Files are known by their directory's canonical path, so two OPENs of a
//! file (by any VOC name, in any process of the account) meet at one lock.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

use super::lock_bytes::{self, Kind, LockFile};
use crate::status_codes::{ER_LCK, ER_NLK};

/// The lock states RECORDLOCKED() returns (ScarletDME's KEYS.H).
pub mod state {
    /// Another process holds the file lock.
    pub const OTHER_FILELOCK: i64 = -3;
    /// Another process holds an update lock on the record.
    pub const OTHER_READU: i64 = -2;
    /// Another process holds a shared lock on the record.
    pub const OTHER_READL: i64 = -1;
    /// Not locked.
    pub const NO_LOCK: i64 = 0;
    /// This process holds a shared lock.
    pub const MY_READL: i64 = 1;
    /// This process holds an update lock.
    pub const MY_READU: i64 = 2;
    /// This process holds the file lock.
    pub const MY_FILELOCK: i64 = 3;
}

/// Who holds a lock that was wanted: this process or another one (by pid).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Owner {
    /// This process.
    Me,
    /// Another process.
    Pid(i32),
}

#[derive(Clone, Copy, Debug)]
struct RecLock {
    update: bool,
    fvar: u64,
    txn: u64,
}

#[derive(Clone, Copy, Debug)]
struct FileLock {
    fvar: u64,
    txn: u64,
}

#[derive(Default, Debug)]
struct State {
    records: HashMap<(Vec<u8>, Vec<u8>), RecLock>,
    files: HashMap<Vec<u8>, FileLock>,
    /// How this process holds each file's byte now.
    file_bytes: HashMap<Vec<u8>, Kind>,
    tasks: u64,
    next_fvar: u64,
}

/// The locks of this process in one account.
#[derive(Debug)]
pub struct Locks {
    /// The kernel side; `None` when the account's lock file could not be
    /// opened (a read-only account): locks are then this process's only.
    bytes: Option<LockFile>,
    state: Mutex<State>,
}

impl Default for Locks {
    /// A table of this process's locks only (no lock file).
    fn default() -> Locks {
        Locks {
            bytes: None,
            state: Mutex::new(State::default()),
        }
    }
}

/// Lock tables by account: one per process, kept until the process ends
/// (dropping one would close the lock file and so drop the kernel locks).
fn registry() -> &'static Mutex<HashMap<PathBuf, Arc<Locks>>> {
    static R: OnceLock<Mutex<HashMap<PathBuf, Arc<Locks>>>> = OnceLock::new();
    R.get_or_init(|| Mutex::new(HashMap::new()))
}

/// A file's key in the lock table: its directory's canonical path.
pub fn file_key(dir: &Path) -> Vec<u8> {
    use std::os::unix::ffi::OsStrExt;
    std::fs::canonicalize(dir)
        .unwrap_or_else(|_| dir.to_path_buf())
        .as_os_str()
        .as_bytes()
        .to_vec()
}

/// A file variable's hold on its locks: they are released when the last
/// reference to the open file goes away (CLOSE, end of program).
#[derive(Debug)]
pub struct FileVar {
    locks: Arc<Locks>,
    /// Its number among this process's file variables.
    pub index: u64,
    /// The file's key ([`file_key`]).
    pub key: Vec<u8>,
}

impl Drop for FileVar {
    fn drop(&mut self) {
        self.locks.release_fvar(self.index);
    }
}

impl Locks {
    /// This process's lock table for `account`.
    pub fn for_account(account: &Path) -> Arc<Locks> {
        let key = std::fs::canonicalize(account).unwrap_or_else(|_| account.to_path_buf());
        let mut reg = registry().lock().unwrap_or_else(|e| e.into_inner());
        reg.entry(key)
            .or_insert_with(|| {
                Arc::new(Locks {
                    bytes: LockFile::open(account).ok(),
                    state: Mutex::new(State::default()),
                })
            })
            .clone()
    }

    fn st(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// A new file variable for the file in directory `dir`.
    pub fn file_var(self: &Arc<Self>, dir: &Path) -> FileVar {
        let mut st = self.st();
        st.next_fvar += 1;
        FileVar {
            locks: self.clone(),
            index: st.next_fvar,
            key: file_key(dir),
        }
    }

    /// Takes byte `at` as `kind`: waits when `wait`, else reports the other
    /// process that holds it.
    fn acquire(&self, at: i64, kind: Kind, wait: bool) -> Result<(), Owner> {
        let Some(b) = &self.bytes else {
            return Ok(());
        };
        loop {
            if wait {
                // an I/O failure of the lock file leaves the lock local
                let _ = b.lock_wait(at, kind);
                return Ok(());
            }
            match b.try_lock(at, kind) {
                Ok(true) | Err(_) => return Ok(()),
                Ok(false) => {
                    if let Some(h) = b.holder(at, kind) {
                        return Err(Owner::Pid(h.pid));
                    }
                    // released meanwhile: try again
                }
            }
        }
    }

    fn release_byte(&self, at: i64) {
        if let Some(b) = &self.bytes {
            b.unlock(at);
        }
    }

    /// Brings the file's byte to what this process's locks in the file
    /// need: exclusive for a file lock, shared for record locks, else free.
    /// Only ever loosens or keeps a hold, so it never waits.
    fn settle_file_byte(&self, st: &mut State, file: &[u8]) {
        let want = if st.files.contains_key(file) {
            Some(Kind::Exclusive)
        } else if st.records.keys().any(|(f, _)| f == file) {
            Some(Kind::Shared)
        } else {
            None
        };
        let have = st.file_bytes.get(file).copied();
        if want == have {
            return;
        }
        let at = lock_bytes::file_byte(file);
        match want {
            None => {
                self.release_byte(at);
                st.file_bytes.remove(file);
            }
            Some(k) => {
                // downgrading exclusive to shared cannot conflict
                let _ = self.acquire(at, k, false);
                st.file_bytes.insert(file.to_vec(), k);
            }
        }
    }

    /// Locks record `id` of `file` for update or shared, for file variable
    /// `fvar` in transaction `txn` (0: none). Waits for other processes
    /// when `wait`, else `Err` names the process in the way.
    pub fn lock_record(
        &self,
        file: &[u8],
        id: &[u8],
        update: bool,
        fvar: u64,
        txn: u64,
        wait: bool,
    ) -> Result<(), Owner> {
        let mut st = self.st();
        let key = (file.to_vec(), id.to_vec());
        let at = lock_bytes::record_byte(file, id);
        if let Some(e) = st.records.get(&key).copied() {
            if update && !e.update {
                self.acquire(at, Kind::Exclusive, wait)?;
            } else if !update && e.update {
                let _ = self.acquire(at, Kind::Shared, false);
            }
            // the file variable that first took the lock keeps it (RELEASE
            // file and CLOSE go by that one, as ScarletDME's local table does)
            let fvar = e.fvar;
            st.records.insert(key, RecLock { update, fvar, txn });
            return Ok(());
        }
        if !st.file_bytes.contains_key(file) {
            self.acquire(lock_bytes::file_byte(file), Kind::Shared, wait)?;
            st.file_bytes.insert(file.to_vec(), Kind::Shared);
        }
        let kind = if update {
            Kind::Exclusive
        } else {
            Kind::Shared
        };
        if let Err(o) = self.acquire(at, kind, wait) {
            self.settle_file_byte(&mut st, file);
            return Err(o);
        }
        st.records.insert(key, RecLock { update, fvar, txn });
        Ok(())
    }

    /// Releases this process's lock on record `id` of `file`; false when it
    /// held none.
    pub fn unlock_record(&self, file: &[u8], id: &[u8]) -> bool {
        let mut st = self.st();
        if st.records.remove(&(file.to_vec(), id.to_vec())).is_none() {
            return false;
        }
        self.release_byte(lock_bytes::record_byte(file, id));
        self.settle_file_byte(&mut st, file);
        true
    }

    /// Releases the record locks and file lock `pick` selects.
    fn release_where(
        &self,
        pick_rec: impl Fn(&RecLock) -> bool,
        pick_file: impl Fn(&FileLock) -> bool,
    ) {
        let mut st = self.st();
        let gone: Vec<(Vec<u8>, Vec<u8>)> = st
            .records
            .iter()
            .filter(|(_, l)| pick_rec(l))
            .map(|(k, _)| k.clone())
            .collect();
        let mut files: Vec<Vec<u8>> = st
            .files
            .iter()
            .filter(|(_, l)| pick_file(l))
            .map(|(k, _)| k.clone())
            .collect();
        for f in &files {
            st.files.remove(f);
        }
        for k in gone {
            st.records.remove(&k);
            self.release_byte(lock_bytes::record_byte(&k.0, &k.1));
            files.push(k.0);
        }
        files.sort();
        files.dedup();
        for f in files {
            self.settle_file_byte(&mut st, &f);
        }
    }

    /// Releases the locks file variable `fvar` holds (RELEASE file; CLOSE).
    pub fn release_fvar(&self, fvar: u64) {
        self.release_where(|l| l.fvar == fvar, |l| l.fvar == fvar);
    }

    /// Releases every record and file lock of this process (RELEASE).
    pub fn release_all(&self) {
        self.release_where(|_| true, |_| true);
    }

    /// Releases the record and file locks taken in transaction `txn` (0:
    /// those taken outside any transaction, as ScarletDME's COMMIT outside
    /// a transaction does).
    pub fn release_txn(&self, txn: u64) {
        self.release_where(|l| l.txn == txn, |l| l.txn == txn);
    }

    /// FILELOCK: locks the whole file for file variable `fvar`.
    pub fn file_lock(&self, file: &[u8], fvar: u64, txn: u64, wait: bool) -> Result<(), Owner> {
        let mut st = self.st();
        if let Some(l) = st.files.get_mut(file) {
            l.txn = txn;
            return Ok(());
        }
        self.acquire(lock_bytes::file_byte(file), Kind::Exclusive, wait)?;
        st.files.insert(file.to_vec(), FileLock { fvar, txn });
        st.file_bytes.insert(file.to_vec(), Kind::Exclusive);
        Ok(())
    }

    /// FILEUNLOCK: 0, or ScarletDME's STATUS() code when this process does
    /// not hold the file lock (3011 another process does, 3012 nobody).
    pub fn file_unlock(&self, file: &[u8]) -> i32 {
        let mut st = self.st();
        if st.files.remove(file).is_some() {
            self.settle_file_byte(&mut st, file);
            return 0;
        }
        match self.other(lock_bytes::file_byte(file), Kind::Shared) {
            Some(_) => ER_LCK,
            None => ER_NLK,
        }
    }

    /// Another process's hold on byte `at` that conflicts with `kind`.
    fn other(&self, at: i64, kind: Kind) -> Option<lock_bytes::Holder> {
        self.bytes.as_ref().and_then(|b| b.holder(at, kind))
    }

    /// RECORDLOCKED: the lock state of record `id` of `file` ([`state`])
    /// and who holds the lock (none when not locked).
    pub fn record_state(&self, file: &[u8], id: &[u8]) -> (i64, Option<Owner>) {
        let st = self.st();
        if st.files.contains_key(file) {
            return (state::MY_FILELOCK, Some(Owner::Me));
        }
        if let Some(h) = self.other(lock_bytes::file_byte(file), Kind::Shared) {
            return (state::OTHER_FILELOCK, Some(Owner::Pid(h.pid)));
        }
        if let Some(l) = st.records.get(&(file.to_vec(), id.to_vec())) {
            let s = if l.update {
                state::MY_READU
            } else {
                state::MY_READL
            };
            return (s, Some(Owner::Me));
        }
        match self.other(lock_bytes::record_byte(file, id), Kind::Exclusive) {
            Some(h) if h.kind == Kind::Exclusive => (state::OTHER_READU, Some(Owner::Pid(h.pid))),
            Some(h) => (state::OTHER_READL, Some(Owner::Pid(h.pid))),
            None => (state::NO_LOCK, None),
        }
    }

    /// True when this process may update record `id` of `file` under
    /// ScarletDME's must-lock rule (transactions): it holds the record's
    /// update lock or the file lock.
    pub fn may_update(&self, file: &[u8], id: &[u8]) -> bool {
        let st = self.st();
        st.files.contains_key(file)
            || st
                .records
                .get(&(file.to_vec(), id.to_vec()))
                .is_some_and(|l| l.update)
    }

    /// LOCK n (0..=63): takes task lock `n`; `Ok(true)` when this process
    /// held it already.
    pub fn task_lock(&self, n: u8, wait: bool) -> Result<bool, Owner> {
        let mut st = self.st();
        if st.tasks & (1 << n) != 0 {
            return Ok(true);
        }
        self.acquire(lock_bytes::task_byte(n), Kind::Exclusive, wait)?;
        st.tasks |= 1 << n;
        Ok(false)
    }

    /// UNLOCK n: 0, or 3011 (another process holds it) / 3012 (nobody).
    pub fn task_unlock(&self, n: u8) -> i32 {
        let mut st = self.st();
        if st.tasks & (1 << n) != 0 {
            st.tasks &= !(1 << n);
            self.release_byte(lock_bytes::task_byte(n));
            return 0;
        }
        match self.other(lock_bytes::task_byte(n), Kind::Exclusive) {
            Some(_) => ER_LCK,
            None => ER_NLK,
        }
    }
}
