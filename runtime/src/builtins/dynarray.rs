//! Dynamic arrays: marks, EXTRACT (`X<f,v,s>`), REPLACE (`X<f,v,s> = y`,
//! including `<-1>` appends), INSERT / INS, DELETE / DEL, DCOUNT, RAISE,
//! LOWER and SUM, with ScarletDME's exact rules for creating marks.
//!
//! Positions are `i64` as the VM holds them: field 0 / value 0 / subvalue 0
//! select the whole enclosing level, negative positions mean "append" for
//! REPLACE/INSERT.

pub use super::dyn_edit::edit_in_place;
use super::mark_cursor::MarkCursor;

/// Item mark, CHAR(255) (`@IM`).
pub const IM: u8 = 255;
/// Field mark, CHAR(254) (`@FM`, `@AM`).
pub const FM: u8 = 254;
/// Value mark, CHAR(253) (`@VM`).
pub const VM: u8 = 253;
/// Subvalue mark, CHAR(252) (`@SM`, `@SVM`).
pub const SM: u8 = 252;
/// Text mark, CHAR(251) (`@TM`).
pub const TM: u8 = 251;

/// True for the mark characters (text mark and above).
#[inline]
pub fn is_mark(c: u8) -> bool {
    c >= TM
}

/// True for the marks that delimit dynamic-array items (field, value and
/// subvalue marks; ScarletDME's `IsDelim`). Item and text marks are data
/// to EXTRACT, REPLACE, INSERT, DELETE and LOCATE: `INSERT(CHAR(255), 1;
/// "x")` adds a field mark before the item mark, and an item mark at the
/// start of a field does not end it.
#[inline]
pub fn is_delim(c: u8) -> bool {
    (SM..=FM).contains(&c)
}

/// The item an EXTRACT (`X<f,v,s>`) addresses, as ScarletDME's
/// `op_extract` reads its positions: `None` (the result is "") for field
/// <= 0; value 0 is the whole field whatever the subvalue (so `<f,0,-1>`
/// is field f); a negative value, or a negative subvalue of a value, is
/// never found. Otherwise (value, subvalue, ends at a value mark, ends at
/// a subvalue mark), with 0 made 1.
#[inline]
pub fn item_level(field: i64, value: i64, subvalue: i64) -> Option<(i64, i64, bool, bool)> {
    if field <= 0 {
        None
    } else if value == 0 {
        Some((1, 1, false, false))
    } else if value < 0 {
        None
    } else if subvalue == 0 {
        Some((value, 1, true, false))
    } else if subvalue < 0 {
        None
    } else {
        Some((value, subvalue, true, true))
    }
}

/// Where the item `<field, value, subvalue>` starts (all three >= 1),
/// following ScarletDME's `find_item`: `None` when the item does not exist.
pub fn find_item_start(s: &[u8], field: i64, value: i64, subvalue: i64) -> Option<usize> {
    if field == 1 && value == 1 && subvalue == 1 {
        return Some(0);
    }
    if s.is_empty() || field < 1 {
        return None;
    }
    let mut p = 0usize;
    let mut f = 1i64;
    while f < field {
        let off = s[p..].iter().position(|&c| c == FM)?;
        p += off + 1;
        f += 1;
    }
    if value == 1 && subvalue == 1 {
        return Some(p);
    }
    let (mut v, mut sv) = (1i64, 1i64);
    while p < s.len() {
        let c = s[p];
        p += 1;
        match c {
            FM => return None,
            VM => {
                v += 1;
                if v > value {
                    return None;
                }
                sv = 1;
            }
            SM => sv += 1,
            _ => continue,
        }
        if v == value && sv == subvalue {
            return Some(p);
        }
    }
    None
}

/// A remembered field start (like ScarletDME's per-string hint) that makes
/// sequential `X<I>` access in loops linear instead of quadratic. Keep one
/// per string value and reset it (`FieldHint::default()`) whenever the
/// string changes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FieldHint {
    /// Field number whose start is remembered (0 = no hint).
    pub field: i64,
    /// Byte offset where that field starts.
    pub offset: usize,
}

