//! Session and environment functions: DATE, TIME, TIMEDATE, SYSTEM(n),
//! STATUS, SENTENCE, ASSIGNED/UNASSIGNED, VARTYPE, OS.ERROR, ENV, @(col,row),
//! ISNULL, INMAT, CCALL (calls of C code, `crate::host::ccall`).

use super::not_routed;
use crate::bytecode::intrinsics::I;
use crate::value::ops::*;
use crate::value::Value;
use crate::vm::at_vars::now_date_time;
use crate::vm::{RuntimeError, Step, Vm};

impl Vm {
    pub(super) fn system_intrinsic(
        &mut self,
        which: I,
        base: usize,
        argc: usize,
    ) -> Result<Value, Step> {
        let s = |i: usize| self.sarg(base, i);
        let arg = |i: usize| self.arg(base, i).clone();
        Ok(match which {
            // ScarletDME's STATUS() is never negative (op_status: abs)
            I::Status => match &self.status {
                Value::Int(i) => Value::Int(i.abs()),
                v => v.clone(),
            },
            I::Inmat if argc == 0 => Value::int(self.inmat),
            I::Inmat => match arg(0) {
                Value::Mat(m) if m.cols == 0 => Value::int(m.rows as i64),
                Value::Mat(m) => {
                    let mut b = m.rows.to_string().into_bytes();
                    b.push(crate::builtins::dynarray::VM);
                    b.extend_from_slice(m.cols.to_string().as_bytes());
                    Value::str(b)
                }
                _ => return Err(RuntimeError::NotAMatrix("INMAT argument").into()),
            },
            I::ArgCount => Value::int(self.cur.argc as i64),
            I::Arg => match self.arg_slot(&arg(0))? {
                Some(r) => self.assigned(r)?.clone(),
                // a FUNCTION's result is unassigned until its RETURN
                None => return Err(ValueError::Unassigned.into()),
            },
            I::Date => Value::int(now_date_time().0),
            I::Time => Value::int(now_date_time().1),
            I::Timedate => {
                let (d, t) = now_date_time();
                let ts = crate::builtins::conv::oconv(t.to_string().as_bytes(), b"MTS").value;
                let ds = crate::builtins::conv::oconv(d.to_string().as_bytes(), b"D").value;
                let mut v = ts;
                v.push(b' ');
                v.extend_from_slice(&ds);
                Value::str(v)
            }
            I::System => self.system_fn(to_int(&arg(0))?),
            I::Sentence => Value::from_bytes(&self.sess.sentence),
            I::Assigned => Value::bool(!arg(0).is_unassigned()),
            I::Unassigned => Value::bool(arg(0).is_unassigned()),
            I::OsError => Value::text(&self.sess.os_error),
            I::Env => Value::text(
                &std::env::var(String::from_utf8_lossy(&s(0)).to_string()).unwrap_or_default(),
            ),
            // ScarletDME's descriptor type numbers (descr.h)
            I::Vartype => Value::Int(match arg(0) {
                Value::Unassigned => 0,
                Value::Int(_) => 2,
                Value::Float(_) => 3,
                Value::Str(_) => 5,
                Value::Handle(_) => 6,
                Value::Mat(_) => 7,
                Value::Object(_) => 13,
            }),
            I::Getnls => Value::str(crate::builtins::nls::get(to_int(&arg(0))?)),
            I::Umask => {
                let new = to_int(&arg(0))? as libc::mode_t;
                // SAFETY: umask only swaps the process's file-creation mask
                let old = unsafe { libc::umask(new) };
                Value::int(old as i64)
            }
            I::Config => {
                let name = s(0);
                if name.len() > 8 {
                    return Err(RuntimeError::Fatal("Data cannot be converted to a string").into());
                }
                match crate::builtins::mvtext::config(&name) {
                    Some(v) => {
                        self.status = Value::Int(0);
                        Value::text(v)
                    }
                    None => {
                        self.status = Value::Int(1004);
                        Value::empty()
                    }
                }
            }
            I::At => {
                // xterm's codes (`builtins::term_codes`); cursor moves turn
                // off the display's pagination, clear screen and home start
                // its line count again (as ScarletDME's op_at)
                let n = to_int(&arg(0))?;
                let m = if argc == 2 { to_int(&arg(1))? } else { -1 };
                let size = crate::host::print_units::DISPLAY_SIZE;
                if n >= 0 {
                    self.sess.term.dsp.paginate = false;
                } else if n == -1 || n == -2 {
                    self.sess.term.dsp.line = 0;
                }
                Value::str(crate::builtins::term_codes::at_code(n, m, size, size))
            }
            I::Isnull => Value::bool(*s(0) == [0x80]),
            I::Ccall => {
                let slots = self
                    .sess
                    .host
                    .ccall_slots
                    .clone()
                    .map_err(RuntimeError::CcallSetting)?;
                let (mem, request) = (
                    self.sarg(base, 0).into_owned(),
                    self.sarg(base, 1).into_owned(),
                );
                // pending output first: the called code may block or write
                self.sess.flush();
                let mem =
                    crate::host::ccall::run(&mem, &request, slots).map_err(RuntimeError::Ccall)?;
                Value::str(mem)
            }
            _ => return Err(not_routed(which)),
        })
    }

