//! MD / ML / MR masked decimal conversions (OCONV and ICONV).

use super::conv::{bad, ok, ConvResult};
use super::num::{parse_num, Num, FLOAT_TOLERANCE};
use super::num_format::ftoa;
use super::num_sd::c_int32;

/// Masked decimal output of a string: `MD n [scale] [,] [$] [- + < ( C D]
/// [P] [Z] [T] [width fill | mask]`. A numeric string converts as the
/// number it reads as; anything else is returned with STATUS() 1.
pub(super) fn masked_decimal(v: &[u8], mode: u8, code: &[u8]) -> ConvResult {
    if v.is_empty() && mode == b'D' {
        return ok(Vec::new());
    }
    let Some(n) = parse_num(v) else {
        return bad(v, 1);
    };
    masked_decimal_value(n, mode, code)
}

/// Masked decimal output of a number as ScarletDME converts a numeric
/// value (not its display: `OCONV(-0.00001, "MD2$")` is `-$0.00`, and
/// values of 16 digits convert): a double has decimals for `P` when it is
/// more than the float tolerance away from its C `(int32_t)` cast.
pub fn masked_decimal_value(n: Num, mode: u8, code: &[u8]) -> ConvResult {
    let dp_present = match n {
        Num::Int(_) => false,
        Num::Float(f) => (f - c_int32(f) as f64).abs() > FLOAT_TOLERANCE,
    };
    masked_decimal_num(n, dp_present, mode, code)
}

