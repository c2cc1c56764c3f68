//! ScarletDME numeric rules: what counts as a number, string <-> number
//! conversion, display formatting with PRECISION, and the arithmetic
//! operators with ScarletDME's 32-bit integer / double semantics.
//!
//! ScarletDME keeps numbers either as a 32-bit INTEGER or as a double
//! (FLOATNUM). Integer results that overflow 32 bits silently become
//! doubles. Every [`Num::Int`] produced by this module is within `i32`
//! range; callers may still build an `Int` from any `i64` (it is simply
//! treated as an integer value).

use std::cmp::Ordering;

pub use super::num_format::{format_float, format_num, ftoa};

/// Absolute tolerance ScarletDME uses for float equality (`FLTDIFF`).
pub const FLOAT_TOLERANCE: f64 = 2.91e-11;

/// Default display precision (`PRECISION 4`).
pub const DEFAULT_PRECISION: usize = 4;

/// Largest PRECISION ScarletDME accepts (`op_precision` clamps to 0..=14).
pub const MAX_PRECISION: usize = 14;

/// Longest digit string that still counts as numeric (16+ digits do not).
pub const MAX_NUMERIC_DIGITS: usize = 15;

/// A BASIC number: 32-bit style integer or double.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Num {
    /// An INTEGER value (within `i32` range when produced here).
    Int(i64),
    /// A FLOATNUM value.
    Float(f64),
}

/// Errors raised by numeric operations (fatal run-time errors in ScarletDME).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumError {
    /// Division (or MOD/REM/DIV) by zero.
    DivideByZero,
    /// Result is not a real number (e.g. SQRT(-1), 0 ** -1).
    Domain,
}

impl std::fmt::Display for NumError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            NumError::DivideByZero => write!(f, "Divide by zero error"),
            NumError::Domain => write!(f, "Numeric value out of range"),
        }
    }
}

impl Num {
    /// The value as a double.
    pub fn to_f64(self) -> f64 {
        match self {
            Num::Int(i) => i as f64,
            Num::Float(f) => f,
        }
    }

    /// True when the value is (exactly) zero; used for truthiness.
    pub fn is_zero(self) -> bool {
        match self {
            Num::Int(i) => i == 0,
            Num::Float(f) => f == 0.0,
        }
    }

    /// Integer value for positions, counts and indexes: doubles are
    /// truncated towards zero after allowing for the float tolerance
    /// (so 2.9999999999999 counts as 3).
    pub fn to_i64(self) -> i64 {
        match self {
            Num::Int(i) => i,
            Num::Float(f) => {
                if f.is_nan() {
                    return 0;
                }
                let r = f.round();
                let v = if (f - r).abs() < FLOAT_TOLERANCE {
                    r
                } else {
                    f.trunc()
                };
                if v >= i64::MAX as f64 {
                    i64::MAX
                } else if v <= i64::MIN as f64 {
                    i64::MIN
                } else {
                    v as i64
                }
            }
        }
    }
}

/// Build a number from an i64: an `Int` when it fits 32 bits, else a double.
pub fn from_i64(v: i64) -> Num {
    if v >= i32::MIN as i64 && v <= i32::MAX as i64 {
        Num::Int(v)
    } else {
        Num::Float(v as f64)
    }
}

/// NUM() rules (ScarletDME `k_is_num`): is this byte string a number?
///
/// Optional single leading `+`/`-`, digits with at most one `.`, at least
/// one digit, at most 15 digits before the decimal point. No blanks, no
/// exponents. The empty string is numeric (`NUM("")` = 1). This is also
/// the test used when comparing two strings.
pub fn is_numeric(s: &[u8]) -> bool {
    if s.is_empty() {
        return true;
    }
    let mut sign = false;
    let mut digits = 0usize;
    let mut dp = false;
    let mut digit_seen = false;
    for &c in s {
        match c {
            b'0'..=b'9' => {
                digit_seen = true;
                if !dp {
                    digits += 1;
                    if digits > MAX_NUMERIC_DIGITS {
                        return false;
                    }
                }
            }
            b'+' | b'-' => {
                if digits > 0 || sign {
                    return false;
                }
                sign = true;
            }
            b'.' => {
                if dp {
                    return false;
                }
                dp = true;
                digits += 1;
            }
            _ => return false,
        }
    }
    digit_seen
}

