//! FMT() and format expressions (`X "R2#8"`), following ScarletDME's
//! `op_fmt`:
//!
//! `[width][fill]justification[dp[scale]][$ , B C D E M N Z...][mask]`
//!
//! * width: leading digits (`"10L"`); data longer than the width is broken
//!   into width-sized pieces separated by text marks.
//! * fill: a character before the justification (`"*R"`), a quoted
//!   character (`"'*'R"`), default blank.
//! * justification: `L`, `R`, `C` (centre; only with a width: `"9C"`),
//!   `T` (text), `U`.
//! * dp: decimals (numeric formatting with decimal-correct rounding);
//!   a second digit is a scale factor (`"R22"` multiplies by 10**(4-2)...
//!   i.e. by 10**(PRECISION - digit)).
//! * `$` currency, `,` thousands, `Z` zero -> empty, sign handling `M`
//!   (trailing minus), `C` (cr), `D` (db), `B`, `E` (`<...>`), `N` (no sign).
//! * mask: `#n` (fill), `%n` (zeros), `*n` (stars), other characters copied
//!   (`"L###-##-####"`); with `R` the mask takes the rightmost characters
//!   (so `"C#9"` left-justifies, as in ScarletDME).
//!
//! An invalid format (e.g. `"MD2"`) returns the value unchanged. A format
//! starting with `D` is a date conversion.

use super::conv;
use super::dynarray::TM;
use super::num::{format_num, parse_num, Num, FLOAT_TOLERANCE};

/// The value being formatted: numbers keep their full precision.
#[derive(Clone, Copy, Debug)]
pub enum FmtInput<'a> {
    /// A string value.
    Str(&'a [u8]),
    /// A numeric value (INTEGER or FLOATNUM).
    Num(Num),
}

struct Spec<'a> {
    width: Option<usize>,
    fill: u8,
    just: u8,
    dp: Option<usize>,
    scale: i64,
    currency: bool,
    commas: bool,
    null_zero: bool,
    sign: u8,
    mask: &'a [u8],
}

fn parse_spec(f: &[u8], precision: usize) -> Option<Spec<'_>> {
    let mut p = 0usize;
    let at = |i: usize| f.get(i).copied().unwrap_or(0);
    let mut width = None;
    if at(p).is_ascii_digit() {
        let mut w = 0usize;
        while at(p).is_ascii_digit() {
            w = w.saturating_mul(10).saturating_add((at(p) - b'0') as usize);
            p += 1;
        }
        width = Some(w.min(1 << 20));
    }
    let fill;
    match at(p).to_ascii_uppercase() {
        q @ (b'"' | b'\'') => {
            let c = at(p + 1);
            if c == 0 || at(p + 2) != q {
                return None;
            }
            fill = c;
            p += 3;
        }
        b'C' | b'L' | b'R' | b'T' | b'U' | 0 => fill = b' ',
        _ => {
            fill = at(p);
            p += 1;
        }
    }
    let just = at(p).to_ascii_uppercase();
    if !matches!(just, b'C' | b'L' | b'R' | b'T' | b'U') {
        return None;
    }
    p += 1;
    let mut dp = None;
    let mut scale = 0i64;
    if at(p).is_ascii_digit() {
        dp = Some((at(p) - b'0') as usize);
        p += 1;
        if at(p).is_ascii_digit() {
            scale = (at(p) - b'0') as i64 - precision as i64;
            p += 1;
        }
    }
    let (mut currency, mut commas, mut null_zero, mut sign) = (false, false, false, 0u8);
    while p < f.len() {
        match f[p].to_ascii_uppercase() {
            b'$' => currency = true,
            b',' => commas = true,
            c @ (b'B' | b'C' | b'D' | b'E' | b'M' | b'N') => sign = c,
            b'Z' => null_zero = true,
            _ => break,
        }
        p += 1;
    }
    Some(Spec {
        width,
        fill,
        just,
        dp,
        scale,
        currency,
        commas,
        null_zero,
        sign,
        mask: &f[p..],
    })
}

/// Fixed-decimal rendering: ScarletDME's `ftoa` (the exact binary
/// digits rounded half up, no sign when the result is zero).
fn fixed(x: f64, dp: usize) -> Vec<u8> {
    super::num_format::ftoa(x, dp, false)
}

