//! OCONV / ICONV conversion codes and the STATUS() value each sets:
//! 0 = success, 1 = invalid data (value returned unchanged for OCONV,
//! `""` for ICONV), 2 = invalid conversion code.
//!
//! Supported: `D...` dates ([`super::conv_date`]), `MT...` times
//! ([`super::conv_time`]), `MD`/`ML`/`MR` masked decimal, `MC` case and
//! character-class codes (`MCU MCL MCT MCN MCA MC/N MC/A MCAN MC/AN MCP
//! MCD[X] MCX[D]`), `MX`/`MO`/`MB` radix (`MX0C` = character mode),
//! `L` length, `G` group, `T` substring, `R` range. Several codes separated by
//! value marks are applied in turn.
//!
//! Some OCONV codes stop the program in ScarletDME rather than set
//! STATUS() (non-numeric text for `MT`, `MX`, `MO`, `MB`, `MCD`; a double
//! beyond 32 bits for `D` and `MT`): [`oconv_checked`] returns those as a
//! [`ConvFault`] (see [`super::conv_int`]).

use super::conv_date::{iconv_date, oconv_date};
pub use super::conv_int::ConvFault;
use super::conv_int::{int_of_num, int_of_text, unsigned_of_num, unsigned_of_text};
use super::conv_md::{masked_decimal, masked_decimal_in, masked_decimal_value};
use super::conv_radix::{base64_decode, base64_encode, radix_in, radix_out, radix_out_u32};
use super::conv_time::{iconv_time, oconv_time};
use super::dynarray::VM;
use super::num::{parse_num, Num};

/// What kind of value a conversion leaves. ScarletDME converts the value
/// in place on its stack, so the result keeps a type: a code that never
/// touches the value (an empty part, a code rejected before the value is
/// read, an MC mode it does not know) leaves a number a number
/// (`OCONV(1.23456789, "")` is still that float, not its display at
/// PRECISION); a few codes make an integer (`L0`, OCONV `MCX`, ICONV of a
/// radix code or `B`, a date code rejected after the value was made a day
/// number); every other code makes a string.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConvKind {
    /// A string.
    Text,
    /// An integer (the value holds its decimal digits).
    Int,
    /// The value as it came in (a number stays that number).
    Same,
}

/// A conversion result with the STATUS() value it sets.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConvResult {
    /// The converted value.
    pub value: Vec<u8>,
    /// STATUS(): 0 ok, 1 bad data, 2 bad conversion code.
    pub status: i64,
    /// The kind of value left (see [`ConvKind`]).
    pub kind: ConvKind,
}

pub(super) fn ok(value: Vec<u8>) -> ConvResult {
    ConvResult {
        value,
        status: 0,
        kind: ConvKind::Text,
    }
}
pub(super) fn bad(value: &[u8], status: i64) -> ConvResult {
    ConvResult {
        value: value.to_vec(),
        status,
        kind: ConvKind::Text,
    }
}
/// The value untouched (a number stays a number), with `status`.
pub(super) fn same(value: &[u8], status: i64) -> ConvResult {
    ConvResult {
        value: value.to_vec(),
        status,
        kind: ConvKind::Same,
    }
}
/// An integer result.
pub(super) fn int(value: Vec<u8>) -> ConvResult {
    ConvResult {
        value,
        status: 0,
        kind: ConvKind::Int,
    }
}

/// One more part applied: a part that left the value as it was keeps the
/// kind the value had before it.
fn chain(prev: ConvKind, mut next: ConvResult) -> ConvResult {
    if next.kind == ConvKind::Same {
        next.kind = prev;
    }
    next
}

/// OCONV(value, code) for callers that cannot stop the program (query
/// reports, I-types, FMT): a conversion ScarletDME would stop in returns
/// the value unchanged with STATUS() 1.
pub fn oconv(value: &[u8], code: &[u8]) -> ConvResult {
    oconv_checked(value, code).unwrap_or_else(|_| bad(value, 1))
}

