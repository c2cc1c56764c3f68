//! Record statements with ScarletDME's locks and transactions: READ,
//! READU/READL, READV/VU/VL, MATREAD/U/L, WRITE/WRITEU, WRITEV/VU,
//! MATWRITE/U, DELETE/DELETEU.
//!
//! A locking read takes its lock before reading (a missing record stays
//! locked); when another process holds the record it waits, or with a
//! LOCKED clause takes it with STATUS() the holder's user number. WRITE,
//! MATWRITE, WRITEV and DELETE release the record's lock, their U forms keep
//! it. Inside a transaction the update goes to the transaction's cache and
//! needs the record's update lock (or the file lock) first: STATUS() 3023,
//! through ON ERROR or as a run-time error; READ sees the cache.

use std::rc::Rc;

use super::file_statements::{fill_matrix, matrix_to_record, ELSE, THEN};
use super::record_ids::IdKind;
use super::run_error::UpdateVerb;
use super::{RuntimeError, Step, Vm};
use crate::builtins::dynarray;
use crate::bytecode::statement_ops::Sys;
use crate::host::dir_file::DirFile;
use crate::host::locks::file_key;
use crate::host::txn::Cached;
use crate::status_codes::{ER_IID, ER_NOLOCK, ER_RDONLY, ER_RNF};
use crate::value::ops::*;
use crate::value::Value;

/// Branch code of a LOCKED clause.
pub const LOCKED: i64 = 2;
/// Branch code of an ON ERROR clause.
pub const ON_ERROR: i64 = 3;
/// Clause flag: the statement has a LOCKED clause.
pub const HAS_LOCKED: u8 = 1;
/// Clause flag: the statement has an ON ERROR clause.
pub const HAS_ON_ERROR: u8 = 2;
/// Clause flag: the statement has an ELSE clause.
pub const HAS_ELSE: u8 = 4;

/// A file's key in the lock table and the file variable's number (0 for a
/// file the host opened itself).
pub fn lock_key(f: &DirFile) -> (Vec<u8>, u64) {
    match &f.fvar {
        Some(v) => (v.key.clone(), v.index),
        None => (file_key(&f.path), 0),
    }
}

fn open_file(v: Option<&Value>) -> Result<&DirFile, Step> {
    v.and_then(|v| v.resource::<DirFile>())
        .ok_or_else(|| RuntimeError::FileNotOpen.into())
}

impl Vm {
    /// The clause flags the compiler set for this statement (then cleared).
    pub(super) fn take_clause_flags(&mut self) -> u8 {
        std::mem::take(&mut self.clause_flags)
    }

    /// Takes a record lock for a statement: true when taken; false when
    /// another process holds it and the statement has a LOCKED clause
    /// (STATUS() is then the holder's user number). Without LOCKED it waits.
    pub(super) fn take_record_lock(
        &mut self,
        f: &DirFile,
        id: &[u8],
        update: bool,
        flags: u8,
    ) -> bool {
        let (key, fvar) = lock_key(f);
        let txn = self.sess.txn.id();
        let wait = flags & HAS_LOCKED == 0;
        if wait {
            // what the program displayed shows before it waits
            self.sess.flush();
        }
        match self
            .sess
            .locks
            .lock_record(&key, id, update, fvar, txn, wait)
        {
            Ok(()) => true,
            Err(o) => {
                self.status = Value::int(self.owner_userno(o));
                false
            }
        }
    }

    /// A record as this process sees it: through the transaction's cache,
    /// else from the file.
    fn current_record(&self, f: &DirFile, id: &[u8]) -> std::io::Result<Option<Vec<u8>>> {
        if self.sess.txn.active() {
            match self.sess.txn.read(&lock_key(f).0, id) {
                Some(Cached::Written(d)) => return Ok(Some(d)),
                Some(Cached::Deleted) => return Ok(None),
                None => {}
            }
        }
        f.read_checked(id)
    }