    /// SYSTEM(n), with ScarletDME's keys (op_sys.c); unknown keys give 0.
    pub(crate) fn system_fn(&mut self, n: i64) -> Value {
        match n {
            1 => Value::bool(self.sess.term.printer_on),
            // the display's width and depth: the account's TERM 32000,32000
            2 | 3 => Value::Int(crate::host::print_units::DISPLAY_SIZE),
            // page and line number of the default print unit (the printer
            // with PRINTER ON, else the display)
            5 | 6 => {
                let t = &self.sess.term;
                let pg = if t.printer_on { &t.lptr } else { &t.dsp };
                Value::Int(if n == 5 { pg.page_no } else { pg.line_number() })
            }
            // terminal type, as @TERM.TYPE
            7 => self.load_at_name("TERM.TYPE"),
            // CPU time used by this process, milliseconds
            9 => Value::int(cpu_millis()),
            10 => Value::bool(!self.sess.data.is_empty()),
            11 => Value::bool(
                self.sess
                    .lists
                    .first()
                    .map(|l| l.is_some())
                    .unwrap_or(false),
            ),
            // time of day in seconds, the same as TIME()
            12 => Value::int(now_date_time().1),
            // user number, the same as @USERNO
            18 => Value::int(crate::host::phantom::userno()),
            // running as a phantom?
            25 => Value::bool(std::env::var_os(crate::host::phantom::PHANTOM_ENV).is_some()),
            // SAFETY (27-30): the id getters take no arguments and cannot fail.
            27 => Value::int(unsafe { libc::getuid() } as i64),
            28 => Value::int(unsafe { libc::geteuid() } as i64),
            29 => Value::int(unsafe { libc::getgid() } as i64),
            30 => Value::int(unsafe { libc::getegid() } as i64),
            91 => Value::Int(0),
            // internal date and time as one number: DATE() * 86400 + TIME()
            1005 => {
                let (d, t) = now_date_time();
                Value::int(d * 86400 + t)
            }
            1017 => Value::text("LINUX"),
            // time of day in milliseconds; like ScarletDME, taken from the
            // Unix clock modulo one day (UTC, whatever the local zone)
            1020 => {
                let ms = std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map(|d| d.as_millis() as i64)
                    .unwrap_or(0);
                Value::int(ms.rem_euclid(86_400_000))
            }
            // operating-system process id
            1031 => Value::int(std::process::id() as i64),
            _ => Value::Int(0),
        }
    }

    /// An @variable by name (for SYSTEM keys that mirror one).
    fn load_at_name(&mut self, name: &str) -> Value {
        match crate::bytecode::at_var_names::AT_VARS
            .iter()
            .position(|n| *n == name)
        {
            Some(i) => self.load_at(i as u16),
            None => Value::empty(),
        }
    }
}

/// CPU time (user + system) used by this process, in milliseconds.
// time_t and suseconds_t are i64 here but narrower on other targets.
#[allow(clippy::useless_conversion)]
fn cpu_millis() -> i64 {
    // SAFETY: getrusage only writes into the struct it is given.
    unsafe {
        let mut ru: libc::rusage = std::mem::zeroed();
        if libc::getrusage(libc::RUSAGE_SELF, &mut ru) != 0 {
            return 0;
        }
        let ms = |t: libc::timeval| i64::from(t.tv_sec) * 1000 + i64::from(t.tv_usec) / 1000;
        ms(ru.ru_utime) + ms(ru.ru_stime)
    }
}