/// OCONV(text, code), or the fault ScarletDME stops the program with.
/// The parts run in turn; the first with a non-zero STATUS() ends the
/// conversion (op_oconv), leaving that part's value.
pub fn oconv_checked(value: &[u8], code: &[u8]) -> Result<ConvResult, ConvFault> {
    oconv_rest(same(value, 0), code.split(|&c| c == VM))
}

/// The remaining parts of an OCONV after `cur`.
fn oconv_rest<'a>(
    mut cur: ConvResult,
    parts: impl Iterator<Item = &'a [u8]>,
) -> Result<ConvResult, ConvFault> {
    for one in parts {
        if cur.status != 0 {
            break;
        }
        cur = chain(cur.kind, oconv_one(&cur.value, one)?);
    }
    Ok(cur)
}

/// ICONV(value, code) for callers that cannot stop the program: a
/// conversion ScarletDME would stop in gives "" with STATUS() 1.
pub fn iconv(value: &[u8], code: &[u8]) -> ConvResult {
    iconv_checked(value, code).unwrap_or_else(|_| bad(b"", 1))
}

/// ICONV(text, code), or the fault ScarletDME stops the program with.
pub fn iconv_checked(value: &[u8], code: &[u8]) -> Result<ConvResult, ConvFault> {
    let mut cur = same(value, 0);
    for one in code.split(|&c| c == VM) {
        cur = chain(cur.kind, iconv_one(&cur.value, one)?);
        if cur.status != 0 {
            break;
        }
    }
    // ScarletDME's op_iconv: STATUS() 1 or 2 always gives ""
    if cur.status == 1 || cur.status == 2 {
        cur.value.clear();
        cur.kind = ConvKind::Text;
    }
    Ok(cur)
}

/// ICONV(number, code) for the codes that take a number's integer rather
/// than its display: `MCX` (GetUnsignedInt: a double is truncated, so
/// `ICONV(12.7, "MCX")` is 12 where the text "12.7" stops the program).
/// `None` for other codes.
pub fn iconv_number(n: Num, code: &[u8]) -> Option<Result<ConvResult, ConvFault>> {
    let mut parts = code.split(|&c| c == VM);
    let first = strip_spaces(parts.next().unwrap_or(b""));
    if !(first.eq_ignore_ascii_case(b"MCX") || first.eq_ignore_ascii_case(b"MCXD")) {
        return None;
    }
    let mut cur = ok(unsigned_of_num(n).to_string().into_bytes());
    for one in parts {
        match iconv_one(&cur.value, one) {
            Ok(r) => cur = chain(cur.kind, r),
            Err(f) => return Some(Err(f)),
        }
        if cur.status != 0 {
            break;
        }
    }
    if cur.status == 1 || cur.status == 2 {
        cur.value.clear();
        cur.kind = ConvKind::Text;
    }
    Some(Ok(cur))
}

/// OCONV(number, code) where the value is a number rather than a string:
/// ScarletDME's masked decimal codes (MD, ML, MR) convert the number
/// itself, not its display at PRECISION (`OCONV(-0.00001, "MD2$")` is
/// `-$0.00`, a 16-digit double converts), and dates and times its 32-bit
/// integer (a double beyond 32 bits is a fault), the radix codes and MCD
/// its unsigned 32-bit integer (`OCONV(12.7, "MO")` is `14`). `None` for
/// other codes: the value then converts as its display.
pub fn oconv_number(n: Num, code: &[u8]) -> Option<Result<ConvResult, ConvFault>> {
    let mut parts = code.split(|&c| c == VM);
    let first = strip_spaces(parts.next().unwrap_or(b""));
    let up = |i: usize| first.get(i).map_or(0, u8::to_ascii_uppercase);
    let first_result = match (up(0), up(1)) {
        // dates and times: the number made a 32-bit integer as C does it
        // (`OCONV(6.999999999, "DD")` is day 6), not its display
        (b'D', _) => int_of_num(n).map(|i| date_out(i, &first[1..])),
        (b'M', b'T') => int_of_num(n).map(|i| ok(oconv_time(i, &first[2..]))),
        (b'M', b'X' | b'O' | b'B') if first.len() == 2 => {
            let radix = match up(1) {
                b'X' => 16,
                b'O' => 8,
                _ => 2,
            };
            Ok(ok(radix_out_u32(unsigned_of_num(n), radix)))
        }
        (b'M', b'C')
            if first[2..].eq_ignore_ascii_case(b"D") || first[2..].eq_ignore_ascii_case(b"DX") =>
        {
            Ok(ok(unsigned_of_num(n).to_string().into_bytes()))
        }
        (b'M', c @ (b'D' | b'L' | b'R')) => Ok(masked_decimal_value(n, c, &first[2..])),
        _ => return None,
    };
    Some(first_result.and_then(|cur| oconv_rest(cur, parts)))
}

