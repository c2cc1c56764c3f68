//! Conversion functions: FMT, OCONV/ICONV (and the multivalued forms, which
//! set STATUS()), DTX/XTD.

use super::not_routed;
use crate::builtins::fmt::FmtInput;
use crate::builtins::num as bn;
use crate::builtins::{conv, fmt, mv, strings};
use crate::bytecode::intrinsics::I;
use crate::value::ops::ValueError;
use crate::value::Value;
use crate::vm::{RuntimeError, Step, Vm};

impl Vm {
    /// FMT(value, format) honouring numbers vs strings.
    pub(in crate::vm) fn fmt_value(&self, v: &Value, f: &[u8]) -> Value {
        let p = self.prec();
        if fmt::keeps_value(f, p as usize) {
            return v.clone();
        }
        let r = match v {
            Value::Int(i) => fmt::fmt(FmtInput::Num(bn::Num::Int(*i)), f, p as usize),
            Value::Float(x) => fmt::fmt(FmtInput::Num(bn::Num::Float(*x)), f, p as usize),
            other => fmt::fmt(FmtInput::Str(&other.to_bytes(p)), f, p as usize),
        };
        Value::str(r)
    }

    /// ICONV/OCONV whose code has a part that needs the VM: a user-defined
    /// conversion (`U<name>`) or a file translation (`T<file>;...`, see
    /// [`Vm::file_translation`]). The value-mark separated parts run in
    /// order, each `U<name>[.args]` as
    /// ScarletDME's _ICONV / _OCONV run it: `CALL name(result, src, state,
    /// direction)` with `result` = the value so far, `state` = 1,
    /// `direction` 0 for ICONV and 1 for OCONV; STATUS() becomes `state`. An
    /// uncatalogued name is status 2. The first part with a non-zero status
    /// ends the conversion; ICONV then gives "" for status 1 or 2.
    fn vm_conversion(&mut self, oconv: bool, src: Vec<u8>, code: &[u8]) -> Result<Value, Step> {
        let mut value = src;
        let mut status = 0i64;
        for part in code.split(|&b| b == crate::builtins::dynarray::VM) {
            let part = trim_start_spaces(part);
            if let Some(spec) = part.strip_prefix(b"U").or_else(|| part.strip_prefix(b"u")) {
                let name =
                    String::from_utf8_lossy(spec.split(|&b| b == b'.').next().unwrap_or(b""))
                        .trim()
                        .to_string();
                let catalogued = !name.is_empty()
                    && (self.sess.programs.contains_key(&name)
                        || crate::host::programs::find_routine(
                            &self.sess.account,
                            &self.sess.prog_file,
                            &name,
                        )
                        .is_some());
                if !catalogued {
                    status = 2;
                } else {
                    let args = vec![
                        Value::str(value.clone()),
                        Value::str(value.clone()),
                        Value::Int(1),
                        Value::Int(oconv as i64),
                    ];
                    let back = self.call_nested(&name, args)?;
                    let p = self.prec();
                    value = back[0].to_bytes(p).into_owned();
                    status = crate::value::ops::to_int(&back[2]).unwrap_or(0);
                }
            } else if is_file_translation(part) {
                (value, status) = self.file_translation(oconv, &value, &part[1..])?;
            } else if !part.is_empty() {
                let r = if oconv {
                    conv::oconv_checked(&value, part).map_err(fault)?
                } else {
                    conv::iconv(&value, part)
                };
                value = r.value;
                status = r.status;
            }
            if status != 0 {
                break;
            }
        }
        if !oconv && (status == 1 || status == 2) {
            value.clear();
        }
        self.status = Value::int(status);
        Ok(Value::str(value))
    }

