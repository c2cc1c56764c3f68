//! Number functions whose results depend on how ScarletDME computes them in
//! C: 32-bit integer conversions, degrees, INT's rounding allowance, MOD
//! with wrapping and a zero divisor, IDIV/RDIV, SHIFT and the BIT functions.

use super::num::{from_i64, Num};

/// ScarletDME converts degrees to radians by dividing by this (not pi/180),
/// so `TAN(90)` is finite.
pub const DEGREES_PER_RADIAN: f64 = 57.29577951;

/// What INT and integer conversions add to a double towards its sign
/// before truncating (INTPREC 13: 5E-13, so `INT(2.9999999999999)` is 3).
pub const INT_ALLOWANCE: f64 = 0.5e-12;

/// A C `(int32_t)` cast of a double as x86 does it: truncation, and
/// `i32::MIN` for NaN and anything outside the 32-bit range.
pub fn c_int32(f: f64) -> i32 {
    let t = f.trunc();
    if t.is_nan() || t < i32::MIN as f64 || t > i32::MAX as f64 {
        i32::MIN
    } else {
        t as i32
    }
}

/// A double moved towards its sign by [`INT_ALLOWANCE`].
fn with_allowance(f: f64) -> f64 {
    if f < 0.0 {
        f - INT_ALLOWANCE
    } else {
        f + INT_ALLOWANCE
    }
}

/// A value as the bit functions see it (BITAND, BITOR, BITXOR, BITNOT and
/// the value of BITSET/BITRESET/BITTEST): integers keep their low 32 bits;
/// doubles get the allowance, are reduced modulo 4294967295 and cast, so
/// `4294967295` is 0 and `2147483648` is `-2147483648`.
pub fn bit_int32(n: Num) -> i32 {
    match n {
        Num::Int(i) if i >= i32::MIN as i64 && i <= i32::MAX as i64 => i as i32,
        Num::Int(i) => c_int32((i as f64) % 4294967295.0),
        Num::Float(f) => c_int32(with_allowance(f) % 4294967295.0),
    }
}

/// A value as a strict 32-bit integer (counts, bit numbers, SHIFT): `None`
/// when a double is outside the 32-bit range (a fatal error in ScarletDME).
pub fn strict_int32(n: Num) -> Option<i32> {
    match n {
        Num::Int(i) => i32::try_from(i).ok(),
        Num::Float(f) => {
            if f.abs() > i32::MAX as f64 {
                None
            } else {
                Some(c_int32(with_allowance(f)))
            }
        }
    }
}

/// BITSET/BITRESET/BITTEST's mask: the bit number is taken modulo 32, as
/// the C shift does on x86 (`BITSET(0, 32)` = 1, `BITSET(0, -1)` sets bit 31).
pub fn bit_mask(bit: i32) -> i32 {
    1i32.wrapping_shl(bit as u32)
}

/// SHIFT(value, n): a logical shift of the 32-bit pattern, right for
/// positive `n`, left for negative; the count is taken modulo 32.
pub fn shift(value: i32, n: i32) -> i64 {
    let v = value as u32;
    let r = if n < 0 {
        v.wrapping_shl(n.wrapping_neg() as u32)
    } else {
        v.wrapping_shr(n as u32)
    };
    r as i32 as i64
}

/// INT(x): a double gets the allowance towards its sign and is truncated;
/// it stays a double (`INT(-0.5)` displays `-0`).
pub fn int_part(a: Num) -> Num {
    match a {
        Num::Int(_) => a,
        Num::Float(f) => {
            let g = with_allowance(f);
            let t = g.abs().floor();
            Num::Float(if g < 0.0 { -t } else { t })
        }
    }
}

/// MOD(x, y): the divisor's sign; a zero divisor returns the dividend.
/// Integers use ScarletDME's 32-bit formula, which wraps
/// (`MOD(2147483647, -2)` = -3); doubles use `x - y * floor(x / y)` and
/// become integers when the result is whole.
#[inline]
pub fn modulo(a: Num, b: Num) -> Num {
    if let (Num::Int(x), Num::Int(y)) = (a, b) {
        if let (Ok(x), Ok(y)) = (i32::try_from(x), i32::try_from(y)) {
            if y == 0 {
                return Num::Int(x as i64);
            }
            let z = if (x ^ y) < 0 {
                let q = x.wrapping_sub(y.wrapping_sub(1)).wrapping_div(y);
                x.wrapping_sub(y.wrapping_mul(q))
            } else {
                x.wrapping_sub(y.wrapping_mul(x.wrapping_div(y)))
            };
            return Num::Int(z as i64);
        }
    }
    let (x, y) = (a.to_f64(), b.to_f64());
    let z = if y == 0.0 { x } else { x - y * (x / y).floor() };
    if z == c_int32(z) as f64 {
        Num::Int(c_int32(z) as i64)
    } else {
        Num::Float(z)
    }
}

