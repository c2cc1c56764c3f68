//! Delimited substrings and character positions: FIELD (with COL1/COL2),
//! FIELDSTORE, INDEX, substring extraction `s[start,len]` / `s[n]` and
//! substring assignment `s[start,len] = x` (default, non-PICK mode).

/// Result of FIELD(): the substring plus the COL1()/COL2() values it sets.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldResult {
    /// The extracted substring.
    pub value: Vec<u8>,
    /// COL1(): 1-based position of the delimiter before the field (0 for
    /// field 1 or when the field does not exist).
    pub col1: i64,
    /// COL2(): 1-based position of the delimiter after the field (0 when
    /// the field does not exist).
    pub col2: i64,
}

/// FIELD(s, delim, occurrence [, count]): `count` fields from the
/// `occurrence`-th, delimited by the **first character** of `delim`.
/// Occurrence and count below 1 act as 1. An empty `delim` returns `s`.
pub fn field(s: &[u8], delim: &[u8], occurrence: i64, count: i64) -> FieldResult {
    let count = count.max(1);
    let occurrence = occurrence.max(1);
    if s.is_empty() {
        return FieldResult {
            value: Vec::new(),
            col1: 0,
            col2: 0,
        };
    }
    let d = match delim.first() {
        Some(&d) => d,
        None => {
            return FieldResult {
                value: s.to_vec(),
                col1: 0,
                col2: s.len() as i64 + 1,
            }
        }
    };
    let mut start = 0usize;
    let mut col1 = 0i64;
    let mut need = occurrence - 1;
    while need > 0 {
        match s[start..].iter().position(|&c| c == d) {
            Some(off) => {
                start += off + 1;
                need -= 1;
                col1 = start as i64; // 1-based position of that delimiter
            }
            None => {
                return FieldResult {
                    value: Vec::new(),
                    col1: 0,
                    col2: 0,
                }
            }
        }
    }
    let mut end = start;
    let mut left = count;
    loop {
        match s[end..].iter().position(|&c| c == d) {
            Some(off) => {
                left -= 1;
                if left == 0 {
                    end += off;
                    break;
                }
                end += off + 1;
            }
            None => {
                end = s.len();
                break;
            }
        }
    }
    let value = s[start..end].to_vec();
    let col2 = col1 + value.len() as i64 + 1;
    FieldResult { value, col1, col2 }
}

/// FIELDSTORE(s, delim, i, n, new), also `s[delim, i, n] = new`: with
/// n > 0 replaces n fields from field i by the first n fields of `new`
/// (padded with empty fields); n = 0 inserts `new` before field i; n < 0
/// deletes |n| fields and inserts all of `new`. Uses the first character
/// of `delim`. As ScarletDME (op_fldstorf): the text of `s` after the
/// removed fields' delimiters is appended with a delimiter only when it is
/// not empty, so a trailing empty field of `s` there is dropped
/// (`FIELDSTORE("a b ", " ", 2, 1, "X")` is `a X`); missing fields before
/// field i are created empty.
pub fn fieldstore(s: &[u8], delim: &[u8], i: i64, n: i64, new: &[u8]) -> Vec<u8> {
    let d = match delim.first() {
        Some(&d) => d,
        None => return s.to_vec(),
    };
    let i = i.clamp(1, 1 << 24) as usize;
    let mut out = Vec::with_capacity(s.len() + new.len() + 1);
    // Fields 1..i-1 with their delimiters, created when missing.
    let mut rest = s;
    let mut skip = i - 1;
    while skip > 0 {
        match rest.iter().position(|&c| c == d) {
            Some(p) => {
                out.extend_from_slice(&rest[..=p]);
                rest = &rest[p + 1..];
                skip -= 1;
            }
            None => {
                out.extend_from_slice(rest);
                rest = b"";
                break;
            }
        }
    }
    out.resize(out.len() + skip, d);
    // Remove |n| fields, each with the delimiter after it.
    for _ in 0..n.unsigned_abs().min(1 << 30) {
        match rest.iter().position(|&c| c == d) {
            Some(p) => rest = &rest[p + 1..],
            None => {
                rest = b"";
                break;
            }
        }
    }
    if n > 0 {
        let n = (n as usize).min(1 << 20);
        let mut parts = new.split(|&c| c == d);
        for k in 0..n {
            if k > 0 {
                out.push(d);
            }
            out.extend_from_slice(parts.next().unwrap_or(b""));
        }
    } else {
        out.extend_from_slice(new);
    }
    if !rest.is_empty() {
        out.push(d);
        out.extend_from_slice(rest);
    }
    out
}

