//! LOCATE (both syntaxes share this core), FIND and FINDSTR.
//!
//! LOCATE's start position is the last index given: `IN A<1>` searches
//! fields from field 1, `IN A<2,1>` the values of field 2 from value 1,
//! `IN A<2>` fields from field 2. The Pick form `LOCATE(x, A, f; p)`
//! maps to a start of `<f, 1>` (values of field f), `LOCATE(x, A; p)` to
//! `<1>`, and `LOCATE(x, A, f, v; p)` to `<f, v, 1>`.

use super::dynarray::{find_item_start, is_delim, FM, SM, VM};
use super::num::parse_int_strict;

/// Result of a LOCATE: whether the item was found, and the position
/// (found position, or insertion point / count+1 when not found).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Located {
    /// The item was found (THEN clause).
    pub found: bool,
    /// Value for the SETTING variable.
    pub pos: i64,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Level {
    Field,
    Value,
    Sub,
}

fn done(found: bool, pos: i64) -> Located {
    Located { found, pos }
}

/// Skip to the start of the next item; `None` when the container ends.
fn skip_item(src: &[u8], mut p: usize, level: Level, mark: u8) -> Option<usize> {
    if level == Level::Field {
        return src[p..].iter().position(|&c| c == FM).map(|o| p + o + 1);
    }
    while p < src.len() {
        let c = src[p];
        p += 1;
        if is_delim(c) {
            if c == mark {
                return Some(p);
            }
            if c > mark {
                return None;
            }
        }
    }
    None
}

/// LOCATE core (ScarletDME `op_locate`): search `src` for `needle` starting
/// at `<field, value, subvalue>` (the last non-zero index is the start
/// position and the level searched). `order` is the BY code: "" (unordered),
/// "AL", "AR", "DL", "DR" (case-insensitive). AR/DR compare integers
/// numerically when the needle is an integer, otherwise right-justified.
/// Comparisons of bytes >= 128 follow C's signed `char`.
pub fn locate(
    needle: &[u8],
    src: &[u8],
    field: i64,
    value: i64,
    subvalue: i64,
    order: &[u8],
) -> Located {
    let field = if field <= 0 { 1 } else { field };
    let (level, mut index, mark, value, subvalue) = if value <= 0 {
        (Level::Field, field, FM, 1, 1)
    } else if subvalue <= 0 {
        (Level::Value, value, VM, value, 1)
    } else {
        (Level::Sub, subvalue, SM, value, subvalue)
    };
    let o0 = order.first().map(u8::to_ascii_uppercase);
    let o1 = order.get(1).map(u8::to_ascii_uppercase);
    let (ordered, ascending) = match o0 {
        Some(b'A') => (true, true),
        Some(b'D') => (true, false),
        _ => (false, false),
    };
    let right = ordered && o1 == Some(b'R');
    let numeric = if right && !needle.is_empty() && needle.len() <= 20 {
        strnint(needle)
    } else {
        None
    };

    if src.is_empty() {
        return if needle.is_empty() {
            done(field == 1 && value == 1 && subvalue == 1, 1)
        } else {
            done(false, index)
        };
    }
    let mut p = match find_item_start(src, field, value, subvalue) {
        Some(p) => p,
        None => return done(false, index),
    };
    if p == src.len() {
        return done(false, index);
    }
    // item and text marks are data here (ScarletDME's IsDelim)
    let c = src[p];
    if is_delim(c) && c > mark {
        return done(needle.is_empty(), index);
    }
    if let Some(search_value) = numeric {
        return locate_numeric(needle, search_value, src, p, index, mark, ascending).0;
    }

    let n = src.len();
    let mut k = 0usize; // needle bytes matched in the current item
    while p < n {
        let c = src[p];
        p += 1;
        if c == mark {
            if k == needle.len() {
                return done(true, index);
            }
            if right && !ascending {
                return done(false, index);
            }
            index = index.saturating_add(1);
            k = 0;
            continue;
        }
        if c == FM || (c == VM && level == Level::Sub) {
            return if k != needle.len() {
                done(false, index.saturating_add(1))
            } else {
                done(true, index)
            };
        }
        if k == needle.len() {
            // the source item is longer than the needle
            if ascending {
                return done(false, index);
            }
            match skip_item(src, p, level, mark) {
                Some(np) => {
                    p = np;
                    index = index.saturating_add(1);
                    k = 0;
                    continue;
                }
                None => return done(false, index.saturating_add(1)),
            }
        }
        let x = (c as i8 as i16) - (needle[k] as i8 as i16);
        k += 1;
        if x == 0 {
            continue;
        }
        if ordered {
            let mut decided = false;
            if right {
                let mut src_len = k;
                let mut q = p;
                loop {
                    if q >= n {
                        if src_len == needle.len() {
                            break;
                        }
                        return if (needle.len() < src_len) == ascending {
                            done(false, index)
                        } else {
                            done(false, index.saturating_add(1))
                        };
                    }
                    let cc = src[q];
                    if is_delim(cc) && cc >= mark {
                        if src_len == needle.len() {
                            break;
                        }
                        if (needle.len() < src_len) == ascending {
                            return done(false, index);
                        }
                        decided = true; // skip this item
                        break;
                    }
                    q += 1;
                    src_len += 1;
                }
                p = q;
            }
            if !decided && (x > 0) == ascending {
                return done(false, index);
            }
        }
        match skip_item(src, p, level, mark) {
            Some(np) => {
                p = np;
                index = index.saturating_add(1);
                k = 0;
            }
            None => return done(false, index.saturating_add(1)),
        }
    }
    if k == needle.len() {
        return done(true, index);
    }
    if k == 0 {
        // an empty final item: its position is the insertion point
        return done(false, index);
    }
    done(false, index.saturating_add(1))
}

