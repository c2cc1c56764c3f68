//! How ScarletDME takes an integer from what OCONV converts, and the
//! faults that stop the program there instead of setting STATUS().
//!
//! Time (`MT`) takes a signed 32-bit integer (GetInt): text must be a
//! number (`"abc"`, `"3e3"`, a multi-valued string are fatal 'Non-numeric
//! where numeric required'), doubles beyond 32 bits are fatal 'Numeric
//! overflow'. Dates (`D`) take the same integer but non-numeric text is
//! STATUS() 1. The radix codes (`MX`, `MO`, `MB`) and `MCD` take an
//! unsigned 32-bit integer (GetUnsignedInt): text must be an optional sign
//! and digits only (`"12.7"` and `" 12"` are fatal), wrapping modulo 2^32,
//! while a double is truncated (`OCONV(12.7, "MO")` is `14`).

use super::num::{parse_num, Num};
use super::num_sd::strict_int32;

/// Why ScarletDME stops a program in a conversion (no STATUS() is set).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConvFault {
    /// 'Non-numeric where numeric required'.
    NonNumeric,
    /// 'Numeric overflow': a double beyond the 32-bit range.
    Overflow,
}

/// GetInt of a number (an INTEGER or FLOAT value): doubles get INTPREC's
/// allowance and are truncated; beyond 32 bits they overflow.
pub fn int_of_num(n: Num) -> Result<i32, ConvFault> {
    strict_int32(n).ok_or(ConvFault::Overflow)
}

/// GetInt of text (ScarletDME's k_get_int on a string): the text as a
/// number, a double truncated without the allowance.
pub fn int_of_text(v: &[u8]) -> Result<i32, ConvFault> {
    match parse_num(v) {
        None => Err(ConvFault::NonNumeric),
        Some(Num::Int(i)) => i32::try_from(i).map_err(|_| ConvFault::Overflow),
        Some(Num::Float(f)) if f.abs() > i32::MAX as f64 => Err(ConvFault::Overflow),
        Some(Num::Float(f)) => Ok(f.trunc() as i32),
    }
}

/// GetUnsignedInt of a number: an integer's 32-bit pattern; a double
/// truncated to 64 bits and its low 32 bits kept, as the C cast does on
/// x86-64 (NaN and values beyond 64 bits give 0).
pub fn unsigned_of_num(n: Num) -> u32 {
    match n {
        Num::Int(i) => i as u32,
        Num::Float(f) => {
            let t = f.trunc();
            if t.is_nan() || t.abs() >= i64::MAX as f64 {
                0
            } else {
                t as i64 as u32
            }
        }
    }
}

/// GetUnsignedInt of text: an optional sign and decimal digits, summed
/// modulo 2^32; anything else is non-numeric. `"-"` alone is 0.
pub fn unsigned_of_text(v: &[u8]) -> Result<u32, ConvFault> {
    let (neg, body) = match v.first() {
        Some(b'-') => (true, &v[1..]),
        Some(b'+') => (false, &v[1..]),
        _ => (false, v),
    };
    let mut x = 0u32;
    for &c in body {
        if !c.is_ascii_digit() {
            return Err(ConvFault::NonNumeric);
        }
        x = x.wrapping_mul(10).wrapping_add((c - b'0') as u32);
    }
    Ok(if neg { x.wrapping_neg() } else { x })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signed() {
        assert_eq!(int_of_text(b"12.7"), Ok(12));
        assert_eq!(int_of_text(b"-3600.9"), Ok(-3600));
        assert_eq!(int_of_text(b"abc"), Err(ConvFault::NonNumeric));
        assert_eq!(int_of_text(b"3e3"), Err(ConvFault::NonNumeric));
        assert_eq!(int_of_text(b"2147483648"), Err(ConvFault::Overflow));
        assert_eq!(int_of_text(b"2147483647"), Ok(i32::MAX));
        assert_eq!(
            int_of_num(Num::Float(2147483648.0)),
            Err(ConvFault::Overflow)
        );
        assert_eq!(int_of_num(Num::Float(-3600.9)), Ok(-3600));
    }

    #[test]
    fn unsigned() {
        assert_eq!(unsigned_of_text(b"-1"), Ok(u32::MAX));
        assert_eq!(unsigned_of_text(b"+12"), Ok(12));
        assert_eq!(unsigned_of_text(b"-"), Ok(0));
        assert_eq!(unsigned_of_text(b"99999999999"), Ok(0x4876_E7FF));
        assert_eq!(unsigned_of_text(b"12.7"), Err(ConvFault::NonNumeric));
        assert_eq!(unsigned_of_text(b" 12"), Err(ConvFault::NonNumeric));
        assert_eq!(unsigned_of_num(Num::Float(12.7)), 12);
        assert_eq!(unsigned_of_num(Num::Float(-1.5)), u32::MAX);
        assert_eq!(unsigned_of_num(Num::Float(4294967296.5)), 0);
        assert_eq!(unsigned_of_num(Num::Float(99999999999.0)), 0x4876_E7FF);
        assert_eq!(unsigned_of_num(Num::Int(-1)), u32::MAX);
    }
}