    /// READ, READU, READL, READV, READVU, READVL: args file, id[, field].
    pub(super) fn read_record(&mut self, op: Sys, args: Vec<Value>) -> Result<(), Step> {
        let flags = self.take_clause_flags();
        let p = self.prec();
        let f = open_file(args.first())?;
        let id = args
            .get(1)
            .map(|v| v.to_bytes(p).into_owned())
            .unwrap_or_default();
        let lock = match op {
            Sys::ReadU | Sys::ReadVU => Some(true),
            Sys::ReadL | Sys::ReadVL => Some(false),
            _ => None,
        };
        let kind = IdKind::of(f, &id);
        // ScarletDME (module record_ids): an empty or too long id takes
        // ELSE with STATUS() 3000, locking reads too (no lock taken)
        if matches!(kind, IdKind::Empty | IdKind::TooLong) {
            self.status = Value::Int(ER_IID as i64);
            self.push(Value::empty());
            self.push_code(ELSE);
            return Ok(());
        }
        if let Some(update) = lock {
            if !self.take_record_lock(f, &id, update, flags) {
                self.push(Value::empty());
                self.push_code(LOCKED);
                return Ok(());
            }
            self.status = Value::Int(0);
        } else if op == Sys::ReadV {
            self.status = Value::Int(0);
        }
        // a hashed file has no record with a mark in its id; a directory
        // file's id with no OS name reads as an empty record with STATUS()
        // 3000 (READV of field 0: ELSE)
        if kind == IdKind::Mark {
            self.status = Value::Int(ER_RNF as i64);
            self.push(Value::empty());
            self.push_code(ELSE);
            return Ok(());
        }
        if kind == IdKind::NoName {
            let field0 = matches!(op, Sys::ReadV | Sys::ReadVU | Sys::ReadVL)
                && to_int(args.get(2).unwrap_or(&Value::Int(0)))? == 0;
            self.status = Value::Int(ER_IID as i64);
            self.push(Value::empty());
            self.push_code(if field0 { ELSE } else { THEN });
            return Ok(());
        }
        let rec = self.current_record(f, &id);
        let rec = self.note_os_error(rec);
        match rec {
            Some(r) => {
                if matches!(op, Sys::ReadV | Sys::ReadVU | Sys::ReadVL) {
                    let fno = to_int(args.get(2).unwrap_or(&Value::Int(0)))?;
                    if fno == 0 {
                        self.push(Value::str(id));
                    } else {
                        self.push(Value::from_bytes(dynarray::extract(&r, fno, 0, 0)));
                    }
                } else {
                    self.push(Value::str(r));
                }
                self.push_code(THEN);
            }
            None => {
                self.status = Value::Int(ER_RNF as i64);
                self.push(Value::empty());
                self.push_code(ELSE);
            }
        }
        Ok(())
    }

    /// MATREAD, MATREADU, MATREADL: args matrix, file, id.
    pub(super) fn mat_read(&mut self, op: Sys, args: Vec<Value>) -> Result<(), Step> {
        let flags = self.take_clause_flags();
        let p = self.prec();
        let f = open_file(args.get(1))?;
        let id = args
            .get(2)
            .map(|v| v.to_bytes(p).into_owned())
            .unwrap_or_default();
        let mut mat = args.first().cloned().unwrap_or_default();
        let kind = IdKind::of(f, &id);
        if matches!(kind, IdKind::Empty | IdKind::TooLong) {
            self.status = Value::Int(ER_IID as i64);
            self.push(mat);
            self.push_code(ELSE);
            return Ok(());
        }
        if op != Sys::MatRead {
            if !self.take_record_lock(f, &id, op == Sys::MatReadU, flags) {
                self.push(mat);
                self.push_code(LOCKED);
                return Ok(());
            }
            self.status = Value::Int(0);
        }
        let rec = match kind {
            IdKind::Mark => Ok(None),
            // a directory file's id with no OS name: an empty record,
            // STATUS() 3000 (set below)
            IdKind::NoName => Ok(Some(Vec::new())),
            _ => self.current_record(f, &id),
        };
        let rec = self.note_os_error(rec);
        match rec {
            Some(r) => {
                let Value::Mat(m) = &mut mat else {
                    return Err(RuntimeError::NotAMatrix("MATREAD target").into());
                };
                // INMAT() is the number of fields read, 0 when there were
                // more than elements (the rest went to element 0)
                let m = Rc::make_mut(m);
                let n = fill_matrix(m, &r, 0xFE);
                let fields = if r.is_empty() {
                    0
                } else {
                    r.iter().filter(|&&c| c == 0xFE).count() + 1
                };
                let spilled = fields > m.len();
                self.inmat = if spilled { 0 } else { n as i64 };
                if kind == IdKind::NoName {
                    self.status = Value::Int(ER_IID as i64);
                }
                self.push(mat);
                self.push_code(THEN);
            }
            None => {
                self.status = Value::Int(ER_RNF as i64);
                self.push(mat);
                self.push_code(ELSE);
            }
        }
        Ok(())
    }

    /// A failed update: with ON ERROR its branch with STATUS() `code`, else
    /// ScarletDME's run-time error.
    fn update_failed(&mut self, flags: u8, code: i32, verb: UpdateVerb) -> Result<(), Step> {
        if flags & HAS_ON_ERROR != 0 {
            self.status = Value::Int(code as i64);
            self.push_code(ON_ERROR);
            return Ok(());
        }
        Err(RuntimeError::RecordUpdate { code, verb }.into())
    }