/// ScarletDME's `strnint` as LOCATE calls it on C buffers: a NUL byte ends
/// the string ("12\0x" is 12, "\0" is 0), the rest is
/// [`parse_int_strict`].
fn strnint(s: &[u8]) -> Option<i64> {
    let end = s.iter().position(|&c| c == 0).unwrap_or(s.len());
    parse_int_strict(&s[..end])
}

/// The item at the start of `rest`: its length (up to the first field,
/// value or subvalue mark at or above `mark`, or the end; item and text
/// marks are data) and its value by [`strnint`], in one pass: scanning and
/// parsing together read each byte once, which is most of a sorted
/// LOCATE's time (separate passes made B03 1.8x slower).
#[inline]
fn scan_int_item(rest: &[u8], mark: u8) -> (usize, Option<i64>) {
    let (neg, start) = match rest.first() {
        Some(b'-') => (true, 1),
        Some(b'+') => (false, 1),
        _ => (false, 0),
    };
    let mut i = start;
    let (mut v, mut ok) = (0i64, true);
    // the common case: digits up to the item's end (within 32 bits)
    while let Some(&c) = rest.get(i) {
        let d = c.wrapping_sub(b'0');
        if d > 9 {
            break;
        }
        if ok {
            v = v * 10 + d as i64;
            ok = v <= i32::MAX as i64;
        }
        i += 1;
    }
    // the rest of the item: a NUL ends the number (strnint), anything
    // else before one makes it no number
    let mut ended = false;
    while let Some(&c) = rest.get(i) {
        if (mark..=FM).contains(&c) {
            break;
        }
        if c == 0 {
            ended = true;
        } else if !ended {
            ok = false;
        }
        i += 1;
    }
    (i, ok.then_some(if neg { -v } else { v }))
}

/// The integer needle and direction of a field-level LOCATE BY "AR" /
/// "DR" that [`locate_ints_from`] can run: `None` for any other order or
/// needle.
pub fn sorted_int_needle(needle: &[u8], order: &[u8]) -> Option<(i64, bool)> {
    let ascending = match order.first().map(u8::to_ascii_uppercase) {
        Some(b'A') => true,
        Some(b'D') => false,
        _ => return None,
    };
    if order.get(1).map(u8::to_ascii_uppercase) != Some(b'R')
        || needle.is_empty()
        || needle.len() > 20
    {
        return None;
    }
    strnint(needle).map(|sv| (sv, ascending))
}