/// Convert a byte string to a number for arithmetic (ScarletDME
/// `k_str_to_num`); `None` when it is not numeric (a fatal error in
/// arithmetic). `""` is 0. More lenient than [`is_numeric`]: leading and
/// trailing blanks are ignored and `"."` is 0. Values without a `.` that
/// fit 32 bits are integers.
pub fn parse_num(s: &[u8]) -> Option<Num> {
    if s.is_empty() {
        return Some(Num::Int(0));
    }
    // the common case first, without the general walk's text buffer: an
    // optional minus and at most 9 digits is always a 32-bit integer
    let (neg, body) = match s[0] {
        b'-' => (true, &s[1..]),
        _ => (false, s),
    };
    if !body.is_empty() && body.len() <= 9 && body.iter().all(u8::is_ascii_digit) {
        let v = body
            .iter()
            .fold(0i64, |acc, &d| acc * 10 + (d - b'0') as i64);
        return Some(Num::Int(if neg { -v } else { v }));
    }
    let mut negative = false;
    let mut trailing_space = false;
    let mut floating = false;
    let mut seen_dp = false;
    let mut digits = 0usize;
    let mut value: i64 = 0;
    // A double is built digit by digit as ScarletDME does (not correctly
    // rounded): "0.3" is 3 * 0.1 = 0.30000000000000004, which is what
    // MOD(0.3, 0.1) = 0 and TAN(89.99) depend on.
    let mut fv: f64 = 0.0;
    let mut place: f64 = 0.1;
    for &c in s {
        match c {
            b'0'..=b'9' => {
                if trailing_space {
                    return None;
                }
                let d = (c - b'0') as f64;
                if floating && seen_dp {
                    if place != 0.0 {
                        fv += d * place;
                        place /= 10.0;
                    }
                } else if floating {
                    digits += 1;
                    if digits > MAX_NUMERIC_DIGITS {
                        return None;
                    }
                    fv = fv * 10.0 + d;
                } else {
                    let t = value * 10 + (c - b'0') as i64;
                    if t > i32::MAX as i64 {
                        floating = true;
                        fv = value as f64 * 10.0 + d;
                    } else {
                        value = t;
                    }
                    digits += 1;
                }
            }
            b' ' => trailing_space = digits > 0 || negative,
            _ => {
                if trailing_space {
                    return None;
                }
                match c {
                    b'+' => {
                        if digits > 0 || negative {
                            return None;
                        }
                    }
                    b'-' => {
                        if digits > 0 || negative {
                            return None;
                        }
                        negative = true;
                    }
                    b'.' => {
                        digits += 1;
                        if seen_dp {
                            return None;
                        }
                        if !floating {
                            fv = value as f64;
                        }
                        floating = true;
                        seen_dp = true;
                        place = 0.1;
                    }
                    _ => return None,
                }
            }
        }
    }
    if digits == 0 && !floating {
        return None;
    }
    if !floating {
        return Some(Num::Int(if negative { -value } else { value }));
    }
    Some(Num::Float(if negative { -fv } else { fv }))
}

/// Parse an integer string the way LOCATE's numeric mode and the R
/// conversion do (`strnint`): optional sign and digits only; `""` and a
/// lone sign are 0. The digits accumulate as a positive 32-bit value, so
/// leading zeros are fine (`00000000003` is 3) but `-2147483648` is not an
/// integer here (2147483648 overflows before the sign is applied).
pub fn parse_int_strict(s: &[u8]) -> Option<i64> {
    let (neg, body) = match s.first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let mut v: i64 = 0;
    for &d in body {
        if !d.is_ascii_digit() {
            return None;
        }
        v = v * 10 + (d - b'0') as i64;
        if v > i32::MAX as i64 {
            return None;
        }
    }
    Some(if neg { -v } else { v })
}

/// Truthiness of a string value (ScarletDME `k_get_bool`): false when,
/// after an optional leading sign, it holds only `0`s and at most one `.`
/// (so `""`, `"0"`, `"00"`, `"0.0"`, `"-0"` are false); true otherwise
/// (`" "`, `"0a"`, `" 0"`).
pub fn is_true(s: &[u8]) -> bool {
    let body = match s.first() {
        Some(b'+') | Some(b'-') => &s[1..],
        _ => s,
    };
    let mut dp = false;
    for &c in body {
        match c {
            b'0' => {}
            b'.' if !dp => dp = true,
            _ => return true,
        }
    }
    false
}

fn int_pair(a: Num, b: Num) -> Option<(i64, i64)> {
    match (a, b) {
        (Num::Int(x), Num::Int(y)) => Some((x, y)),
        _ => None,
    }
}