fn strip_spaces(code: &[u8]) -> &[u8] {
    let st = code.iter().position(|&c| c != b' ').unwrap_or(code.len());
    &code[st..]
}

/// OCONV of a day number: a code the converter refuses is STATUS() 2 and
/// returns the value as the integer it was made into (ScarletDME converts
/// the value in place first: `OCONV(1096.63, "DY2")` is the integer `1096`).
fn date_out(day: i32, code: &[u8]) -> ConvResult {
    match oconv_date(day as i64, code) {
        Some(r) => ok(r),
        None => ConvResult {
            status: 2,
            ..int(day.to_string().into_bytes())
        },
    }
}

/// OCONV of text with a D code: blank text converts to "", non-numeric
/// text is STATUS() 1 (unchanged), a number beyond 32 bits a fault.
fn date_text_out(v: &[u8], code: &[u8]) -> Result<ConvResult, ConvFault> {
    if v.iter().all(|&c| c == b' ') {
        return Ok(ok(Vec::new()));
    }
    match parse_num(v) {
        Some(n) => Ok(date_out(int_of_num(n)?, code)),
        None => Ok(bad(v, 1)),
    }
}

/// OCONV of text with an MT code: blank text converts to "", anything
/// else must be a number (no STATUS() 1: ScarletDME stops).
fn time_text_out(v: &[u8], code: &[u8]) -> Result<ConvResult, ConvFault> {
    if v.iter().all(|&c| c == b' ') {
        return Ok(ok(Vec::new()));
    }
    Ok(ok(oconv_time(int_of_text(v)?, code)))
}

fn oconv_one(v: &[u8], code: &[u8]) -> Result<ConvResult, ConvFault> {
    let code = strip_spaces(code);
    let Some(&c0) = code.first() else {
        return Ok(same(v, 0));
    };
    let rest = &code[1..];
    Ok(match c0.to_ascii_uppercase() {
        b'D' => date_text_out(v, rest)?,
        b'M' => {
            let Some(&c1) = rest.first() else {
                return Ok(same(v, 2));
            };
            let rest2 = &rest[1..];
            match c1.to_ascii_uppercase() {
                b'T' => time_text_out(v, rest2)?,
                b'D' | b'L' | b'R' => masked_decimal(v, c1.to_ascii_uppercase(), rest2),
                b'C' => mc_out(v, rest2)?,
                b'X' => radix_out(v, 16, rest2)?,
                b'O' => radix_out(v, 8, rest2)?,
                b'B' => radix_out(v, 2, rest2)?,
                _ => same(v, 2),
            }
        }
        b'L' => length_conv(v, rest),
        b'G' => group_conv(v, rest),
        b'T' => substring_conv(v, rest),
        b'R' => range_conv(v, rest),
        b'B' => {
            if rest == b"64" {
                ok(base64_encode(v))
            } else {
                ok(if super::num::is_true(v) {
                    b"Y".to_vec()
                } else {
                    b"N".to_vec()
                })
            }
        }
        b'<' => field_conv(v, rest),
        b'P' => pattern_conv(v, rest),
        _ => same(v, 2),
    })
}