/// Start of field `field` (>= 1), scanning from `hint` when it is usable
/// and updating it.
pub fn field_start_hinted(s: &[u8], field: i64, hint: &mut FieldHint) -> Option<usize> {
    if field < 1 {
        return None;
    }
    let (mut f, mut p) = if hint.field >= 1 && hint.field <= field && hint.offset <= s.len() {
        (hint.field, hint.offset)
    } else {
        (1, 0)
    };
    while f < field {
        let off = s[p..].iter().position(|&c| c == FM)?;
        p += off + 1;
        f += 1;
    }
    *hint = FieldHint { field, offset: p };
    Some(p)
}

/// [`extract`] using (and updating) a [`FieldHint`].
pub fn extract_hinted<'a>(
    s: &'a [u8],
    field: i64,
    value: i64,
    subvalue: i64,
    hint: &mut FieldHint,
) -> &'a [u8] {
    if item_level(field, value, subvalue).is_none() {
        return b"";
    }
    let Some(fs) = field_start_hinted(s, field, hint) else {
        return b"";
    };
    match item_range(&s[fs..], 1, value, subvalue) {
        Some((a, b)) => &s[fs + a..fs + b],
        None => b"",
    }
}

/// Byte range of the item `<field, value, subvalue>` in `s` (0 = whole
/// enclosing level, as for [`extract`]), or `None` when it does not exist.
pub fn item_range(s: &[u8], field: i64, value: i64, subvalue: i64) -> Option<(usize, usize)> {
    let (value, subvalue, end_v, end_s) = item_level(field, value, subvalue)?;
    let start = find_item_start(s, field, value, subvalue)?;
    let end = s[start..]
        .iter()
        .position(|&c| c == FM || (end_v && c == VM) || (end_s && c == SM))
        .map_or(s.len(), |o| start + o);
    Some((start, end))
}

/// EXTRACT(s, f, v, sv) / `s<f,v,sv>`: the addressed item, or `""` when it
/// does not exist. Field <= 0 gives `""`; value 0 gives the whole field
/// (whatever the subvalue); subvalue 0 the whole value; other negative
/// positions `""` ([`item_level`]).
pub fn extract(s: &[u8], field: i64, value: i64, subvalue: i64) -> &[u8] {
    match item_range(s, field, value, subvalue) {
        Some((a, b)) => &s[a..b],
        None => b"",
    }
}

/// Which of REPLACE / INSERT / DELETE a walk does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// REPLACE / `X<f,v,s> = y`.
    Replace,
    /// INSERT / INS.
    Insert,
    /// DELETE / DEL.
    Delete,
}

/// What a REPLACE / INSERT / DELETE does to its source: bytes
/// `start..end` become `middle`, the rest is unchanged (so it can be done
/// in place).
#[derive(Debug, PartialEq, Eq)]
pub struct Splice {
    /// First changed byte.
    pub start: usize,
    /// End of the replaced bytes.
    pub end: usize,
    /// The bytes that take their place.
    pub middle: Vec<u8>,
    /// Start of the addressed field when the walk passed it (for a
    /// [`super::mark_cursor::MarkCursor`]).
    pub field_start: Option<usize>,
    /// The last value of the addressed field whose start the walk passed:
    /// (value number, offset).
    pub value_start: Option<(i64, usize)>,
}

/// A known item start a REPLACE / INSERT / DELETE walk may begin at:
/// value `value` of field `field` starts at byte `offset`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WalkFrom {
    /// Field number (>= 1).
    pub field: i64,
    /// Value number within the field (>= 1).
    pub value: i64,
    /// Byte offset of the item.
    pub offset: usize,
}

