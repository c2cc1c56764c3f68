//! Functions about files and lists in the account: DIR, FILEINFO,
//! RECORDLOCKED, CATALOGUED, SELECTINFO, TRANS/XLATE, OUTERJOIN.

use super::not_routed;
use crate::bytecode::intrinsics::I;
use crate::host::dir_file::DirFile;
use crate::value::ops::*;
use crate::value::Value;
use crate::vm::{RuntimeError, Step, Vm};

impl Vm {
    pub(super) fn file_intrinsic(
        &mut self,
        which: I,
        base: usize,
        _argc: usize,
    ) -> Result<Value, Step> {
        let s = |i: usize| self.sarg(base, i);
        let arg = |i: usize| self.arg(base, i).clone();
        Ok(match which {
            I::Dir => dir_fn(&self.sess.account, &s(0)),
            I::Fileinfo => {
                let key = to_int(&arg(1))?;
                let v = arg(0);
                // key 0 asks whether it is a file; the others need one and
                // a key ScarletDME knows
                if key != 0 && !v.is_handle() {
                    return Err(RuntimeError::FileNotOpen.into());
                }
                if !fileinfo_key(key) {
                    return Err(RuntimeError::Fatal("Illegal action key").into());
                }
                if let Some(sf) = v.resource::<std::cell::RefCell<crate::host::seq_file::SeqFile>>()
                {
                    // a sequential file (OPENSEQ): no VOC name, the path of
                    // the directory holding it, type 5 (FL$TYPE.SEQ), the
                    // line count, whether it is read-only
                    let dir = |p: &std::path::Path| {
                        let abs = std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf());
                        let d = abs.parent().map(|d| d.to_path_buf()).unwrap_or_default();
                        Value::str(d.to_string_lossy().into_owned().into_bytes())
                    };
                    return Ok(match key {
                        0 => Value::Int(1),
                        1 => Value::empty(),
                        2 => dir(&sf.borrow().path),
                        3 => Value::Int(5),
                        14 => Value::Int(sf.borrow().line as i64),
                        1001 => Value::bool(sf.borrow().is_read_only()),
                        _ => Value::Int(0),
                    });
                }
                match (&v, v.resource::<DirFile>()) {
                    (_, Some(_)) if key == 0 => Value::Int(1),
                    (_, Some(f)) => super::fileinfo_keys::answer(f, key)?,
                    (Value::Handle(_), None) => Value::Int(if key == 0 { 1 } else { 0 }),
                    _ => Value::Int(0),
                }
            }
            I::Recordlocked => {
                let id = s(1).into_owned();
                let f = arg(0);
                // ScarletDME stops on an empty or too long id
                if id.is_empty() || id.len() > crate::vm::record_ids::MAX_ID_LEN {
                    return Err(RuntimeError::Fatal("Illegal record id").into());
                }
                self.record_locked(&f, &id)
            }
            I::Catalogued => {
                // 1 local (VOC), 2 private, 3 global catalogue, 0 none: a
                // routine mvbasic only finds by its source search path is
                // not catalogued. The name is looked up in upper case, and
                // a VOC verb that is not a catalogued program shows
                // ScarletDME's "Cannot load" message, as _VOC_CAT does.
                let name = String::from_utf8_lossy(&s(0)).to_ascii_uppercase();
                let acct = self.sess.account.clone();
                crate::host::voc::ensure_voc(&acct);
                let (found, message) = crate::host::catalog::lookup(&acct, &name);
                if let Some(m) = message {
                    self.sess.say(&m);
                }
                Value::Int(found.map_or(0, |(_, scope)| scope as i64))
            }
            I::Trans => {
                // TRANS(file, ids, field, code): field by number or I-type name
                let f = arg(2);
                let field = match &f {
                    Value::Int(n) => crate::host::translate::Field::Number(*n),
                    other => {
                        let b = other.to_bytes(4).into_owned();
                        if !b.is_empty() && crate::builtins::num::parse_num(&b).is_some() {
                            crate::host::translate::Field::Number(to_int(other)?)
                        } else {
                            crate::host::translate::Field::Name(
                                String::from_utf8_lossy(&b).into_owned(),
                            )
                        }
                    }
                };
                let (file, ids, code) = (s(0).into_owned(), s(1).into_owned(), s(3).into_owned());
                if crate::host::translate::empty_name_unassigned(&self.sess.trans_files, &file) {
                    return Err(crate::vm::RuntimeError::Value(
                        crate::value::ops::ValueError::Unassigned,
                    )
                    .into());
                }
                let sess = &mut self.sess;
                let t = crate::host::translate::trans(
                    &sess.account,
                    &mut sess.trans_files,
                    &file,
                    &ids,
                    &field,
                    &code,
                );
                match t {
                    Ok(t) => {
                        for m in &t.messages {
                            self.sess.say(m);
                        }
                        if let Some(st) = t.status {
                            self.status = Value::Int(st);
                        }
                        Value::str(t.value)
                    }
                    Err(m) => return Err(crate::vm::RuntimeError::Translate(m).into()),
                }
            }
            I::Outerjoin => {
                // OUTERJOIN(file, index, value): the ids whose alternate key
                // `index` has `value`. ScarletDME's _OJOIN opens the file
                // (a failure shows "Cannot open NAME", STATUS() OPEN's code)
                // and asks SELECTINDEX, which fails with STATUS() 1 on any
                // file but a hashed one with that index: mvbasic's files are
                // all directory files, so there is never an index.
                let name = s(0).into_owned();
                let shown = String::from_utf8_lossy(&name).into_owned();
                match crate::host::dir_file::open_part(&self.sess.account, &name, false) {
                    Err(code) => {
                        self.sess.say(&format!("Cannot open {shown}"));
                        self.status = Value::Int(code as i64);
                    }
                    Ok(_) => {
                        let index = String::from_utf8_lossy(&s(1)).into_owned();
                        self.sess
                            .say(&format!("Index {index} not present in {shown}"));
                        self.status = Value::Int(1);
                    }
                }
                Value::empty()
            }
            I::Selectinfo => {
                let n = to_int(&arg(0))?;
                if !(0..=10).contains(&n) {
                    return Err(RuntimeError::Fatal("Select list number out of range").into());
                }
                let n = n as usize;
                let active = self.sess.lists.get(n).map(|l| l.is_some()).unwrap_or(false);
                let key = to_int(&arg(1))?;
                // key 1: is the list active; key 3: how many ids remain
                if key == 3 {
                    Value::int(
                        self.sess
                            .lists
                            .get(n)
                            .and_then(|l| l.as_ref())
                            .map(|l| l.len() as i64)
                            .unwrap_or(0),
                    )
                } else {
                    Value::bool(active)
                }
            }
            _ => return Err(not_routed(which)),
        })
    }
}

