//! Display of numbers with PRECISION: ScarletDME's `k_num_to_str` rules
//! (rounding half away from zero on 15 significant digits, trailing zeros
//! dropped).

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
    // ScarletDME (ftoa): the value printed with 15 decimals (exact binary
    // digits for large magnitudes), cut to PRECISION decimals and rounded
    // half up on the first dropped digit; a minus sign only when a
    // non-zero digit is left; then trailing zeros (and the point) dropped.
    let dp = precision.min(15);
    let mut s = format!("{:.15}", x.abs()).into_bytes();
    let next = s[s.len() - (15 - dp)];
    s.truncate(s.len() - (15 - dp));
    let mut carry = next >= b'5';
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
    if carry {
        s.insert(0, b'1');
    }
    if s.contains(&b'.') {
        while s.last() == Some(&b'0') {
            s.pop();
        }
        if s.last() == Some(&b'.') {
            s.pop();
        }
    }
    if x < 0.0 && s.iter().any(|&c| c != b'0' && c != b'.') {
        s.insert(0, b'-');
    }
    s
}

/// A number rounded to a fixed count of decimals, as decimal digits.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rounded {
    /// Sign of the original value (may be set even if the digits are all 0).
    pub negative: bool,
    /// Integer part digits, at least one ("0").
    pub int_digits: Vec<u8>,
    /// Exactly `places` fraction digits.
    pub frac_digits: Vec<u8>,
}

/// Decimal-correct rounding (half away from zero) of `x` to `places`
/// decimals: the value is first taken to 15 significant digits, so
/// 1.005 -> 1.01 and 2.675 -> 2.68 as in ScarletDME. Values of 1e15 and
/// above use their exact binary expansion.
pub fn round_decimal(x: f64, places: usize) -> Rounded {
    let negative = x < 0.0 || (x == 0.0 && x.is_sign_negative());
    let a = x.abs();
    if !a.is_finite() || a >= 1e15 {
        let s = format!("{:.*}", places, if a.is_finite() { a } else { 0.0 });
        let (i, f) = match s.find('.') {
            Some(p) => (s.as_bytes()[..p].to_vec(), s.as_bytes()[p + 1..].to_vec()),
            None => (s.as_bytes().to_vec(), Vec::new()),
        };
        return Rounded {
            negative,
            int_digits: i,
            frac_digits: f,
        };
    }
    if a == 0.0 {
        return Rounded {
            negative,
            int_digits: b"0".to_vec(),
            frac_digits: vec![b'0'; places],
        };
    }
    // 15 significant digits: d.dddddddddddddde[-]X
    let sci = format!("{:.14e}", a);
    let (mant, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i64 = exp.parse().unwrap_or(0);
    let digits: Vec<u8> = mant.bytes().filter(u8::is_ascii_digit).collect();
    // value = 0.digits * 10^(exp+1); int digit count = exp + 1
    let int_count = exp + 1;
    let keep = int_count + places as i64; // digits kept after rounding
    let mut kept: Vec<u8>;
    let mut int_len = int_count;
    if keep < 0 {
        kept = Vec::new();
    } else if keep as usize >= digits.len() {
        kept = digits.clone();
        kept.resize(keep as usize, b'0');
    } else {
        let k = keep as usize;
        kept = digits[..k].to_vec();
        if digits[k] >= b'5' {
            // propagate carry
            let mut i = k;
            loop {
                if i == 0 {
                    kept.insert(0, b'1');
                    int_len += 1;
                    break;
                }
                i -= 1;
                if kept[i] == b'9' {
                    kept[i] = b'0';
                } else {
                    kept[i] += 1;
                    break;
                }
            }
        }
    }
    // kept holds int_len integer digits (possibly negative count) + places fraction digits
    let total = kept.len() as i64;
    let frac_len = places as i64;
    let mut int_digits: Vec<u8>;
    let mut frac_digits: Vec<u8>;
    if int_len > 0 {
        let il = (total - frac_len).max(0) as usize;
        int_digits = kept[..il].to_vec();
        frac_digits = kept[il..].to_vec();
    } else {
        int_digits = Vec::new();
        // leading zeros in the fraction
        let lead = (-int_len) as usize;
        frac_digits = vec![b'0'; lead.min(places)];
        frac_digits.extend_from_slice(&kept);
    }
    if int_digits.is_empty() {
        int_digits.push(b'0');
    }
    while int_digits.len() > 1 && int_digits[0] == b'0' {
        int_digits.remove(0);
    }
    frac_digits.resize(places, b'0');
    Rounded {
        negative,
        int_digits,
        frac_digits,
    }
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
    fn rounding_helper() {
        let r = round_decimal(1.005, 2);
        assert_eq!(
            (r.int_digits.as_slice(), r.frac_digits.as_slice()),
            (&b"1"[..], &b"01"[..])
        );
        let r = round_decimal(2.675, 2);
        assert_eq!(r.frac_digits, b"68");
        let r = round_decimal(0.005, 2);
        assert_eq!(
            (r.int_digits.as_slice(), r.frac_digits.as_slice()),
            (&b"0"[..], &b"01"[..])
        );
        let r = round_decimal(99.995, 2);
        assert_eq!(
            (r.int_digits.as_slice(), r.frac_digits.as_slice()),
            (&b"100"[..], &b"00"[..])
        );
        let r = round_decimal(0.0004, 2);
        assert_eq!(r.frac_digits, b"00");
    }
}