/// True when a REPLACE / INSERT / DELETE walk to `<field, value>` (as the
/// caller gives them) may begin at `w` in `src`: `w` lies before the item,
/// and the byte before it is its mark.
pub fn walk_from_usable(src: &[u8], w: &WalkFrom, field: i64, value: i64) -> bool {
    let clamp = |x: i64| x.clamp(i32::MIN as i64, i32::MAX as i64);
    let field = match clamp(field) {
        0 => 1,
        f => f,
    };
    let value = match clamp(value) {
        0 => 1,
        v => v,
    };
    let m = if w.value > 1 { VM } else { FM };
    w.offset > 0
        && w.offset <= src.len()
        && src[w.offset - 1] == m
        && (w.value == 1 || w.field == field)
        && (field < 0 || w.field < field || (w.field == field && (value < 0 || w.value <= value)))
        && (w.field >= 2 || w.value >= 2)
}

/// The common walk of REPLACE / INSERT / DELETE (ScarletDME `rdi`,
/// default append mode). `from` is a known item start the walk may begin
/// at instead of the string's start (used when it lies before the target).
pub fn rdi_splice(
    src: &[u8],
    field: i64,
    value: i64,
    subvalue: i64,
    mode: Mode,
    new: &[u8],
    from: Option<WalkFrom>,
) -> Splice {
    // ScarletDME positions are 32-bit.
    let clamp = |x: i64| x.clamp(i32::MIN as i64, i32::MAX as i64);
    let (field, value, subvalue) = (clamp(field), clamp(value), clamp(subvalue));
    let mut field = if field == 0 { 1 } else { field };
    let (mut value, mut subvalue, end_v, end_s, mark) = if value == 0 {
        (1, 1, false, false, FM)
    } else if subvalue == 0 {
        (value, 1, true, false, VM)
    } else {
        (value, subvalue, true, true, SM)
    };
    let n = src.len();
    let (mut f, mut v, mut sv) = (1i64, 1i64, 1i64);
    let mut last_char = 0u8;
    let mut c = 0u8;
    let mut item_found = false;
    let mut ran_off = false;
    let mut pos = 0usize;
    let mut field_start = (field == 1).then_some(0);
    let mut value_start = None;
    if field == 1 && value == 1 && subvalue == 1 {
        item_found = true;
        ran_off = n == 0;
    } else {
        let mut i = 0usize;
        let mut walk = true;
        // begin just after a known field's mark: the walk's state there is
        // that field, value 1, subvalue 1, last character a field mark
        if let Some(w) = from {
            let m = if w.value > 1 { VM } else { FM };
            if walk_from_usable(src, &w, field, value) {
                f = w.field;
                v = w.value;
                i = w.offset;
                c = m;
                last_char = m;
                if f == field {
                    if v == 1 {
                        field_start = Some(i);
                    }
                    value_start = Some((v, i));
                    if v == value && subvalue == 1 {
                        pos = i;
                        item_found = true;
                        walk = false;
                    }
                }
            }
        }
        if walk {
            loop {
                if i == n {
                    ran_off = true;
                    pos = n;
                    break;
                }
                c = src[i];
                if is_delim(c) {
                    match c {
                        FM => {
                            if f == field {
                                pos = i;
                                break;
                            }
                            f += 1;
                            v = 1;
                            sv = 1;
                            if f == field {
                                field_start = Some(i + 1);
                                value_start = Some((1, i + 1));
                            }
                        }
                        VM => {
                            if f == field && v == value {
                                pos = i;
                                break;
                            }
                            v += 1;
                            sv = 1;
                            if f == field {
                                value_start = Some((v, i + 1));
                            }
                        }
                        SM => sv += 1,
                        _ => {}
                    }
                    if f == field && v == value && sv == subvalue {
                        pos = i + 1;
                        item_found = true;
                        break;
                    }
                }
                last_char = c;
                i += 1;
            }
        }
    }

    let (start, end);
    if !ran_off {
        let mut len = pos;
        let mut mark_skipped = false;
        if mode == Mode::Delete && len > 0 && c == mark {
            mark_skipped = true;
            len -= 1;
        }
        start = len;
        if item_found && mode != Mode::Insert {
            while pos < n {
                c = src[pos];
                if is_delim(c) && (c == FM || (c == VM && end_v) || (c == SM && end_s)) {
                    break;
                }
                pos += 1;
            }
            if mode == Mode::Delete && !mark_skipped && c == mark && pos < n {
                pos += 1;
            }
        }
        end = pos.min(n);
    } else {
        start = n;
        end = n;
    }

    let mut middle = Vec::new();
    if mode != Mode::Delete {
        if start > 0 {
            if field < 0 {
                field = f + 1;
                v = 1;
                sv = 1;
            } else if value < 0 {
                if field != f || last_char == FM {
                    v = 1;
                    value = 1;
                } else {
                    value = v + 1;
                }
                sv = 1;
            } else if subvalue < 0 {
                if field != f || value != v || last_char == FM || last_char == VM {
                    sv = 1;
                    subvalue = 1;
                } else {
                    subvalue = sv + 1;
                }
            }
        }
        let nf = (field - f).max(0) as usize;
        middle.reserve(new.len() + 4);
        if nf > 0 {
            // the fields in between: v and sv start again at 1
            middle.resize(nf, FM);
            v = 1;
            sv = 1;
        }
        let nv = (value - v).max(0) as usize;
        if nv > 0 {
            middle.resize(middle.len() + nv, VM);
            sv = 1;
        }
        let ns = (subvalue - sv).max(0) as usize;
        middle.resize(middle.len() + ns, SM);
        middle.extend_from_slice(new);
        if mode == Mode::Insert && !ran_off && pos < n {
            // an item or text mark is data: the new item needs its mark
            let nc = src[pos];
            if !is_delim(nc) || nc <= mark {
                middle.push(mark);
            }
        }
    }
    Splice {
        start,
        end,
        middle,
        field_start,
        value_start,
    }
}

