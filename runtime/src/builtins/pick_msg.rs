//! Pick-style messages (ERRMSG, STOPE, ABORTE): the text a message record
//! of an ERRMSG file builds from the statement's arguments.
//!
//! A record is a list of fields; each field is one step, chosen by its
//! first character (case matters; learnt on real ScarletDME):
//!
//! | field | shows |
//! |---|---|
//! | `A` | the next argument |
//! | `A`n (digits only) | the next argument through FMT n`L` (`A0`: nothing, but it uses an argument) |
//! | `R` / `R`n | the same, FMT n`R` |
//! | `H`text | the text |
//! | `E`text | `[id]` and the text |
//! | `L` / `L`n | one / n line ends (`L0`: none) |
//! | `S`n | n spaces (`S`: none) |
//! | `B` | the bell (CHAR(7)) |
//! | `D` | today, OCONV code `D4/DMY[,A3]` |
//! | `T` | the time, OCONV code `MTS` |
//!
//! Anything else (`A(4)`, `S(22)`, `L-1`, a lower-case letter, an empty
//! field) shows nothing and uses no argument. The message always ends with
//! a line end. The statement's arguments are joined by @IM (CHAR(255)), so
//! an argument holding that byte counts as two.

use super::conv;
use super::dynarray::{FM, IM};
use super::fmt::{fmt, FmtInput};

/// The message record `record` (fields separated by @FM) of message `id`,
/// built with `args` (joined by @IM); `date` and `time` are today's
/// internal date and time (for `D` and `T`).
pub fn build(id: &[u8], record: &[u8], args: &[u8], date: i64, time: i64) -> Vec<u8> {
    let args: Vec<&[u8]> = args.split(|&c| c == IM).collect();
    let mut next_arg = 0usize;
    let mut take = || {
        let a = args.get(next_arg).copied().unwrap_or(b"");
        next_arg += 1;
        a
    };
    let mut out = Vec::new();
    for field in record.split(|&c| c == FM) {
        let Some((&code, rest)) = field.split_first() else {
            continue;
        };
        let digits = rest.iter().all(u8::is_ascii_digit);
        match code {
            b'A' | b'R' if digits => {
                let a = take();
                if rest.is_empty() {
                    out.extend_from_slice(a);
                } else {
                    let mut f = rest.to_vec();
                    f.push(if code == b'A' { b'L' } else { b'R' });
                    out.extend(fmt(FmtInput::Str(a), &f, 4));
                }
            }
            b'B' => out.push(7),
            b'D' => out.extend(conv::oconv(date.to_string().as_bytes(), b"D4/DMY[,A3]").value),
            b'E' => {
                out.push(b'[');
                out.extend_from_slice(id);
                out.push(b']');
                out.extend_from_slice(rest);
            }
            b'H' => out.extend_from_slice(rest),
            b'L' if digits => {
                let n = if rest.is_empty() { 1 } else { count(rest) };
                out.extend(std::iter::repeat_n(b'\n', n));
            }
            b'S' if digits => out.extend(std::iter::repeat_n(b' ', count(rest))),
            b'T' => out.extend(conv::oconv(time.to_string().as_bytes(), b"MTS").value),
            _ => {}
        }
    }
    out.push(b'\n');
    out
}

/// A run of digits as a count (none: 0; a huge one is capped: nobody wants a
/// billion spaces, and ScarletDME would run out of memory first).
fn count(digits: &[u8]) -> usize {
    if digits.is_empty() {
        return 0;
    }
    std::str::from_utf8(digits)
        .ok()
        .and_then(|s| s.parse::<usize>().ok())
        .unwrap_or(usize::MAX)
        .min(1 << 20)
}

/// Whether a message id is a number as ScarletDME sets @SYSTEM.RETURN.CODE
/// from it (pattern `1N0N`: digits only).
pub fn numeric_id(id: &[u8]) -> bool {
    !id.is_empty() && id.iter().all(u8::is_ascii_digit)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes() {
        let r = [b"H'".as_slice(), b"A", b"H' NOT ON FILE."].join(&FM);
        assert_eq!(build(b"202", &r, b"X\xFFY", 0, 0), b"'X' NOT ON FILE.\n");
        let r = [
            b"L2".as_slice(),
            b"E x",
            b"S3",
            b"A0",
            b"A",
            b"A(4)",
            b"h",
            b"",
        ]
        .join(&FM);
        assert_eq!(build(b"9", &r, b"a\xFFb\xFFc", 0, 0), b"\n\n[9] x   b\n");
        assert_eq!(build(b"9", b"", b"", 0, 0), b"\n");
    }

    #[test]
    fn numeric_ids() {
        assert!(numeric_id(b"202"));
        assert!(!numeric_id(b""));
        assert!(!numeric_id(b"B0"));
    }
}
