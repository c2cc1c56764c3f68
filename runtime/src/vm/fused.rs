//! Fused and specialised instructions made by the compiler's peepholes
//! (`compiler::fuse_constant`, `for_stmt`): FOR NEXT in one instruction,
//! MOD, and arithmetic or a comparison and branch against a small integer
//! constant. Each has an inline fast path for integers and falls back to
//! the general value operations, so results are those of the instruction
//! sequence it replaces.

use super::{forget_pod, Step, Vm};
use crate::builtins::num::Num;
use crate::builtins::num_sd::modulo;
use crate::bytecode::VarRef;
use crate::value::ops::*;
use crate::value::Value;

/// The result of comparison kind 0..5 (EQ NE LT GT LE GE) of `CmpJumpF`
/// for ordering `o`.
#[inline(always)]
pub(super) fn cmp_kind(kind: u8, o: std::cmp::Ordering) -> bool {
    use std::cmp::Ordering::*;
    match kind {
        0 => o == Equal,
        1 => o != Equal,
        2 => o == Less,
        3 => o == Greater,
        4 => o != Greater,
        _ => o != Less,
    }
}

/// Whether a FOR loop goes on with value `nv`: within `limit` in the
/// direction of `step`, compared as numbers (a non-numeric limit or value
/// is an error, never a string comparison). Shared by `ForTest` and the
/// fused `ForNext`.
#[inline]
pub(super) fn for_continues(nv: &Value, limit: &Value, step: &Value) -> Result<bool, Step> {
    Ok(match (nv, limit, step) {
        // op_forloop: a positive step runs while <= the limit, any other
        // (STEP 0 too) while >=
        (Value::Int(x), Value::Int(l), Value::Int(s)) => {
            if *s > 0 {
                x <= l
            } else {
                x >= l
            }
        }
        (_, _, step) => {
            let s = to_num(step)?;
            let o = crate::builtins::num::num_cmp(to_num(nv)?, to_num(limit)?);
            if s.to_f64() > 0.0 {
                o != std::cmp::Ordering::Greater
            } else {
                o != std::cmp::Ordering::Less
            }
        }
    })
}

impl Vm {
    /// `ForNext(st, r, t)`: pops the limit; var + step; when within the
    /// limit, stores it and jumps back to the body.
    #[inline(always)]
    pub(super) fn for_next(&mut self, st: u16, r: VarRef, t: u32) -> Result<(), Step> {
        let limit = self.pop();
        let fast = match (self.var(r), &self.cur.vars[st as usize]) {
            (Value::Int(x), Value::Int(s)) => {
                let nv = x + s;
                let ok = match &limit {
                    Value::Int(l) => Some(if *s > 0 { nv <= *l } else { nv >= *l }),
                    Value::Float(l) => {
                        // compare's rule for numbers (with its tolerance)
                        let o = crate::builtins::num::num_cmp(Num::Int(nv), Num::Float(*l));
                        Some(if *s > 0 {
                            o != std::cmp::Ordering::Greater
                        } else {
                            o != std::cmp::Ordering::Less
                        })
                    }
                    _ => None,
                };
                ok.map(|ok| (ok, nv))
            }
            _ => None,
        };
        let ok = match fast {
            Some((ok, nv)) => {
                if ok {
                    // within a 32-bit limit, or the next value of a
                    // 32-bit variable: Value::int keeps the rule
                    forget_pod(std::mem::replace(self.var_mut(r), Value::int(nv)));
                }
                ok
            }
            None => self.for_next_slow(r, st, limit)?,
        };
        if ok {
            self.tick()?;
            self.cur.ip = t as usize;
        }
        Ok(())
    }

    /// `ForNext` for anything but integers: the steps of `ForIncr` and
    /// `ForTest`.
    #[cold]
    fn for_next_slow(&mut self, r: VarRef, st: u16, limit: Value) -> Result<bool, Step> {
        let step = &self.cur.vars[st as usize];
        let nv = match (self.var(r), step) {
            (Value::Int(x), Value::Int(y)) => Value::int(x + y),
            (Value::Unassigned, _) => return Err(self.unassigned(r)),
            (a, b) => arith(Arith::Add, a, b)?,
        };
        let ok = for_continues(&nv, &limit, &self.cur.vars[st as usize])?;
        if ok {
            self.store_var(r, nv);
        }
        Ok(ok)
    }

    /// `Mod`: MOD(a, b) of the two values on top.
    #[inline(always)]
    pub(super) fn modulo(&mut self) -> Result<(), Step> {
        let n = self.stack.len();
        if n >= 2 {
            if let (Value::Int(x), Value::Int(y)) = (&self.stack[n - 2], &self.stack[n - 1]) {
                let r = modulo(Num::Int(*x), Num::Int(*y));
                self.pop_pod();
                self.set_top_pod(from_num(r));
                return Ok(());
            }
        }
        let b = self.pop();
        let a = self.pop();
        let r = modulo(to_num(&a)?, to_num(&b)?);
        self.push(from_num(r));
        Ok(())
    }

    /// `ModK(k)`: MOD(top, k).
    #[inline(always)]
    pub(super) fn modulo_k(&mut self, k: i32) -> Result<(), Step> {
        if let Some(Value::Int(x)) = self.stack.last() {
            let r = modulo(Num::Int(*x), Num::Int(k as i64));
            self.set_top_pod(from_num(r));
            return Ok(());
        }
        let a = self.pop();
        let r = modulo(to_num(&a)?, Num::Int(k as i64));
        self.push(from_num(r));
        Ok(())
    }

    /// `ForStart`: FOR's start value as a number (top + 0); out of line,
    /// as it runs once per loop.
    #[inline(never)]
    pub(super) fn for_start(&mut self) -> Result<(), Step> {
        self.arith_k(Arith::Add, 0)
    }

    /// `AddK(k)` / `MulK(k)`: top + k, top * k.
    #[inline(always)]
    pub(super) fn arith_k(&mut self, op: Arith, k: i32) -> Result<(), Step> {
        if let Some(Value::Int(x)) = self.stack.last() {
            let r = match op {
                Arith::Add => Some(x + k as i64),
                _ => x.checked_mul(k as i64),
            };
            if let Some(r) = r {
                self.set_top_pod(Value::int(r));
                return Ok(());
            }
        }
        let a = self.pop();
        // a multivalued left operand works element by element, as the
        // unfused instruction does
        let r = self.arith_values(op, &a, &Value::Int(k as i64))?;
        self.push(r);
        Ok(())
    }

    /// `CmpKJumpF(kind, k, t)`: pops a, compares it with k, jumps to t when
    /// the comparison is false.
    #[inline(always)]
    pub(super) fn cmp_k_jump_f(&mut self, kind: u8, k: i32, t: u32) -> Result<(), Step> {
        let o = match self.stack.last() {
            Some(Value::Int(x)) => {
                let o = x.cmp(&(k as i64));
                self.pop_pod();
                o
            }
            _ => {
                let a = self.pop();
                compare(&a, &Value::Int(k as i64), self.prec())?
            }
        };
        if !cmp_kind(kind, o) {
            if (t as usize) < self.cur.ip {
                self.tick()?;
            }
            self.cur.ip = t as usize;
        }
        Ok(())
    }
}
