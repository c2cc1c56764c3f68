//! Arithmetic on multivalued operands ("numeric arrays"): ScarletDME
//! applies `+ - * / **`, unary minus, REM and PWR element by element to a
//! string that holds marks, pairing the elements level by level
//! ([`crate::builtins::mv::num_pairs`]). Only reached once the scalar
//! operation has failed on such an operand, so it costs the fast paths
//! nothing.

use super::{RuntimeError, Step, Vm};
use crate::builtins::mv;
use crate::builtins::num::{parse_num, Num};
use crate::value::ops::*;
use crate::value::Value;

/// ScarletDME's longest numeric-array element.
const MAX_ELEMENT: usize = 64;

/// Whether `v` is a string holding marks.
pub(super) fn is_array(v: &Value) -> bool {
    matches!(v, Value::Str(s) if mv::has_mark(s.bytes()))
}

/// One element as a number: a missing one is `default`.
fn element(e: Option<&[u8]>, default: i64) -> Result<Num, Step> {
    let Some(e) = e else {
        return Ok(Num::Int(default));
    };
    if e.len() > MAX_ELEMENT {
        return Err(RuntimeError::Fatal("Numeric array element too long").into());
    }
    parse_num(e).ok_or_else(|| {
        let shown = String::from_utf8_lossy(e).into_owned();
        ValueError::NonNumeric(Some(shown)).into()
    })
}

impl Vm {
    /// `a op b` element by element; a missing right element is
    /// `default_b` (1 for a divisor or an exponent), a missing left one 0.
    #[cold]
    pub(super) fn num_array2(
        &self,
        a: &Value,
        b: &Value,
        default_b: i64,
        op: &dyn Fn(&Value, &Value) -> Result<Value, Step>,
    ) -> Result<Value, Step> {
        let p = self.prec();
        let (x, y) = (a.to_bytes(p), b.to_bytes(p));
        // ScarletDME converts every element before it computes any: a
        // non-numeric element wins over an earlier division by zero
        mv::num_pairs(&x, &y, |ea, eb| {
            element(ea, 0)?;
            element(eb, default_b)?;
            Ok::<_, Step>(Vec::new())
        })?;
        let out = mv::num_pairs(&x, &y, |ea, eb| {
            let l = from_num(element(ea, 0)?);
            let r = from_num(element(eb, default_b)?);
            Ok::<_, Step>(op(&l, &r)?.to_bytes(p).into_owned())
        })?;
        Ok(Value::str(out))
    }

    /// `a op b` for the slow paths of the arithmetic instructions: the
    /// scalar operation, else element by element on a numeric array.
    pub(super) fn arith_values(&self, op: Arith, a: &Value, b: &Value) -> Result<Value, Step> {
        match arith(op, a, b) {
            Ok(r) => Ok(r),
            Err(e) => self.arith_or_array(op, a, b, e),
        }
    }

    /// A binary operator whose scalar form failed with `err`: element by
    /// element when an operand is a numeric array, else the error.
    #[cold]
    pub(super) fn arith_or_array(
        &self,
        op: Arith,
        a: &Value,
        b: &Value,
        err: ValueError,
    ) -> Result<Value, Step> {
        if !matches!(err, ValueError::NonNumeric(_)) || !(is_array(a) || is_array(b)) {
            return Err(err.into());
        }
        let default_b = match op {
            Arith::Div | Arith::Pow => 1,
            _ => 0,
        };
        self.num_array2(a, b, default_b, &|l, r| Ok(arith(op, l, r)?))
    }
}