fn rdi(src: &[u8], field: i64, value: i64, subvalue: i64, mode: Mode, new: &[u8]) -> Vec<u8> {
    let sp = rdi_splice(src, field, value, subvalue, mode, new, None);
    let mut out = Vec::with_capacity(src.len() - (sp.end - sp.start) + sp.middle.len());
    out.extend_from_slice(&src[..sp.start]);
    out.extend_from_slice(&sp.middle);
    out.extend_from_slice(&src[sp.end..]);
    out
}

/// REPLACE(s, f, v, sv, new) / `s<f,v,sv> = new`: returns the updated
/// string. Missing levels are created with marks; `-1` at any level
/// appends (no leading mark on an empty string or an empty field/value).
pub fn replace(s: &[u8], field: i64, value: i64, subvalue: i64, new: &[u8]) -> Vec<u8> {
    rdi(s, field, value, subvalue, Mode::Replace, new)
}

/// In-place `s<f,v,sv> = new` (same result as [`replace`]): appends with
/// `s<-1> = new` without rescanning, and splices an existing item in place.
pub fn replace_in_place(s: &mut Vec<u8>, field: i64, value: i64, subvalue: i64, new: &[u8]) {
    let mut cur = MarkCursor::default();
    edit_in_place(s, &mut cur, Mode::Replace, [field, value, subvalue], new);
}

/// INSERT(s, f, v, sv, new) / `INS new BEFORE s<f,v,sv>`: inserts `new` as
/// a new item before the addressed one, adding a separating mark when
/// needed.
pub fn insert(s: &[u8], field: i64, value: i64, subvalue: i64, new: &[u8]) -> Vec<u8> {
    rdi(s, field, value, subvalue, Mode::Insert, new)
}

/// DELETE(s, f, v, sv) / `DEL s<f,v,sv>`: removes the item and its mark.
/// Negative positions, or an item past the end, leave `s` unchanged.
pub fn delete(s: &[u8], field: i64, value: i64, subvalue: i64) -> Vec<u8> {
    if field < 0 || value < 0 || subvalue < 0 {
        return s.to_vec();
    }
    rdi(s, field, value, subvalue, Mode::Delete, b"")
}

/// Longest substring COUNT, DCOUNT and COUNTS accept: ScarletDME copies it
/// into a 256-byte buffer and stops with "Substring too long" beyond.
pub const MAX_COUNT_SUBSTRING: usize = 256;

