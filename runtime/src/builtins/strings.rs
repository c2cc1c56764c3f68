//! String functions: CHANGE/SWAP, CONVERT, TRIM family, case functions
//! (incl. ScarletDME's SWAPCASE bug), SPACE/STR, QUOTE family, SOUNDEX,
//! ALPHA, DTX/XTD, SEQ/CHAR, ASCII/EBCDIC and SUBSTITUTE.

use super::dynarray::{is_mark, VM};

/// CHANGE(s, old, new [, occurrences [, start]]) / SWAP(): replaces
/// occurrences of `old` (non-overlapping once replacing starts).
/// `occurrences` < 1 (or `None`) means all; `start` is the first occurrence
/// replaced (default 1). As in ScarletDME, occurrences skipped before
/// `start` are counted one byte at a time, so they may overlap. An empty
/// `old` leaves `s` unchanged.
pub fn change(
    s: &[u8],
    old: &[u8],
    new: &[u8],
    occurrences: Option<i64>,
    start: Option<i64>,
) -> Vec<u8> {
    if old.is_empty() || s.is_empty() {
        return s.to_vec();
    }
    let mut left = occurrences.filter(|&n| n >= 1);
    let mut skip = start.unwrap_or(1).max(1) - 1;
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0usize;
    while i < s.len() {
        let Some(off) = s[i..].iter().position(|&c| c == old[0]) else {
            break;
        };
        out.extend_from_slice(&s[i..i + off]);
        i += off;
        if s[i..].starts_with(old) {
            if skip > 0 {
                skip -= 1;
            } else {
                out.extend_from_slice(new);
                i += old.len();
                if let Some(l) = left.as_mut() {
                    *l -= 1;
                    if *l == 0 {
                        break;
                    }
                }
                continue;
            }
        }
        out.push(s[i]);
        i += 1;
    }
    out.extend_from_slice(&s[i.min(s.len())..]);
    out
}

/// CONVERT(from, to, s) (and the CONVERT statement): each byte of `s`
/// found in `from` becomes the byte at the same position of `to`, or is
/// deleted when `to` is shorter. The first occurrence in `from` wins.
/// ScarletDME reads each list as a C string of at most 256 bytes whose
/// length is -1 when the list is longer: a longer `from` converts nothing
/// and a longer `to` deletes every byte of `from`.
pub fn convert(from: &[u8], to: &[u8], s: &[u8]) -> Vec<u8> {
    const LIST_MAX: usize = 256;
    let from = if from.len() > LIST_MAX { &[][..] } else { from };
    let to = if to.len() > LIST_MAX { &[][..] } else { to };
    if from.is_empty() {
        return s.to_vec();
    }
    // 0..=255 = replacement byte, 256 = delete, 257 = keep
    let mut map = [257u16; 256];
    for (k, &c) in from.iter().enumerate() {
        if map[c as usize] == 257 {
            map[c as usize] = to.get(k).map_or(256, |&t| t as u16);
        }
    }
    let mut out = Vec::with_capacity(s.len());
    for &c in s {
        match map[c as usize] {
            257 => out.push(c),
            256 => {}
            t => out.push(t as u8),
        }
    }
    out
}

/// TRIM(s): removes leading and trailing blanks and reduces internal runs
/// of blanks to one.
pub fn trim(s: &[u8]) -> Vec<u8> {
    trim_with(s, b' ', b'R')
}

