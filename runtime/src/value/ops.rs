//! Arithmetic, comparison, truthiness and concatenation on [`Value`]s, with
//! integer fast paths and ScarletDME's rules (via `crate::builtins`).

use std::cmp::Ordering;
use std::rc::Rc;

use crate::builtins::compare::{compare_num_str, compare_values};
use crate::builtins::num as bn;
use crate::builtins::num::{Num, NumError};
use crate::value::Value;

/// Why an operation on values failed (the VM adds program and line).
#[derive(Debug, Clone, PartialEq)]
pub enum ValueError {
    /// A value that is not a number where one is needed, with the start of
    /// the offending string (up to 40 bytes) when it was one.
    NonNumeric(Option<String>),
    /// An unassigned value used in an expression.
    Unassigned,
    /// A failed numeric operation (divide by zero, out of range).
    Num(NumError),
    /// A number that does not fit the 32-bit integer an argument needs
    /// (a position, a count).
    Overflow,
    /// A value with no string or number form (an open file, an object)
    /// in a comparison.
    NoValue,
}

impl ValueError {
    /// ScarletDME's message number for the error (`MESSAGES/nnnn`: 1104
    /// non-numeric, 1105 unassigned, 1108 divide by zero).
    pub fn message_number(&self) -> Option<u16> {
        match self {
            ValueError::NonNumeric(_) => Some(1104),
            ValueError::Unassigned => Some(1105),
            ValueError::Num(NumError::DivideByZero) => Some(1108),
            ValueError::Num(NumError::Domain) => None,
            ValueError::Overflow => Some(1220),
            ValueError::NoValue => None,
        }
    }
}

impl std::fmt::Display for ValueError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            // ScarletDME's text: the datum is not shown
            ValueError::NonNumeric(_) => f.write_str("Non-numeric where numeric required"),
            ValueError::Unassigned => f.write_str("Unassigned variable used"),
            ValueError::Num(e) => e.fmt(f),
            ValueError::Overflow => f.write_str("Numeric overflow"),
            ValueError::NoValue => f.write_str("Value not found where required"),
        }
    }
}

impl std::error::Error for ValueError {}

impl From<NumError> for ValueError {
    fn from(e: NumError) -> ValueError {
        ValueError::Num(e)
    }
}

/// Result of an operation on values.
pub type RtResult<T> = Result<T, ValueError>;

/// Converts a value to a number, or fails with ScarletDME's message.
#[inline]
pub fn to_num(v: &Value) -> RtResult<Num> {
    match v {
        Value::Int(i) => Ok(Num::Int(*i)),
        Value::Float(f) => Ok(Num::Float(*f)),
        Value::Str(s) => str_to_num(s),
        Value::Unassigned => Err(ValueError::Unassigned),
        Value::Object(o) => Ok(Num::Int(o.handle as i64)),
        _ => Err(ValueError::NonNumeric(None)),
    }
}

/// [`to_num`] of a string, out of line so that `to_num` stays small
/// enough to inline into every arithmetic path.
#[inline(never)]
fn str_to_num(s: &super::BStr) -> RtResult<Num> {
    bn::parse_num(s.bytes()).ok_or_else(|| {
        let shown: String = String::from_utf8_lossy(&s.bytes()[..s.len().min(40)]).into();
        ValueError::NonNumeric(Some(shown))
    })
}

/// Builds a value from a number.
#[inline]
pub fn from_num(n: Num) -> Value {
    match n {
        Num::Int(i) => Value::int(i),
        Num::Float(f) => Value::Float(f),
    }
}

/// Integer value (positions, counts, keys) as ScarletDME's GetInt takes
/// every integer argument: a 32-bit integer; a double gets INTPREC's
/// allowance and is truncated, text is read as a number and truncated;
/// a value beyond the 32-bit range (`2**33`, `"8589934592"`, and even
/// `2147483647.5` or `-2147483648.0`) is 'Numeric overflow', never clamped.
pub fn to_int(v: &Value) -> RtResult<i64> {
    use crate::builtins::conv_int::{int_of_num, int_of_text};
    let r = match v {
        Value::Int(i) => int_of_num(Num::Int(*i)),
        Value::Str(s) => int_of_text(s.bytes()),
        _ => int_of_num(to_num(v)?),
    };
    r.map(i64::from).map_err(|f| match f {
        crate::builtins::conv_int::ConvFault::Overflow => ValueError::Overflow,
        crate::builtins::conv_int::ConvFault::NonNumeric => {
            // the same error to_num reports for this text
            to_num(v).err().unwrap_or(ValueError::NonNumeric(None))
        }
    })
}