/// COUNT(s, sub): non-overlapping occurrences of `sub`; `COUNT(s, "")` is
/// LEN(s).
pub fn count(s: &[u8], sub: &[u8]) -> i64 {
    if sub.is_empty() {
        return s.len() as i64;
    }
    if sub.len() == 1 {
        return s.iter().filter(|&&c| c == sub[0]).count() as i64;
    }
    let mut n = 0;
    let mut i = 0;
    while i + sub.len() <= s.len() {
        if &s[i..i + sub.len()] == sub {
            n += 1;
            i += sub.len();
        } else {
            i += 1;
        }
    }
    n
}

/// DCOUNT(s, delim): number of delimited items; 0 for an empty string,
/// otherwise COUNT + 1 (so a trailing delimiter counts an empty item).
/// With an empty delimiter it is LEN(s), as in ScarletDME.
pub fn dcount(s: &[u8], delim: &[u8]) -> i64 {
    if s.is_empty() {
        0
    } else if delim.is_empty() {
        s.len() as i64
    } else {
        count(s, delim) + 1
    }
}

/// RAISE(s): each mark moves up one level (TM->SM, SM->VM, VM->FM,
/// FM->IM); item marks are unchanged.
pub fn raise(s: &[u8]) -> Vec<u8> {
    s.iter()
        .map(|&c| match c {
            FM => IM,
            VM => FM,
            SM => VM,
            TM => SM,
            _ => c,
        })
        .collect()
}

