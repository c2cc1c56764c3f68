//! Lock and transaction statements: RELEASE, RECORDLOCKL/U, FILELOCK,
//! FILEUNLOCK, LOCK, UNLOCK, TRANSACTION START/COMMIT/ABORT (and the
//! BEGIN TRANSACTION block's ops), and RECORDLOCKED().
//!
//! The locks live in the host's lock table ([`crate::host::locks`]), shared
//! with the account's other processes; STATUS() names a lock's holder by
//! user number (@USERNO: a phantom's number, else the process id).

use super::file_statements::{ELSE, THEN};
use super::record_io::{lock_key, HAS_ELSE, HAS_LOCKED, LOCKED};
use super::{RuntimeError, Step, Vm};
use crate::bytecode::statement_ops::Sys;
use crate::host::dir_file::DirFile;
use crate::host::locks::Owner;
use crate::value::ops::*;
use crate::value::Value;

impl Vm {
    /// The user number of a lock's holder.
    pub(super) fn owner_userno(&self, o: Owner) -> i64 {
        match o {
            Owner::Me => crate::host::phantom::userno(),
            Owner::Pid(pid) => crate::host::phantom::userno_of_pid(&self.sess.account, pid),
        }
    }

    /// A task lock number: 0..=63, else ScarletDME's run-time error.
    fn task_lock_no(v: Option<&Value>) -> Result<u8, Step> {
        let n = to_int(v.unwrap_or(&Value::Int(-1)))?;
        if !(0..=63).contains(&n) {
            return Err(RuntimeError::Fatal("Invalid task lock number").into());
        }
        Ok(n as u8)
    }

    /// Lock and transaction statements (inputs already popped).
    pub(super) fn lock_op(&mut self, op: Sys, args: Vec<Value>) -> Result<(), Step> {
        let flags = self.take_clause_flags();
        let p = self.prec();
        let file = |i: usize| -> Result<&DirFile, Step> {
            args.get(i)
                .and_then(|v| v.resource::<DirFile>())
                .ok_or_else(|| RuntimeError::FileNotOpen.into())
        };
        match op {
            Sys::Release => {
                // inside a transaction its locks are kept to the end
                if !self.sess.txn.active() {
                    match args.len() {
                        0 => self.sess.locks.release_all(),
                        1 => self.sess.locks.release_fvar(lock_key(file(0)?).1),
                        _ => {
                            let key = lock_key(file(0)?).0;
                            let id = args[1].to_bytes(p).into_owned();
                            if id.len() > super::record_ids::MAX_ID_LEN {
                                return Err(RuntimeError::Fatal("Illegal record id").into());
                            }
                            self.sess.locks.unlock_record(&key, &id);
                        }
                    }
                }
                self.push_code(THEN);
            }
            Sys::RecordLockL | Sys::RecordLockU => {
                let f = file(0)?;
                let id = args
                    .get(1)
                    .map(|v| v.to_bytes(p).into_owned())
                    .unwrap_or_default();
                if id.is_empty() || id.len() > super::record_ids::MAX_ID_LEN {
                    return Err(RuntimeError::Fatal("Illegal record id").into());
                }
                if self.take_record_lock(f, &id, op == Sys::RecordLockU, flags) {
                    self.status = Value::Int(0);
                    self.push_code(THEN);
                } else {
                    self.push_code(LOCKED);
                }
            }
            Sys::FileLock => {
                let (key, fvar) = lock_key(file(0)?);
                let wait = flags & HAS_LOCKED == 0;
                if wait {
                    self.sess.flush();
                }
                let txn = self.sess.txn.id();
                match self.sess.locks.file_lock(&key, fvar, txn, wait) {
                    Ok(()) => self.push_code(THEN),
                    Err(o) => {
                        self.status = Value::int(self.owner_userno(o));
                        self.push_code(LOCKED);
                    }
                }
            }
            Sys::FileUnlock => {
                let key = lock_key(file(0)?).0;
                let code = self.sess.locks.file_unlock(&key);
                self.status = Value::Int(code as i64);
                self.push_code(THEN);
            }
            Sys::Lock => {
                let n = Self::task_lock_no(args.first())?;
                // no ELSE clause: wait for the lock
                let wait = flags & HAS_ELSE == 0;
                if wait {
                    self.sess.flush();
                }
                match self.sess.locks.task_lock(n, wait) {
                    Ok(held) => {
                        // STATUS() is the lock's previous holder: 0, or us
                        self.status = Value::int(if held {
                            self.owner_userno(Owner::Me)
                        } else {
                            0
                        });
                        self.push_code(THEN);
                    }
                    Err(o) => {
                        self.status = Value::int(self.owner_userno(o));
                        self.push_code(ELSE);
                    }
                }
            }
            Sys::Unlock => {
                let n = Self::task_lock_no(args.first())?;
                let code = self.sess.locks.task_unlock(n);
                self.status = Value::Int(code as i64);
                self.push_code(if code == 0 { THEN } else { ELSE });
            }
            Sys::TxnStart => {
                self.sess.txn.start(self.sess.depth);
                self.push_code(THEN);
            }
            Sys::TxnCommit => {
                let id = self
                    .sess
                    .txn
                    .commit()
                    .map_err(|_| RuntimeError::Fatal("Write error in transaction commit"))?;
                self.sess.locks.release_txn(id);
                self.push_code(THEN);
            }
            Sys::TxnEnd => match self.sess.txn.rollback() {
                Some(id) => {
                    self.sess.locks.release_txn(id);
                    self.push_code(THEN);
                }
                // (sic: ScarletDME's text)
                None => {
                    return Err(
                        RuntimeError::Fatal("END TRANSACTION when not in trasnaction").into(),
                    )
                }
            },
            _ => return Err(RuntimeError::UnsupportedStatement(op).into()),
        }
        Ok(())
    }

    /// RECORDLOCKED(file, id): the record's lock state; STATUS() becomes
    /// the holder's user number (0 when not locked).
    pub(super) fn record_locked(&mut self, f: &Value, id: &[u8]) -> Value {
        let Some(f) = f.resource::<DirFile>() else {
            return Value::Int(0);
        };
        let key = lock_key(f).0;
        let (state, owner) = self.sess.locks.record_state(&key, id);
        self.status = Value::int(owner.map(|o| self.owner_userno(o)).unwrap_or(0));
        Value::int(state)
    }

    /// Rolls back every transaction still open as the session ends, with
    /// ScarletDME's message (its locks go with the process anyway).
    pub fn end_session_transactions(&mut self) {
        let ids = self.sess.txn.rollback_from(0);
        if !ids.is_empty() {
            self.sess.say("Rolling back uncommitted transactions");
            for id in ids {
                self.sess.locks.release_txn(id);
            }
        }
    }

    /// Rolls back the transactions started at this program level or a
    /// deeper one as the level ends, with ScarletDME's message.
    pub(super) fn end_level_transactions(&mut self) {
        let ids = self.sess.txn.rollback_from(self.sess.depth);
        if !ids.is_empty() {
            self.sess
                .say("Rolling back uncommitted transactions at this command level");
            for id in ids {
                self.sess.locks.release_txn(id);
            }
        }
    }
}