/// TRIM(s, ch, mode) (ScarletDME `op_trimx`): `A` remove all `ch`, `B`
/// leading and trailing, `C` compress runs to one, `D` as TRIM(), `E` as
/// TRIMB(), `F` as TRIMF() (these three always trim blanks), `R` leading,
/// trailing and runs (default), `T` trailing, `L` leading. Unknown modes
/// act as `R` (ScarletDME raises an error).
pub fn trim_with(s: &[u8], ch: u8, mode: u8) -> Vec<u8> {
    let (lead, trail, all, compress) = match mode {
        b'A' => (true, true, true, true),
        b'B' => (true, true, false, false),
        b'C' => (false, false, false, true),
        b'E' | b'T' => (false, true, false, false),
        b'F' | b'L' => (true, false, false, false),
        _ => (true, true, false, true),
    };
    let ch = if matches!(mode, b'D' | b'E' | b'F') {
        b' '
    } else {
        ch
    };
    let mut out = Vec::with_capacity(s.len());
    let mut front = true;
    let mut skipped = 0usize;
    for &c in s {
        if c == ch {
            if skipped == 0 || !compress {
                skipped += 1;
            }
        } else {
            if skipped > 0 {
                if !all && (!front || !lead) {
                    out.extend(std::iter::repeat_n(ch, skipped));
                }
                skipped = 0;
            }
            out.push(c);
            front = false;
        }
    }
    if skipped > 0 && !trail && !(lead && front) {
        out.extend(std::iter::repeat_n(ch, skipped));
    }
    out
}

/// TRIMF(s): removes leading blanks.
pub fn trimf(s: &[u8]) -> Vec<u8> {
    trim_with(s, b' ', b'L')
}

/// TRIMB(s): removes trailing blanks.
pub fn trimb(s: &[u8]) -> Vec<u8> {
    trim_with(s, b' ', b'T')
}

/// UPCASE(s): ASCII letters to upper case; other bytes unchanged.
pub fn upcase(s: &[u8]) -> Vec<u8> {
    s.to_ascii_uppercase()
}

/// DOWNCASE(s): ASCII letters to lower case.
pub fn downcase(s: &[u8]) -> Vec<u8> {
    s.to_ascii_lowercase()
}

/// SWAPCASE(s) with ScarletDME's bug: letters have their case inverted up
/// to the first non-letter; everything from there on is unchanged
/// (`SWAPCASE("a1b")` = `A1b`).
pub fn swapcase(s: &[u8]) -> Vec<u8> {
    let mut out = s.to_vec();
    for c in out.iter_mut() {
        if c.is_ascii_lowercase() {
            *c = c.to_ascii_uppercase();
        } else if c.is_ascii_uppercase() {
            *c = c.to_ascii_lowercase();
        } else {
            break;
        }
    }
    out
}

/// SPACE(n): n blanks (none for n <= 0).
pub fn space(n: i64) -> Vec<u8> {
    vec![b' '; (n.max(0) as u64).min(MAX_BUILT_LEN as u64) as usize]
}

/// Longest string SPACE/STR will build (ScarletDME strings are limited
/// to 32-bit lengths); longer results are cut to this size.
pub const MAX_BUILT_LEN: usize = i32::MAX as usize;

/// STR(s, n): `s` repeated n times (empty for n <= 0).
pub fn str_repeat(s: &[u8], n: i64) -> Vec<u8> {
    if n <= 0 || s.is_empty() {
        return Vec::new();
    }
    let n = (n as u64).min((MAX_BUILT_LEN / s.len()) as u64) as usize;
    s.repeat(n)
}

/// QUOTE(s) / DQUOTE(s): `s` in double quotes (no escaping).
pub fn dquote(s: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len() + 2);
    out.push(b'"');
    out.extend_from_slice(s);
    out.push(b'"');
    out
}

/// SQUOTE(s): `s` in single quotes.
pub fn squote(s: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len() + 2);
    out.push(b'\'');
    out.extend_from_slice(s);
    out.push(b'\'');
    out
}

/// ALPHA(s): true when `s` is non-empty and all ASCII letters.
pub fn alpha(s: &[u8]) -> bool {
    !s.is_empty() && s.iter().all(u8::is_ascii_alphabetic)
}

/// SEQ(s): code of the first byte, 0 for `""`.
pub fn seq(s: &[u8]) -> i64 {
    s.first().map_or(0, |&c| c as i64)
}

/// CHAR(n): the byte `n & 255` (ScarletDME keeps the low 8 bits).
pub fn char_of(n: i64) -> Vec<u8> {
    vec![(n & 0xFF) as u8]
}

