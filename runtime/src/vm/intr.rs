//! Intrinsic functions (string, number and dynamic-array functions),
//! implemented over `crate::builtins`.

use super::{Step, Vm};
use crate::builtins::fmt::FmtInput;
use crate::builtins::{
    compare, conv, dynarray, field, fmt, locate, mv, num as bn, pattern, strings,
};
use crate::bytecode::intrinsics::{self, I};
use crate::value::ops::*;
use crate::value::Value;

impl Vm {
    /// FMT(value, format) honouring numbers vs strings.
    pub(super) fn fmt_value(&self, v: &Value, f: &[u8]) -> Value {
        let p = self.prec();
        let r = match v {
            Value::Int(i) => fmt::fmt(FmtInput::Num(bn::Num::Int(*i)), f, p as usize),
            Value::Float(x) => fmt::fmt(FmtInput::Num(bn::Num::Float(*x)), f, p as usize),
            other => fmt::fmt(FmtInput::Str(&other.to_bytes(p)), f, p as usize),
        };
        Value::str(r)
    }

    /// Calls intrinsic `id` with `argc` arguments on the stack.
    pub(super) fn intrinsic(&mut self, id: u16, argc: u8) -> Result<(), Step> {
        let which = intrinsics::id(id);
        let base = self.stack.len().saturating_sub(argc as usize);
        if which == I::Mod && argc == 2 {
            if let (Some(Value::Int(a)), Some(Value::Int(b))) =
                (self.stack.get(base), self.stack.get(base + 1))
            {
                let (a, b) = (*a, *b);
                if b != 0 {
                    // MOD takes the divisor's sign
                    let r = a.rem_euclid(b.abs()) * b.signum();
                    let r = if b < 0 && a.rem_euclid(b.abs()) != 0 {
                        a.rem_euclid(b.abs()) + b
                    } else if b < 0 {
                        0
                    } else {
                        r
                    };
                    self.stack.truncate(base);
                    self.push(Value::int(r));
                    return Ok(());
                }
            }
        }
        let r = self.intrinsic_inner(which, base, argc as usize)?;
        self.stack.truncate(base);
        self.push(r);
        Ok(())
    }

    fn arg(&self, base: usize, i: usize) -> &Value {
        self.stack.get(base + i).unwrap_or(&Value::Unassigned)
    }