/// LOWER(s): each mark moves down one level (IM->FM, FM->VM, VM->SM,
/// SM->TM); text marks are unchanged.
pub fn lower(s: &[u8]) -> Vec<u8> {
    s.iter()
        .map(|&c| match c {
            IM => FM,
            FM => VM,
            VM => SM,
            SM => TM,
            _ => c,
        })
        .collect()
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// Build a dynamic array from a display form using ^ ] \ for marks.
    pub(crate) fn da(s: &str) -> Vec<u8> {
        s.bytes()
            .map(|c| match c {
                b'^' => FM,
                b']' => VM,
                b'\\' => SM,
                _ => c,
            })
            .collect()
    }
    pub(crate) fn show(s: &[u8]) -> String {
        s.iter()
            .map(|&c| match c {
                FM => '^',
                VM => ']',
                SM => '\\',
                _ => c as char,
            })
            .collect()
    }

    #[test]
    fn extract_corpus_017() {
        let r = da("f1^v1]v2]s1\\s2^f3");
        assert_eq!(show(extract(&r, 1, 0, 0)), "f1");
        assert_eq!(show(extract(&r, 2, 0, 0)), "v1]v2]s1\\s2");
        assert_eq!(show(extract(&r, 2, 2, 0)), "v2");
        assert_eq!(show(extract(&r, 2, 3, 0)), "s1\\s2");
        assert_eq!(show(extract(&r, 2, 3, 2)), "s2");
        assert_eq!(show(extract(&r, 3, 0, 0)), "f3");
        assert_eq!(show(extract(&r, 9, 0, 0)), "");
        assert_eq!(show(extract(&r, 1, 5, 0)), "");
        assert_eq!(show(extract(&r, 0, 0, 0)), "");
        assert_eq!(show(extract(&r, 2, 1, 0)), "v1");
        assert_eq!(show(extract(b"only", 1, 0, 0)), "only");
        assert_eq!(show(extract(b"only", 2, 0, 0)), "");
        let z = da("a]b^c");
        assert_eq!(show(extract(&z, 2, 2, 0)), "");
        assert_eq!(show(extract(&z, 1, 2, 1)), "b");
        assert_eq!(show(extract(&z, 1, 2, 2)), "");
        assert_eq!(show(extract(&da("a^b^"), 3, 0, 0)), "");
    }

    #[test]
    fn replace_corpus_017() {
        let a = replace(b"", 3, 0, 0, b"c");
        assert_eq!(show(&a), "^^c");
        let a = replace(&a, 1, 2, 0, b"b");
        assert_eq!(show(&a), "]b^^c");
        let a = replace(&a, 2, 1, 3, b"s");
        assert_eq!(show(&a), "]b^\\\\s^c");
        let mut b = Vec::new();
        for x in ["x", "y", "", "z"] {
            replace_in_place(&mut b, -1, 0, 0, x.as_bytes());
        }
        assert_eq!(show(&b), "x^y^^z");
        assert_eq!(dcount(&b, &[FM]), 4);
        let mut b2 = Vec::new();
        for x in ["x", "y", "", "z"] {
            b2 = replace(&b2, -1, 0, 0, x.as_bytes());
        }
        assert_eq!(b2, b);
        let c = replace(b"a", 1, -1, 0, b"b");
        let c = replace(&c, 1, -1, 0, b"c");
        assert_eq!(show(&c), "a]b]c");
        let c = replace(&c, 1, 2, -1, b"sub");
        assert_eq!(show(&c), "a]b\\sub]c");
        let d = replace(b"", 1, -1, 0, b"first");
        assert_eq!(show(&d), "first");
        let e = replace(&da("1^2^3"), 2, 0, 0, b"two");
        assert_eq!(show(&e), "1^two^3");
        let e = replace(&e, 2, 0, 0, b"");
        assert_eq!(show(&e), "1^^3");
        let g = replace(&da("f1^v1]v2]s1\\s2^f3"), 2, 2, 0, b"V2");
        assert_eq!(show(&g), "f1^v1]V2]s1\\s2^f3");
    }

    #[test]
    fn edge_cases_corpus_051() {
        let t = da("a^b^");
        assert_eq!(dcount(&t, &[FM]), 3);
        assert_eq!(count(&t, &[FM]), 2);
        let mut t2 = t.clone();
        replace_in_place(&mut t2, -1, 0, 0, b"c");
        assert_eq!(show(&t2), "a^b^^c");
        assert_eq!(show(&replace(b"x", 2, 3, 2, b"deep")), "x^]]\\deep");
        let v = replace(b"", 1, 1, -1, b"s1");
        let v = replace(&v, 1, 1, -1, b"s2");
        assert_eq!(show(&v), "s1\\s2");
        let w = replace(&da("a^^c"), 2, -1, 0, b"v");
        assert_eq!(show(&w), "a^v^c");
        let w = replace(&w, 2, -1, 0, b"w");
        assert_eq!(show(&w), "a^v]w^c");
        let x = replace(&da("a]b"), 1, 5, 0, b"e");
        assert_eq!(show(&x), "a]b]]]e");
        assert_eq!(dcount(&x, &[VM]), 5);
        let x = delete(&x, 1, 9, 0);
        assert_eq!(show(&x), "a]b]]]e");
        let x = delete(&x, 1, 5, 0);
        assert_eq!(show(&x), "a]b]]");
        let z = da("a]b^c");
        assert_eq!(dcount(&z, &[VM]), 2);
        assert_eq!(count(&z, &[VM]), 1);
        let e = replace(b"", 1, 0, 0, b"");
        assert_eq!(e.len(), 0);
        let e = replace(&e, 2, 0, 0, b"");
        assert_eq!(e.len(), 1);
        assert_eq!(dcount(&e, &[FM]), 2);
        assert_eq!(show(&replace(b"a", 1, 1, 0, b"b")), "b");
        assert_eq!(show(&insert(&da("p^q"), 5, 0, 0, b"far")), "p^q^^^far");
        let h = da("k1]k2^v1]v2");
        assert_eq!(raise(&lower(&h)), h);
        let m = da("]]");
        assert_eq!(dcount(&m, &[VM]), 3);
    }

    #[test]
    fn insert_delete() {
        assert_eq!(show(&insert(b"", 1, 0, 0, b"pear")), "pear");
        assert_eq!(show(&insert(b"pear", 1, 0, 0, b"apple")), "apple^pear");
        assert_eq!(show(&insert(&da("a^c"), 2, 0, 0, b"b")), "a^b^c");
        assert_eq!(show(&insert(&da("a^c"), 3, 0, 0, b"d")), "a^c^d");
        assert_eq!(show(&insert(&da("a^b"), 1, 2, 0, b"v")), "a]v^b");
        assert_eq!(show(&insert(&da("x]y"), 1, 0, 0, b"n")), "n^x]y");
        assert_eq!(show(&insert(&da("1]9]10"), 1, 3, 0, b"5")), "1]9]5]10");
        assert_eq!(show(&delete(&da("a^b^c"), 2, 0, 0)), "a^c");
        assert_eq!(show(&delete(&da("a^b^c"), 1, 0, 0)), "b^c");
        assert_eq!(show(&delete(&da("a^b^c"), 3, 0, 0)), "a^b");
        assert_eq!(show(&delete(&da("a^b^"), 3, 0, 0)), "a^b");
        assert_eq!(show(&delete(b"a", 1, 0, 0)), "");
        assert_eq!(show(&delete(&da("1]2^3"), 1, 0, 0)), "3");
        assert_eq!(show(&delete(&da("1]2^3"), 1, 1, 0)), "2^3");
        assert_eq!(show(&delete(&da("a^b"), -1, 0, 0)), "a^b");
    }

    #[test]
    fn value_zero_ignores_the_subvalue_and_item_marks_are_data() {
        let r = da("a]b\\c]d^e");
        assert_eq!(show(extract(&r, 1, 0, -1)), "a]b\\c]d");
        assert_eq!(show(extract(&r, 2, 0, -1)), "e");
        assert_eq!(show(extract(&r, 1, 2, -1)), "");
        assert_eq!(show(extract(&r, 1, -1, 0)), "");
        assert_eq!(show(extract(&r, 0, 0, -1)), "");
        let mut hint = FieldHint::default();
        assert_eq!(show(extract_hinted(&r, 1, 0, -1, &mut hint)), "a]b\\c]d");
        // the new item is delimited from an item mark (not a delimiter)
        assert_eq!(insert(&[IM], -1, 0, 0, b"x"), [IM, FM, b'x']);
        assert_eq!(
            insert(&[IM, FM, b'a'], 1, 0, 0, b"N"),
            [b'N', FM, IM, FM, b'a']
        );
        assert_eq!(
            insert(&[IM, FM, b'a'], 1, 1, 0, b"N"),
            [b'N', VM, IM, FM, b'a']
        );
        assert_eq!(
            insert(&[IM, FM, b'a'], 1, 1, 1, b"N"),
            [b'N', SM, IM, FM, b'a']
        );
    }

    #[test]
    fn hinted_extract_matches_plain() {
        let r = da("f1^v1]v2]s1\\s2^f3^^x");
        let mut hint = FieldHint::default();
        for f in [1, 2, 3, 2, 5, 4, 9, 1, 0, -1] {
            for v in [-1, 0, 1, 2, 3] {
                for sv in [-1, 0, 1, 2] {
                    assert_eq!(
                        extract_hinted(&r, f, v, sv, &mut hint),
                        extract(&r, f, v, sv),
                        "<{f},{v},{sv}>"
                    );
                }
            }
        }
        let big: Vec<u8> = (1..=5000)
            .map(|i| format!("item{i}"))
            .collect::<Vec<_>>()
            .join("\u{fe}")
            .bytes()
            .collect();
        let big: Vec<u8> = String::from_utf8(big)
            .unwrap()
            .chars()
            .map(|c| if c == '\u{fe}' { FM } else { c as u8 })
            .collect();
        let mut hint = FieldHint::default();
        for i in 1..=5000 {
            assert_eq!(
                extract_hinted(&big, i, 0, 0, &mut hint),
                format!("item{i}").as_bytes()
            );
        }
    }

    #[test]
    fn in_place_matches_pure() {
        let bases = ["", "a", "a^b", "a]b^c\\d", "^^", "x]]y^", "a^b^"];
        let pos = [-1i64, 0, 1, 2, 3, 5];
        for b in bases {
            let base = da(b);
            for &f in &pos {
                for &v in &pos {
                    for &sv in &pos {
                        let want = replace(&base, f, v, sv, b"N");
                        let mut got = base.clone();
                        replace_in_place(&mut got, f, v, sv, b"N");
                        assert_eq!(show(&got), show(&want), "{b:?} <{f},{v},{sv}>");
                    }
                }
            }
        }
    }
}