    /// One `T{DICT |*}file;c{v};{i};{o}` part, as ScarletDME's _TCONV
    /// runs it: the value is TRANS'ed from `file` (quoted or not, `*` for
    /// DICT) with code `c` (`I` is C for OCONV and V for ICONV, `O` the
    /// reverse), field `o` for OCONV or `i` for ICONV (none: the value is
    /// returned as it is); then subvalue `v` of the first value when `v` is
    /// given, else the result with its value and subvalue marks made
    /// spaces. TRANS's STATUS() (3006 a missing record, OPEN's code for a
    /// missing file, shown as "Cannot open 'NAME'") is the conversion's.
    fn file_translation(
        &mut self,
        oconv: bool,
        value: &[u8],
        spec: &[u8],
    ) -> Result<(Vec<u8>, i64), Step> {
        use crate::builtins::dynarray::{extract, SM, VM};
        use crate::host::translate::{trans, Field};
        let part = |n: usize| spec.split(|&b| b == b';').nth(n).unwrap_or(b"");
        let mut fname = part(0);
        let mut file = Vec::new();
        if let Some(rest) = fname.strip_prefix(b"*") {
            file.extend_from_slice(b"DICT ");
            fname = rest;
        } else if fname.starts_with(b"DICT ") {
            file.extend_from_slice(b"DICT ");
            fname = &fname[5..];
        }
        match fname {
            [q, inner @ .., last] if matches!(q, b'"' | b'\'') && last == q => {
                file.extend_from_slice(inner)
            }
            _ => file.extend_from_slice(trim_start_spaces(fname)),
        }
        let code_part = part(1);
        let vpos = code_part.get(1..).unwrap_or(b"");
        let code: &[u8] = match code_part.first() {
            Some(b'I') => {
                if oconv {
                    b"C"
                } else {
                    b"V"
                }
            }
            Some(b'O') => {
                if oconv {
                    b"V"
                } else {
                    b"C"
                }
            }
            Some(c) => std::slice::from_ref(c),
            None => b"",
        };
        let fld = part(if oconv { 3 } else { 2 });
        if fld.is_empty() {
            return Ok((value.to_vec(), 0));
        }
        let field = match bn::parse_num(fld) {
            Some(n) => Field::Number(n.to_i64()),
            None => Field::Name(String::from_utf8_lossy(fld).into_owned()),
        };
        let sess = &mut self.sess;
        let t = trans(
            &sess.account,
            &mut sess.trans_files,
            &file,
            value,
            &field,
            code,
        )
        .map_err(|m| Step::from(RuntimeError::Translate(m)))?;
        for m in &t.messages {
            self.sess.say(m);
        }
        let v = bn::parse_num(vpos).map_or(0, |n| n.to_i64());
        let out = if v != 0 {
            extract(&t.value, 1, 1, v).to_vec()
        } else {
            t.value
                .iter()
                .map(|&b| if b == VM || b == SM { b' ' } else { b })
                .collect()
        };
        Ok((out, t.status.unwrap_or(0)))
    }

