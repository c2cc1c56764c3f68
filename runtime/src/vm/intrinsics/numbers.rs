//! Number functions: NUM, INT, ABS, MOD/REM/DIV/IDIV/RDIV/PWR, SQRT,
//! MAX/MIN, MAXIMUM/MINIMUM/SUMMATION, NOT, EXP/LN and trigonometry
//! (degrees), RND, bit operations, NEG/NEGS, CHECKSUM.
//!
//! ScarletDME applies the one-argument functions (ABS, INT, SQRT, NEG, EXP,
//! LN, the trigonometric ones) element by element to a multi-valued string
//! ("numeric arrays"): see [`Vm::per_element`].

use super::not_routed;
use crate::builtins::num as bn;
use crate::builtins::num_sd::{self as sd, Trig};
use crate::bytecode::intrinsics::I;
use crate::value::ops::*;
use crate::value::Value;
use crate::vm::{RuntimeError, Step, Vm};

/// True for the mark characters that separate numeric-array elements
/// (text mark to item mark).
fn is_mark(c: u8) -> bool {
    c >= 0xFB
}

impl Vm {
    pub(super) fn number_intrinsic(
        &mut self,
        which: I,
        base: usize,
        _argc: usize,
    ) -> Result<Value, Step> {
        let p = self.prec();
        let arg = |i: usize| self.arg(base, i).clone();
        Ok(match which {
            I::Num => Value::bool(match self.arg(base, 0) {
                Value::Int(_) | Value::Float(_) => true,
                v => bn::is_numeric(&v.to_bytes(p)),
            }),
            I::Negs => {
                // ScarletDME's MVD opcode: the argument becomes text first
                // (with PRECISION), each element a number again, and the
                // result is text: NEGS(-0.0) is "0" (the text "-0" is the
                // integer 0), NEGS("0.0") is "-0", NEGS(1/3) is "-0.3333"
                let text = Value::from_bytes(&self.sarg(base, 0));
                let r = self.per_element(&text, &|v| unary(which, v))?;
                Value::str(r.to_bytes(p).into_owned())
            }
            I::Int
            | I::Abs
            | I::Sqrt
            | I::Neg
            | I::Exp
            | I::Ln
            | I::Sin
            | I::Cos
            | I::Tan
            | I::Asin
            | I::Acos
            | I::Atan => self.per_element(&arg(0), &|v| unary(which, v))?,
            I::Mod => from_num(sd::modulo(to_num(&arg(0))?, to_num(&arg(1))?)),
            // ScarletDME's REM and PWR take numeric arrays (MOD does not)
            I::Rem | I::Pwr
                if crate::vm::num_arrays::is_array(self.arg(base, 0))
                    || crate::vm::num_arrays::is_array(self.arg(base, 1)) =>
            {
                let default_b = if which == I::Pwr { 1 } else { 0 };
                self.num_array2(&arg(0), &arg(1), default_b, &|l, r| {
                    let (a, b) = (to_num(l)?, to_num(r)?);
                    Ok(from_num(if which == I::Pwr {
                        sd::pwr(a, b)
                    } else {
                        sd::rem(a, b)
                    }))
                })?
            }
            I::Rem => from_num(sd::rem(self.narg(base, 0)?, self.narg(base, 1)?)),
            I::Div => {
                let (a, b) = (self.narg(base, 0)?, self.narg(base, 1)?);
                from_num(bn::idiv(a, b).map_err(ValueError::from)?)
            }
            I::Idiv | I::Rdiv => {
                let (a, b) = (self.narg(base, 0)?, self.narg(base, 1)?);
                let r = if which == I::Idiv {
                    sd::idiv(a, b)
                } else {
                    sd::rdiv(a, b)
                };
                from_num(r.ok_or(ValueError::Num(bn::NumError::DivideByZero))?)
            }
            I::Pwr => from_num(sd::pwr(self.narg(base, 0)?, self.narg(base, 1)?)),
            I::Max | I::Min => {
                // the BASIC `>=` comparison, textual unless both are numbers
                let (a, b) = (arg(0), arg(1));
                let a_ge_b = compare(&a, &b, p)? != std::cmp::Ordering::Less;
                // the chosen argument as the comparison left it: numeric
                // strings compared numerically come back as numbers
                // (MAX(-42, "-.25") is -0.25, MIN("007", 8) is 7)
                let conv = |s: &[u8]| !s.is_empty() && bn::parse_num(s).is_some();
                let both = match (&a, &b) {
                    (Value::Str(x), Value::Str(y)) => {
                        conv(x.bytes())
                            && conv(y.bytes())
                            && bn::is_numeric(x.bytes())
                            && bn::is_numeric(y.bytes())
                    }
                    (Value::Str(s), n) | (n, Value::Str(s)) => conv(s.bytes()) && to_num(n).is_ok(),
                    _ => to_num(&a).is_ok() && to_num(&b).is_ok(),
                };
                let pick = if a_ge_b == (which == I::Max) { a } else { b };
                if both {
                    from_num(to_num(&pick)?)
                } else {
                    pick
                }
            }
            I::Maximum | I::Minimum => extreme(&self.sarg(base, 0), which == I::Maximum),
            I::Summation => {
                let mut sum = bn::Num::Int(0);
                for e in self.sarg(base, 0).split(|&c| is_mark(c)) {
                    let n = bn::parse_num(e).ok_or(ValueError::NonNumeric(None))?;
                    sum = bn::add(sum, n);
                }
                from_num(sum)
            }
            I::Not => Value::bool(!truth(self.arg(base, 0))?),
            I::Rnd => {
                let n = to_int(&arg(0))?;
                if n <= 0 {
                    Value::Int(0)
                } else if let Some(state) = self.sess.rnd_state {
                    // seeded by RANDOMIZE: a repeatable sequence
                    let next = crate::builtins::random::rnd_next(state);
                    self.sess.rnd_state = Some(next);
                    Value::int(((next >> 11) % n as u64) as i64)
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
            I::Bitand | I::Bitor | I::Bitxor => {
                let a = sd::bit_int32(to_num(&arg(0))?);
                let b = sd::bit_int32(to_num(&arg(1))?);
                Value::int(match which {
                    I::Bitand => a & b,
                    I::Bitor => a | b,
                    _ => a ^ b,
                } as i64)
            }
            I::Bitnot => Value::int(!sd::bit_int32(to_num(&arg(0))?) as i64),
            I::Bitset | I::Bitreset | I::Bittest => {
                let bit = strict32(&arg(1))?;
                let v = sd::bit_int32(to_num(&arg(0))?);
                let m = sd::bit_mask(bit);
                Value::int(match which {
                    I::Bitset => (v | m) as i64,
                    I::Bitreset => (v & !m) as i64,
                    _ => ((v & m) != 0) as i64,
                })
            }
            I::Shift => Value::int(sd::shift(strict32(&arg(0))?, strict32(&arg(1))?)),
            I::Checksum => Value::int(sd::checksum(&self.sarg(base, 0))),
            _ => return Err(not_routed(which)),
        })
    }

    /// Applies `f` to a value, or to each element of a multi-valued string,
    /// keeping the marks (an empty element counts as 0).
    pub(in crate::vm) fn per_element(
        &self,
        v: &Value,
        f: &dyn Fn(&Value) -> Result<Value, Step>,
    ) -> Result<Value, Step> {
        let Value::Str(s) = v else {
            return f(v);
        };
        let d = s.bytes();
        if !d.iter().any(|&c| is_mark(c)) {
            return f(v);
        }
        let p = self.prec();
        let mut out = Vec::with_capacity(d.len() + 8);
        let mut start = 0;
        for i in 0..=d.len() {
            let c = d.get(i).copied().unwrap_or(0);
            if i == d.len() || is_mark(c) {
                let r = f(&Value::from_bytes(&d[start..i]))?;
                r.append_to(&mut out, p);
                if i < d.len() {
                    out.push(c);
                }
                start = i + 1;
            }
        }
        Ok(Value::str(out))
    }
}

/// A 32-bit integer argument (bit numbers, SHIFT): a double beyond 32 bits
/// is 'Numeric overflow', as in ScarletDME.
fn strict32(v: &Value) -> Result<i32, Step> {
    sd::strict_int32(to_num(v)?)
        .ok_or_else(|| RuntimeError::Value(crate::value::ops::ValueError::Overflow).into())
}

/// One element of a one-argument number function.
pub(super) fn unary(which: I, v: &Value) -> Result<Value, Step> {
    let n = to_num(v)?;
    let x = n.to_f64();
    let trig = |t: Trig| Ok(Value::Float(sd::trig(t, x)));
    match which {
        I::Int => Ok(from_num(sd::int_part(n))),
        I::Abs => Ok(from_num(bn::abs(n))),
        I::Sqrt => {
            if x < 0.0 {
                return Err(RuntimeError::Fatal("SQRT() attempted for negative value").into());
            }
            Ok(Value::Float(x.sqrt()))
        }
        I::Neg | I::Negs => Ok(from_num(bn::neg(n))),
        I::Ln => {
            if x < 0.0 {
                return Err(RuntimeError::Fatal("LN() attempted for negative value").into());
            }
            Ok(Value::Float(x.ln()))
        }
        I::Exp => trig(Trig::Exp),
        I::Sin => trig(Trig::Sin),
        I::Cos => trig(Trig::Cos),
        I::Tan => trig(Trig::Tan),
        I::Asin => trig(Trig::Asin),
        I::Acos => trig(Trig::Acos),
        _ => trig(Trig::Atan),
    }
}

/// MAXIMUM/MINIMUM: the text of the largest (smallest) numeric element;
/// empty and non-numeric elements are skipped; "" when there is none.
fn extreme(s: &[u8], max: bool) -> Value {
    let mut best: Option<(bn::Num, &[u8])> = None;
    for e in s.split(|&c| is_mark(c)) {
        if e.is_empty() || !bn::is_numeric(e) {
            continue;
        }
        let Some(n) = bn::parse_num(e) else { continue };
        let better = match best {
            None => true,
            Some((b, _)) => {
                let o = bn::num_cmp(n, b);
                if max {
                    o == std::cmp::Ordering::Greater
                } else {
                    o == std::cmp::Ordering::Less
                }
            }
        };
        if better {
            best = Some((n, e));
        }
    }
    best.map_or_else(Value::empty, |(_, e)| Value::from_bytes(e))
}
