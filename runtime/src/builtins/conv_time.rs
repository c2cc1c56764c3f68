//! MT (time) conversions for OCONV / ICONV. Internal times are seconds
//! since midnight.
//!
//! Codes: `MT[H][S][sep]`: `H` 12-hour clock with `am`/`pm` suffix, `S`
//! include seconds, `sep` a separator character (default `:`).

/// OCONV(seconds, "MT..."), `code` being the text after `MT`:
/// `[H][S][sep]`, where `sep` is one character or one quoted between `'`
/// or `"`; whatever follows the separator is ignored (so no MT code is
/// refused: `MTX12` is `00X00`, `MTHH` is `01H00am`). With `H` the time
/// wraps modulo one day; without it hours may exceed 23. Hours and minutes
/// are 16-bit as in ScarletDME, so large times wrap (`123456789` is
/// `-31243:33:09`) and negative ones keep C's signs (`-3661` with `HS` is
/// `-1:-1:-1am`).
pub fn oconv_time(secs: i32, code: &[u8]) -> Vec<u8> {
    let at = |i: usize| code.get(i).copied().unwrap_or(0);
    let mut p = 0usize;
    let twelve = at(p).eq_ignore_ascii_case(&b'H');
    if twelve {
        p += 1;
    }
    let seconds = at(p).eq_ignore_ascii_case(&b'S');
    if seconds {
        p += 1;
    }
    let sep = if p < code.len() {
        let c = at(p);
        if (c == b'"' || c == b'\'') && at(p + 1) != 0 && at(p + 2) == c {
            at(p + 1)
        } else {
            c
        }
    } else {
        b':'
    };
    let mut t = secs;
    if twelve {
        t %= 86400;
    }
    let mut h = (t / 3600) as i16;
    let mut suffix = "";
    if twelve {
        suffix = if h < 12 { "am" } else { "pm" };
        h %= 12;
        if h == 0 {
            h = 12;
        }
    }
    let m = ((t % 3600) / 60) as i16;
    let s = t % 60;
    let sep = sep as char;
    // C's "%02d": the width counts the sign ("-1", "-5")
    let mut out = format!("{h:02}{sep}{m:02}");
    if seconds {
        out.push_str(&format!("{sep}{s:02}"));
    }
    out.push_str(suffix);
    out.into_bytes()
}

/// ICONV(text, "MT..."): seconds since midnight, or `None` when the text is
/// not a valid time (STATUS() 1). As ScarletDME: leading blanks skipped;
/// hours (any number of digits) are required; one separator character, then
/// minutes, then one separator and seconds; an `A`/`AM`/`P`/`PM` suffix
/// (after hours or minutes) adds 12 to hours below 12 for PM; minutes and
/// seconds above 59 are invalid; other trailing text is ignored.
pub fn iconv_time(text: &[u8], _code: &[u8]) -> Option<i64> {
    if text.is_empty() || text.len() > 11 {
        return None;
    }
    let s = text;
    let mut q = 0usize;
    while q < s.len() && s[q] == b' ' {
        q += 1;
    }
    if q >= s.len() || !s[q].is_ascii_digit() {
        return None;
    }
    // ScarletDME keeps hours, minutes and seconds in 16-bit integers,
    // which wrap ("1000000" hours are 16960)
    let digits = |q: &mut usize| -> i64 {
        let mut v = 0i16;
        while *q < s.len() && s[*q].is_ascii_digit() {
            v = v.wrapping_mul(10).wrapping_add((s[*q] - b'0') as i16);
            *q += 1;
        }
        v as i64
    };
    let is_ap = |c: u8| matches!(c.to_ascii_uppercase(), b'A' | b'P');
    let hours_raw = digits(&mut q);
    let (mut mins, mut secs) = (0i64, 0i64);
    if q < s.len() && !is_ap(s[q]) {
        q += 1;
        mins = digits(&mut q);
        if q < s.len() && !is_ap(s[q]) {
            q += 1;
            secs = digits(&mut q);
            q += 1; // ScarletDME steps over the character after the seconds
        }
    }
    let mut hours = hours_raw;
    if q < s.len() {
        let rest = s[q..].to_ascii_uppercase();
        if (rest == b"P" || rest == b"PM") && hours < 12 {
            hours = (hours as i16).wrapping_add(12) as i64;
        }
    }
    if mins > 59 || secs > 59 {
        return None;
    }
    // the total is computed in a C long and stored in 32 bits
    Some(((hours * 60 + mins) * 60 + secs) as i32 as i64)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn o(t: i32, c: &str) -> String {
        String::from_utf8(oconv_time(t, c.as_bytes())).unwrap()
    }

    #[test]
    fn corpus_013() {
        let t = 45296;
        assert_eq!(o(t, ""), "12:34");
        assert_eq!(o(t, "S"), "12:34:56");
        assert_eq!(o(t, "H"), "12:34pm");
        assert_eq!(o(t, "HS"), "12:34:56pm");
        assert_eq!(o(0, "S"), "00:00:00");
        assert_eq!(o(3600, "H"), "01:00am");
        assert_eq!(o(43200, "H"), "12:00pm");
        assert_eq!(o(t, "."), "12.34");
        assert_eq!(o(86399, "S"), "23:59:59");
        assert_eq!(o(0, "H"), "12:00am");
        assert_eq!(o(90000, ""), "25:00");
        assert_eq!(o(45296, "S'-'"), "12-34-56");
        assert_eq!(o(1, "X12"), "00X00");
        assert_eq!(o(3600, "HH"), "01H00am");
        assert_eq!(o(123456789, "S"), "-31243:33:09");
        assert_eq!(o(2147483647, "S"), "6699:14:07");
        assert_eq!(o(-3600, "S"), "-1:00:00");
        assert_eq!(o(-3661, "HS"), "-1:-1:-1am");
        assert_eq!(o(-50000, "H"), "-1:-53am");
        assert_eq!(iconv_time(b"12:34:56", b"S"), Some(45296));
        assert_eq!(iconv_time(b"01:30", b""), Some(5400));
        assert_eq!(iconv_time(b"02:15PM", b"H"), Some(51300));
        assert_eq!(iconv_time(b"25:99", b""), None);
        assert_eq!(iconv_time(b"12:00AM", b"H"), Some(43200));
        assert_eq!(iconv_time(b"2PM", b"H"), Some(50400));
        assert_eq!(iconv_time(b"25:00", b""), Some(90000));
        assert_eq!(iconv_time(b"ab", b""), None);
        assert_eq!(iconv_time(b"", b""), None);
    }
}