/// IDIV(x, y): integers divide as C does (truncating towards zero), any
/// double makes it the double `floor(x / y)` (`IDIV(-7.5, 2)` = -4, and
/// `IDIV(-0.0, 2)` is -0.0, displayed `-0`, as in ScarletDME); `None` for
/// a zero divisor.
pub fn idiv(a: Num, b: Num) -> Option<Num> {
    if b.to_f64() == 0.0 {
        return None;
    }
    if let (Num::Int(x), Num::Int(y)) = (a, b) {
        return Some(from_i64(x / y));
    }
    Some(Num::Float((a.to_f64() / b.to_f64()).floor()))
}

/// RDIV(x, y): the quotient rounded half away from zero to a 32-bit
/// integer (`None` for a zero divisor).
pub fn rdiv(a: Num, b: Num) -> Option<Num> {
    let (x, y) = (a.to_f64(), b.to_f64());
    if y == 0.0 {
        return None;
    }
    let q = x / y;
    let r = if (y >= 0.0) == (x >= 0.0) {
        q + 0.5
    } else {
        q - 0.5
    };
    Some(Num::Int(c_int32(r) as i64))
}

/// A trigonometric or logarithmic function of a double, as ScarletDME
/// computes it (degrees through [`DEGREES_PER_RADIAN`]; no domain errors:
/// NaN and infinities are results).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Trig {
    /// SIN of degrees.
    Sin,
    /// COS of degrees.
    Cos,
    /// TAN of degrees.
    Tan,
    /// ASIN in degrees.
    Asin,
    /// ACOS in degrees.
    Acos,
    /// ATAN in degrees.
    Atan,
    /// EXP.
    Exp,
}

/// Applies a [`Trig`] function.
pub fn trig(f: Trig, x: f64) -> f64 {
    match f {
        Trig::Sin => (x / DEGREES_PER_RADIAN).sin(),
        Trig::Cos => (x / DEGREES_PER_RADIAN).cos(),
        Trig::Tan => (x / DEGREES_PER_RADIAN).tan(),
        Trig::Asin => x.asin() * DEGREES_PER_RADIAN,
        Trig::Acos => x.acos() * DEGREES_PER_RADIAN,
        Trig::Atan => x.atan() * DEGREES_PER_RADIAN,
        Trig::Exp => x.exp(),
    }
}

/// PWR(a, b) / `a ** b`: always C's `pow` on doubles, so the result is
/// a double even for integers (`-PWR(0, 2)` displays `-0`), with NaN and
/// infinities as results (`PWR(-8, 1/3)` is `-nan`).
pub fn pwr(a: Num, b: Num) -> Num {
    Num::Float(a.to_f64().powf(b.to_f64()))
}

/// REM(x, y): the dividend's sign. 32-bit integers use C's `%`; otherwise
/// `|x| - |y| * floor(|x| / |y|)` with x's sign, an INTEGER again when it
/// is whole (so `REM(-99.0, -3)` is `0`, never `-0`). A zero divisor
/// returns the dividend.
pub fn rem(a: Num, b: Num) -> Num {
    if let (Num::Int(x), Num::Int(y)) = (a, b) {
        if let (Ok(x), Ok(y)) = (i32::try_from(x), i32::try_from(y)) {
            return Num::Int(if y == 0 { x } else { x.wrapping_rem(y) } as i64);
        }
    }
    let (fx, fy) = (a.to_f64(), b.to_f64());
    let (x, y) = (fx.abs(), fy.abs());
    let mut z = if y == 0.0 { x } else { x - y * (x / y).floor() };
    if fx < 0.0 {
        z = -z;
    }
    if z == c_int32(z) as f64 {
        Num::Int(c_int32(z) as i64)
    } else {
        Num::Float(z)
    }
}

/// CHECKSUM(s): ScarletDME's 32-bit checksum of the bytes.
pub fn checksum(s: &[u8]) -> i64 {
    // rotate left one bit, then XOR the byte as a signed C char
    let mut sum: u32 = 0;
    for &c in s {
        sum = sum.rotate_left(1) ^ (c as i8 as i32 as u32);
    }
    sum as i32 as i64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bit_conversions_follow_c() {
        assert_eq!(bit_int32(Num::Float(4294967295.0)), 0);
        assert_eq!(bit_int32(Num::Float(4294967296.0)), 1);
        assert_eq!(bit_int32(Num::Float(2147483648.0)), i32::MIN);
        assert_eq!(bit_mask(32), 1);
        assert_eq!(bit_mask(-1), i32::MIN);
        assert_eq!(shift(5, 32), 5);
        assert_eq!(shift(-16, 2), 1073741820);
    }

    #[test]
    fn modulo_wraps_and_tolerates_zero() {
        assert_eq!(modulo(Num::Int(2147483647), Num::Int(-2)), Num::Int(-3));
        assert_eq!(modulo(Num::Int(7), Num::Int(0)), Num::Int(7));
        assert_eq!(modulo(Num::Int(-7), Num::Int(3)), Num::Int(2));
        assert_eq!(modulo(Num::Float(5.5), Num::Int(-2)), Num::Float(-0.5));
    }

    #[test]
    fn int_allowance() {
        assert_eq!(int_part(Num::Float(2.9999999999999)), Num::Float(3.0));
        assert!(int_part(Num::Float(-0.5)).to_f64().is_sign_negative());
        assert_eq!(rdiv(Num::Int(-7), Num::Int(2)), Some(Num::Int(-4)));
    }
}