/// `P(pattern)[;(pattern)...]`: the value when it matches one of the
/// patterns, else "" (STATUS() 0 either way). As in ScarletDME, each
/// template runs to the first `)` (quotes do not hide it), only `;` or `/`
/// leads to another template (anything else ends the list), and a code that
/// does not continue with `(` where a template must start, or lacks its `)`,
/// is invalid: STATUS() 2 with the value unchanged.
fn pattern_conv(v: &[u8], code: &[u8]) -> ConvResult {
    let mut i = 0;
    loop {
        if code.get(i) != Some(&b'(') {
            return bad(v, 2);
        }
        let Some(close) = code[i + 1..].iter().position(|&c| c == b')') else {
            return bad(v, 2);
        };
        let end = i + 1 + close;
        if super::pattern::matches(v, &code[i + 1..end]) {
            return ok(v.to_vec());
        }
        match code.get(end + 1) {
            Some(b';' | b'/') => i = end + 2,
            _ => return ok(Vec::new()),
        }
    }
}

fn iconv_one(v: &[u8], code: &[u8]) -> Result<ConvResult, ConvFault> {
    let code = strip_spaces(code);
    let Some(&c0) = code.first() else {
        return Ok(same(v, 0));
    };
    let rest = &code[1..];
    Ok(match c0.to_ascii_uppercase() {
        b'D' => {
            if v.len() > 50 {
                return Ok(bad(b"", 1));
            }
            // ScarletDME reads the text as a C string: it ends at a NUL
            // byte, and text that is empty there is returned unchanged
            let text = v.split(|&c| c == 0).next().unwrap_or(b"");
            if text.is_empty() {
                return Ok(ok(v.to_vec()));
            }
            match iconv_date(text, rest) {
                Some(d) => ConvResult {
                    status: d.status,
                    ..ok(d.day_no.to_string().into_bytes())
                },
                None => bad(b"", 1),
            }
        }
        b'M' => {
            let Some(&c1) = rest.first() else {
                return Ok(same(v, 2));
            };
            let rest2 = &rest[1..];
            match c1.to_ascii_uppercase() {
                b'T' => match iconv_time(v, rest2) {
                    Some(t) => ok(t.to_string().into_bytes()),
                    None => bad(b"", 1),
                },
                b'D' | b'L' | b'R' => masked_decimal_in(v, rest2),
                b'C' => mc_in(v, rest2)?,
                b'X' => radix_in(v, 16, rest2),
                b'O' => radix_in(v, 8, rest2),
                b'B' => radix_in(v, 2, rest2),
                _ => bad(v, 2),
            }
        }
        b'L' => length_conv(v, rest),
        b'G' => group_conv(v, rest),
        b'T' => substring_conv(v, rest),
        b'R' => range_conv(v, rest),
        b'P' => pattern_conv(v, rest),
        b'B' => {
            if rest == b"64" {
                match base64_decode(v) {
                    Some(d) => ok(d),
                    None => bad(b"", 1),
                }
            } else if v.is_empty() {
                int(b"0".to_vec())
            } else {
                match v {
                    b"Y" | b"y" => int(b"1".to_vec()),
                    b"N" | b"n" => int(b"0".to_vec()),
                    _ => bad(b"", 1),
                }
            }
        }
        _ => bad(b"", 2),
    })
}