/// DTX(n [, width]): lower-case hexadecimal, zero-padded to `width`.
/// Negative numbers use their 32-bit two's complement.
pub fn dtx(n: i64, width: i64) -> Vec<u8> {
    let v = if n < 0 {
        (n as i32) as u32 as u64
    } else {
        n as u64
    };
    format!("{:0w$x}", v, w = width.clamp(0, 64) as usize).into_bytes()
}

/// ScarletDME's op_xtd, used by XTD(), OCONV MCX and ICONV MCD: the text
/// is read as a C string of at most 20 bytes, so it ends at its first NUL
/// byte; every byte before that must be a hexadecimal digit, and the digits
/// wrap in 32 bits (`FFFFFFFF` is -1, CHAR(0) is 0, `"A":CHAR(0):"zz"` is
/// 10). `None` (the value is returned unchanged) for empty text, text over
/// 20 bytes or a byte that is no hexadecimal digit.
pub fn xtd(s: &[u8]) -> Option<i32> {
    if s.is_empty() || s.len() > 20 {
        return None;
    }
    let digits = s.split(|&c| c == 0).next().unwrap_or(b"");
    let mut v = 0u32;
    for &c in digits {
        let d = (c as char).to_digit(16)?;
        v = v.wrapping_mul(16).wrapping_add(d);
    }
    Some(v as i32)
}

/// SOUNDEX(s) as ScarletDME computes it: the first letter, then the
/// codes of later letters that are not vowel-like (code 0) and differ
/// from the previously coded *letter*; padded with `0` to 4 characters.
/// Non-letters are ignored; `""` gives `"0000"`.
pub fn soundex(s: &[u8]) -> Vec<u8> {
    const CODES: &[u8; 26] = b"01230120022455012623010202";
    let mut out: Vec<u8> = Vec::with_capacity(4);
    let mut last = 0u8;
    for &c in s {
        if !c.is_ascii_alphabetic() {
            continue;
        }
        let c = c.to_ascii_uppercase();
        let code = CODES[(c - b'A') as usize];
        if out.is_empty() {
            out.push(c);
            last = c;
        } else if code != b'0' && c != last {
            out.push(code);
            last = c;
            if out.len() == 4 {
                break;
            }
        }
    }
    out.resize(4, b'0');
    out
}

pub use super::ebcdic::{ascii, ebcdic};

/// SUBSTITUTE(s, old, new [, delim]): each element of the dynamic array
/// `s` (items between any marks) equal to an element of the `delim`-
/// separated list `old` is replaced by the corresponding element of `new`.
pub fn substitute(s: &[u8], old: &[u8], new: &[u8], delim: &[u8]) -> Vec<u8> {
    let d = delim.first().copied().unwrap_or(VM);
    let news: Vec<&[u8]> = new.split(|&c| c == d).collect();
    let mut out = Vec::with_capacity(s.len());
    let mut start = 0usize;
    for i in 0..=s.len() {
        if i < s.len() && !is_mark(s[i]) {
            continue;
        }
        let item = &s[start..i];
        // ScarletDME finds the element with LISTINDEX (an element holding
        // the delimiter matches by its first part)
        match super::mvtext::listindex(old, delim, item) {
            0 => out.extend_from_slice(item),
            k => out.extend_from_slice(news.get(k as usize - 1).copied().unwrap_or(b"")),
        }
        if i < s.len() {
            out.push(s[i]);
        }
        start = i + 1;
    }
    out
}

/// CRC32(s): the IEEE 802.3 CRC-32 of the bytes of `s`.
pub fn crc32(s: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &b in s {
        crc ^= b as u32;
        for _ in 0..8 {
            let mask = (crc & 1).wrapping_neg();
            crc = (crc >> 1) ^ (0xEDB8_8320 & mask);
        }
    }
    !crc
}

/// FOLD(s, width [, delim]): breaks `s` into pieces of at most `width`
/// characters, at a blank where possible (the blank is dropped), joined by
/// `delim` (the caller passes a field mark by default).
pub fn fold(s: &[u8], width: i64, delim: &[u8]) -> Vec<u8> {
    fold_widths(s, &[width], delim)
}