/// INDEX(s, sub, occurrence): 1-based position of the occurrence-th
/// non-overlapping `sub` in `s`, 0 if absent or occurrence < 1. With an
/// empty `sub` ScarletDME returns the occurrence itself (`INDEX(s,"",1)`
/// is 1).
pub fn index(s: &[u8], sub: &[u8], occurrence: i64) -> i64 {
    if occurrence < 1 {
        return 0;
    }
    if sub.is_empty() {
        return occurrence;
    }
    let mut left = occurrence;
    let mut i = 0usize;
    while i + sub.len() <= s.len() {
        if &s[i..i + sub.len()] == sub {
            left -= 1;
            if left == 0 {
                return i as i64 + 1;
            }
            i += sub.len();
        } else {
            i += 1;
        }
    }
    0
}

/// `s[start, len]`: start below 1 acts as 1; len <= 0 or start past the
/// end give `""`.
pub fn substr(s: &[u8], start: i64, len: i64) -> &[u8] {
    if len <= 0 {
        return b"";
    }
    let start = start.max(1) as u64 - 1;
    if start >= s.len() as u64 {
        return b"";
    }
    let start = start as usize;
    let end = (start as u64 + len as u64).min(s.len() as u64) as usize;
    &s[start..end]
}

/// `s[n]`: the last n characters (`""` for n <= 0, all of `s` when n is
/// longer).
pub fn substr_last(s: &[u8], n: i64) -> &[u8] {
    if n <= 0 {
        return b"";
    }
    let n = (n as u64).min(s.len() as u64) as usize;
    &s[s.len() - n..]
}

