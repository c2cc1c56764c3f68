//! MT (time) conversions for OCONV / ICONV. Internal times are seconds
//! since midnight.
//!
//! Codes: `MT[H][S][sep]`: `H` 12-hour clock with `am`/`pm` suffix, `S`
//! include seconds, `sep` a separator character (default `:`).

struct TimeCode {
    twelve: bool,
    seconds: bool,
    sep: u8,
}

fn parse_code(code: &[u8]) -> Option<TimeCode> {
    // code is what follows "MT": [H][S][sep | 'sep' | "sep"]
    let mut p = 0usize;
    let at = |i: usize| code.get(i).copied().unwrap_or(0);
    let mut tc = TimeCode {
        twelve: false,
        seconds: false,
        sep: b':',
    };
    if at(p).eq_ignore_ascii_case(&b'H') {
        tc.twelve = true;
        p += 1;
    }
    if at(p).eq_ignore_ascii_case(&b'S') {
        tc.seconds = true;
        p += 1;
    }
    if p < code.len() {
        let c = at(p);
        if (c == b'"' || c == b'\'') && at(p + 1) != 0 && at(p + 2) == c {
            tc.sep = at(p + 1);
            p += 3;
        } else {
            tc.sep = c;
            p += 1;
        }
    }
    if p < code.len() {
        return None;
    }
    Some(tc)
}

/// OCONV(seconds, "MT..."), `code` being the text after `MT`. With `H`
/// the time wraps modulo one day; without it hours may exceed 23.
/// `None` for an invalid code.
pub fn oconv_time(secs: i64, code: &[u8]) -> Option<Vec<u8>> {
    let tc = parse_code(code)?;
    let mut t = secs.clamp(i32::MIN as i64, i32::MAX as i64);
    let mut suffix = "";
    let mut h;
    if tc.twelve {
        t %= 86400;
        h = t / 3600;
        suffix = if h < 12 { "am" } else { "pm" };
        h %= 12;
        if h == 0 {
            h = 12;
        }
    } else {
        h = t / 3600;
    }
    let m = (t % 3600) / 60;
    let s = t % 60;
    let sep = tc.sep as char;
    let mut out = format!("{h:02}{sep}{m:02}");
    if tc.seconds {
        out.push_str(&format!("{sep}{s:02}"));
    }
    out.push_str(suffix);
    Some(out.into_bytes())
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

    fn o(t: i64, c: &str) -> String {
        String::from_utf8(oconv_time(t, c.as_bytes()).unwrap()).unwrap()
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
        assert!(oconv_time(1, b"X12").is_none());
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