fn mc_out(v: &[u8], code: &[u8]) -> Result<ConvResult, ConvFault> {
    let up = code.to_ascii_uppercase();
    let r: Vec<u8> = match up.as_slice() {
        b"U" => v.to_ascii_uppercase(),
        b"L" => v.to_ascii_lowercase(),
        b"A" => v.iter().copied().filter(u8::is_ascii_alphabetic).collect(),
        b"N" => v.iter().copied().filter(u8::is_ascii_digit).collect(),
        b"/A" => v
            .iter()
            .copied()
            .filter(|c| !c.is_ascii_alphabetic())
            .collect(),
        b"/N" => v.iter().copied().filter(|c| !c.is_ascii_digit()).collect(),
        b"AN" => v
            .iter()
            .copied()
            .filter(u8::is_ascii_alphanumeric)
            .collect(),
        b"/AN" => v
            .iter()
            .copied()
            .filter(|c| !c.is_ascii_alphanumeric())
            .collect(),
        b"P" => v
            .iter()
            .map(|&c| {
                if c == b' ' || c.is_ascii_graphic() {
                    c
                } else {
                    b'.'
                }
            })
            .collect(),
        b"T" => {
            let mut up_next = true;
            v.iter()
                .map(|&c| {
                    if c.is_ascii_alphabetic() {
                        let r = if up_next {
                            c.to_ascii_uppercase()
                        } else {
                            c.to_ascii_lowercase()
                        };
                        up_next = false;
                        r
                    } else {
                        up_next = true;
                        c
                    }
                })
                .collect()
        }
        // MCD/MCDX: ScarletDME's "decimal to hex" prints the unsigned
        // 32-bit integer in decimal ("-1" is 4294967295); "" stays ""
        b"D" | b"DX" => {
            if v.is_empty() {
                return Ok(ok(Vec::new()));
            }
            return Ok(ok(unsigned_of_text(v)?.to_string().into_bytes()));
        }
        b"X" | b"XD" => return Ok(hex_to_decimal(v)),
        // op_oconv/op_iconv look at one letter for U and L ("MCUX" is MCU)
        [b'U', ..] => v.to_ascii_uppercase(),
        [b'L', ..] => v.to_ascii_lowercase(),
        // MCD/MCX followed by anything else are invalid codes
        [b'D' | b'X', ..] => return Ok(same(v, 2)),
        // any other mode (MC, MCZ, MCTX, MCB...): ScarletDME ignores the
        // status of its mc_conversion, so the value comes back unchanged
        // with STATUS() 0 (fuzz/FZ_OCONV_MC_01), a number still a number
        _ => return Ok(same(v, 0)),
    };
    Ok(ok(r))
}

/// ICONV MC codes: ScarletDME's ICONV swaps the two radix codes, so
/// `MCD` is hexadecimal to decimal (OCONV's `MCX`) and `MCX` the value as
/// an unsigned 32-bit decimal (OCONV's `MCD`, where text other than a sign
/// and digits stops the program).
fn mc_in(v: &[u8], code: &[u8]) -> Result<ConvResult, ConvFault> {
    let up = code.to_ascii_uppercase();
    match up.as_slice() {
        b"D" | b"DX" => Ok(hex_to_decimal(v)),
        b"X" | b"XD" => mc_out(v, b"D"),
        _ => Ok(mc_out(v, code).unwrap_or_else(|_| bad(v, 1))),
    }
}

/// Hexadecimal to decimal as ScarletDME's op_xtd does it (see
/// [`super::strings::xtd`]): an integer; text it cannot read comes back
/// unchanged (as text: op_xtd has read it as a string).
fn hex_to_decimal(v: &[u8]) -> ConvResult {
    match super::strings::xtd(v) {
        Some(n) => int(n.to_string().into_bytes()),
        None => ok(v.to_vec()),
    }
}

fn small_int(s: &[u8]) -> Option<usize> {
    if s.is_empty() || s.len() > 9 || !s.iter().all(u8::is_ascii_digit) {
        return None;
    }
    std::str::from_utf8(s).ok()?.parse().ok()
}

