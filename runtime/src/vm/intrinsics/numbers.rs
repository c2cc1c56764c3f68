//! Number functions: NUM, INT, ABS, MOD/REM/DIV/PWR, SQRT, MAX/MIN, NOT,
//! EXP/LN and trigonometry (degrees), RND, bit operations, NEG.

use super::not_routed;
use crate::builtins::num as bn;
use crate::bytecode::intrinsics::I;
use crate::value::ops::*;
use crate::value::Value;
use crate::vm::{RuntimeError, Step, Vm};

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
                from_num(r.map_err(ValueError::from)?)
            }
            I::Sqrt => from_num(bn::sqrt(self.narg(base, 0)?).map_err(ValueError::from)?),
            I::Max | I::Min => {
                // ScarletDME compares as the relational operators do and
                // returns the chosen argument as the comparison left it: a
                // numeric string compared numerically comes back as its
                // number (MAX(-42, "-.25") is -0.25, MIN("007", 8) is 7).
                let (a, b) = (self.arg(base, 0).clone(), self.arg(base, 1).clone());
                let o = compare(&a, &b, self.prec())?;
                let pick_a = if which == I::Max {
                    o != std::cmp::Ordering::Less
                } else {
                    o != std::cmp::Ordering::Greater
                };
                let numeric = |v: &Value| match v {
                    Value::Str(s) => !s.data.is_empty() && bn::parse_num(&s.data).is_some(),
                    _ => to_num(v).is_ok(),
                };
                let both = numeric(&a) && numeric(&b);
                let pick = if pick_a { a } else { b };
                if both {
                    from_num(to_num(&pick)?)
                } else {
                    pick
                }
            }
            I::Not => Value::bool(!truth(self.arg(base, 0))?),
            I::Exp | I::Ln | I::Sin | I::Cos | I::Tan => {
                let x = to_num(&arg(0))?.to_f64();
                let r = match which {
                    I::Exp => x.exp(),
                    I::Ln => {
                        if x <= 0.0 {
                            return Err(RuntimeError::OutOfRange.into());
                        }
                        x.ln()
                    }
                    I::Sin => radians(x).sin(),
                    I::Cos => radians(x).cos(),
                    _ => radians(x).tan(),
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
            _ => return Err(not_routed(which)),
        })
    }
}

/// Degrees to radians as ScarletDME converts them: divided by 57.29577951
/// (180/pi to ten digits), so SIN(8) * 2**31 matches it to the last digit.
fn radians(degrees: f64) -> f64 {
    degrees / 57.295_779_51
}
