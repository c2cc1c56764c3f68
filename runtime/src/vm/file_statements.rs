//! File statements: OPEN, READ*, WRITE*, DELETE, RELEASE, CLOSE,
//! MATREAD/MATWRITE, sequential files, select lists.

use std::cell::RefCell;
use std::rc::Rc;

use super::{RuntimeError, Step, Vm};
use crate::builtins::dynarray;
use crate::bytecode::statement_ops::Sys;
use crate::host::dir_file::DirFile;
use crate::host::select_list::SelectList;
use crate::host::seq_file::SeqFile;
use crate::status_codes::{ER_IID, ER_RNF};
use crate::value::ops::*;
use crate::value::{Matrix, Value};

/// Outcome codes pushed for THEN/ELSE dispatch.
pub const ELSE: i64 = 0;
/// THEN.
pub const THEN: i64 = 1;

impl Vm {
    fn with_file<R>(&self, v: &Value, f: impl FnOnce(&DirFile) -> R) -> Result<R, Step> {
        match v.resource::<DirFile>() {
            Some(df) => Ok(f(df)),
            None => Err(RuntimeError::FileNotOpen.into()),
        }
    }

    /// A record read's outcome with its failure noted as ScarletDME does:
    /// READ takes ELSE (STATUS() 3006) whether the record is missing or the
    /// operating system failed (EMFILE...); OS.ERROR() tells them apart
    /// (2 missing, 24 too many open files...).
    fn note_os_error(&mut self, rec: std::io::Result<Option<Vec<u8>>>) -> Option<Vec<u8>> {
        match rec {
            Ok(r) => r,
            Err(e) => {
                self.sess.os_error = e.raw_os_error().unwrap_or(0).to_string();
                None
            }
        }
    }

    fn push_code(&mut self, c: i64) {
        self.push(Value::Int(c));
    }

