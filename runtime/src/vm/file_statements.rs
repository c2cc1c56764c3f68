//! File statements: OPEN, READ*, WRITE*, DELETE, RELEASE, CLOSE,
//! MATREAD/MATWRITE, sequential files, select lists.

use std::cell::RefCell;
use std::rc::Rc;

use super::{RuntimeError, Step, Vm};
use crate::bytecode::statement_ops::Sys;
use crate::host::dir_file::DirFile;
use crate::host::select_list::SelectList;
use crate::host::seq_file::SeqFile;
use crate::status_codes::ER_RNF;
use crate::value::{Matrix, Value};

/// Outcome codes pushed for THEN/ELSE dispatch.
pub const ELSE: i64 = 0;
/// THEN.
pub const THEN: i64 = 1;

impl Vm {
    /// A record read's outcome with its failure noted as ScarletDME does:
    /// READ takes ELSE (STATUS() 3006) whether the record is missing or the
    /// operating system failed (EMFILE...); OS.ERROR() tells them apart
    /// (2 missing, 24 too many open files...).
    pub(super) fn note_os_error(
        &mut self,
        rec: std::io::Result<Option<Vec<u8>>>,
    ) -> Option<Vec<u8>> {
        match rec {
            Ok(r) => r,
            Err(e) => {
                self.sess.os_error = e.raw_os_error().unwrap_or(0).to_string();
                None
            }
        }
    }

    pub(super) fn push_code(&mut self, c: i64) {
        self.push(Value::Int(c));
    }