/// A LOCATE BY "AR" / "DR" of `needle` (integer value `sv`, see
/// [`sorted_int_needle`]) among the fields (`mark` FM) or the values of
/// field 1 (`mark` VM) of a non-empty `src` (the string's bytes, or only
/// those from the start of an item on), from the item numbered `index`
/// starting at byte `p`, as [`locate`] continues there. Also returns, when
/// every item before the one the search stopped at (from `p` on) was an
/// integer (so each compared below `sv` for "AR", above for "DR"), that
/// item's number and start: a later search for a value past `sv` in the
/// same direction, on the same bytes before that start, may begin there.
pub fn locate_ints_from(
    needle: &[u8],
    sv: i64,
    src: &[u8],
    (p, index): (usize, i64),
    mark: u8,
    ascending: bool,
) -> (Located, Option<(i64, usize)>) {
    if index == 1 && is_delim(src[0]) && src[0] > mark {
        // field 1 has no values (as in `locate`)
        return (done(false, 1), None);
    }
    locate_numeric(needle, sv, src, p, index, mark, ascending)
}

/// AR/DR search with an integer needle: numeric items compare as numbers,
/// others by length then bytes. With the result, where the search may
/// resume (see [`locate_ints_from`]).
fn locate_numeric(
    needle: &[u8],
    sv: i64,
    src: &[u8],
    mut p: usize,
    mut index: i64,
    mark: u8,
    ascending: bool,
) -> (Located, Option<(i64, usize)>) {
    // items longer than this are never numbers: skipped (descending) or the
    // end of an ascending search
    const MAX: usize = 20;
    // every item passed so far was a number (passed because of its value)
    let mut all_num = true;
    loop {
        let resume = |all_num: bool, index: i64, p: usize| all_num.then_some((index, p));
        // the item runs to the next mark of this level or above (all of
        // them are >= `mark`), or to the end
        let rest = &src[p..];
        let (len, parsed) = scan_int_item(rest, mark);
        let item = &rest[..len];
        if len > MAX {
            if ascending {
                return (
                    done(false, index.saturating_add(1)),
                    resume(all_num, index, p),
                );
            }
            all_num = false;
        } else if let Some(iv) = parsed {
            if iv == sv {
                return (done(true, index), resume(all_num, index, p));
            }
            if (iv < sv) != ascending {
                return (done(false, index), resume(all_num, index, p));
            }
        } else if len == rest.len() {
            // a last item that is not a number is not compared
            all_num = false;
        } else if item.len() == needle.len() {
            if (item < needle) != ascending {
                return (done(false, index), resume(all_num, index, p));
            }
            all_num = false;
        } else if (item.len() < needle.len()) != ascending {
            return (done(false, index), resume(all_num, index, p));
        } else {
            all_num = false;
        }
        if len == rest.len() || rest[len] != mark {
            // the last item: the search may resume there
            return (
                done(false, index.saturating_add(1)),
                resume(all_num, index, p),
            );
        }
        index = index.saturating_add(1);
        p += len + 1;
    }
}

/// Position found by FIND / FINDSTR.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FoundAt {
    /// Field number.
    pub field: i64,
    /// Value number.
    pub value: i64,
    /// Subvalue number.
    pub subvalue: i64,
}

/// FIND needle IN src [, occurrence] SETTING f, v, s: the `occurrence`-th
/// item (at any level: fields, values, subvalues) exactly equal to
/// `needle`. `None` when not found (or `src` is empty). Items end only at
/// field, value and subvalue marks (item and text marks are data).
pub fn find(needle: &[u8], src: &[u8], occurrence: i64) -> Option<FoundAt> {
    if src.is_empty() {
        return None;
    }
    let mut occ = occurrence;
    let (mut f, mut v, mut s) = (1i64, 1i64, 1i64);
    let mut start = 0usize;
    for i in 0..=src.len() {
        if i < src.len() && !is_delim(src[i]) {
            continue;
        }
        if &src[start..i] == needle {
            occ = occ.saturating_sub(1);
            if occ == 0 {
                return Some(FoundAt {
                    field: f,
                    value: v,
                    subvalue: s,
                });
            }
        }
        if i < src.len() {
            match src[i] {
                FM => {
                    f += 1;
                    v = 1;
                    s = 1;
                }
                VM => {
                    v += 1;
                    s = 1;
                }
                SM => s += 1,
                _ => {}
            }
        }
        start = i + 1;
    }
    None
}