/// FOLD with the Pick-style multi-valued width: piece n is at most
/// `widths[n]` characters wide, the last width serving every further piece.
/// As in ScarletDME, a string no longer than the first width is returned
/// whole. A width below 1 (where ScarletDME loops for ever) ends the folding
/// with the rest of the string as the last piece.
pub fn fold_widths(s: &[u8], widths: &[i64], delim: &[u8]) -> Vec<u8> {
    let mut widths = widths.iter().copied();
    let mut width = widths.next().unwrap_or(0);
    if width < 1 || s.len() as u64 <= width as u64 {
        return s.to_vec();
    }
    let mut out = Vec::with_capacity(s.len() + 8);
    let mut rest = s;
    loop {
        let w = usize::try_from(width).unwrap_or(usize::MAX);
        if width < 1 || rest.len() <= w {
            out.extend_from_slice(rest);
            break;
        }
        match rest[..=w].iter().rposition(|&c| c == b' ') {
            Some(sp) => {
                out.extend_from_slice(&rest[..sp]);
                rest = &rest[sp + 1..];
            }
            _ => {
                out.extend_from_slice(&rest[..w]);
                rest = &rest[w..];
            }
        }
        if rest.is_empty() {
            break;
        }
        out.extend_from_slice(delim);
        if let Some(next) = widths.next() {
            width = next;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn st(v: Vec<u8>) -> String {
        String::from_utf8_lossy(&v).into_owned()
    }

    #[test]
    fn convert_change_corpus_014() {
        let s = b"hello world";
        assert_eq!(st(convert(b"lo", b"01", s)), "he001 w1r0d");
        assert_eq!(st(convert(b"lo", b"", s)), "he wrd");
        assert_eq!(st(convert(b"hlo", b"H", s)), "He wrd");
        assert_eq!(st(convert(b"ll", b"xy", b"all")), "axx");
        assert_eq!(st(convert(b"", b"x", s)), "hello world");
        // lists over 256 bytes: from converts nothing, to deletes
        let long = [b"l".as_slice(), &[b'z'; 256]].concat();
        assert_eq!(st(convert(&long, b"L", s)), "hello world");
        assert_eq!(st(convert(b"lo", &long, s)), "he wrd");
        assert_eq!(st(convert(&long[..256], b"L", s)), "heLLo worLd");
        assert_eq!(st(change(s, b"o", b"0", None, None)), "hell0 w0rld");
        assert_eq!(st(change(b"a--b--c", b"--", b"+", None, None)), "a+b+c");
        assert_eq!(st(change(b"a.b", b".", b"...", None, None)), "a...b");
        assert_eq!(st(change(b"a, b, c", b", ", b",", None, None)), "a,b,c");
        assert_eq!(st(change(s, b"zz", b"y", None, None)), "hello world");
        assert_eq!(st(change(s, b"", b"y", None, None)), "hello world");
        assert_eq!(st(change(b"x.x.x.x", b".", b"/", Some(1), None)), "x/x.x.x");
        assert_eq!(st(change(b"x.x.x.x", b".", b"/", Some(2), None)), "x/x/x.x");
        assert_eq!(
            st(change(b"x.x.x.x", b".", b"/", Some(2), Some(2))),
            "x.x/x/x"
        );
        assert_eq!(st(change(b"aaaa", b"aa", b"b", None, None)), "bb");
        assert_eq!(st(change(b"aaaa", b"aa", b"b", None, Some(2))), "aba");
        assert_eq!(st(change(b"Abc abc", b"abc", b"X", None, None)), "Abc X");
        assert_eq!(
            st(change(b"a+b+c", b"+", b" plus ", None, None)),
            "a plus b plus c"
        );
        assert_eq!(change(b"a\r\nb", b"\r\n", b"\n", None, None).len(), 3);
        let sub = substitute(
            &[b'a', VM, b'b', VM, b'c'],
            &[b'b', VM, b'c'],
            &[b'B', VM, b'C'],
            &[VM],
        );
        assert_eq!(sub, vec![b'a', VM, b'B', VM, b'C']);
    }

    #[test]
    fn case_and_char_corpus_010() {
        assert_eq!(st(upcase(b"Hello, World 123!")), "HELLO, WORLD 123!");
        assert_eq!(st(downcase(b"Hello, World 123!")), "hello, world 123!");
        assert_eq!(st(swapcase(b"abcDEFxY")), "ABCdefXy");
        assert_eq!(st(swapcase(b"a1b")), "A1b");
        assert_eq!(seq(b"abc"), 97);
        assert_eq!(seq(b""), 0);
        assert_eq!(char_of(200), vec![200]);
        assert_eq!(char_of(256 + 65), b"A".to_vec());
        assert_eq!(st(str_repeat(b"ab", 3)), "ababab");
        assert_eq!(st(str_repeat(b"ab", -1)), "");
        assert_eq!(st(space(4)), "    ");
        assert_eq!(space(-1).len(), 0);
    }

    #[test]
    fn misc_corpus_016() {
        assert!(alpha(b"abcXYZ"));
        assert!(!alpha(b"abc1"));
        assert!(!alpha(b""));
        assert!(!alpha(b"a b"));
        assert_eq!(st(dquote(b"say hi")), "\"say hi\"");
        assert_eq!(st(squote(b"it")), "'it'");
        assert_eq!(st(dquote(b"a\"b")), "\"a\"b\"");
        assert_eq!(seq(&ascii(&[193])), 65);
        assert_eq!(seq(&ebcdic(b"A")), 193);
        assert_eq!(st(soundex(b"Robert")), "R163");
        assert_eq!(st(soundex(b"Rupert")), "R163");
        assert_eq!(st(soundex(b"Tymczak")), "T522");
        assert_eq!(st(soundex(b"Pfister")), "P123");
        assert_eq!(st(soundex(b"")), "0000");
        assert_eq!(st(dtx(255, 0)), "ff");
        assert_eq!(st(dtx(31, 2)), "1f");
        assert_eq!(st(dtx(1, 2)), "01");
        assert_eq!(xtd(b"ff"), Some(255));
        assert_eq!(xtd(b"zz"), None);
        assert_eq!(xtd(b"FFFFFFFF"), Some(-1));
        assert_eq!(xtd(b"100000000"), Some(0));
        assert_eq!(xtd(b"\0"), Some(0));
        assert_eq!(xtd(b"A\0zz"), Some(10));
        assert_eq!(xtd(b""), None);
        assert_eq!(xtd(&[b'0'; 20]), Some(0));
        assert_eq!(xtd(&[b'0'; 21]), None);
    }

    #[test]
    fn crc_and_fold() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(crc32(b""), 0);
        assert_eq!(
            st(fold(b"the quick brown fox", 10, b"|")),
            "the quick|brown fox"
        );
        assert_eq!(st(fold(b"abcdefghij", 4, b"|")), "abcd|efgh|ij");
    }

    #[test]
    fn trims() {
        let mut w = vec![b' '; 50000];
        w.extend_from_slice(b"end");
        assert_eq!(st(trim(&w)), "end");
        assert_eq!(st(trim(b"  a   b  ")), "a b");
        assert_eq!(
            st(trim_with(b"   spaced value   ", b' ', b'B')),
            "spaced value"
        );
        assert_eq!(st(trim_with(b"xxaxxbxx", b'x', b'A')), "ab");
        assert_eq!(st(trim_with(b"  a  ", b' ', b'L')), "a  ");
        assert_eq!(st(trim_with(b"  a  ", b' ', b'T')), "  a");
        assert_eq!(st(trimf(b"  a ")), "a ");
        assert_eq!(st(trimb(b"  a ")), "  a");
        assert_eq!(st(trim(b"    ")), "");
        assert_eq!(st(trim_with(b"   ", b' ', b'T')), "");
        assert_eq!(st(trim_with(b"  a   b  ", b' ', b'C')), " a b ");
        assert_eq!(st(trim_with(b"xxaxxbxx", b'x', b'R')), "axb");
        assert_eq!(st(trim_with(b"  a  ", b'x', b'D')), "a");
    }
}
