//! OS.EXECUTE, PROCREAD, the CREATE.FILE statement, SETPU and SETNLS.

use super::file_statements::{ELSE, THEN};
use super::{RuntimeError, Step, Vm};
use crate::bytecode::statement_ops::Sys;
use crate::status_codes::ER_NAM;
use crate::value::ops::*;
use crate::value::Value;

/// ER$NOT.CREATED: a directory could not be made (OS.ERROR() says why).
const ER_NOT_CREATED: i32 = 6;
/// A DYNAMIC file's path exists already (ScarletDME's DH error).
const DH_EXISTS: i32 = 8206;

impl Vm {
    /// The statement operations of this module (inputs already taken).
    pub(super) fn os_op(&mut self, op: Sys, args: Vec<Value>) -> Result<(), Step> {
        let un = Value::Unassigned;
        let p = self.prec();
        let b = |i: usize| {
            args.get(i)
                .map(|v| v.to_bytes(p).into_owned())
                .unwrap_or_default()
        };
        match op {
            Sys::OsExecute => {
                if self.sess.sandbox.is_some() {
                    return Err(
                        RuntimeError::NotSupported("OS.EXECUTE in the sandbox".into()).into(),
                    );
                }
                let capturing = to_int(args.get(1).unwrap_or(&Value::Int(0)))? != 0;
                self.sess.flush();
                let (out, code) = match crate::host::os_command::run_shell(&b(0)) {
                    Ok(r) => r,
                    Err(e) => {
                        return Err(RuntimeError::NotSupported(format!(
                            "OS.EXECUTE (the shell did not start: {e})"
                        ))
                        .into())
                    }
                };
                self.sess.os_error = code.to_string();
                self.status = Value::Int(0);
                if capturing {
                    // lines become fields, as EXECUTE CAPTURING makes them
                    let mut cap = out;
                    if cap.last() == Some(&b'\n') {
                        cap.pop();
                    }
                    for c in cap.iter_mut().filter(|c| **c == b'\n') {
                        *c = 0xFE;
                    }
                    self.push(Value::str(cap));
                } else {
                    self.sess.write(&out);
                }
                self.push_code(THEN);
            }
            Sys::ProcRead => {
                // mvbasic runs no PROCs: never inside one
                self.push(Value::empty());
                self.push_code(ELSE);
            }
            Sys::CreateFile => {
                let path = b(0);
                let dynamic = to_int(args.get(1).unwrap_or(&un))? == 2;
                let on_error = to_int(args.get(2).unwrap_or(&Value::Int(0)))? != 0;
                let full = if path.starts_with(b"/") {
                    std::path::PathBuf::from(String::from_utf8_lossy(&path).into_owned())
                } else {
                    self.sess
                        .account
                        .join(String::from_utf8_lossy(&path).into_owned())
                };
                // a DYNAMIC file is a directory here too
                let code = if path.is_empty() {
                    ER_NAM
                } else if dynamic && full.exists() {
                    DH_EXISTS
                } else {
                    let made = if dynamic {
                        std::fs::create_dir(&full)
                    } else {
                        std::fs::create_dir_all(&full)
                    };
                    // marked hashed with the statement's defaults (group
                    // size 1): FILEINFO reports the type asked for
                    let made = made.and_then(|()| {
                        if dynamic {
                            crate::host::hashed_file::mark(
                                &full,
                                crate::host::hashed_file::DhParams::DICT,
                            )
                        } else {
                            Ok(())
                        }
                    });
                    match made {
                        Ok(()) => 0,
                        Err(e) => {
                            self.sess.os_error = e.raw_os_error().unwrap_or(0).to_string();
                            ER_NOT_CREATED
                        }
                    }
                };
                self.status = Value::Int(code as i64);
                if code == 0 {
                    self.push_code(THEN);
                } else if on_error {
                    self.push_code(3);
                } else {
                    return Err(RuntimeError::Failed(format!("Error {code} creating file")).into());
                }
            }
            Sys::SetPu => {
                let key = to_int(args.first().unwrap_or(&un))?;
                let unit = to_int(args.get(1).unwrap_or(&un))?;
                let v = args.get(2).cloned().unwrap_or(Value::empty());
                let n = to_int(&v).ok();
                match self.sess.print_units.set(key, unit, v, n) {
                    Ok(code) => {
                        self.sess.spool_define(unit);
                        self.status = Value::Int(code as i64)
                    }
                    Err(_) => return Err(RuntimeError::Value(ValueError::NonNumeric(None)).into()),
                }
                self.push_code(THEN);
            }
            Sys::SetNls => {
                let key = to_int(args.first().unwrap_or(&un))?;
                crate::builtins::nls::set(key, &b(1));
                self.push_code(THEN);
            }
            _ => return Err(RuntimeError::UnsupportedStatement(op).into()),
        }
        Ok(())
    }
}