/// FINDSTR needle IN src [, occurrence] SETTING f, v, s: like [`find`] but
/// the item need only contain `needle`. Reproduces ScarletDME's matcher,
/// which does not back-track after a partial match (so "pl" is not found
/// in "apple"). An empty needle matches at 1,1,1.
pub fn findstr(needle: &[u8], src: &[u8], occurrence: i64) -> Option<FoundAt> {
    if src.is_empty() {
        return None;
    }
    let here = FoundAt {
        field: 1,
        value: 1,
        subvalue: 1,
    };
    if needle.is_empty() {
        return Some(here);
    }
    let mut at = here;
    let mut occ = occurrence;
    let mut k = 0usize;
    for &c in src {
        if is_delim(c) {
            match c {
                FM => {
                    at.field += 1;
                    at.value = 1;
                    at.subvalue = 1;
                }
                VM => {
                    at.value += 1;
                    at.subvalue = 1;
                }
                SM => at.subvalue += 1,
                _ => {}
            }
            k = 0;
        } else if c == needle[k] {
            k += 1;
            if k == needle.len() {
                occ = occ.saturating_sub(1);
                if occ == 0 {
                    return Some(at);
                }
                k = 0;
            }
        } else {
            k = 0;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The byte-by-byte version this module had before (reference model).
    fn locate_numeric_ref(
        needle: &[u8],
        sv: i64,
        src: &[u8],
        mut p: usize,
        mut index: i64,
        mark: u8,
        ascending: bool,
    ) -> Located {
        const MAX: usize = 20;
        let mut item: Vec<u8> = Vec::with_capacity(MAX);
        let mut skipping = false;
        while p < src.len() {
            let c = src[p];
            p += 1;
            if is_delim(c) && c >= mark {
                if skipping {
                    skipping = false;
                } else if let Some(iv) = strnint(&item) {
                    if iv == sv {
                        return done(true, index);
                    }
                    if (iv < sv) != ascending {
                        return done(false, index);
                    }
                } else if item.len() == needle.len() {
                    if (item.as_slice() < needle) != ascending {
                        return done(false, index);
                    }
                } else if (item.len() < needle.len()) != ascending {
                    return done(false, index);
                }
                if c != mark {
                    return done(false, index.saturating_add(1));
                }
                index = index.saturating_add(1);
                item.clear();
            } else if !skipping {
                if item.len() < MAX {
                    item.push(c);
                } else {
                    if ascending {
                        return done(false, index.saturating_add(1));
                    }
                    skipping = true;
                }
            }
        }
        if !skipping {
            if let Some(iv) = strnint(&item) {
                if iv == sv {
                    return done(true, index);
                }
                if (iv < sv) != ascending {
                    return done(false, index);
                }
            }
        }
        done(false, index.saturating_add(1))
    }

    #[test]
    fn scan_int_item_agrees_with_strnint() {
        let items: &[&[u8]] = &[
            b"",
            b"-",
            b"+",
            b"0",
            b"7",
            b"-12",
            b"+12",
            b"1x",
            b"x1",
            b"1.5",
            b" 1",
            b"2147483647",
            b"2147483648",
            b"-2147483648",
            b"-2147483649",
            b"12345678901",
            b"0000000001",
            b"00000000001",
            b"--1",
            b"1-",
            b"\0",
            b"12\0x",
            b"-\0",
            b"x\0",
            b"1\xFF",
            b"\xFF",
        ];
        for &item in items {
            for tail in [&b""[..], &[0xFD, b'9'][..], &[0xFE][..]] {
                let mut s = item.to_vec();
                s.extend_from_slice(tail);
                assert_eq!(
                    scan_int_item(&s, 0xFD),
                    (item.len(), strnint(item)),
                    "item {:?} tail {:?}",
                    item,
                    tail
                );
            }
        }
    }

    #[test]
    fn numeric_search_matches_the_byte_by_byte_model() {
        let mut seed = 99u64;
        let mut next = |m: u64| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) % m
        };
        let atoms = [
            "1",
            "5",
            "10",
            "-3",
            "x",
            "",
            "007",
            "123456789012345678901234",
            "99",
        ];
        for _ in 0..20000 {
            let mut src = Vec::new();
            for k in 0..next(6) {
                if k > 0 {
                    src.push([FM, VM, VM, SM][next(4) as usize]);
                }
                src.extend_from_slice(atoms[next(atoms.len() as u64) as usize].as_bytes());
            }
            let needle = ["5", "1", "-3", "100", "0"][next(5) as usize];
            let sv = parse_int_strict(needle.as_bytes()).unwrap();
            let mark = [FM, VM, SM][next(3) as usize];
            let asc = next(2) == 0;
            let a = locate_numeric(needle.as_bytes(), sv, &src, 0, 1, mark, asc).0;
            let b = locate_numeric_ref(needle.as_bytes(), sv, &src, 0, 1, mark, asc);
            assert_eq!(
                (a.found, a.pos),
                (b.found, b.pos),
                "{src:?} {needle} {mark} {asc}"
            );
        }
    }

    use crate::builtins::dynarray::tests::da;
    fn loc(n: &str, s: &[u8], f: i64, v: i64, sv: i64, o: &str) -> (bool, i64) {
        let r = locate(n.as_bytes(), s, f, v, sv, o.as_bytes());
        (r.found, r.pos)
    }

    #[test]
    fn corpus_019() {
        let a = da("x^a]b]c^z");
        assert_eq!(loc("z", &a, 1, 0, 0, ""), (true, 3));
        assert_eq!(loc("q", &a, 1, 0, 0, ""), (false, 4));
        assert_eq!(loc("b", &a, 2, 1, 0, ""), (true, 2));
        assert_eq!(loc("c", &a, 2, 2, 0, ""), (true, 3));
        assert_eq!(loc("a", &a, 2, 2, 0, ""), (false, 4));
        assert_eq!(loc("b", &a, 2, 0, 0, ""), (false, 4));
        assert_eq!(loc("z", &a, 2, 0, 0, ""), (true, 3));
        assert_eq!(loc("nope", &a, 2, 1, 0, ""), (false, 4));
        let s = da("b]d]f");
        assert_eq!(loc("d", &s, 1, 1, 0, "AL"), (true, 2));
        assert_eq!(loc("e", &s, 1, 1, 0, "AL"), (false, 3));
        assert_eq!(loc("a", &s, 1, 1, 0, "AL"), (false, 1));
        assert_eq!(loc("z", &s, 1, 1, 0, "AL"), (false, 4));
        let n = da("2]10]33");
        assert_eq!(loc("9", &n, 1, 1, 0, "AR"), (false, 2));
        assert_eq!(loc("9", &n, 1, 1, 0, "AL"), (false, 4));
        assert_eq!(loc("10", &n, 1, 1, 0, "AR"), (true, 2));
        let d = da("z]m]c");
        assert_eq!(loc("n", &d, 1, 1, 0, "DL"), (false, 2));
        assert_eq!(loc("m", &d, 1, 1, 0, "DL"), (true, 2));
        assert_eq!(loc("50", &da("100]20]3"), 1, 1, 0, "DR"), (false, 2));
        assert_eq!(loc("", &da("a^^b"), 1, 0, 0, ""), (true, 2));
        assert_eq!(loc("", b"", 1, 0, 0, ""), (true, 1));
        assert_eq!(loc("x", b"", 1, 0, 0, ""), (false, 1));
        assert_eq!(loc("A", &da("a^A"), 1, 0, 0, ""), (true, 2));
        let e = da("1^01^1.0");
        assert_eq!(loc("1.0", &e, 1, 0, 0, ""), (true, 3));
        assert_eq!(loc("1", &e, 1, 0, 0, ""), (true, 1));
        assert_eq!(loc("c", &a, 2, 1, 0, ""), (true, 3));
        assert_eq!(loc("q", &a, 2, 1, 0, ""), (false, 4));
    }

    #[test]
    fn item_marks_are_data_and_nul_ends_a_number() {
        // ScarletDME's IsDelim: only field, value and subvalue marks end items
        let im = |s: &str| {
            da(s)
                .iter()
                .map(|&c| if c == b'|' { 0xFF } else { c })
                .collect::<Vec<u8>>()
        };
        assert_eq!(loc("9", &im("|"), 1, 1, 0, ""), (false, 2));
        assert_eq!(loc("aaa", &im("||^^^x"), 1, 0, 0, ""), (false, 5));
        assert_eq!(loc("9", &im("|\\"), 1, 1, 1, ""), (false, 2));
        // 21 bytes with the item mark: never compared in a DR search
        assert_eq!(
            loc("+4", &im("12|$12| lead] lead^trail ]a.b.c"), 1, 0, 0, "DR"),
            (false, 3)
        );
        // a needle starting with NUL is the number 0; -2147483648 is no number
        assert_eq!(loc("\0", &da("0]\\ lead"), 1, 1, 0, "DR"), (true, 1));
        assert_eq!(loc("-2147483648", b"say hi", 1, 1, 0, "DR"), (false, 1));
    }

    #[test]
    fn find_items_hold_item_and_text_marks() {
        let at = |x: Option<FoundAt>| x.map(|f| (f.field, f.value, f.subvalue));
        let d = [b'a', 0xFF, b'b', FM, b'c'];
        assert_eq!(at(find(b"a", &d, 1)), None);
        assert_eq!(at(find(&[b'a', 0xFF, b'b'], &d, 1)), Some((1, 1, 1)));
        assert_eq!(at(findstr(&[0xFF], &d, 1)), Some((1, 1, 1)));
        let t = [b'x', VM, b'a', 0xFB, b'b'];
        assert_eq!(at(find(&[b'a', 0xFB, b'b'], &t, 1)), Some((1, 2, 1)));
        assert_eq!(at(find(b"b", &t, 1)), None);
    }

    #[test]
    fn sorted_builds() {
        // LOCATE ... BY "AL" then INS before P, as corpus 019/049 do
        let mut l: Vec<u8> = Vec::new();
        for w in ["pear", "apple", "fig", "kiwi", "banana", "apple"] {
            let r = locate(w.as_bytes(), &l, 1, 0, 0, b"AL");
            if !r.found {
                l = super::super::dynarray::insert(&l, r.pos, 0, 0, w.as_bytes());
            }
        }
        assert_eq!(l, da("apple^banana^fig^kiwi^pear"));
        let mut l: Vec<u8> = Vec::new();
        for w in ["pear", "Apple", "fig", "apple", "Banana", "10", "9", "kiwi"] {
            let r = locate(w.as_bytes(), &l, 1, 0, 0, b"DL");
            l = super::super::dynarray::insert(&l, r.pos, 0, 0, w.as_bytes());
        }
        assert_eq!(l, da("pear^kiwi^fig^apple^Banana^Apple^9^10"));
        let mut l: Vec<u8> = Vec::new();
        for w in ["10", "9", "100", "1", "55"] {
            let r = locate(w.as_bytes(), &l, 1, 1, 0, b"AR");
            if !r.found {
                l = super::super::dynarray::insert(&l, 1, r.pos, 0, w.as_bytes());
            }
        }
        assert_eq!(l, da("1]9]10]55]100"));
    }

    #[test]
    fn find_corpus_020() {
        let r = da("apple^pear]plum]fig\\date^grape");
        let at = |x: Option<FoundAt>| x.map(|f| (f.field, f.value, f.subvalue));
        assert_eq!(at(find(b"plum", &r, 1)), Some((2, 2, 1)));
        assert_eq!(at(find(b"date", &r, 1)), Some((2, 3, 2)));
        assert_eq!(at(find(b"grape", &r, 1)), Some((3, 1, 1)));
        assert_eq!(at(find(b"pl", &r, 1)), None);
        assert_eq!(at(findstr(b"pl", &r, 1)), Some((2, 2, 1)));
        assert_eq!(at(findstr(b"ap", &r, 1)), Some((1, 1, 1)));
        assert_eq!(at(findstr(b"zz", &r, 1)), None);
        assert_eq!(at(findstr(b"at", &r, 1)), Some((2, 3, 2)));
    }
}
