//! String and dynamic-array functions with ScarletDME's edge cases: CROP,
//! CSVDQ, VSLICE, LISTINDEX, SUBSTRINGS' substring rule, GETNLS and
//! CONFIG's table.

use super::dynarray::{FM, SM, VM};

/// The mark below `m` (FM -> VM -> SM), `None` below subvalues.
fn lower(m: u8) -> Option<u8> {
    match m {
        FM => Some(VM),
        VM => Some(SM),
        _ => None,
    }
}

fn crop_level(s: &[u8], m: u8, out: &mut Vec<u8>) {
    let mut parts: Vec<Vec<u8>> = s
        .split(|&c| c == m)
        .map(|p| {
            let mut v = Vec::with_capacity(p.len());
            match lower(m) {
                Some(l) => crop_level(p, l, &mut v),
                None => v.extend_from_slice(p),
            }
            v
        })
        .collect();
    while parts.len() > 1 && parts.last().is_some_and(|p| p.is_empty()) {
        parts.pop();
    }
    out.extend_from_slice(&parts.join(&m));
}

/// CROP(s): removes trailing marks at every level
/// (`"a]]^b\\\]^^"` becomes `"a^b"`); inner empty elements stay.
pub fn crop(s: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    crop_level(s, FM, &mut out);
    out
}

/// CSVDQ(s, delim): splits a CSV line into fields (joined by field marks),
/// as ScarletDME does. A `"` that opens a field makes it quoted: the
/// delimiter inside is literal until a closing `"`, and `""` is one quote.
/// Elsewhere a lone `"` is dropped (`a"b` is `ab`, `a""b` is `a"b`), and
/// text after a closing quote stays in the field (`"ab"cd` is `abcd`); an
/// unterminated quote keeps the rest literally.
pub fn csvdq(s: &[u8], delim: u8) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    let mut first = true;
    let mut quoted = false;
    // a quote was just seen and not copied: a second one is copied, a
    // delimiter after it ends the field
    let mut pending_quote = false;
    for &c in s {
        if c == b'"' {
            if first {
                quoted = true;
            } else if pending_quote {
                out.push(b'"');
                pending_quote = false;
            } else {
                pending_quote = true;
            }
            first = false;
        } else if c == delim {
            if quoted && !pending_quote {
                out.push(c);
            } else {
                out.push(FM);
                first = true;
                pending_quote = false;
                quoted = false;
            }
        } else {
            pending_quote = false;
            out.push(c);
            first = false;
        }
    }
    out
}

/// FORMCSV(s): one CSV item per field of `s`, joined by commas; a field
/// holding a comma or a quote is quoted with its quotes doubled (nothing
/// else is quoted: spaces, line breaks and other marks stay as they are).
pub fn formcsv(s: &[u8]) -> Vec<u8> {
    if s.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::with_capacity(s.len() + 2);
    for (i, f) in s.split(|&c| c == FM).enumerate() {
        if i > 0 {
            out.push(b',');
        }
        if f.contains(&b'"') || f.contains(&b',') {
            out.push(b'"');
            for &c in f {
                if c == b'"' {
                    out.push(b'"');
                }
                out.push(c);
            }
            out.push(b'"');
        } else {
            out.extend_from_slice(f);
        }
    }
    out
}

/// VSLICE(s, n): value `n` of every field, one per field; `n` < 1 returns
/// `s` unchanged; trailing empty fields are not kept.
pub fn vslice(s: &[u8], n: i64) -> Vec<u8> {
    if n < 1 {
        return s.to_vec();
    }
    let mut fields: Vec<&[u8]> = s
        .split(|&c| c == FM)
        .map(|f| f.split(|&c| c == VM).nth(n as usize - 1).unwrap_or(b""))
        .collect();
    while fields.last().is_some_and(|f| f.is_empty()) {
        fields.pop();
    }
    fields.join(&FM)
}

/// LISTINDEX(list, delim, item): the position of `item` among the
/// `delim`-separated elements of `list` (case-sensitive), 0 if absent
/// or when `delim` is empty.
///
/// ScarletDME compares the item with the list a byte at a time and takes
/// a delimiter in the list matched by the same byte in the item as the
/// end of a match: an item that holds the delimiter matches an element
/// equal to its first part (`LISTINDEX("a,c", ",", "a,b")` is 1).
pub fn listindex(list: &[u8], delim: &[u8], item: &[u8]) -> i64 {
    let Some(&d) = delim.first() else {
        return 0;
    };
    if list.is_empty() {
        return i64::from(item.is_empty());
    }
    let mut pos = 1;
    let mut q = 0; // next byte of the item
    let mut i = 0;
    while i < list.len() {
        let cl = list[i];
        i += 1;
        let ci = item.get(q).copied().unwrap_or(d);
        q += 1;
        if cl == d {
            if ci == d {
                return pos;
            }
        } else if cl == ci {
            continue;
        } else {
            // mismatch: on to the next element
            match list[i..].iter().position(|&c| c == d) {
                Some(off) => i += off + 1,
                None => return 0,
            }
        }
        pos += 1;
        q = 0;
    }
    if q >= item.len() {
        pos
    } else {
        0
    }
}