/// `a + b`: integer when both are integers and the result fits 32 bits.
pub fn add(a: Num, b: Num) -> Num {
    match int_pair(a, b) {
        Some((x, y)) => match x.checked_add(y) {
            Some(v) => from_i64(v),
            None => Num::Float(x as f64 + y as f64),
        },
        None => Num::Float(a.to_f64() + b.to_f64()),
    }
}

/// `a - b`.
pub fn sub(a: Num, b: Num) -> Num {
    match int_pair(a, b) {
        Some((x, y)) => match x.checked_sub(y) {
            Some(v) => from_i64(v),
            None => Num::Float(x as f64 - y as f64),
        },
        None => Num::Float(a.to_f64() - b.to_f64()),
    }
}

/// `a * b`.
pub fn mul(a: Num, b: Num) -> Num {
    match int_pair(a, b) {
        Some((x, y)) => match x.checked_mul(y) {
            Some(v) => from_i64(v),
            None => Num::Float(x as f64 * y as f64),
        },
        None => Num::Float(a.to_f64() * b.to_f64()),
    }
}

/// `a / b`: exact integer quotients stay integers, otherwise a double.
pub fn div(a: Num, b: Num) -> Result<Num, NumError> {
    if b.is_zero() {
        return Err(NumError::DivideByZero);
    }
    if let Some((x, y)) = int_pair(a, b) {
        if x.checked_rem(y) == Some(0) {
            if let Some(q) = x.checked_div(y) {
                return Ok(from_i64(q));
            }
        }
    }
    Ok(Num::Float(a.to_f64() / b.to_f64()))
}

/// Unary minus.
pub fn neg(a: Num) -> Num {
    match a {
        Num::Int(x) => match x.checked_neg() {
            Some(v) => from_i64(v),
            None => Num::Float(-(x as f64)),
        },
        Num::Float(f) => Num::Float(-f),
    }
}

/// `a ** b` (the operator is ScarletDME's PWR): see [`super::num_sd::pwr`].
pub fn pwr(a: Num, b: Num) -> Result<Num, NumError> {
    Ok(super::num_sd::pwr(a, b))
}

/// REM(a, b): see [`super::num_sd::rem`].
pub fn rem(a: Num, b: Num) -> Result<Num, NumError> {
    Ok(super::num_sd::rem(a, b))
}

/// MOD(a, b): remainder with the sign of the divisor
/// (`MOD(-7,3)` = 2, `MOD(7,-3)` = -2).
pub fn modulo(a: Num, b: Num) -> Result<Num, NumError> {
    if b.is_zero() {
        return Err(NumError::DivideByZero);
    }
    match int_pair(a, b) {
        Some((x, y)) => {
            let mut r = x.checked_rem(y).unwrap_or(0);
            if r != 0 && ((r < 0) != (y < 0)) {
                r += y;
            }
            Ok(from_i64(r))
        }
        None => {
            let (x, y) = (a.to_f64(), b.to_f64());
            let mut r = x % y;
            if r != 0.0 && ((r < 0.0) != (y < 0.0)) {
                r += y;
            }
            Ok(Num::Float(r))
        }
    }
}

/// DIV(a, b): integer quotient, truncated towards zero.
pub fn idiv(a: Num, b: Num) -> Result<Num, NumError> {
    if b.is_zero() {
        return Err(NumError::DivideByZero);
    }
    match int_pair(a, b) {
        Some((x, y)) => Ok(match x.checked_div(y) {
            Some(q) => from_i64(q),
            None => Num::Float(x as f64 / y as f64),
        }),
        None => Ok(Num::Float((a.to_f64() / b.to_f64()).trunc())),
    }
}

/// INT(x): truncation towards zero. A double stays a double, so
/// `INT(-0.5)` is `-0.0` and displays as `-0`.
pub fn int_part(a: Num) -> Num {
    match a {
        Num::Int(_) => a,
        Num::Float(f) => Num::Float(f.trunc()),
    }
}

/// ABS(x).
pub fn abs(a: Num) -> Num {
    match a {
        Num::Int(x) => match x.checked_abs() {
            Some(v) => from_i64(v),
            None => Num::Float((x as f64).abs()),
        },
        Num::Float(f) => Num::Float(f.abs()),
    }
}

/// SQRT(x); negative arguments are an error.
pub fn sqrt(a: Num) -> Result<Num, NumError> {
    let f = a.to_f64();
    if f < 0.0 {
        return Err(NumError::Domain);
    }
    Ok(Num::Float(f.sqrt()))
}

