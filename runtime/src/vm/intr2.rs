//! Intrinsic functions, continued: system information, multivalued
//! (element-by-element) functions, bit operations, maths.

use super::at_vars::now_date_time;
use super::{Step, Vm};
use crate::builtins::{dynarray, field, mv, num as bn, strings};
use crate::bytecode::intrinsics::I;
use crate::host::dir_file::DirFile;
use crate::value::ops::*;
use crate::value::Value;

impl Vm {
    pub(super) fn intrinsic_more(
        &mut self,
        which: I,
        base: usize,
        argc: usize,
    ) -> Result<Value, Step> {
        let p = self.prec();
        let arg = |i: usize| {
            self.stack
                .get(base + i)
                .cloned()
                .unwrap_or(Value::Unassigned)
        };
        let s = |i: usize| arg(i).to_bytes(p).into_owned();
        let flags = |n: usize| -> i64 {
            if argc > n {
                match arg(n) {
                    Value::Int(i) => i,
                    _ => 0,
                }
            } else {
                0
            }
        };
        let pair = |f: &dyn Fn(&[u8], &[u8]) -> Vec<u8>| -> Value {
            let fl = flags(2);
            Value::str(mv::pairwise(
                &s(0),
                &s(1),
                fl & 1 != 0,
                fl & 2 != 0,
                |a, b| f(a, b),
            ))
        };
        let num_of = |b: &[u8]| -> Result<bn::Num, String> {
            bn::parse_num(b).ok_or_else(|| "Non-numeric value where numeric required".to_string())
        };
        let fmtn = |n: bn::Num| bn::format_num(n, p as usize);
        let cmp_each = |op: I| {
            move |a: &[u8], b: &[u8]| -> Vec<u8> {
                let o = crate::builtins::compare::compare_values(a, b);
                use std::cmp::Ordering::*;
                let r = match op {
                    I::Eqs => o == Equal,
                    I::Nes => o != Equal,
                    I::Lts => o == Less,
                    I::Gts => o == Greater,
                    I::Les => o != Greater,
                    _ => o != Less,
                };
                if r {
                    b"1".to_vec()
                } else {
                    b"0".to_vec()
                }
            }
        };
        Ok(match which {
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
            I::Dir => dir_fn(
                &self
                    .sess
                    .account
                    .join(String::from_utf8_lossy(&s(0)).to_string()),
            ),
            I::OsError => Value::text(&self.sess.os_error),
            I::Env => Value::text(
                &std::env::var(String::from_utf8_lossy(&s(0)).to_string()).unwrap_or_default(),
            ),
            I::Vartype => Value::Int(match arg(0) {
                Value::Unassigned => 0,
                Value::Int(_) => 1,
                Value::Float(_) => 2,
                Value::Str(_) => 3,
                Value::Handle(_) => 4,
                Value::Mat(_) => 5,
                Value::Object(_) => 6,
            }),
            I::Cats => pair(&|a, b| [a, b].concat()),
            I::Reuse => arg(0),
            I::Eqs | I::Nes | I::Lts | I::Gts | I::Les | I::Ges => {
                let f = cmp_each(which);
                pair(&f)
            }
            I::Mods => {
                let mut err = None;
                let fl = flags(2);
                let r = mv::pairwise(&s(0), &s(1), fl & 1 != 0, fl & 2 != 0, |a, b| {
                    match (num_of(a), num_of(b)) {
                        (Ok(x), Ok(y)) => match bn::modulo(x, y) {
                            Ok(n) => fmtn(n),
                            Err(e) => {
                                err = Some(e.to_string());
                                Vec::new()
                            }
                        },
                        (Err(e), _) | (_, Err(e)) => {
                            err = Some(e);
                            Vec::new()
                        }
                    }
                });
                if let Some(e) = err {
                    return Err(Step::Msg(e));
                }
                Value::str(r)
            }
            I::Ands | I::Ors => {
                let and = which == I::Ands;
                pair(&|a, b| {
                    let (x, y) = (bn::is_true(a), bn::is_true(b));
                    let r = if and { x && y } else { x || y };
                    if r {
                        b"1".to_vec()
                    } else {
                        b"0".to_vec()
                    }
                })
            }
            I::Nums => Value::str(mv::each(&s(0), |x| {
                if bn::is_numeric(x) {
                    b"1".to_vec()
                } else {
                    b"0".to_vec()
                }
            })),
            I::Nots => Value::str(mv::each(&s(0), |x| {
                if bn::is_true(x) {
                    b"0".to_vec()
                } else {
                    b"1".to_vec()
                }
            })),
            I::Lens => Value::str(mv::each(&s(0), |x| x.len().to_string().into_bytes())),
            I::Seqs => Value::str(mv::each(&s(0), |x| {
                strings::seq(x).to_string().into_bytes()
            })),
            I::Upcases => Value::str(mv::each(&s(0), strings::upcase)),
            I::Downcases => Value::str(mv::each(&s(0), strings::downcase)),
            I::Trims => Value::str(mv::each(&s(0), strings::trim)),
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
                let id = s(1);
                match arg(0).resource::<DirFile>() {
                    Some(f) => {
                        let path = f.path.clone();
                        Value::int(self.sess.locks.get(&(path, id)).copied().unwrap_or(0))
                    }
                    None => Value::Int(0),
                }
            }
            I::Catalogued => {
                let name = String::from_utf8_lossy(&s(0)).to_string();
                let found = self.sess.programs.contains_key(&name)
                    || crate::host::programs::find_routine(
                        &self.sess.account,
                        &self.sess.prog_file,
                        &name,
                    )
                    .is_some();
                Value::bool(found)
            }
            I::Exp | I::Ln | I::Sin | I::Cos | I::Tan => {
                let x = to_num(&arg(0))?.to_f64();
                let r = match which {
                    I::Exp => x.exp(),
                    I::Ln => {
                        if x <= 0.0 {
                            return Err(Step::Msg("Numeric value out of range".into()));
                        }
                        x.ln()
                    }
                    I::Sin => x.to_radians().sin(),
                    I::Cos => x.to_radians().cos(),
                    _ => x.to_radians().tan(),
                };
                Value::Float(r)
            }
            I::Rnd => {
                let n = to_int(&arg(0))?;
                if n <= 0 {
                    Value::Int(0)
                } else {
                    use std::time::{SystemTime, UNIX_EPOCH};
                    let seed = SystemTime::now()
                        .duration_since(UNIX_EPOCH)
                        .map(|d| d.as_nanos() as u64)
                        .unwrap_or(1);
                    let x = seed ^ (seed >> 33).wrapping_mul(0xff51afd7ed558ccd);
                    Value::int((x % n as u64) as i64)
                }
            }
            I::Splice => {
                let fl = 0;
                let d = s(1);
                Value::str(mv::pairwise(&s(0), &s(2), fl != 0, false, |a, b| {
                    [a, &d[..], b].concat()
                }))
            }
            I::Counts => {
                let sub = s(1);
                Value::str(mv::each(&s(0), |x| {
                    dynarray::count(x, &sub).to_string().into_bytes()
                }))
            }
            I::At => {
                let n = to_int(&arg(0))?;
                if argc == 1 && n == -1 {
                    Value::from_bytes(b"\x1b[H\x1b[2J")
                } else if argc == 2 {
                    let r = to_int(&arg(1))?;
                    Value::text(&format!("\x1b[{};{}H", r + 1, n + 1))
                } else {
                    Value::empty()
                }
            }
            I::Bitand | I::Bitor | I::Bitxor => {
                let (a, b) = (to_int(&arg(0))?, to_int(&arg(1))?);
                Value::int(match which {
                    I::Bitand => a & b,
                    I::Bitor => a | b,
                    _ => a ^ b,
                })
            }
            I::Bitnot => Value::int(!(to_int(&arg(0))? as i32) as i64),
            I::Shift => {
                let (a, n) = (to_int(&arg(0))? as i32, to_int(&arg(1))?);
                let r = if n >= 0 {
                    (a as u32).checked_shr(n as u32).unwrap_or(0) as i32
                } else {
                    a.checked_shl((-n) as u32).unwrap_or(0)
                };
                Value::int(r as i64)
            }
            I::Neg => neg(&arg(0))?,
            I::Ints => Value::str(mv::each(&s(0), |x| {
                num_of(x).map(|n| fmtn(bn::int_part(n))).unwrap_or_default()
            })),
            I::Abss => Value::str(mv::each(&s(0), |x| {
                num_of(x).map(|n| fmtn(bn::abs(n))).unwrap_or_default()
            })),
            I::Chars => Value::str(mv::each(&s(0), |x| {
                strings::char_of(num_of(x).map(|n| n.to_i64()).unwrap_or(0))
            })),
            I::Spaces => Value::str(mv::each(&s(0), |x| {
                strings::space(num_of(x).map(|n| n.to_i64()).unwrap_or(0).min(1 << 20))
            })),
            I::Strs => {
                let n = to_int(&arg(1))?.min(1 << 20);
                Value::str(mv::each(&s(0), |x| strings::str_repeat(x, n)))
            }
            I::Fields => {
                let d = s(1);
                let (o, c) = (
                    to_int(&arg(2))?,
                    if argc > 3 { to_int(&arg(3))? } else { 1 },
                );
                Value::str(mv::each(&s(0), |x| field::field(x, &d, o, c).value))
            }
            I::Fmts => {
                let f = s(1);
                let pr = p as usize;
                Value::str(mv::each(&s(0), |x| {
                    crate::builtins::fmt::fmt(crate::builtins::fmt::FmtInput::Str(x), &f, pr)
                }))
            }
            I::Fold => {
                let w = to_int(&arg(1))?.max(1) as usize;
                let src = s(0);
                let parts: Vec<&[u8]> = src.chunks(w).collect();
                Value::str(parts.join(&0xFEu8))
            }
            I::Formlist => arg(0),
            I::Isnull => Value::bool(s(0) == [0x80]),
            I::Crc32 => {
                let mut crc: u32 = 0xffff_ffff;
                for &b in s(0).iter() {
                    crc ^= b as u32;
                    for _ in 0..8 {
                        crc = if crc & 1 != 0 {
                            (crc >> 1) ^ 0xedb8_8320
                        } else {
                            crc >> 1
                        };
                    }
                }
                Value::int((!crc) as i64)
            }
            I::Selectinfo => {
                let n = to_int(&arg(0))?.clamp(0, 10) as usize;
                let active = self.sess.lists.get(n).map(|l| l.is_some()).unwrap_or(false);
                let key = to_int(&arg(1))?;
                if key == 1 {
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
            I::Ifs => {
                let c = s(0);
                let (a, b) = (s(1), s(2));
                let _ = (&a, &b);
                Value::str(mv::each(&c, |x| {
                    if bn::is_true(x) {
                        a.clone()
                    } else {
                        b.clone()
                    }
                }))
            }
            _ => return Err(Step::Msg(format!("Function {:?} is not supported", which))),
        })
    }

    /// SYSTEM(n), with ScarletDME's keys (op_sys.c); unknown keys give 0.
    fn system_fn(&mut self, n: i64) -> Value {
        match n {
            1 => Value::Int(0),
            2 => Value::Int(80),
            3 => Value::Int(24),
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
        match crate::compiler::AT_VARS.iter().position(|n| *n == name) {
            Some(i) => self.load_at(i as u16),
            None => Value::empty(),
        }
    }
}

/// CPU time (user + system) used by this process, in milliseconds.
fn cpu_millis() -> i64 {
    // SAFETY: getrusage only writes into the struct it is given.
    unsafe {
        let mut ru: libc::rusage = std::mem::zeroed();
        if libc::getrusage(libc::RUSAGE_SELF, &mut ru) != 0 {
            return 0;
        }
        let ms = |t: libc::timeval| t.tv_sec as i64 * 1000 + t.tv_usec as i64 / 1000;
        ms(ru.ru_utime) + ms(ru.ru_stime)
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