fn masked_decimal_num(n: Num, dp_present: bool, mode: u8, code: &[u8]) -> ConvResult {
    let at = |i: usize| code.get(i).copied().unwrap_or(0);
    let mut p = 0usize;
    let dp = if at(p).is_ascii_digit() {
        p += 1;
        (at(p - 1) - b'0') as usize
    } else {
        0
    };
    let scale = if at(p).is_ascii_digit() {
        p += 1;
        (at(p - 1) - b'0') as usize
    } else {
        dp
    };
    let (mut commas, mut currency) = (false, false);
    // `[text]`: literal text put before the digits (after any sign)
    let mut literal: &[u8] = b"";
    loop {
        match at(p) {
            b',' => commas = true,
            b'$' => currency = true,
            b'[' => {
                let end = code[p..]
                    .iter()
                    .position(|&c| c == b']')
                    .map_or(code.len(), |e| p + e);
                literal = &code[p + 1..end];
                p = end;
            }
            _ => break,
        }
        p += 1;
    }
    let neg_mode = match at(p).to_ascii_uppercase() {
        c @ (b'+' | b'-' | b'<' | b'(' | b'C' | b'D') => {
            p += 1;
            c
        }
        _ => 0,
    };
    let suppress_scale = at(p).eq_ignore_ascii_case(&b'P');
    if suppress_scale {
        p += 1;
    }
    let null_zero = at(p).eq_ignore_ascii_case(&b'Z');
    if null_zero {
        p += 1;
    }
    let truncate = at(p).eq_ignore_ascii_case(&b'T');
    if truncate {
        p += 1;
    }
    let mut width = 0usize;
    let mut pad_char = b' ';
    let mut mask: Option<&[u8]> = None;
    if at(p).is_ascii_digit() {
        width = (at(p) - b'0') as usize;
        p += 1;
        if at(p).is_ascii_digit() {
            width = width * 10 + (at(p) - b'0') as usize;
            p += 1;
        }
        if p < code.len() {
            pad_char = code[p];
        }
    } else if matches!(at(p), b'#' | b'*' | b'%') {
        mask = Some(&code[p..]);
    }

    let mut body: Vec<u8>;
    let is_negative;
    let mut z: Vec<u8> = Vec::new();
    let zero_out;
    match n {
        Num::Int(i) if dp == scale => {
            is_negative = i < 0;
            let a = i.unsigned_abs();
            zero_out = null_zero && a == 0;
            let digits = a.to_string().into_bytes();
            if dp > 0 {
                if digits.len() <= dp {
                    body = b"0.".to_vec();
                    body.extend(std::iter::repeat_n(b'0', dp - digits.len()));
                    body.extend_from_slice(&digits);
                } else {
                    let k = digits.len() - dp;
                    body = digits[..k].to_vec();
                    body.push(b'.');
                    body.extend_from_slice(&digits[k..]);
                }
            } else {
                body = digits;
            }
        }
        _ => {
            let mut f = n.to_f64();
            if scale > 0 && !(suppress_scale && dp_present) {
                f /= 10f64.powi(scale as i32);
            }
            zero_out = null_zero && f.abs() < FLOAT_TOLERANCE;
            is_negative = f < 0.0;
            // -0.0 keeps its sign: ftoa spells it "-0.00" as C does
            let a = if is_negative { -f } else { f };
            body = ftoa(a, dp, truncate);
        }
    }
    if !zero_out {
        // the national decimal and thousands separators (SETNLS)
        super::nls::localise_point(&mut body);
        if commas {
            body = insert_commas(&body);
        }
        let mut prefix: Vec<u8> = if currency {
            super::nls::currency()
        } else {
            Vec::new()
        };
        prefix.extend_from_slice(literal);
        let prefix = &prefix[..];
        match neg_mode {
            0 => {
                if is_negative {
                    z.push(b'-');
                }
                z.extend_from_slice(prefix);
                z.extend_from_slice(&body);
            }
            b'+' | b'-' | b'C' | b'D' => {
                z.extend_from_slice(prefix);
                z.extend_from_slice(&body);
                z.extend_from_slice(match (neg_mode, is_negative) {
                    (b'+', true) => b"-",
                    (b'+', false) => b"+",
                    (b'-', true) => b"-",
                    (b'-', false) => b" ",
                    (b'C', true) => b"cr",
                    (b'D', true) => b"db",
                    _ => b"  ",
                });
            }
            _ => {
                let (open, close) = if neg_mode == b'<' {
                    (b'<', b'>')
                } else {
                    (b'(', b')')
                };
                z.push(if is_negative { open } else { b' ' });
                z.extend_from_slice(prefix);
                z.extend_from_slice(&body);
                z.push(if is_negative { close } else { b' ' });
            }
        }
    }
    if width > 0 {
        z.truncate(width);
        let pad = width - z.len();
        let mut out = Vec::with_capacity(width);
        if mode == b'R' {
            out.extend(std::iter::repeat_n(pad_char, pad));
        }
        out.extend_from_slice(&z);
        if mode == b'L' {
            out.extend(std::iter::repeat_n(pad_char, pad));
        }
        return ok(out);
    }
    if let Some(m) = mask {
        let f = [if mode == b'R' { b'R' } else { b'L' }];
        let mut spec = f.to_vec();
        spec.extend_from_slice(m);
        return ok(super::fmt::fmt(super::fmt::FmtInput::Str(&z), &spec, 4));
    }
    ok(z)
}

fn insert_commas(s: &[u8]) -> Vec<u8> {
    let point = super::nls::decimal();
    let end = s.iter().position(|&c| c == point).unwrap_or(s.len());
    let sep = super::nls::thousands();
    let mut out = Vec::with_capacity(s.len() + s.len() / 3);
    for (i, &d) in s[..end].iter().enumerate() {
        if i > 0 && (end - i) % 3 == 0 {
            out.push(sep);
        }
        out.push(d);
    }
    out.extend_from_slice(&s[end..]);
    out
}