/// DIR(path), as ScarletDME: for a directory, one field per entry in the
/// order the operating system lists them (other than `.` and `..`), each
/// `name VM F` for a regular file or `name VM D` for a directory (ScarletDME
/// tests the mode bits with `&`, so a socket counts as F and a block device
/// as D; other entries and those `stat` fails on are left out). "" for an
/// empty path, a path that is not a directory or does not exist.
fn dir_fn(account: &std::path::Path, path: &[u8]) -> Value {
    use std::os::unix::ffi::OsStrExt;
    use std::os::unix::fs::MetadataExt;
    if path.is_empty() {
        return Value::empty();
    }
    let dir = account.join(std::ffi::OsStr::from_bytes(path));
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Value::empty();
    };
    let mut out = Vec::new();
    for e in entries.flatten() {
        let Ok(m) = std::fs::metadata(e.path()) else {
            continue;
        };
        let kind = if m.mode() & libc::S_IFREG != 0 {
            b'F'
        } else if m.mode() & libc::S_IFDIR != 0 {
            b'D'
        } else {
            continue;
        };
        if !out.is_empty() {
            out.push(0xFE);
        }
        out.extend_from_slice(e.file_name().as_bytes());
        out.push(0xFD);
        out.push(kind);
    }
    Value::str(out)
}

/// The FILEINFO keys ScarletDME accepts (its KEYS.H `FL_` values).
fn fileinfo_key(k: i64) -> bool {
    matches!(k, 0..=3 | 5..=11 | 13 | 14 | 1000..=1020 | 10000..=10005)
}