    /// File statements (inputs already on the stack).
    pub(super) fn file_op(&mut self, op: Sys, args: Vec<Value>) -> Result<(), Step> {
        let p = self.prec();
        let b = |i: usize| {
            args.get(i)
                .map(|v| v.to_bytes(p).into_owned())
                .unwrap_or_default()
        };
        match op {
            Sys::Open | Sys::OpenPath => {
                // a third input is the READONLY flag (the parser's)
                let read_only = args.len() >= 3;
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
                    Ok(mut f) => {
                        self.status = Value::Int(0);
                        // this file variable's hold on the locks it takes
                        f.fvar = Some(self.sess.locks.file_var(&f.path));
                        f.read_only = read_only;
                        f.hashed = crate::host::hashed_file::params(&f.path).is_some();
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
            Sys::Close => {
                let f = args.first().unwrap_or(&Value::Unassigned);
                if f.resource::<DirFile>().is_none() && f.resource::<RefCell<SeqFile>>().is_none() {
                    return Err(RuntimeError::FileNotOpen.into());
                }
                if let Some(f) = args.first().and_then(|v| v.resource::<DirFile>()) {
                    // closing a file variable releases its locks
                    if !self.sess.txn.active() {
                        self.sess
                            .locks
                            .release_fvar(super::record_io::lock_key(f).1);
                    }
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

    fn list_no(v: &Value) -> usize {
        match v {
            Value::Int(i) if *i >= 0 && *i <= 10 => *i as usize,
            _ => 0,
        }
    }

    /// Select-list statements.
    pub(super) fn list_op(&mut self, op: Sys, args: Vec<Value>) -> Result<(), Step> {
        let p = self.prec();
        match op {
            Sys::Select | Sys::SSelect | Sys::SelectV => {
                let src = args.first().cloned().unwrap_or(Value::empty());
                // Some(hashed) when the list comes from a file
                let mut from_file = None;
                let mut list = match &src {
                    Value::Handle(_) => {
                        if let Some(f) = src.resource::<DirFile>() {
                            from_file = Some(crate::host::hashed_file::params(&f.path).is_some());
                            SelectList::new(f.ids())
                        } else if let Some(l) = src.resource::<RefCell<SelectList>>() {
                            l.borrow().clone()
                        } else {
                            SelectList::default()
                        }
                    }
                    Value::Unassigned => SelectList::default(),
                    // a dynamic array: one item per field, item marks too
                    other => {
                        let mut b = other.to_bytes(p).into_owned();
                        for c in b.iter_mut().filter(|c| **c == 0xFF) {
                            *c = 0xFE;
                        }
                        SelectList::from_dynarray(&b)
                    }
                };
                if op == Sys::SSelect {
                    let mut v: Vec<Vec<u8>> = list.items.into_iter().collect();
                    v.sort();
                    list = SelectList::new(v);
                }
                self.sess.selected = list.len() as i64;
                match (op, from_file) {
                    // ScarletDME's SSELECT (a BASIC routine) leaves the
                    // count in STATUS()
                    (Sys::SSelect, Some(_)) => self.status = Value::int(list.len() as i64),
                    // SELECT of a file with no records: @SELECTED -1 and,
                    // for a hashed file, STATUS() 3006 (no group held one)
                    (Sys::Select, Some(hashed)) if list.is_empty() => {
                        self.sess.selected = -1;
                        self.status = Value::Int(if hashed { ER_RNF as i64 } else { 0 });
                    }
                    (Sys::Select, Some(_)) => self.status = Value::Int(0),
                    _ => {}
                }
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
                    // READLIST takes a list number only (ScarletDME's
                    // READLIST opcode reads an integer): a select-list
                    // variable is not one
                    Value::Handle(_) if op == Sys::ReadList => {
                        return Err(crate::value::ops::ValueError::NonNumeric(None).into());
                    }
                    Value::Handle(_) => match src.resource::<RefCell<SelectList>>() {
                        Some(l) => l.borrow_mut().next_item().map(|x| vec![x]),
                        None => None,
                    },
                    other => {
                        let n = match other {
                            Value::Str(s) if s.is_empty() => 0,
                            v => Self::list_no(v),
                        };
                        let slot = self.sess.lists.get_mut(n);
                        match slot {
                            Some(Some(l)) => {
                                let r = if op == Sys::ReadList {
                                    Some(l.items.drain(..).collect())
                                } else {
                                    l.next_item().map(|x| vec![x])
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
                        if op == Sys::ReadNext {
                            // ScarletDME's READNEXT that takes an item sets
                            // STATUS() 0 (ELSE and READLIST leave it)
                            self.status = Value::Int(0);
                            // an exploded list's item is id]value-position:
                            // READNEXT gives the id and the position
                            let (id, pos, sub) = split_exploded(&joined);
                            self.push(Value::str(id));
                            self.push(Value::int(pos));
                            self.push(Value::int(sub));
                        } else {
                            self.push(Value::str(joined));
                        }
                        self.push_code(THEN);
                    }
                    None => {
                        self.push(Value::empty());
                        if op == Sys::ReadNext {
                            self.push(Value::Int(0));
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
                        // no active list: ELSE with STATUS() 0
                        None => (false, 0),
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
            Sys::SelectE => {
                // list 0's remaining items move to the variable
                let mut list = self
                    .sess
                    .lists
                    .get_mut(0)
                    .and_then(|l| l.take())
                    .unwrap_or_default();
                // a new list of the unread items: nothing of it is read yet
                list.read.clear();
                self.push(Value::handle(Rc::new(RefCell::new(list))));
                self.push_code(THEN);
            }
            Sys::ClearFile => {
                let f = args.first().and_then(|v| v.resource::<DirFile>());
                let Some(f) = f else {
                    return Err(RuntimeError::FileNotOpen.into());
                };
                // ScarletDME stops here even with ON ERROR
                if f.read_only {
                    return Err(RuntimeError::Fatal("CLEARFILE on read-only file").into());
                }
                f.clear();
                self.status = Value::Int(0);
                self.push_code(THEN);
            }
            Sys::ClearSelect => {
                let a = args.first().cloned().unwrap_or(Value::empty());
                let all = matches!(&a, Value::Str(s) if s.bytes() == b"ALL");
                if all {
                    for l in self.sess.lists.iter_mut() {
                        *l = None;
                    }
                } else {
                    let n = match &a {
                        Value::Str(s) if s.is_empty() => 0,
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

/// An exploded select list's item `id]value]subvalue]field`: the id (up to
/// the first value mark), the value and the subvalue position (their
/// leading digits, 0 if none).
fn split_exploded(item: &[u8]) -> (Vec<u8>, i64, i64) {
    // id, then digits of the value position, then (after a value mark)
    // digits of the subvalue position, as ScarletDME reads them
    let digits = |b: &[u8]| -> (i64, usize) {
        let n = b.iter().take_while(|c| c.is_ascii_digit()).count();
        let v = b[..n].iter().fold(0i64, |n, &c| {
            n.saturating_mul(10).saturating_add((c - b'0') as i64)
        });
        (v, n)
    };
    match item.iter().position(|&c| c == 0xFD) {
        None => (item.to_vec(), 0, 0),
        Some(at) => {
            let rest = &item[at + 1..];
            let (pos, n) = digits(rest);
            let sub = match rest.get(n) {
                Some(0xFD) => digits(&rest[n + 1..]).0,
                _ => 0,
            };
            (item[..at].to_vec(), pos, sub)
        }
    }
}

/// Fills a matrix from a delimited string; excess goes to element 0.
/// Returns ScarletDME's INMAT(): the elements filled, 0 when the text
/// did not fit (or was empty).
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
        // INMAT() is 0 when the text did not fit
        0
    } else {
        m.elems[0] = Value::empty();
        parts.len()
    }
}

/// Joins matrix elements with @FM (element 0 appended when non-empty,
/// `with_zero`: MATWRITE), dropping trailing empty elements (for MATWRITE
/// empty strings only: trailing unassigned elements stay as empty fields).
pub fn matrix_to_record(m: &Matrix, prec: u8, with_zero: bool) -> Vec<u8> {
    let mut parts: Vec<Vec<u8>> = m
        .elems
        .iter()
        .skip(1)
        .map(|v| v.to_bytes(prec).into_owned())
        .collect();
    // MATWRITE (with element 0) drops trailing empty strings but keeps
    // the fields of trailing unassigned elements, as ScarletDME does
    let mut last = m.elems.len();
    while parts.last().map(|p| p.is_empty()).unwrap_or(false) {
        last -= 1;
        if with_zero && m.elems[last].is_unassigned() {
            break;
        }
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