    /// File statements (inputs already on the stack).
    pub(super) fn file_op(&mut self, op: Sys, args: Vec<Value>) -> Result<(), Step> {
        let un = Value::Unassigned;
        let p = self.prec();
        let b = |i: usize| {
            args.get(i)
                .map(|v| v.to_bytes(p).into_owned())
                .unwrap_or_default()
        };
        match op {
            Sys::Open | Sys::OpenPath => {
                let (dict, name) = if args.len() >= 2 {
                    (b(0).eq_ignore_ascii_case(b"DICT"), b(1))
                } else {
                    (false, b(0))
                };
                let acct = &self.sess.account;
                let opened = if op == Sys::OpenPath {
                    crate::host::dir_file::open_path(acct, &name).ok_or(crate::status_codes::ER_FNF)
                } else {
                    crate::host::dir_file::open_part(acct, &name, dict)
                };
                match opened {
                    Ok(f) => {
                        self.status = Value::Int(0);
                        let f = Rc::new(f);
                        self.sess.open_files.push(Rc::downgrade(&f));
                        self.push(Value::handle(f));
                        self.push_code(THEN);
                    }
                    Err(code) => {
                        self.status = Value::Int(code as i64);
                        self.push(Value::Unassigned);
                        self.push_code(ELSE);
                    }
                }
            }
            Sys::Read | Sys::ReadU | Sys::ReadL | Sys::ReadV | Sys::ReadVU | Sys::ReadVL => {
                let id = b(1);
                let rec = self.with_file(args.first().unwrap_or(&un), |f| f.read_checked(&id))?;
                // ScarletDME: an empty id takes ELSE and an id with no OS
                // name (a byte outside printable ASCII) THEN with an empty
                // record, both with STATUS() 3000
                let bad_id = id.is_empty() || crate::host::os_names::map_id(&id).is_none();
                if bad_id {
                    self.status = Value::Int(ER_IID as i64);
                    self.push(Value::empty());
                    self.push_code(if id.is_empty() { ELSE } else { THEN });
                    return Ok(());
                }
                let rec = self.note_os_error(rec);
                let is_v = matches!(op, Sys::ReadV | Sys::ReadVU | Sys::ReadVL);
                let lock = match op {
                    Sys::ReadU | Sys::ReadVU => 2,
                    Sys::ReadL | Sys::ReadVL => 1,
                    _ => 0,
                };
                if lock > 0 {
                    let path = self.with_file(args.first().unwrap_or(&un), |f| f.path.clone())?;
                    self.sess.locks.insert((path, id.clone()), lock);
                }
                if op != Sys::Read && op != Sys::ReadL {
                    self.status = Value::Int(0);
                }
                match rec {
                    Some(r) => {
                        if is_v {
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
            }
            Sys::MatRead => {
                // args: matrix, file, id
                let id = b(2);
                let rec = self.with_file(args.get(1).unwrap_or(&un), |f| f.read_checked(&id))?;
                let rec = self.note_os_error(rec);
                let mut mat = args.first().cloned().unwrap_or_default();
                match rec {
                    Some(r) => {
                        if let Value::Mat(m) = &mut mat {
                            let m = Rc::make_mut(m);
                            fill_matrix(m, &r, 0xFE);
                        } else {
                            return Err(RuntimeError::NotAMatrix("MATREAD target").into());
                        }
                        self.inmat = 0;
                        self.push(mat);
                        self.push_code(THEN);
                    }
                    None => {
                        self.status = Value::Int(ER_RNF as i64);
                        self.push(mat);
                        self.push_code(ELSE);
                    }
                }
            }
            Sys::Write | Sys::WriteU | Sys::WriteV | Sys::MatWrite => {
                let (data, id) = match op {
                    Sys::MatWrite => {
                        let m = match args.first().unwrap_or(&un) {
                            Value::Mat(m) => m.clone(),
                            _ => return Err(RuntimeError::NotAMatrix("MATWRITE source").into()),
                        };
                        (matrix_to_record(&m, p, true), b(2))
                    }
                    Sys::WriteV => {
                        let id = b(2);
                        let fno = to_int(args.get(3).unwrap_or(&Value::Int(0)))?;
                        let old = self
                            .with_file(args.get(1).unwrap_or(&un), |f| f.read(&id))?
                            .unwrap_or_default();
                        let nv = b(0);
                        let data = if fno == 0 {
                            nv
                        } else {
                            dynarray::replace(&old, fno, 0, 0, &nv)
                        };
                        (data, id)
                    }
                    _ => (b(0), b(2)),
                };
                let res = self.with_file(args.get(1).unwrap_or(&un), |f| f.write(&id, &data))?;
                if let Err(e) = res {
                    return Err(RuntimeError::WriteFailed(e.to_string()).into());
                }
                let path = self.with_file(args.get(1).unwrap_or(&un), |f| f.path.clone())?;
                if op != Sys::WriteU {
                    self.sess.locks.remove(&(path, id));
                }
                self.status = Value::Int(0);
                self.push_code(THEN);
            }
            Sys::Delete => {
                let id = b(1);
                let _ = self.with_file(args.first().unwrap_or(&un), |f| f.delete(&id))?;
                let path = self.with_file(args.first().unwrap_or(&un), |f| f.path.clone())?;
                self.sess.locks.remove(&(path, id));
                self.status = Value::Int(0);
                self.push_code(THEN);
            }
            Sys::Release => {
                if args.is_empty() {
                    self.sess.locks.clear();
                } else {
                    let path = self.with_file(args.first().unwrap_or(&un), |f| f.path.clone())?;
                    if args.len() >= 2 {
                        let id = b(1);
                        self.sess.locks.remove(&(path, id));
                    } else {
                        self.sess.locks.retain(|k, _| k.0 != path);
                    }
                }
                self.push_code(THEN);
            }
            Sys::RecordLockL | Sys::RecordLockU => {
                // locks of this process only: another process's lock is
                // not seen, so LOCKED is never taken
                let id = b(1);
                let path = self.with_file(args.first().unwrap_or(&un), |f| f.path.clone())?;
                let lock = if op == Sys::RecordLockU { 2 } else { 1 };
                self.sess.locks.insert((path, id), lock);
                self.status = Value::Int(0);
                self.push_code(THEN);
            }
            Sys::Close => {
                if let Some(f) = args.first().and_then(|v| v.resource::<DirFile>()) {
                    let f: *const DirFile = f;
                    self.sess
                        .open_files
                        .retain(|w| w.upgrade().map(|o| !std::ptr::eq(&*o, f)).unwrap_or(false));
                }
                self.push_code(THEN);
            }
            _ => return self.seq_op(op, args),
        }
        Ok(())
    }

    /// The operating-system path of a sequential file: `name` alone is a
    /// path (relative to the account), with `id` it is record `id` of
    /// directory file `name`.
    fn seq_path(&self, name: &[u8], id: Option<&[u8]>) -> std::path::PathBuf {
        let name = String::from_utf8_lossy(name).to_string();
        match id {
            Some(id) => self
                .sess
                .account
                .join(name)
                .join(crate::host::dir_file::id_to_filename(id)),
            None if name.starts_with('/') => std::path::PathBuf::from(name),
            None => self.sess.account.join(name),
        }
    }

    /// Sequential file and select-list statements.
    fn seq_op(&mut self, op: Sys, args: Vec<Value>) -> Result<(), Step> {
        let un = Value::Unassigned;
        let p = self.prec();
        let b = |i: usize| {
            args.get(i)
                .map(|v| v.to_bytes(p).into_owned())
                .unwrap_or_default()
        };
        match op {
            Sys::OpenSeq => {
                // inputs: path | file, id; then the flags (1 APPEND, 2 READONLY)
                let nargs = args.len().saturating_sub(1);
                let flags = args.last().map(|v| to_int(v).unwrap_or(0)).unwrap_or(0);
                let (append, read_only) = (flags & 1 != 0, flags & 2 != 0);
                let path = self.seq_path(&b(0), (nargs >= 2).then(|| b(1)).as_deref());
                self.status = Value::Int(0);
                let parent_ok = path.parent().map(|d| d.is_dir()).unwrap_or(false);
                if !parent_ok || path.is_dir() {
                    self.push(Value::Unassigned);
                    self.push_code(ELSE);
                    return Ok(());
                }
                let sf = if read_only {
                    SeqFile::open_read_only(path)
                } else {
                    SeqFile::open(path, append)
                };
                let existed = sf.existed;
                self.push(Value::handle(Rc::new(RefCell::new(sf))));
                self.push_code(if existed { THEN } else { ELSE });
            }
            Sys::ReadSeq => {
                let line = seq_file(args.first().unwrap_or(&un))?
                    .borrow_mut()
                    .read_line();
                match line {
                    Some(l) => {
                        self.push(Value::str(l));
                        self.push_code(THEN);
                    }
                    None => {
                        self.push(Value::empty());
                        self.push_code(ELSE);
                    }
                }
            }
            Sys::ReadBlk => {
                let f = seq_file(args.first().unwrap_or(&un))?;
                let n = to_int(args.get(1).unwrap_or(&Value::Int(0)))?.clamp(0, 1 << 30) as usize;
                let blk = f.borrow_mut().read_block(n);
                let ok = !blk.is_empty();
                self.push(Value::str(blk));
                self.push_code(if ok { THEN } else { ELSE });
            }
            Sys::WriteSeq | Sys::WriteSeqF | Sys::WriteBlk => {
                let f = seq_file(args.get(1).unwrap_or(&un))?;
                let data = b(0);
                let ok = {
                    let mut s = f.borrow_mut();
                    let r = s.write_line(&data, op != Sys::WriteBlk);
                    if op == Sys::WriteSeqF {
                        s.sync();
                    }
                    if let Err(e) = &r {
                        self.sess.os_error = e.to_string();
                    }
                    r.is_ok()
                };
                self.push_code(if ok { THEN } else { ELSE });
            }
            Sys::WeofSeq | Sys::Create => {
                let mut s = seq_file(args.first().unwrap_or(&un))?.borrow_mut();
                let ok = if op == Sys::WeofSeq {
                    s.weof().is_ok()
                } else {
                    s.create().is_ok()
                };
                drop(s);
                self.push_code(if ok { THEN } else { ELSE });
            }
            Sys::StatusOf => {
                // STATUS var FROM file: for sequential files only
                let facts = match args.first() {
                    Some(v) => match seq_file(v) {
                        Ok(f) => f.borrow().status_fields(),
                        Err(_) => None,
                    },
                    None => None,
                };
                let ok = facts.is_some();
                self.push(facts.map(Value::str).unwrap_or_else(Value::empty));
                self.push_code(if ok { THEN } else { ELSE });
            }
            Sys::DeleteSeq => {
                // DELETESEQ path | file, id: removes the operating-system file
                let path = self.seq_path(&b(0), (args.len() >= 2).then(|| b(1)).as_deref());
                self.status = Value::Int(0);
                let ok = match std::fs::remove_file(&path) {
                    Ok(()) => true,
                    Err(e) => {
                        self.sess.os_error = e.to_string();
                        false
                    }
                };
                self.push_code(if ok { THEN } else { ELSE });
            }
            // sequential writes go to the file at once: FLUSH has nothing
            // left to write
            Sys::CloseSeq | Sys::FlushSeq => {
                seq_file(args.first().unwrap_or(&un))?;
                self.push_code(THEN);
            }
            Sys::Seek => {
                let f = seq_file(args.first().unwrap_or(&un))?;
                let off = match args.get(1) {
                    Some(v) => to_int(v)?,
                    None => 0,
                };
                let rel = match args.get(2) {
                    Some(v) => to_int(v)?,
                    None => 0,
                };
                let ok = f.borrow_mut().seek(off, rel);
                self.push_code(if ok { THEN } else { ELSE });
            }
            _ => return self.list_op(op, args),
        }
        Ok(())
    }

    fn list_no(v: &Value) -> usize {
        match v {
            Value::Int(i) if *i >= 0 && *i <= 10 => *i as usize,
            _ => 0,
        }
    }

    /// Select-list statements.
    fn list_op(&mut self, op: Sys, args: Vec<Value>) -> Result<(), Step> {
        let p = self.prec();
        match op {
            Sys::Select | Sys::SSelect | Sys::SelectV => {
                let src = args.first().cloned().unwrap_or(Value::empty());
                let mut list = match &src {
                    Value::Handle(_) => {
                        if let Some(f) = src.resource::<DirFile>() {
                            SelectList::new(f.ids())
                        } else if let Some(l) = src.resource::<RefCell<SelectList>>() {
                            l.borrow().clone()
                        } else {
                            SelectList::default()
                        }
                    }
                    Value::Unassigned => SelectList::default(),
                    other => SelectList::from_dynarray(&other.to_bytes(p)),
                };
                if op == Sys::SSelect {
                    let mut v: Vec<Vec<u8>> = list.items.into_iter().collect();
                    v.sort();
                    list = SelectList::new(v);
                }
                self.sess.selected = list.len() as i64;
                if op == Sys::SelectV {
                    self.push(Value::handle(Rc::new(RefCell::new(list))));
                } else {
                    let n = args.get(1).map(Self::list_no).unwrap_or(0);
                    if self.sess.lists.len() < 11 {
                        self.sess.lists.resize(11, None);
                    }
                    self.sess.lists[n] = if list.is_empty() { None } else { Some(list) };
                }
                self.push_code(THEN);
            }
            Sys::ReadNext | Sys::ReadList => {
                let src = args.first().cloned().unwrap_or(Value::empty());
                let item: Option<Vec<Vec<u8>>> = match &src {
                    Value::Handle(_) => match src.resource::<RefCell<SelectList>>() {
                        Some(l) => {
                            let mut l = l.borrow_mut();
                            if op == Sys::ReadList {
                                let all: Vec<Vec<u8>> = l.items.drain(..).collect();
                                if all.is_empty() {
                                    None
                                } else {
                                    Some(all)
                                }
                            } else {
                                l.items.pop_front().map(|x| vec![x])
                            }
                        }
                        None => None,
                    },
                    other => {
                        let n = match other {
                            Value::Str(s) if s.data.is_empty() => 0,
                            v => Self::list_no(v),
                        };
                        let slot = self.sess.lists.get_mut(n);
                        match slot {
                            Some(Some(l)) => {
                                let r = if op == Sys::ReadList {
                                    Some(l.items.drain(..).collect())
                                } else {
                                    l.items.pop_front().map(|x| vec![x])
                                };
                                if l.is_empty() {
                                    *slot.unwrap() = None;
                                }
                                r
                            }
                            _ => None,
                        }
                    }
                };
                match item {
                    Some(v) => {
                        let joined = v.join(&0xFEu8);
                        self.push(Value::str(joined));
                        if op == Sys::ReadNext {
                            self.push(Value::Int(0));
                        }
                        self.push_code(THEN);
                    }
                    None => {
                        self.push(Value::empty());
                        if op == Sys::ReadNext {
                            self.push(Value::Int(0));
                        }
                        self.push_code(ELSE);
                    }
                }
            }
            Sys::SaveList | Sys::GetList | Sys::DeleteList => {
                let name = args
                    .first()
                    .map(|v| v.to_bytes(p).into_owned())
                    .unwrap_or_default();
                let n = args.get(1).map(Self::list_no).unwrap_or(0);
                let file = crate::host::cmd_query::saved_lists_file(&self.sess.account);
                let (ok, status) = match (op, file) {
                    (_, None) => (false, ER_RNF),
                    (Sys::SaveList, Some(f)) => match self.sess.lists.get(n).cloned().flatten() {
                        Some(l) => {
                            let items: Vec<Vec<u8>> = l.items.into_iter().collect();
                            match f.write(&name, &items.join(&0xFEu8)) {
                                Ok(()) => (true, 0),
                                Err(_) => (false, crate::status_codes::ER_IID),
                            }
                        }
                        None => (false, ER_RNF),
                    },
                    (Sys::GetList, Some(f)) => match f.read(&name) {
                        Some(rec) => {
                            let l = SelectList::from_dynarray(&rec);
                            let count = l.len() as i64;
                            self.sess.selected = count;
                            if let Some(slot) = self.sess.lists.get_mut(n) {
                                *slot = (count > 0).then_some(l);
                            }
                            self.push(Value::int(count));
                            (true, 0)
                        }
                        None => {
                            self.push(Value::Int(0));
                            (false, ER_RNF)
                        }
                    },
                    (_, Some(f)) => {
                        // deleting a list that is not there is no error
                        let _ = f.delete(&name);
                        (true, 0)
                    }
                };
                self.status = Value::Int(status as i64);
                self.push_code(if ok { THEN } else { ELSE });
            }
            Sys::ClearFile => {
                let f = args.first().and_then(|v| v.resource::<DirFile>());
                let Some(f) = f else {
                    return Err(RuntimeError::FileNotOpen.into());
                };
                f.clear();
                self.status = Value::Int(0);
                self.push_code(THEN);
            }
            Sys::ClearSelect => {
                let a = args.first().cloned().unwrap_or(Value::empty());
                let all = matches!(&a, Value::Str(s) if s.data == b"ALL");
                if all {
                    for l in self.sess.lists.iter_mut() {
                        *l = None;
                    }
                } else {
                    let n = match &a {
                        Value::Str(s) if s.data.is_empty() => 0,
                        v => Self::list_no(v),
                    };
                    if let Some(l) = self.sess.lists.get_mut(n) {
                        *l = None;
                    }
                }
                self.push_code(THEN);
            }
            _ => return Err(RuntimeError::UnsupportedStatement(op).into()),
        }
        Ok(())
    }
}

/// Fills a matrix from a delimited string; excess goes to element 0.
pub fn fill_matrix(m: &mut Matrix, s: &[u8], delim: u8) -> usize {
    let n = m.len();
    let parts: Vec<&[u8]> = if s.is_empty() {
        Vec::new()
    } else {
        s.split(|&c| c == delim).collect()
    };
    for i in 1..=n {
        m.elems[i] = Value::from_bytes(parts.get(i - 1).copied().unwrap_or(b""));
    }
    if parts.len() > n {
        m.elems[0] = Value::str(parts[n..].join(&delim));
    } else {
        m.elems[0] = Value::empty();
    }
    parts.len().min(n)
}

/// Joins matrix elements with @FM (element 0 appended when non-empty),
/// dropping trailing empty elements when `trim`.
pub fn matrix_to_record(m: &Matrix, prec: u8, with_zero: bool) -> Vec<u8> {
    let mut parts: Vec<Vec<u8>> = m
        .elems
        .iter()
        .skip(1)
        .map(|v| v.to_bytes(prec).into_owned())
        .collect();
    while parts.last().map(|p| p.is_empty()).unwrap_or(false) {
        parts.pop();
    }
    if with_zero {
        let z = m.elems[0].to_bytes(prec).into_owned();
        if !z.is_empty() {
            parts.push(z);
        }
    }
    parts.join(&0xFEu8)
}

/// The sequential file a variable holds.
fn seq_file(v: &Value) -> Result<&RefCell<SeqFile>, Step> {
    v.resource::<RefCell<SeqFile>>()
        .ok_or(Step::Error(RuntimeError::NotSequentialFile))
}