/// Insert thousands separators into the integer digits of `s`.
fn insert_commas(s: &[u8]) -> Vec<u8> {
    let start = s.iter().position(u8::is_ascii_digit).unwrap_or(s.len());
    let end = s[start..]
        .iter()
        .position(|c| !c.is_ascii_digit())
        .map_or(s.len(), |o| start + o);
    let digits = &s[start..end];
    let mut out = s[..start].to_vec();
    for (i, &d) in digits.iter().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(super::nls::thousands());
        }
        out.push(d);
    }
    out.extend_from_slice(&s[end..]);
    out
}

fn format_number(n: Num, sp: &Spec, precision: usize) -> Vec<u8> {
    let mut out = Vec::new();
    let is_negative;
    let mut body: Vec<u8>;
    match n {
        Num::Int(i) if sp.scale == 0 => {
            is_negative = i < 0;
            let v = if sp.sign != 0 && is_negative {
                if sp.sign == b'E' {
                    out.push(b'<');
                }
                i.checked_abs().unwrap_or(i64::MAX)
            } else {
                i
            };
            body = if sp.null_zero && v == 0 {
                Vec::new()
            } else if let Some(dp) = sp.dp {
                fixed(v as f64, dp)
            } else {
                v.to_string().into_bytes()
            };
        }
        _ => {
            let mut f = n.to_f64();
            is_negative = f < 0.0;
            if sp.sign != 0 && is_negative {
                if sp.sign == b'E' {
                    out.push(b'<');
                }
                f = f.abs();
            }
            if sp.scale > 0 {
                f /= 10f64.powi(sp.scale as i32);
            } else if sp.scale < 0 {
                f *= 10f64.powi((-sp.scale) as i32);
            }
            body = if sp.null_zero && f.abs() <= FLOAT_TOLERANCE {
                Vec::new()
            } else if let Some(dp) = sp.dp {
                fixed(f, dp)
            } else {
                let mut b = fixed(f, precision);
                if sp.scale == 0 && b.contains(&b'.') {
                    while b.last() == Some(&b'0') {
                        b.pop();
                    }
                    if b.last() == Some(&b'.') {
                        b.pop();
                    }
                }
                b
            };
        }
    }
    if sp.currency {
        out.extend_from_slice(&super::nls::currency());
    }
    // the national decimal and thousands separators (SETNLS)
    super::nls::localise_point(&mut body);
    if sp.commas {
        body = insert_commas(&body);
    }
    out.extend_from_slice(&body);
    let suffix: &[u8] = match sp.sign {
        b'B' => {
            if is_negative {
                b"db"
            } else {
                b"  "
            }
        }
        b'C' => {
            if is_negative {
                b"cr"
            } else {
                b"  "
            }
        }
        b'D' => {
            if is_negative {
                b"  "
            } else {
                b"db"
            }
        }
        b'E' => {
            if is_negative {
                b">"
            } else {
                b" "
            }
        }
        b'M' => {
            if is_negative {
                b"-"
            } else {
                b" "
            }
        }
        _ => b"",
    };
    out.extend_from_slice(suffix);
    out
}

/// Mask length in data characters (`#`, `%`, `*` with repeat counts).
fn mask_slots(mask: &[u8]) -> usize {
    let mut i = 0usize;
    let mut slots = 0usize;
    while i < mask.len() {
        let c = mask[i];
        i += 1;
        if c == b'\\' {
            i += 1;
        } else if matches!(c, b'#' | b'%' | b'*') {
            let st = i;
            while i < mask.len() && mask[i].is_ascii_digit() {
                i += 1;
            }
            slots += if i > st { parse_count(&mask[st..i]) } else { 1 };
        }
    }
    slots
}

fn parse_count(d: &[u8]) -> usize {
    d.iter()
        .fold(0usize, |a, &c| {
            a.saturating_mul(10).saturating_add((c - b'0') as usize)
        })
        .min(1 << 20)
}