/// Masked decimal input (ScarletDME `masked_decimal_conversion` of
/// op_iconv.c): `$`, blanks, thousands separators and the fill character
/// are dropped; a leading `+ - ( <` or trailing `+ - CR DB` sets the
/// sign; the integer digits and up to `scale` decimals are read, the
/// next digit rounds, anything after it is ignored (`"12x"` -> 1200).
pub(super) fn masked_decimal_in(v: &[u8], code: &[u8]) -> ConvResult {
    if v.is_empty() {
        return ok(Vec::new());
    }
    let at = |i: usize| code.get(i).copied().unwrap_or(0);
    let mut p = 0usize;
    let dp = if at(p).is_ascii_digit() {
        p += 1;
        (at(p - 1) - b'0') as u32
    } else {
        0
    };
    let mut scale = if at(p).is_ascii_digit() {
        p += 1;
        (at(p - 1) - b'0') as u32
    } else {
        dp
    };
    while matches!(at(p), b',' | b'$') {
        p += 1;
    }
    if matches!(
        at(p).to_ascii_uppercase(),
        b'+' | b'-' | b'<' | b'(' | b'C' | b'D'
    ) {
        p += 1;
    }
    if at(p).eq_ignore_ascii_case(&b'P') {
        p += 1;
    }
    if at(p).eq_ignore_ascii_case(&b'Z') {
        p += 1;
    }
    let mut pad = b' ';
    if at(p).is_ascii_digit() {
        p += 1;
        if at(p).is_ascii_digit() {
            p += 1;
        }
        if p < code.len() {
            pad = at(p);
        }
    } else if at(p) == b'%' {
        pad = b'0';
    } else if at(p) == b'*' {
        pad = b'*';
    }
    let mut s: Vec<u8> = v.iter().copied().take(160).collect();
    if let Some(pos) = s.iter().position(|&c| c == b'$') {
        s.remove(pos);
    }
    let mut z: Vec<u8> = s
        .into_iter()
        .filter(|&c| c != pad && c != b' ' && c != super::nls::thousands())
        .collect();
    let mut neg = false;
    let mut r = 0usize;
    match z.first() {
        Some(b'+') => r = 1,
        Some(b'-') => {
            neg = true;
            r = 1;
        }
        Some(&open @ (b'(' | b'<')) => {
            let close = if open == b'(' { b')' } else { b'>' };
            if z.len() < 2 || z[z.len() - 1] != close {
                return bad(b"", 1);
            }
            z.pop();
            neg = true;
            r = 1;
        }
        _ => {}
    }
    if !neg && !z.is_empty() {
        match z[z.len() - 1] {
            b'+' => {
                z.pop();
            }
            b'-' => {
                neg = true;
                z.pop();
            }
            _ => {
                if z.len() >= 2 {
                    let tail = z[z.len() - 2..].to_ascii_uppercase();
                    if tail == b"CR" || tail == b"DB" {
                        neg = true;
                        z.truncate(z.len() - 2);
                    }
                }
            }
        }
    }
    let body = &z[r.min(z.len())..];
    if body.is_empty() {
        return ok(Vec::new());
    }
    let point = super::nls::decimal();
    if !body[0].is_ascii_digit() && body[0] != point {
        return bad(b"", 1);
    }
    // ScarletDME accumulates in a C int64 that wraps (ICONV of
    // "-21474836482147483647" with MD0 is -3028092408437932031); the sign
    // is printed before the value, whatever the wrapped value's own sign
    let mut i = 0usize;
    let mut value: i64 = 0;
    let digit = |v: i64, d: u8| v.wrapping_mul(10).wrapping_add((d - b'0') as i64);
    while i < body.len() && body[i].is_ascii_digit() {
        value = digit(value, body[i]);
        i += 1;
    }
    if i < body.len() && body[i] == point {
        i += 1;
        while scale > 0 && i < body.len() && body[i].is_ascii_digit() {
            value = digit(value, body[i]);
            i += 1;
            scale -= 1;
        }
    }
    if scale > 0 {
        value = value.wrapping_mul(10i64.pow(scale));
    } else if i < body.len() && body[i].is_ascii_digit() && body[i] >= b'5' {
        value = value.wrapping_add(1);
    }
    let mut out = Vec::new();
    if neg {
        out.push(b'-');
    }
    out.extend_from_slice(value.to_string().as_bytes());
    ok(out)
}
