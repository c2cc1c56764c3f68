//! Statement operations (`Op::Sys`, `Op::SysVar`) other than file I/O.

use std::rc::Rc;

use super::file_statements::{ELSE, THEN};
use super::{Halt, RuntimeError, Step, Vm};
use crate::builtins::dynarray::{FM, VM};
use crate::builtins::{locate, matrix, remove};
use crate::bytecode::statement_ops::Sys;
use crate::value::ops::*;
use crate::value::Value;

impl Vm {
    /// Dispatches a statement operation with `argc` inputs on the stack.
    pub(super) fn sys(&mut self, id: u16, argc: u8) -> Result<(), Step> {
        let op = Sys::from_u16(id).ok_or(RuntimeError::BadStatementOp)?;
        let base = self.stack.len().saturating_sub(argc as usize);
        let args: Vec<Value> = self.stack.drain(base..).collect();
        let un = Value::Unassigned;
        let p = self.prec();
        let b = |i: usize| {
            args.get(i)
                .map(|v| v.to_bytes(p).into_owned())
                .unwrap_or_default()
        };
        match op {
            Sys::Precision => {
                let n = to_int(args.first().unwrap_or(&un))?;
                self.cur.precision = n.clamp(0, 14) as u8;
            }
            Sys::Locate => {
                let needle = b(0);
                let srcv = args.get(1).unwrap_or(&un);
                let f = to_int(args.get(2).unwrap_or(&un))?;
                let v = to_int(args.get(3).unwrap_or(&un))?;
                let s = to_int(args.get(4).unwrap_or(&un))?;
                let order = b(5);
                // a sorted search of the fields, or of the values of field
                // 1: the string remembers where the last one stopped
                let level = match (f <= 1, v, s) {
                    (true, ..=0, _) => Some(FM),
                    (true, 1, ..=0) => Some(VM),
                    _ => None,
                };
                let sorted = level.and(locate::sorted_int_needle(&needle, &order));
                let r = match (srcv, sorted, level) {
                    (Value::Str(rc), Some((sv, up)), Some(mark)) if !rc.is_empty() => {
                        rc.locate_sorted(&needle, sv, up, mark)
                    }
                    _ => locate::locate(&needle, &srcv.to_bytes(p), f, v, s, &order),
                };
                self.push(Value::int(r.pos));
                self.push(Value::Int(if r.found { THEN } else { ELSE }));
            }
            Sys::Find | Sys::FindStr => {
                let needle = b(0);
                let srcv = args.get(1).unwrap_or(&un);
                let src = srcv.to_bytes(p);
                let occ = to_int(args.get(2).unwrap_or(&Value::Int(1)))?;
                let r = if op == Sys::Find {
                    locate::find(&needle, &src, occ)
                } else {
                    locate::findstr(&needle, &src, occ)
                };
                match r {
                    Some(at) => {
                        self.push(Value::int(at.field));
                        self.push(Value::int(at.value));
                        self.push(Value::int(at.subvalue));
                        self.push(Value::Int(THEN));
                    }
                    None => {
                        for _ in 0..3 {
                            self.push(Value::Int(0));
                        }
                        self.push(Value::Int(ELSE));
                    }
                }
            }
            Sys::Data => {
                self.sess.data.push_back(b(0));
            }
            Sys::Prompt => {
                // one character: the first of the string
                let mut p = b(0);
                p.truncate(1);
                self.sess.prompt = p;
            }
            Sys::Input => {
                // INPUTCSV's line: INPUT's rules (`terminal_statements`)
                let line = self.input_plain(0, 0);
                self.push(Value::str(line));
                return self.term_check();
            }
            Sys::Sleep | Sys::Nap => {
                let n = to_num(args.first().unwrap_or(&un))?.to_f64();
                let secs = if op == Sys::Sleep { n } else { n / 1000.0 };
                if secs > 0.0 && secs.is_finite() && self.sess.sandbox.is_none() {
                    self.sess.flush();
                    std::thread::sleep(std::time::Duration::from_secs_f64(secs.min(1e6)));
                }
            }
            Sys::SetExitStatus => {
                self.sess.exit_status = Some(to_int(args.first().unwrap_or(&un))? as i32);
            }
            Sys::Chain => {
                // CHAIN: run the command in place of this program, whose
                // objects go first (their destructors run before it)
                let cmd = b(0);
                self.end_objects();
                self.execute(&cmd, false)?;
                return Err(Step::Halt(Halt::Chain(
                    String::from_utf8_lossy(&cmd).to_string(),
                )));
            }
            Sys::Echo => {
                self.sess.echo = truth(args.first().unwrap_or(&un))?;
            }
            Sys::MatParse => {
                let mut mat = args.first().cloned().unwrap_or_default();
                let src = b(1);
                let delim = b(2);
                match &mut mat {
                    Value::Mat(m) => {
                        // op_matparse: every character of the delimiter
                        // string is a delimiter (none: every character);
                        // element 0 is cleared or takes the surplus text
                        let m = Rc::make_mut(m);
                        let n = m.elems.len().saturating_sub(1);
                        let parsed = matrix::matparse(&src, &delim, n);
                        m.elems[0] = Value::str(parsed.zero);
                        for (e, v) in m.elems.iter_mut().skip(1).zip(parsed.elements) {
                            *e = Value::str(v);
                        }
                        self.inmat = parsed.inmat;
                    }
                    _ => return Err(RuntimeError::NotAMatrix("MATPARSE target").into()),
                }
                self.push(mat);
            }
            Sys::MatBuild => {
                let m = match args.first().unwrap_or(&un) {
                    Value::Mat(m) => m.clone(),
                    _ => return Err(RuntimeError::NotAMatrix("MATBUILD source").into()),
                };
                // FROM mat, start[, end]: elements start..end (end < 1 or
                // past the last: the last); op_matbuild reads end first
                let n = m.elems.len().saturating_sub(1) as i64;
                let end = match to_int(args.get(3).unwrap_or(&un))? {
                    e if e < 1 || e > n => n,
                    e => e,
                };
                let start = to_int(args.get(2).unwrap_or(&un))?.max(1);
                // the compiler passes -1 for "no USING": a field mark; a
                // given delimiter is used whole ("" joins with nothing)
                let delim = match args.get(1) {
                    None | Some(Value::Int(-1)) => vec![0xFE],
                    Some(v) => v.to_bytes(p).into_owned(),
                };
                let text = |v: &Value| -> Option<Vec<u8>> {
                    (!v.is_unassigned()).then(|| v.to_bytes(p).into_owned())
                };
                let items: Vec<Option<Vec<u8>>> = if start > end {
                    Vec::new()
                } else {
                    m.elems[start as usize..=end as usize]
                        .iter()
                        .map(text)
                        .collect()
                };
                let zero = text(&m.elems[0]).unwrap_or_default();
                let s = matrix::matbuild(items.iter().map(|e| e.as_deref()), &zero, &delim);
                self.push(Value::str(s));
            }
            Sys::Execute => {
                let cmd = b(0);
                let flags = to_int(args.get(1).unwrap_or(&un))?;
                if flags & 8 != 0 {
                    let name = args.get(3).unwrap_or(&un).to_bytes(4).into_owned();
                    self.pass_list(args.get(2).unwrap_or(&un), &name)?;
                }
                let (out, ret, list) =
                    self.execute_with(&cmd, flags & 1 != 0, flags & 2 != 0, flags & 4 != 0)?;
                self.push(out);
                self.push(ret);
                self.push(list);
            }
            Sys::PopGosub => {
                if let Some((_, ti)) = self.cur.gosubs.pop() {
                    if ti != super::NO_LOCAL {
                        return Err(RuntimeError::ReturnToInLocal.into());
                    }
                }
            }
            Sys::ClearData => self.sess.data.clear(),
            Sys::Clear => self.clear_variables(),
            Sys::Hush => {
                let old = self.sess.hush;
                self.sess.hush = truth(args.first().unwrap_or(&un))?;
                self.push(Value::Int(old as i64));
            }
            Sys::ClearCommon => self.clear_blank_common(),
            Sys::Randomize => {
                let seed = match args.first() {
                    Some(v) => to_int(v)? as u64,
                    None => std::time::SystemTime::now()
                        .duration_since(std::time::UNIX_EPOCH)
                        .map(|d| d.as_nanos() as u64)
                        .unwrap_or(1),
                };
                self.sess.rnd_state = Some(crate::builtins::random::rnd_next(
                    seed ^ 0x9e37_79b9_7f4a_7c15,
                ));
            }
            Sys::Inmat => {
                self.push(Value::int(self.inmat));
            }
            Sys::SetArg => {
                let v = args.get(1).cloned().unwrap_or_default();
                match self.arg_slot(args.first().unwrap_or(&un))? {
                    Some(r) => self.store_var(r, v),
                    None => {
                        return Err(RuntimeError::Fatal(
                            "SET.ARG 1 in a FUNCTION (its result) is not supported by mvbasic",
                        )
                        .into())
                    }
                }
            }
            Sys::CsvPart | Sys::CsvLine => return self.csv_op(op, args),
            Sys::ErrMsg => return self.errmsg(args),
            Sys::ClauseFlags => {
                self.clause_flags = to_int(args.first().unwrap_or(&un))? as u8;
            }
            Sys::Read | Sys::ReadU | Sys::ReadL | Sys::ReadV | Sys::ReadVU | Sys::ReadVL => {
                return self.read_record(op, args)
            }
            Sys::MatRead | Sys::MatReadU | Sys::MatReadL => return self.mat_read(op, args),
            Sys::Write
            | Sys::WriteU
            | Sys::WriteV
            | Sys::WriteVU
            | Sys::MatWrite
            | Sys::MatWriteU => return self.write_record(op, args),
            Sys::Delete | Sys::DeleteU => return self.delete_record(op, args),
            Sys::Release
            | Sys::RecordLockL
            | Sys::RecordLockU
            | Sys::FileLock
            | Sys::FileUnlock
            | Sys::Lock
            | Sys::Unlock
            | Sys::TxnStart
            | Sys::TxnCommit
            | Sys::TxnEnd => return self.lock_op(op, args),
            Sys::Term => return self.term_op(args),
            Sys::SelectIndex
            | Sys::SelectIndexV
            | Sys::SelectLeft
            | Sys::SelectRight
            | Sys::SetLeft
            | Sys::SetRight => return self.index_op(op, args),
            Sys::OsExecute | Sys::ProcRead | Sys::CreateFile | Sys::SetPu | Sys::SetNls => {
                return self.os_op(op, args)
            }
            _ => return self.file_op(op, args),
        }
        Ok(())
    }