    fn sarg(&self, base: usize, i: usize) -> std::borrow::Cow<'_, [u8]> {
        self.arg(base, i).to_bytes(self.prec())
    }

    fn iarg(&self, base: usize, i: usize) -> Result<i64, Step> {
        Ok(to_int(self.arg(base, i))?)
    }

    fn narg(&self, base: usize, i: usize) -> Result<bn::Num, Step> {
        Ok(to_num(self.arg(base, i))?)
    }

    fn intrinsic_inner(&mut self, which: I, base: usize, argc: usize) -> Result<Value, Step> {
        let p = self.prec();
        let s = |i: usize| self.sarg(base, i);
        Ok(match which {
            I::Len => match self.arg(base, 0) {
                Value::Str(x) => Value::int(x.data.len() as i64),
                v => Value::int(v.to_bytes(p).len() as i64),
            },
            I::Index => Value::int(field::index(&s(0), &s(1), self.iarg(base, 2)?)),
            I::Count => Value::int(dynarray::count(&s(0), &s(1))),
            I::Dcount => Value::int(dynarray::dcount(&s(0), &s(1))),
            I::Field => {
                let cnt = if argc > 3 { self.iarg(base, 3)? } else { 1 };
                let r = field::field(&s(0), &s(1), self.iarg(base, 2)?, cnt);
                self.col1 = r.col1;
                self.col2 = r.col2;
                Value::str(r.value)
            }
            I::Fieldstore => Value::str(field::fieldstore(
                &s(0),
                &s(1),
                self.iarg(base, 2)?,
                self.iarg(base, 3)?,
                &s(4),
            )),
            I::Col1 => Value::int(self.col1),
            I::Col2 => Value::int(self.col2),
            I::Trim => {
                if argc == 1 {
                    Value::str(strings::trim(&s(0)))
                } else {
                    let ch = s(1).first().copied().unwrap_or(b' ');
                    let mode = if argc > 2 {
                        s(2).first().copied().unwrap_or(b'R')
                    } else {
                        b'R'
                    };
                    Value::str(strings::trim_with(&s(0), ch, mode))
                }
            }
            I::Trimf => Value::str(strings::trimf(&s(0))),
            I::Trimb => Value::str(strings::trimb(&s(0))),
            I::Upcase => Value::str(strings::upcase(&s(0))),
            I::Downcase => Value::str(strings::downcase(&s(0))),
            I::Swapcase => Value::str(strings::swapcase(&s(0))),
            I::Char => Value::str(strings::char_of(self.iarg(base, 0)?)),
            I::Seq => Value::int(strings::seq(&s(0))),
            I::Str => {
                let n = self.iarg(base, 1)?;
                if n.saturating_mul(s(0).len() as i64) > 500_000_000 {
                    return Err(Step::Msg("String too long".into()));
                }
                Value::str(strings::str_repeat(&s(0), n))
            }
            I::Space => {
                let n = self.iarg(base, 0)?;
                if n > 500_000_000 {
                    return Err(Step::Msg("String too long".into()));
                }
                Value::str(strings::space(n))
            }
            I::Fmt => {
                let f = s(1);
                self.fmt_value(&self.arg(base, 0).clone(), &f)
            }
            I::Oconv | I::Iconv => {
                let r = if which == I::Oconv {
                    conv::oconv(&s(0), &s(1))
                } else {
                    conv::iconv(&s(0), &s(1))
                };
                self.status = Value::int(r.status);
                Value::str(r.value)
            }
            I::Oconvs | I::Iconvs => {
                let code = s(1);
                let mut st = 0;
                let r = mv::each(&s(0), |x| {
                    let c = if which == I::Oconvs {
                        conv::oconv(x, &code)
                    } else {
                        conv::iconv(x, &code)
                    };
                    if c.status != 0 {
                        st = c.status;
                    }
                    c.value
                });
                self.status = Value::int(st);
                Value::str(r)
            }
            I::Change => {
                let occ = if argc > 3 {
                    Some(self.iarg(base, 3)?)
                } else {
                    None
                };
                let start = if argc > 4 {
                    Some(self.iarg(base, 4)?)
                } else {
                    None
                };
                Value::str(strings::change(&s(0), &s(1), &s(2), occ, start))
            }
            I::Convert => Value::str(strings::convert(&s(0), &s(1), &s(2))),
            I::Extract => {
                let (f, v, sv) = self.idx3(base, 1, argc)?;
                Value::from_bytes(dynarray::extract(&s(0), f, v, sv))
            }
            I::Replace | I::Insert => {
                // (s, f[, v[, sv]], new)
                let nidx = argc - 2;
                let mut idx = [0i64; 3];
                for (k, slot) in idx.iter_mut().enumerate().take(nidx.min(3)) {
                    *slot = self.iarg(base, 1 + k)?;
                }
                let new = s(argc - 1);
                if which == I::Replace {
                    Value::str(dynarray::replace(&s(0), idx[0], idx[1], idx[2], &new))
                } else {
                    Value::str(dynarray::insert(&s(0), idx[0], idx[1], idx[2], &new))
                }
            }
            I::Delete => {
                let (f, v, sv) = self.idx3(base, 1, argc)?;
                Value::str(dynarray::delete(&s(0), f, v, sv))
            }
            I::Locate => {
                // LOCATE(x, dyn, f[, v[, s]]): position or 0
                let (f, v, sv) = self.idx3(base, 2, argc)?;
                let r = locate::locate(&s(0), &s(1), f, v, sv, b"");
                Value::int(if r.found { r.pos } else { 0 })
            }
            I::Matchfield => Value::str(pattern::matchfield(&s(0), &s(1), self.iarg(base, 2)?)),
            I::Num => Value::bool(match self.arg(base, 0) {
                Value::Int(_) | Value::Float(_) => true,
                v => bn::is_numeric(&v.to_bytes(p)),
            }),
            I::Alpha => Value::bool(strings::alpha(&s(0))),
            I::Int => from_num(bn::int_part(self.narg(base, 0)?)),
            I::Abs => from_num(bn::abs(self.narg(base, 0)?)),
            I::Mod | I::Rem | I::Div | I::Pwr => {
                let (a, b) = (self.narg(base, 0)?, self.narg(base, 1)?);
                let r = match which {
                    I::Mod => bn::modulo(a, b),
                    I::Rem => bn::rem(a, b),
                    I::Div => bn::idiv(a, b),
                    _ => bn::pwr(a, b),
                };
                from_num(r.map_err(|e| Step::Msg(e.to_string()))?)
            }
            I::Sqrt => {
                from_num(bn::sqrt(self.narg(base, 0)?).map_err(|e| Step::Msg(e.to_string()))?)
            }
            I::Max | I::Min => {
                let (a, b) = (self.arg(base, 0).clone(), self.arg(base, 1).clone());
                let o = bn::num_cmp(to_num(&a)?, to_num(&b)?);
                let pick_a = if which == I::Max {
                    o != std::cmp::Ordering::Less
                } else {
                    o != std::cmp::Ordering::Greater
                };
                if pick_a {
                    a
                } else {
                    b
                }
            }
            I::Not => Value::bool(!truth(self.arg(base, 0))?),
            I::Sum => Value::str(dynarray::sum(&s(0), p as usize)),
            I::Raise => Value::str(dynarray::raise(&s(0))),
            I::Lower => Value::str(dynarray::lower(&s(0))),
            I::Quote => Value::str(strings::dquote(&s(0))),
            I::Squote => Value::str(strings::squote(&s(0))),
            I::Compare => {
                let j = if argc > 2 {
                    s(2).into_owned()
                } else {
                    b"L".to_vec()
                };
                Value::int(compare::compare_fn(&s(0), &s(1), &j))
            }
            I::Dtx => {
                let w = if argc > 1 { self.iarg(base, 1)? } else { 0 };
                Value::str(strings::dtx(self.iarg(base, 0)?, w))
            }
            I::Xtd => match strings::xtd(&s(0)) {
                Some(n) => Value::int(n),
                None => {
                    self.status = Value::Int(1);
                    Value::Int(0)
                }
            },
            I::Soundex => Value::str(strings::soundex(&s(0))),
            I::Ascii => Value::str(strings::ascii(&s(0))),
            I::Ebcdic => Value::str(strings::ebcdic(&s(0))),
            I::Substitute => {
                let d = if argc > 3 {
                    s(3).into_owned()
                } else {
                    vec![0xFD]
                };
                Value::str(strings::substitute(&s(0), &s(1), &s(2), &d))
            }
            I::Status => self.status.clone(),
            I::Inmat => Value::int(self.inmat),
            _ => return self.intrinsic_more(which, base, argc),
        })
    }

    pub(super) fn idx3(
        &self,
        base: usize,
        from: usize,
        argc: usize,
    ) -> Result<(i64, i64, i64), Step> {
        let g = |i: usize| -> Result<i64, Step> {
            if from + i < argc {
                self.iarg(base, from + i)
            } else {
                Ok(0)
            }
        };
        Ok((g(0)?, g(1)?, g(2)?))
    }
}
