//! Functions about files and lists in the account: DIR, FILEINFO,
//! RECORDLOCKED, CATALOGUED, SELECTINFO, TRANS/XLATE.

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
            I::Dir => dir_fn(
                &self
                    .sess
                    .account
                    .join(String::from_utf8_lossy(&s(0)).to_string()),
            ),
            I::Fileinfo => {
                let key = to_int(&arg(1))?;
                let v = arg(0);
                match (&v, v.resource::<DirFile>()) {
                    (_, Some(f)) => match key {
                        0 => Value::Int(1),
                        1 => Value::text(&f.name),
                        2 => Value::text(&f.path.to_string_lossy()),
                        3 => Value::Int(4),
                        _ => Value::Int(0),
                    },
                    (Value::Handle(_), None) => Value::Int(if key == 0 { 1 } else { 0 }),
                    _ => Value::Int(0),
                }
            }
            I::Recordlocked => {
                let id = s(1).into_owned();
                let f = arg(0);
                self.record_locked(&f, &id)
            }
            I::Catalogued => {
                // 1 local (VOC), 2 private catalogue; a routine mvbasic
                // finds by its source search path counts as local. The name
                // is looked up in upper case, as ScarletDME does.
                let name = String::from_utf8_lossy(&s(0)).to_ascii_uppercase();
                let acct = &self.sess.account;
                match crate::host::catalog::find(acct, &name) {
                    Some((_, scope)) => Value::Int(scope as i64),
                    None => Value::bool(
                        self.sess.programs.contains_key(&name)
                            || crate::host::programs::find_routine(
                                acct,
                                &self.sess.prog_file,
                                &name,
                            )
                            .is_some(),
                    ),
                }
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
                match crate::host::translate::trans(&self.sess.account, &s(0), &s(1), &field, &s(3))
                {
                    Ok(t) => {
                        if let Some(m) = t.message {
                            self.sess.say(&m);
                        }
                        self.status = Value::Int(t.status);
                        Value::str(t.value)
                    }
                    Err(m) => return Err(crate::vm::RuntimeError::Translate(m).into()),
                }
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

/// Unix time in seconds to internal (day, seconds since midnight), local time
/// like DATE() and TIME(); day 732 is 1 January 1970.
fn internal_date_time(t: i64) -> (i64, i64) {
    // SAFETY: localtime_r writes into the provided struct only.
    let off = unsafe {
        let tt: libc::time_t = t as libc::time_t;
        let mut tm: libc::tm = std::mem::zeroed();
        if libc::localtime_r(&tt, &mut tm).is_null() {
            0
        } else {
            tm.tm_gmtoff as i64
        }
    };
    let lt = t + off;
    (lt.div_euclid(86400) + 732, lt.rem_euclid(86400))
}

/// Size, mode letter (F or D; None for other kinds) and modification
/// (date, time) of a path, following symbolic links.
fn stat_entry(path: &std::path::Path) -> Option<(u64, u8, (i64, i64))> {
    use std::os::unix::fs::MetadataExt;
    let m = std::fs::metadata(path).ok()?;
    let kind = if m.is_file() {
        b'F'
    } else if m.is_dir() {
        b'D'
    } else {
        return None;
    };
    Some((m.len(), kind, internal_date_time(m.mtime())))
}

/// DIR(path).  For a directory, as ScarletDME: one field per entry (other
/// than `.` and `..`, regular files and directories only) holding
/// name VM mode (F or D); mvbasic adds VM size VM date VM time (internal
/// formats, modification time) and sorts the entries by name.  For a
/// regular file (an mvbasic extension; ScarletDME returns "" there):
/// size FM F FM date FM time.  "" when the path does not exist.
fn dir_fn(path: &std::path::Path) -> Value {
    let Some((size, kind, (date, time))) = stat_entry(path) else {
        return Value::empty();
    };
    if kind == b'F' {
        return Value::str(join_marks(
            &[
                size.to_string().as_bytes(),
                b"F",
                date.to_string().as_bytes(),
                time.to_string().as_bytes(),
            ],
            0xFE,
        ));
    }
    let mut names: Vec<std::ffi::OsString> = match std::fs::read_dir(path) {
        Ok(rd) => rd.flatten().map(|e| e.file_name()).collect(),
        Err(_) => return Value::empty(),
    };
    names.sort();
    let mut out = Vec::new();
    for name in names {
        let Some((size, kind, (date, time))) = stat_entry(&path.join(&name)) else {
            continue;
        };
        if !out.is_empty() {
            out.push(0xFE);
        }
        let name = std::os::unix::ffi::OsStrExt::as_bytes(name.as_os_str());
        let (size, date, time) = (size.to_string(), date.to_string(), time.to_string());
        out.extend_from_slice(&join_marks(
            &[
                name,
                &[kind],
                size.as_bytes(),
                date.as_bytes(),
                time.as_bytes(),
            ],
            0xFD,
        ));
    }
    Value::str(out)
}

/// Parts joined with one mark character.
fn join_marks(parts: &[&[u8]], mark: u8) -> Vec<u8> {
    let mut v = Vec::new();
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            v.push(mark);
        }
        v.extend_from_slice(p);
    }
    v
}
