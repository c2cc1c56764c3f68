//! Display of numbers with PRECISION and fixed decimals: ScarletDME's
//! `ftoa` (15 decimals of the exact binary value, rounded half up on the
//! text; trailing zeros dropped for display).

use super::num::{Num, MAX_PRECISION};

/// Display a number as ScarletDME does (`k_num_to_str`), with the
/// program's PRECISION (0..=14 decimals; rounding; trailing zeros dropped).
pub fn format_num(n: Num, precision: usize) -> Vec<u8> {
    match n {
        Num::Int(i) => i.to_string().into_bytes(),
        Num::Float(f) => format_float(f, precision),
    }
}

/// Display a double with PRECISION rules. Decimals are ScarletDME's: the
/// 15-decimal expansion rounded half up (so large values show their binary
/// digits: 45209729940284.84375 -> 45209729940284.8438); integral doubles
/// print all their digits (2**63 -> 9223372036854775808); `-0.0` prints as
/// `-0` (as `INT(-0.5)` does); values that round to zero print `0`.
pub fn format_float(x: f64, precision: usize) -> Vec<u8> {
    let precision = precision.min(MAX_PRECISION);
    // C's printf spelling: ACOS(2) is `nan`, PWR(-8, 1/3) `-nan`, EXP(1000) `inf`
    if x.is_nan() {
        return if x.is_sign_negative() {
            b"-nan".to_vec()
        } else {
            b"nan".to_vec()
        };
    }
    if x.is_infinite() {
        return if x > 0.0 {
            b"inf".to_vec()
        } else {
            b"-inf".to_vec()
        };
    }
    if x == 0.0 {
        return if x.is_sign_negative() {
            b"-0".to_vec()
        } else {
            b"0".to_vec()
        };
    }
    let mut s = ftoa(x, precision, false);
    if s.contains(&b'.') {
        while s.last() == Some(&b'0') {
            s.pop();
        }
        if s.last() == Some(&b'.') {
            s.pop();
        }
    }
    s
}

/// A double with `dp` decimals as ScarletDME's `ftoa` makes it (display,
/// FMT, the MD conversions): the magnitude printed with 15 decimals (the
/// exact binary digits: 2147483746.995 is 2147483746.99499988...), cut
/// after `dp` decimals and, unless `truncate`, rounded half up on the
/// first dropped digit; a minus sign only for a negative value that keeps
/// a non-zero digit (or carried into a new one). `-0.0` is not negative.
pub fn ftoa(x: f64, dp: usize, truncate: bool) -> Vec<u8> {
    if !x.is_finite() {
        return format_float(x, 0);
    }
    let dp = dp.min(15);
    let neg = x < 0.0;
    let mut s = format!("{:.15}", x.abs()).into_bytes();
    let cut = s.len() - (15 - dp);
    let next = s.get(cut).copied().unwrap_or(b'0');
    s.truncate(cut);
    let mut carry = !truncate && next >= b'5';
    if carry {
        for c in s.iter_mut().rev() {
            match *c {
                b'.' => {}
                b'9' => *c = b'0',
                _ => {
                    *c += 1;
                    carry = false;
                    break;
                }
            }
        }
    }
    if s.last() == Some(&b'.') {
        s.pop();
    }
    if carry {
        s.insert(0, b'1');
    }
    if neg && (carry || s.iter().any(|&c| c != b'0' && c != b'.')) {
        s.insert(0, b'-');
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_as_scarletdme() {
        // outputs of real ScarletDME (difftest findings)
        let f = |x: f64, p: usize| String::from_utf8(format_float(x, p)).unwrap();
        assert_eq!(f(45_209_729_940_284.84, 4), "45209729940284.8438");
        assert_eq!(f(2.5 + 123.456 * -2147483648.0, 4), "-265119741244.988");
        assert_eq!(f(1.005, 2), "1.01");
        assert_eq!(f(-0.00001, 4), "0");
        assert_eq!(f(99.995, 2), "100");
        assert_eq!(f(-0.5, 0), "-1");
        assert_eq!(f(2.0f64.powi(63), 4), "9223372036854775808");
        assert_eq!(f(0.1 + 0.2, 4), "0.3");
    }

    #[test]
    fn ftoa_as_scarletdme() {
        let f = |x: f64, dp: usize, t: bool| String::from_utf8(ftoa(x, dp, t)).unwrap();
        // 2147483746.995 is 2147483746.99499988... (FMT "10R2Z": .99)
        assert_eq!(f(2147483746.995, 2, false), "2147483746.99");
        assert_eq!(f(-0.001, 2, false), "0.00");
        assert_eq!(f(-0.005, 2, false), "-0.01");
        assert_eq!(f(9.995, 2, false), "9.99");
        assert_eq!(f(99.5, 0, false), "100");
        assert_eq!(f(-0.0, 2, false), "0.00");
        assert_eq!(f(1.239, 2, true), "1.23");
        assert_eq!(f(0.5, 15, false), "0.500000000000000");
        assert_eq!(f(f64::INFINITY, 2, false), "inf");
    }
}