fn apply_mask(src: &[u8], mask: &[u8], right: bool, fill: u8) -> Vec<u8> {
    let mut src = src;
    let mut pad = 0usize;
    if right {
        let slots = mask_slots(mask);
        if slots < src.len() {
            src = &src[src.len() - slots..];
        } else {
            pad = slots - src.len();
        }
    }
    let mut out = Vec::with_capacity(mask.len() + src.len());
    let mut si = 0usize;
    let mut i = 0usize;
    let mut put = |mpad: u8, out: &mut Vec<u8>, pad: &mut usize| {
        if *pad > 0 {
            out.push(mpad);
            *pad -= 1;
        } else if si < src.len() {
            out.push(src[si]);
            si += 1;
        } else {
            out.push(mpad);
        }
    };
    while i < mask.len() {
        let c = mask[i];
        i += 1;
        if matches!(c, b'#' | b'%' | b'*') {
            let mpad = match c {
                b'#' => fill,
                b'%' => b'0',
                _ => b'*',
            };
            let st = i;
            while i < mask.len() && mask[i].is_ascii_digit() {
                i += 1;
            }
            let n = if i > st { parse_count(&mask[st..i]) } else { 1 };
            for _ in 0..n {
                put(mpad, &mut out, &mut pad);
            }
        } else if c == b'\\' {
            if i < mask.len() {
                out.push(mask[i]);
                i += 1;
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Break `s` into `width`-sized pieces padded with `fill`, separated by
/// text marks (word-aligned for `T` justification).
fn text_breaks(s: &[u8], width: usize, fill: u8, word_align: bool) -> Vec<u8> {
    if width == 0 {
        return s.to_vec();
    }
    let mut out = Vec::with_capacity(s.len() + s.len() / width + width);
    let mut rest = s;
    let mut first = true;
    while first || !rest.is_empty() {
        if !first {
            out.push(TM);
        }
        first = false;
        let mut take = rest.len().min(width);
        let mut skip = false;
        if word_align && rest.len() > width {
            if let Some(sp) = rest[..=width].iter().rposition(|&c| c == b' ') {
                if sp > 0 {
                    take = sp;
                    skip = true;
                }
            }
        }
        out.extend_from_slice(&rest[..take]);
        out.extend(std::iter::repeat_n(fill, width - take));
        rest = &rest[take..];
        if skip && !rest.is_empty() {
            rest = &rest[1..];
        }
    }
    out
}

/// The STATUS() FMT leaves for a format: 2 when the code is not one FMT
/// can use (the value is then returned unchanged), else 0 (a `D` code: the
/// status of that date conversion, which [`fmt`] does not report).
pub fn code_status(format: &[u8], precision: usize) -> i64 {
    if format.first() == Some(&b'D') {
        return conv::oconv(b"0", format).status;
    }
    if parse_spec(format, precision).is_some() {
        0
    } else {
        2
    }
}

/// Whether FMT leaves its value as it is, number or string: a format that
/// is not a date code and that FMT cannot use (ScarletDME's op_fmt then
/// returns without touching the value, so `FMT(0.00001, "Z")` is still the
/// number 0.00001, which prints as `0` but is not equal to `"0"`).
pub fn keeps_value(format: &[u8], precision: usize) -> bool {
    format.first() != Some(&b'D') && parse_spec(format, precision).is_none()
}

/// FMT(value, format) with the program's PRECISION (used for numbers
/// formatted without explicit decimals and for scale factors).
pub fn fmt(value: FmtInput, format: &[u8], precision: usize) -> Vec<u8> {
    let unchanged = || match value {
        FmtInput::Str(s) => s.to_vec(),
        FmtInput::Num(n) => format_num(n, precision),
    };
    if format.first() == Some(&b'D') {
        let src = unchanged();
        return conv::oconv(&src, format).value;
    }
    let sp = match parse_spec(format, precision) {
        Some(sp) => sp,
        None => return unchanged(),
    };
    if sp.width == Some(0) {
        return Vec::new();
    }
    let numeric = match value {
        FmtInput::Num(n) => Some(n),
        FmtInput::Str(s) => {
            if sp.dp.is_some() || sp.null_zero || sp.commas {
                parse_num(s)
            } else {
                None
            }
        }
    };
    let mut s = match (numeric, value) {
        (Some(n), _) => format_number(n, &sp, precision),
        (None, FmtInput::Str(s)) => s.to_vec(),
        (None, FmtInput::Num(n)) => format_num(n, precision),
    };
    if !sp.mask.is_empty() {
        s = apply_mask(&s, sp.mask, sp.just == b'R', sp.fill);
    }
    if let Some(w) = sp.width {
        let pad = w.saturating_sub(s.len());
        match sp.just {
            b'C' => {
                let lead = pad / 2;
                let mut z = vec![sp.fill; lead];
                z.extend_from_slice(&s);
                z.extend(std::iter::repeat_n(sp.fill, pad - lead));
                s = z;
            }
            b'L' | b'U' => s.extend(std::iter::repeat_n(sp.fill, pad)),
            b'R' => {
                let mut z = vec![sp.fill; pad];
                z.extend_from_slice(&s);
                s = z;
            }
            _ => {}
        }
        if sp.just == b'T' {
            s = text_breaks(&s, w, sp.fill, true);
        } else if s.len() > w {
            s = text_breaks(&s, w, sp.fill, false);
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fs(v: &str, f: &str) -> String {
        String::from_utf8(fmt(FmtInput::Str(v.as_bytes()), f.as_bytes(), 4)).unwrap()
    }
    fn fnum(v: &str, f: &str) -> String {
        let n = parse_num(v.as_bytes()).unwrap();
        String::from_utf8(fmt(FmtInput::Num(n), f.as_bytes(), 4)).unwrap()
    }

    #[test]
    fn corpus_011() {
        assert_eq!(fs("abc", "R#10"), "       abc");
        assert_eq!(fs("abc", "L#10"), "abc       ");
        assert_eq!(fs("abcdef", "L#2"), "ab");
        assert_eq!(fs("abcdef", "R#2"), "ef");
        assert_eq!(fs("abc", "10L"), "abc       ");
        assert_eq!(fs("abc", "10R"), "       abc");
        assert_eq!(fnum("42", "R%6"), "000042");
        assert_eq!(fs("ab", "L*6"), "ab****");
        assert_eq!(fs("ab", "R*6"), "****ab");
        assert_eq!(fnum("3.14159", "R2"), "3.14");
        assert_eq!(fnum("7", "R2"), "7.00");
        assert_eq!(fnum("3.14159", "R2#10"), "      3.14");
        assert_eq!(fnum("2.5", "R0"), "3");
        assert_eq!(fnum("-1.005", "R2"), "-1.01");
        assert_eq!(fnum("12345", "MD2"), "12345");
        assert_eq!(fnum("1234567.891", "R2,"), "1,234,567.89");
        assert_eq!(fnum("1234.5", "R2,$"), "$1,234.50");
        assert_eq!(fnum("-42.5", "R2"), "-42.50");
        assert_eq!(fnum("-42.5", "R2M"), "42.50-");
        assert_eq!(fnum("42.5", "R2M"), "42.50 ");
        assert_eq!(fnum("-42.5", "R2N"), "42.50");
        assert_eq!(fnum("12345", "R22"), "1234500.00");
        assert_eq!(fs("abc", "9C"), "   abc   ");
        assert_eq!(fs("abc", "C#9"), "abc      ");
        assert_eq!(fs("abcdef", "T#2"), "ab");
        assert_eq!(fnum("1.005", "R2"), "1.01");
        assert_eq!(fnum("2.675", "R2"), "2.68");
        assert_eq!(fnum("0.005", "R2"), "0.01");
        assert_eq!(fnum("-0.001", "R2"), "0.00");
        assert_eq!(fnum("-2.5", "R0"), "-3");
        assert_eq!(fnum("3.5", "R2#8"), "    3.50");
        assert_eq!(fnum("-42.5", "R2C"), "42.50cr");
        assert_eq!(fnum("42.5", "R2D"), "42.50db");
        assert_eq!(fnum("-42.5", "R2E"), "<42.50>");
        assert_eq!(fnum("0", "R2Z"), "");
        assert_eq!(fnum("9876543.21", "R2,#12"), "9,876,543.21");
        assert_eq!(fnum("1.5", "L2"), "1.50");
        assert_eq!(fs("123456789", "L###-##-####"), "123-45-6789");
        assert_eq!(fs("5551234", "R###-####"), "555-1234");
        assert_eq!(fs("", "R#5"), "     ");
        assert_eq!(fs("", "R2#6"), "  0.00");
        assert_eq!(fs("abc", "R2"), "abc");
        assert_eq!(fnum("12.5", "L#8"), "12.5    ");
        assert_eq!(
            fs("Item", "L#8") + &fnum("3", "R#4") + &fnum("9.5", "R2#8"),
            "Item       3    9.50"
        );
        assert_eq!(fs("abc", "L#0"), "");
        assert_eq!(fnum("1234", "R#1"), "4");
        assert_eq!(fnum("-42.5", "R2-"), "-");
    }

    #[test]
    fn other_uses() {
        assert_eq!(fs("20", "R%2"), "20");
        assert_eq!(fs("F", "R%2"), "0F");
        assert_eq!(fs("30", "R%5"), "00030");
        assert_eq!(fs("1f", "R%2"), "1f");
        let r = fmt(FmtInput::Str(b"abcdefghij"), b"5L", 4);
        assert_eq!(r, b"abcde\xfbfghij".to_vec());
        assert_eq!(
            fmt(FmtInput::Str(b"abcdefgh"), b"5L", 4),
            b"abcde\xfbfgh  ".to_vec()
        );
    }
}