/// Truthiness: numbers non-zero; strings per ScarletDME (numeric strings by
/// value, other non-empty strings true).
#[inline]
pub fn truth(v: &Value) -> RtResult<bool> {
    match v {
        Value::Int(i) => Ok(*i != 0),
        Value::Float(f) => Ok(*f != 0.0),
        Value::Str(s) => Ok(bn::is_true(s.bytes())),
        Value::Unassigned => Err(ValueError::Unassigned),
        // an open file is true; an object has no truth value
        Value::Handle(h) if !h.has_truth() => Err(ValueError::NonNumeric(None)),
        _ => Ok(true),
    }
}

/// Binary arithmetic operator.
#[derive(Clone, Copy)]
pub enum Arith {
    Add,
    Sub,
    Mul,
    Div,
    Pow,
}

/// Applies an arithmetic operator.
#[inline]
pub fn arith(op: Arith, a: &Value, b: &Value) -> RtResult<Value> {
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        let (x, y) = (*x, *y);
        match op {
            Arith::Add => return Ok(Value::int(x + y)),
            Arith::Sub => return Ok(Value::int(x - y)),
            Arith::Mul => {
                if let Some(r) = x.checked_mul(y) {
                    return Ok(Value::int(r));
                }
            }
            _ => {}
        }
    }
    let (x, y) = (to_num(a)?, to_num(b)?);
    let r = match op {
        Arith::Add => bn::add(x, y),
        Arith::Sub => bn::sub(x, y),
        Arith::Mul => bn::mul(x, y),
        Arith::Div => bn::div(x, y)?,
        Arith::Pow => bn::pwr(x, y)?,
    };
    Ok(from_num(r))
}

/// Compares two values with ScarletDME's rules.
pub fn compare(a: &Value, b: &Value, prec: u8) -> RtResult<Ordering> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Ok(x.cmp(y)),
        (Value::Str(x), Value::Str(y)) => Ok(compare_values(x.bytes(), y.bytes())),
        (Value::Int(_) | Value::Float(_), Value::Int(_) | Value::Float(_)) => {
            Ok(bn::num_cmp(to_num(a)?, to_num(b)?))
        }
        (Value::Int(_) | Value::Float(_), Value::Str(s)) => {
            let n = to_num(a)?;
            Ok(compare_num_str(n, &a.to_bytes(prec), s.bytes()))
        }
        (Value::Str(s), Value::Int(_) | Value::Float(_)) => {
            let n = to_num(b)?;
            Ok(compare_num_str(n, &b.to_bytes(prec), s.bytes()).reverse())
        }
        (Value::Unassigned, _) | (_, Value::Unassigned) => Err(ValueError::Unassigned),
        // files and objects are not compared (ScarletDME stops)
        (Value::Handle(_), _) | (_, Value::Handle(_)) => Err(ValueError::NoValue),
        _ => Ok(compare_values(&a.to_bytes(prec), &b.to_bytes(prec))),
    }
}

/// Concatenates `b` onto `a`, in place when `a` is a uniquely owned string.
#[inline]
pub fn concat(a: Value, b: &Value, prec: u8) -> Value {
    match a {
        Value::Str(mut rc) => {
            if let Some(s) = Rc::get_mut(&mut rc) {
                b.append_to(s.append_vec(), prec);
                s.rem = 0;
                s.rem_end = false;
                return Value::Str(rc);
            }
            let mut v = Vec::with_capacity(rc.len() + 16);
            v.extend_from_slice(rc.bytes());
            b.append_to(&mut v, prec);
            Value::str(v)
        }
        other => {
            let mut v = other.to_bytes(prec).into_owned();
            b.append_to(&mut v, prec);
            Value::str(v)
        }
    }
}

/// Negation.
pub fn neg(a: &Value) -> RtResult<Value> {
    match a {
        Value::Int(i) => Ok(from_num(bn::neg(Num::Int(*i)))),
        _ => Ok(from_num(bn::neg(to_num(a)?))),
    }
}