    pub(super) fn conversion_intrinsic(
        &mut self,
        which: I,
        base: usize,
        argc: usize,
    ) -> Result<Value, Step> {
        self.no_files(base)?;
        let s = |i: usize| self.sarg(base, i);
        Ok(match which {
            I::Fmt => {
                let f = s(1);
                let r = self.fmt_value(&self.arg(base, 0).clone(), &f);
                self.status = Value::int(fmt::code_status(&f, self.prec() as usize));
                r
            }
            I::Oconv | I::Iconv => {
                let code = s(1).into_owned();
                if !needs_vm(&code) {
                    let n = match self.arg(base, 0) {
                        Value::Int(i) => Some(bn::Num::Int(*i)),
                        Value::Float(f) => Some(bn::Num::Float(*f)),
                        _ => None,
                    };
                    let conv_number = if which == I::Oconv {
                        conv::oconv_number
                    } else {
                        conv::iconv_number
                    };
                    if let Some(r) = n.and_then(|n| conv_number(n, &code)) {
                        let r = r.map_err(fault)?;
                        self.status = Value::int(r.status);
                        return Ok(conv_value(r, self.arg(base, 0)));
                    }
                }
                let src = s(0).into_owned();
                if needs_vm(&code) {
                    return self.vm_conversion(which == I::Oconv, src, &code);
                }
                let r = if which == I::Oconv {
                    conv::oconv_checked(&src, &code).map_err(fault)?
                } else {
                    conv::iconv_checked(&src, &code).map_err(fault)?
                };
                self.status = Value::int(r.status);
                conv_value(r, self.arg(base, 0))
            }
            I::Oconvs | I::Iconvs => {
                let code = s(1);
                let mut st = 0;
                let mut failed = None;
                let r = mv::each(&s(0), |x| {
                    if failed.is_some() {
                        return Vec::new();
                    }
                    let c = if which == I::Oconvs {
                        match conv::oconv_checked(x, &code) {
                            Ok(c) => c,
                            Err(f) => {
                                failed = Some(f);
                                return Vec::new();
                            }
                        }
                    } else {
                        match conv::iconv_checked(x, &code) {
                            Ok(c) => c,
                            Err(f) => {
                                failed = Some(f);
                                return Vec::new();
                            }
                        }
                    };
                    // STATUS() is that of the last element converted
                    st = c.status;
                    c.value
                });
                if let Some(f) = failed {
                    return Err(fault(f));
                }
                self.status = Value::int(st);
                Value::str(r)
            }
            I::Dtx => {
                let w = if argc > 1 { self.iarg(base, 1)? } else { 0 };
                // GetInt: a number beyond 32 bits stops ScarletDME
                let v =
                    crate::builtins::conv_int::int_of_num(self.narg(base, 0)?).map_err(fault)?;
                Value::str(strings::dtx(v as i64, w))
            }
            I::Xtd => {
                let r = match strings::xtd(&s(0)) {
                    Some(n) => Value::int(n as i64),
                    None => self.arg(base, 0).clone(),
                };
                self.status = Value::Int(0);
                r
            }
            _ => return Err(not_routed(which)),
        })
    }
}

/// The value an OCONV/ICONV leaves, typed as ScarletDME's stack leaves it
/// (see [`conv::ConvKind`]): `arg` itself when no part touched it (a
/// number stays a number), an integer where the conversion makes one,
/// else a string.
fn conv_value(r: conv::ConvResult, arg: &Value) -> Value {
    match r.kind {
        conv::ConvKind::Same => arg.clone(),
        conv::ConvKind::Int => match std::str::from_utf8(&r.value)
            .ok()
            .and_then(|t| t.parse().ok())
        {
            Some(i) => Value::Int(i),
            None => Value::str(r.value),
        },
        conv::ConvKind::Text => Value::str(r.value),
    }
}

/// The run-time error ScarletDME stops a conversion with.
fn fault(f: conv::ConvFault) -> Step {
    match f {
        conv::ConvFault::NonNumeric => ValueError::NonNumeric(None).into(),
        conv::ConvFault::Overflow => RuntimeError::Fatal("Numeric overflow").into(),
    }
}

/// True when a conversion code has a part the VM runs: user-defined
/// (`U...`) or a file translation (`T...;...`).
fn needs_vm(code: &[u8]) -> bool {
    code.split(|&b| b == crate::builtins::dynarray::VM)
        .any(|p| {
            let p = trim_start_spaces(p);
            matches!(p.first(), Some(b'U' | b'u')) || is_file_translation(p)
        })
}

/// A `T` part with a `;` is a file translation (else a substring).
fn is_file_translation(part: &[u8]) -> bool {
    matches!(part.first(), Some(b'T' | b't')) && part.contains(&b';')
}

fn trim_start_spaces(p: &[u8]) -> &[u8] {
    let n = p.iter().take_while(|&&b| b == b' ').count();
    &p[n..]
}