    /// Statement operations on a variable (REMOVE, SETREM, GETREM).
    pub(super) fn sys_var(&mut self, id: u16, r: crate::bytecode::VarRef) -> Result<(), Step> {
        let op = Sys::from_u16(id).ok_or(RuntimeError::BadStatementOp)?;
        let p = self.prec();
        match op {
            Sys::Remove | Sys::RemoveFn => {
                let slot = self.var_mut(r);
                if slot.is_unassigned() {
                    return Err(self.unassigned(r));
                }
                let s = slot.make_str_mut_keep(p);
                let rr = remove::remove(s.bytes(), s.rem);
                let item = rr.item.to_vec();
                let delim = rr.delim;
                s.rem = rr.next;
                self.push(Value::str(item));
                self.push(Value::int(delim));
            }
            Sys::GetRem => {
                let v = match self.var(r) {
                    Value::Str(s) => s.rem as i64,
                    _ => 0,
                };
                self.push(Value::int(v));
            }
            Sys::SetRem => {
                let pos = self.pop();
                let n = to_int(&pos)?.max(0) as usize;
                let slot = self.var_mut(r);
                let s = slot.make_str_mut_keep(p);
                // beyond the end: the pointer stays, STATUS() 1002 (ER$LENGTH)
                let ok = n <= s.len() && (n == 0 || !s.is_empty());
                if ok {
                    s.rem = n;
                }
                self.status = Value::Int(if ok { 0 } else { 1002 });
            }
            _ => return Err(RuntimeError::BadVariableOp.into()),
        }
        Ok(())
    }
}