/// `L` / `L0`: the length of the value; `Ln`: the value when at most n
/// long, else `""`; `Ln,m`: the value when its length is within n..=m.
fn length_conv(v: &[u8], code: &[u8]) -> ConvResult {
    let st = code
        .iter()
        .position(|c| !c.is_ascii_digit())
        .unwrap_or(code.len());
    let p1 = if st > 0 {
        small_int(&code[..st])
    } else {
        Some(0)
    };
    let mut rest = &code[st..];
    let mut p2 = Some(0);
    if st > 0 && rest.first() == Some(&b',') {
        rest = &rest[1..];
        let e = rest
            .iter()
            .position(|c| !c.is_ascii_digit())
            .unwrap_or(rest.len());
        if e > 0 {
            p2 = small_int(&rest[..e]);
        }
        rest = &rest[e..];
    }
    let (Some(p1), Some(p2)) = (p1, p2) else {
        return bad(v, 2);
    };
    if !rest.is_empty() {
        return bad(v, 2);
    }
    let len = v.len();
    // ScarletDME's length_conversion: no p1 (or 0) gives the length as an
    // integer, whatever the value (`VARTYPE(OCONV("12  ", "L0,3"))` is 2,
    // and `"  12" > OCONV(x, "L0")` compares numbers)
    if p1 == 0 {
        return int(len.to_string().into_bytes());
    }
    if (p2 == 0 && len > p1) || (p2 != 0 && (len < p1 || len > p2)) {
        return ok(Vec::new());
    }
    ok(v.to_vec())
}

/// `G[skip]dn`: n parts from part skip+1 of `v`, split by delimiter d.
fn group_conv(v: &[u8], code: &[u8]) -> ConvResult {
    let st = code
        .iter()
        .position(|c| !c.is_ascii_digit())
        .unwrap_or(code.len());
    let skip = if st == 0 {
        0
    } else {
        small_int(&code[..st]).unwrap_or(0)
    };
    let Some(&d) = code.get(st) else {
        return same(v, 2);
    };
    if super::dynarray::is_mark(d) {
        return same(v, 2);
    }
    let n = match small_int(&code[st + 1..]) {
        Some(n) if n > 0 => n,
        _ => return same(v, 2),
    };
    let r = super::field::field(v, &[d], skip as i64 + 1, n as i64);
    ok(r.value)
}

/// `<f[,v[,s]]>`: field extraction conversion.
fn field_conv(v: &[u8], code: &[u8]) -> ConvResult {
    let Some(inner) = code.strip_suffix(b">") else {
        return same(v, 2);
    };
    let mut pos = [0i64; 3];
    let parts: Vec<&[u8]> = inner.split(|&c| c == b',').collect();
    if parts.len() > 3 {
        return same(v, 2);
    }
    for (k, part) in parts.iter().enumerate() {
        match small_int(part) {
            Some(n) => pos[k] = n as i64,
            None => return same(v, 2),
        }
    }
    ok(super::dynarray::extract(v, pos[0], pos[1], pos[2]).to_vec())
}

/// `Tm,n` substring from m for n characters, `Tn` the last n characters.
fn substring_conv(v: &[u8], code: &[u8]) -> ConvResult {
    match code.iter().position(|&c| c == b',') {
        Some(p) => match (small_int(&code[..p]), small_int(&code[p + 1..])) {
            (Some(m), Some(n)) => ok(super::field::substr(v, m as i64, n as i64).to_vec()),
            _ => same(v, 2),
        },
        None => match small_int(code) {
            Some(n) => ok(super::field::substr_last(v, n as i64).to_vec()),
            None => same(v, 2),
        },
    }
}