/// `s[start, len]` as SUBSTRINGS applies it to each element: a start below
/// 1 counts as 1, a length below 1 gives "".
pub fn substring(s: &[u8], start: i64, len: i64) -> Vec<u8> {
    if len < 1 {
        return Vec::new();
    }
    let from = (start.max(1) - 1) as usize;
    if from >= s.len() {
        return Vec::new();
    }
    let to = from.saturating_add(len as usize).min(s.len());
    s[from..to].to_vec()
}

/// CONFIG(name): the configuration values a default ScarletDME
/// installation reports (`None` for an unknown name: STATUS() 1004).
pub fn config(name: &[u8]) -> Option<&'static str> {
    Some(match name {
        b"CMDSTACK" => "99",
        b"FDS" => "32767",
        b"FLTDIFF" => "0.00000000002910",
        b"GRPSIZE" => "2",
        b"INTPREC" => "13",
        b"LPTRHIGH" => "66",
        b"LPTRWIDE" => "80",
        b"MAXCALL" => "10000",
        b"MAXIDLEN" => "63",
        b"NUMFILES" => "80",
        b"NUMLOCKS" => "100",
        b"NUMUSERS" => "40",
        b"RINGWAIT" => "1",
        b"SORTMEM" => "4096",
        b"SORTMRG" => "4",
        b"SORTWORK" | b"TEMPDIR" => "/tmp",
        b"YEARBASE" => "1930",
        b"CODEPAGE" | b"DEADLOCK" | b"DEBUG" | b"ERRLOG" | b"EXCLREM" | b"FILERULE" | b"FSYNC"
        | b"GDI" | b"JNLMODE" | b"MUSTLOCK" | b"NETFILES" | b"OBJECTS" | b"OBJMEM" | b"PDUMP"
        | b"QMCLIENT" | b"RECCACHE" | b"SAFEDIR" => "0",
        b"DUMPDIR" | b"FIXUSERS" | b"JNLDIR" | b"PORTMAP" | b"SH" | b"SH1" | b"SPOOLER"
        | b"STARTUP" | b"TERMINFO" => "",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::builtins::dynarray::tests::da;

    #[test]
    fn crop_levels() {
        assert_eq!(crop(&da("a]]^b\\\\]^^")), da("a^b"));
        assert_eq!(crop(&da("x^]\\^y")), da("x^^y"));
        assert_eq!(crop(&da("^a^")), da("^a"));
        assert_eq!(crop(&da("a]]b")), da("a]]b"));
    }

    #[test]
    fn csv_fields() {
        assert_eq!(csvdq(b"\"say \"\"hi\"\"\",x", b','), da("say \"hi\"^x"));
        assert_eq!(csvdq(b"a\"b,c", b','), da("ab^c"));
        assert_eq!(csvdq(b"\"unterminated,x", b','), da("unterminated,x"));
        assert_eq!(csvdq(b",,", b','), da("^^"));
        // ScarletDME: text after a closing quote stays in the (still quoted)
        // field; a quote that does not open a field is dropped
        assert_eq!(csvdq(b"\"ab\"cd,e", b','), da("abcd,e"));
        assert_eq!(csvdq(b" \"q\" ,r", b','), da(" q ^r"));
        assert_eq!(csvdq(b"a\"\"b,\"\"", b','), da("a\"b^"));
        assert_eq!(formcsv(&da("a^b,c")), b"a,\"b,c\"".to_vec());
        assert_eq!(formcsv(b"x\""), b"\"x\"\"\"".to_vec());
        assert_eq!(formcsv(&da("^")), b",".to_vec());
    }

    #[test]
    fn vslice_and_listindex() {
        let a = da("a1]a2^b1^c1]c2]c3");
        assert_eq!(vslice(&a, 2), da("a2^^c2"));
        assert_eq!(vslice(&a, 9), b"");
        assert_eq!(listindex(b"a,,c", b",", b""), 2);
        assert_eq!(listindex(b"", b",", b""), 1);
        assert_eq!(listindex(b"", b",", b"x"), 0);
        assert_eq!(listindex(b"a,c", b",", b"c"), 2);
        assert_eq!(listindex(b"a,c", b",", b"a,b,c"), 1);
        assert_eq!(listindex(b"ab", b",", b"a"), 0);
        assert_eq!(listindex(b"a", b",", b"ab"), 0);
        assert_eq!(listindex(b"a,b", b"", b"a"), 0);
    }
}