/// Numeric comparison with ScarletDME's float tolerance: doubles within
/// [`FLOAT_TOLERANCE`] of each other are equal.
pub fn num_cmp(a: Num, b: Num) -> Ordering {
    if let Some((x, y)) = int_pair(a, b) {
        return x.cmp(&y);
    }
    let d = a.to_f64() - b.to_f64();
    if d.abs() <= FLOAT_TOLERANCE {
        Ordering::Equal
    } else if d < 0.0 {
        Ordering::Less
    } else {
        Ordering::Greater
    }
}

/// Numeric equality with the float tolerance (`0.1+0.2 = 0.3` is true).
pub fn num_eq(a: Num, b: Num) -> bool {
    num_cmp(a, b) == Ordering::Equal
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> Num {
        parse_num(s.as_bytes()).unwrap()
    }
    fn show(n: Num) -> String {
        String::from_utf8(format_num(n, 4)).unwrap()
    }
    fn showp(n: Num, prec: usize) -> String {
        String::from_utf8(format_num(n, prec)).unwrap()
    }

    #[test]
    fn num_rules_corpus_016() {
        let cases = [
            ("123", true),
            ("-4.5", true),
            ("+7", true),
            ("", true),
            ("abc", false),
            ("12a", false),
            (" 12", false),
            ("1e3", false),
            (".5", true),
            ("5.", true),
            ("-", false),
            ("1,000", false),
            ("0x1F", false),
            ("123456789012345", true),
            ("1234567890123456", false),
            ("12 ", false),
            (".", false),
            ("+", false),
            ("123456789012345.678", true),
            ("1.2.3", false),
            ("5-", false),
        ];
        for (s, want) in cases {
            assert_eq!(is_numeric(s.as_bytes()), want, "NUM({s:?})");
        }
    }

    #[test]
    fn arithmetic_conversion_rules() {
        assert_eq!(parse_num(b" 12 "), Some(Num::Int(12)));
        assert_eq!(parse_num(b"1 2"), None);
        assert_eq!(parse_num(b"."), Some(Num::Float(0.0)));
        assert_eq!(parse_num(b"-"), None);
        assert_eq!(parse_num(b"   "), None);
        assert_eq!(parse_num(b"1e3"), None);
        assert_eq!(parse_num(b"a1"), None);
        assert_eq!(parse_num(b"-4.5"), Some(Num::Float(-4.5)));
        assert_eq!(parse_num(b"+7"), Some(Num::Int(7)));
        assert_eq!(parse_num(b"2147483648"), Some(Num::Float(2147483648.0)));
        assert_eq!(
            parse_num(b"123456789012345"),
            Some(Num::Float(123456789012345.0))
        );
        assert_eq!(parse_num(b"1234567890123456"), None);
        assert_eq!(parse_num(b"5."), Some(Num::Float(5.0)));
        assert_eq!(parse_num(b".5"), Some(Num::Float(0.5)));
    }

    #[test]
    fn arithmetic_corpus_001() {
        assert_eq!(show(div(p("7"), p("3")).unwrap()), "2.3333");
        assert_eq!(show(div(p("-7"), p("2")).unwrap()), "-3.5");
        assert_eq!(show(div(p("12"), p("4")).unwrap()), "3");
        assert_eq!(div(p("12"), p("4")).unwrap(), Num::Int(3));
        assert_eq!(show(pwr(p("2"), p("10")).unwrap()), "1024");
        assert_eq!(show(pwr(neg(p("2")), p("2")).unwrap()), "4");
        assert_eq!(show(add(p("2147483647"), p("1"))), "2147483648");
        assert_eq!(show(mul(p("99999"), p("99999"))), "9999800001");
        assert_eq!(show(sub(neg(p("2147483648")), p("1"))), "-2147483649");
        assert_eq!(show(add(p("3"), p("0.5"))), "3.5");
        assert_eq!(show(mul(p("2.5"), p("2"))), "5");
        assert_eq!(show(add(p(""), p("5"))), "5");
        assert_eq!(show(add(p("12"), p("30"))), "42");
        assert_eq!(show(div(p("39"), p("2")).unwrap()), "19.5");
        assert_eq!(show(neg(p("0"))), "0");
    }

    #[test]
    fn big_integral_doubles() {
        let two = p("2");
        assert_eq!(show(pwr(two, p("63")).unwrap()), "9223372036854775808");
        assert_eq!(
            show(pwr(p("10"), p("20")).unwrap()),
            "100000000000000000000"
        );
        let v = add(pwr(two, p("53")).unwrap(), p("1"));
        assert_eq!(show(v), "9007199254740992");
    }

    #[test]
    fn precision_corpus_002() {
        let d = |a: &str, b: &str| div(p(a), p(b)).unwrap();
        assert_eq!(show(d("1", "3")), "0.3333");
        assert_eq!(show(d("2", "3")), "0.6667");
        assert_eq!(show(d("1", "7")), "0.1429");
        assert_eq!(show(add(p("0.1"), p("0.2"))), "0.3");
        assert_eq!(show(mul(p("0.1"), p("3"))), "0.3");
        let third = d("1", "3");
        assert_eq!(show(add(add(third, third), third)), "1");
        assert_eq!(show(mul(third, p("3"))), "1");
        assert_eq!(show(mul(d("10", "3"), p("3"))), "10");
        assert_eq!(show(p("0.0000001")), "0");
        assert_eq!(show(p("0.00005")), "0.0001");
        assert_eq!(show(p("0.00004")), "0");
        assert_eq!(show(neg(p("0.00004"))), "0");
        assert_eq!(show(neg(p("0.00005"))), "-0.0001");
        assert_eq!(show(p("1.2345")), "1.2345");
        assert_eq!(show(p("1.23456")), "1.2346");
        assert_eq!(show(p("1.5000")), "1.5");
        assert_eq!(show(p(".25")), "0.25");
        assert_eq!(show(sqrt(p("2")).unwrap()), "1.4142");
        assert_eq!(show(pwr(p("2"), p("0.5")).unwrap()), "1.4142");
        assert_eq!(show(p("1234567890.12345")), "1234567890.1235");
        assert_eq!(show(add(p("19.99"), p("0.01"))), "20");
        assert_eq!(show(mul(p("19.99"), p("3"))), "59.97");
        assert_eq!(show(d("0.5", "0.25")), "2");
        assert_eq!(show(d("-1", "8")), "-0.125");
        assert_eq!(show(add(p("1.50"), p("2.25"))), "3.75");
        assert_eq!(showp(d("1", "3"), 6), "0.333333");
        assert_eq!(showp(p("0.0000001"), 6), "0");
        assert_eq!(showp(d("1", "7"), 6), "0.142857");
        assert_eq!(showp(d("1", "3"), 2), "0.33");
        assert_eq!(showp(p("2.345"), 2), "2.35");
        assert_eq!(showp(p("2.355"), 2), "2.36");
        assert_eq!(showp(p("2.5"), 0), "3");
        assert_eq!(showp(d("10", "3"), 0), "3");
        assert_eq!(show(d("2", "3")).len(), 6);
    }

    #[test]
    fn int_mod_rem() {
        assert_eq!(show(int_part(p("-0.5"))), "-0");
        assert_eq!(show(int_part(p("3.7"))), "3");
        assert_eq!(modulo(p("-7"), p("3")).unwrap(), Num::Int(2));
        assert_eq!(modulo(p("7"), p("-3")).unwrap(), Num::Int(-2));
        assert_eq!(rem(p("-7"), p("3")).unwrap(), Num::Int(-1));
        assert_eq!(rem(p("7"), p("-3")).unwrap(), Num::Int(1));
        assert_eq!(modulo(p("7"), p("0")), Err(NumError::DivideByZero));
        assert_eq!(idiv(p("7"), p("2")).unwrap(), Num::Int(3));
        assert_eq!(show(abs(p("-2.5"))), "2.5");
    }

    #[test]
    fn tolerance_and_truth() {
        assert!(num_eq(add(p("0.1"), p("0.2")), p("0.3")));
        assert!(!num_eq(p("1.00000001"), p("1")));
        assert!(num_eq(p("1.0"), p("1")));
        for (s, t) in [
            ("", false),
            ("0", false),
            ("00", false),
            ("0.0", false),
            (" ", true),
            ("0a", true),
            ("-1", true),
            ("0.001", true),
            ("abc", true),
            ("-0", false),
            (".", false),
            (" 0", true),
        ] {
            assert_eq!(is_true(s.as_bytes()), t, "truth of {s:?}");
        }
    }

    #[test]
    fn strict_integers_and_truncation() {
        assert_eq!(parse_int_strict(b"-12"), Some(-12));
        assert_eq!(parse_int_strict(b"1.5"), None);
        assert_eq!(parse_int_strict(b""), Some(0));
        assert_eq!(parse_int_strict(b"-2147483647"), Some(-2147483647));
        assert_eq!(parse_int_strict(b"-2147483648"), None);
        assert_eq!(parse_int_strict(b"00000000003"), Some(3));
        assert_eq!(Num::Float(2.9999999999999).to_i64(), 3);
        assert_eq!(Num::Float(2.5).to_i64(), 2);
    }
}