/// `Rlo,hi[;lo,hi...]`: the value when it is an integer in one of the
/// ranges, else `""` with STATUS() 2 (ScarletDME's range_conversion keeps
/// its initial status 2 unless a range matches); a value that is not an
/// integer (`parse_int_strict`) is returned unchanged with STATUS() 1.
fn range_conv(v: &[u8], code: &[u8]) -> ConvResult {
    let Some(val) = super::num::parse_int_strict(v) else {
        return bad(v, 1);
    };
    for range in code.split(|&c| c == b';' || c == b'/') {
        let Some(p) = range.iter().skip(1).position(|&c| c == b',').map(|p| p + 1) else {
            return bad(v, 2);
        };
        let (a, b) = (
            super::num::parse_int_strict(&range[..p]),
            super::num::parse_int_strict(&range[p + 1..]),
        );
        match (a, b) {
            (Some(lo), Some(hi)) => {
                if val >= lo && val <= hi {
                    return ok(v.to_vec());
                }
            }
            _ => return bad(v, 2),
        }
    }
    bad(b"", 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn o(v: &str, c: &str) -> (String, i64) {
        let r = oconv(v.as_bytes(), c.as_bytes());
        (String::from_utf8_lossy(&r.value).into_owned(), r.status)
    }
    fn i(v: &str, c: &str) -> (String, i64) {
        let r = iconv(v.as_bytes(), c.as_bytes());
        (String::from_utf8_lossy(&r.value).into_owned(), r.status)
    }

    #[test]
    fn dates_and_times_corpus_013() {
        assert_eq!(o("20000", "D4-YMD").0, "2022-10-03");
        assert_eq!(o("20000", "D"), ("03 OCT 2022".into(), 0));
        assert_eq!(i("12/25/2023", "D4/"), ("20448".into(), 0));
        assert_eq!(i("13/45/2023", "D4/"), ("".into(), 1));
        assert_eq!(i("07/04/1976", "D4/"), ("3108".into(), 0));
        assert_eq!(i("99/99/9999", "D4/").1, 1);
        assert_eq!(i("25 DEC 2023", "D").0, "20448");
        assert_eq!(o("45296", "MTHS").0, "12:34:56pm");
        assert_eq!(o("0", "MTS").0, "00:00:00");
        assert_eq!(i("12:34:56", "MTS").0, "45296");
        assert_eq!(i("02:15PM", "MTH").0, "51300");
        assert_eq!(i("25:99", "MT"), ("".into(), 1));
        assert_eq!(o("", "D"), ("".into(), 0));
        assert_eq!(i("", "D4/"), ("".into(), 0));
        assert_eq!(i("02/30/2024", "D4/"), ("20515".into(), 3));
        assert_eq!(i("", "MT"), ("".into(), 1));
    }

    #[test]
    fn masked_decimal_cases() {
        assert_eq!(o("12345", "MD2"), ("123.45".into(), 0));
        assert_eq!(o("5", "MD2"), ("0.05".into(), 0));
        assert_eq!(o("-12345", "MD2"), ("-123.45".into(), 0));
        assert_eq!(o("1234567", "MD2,$"), ("$12,345.67".into(), 0));
        assert_eq!(o("-500", "MD2-"), ("5.00-".into(), 0));
        assert_eq!(o("0", "MD2Z"), ("".into(), 0));
        assert_eq!(o("1234.5", "MD2"), ("12.35".into(), 0));
        assert_eq!(o("12345", "MD0"), ("12345".into(), 0));
        assert_eq!(o("1\u{fd}2", "MD2").1, 1);
        assert_eq!(o("abc", "MD2"), ("abc".into(), 1));
        assert_eq!(i("12.34", "MD2"), ("1234".into(), 0));
        assert_eq!(i("12x", "MD2"), ("1200".into(), 0));
        assert_eq!(i("$1,234.50", "MD2"), ("123450".into(), 0));
        assert_eq!(i("-1.5", "MD2"), ("-150".into(), 0));
        assert_eq!(i("12.345", "MD2"), ("1235".into(), 0));
        assert_eq!(i("(5)", "MD2"), ("-500".into(), 0));
        assert_eq!(i("5CR", "MD2"), ("-500".into(), 0));
        assert_eq!(i("abc", "MD2"), ("".into(), 1));
        assert_eq!(i("", "MD2"), ("".into(), 0));
        assert_eq!(o("", "MR2"), ("0.00".into(), 0));
        assert_eq!(o("123", "MR2#10").0, "      1.23");
        assert_eq!(o("123", "ML2#6").0, "1.23  ");
    }

    #[test]
    fn mc_and_mx() {
        assert_eq!(o("Hello World 1", "MCU").0, "HELLO WORLD 1");
        assert_eq!(o("Hello World 1", "MCL").0, "hello world 1");
        assert_eq!(o("hello wORLD-foo", "MCT").0, "Hello World-Foo");
        assert_eq!(o("a1b2", "MCN").0, "12");
        assert_eq!(o("a1b2", "MCA").0, "ab");
        assert_eq!(o("a1b2", "MC/N").0, "ab");
        assert_eq!(o("a1b2", "MC/A").0, "12");
        assert_eq!(o("a\u{1}b", "MCP").0, "a.b");
        assert_eq!(o("32", "MX"), ("20".into(), 0));
        assert_eq!(o("255", "MX"), ("FF".into(), 0));
        assert_eq!(o("hello", "MX0C"), ("68656C6C6F".into(), 0));
        assert_eq!(i("20", "MX"), ("32".into(), 0));
        assert_eq!(i("ff", "MX"), ("255".into(), 0));
        assert_eq!(i("C3", "MX").0, "195");
        assert_eq!(i("zz", "MX"), ("".into(), 1));
        assert_eq!(i("", "MX"), ("".into(), 1));
        assert_eq!(i("FFFFFFFF", "MX").0, "-1");
        assert_eq!(i("A", "MX0C").0, "\n");
        assert_eq!(o("0", "MX").0, "00");
        assert_eq!(o("", "MX"), ("".into(), 0));
        assert_eq!(o("-1", "MX").0, "FFFFFFFF");
        assert_eq!(i("6869", "MX0C").0, "hi");
        assert_eq!(o("8", "MO").0, "10");
        assert_eq!(o("5", "MB").0, "101");
        assert_eq!(o("x", "Q").1, 2);
    }

    #[test]
    fn other_codes() {
        assert_eq!(o("abc", "L3").0, "abc");
        assert_eq!(o("abcd", "L3").0, "");
        assert_eq!(o("abcd", "L").0, "4");
        assert_eq!(o("abcd", "L2,4").0, "abcd");
        assert_eq!(o("a", "L2,4").0, "");
        assert_eq!(o("a.b", "G.0").1, 2);
        assert_eq!(o("a^b]c", "<2,2>").0, "");
        assert_eq!(o("1", "B").0, "Y");
        assert_eq!(o("hello", "B64").0, "aGVsbG8=");
        assert_eq!(i("aGVsbG8=", "B64").0, "hello");
        assert_eq!(i("Y", "B").0, "1");
        assert_eq!(o("a.b.c.d", "G1.2").0, "b.c");
        assert_eq!(o("abcdef", "T2,3").0, "bcd");
        assert_eq!(o("abcdef", "T2").0, "ef");
        assert_eq!(o("5", "R1,10").0, "5");
        assert_eq!(o("15", "R1,10").0, "");
        assert_eq!(o("x", "").0, "x");
        let two = [b'M', b'C', b'U', VM, b'M', b'C', b'N'];
        assert_eq!(oconv(b"a1", &two).value, b"1");
    }

    #[test]
    fn result_kinds() {
        let k = |v: &str, c: &str| oconv(v.as_bytes(), c.as_bytes()).kind;
        assert_eq!(k("12  ", "L0,3"), ConvKind::Int);
        assert_eq!(k("abc", "L"), ConvKind::Int);
        assert_eq!(k("abc", "L9"), ConvKind::Text);
        assert_eq!(k("1.5", ""), ConvKind::Same);
        assert_eq!(k("1.5", "Q"), ConvKind::Same);
        assert_eq!(k("1.5", "MCZ"), ConvKind::Same);
        assert_eq!(k("1F", "MCX"), ConvKind::Int);
        assert_eq!(k("12", "DZ"), ConvKind::Int);
        assert_eq!(k("ab", "MCU"), ConvKind::Text);
        // a part that keeps the value keeps the kind before it
        assert_eq!(oconv(b"abc", b"L0\xfdMCZ").kind, ConvKind::Int);
        assert_eq!(iconv(b"1F", b"MX").kind, ConvKind::Int);
        assert_eq!(iconv(b"zz", b"MX").kind, ConvKind::Text);
        assert_eq!(iconv(b"Y", b"B").kind, ConvKind::Int);
        // the first part with a non-zero status ends the conversion
        let r = oconv(b"abc", b"R1,20\xfdMCU");
        assert_eq!((r.value, r.status), (b"abc".to_vec(), 1));
    }
}