    /// WRITE, WRITEU, WRITEV, WRITEVU, MATWRITE, MATWRITEU: args data (or
    /// matrix), file, id[, field].
    pub(super) fn write_record(&mut self, op: Sys, args: Vec<Value>) -> Result<(), Step> {
        let flags = self.take_clause_flags();
        let p = self.prec();
        let b = |i: usize| {
            args.get(i)
                .map(|v| v.to_bytes(p).into_owned())
                .unwrap_or_default()
        };
        let f = open_file(args.get(1))?;
        let verb = if matches!(op, Sys::WriteV | Sys::WriteVU) {
            UpdateVerb::WriteV
        } else {
            UpdateVerb::Write
        };
        let id = b(2);
        // ScarletDME's order: the id, the READONLY flag, the lock
        let kind = IdKind::of(f, &id);
        if kind.invalid_for_write(&id) {
            return self.update_failed(flags, ER_IID, verb);
        }
        if f.read_only {
            return self.update_failed(flags, ER_RDONLY, verb);
        }
        let (key, _) = lock_key(f);
        let txn = self.sess.txn.id();
        if txn != 0 && !self.sess.locks.may_update(&key, &id) {
            return self.update_failed(flags, ER_NOLOCK, verb);
        }
        let data = match op {
            Sys::MatWrite | Sys::MatWriteU => match args.first() {
                Some(Value::Mat(m)) => matrix_to_record(m, p, true),
                _ => return Err(RuntimeError::NotAMatrix("MATWRITE source").into()),
            },
            Sys::WriteV | Sys::WriteVU => {
                // ScarletDME's WRITEV replaces field 1 for field number 0
                // and appends a field for a negative one
                let fno = to_int(args.get(3).unwrap_or(&Value::Int(0)))?.max(-1);
                let fno = if fno == 0 { 1 } else { fno };
                let old = self.current_record(f, &id).ok().flatten();
                dynarray::replace(&old.unwrap_or_default(), fno, 0, 0, &b(0))
            }
            _ => b(0),
        };
        if txn != 0 {
            if crate::host::os_names::map_id(&id).is_none() {
                return self.update_failed(flags, ER_IID, verb);
            }
            self.sess.txn.write(f.path.clone(), key.clone(), &id, data);
        } else if let Err(e) = f.write(&id, &data) {
            // a directory file's id with no OS name (ScarletDME: 3000, or
            // with no ON ERROR its illegal-id error)
            if kind == IdKind::NoName && flags & HAS_ON_ERROR == 0 {
                return Err(RuntimeError::Fatal("Illegal record id").into());
            }
            if flags & HAS_ON_ERROR != 0 {
                let code = if e.kind() == std::io::ErrorKind::InvalidInput {
                    ER_IID
                } else {
                    crate::status_codes::ER_WRITE_ERROR
                };
                return self.update_failed(flags, code, verb);
            }
            return Err(RuntimeError::WriteFailed(e.to_string()).into());
        }
        if txn == 0 && !matches!(op, Sys::WriteU | Sys::WriteVU | Sys::MatWriteU) {
            self.sess.locks.unlock_record(&key, &id);
        }
        self.status = Value::Int(0);
        self.push_code(THEN);
        Ok(())
    }

    /// DELETE, DELETEU: args file, id.
    pub(super) fn delete_record(&mut self, op: Sys, args: Vec<Value>) -> Result<(), Step> {
        let flags = self.take_clause_flags();
        let p = self.prec();
        let f = open_file(args.first())?;
        let id = args
            .get(1)
            .map(|v| v.to_bytes(p).into_owned())
            .unwrap_or_default();
        let kind = IdKind::of(f, &id);
        if matches!(kind, IdKind::Empty | IdKind::TooLong) {
            return self.update_failed(flags, ER_IID, UpdateVerb::Delete);
        }
        if f.read_only {
            return self.update_failed(flags, ER_RDONLY, UpdateVerb::Delete);
        }
        // a directory file's id with no OS name: 3000 (a hashed file's id
        // with a mark: nothing to delete, no error)
        if kind == IdKind::NoName {
            return self.update_failed(flags, ER_IID, UpdateVerb::Delete);
        }
        let (key, _) = lock_key(f);
        let txn = self.sess.txn.id();
        if txn != 0 {
            if !self.sess.locks.may_update(&key, &id) {
                return self.update_failed(flags, ER_NOLOCK, UpdateVerb::Delete);
            }
            self.sess.txn.delete(f.path.clone(), key, &id);
        } else {
            // deleting a record that is not there is no error
            let _ = f.delete(&id);
            if op == Sys::Delete {
                self.sess.locks.unlock_record(&key, &id);
            }
        }
        self.status = Value::Int(0);
        self.push_code(THEN);
        Ok(())
    }
}