/// `s[start, len] = new` (default mode): overwrites exactly the addressed
/// characters (clipped at the end of `s`), padding `new` with blanks or
/// truncating it. Zero/negative length, a start past the end or an empty
/// `s` leave `s` unchanged; a start below 1 acts as 1.
pub fn substr_assign(s: &mut [u8], start: i64, len: i64, new: &[u8]) {
    if len <= 0 || s.is_empty() {
        return;
    }
    let start = start.max(1) as u64 - 1;
    if start >= s.len() as u64 {
        return;
    }
    let start = start as usize;
    let n = ((len as u64).min((s.len() - start) as u64)) as usize;
    for k in 0..n {
        s[start + k] = if k < new.len() { new[k] } else { b' ' };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fld(s: &str, d: &str, o: i64, c: i64) -> String {
        String::from_utf8(field(s.as_bytes(), d.as_bytes(), o, c).value).unwrap()
    }

    #[test]
    fn field_corpus_008() {
        let s = "alpha.beta.gamma.delta";
        assert_eq!(fld(s, ".", 1, 1), "alpha");
        assert_eq!(fld(s, ".", 3, 1), "gamma");
        assert_eq!(fld(s, ".", 4, 1), "delta");
        assert_eq!(fld(s, ".", 5, 1), "");
        assert_eq!(fld(s, ".", 0, 1), "alpha");
        assert_eq!(fld(s, ".", 2, 2), "beta.gamma");
        assert_eq!(fld(s, ".", 3, 10), "gamma.delta");
        assert_eq!(fld("abc", ".", 1, 1), "abc");
        assert_eq!(fld("abc", ".", 2, 1), "");
        assert_eq!(fld("a,,c", ",", 2, 1), "");
        assert_eq!(fld("a::b::c", "::", 2, 1), "");
        assert_eq!(fld("a::b::c", "::", 3, 1), "b");
        assert_eq!(fld("", ",", 1, 1), "");
        assert_eq!(fld("GET /index.html HTTP/1.1", " ", 2, 1), "/index.html");
        let r = field(b"name=value=x", b"=", 2, 99);
        assert_eq!(
            (r.value.as_slice(), r.col1, r.col2),
            (&b"value=x"[..], 5, 13)
        );
        let r = field(b"k1=v1&k2=v2", b"&", 2, 1);
        assert_eq!((r.col1, r.col2), (6, 12));
        let r = field(b"abc", b",", 3, 1);
        assert_eq!((r.col1, r.col2), (0, 0));
        assert_eq!(fld("3.25", ".", 2, 1), "25");
    }

    #[test]
    fn fieldstore_corpus_008() {
        let fs = |s: &str, i, n, new: &str| {
            String::from_utf8(fieldstore(s.as_bytes(), b",", i, n, new.as_bytes())).unwrap()
        };
        assert_eq!(fs("1,2,3,4", 2, 1, "two"), "1,two,3,4");
        assert_eq!(fs("1,2,3,4", 2, 2, "B,C"), "1,B,C,4");
        assert_eq!(fs("1,2,3", 5, 1, "E"), "1,2,3,,E");
        assert_eq!(fs("1,2,3,4", 2, 0, "ins"), "1,ins,2,3,4");
        assert_eq!(fs("1,2,3,4", 2, -2, ""), "1,,4");
        // ScarletDME: the text after the removed fields comes back only
        // when it is not empty (a trailing empty field is dropped).
        assert_eq!(fs("a,b,", 2, 1, "X"), "a,X");
        assert_eq!(fs("a,", 2, 0, "x"), "a,x");
        assert_eq!(fs("a,b,c,", 4, 0, "X"), "a,b,c,X");
        assert_eq!(fs("", 3, 2, "X"), ",,X,");
        assert_eq!(fs("a,b,c", 2, 5, "X,Y"), "a,X,Y,,,");
        assert_eq!(fs(",", 1, 1, ""), "");
    }

    #[test]
    fn substring_corpus_006() {
        let x = b"ABCDEFGHIJ";
        assert_eq!(substr(x, 2, 3), b"BCD");
        assert_eq!(substr_last(x, 3), b"HIJ");
        assert_eq!(substr_last(x, 20), x);
        assert_eq!(substr_last(x, 0), b"");
        assert_eq!(substr(x, 11, 2), b"");
        assert_eq!(substr(x, 9, 5), b"IJ");
        assert_eq!(substr(x, 0, 2), b"AB");
        assert_eq!(substr(x, -3, 2), b"AB");
        assert_eq!(substr(x, 3, -1), b"");
        assert_eq!(substr_last(x, -2), b"");
        assert_eq!(substr(x, 4, 0), b"");
        let asg = |s: &[u8], st, l, new: &str| {
            let mut v = s.to_vec();
            substr_assign(&mut v, st, l, new.as_bytes());
            String::from_utf8(v).unwrap()
        };
        assert_eq!(asg(x, 2, 3, "xy"), "Axy EFGHIJ");
        assert_eq!(asg(x, 2, 3, "12345"), "A123EFGHIJ");
        assert_eq!(asg(x, 1, 1, "z"), "zBCDEFGHIJ");
        assert_eq!(asg(x, 10, 1, "!"), "ABCDEFGHI!");
        assert_eq!(asg(x, 8, 10, ""), "ABCDEFG   ");
        assert_eq!(asg(x, 5, 0, "--"), "ABCDEFGHIJ");
        assert_eq!(asg(x, 12, 1, "Z"), "ABCDEFGHIJ");
        assert_eq!(asg(b"", 3, 2, "ab"), "");
        assert_eq!(asg(x, 0, 1, "!"), "!BCDEFGHIJ");
    }

    #[test]
    fn index_cases() {
        assert_eq!(index(b"a.b.c", b".", 2), 4);
        assert_eq!(index(b"aaaa", b"aa", 2), 3);
        assert_eq!(index(b"abc", b"", 1), 1);
        assert_eq!(index(b"abc", b"x", 1), 0);
        assert_eq!(index(b"abc", b"", 5), 5);
        assert_eq!(index(b"abc", b"b", 0), 0);
        let s: Vec<u8> = (1..=100000).map(|i| b'A' + (i % 26) as u8).collect();
        assert_eq!(index(&s, b"ZAB", 3), 77);
    }
}
