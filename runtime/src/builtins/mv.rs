//! Element-by-element ("multivalued") functions: the shared pairing rules
//! behind CATS, EQS, NES, ADDS-style operators, MODS, NUMS, OCONVS, ...
//!
//! Two dynamic arrays are paired item by item (@IM), field by field, then
//! value by value, subvalue by subvalue and text by text (@TM): ScarletDME
//! counts all five marks as delimiters here, higher byte = higher level. When one side has fewer elements at a level,
//! the missing elements are `""`, unless that side is marked REUSE, in
//! which case its last element at that level is used again.

use super::dynarray::{FM, IM, SM, TM, VM};

/// The next lower mark level (IM -> FM -> VM -> SM -> TM), `None` below @TM.
fn lower_mark(m: u8) -> Option<u8> {
    match m {
        IM => Some(FM),
        FM => Some(VM),
        VM => Some(SM),
        SM => Some(TM),
        _ => None,
    }
}

/// The element function of [`pairwise`].
type PairFn<'f> = &'f mut dyn FnMut(&[u8], &[u8]) -> Vec<u8>;

fn pair_level(
    a: &[u8],
    b: &[u8],
    mark: Option<u8>,
    reuse_a: bool,
    reuse_b: bool,
    f: PairFn<'_>,
    out: &mut Vec<u8>,
) {
    let m = match mark {
        None => {
            out.extend_from_slice(&f(a, b));
            return;
        }
        Some(m) => m,
    };
    if !a.contains(&m) && !b.contains(&m) {
        pair_level(a, b, lower_mark(m), reuse_a, reuse_b, f, out);
        return;
    }
    let pa: Vec<&[u8]> = a.split(|&c| c == m).collect();
    let pb: Vec<&[u8]> = b.split(|&c| c == m).collect();
    let n = pa.len().max(pb.len());
    for i in 0..n {
        if i > 0 {
            out.push(m);
        }
        let x = pa
            .get(i)
            .copied()
            .unwrap_or(if reuse_a { pa[pa.len() - 1] } else { b"" });
        let y = pb
            .get(i)
            .copied()
            .unwrap_or(if reuse_b { pb[pb.len() - 1] } else { b"" });
        pair_level(x, y, lower_mark(m), reuse_a, reuse_b, f, out);
    }
}

/// Apply `f` to corresponding elements of `a` and `b` (see module docs),
/// rebuilding the marks. `reuse_a`/`reuse_b` give REUSE() semantics.
pub fn pairwise(
    a: &[u8],
    b: &[u8],
    reuse_a: bool,
    reuse_b: bool,
    mut f: impl FnMut(&[u8], &[u8]) -> Vec<u8>,
) -> Vec<u8> {
    let mut out = Vec::with_capacity(a.len().max(b.len()));
    pair_level(a, b, Some(IM), reuse_a, reuse_b, &mut f, &mut out);
    out
}

/// Apply `f` to every element (item between marks) of `a`, keeping the
/// marks (NUMS, OCONVS, ...).
pub fn each(a: &[u8], mut f: impl FnMut(&[u8]) -> Vec<u8>) -> Vec<u8> {
    let mut out = Vec::with_capacity(a.len());
    let mut start = 0usize;
    for i in 0..=a.len() {
        if i < a.len() && !matches!(a[i], IM | FM | VM | SM | TM) {
            continue;
        }
        out.extend_from_slice(&f(&a[start..i]));
        if i < a.len() {
            out.push(a[i]);
        }
        start = i + 1;
    }
    out
}

/// Whether `s` holds a mark: a multivalued operand of an arithmetic
/// operator (a "numeric array").
pub fn has_mark(s: &[u8]) -> bool {
    s.iter().any(|&c| matches!(c, IM | FM | VM | SM | TM))
}

/// The next element of a numeric-array operand from `*pos` (`None` when
/// the string is used up), with the mark that ended it (256 at the end).
fn next_element<'a>(s: &'a [u8], pos: &mut Option<usize>) -> (&'a [u8], u16) {
    let Some(p) = *pos else {
        return (b"", 256);
    };
    match s[p..]
        .iter()
        .position(|&c| matches!(c, IM | FM | VM | SM | TM))
    {
        Some(off) => {
            *pos = Some(p + off + 1);
            (&s[p..p + off], u16::from(s[p + off]))
        }
        None => {
            *pos = None;
            (&s[p..], 256)
        }
    }
}

/// ScarletDME's element-by-element arithmetic on two numeric arrays: each
/// round reads the next element of the operand(s) whose last mark is the
/// lowest, so elements pair by level (`1\2]3 + 10]20\30` is `11\2]23\30`);
/// an operand not read this round gives `None` (`f` supplies its default:
/// 0, or 1 for a divisor or exponent). The result's mark is the lower of
/// the two of each round. An empty operand has no elements.
pub fn num_pairs<E>(
    a: &[u8],
    b: &[u8],
    mut f: impl FnMut(Option<&[u8]>, Option<&[u8]>) -> Result<Vec<u8>, E>,
) -> Result<Vec<u8>, E> {
    let mut pa = (!a.is_empty()).then_some(0);
    let mut pb = (!b.is_empty()).then_some(0);
    let (mut da, mut db) = (0u16, 0u16);
    let mut out = Vec::with_capacity(a.len().max(b.len()) + 8);
    let mut sep: Option<u16> = None;
    while pa.is_some() || pb.is_some() {
        let (need_a, need_b) = (da <= db, da >= db);
        let x = if need_a {
            let (e, d) = next_element(a, &mut pa);
            da = d;
            Some(e)
        } else {
            None
        };
        let y = if need_b {
            let (e, d) = next_element(b, &mut pb);
            db = d;
            Some(e)
        } else {
            None
        };
        if let Some(s) = sep {
            out.push(s as u8);
        }
        sep = Some(da.min(db));
        out.extend_from_slice(&f(x, y)?);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::builtins::dynarray::tests::da;
    fn cat(x: &[u8], y: &[u8]) -> Vec<u8> {
        [x, y].concat()
    }

    #[test]
    fn corpus_016_and_005() {
        assert_eq!(
            pairwise(&da("a]b]c"), &da("1]2"), false, false, cat),
            da("a1]b2]c")
        );
        assert_eq!(
            pairwise(&da("a]b"), &da("1]2"), false, false, cat),
            da("a1]b2")
        );
        assert_eq!(
            pairwise(&da("a]b]c"), b"!", false, true, cat),
            da("a!]b!]c!")
        );
        let eqs = pairwise(&da("1]2]3"), b"2", false, true, |x, y| {
            if x == y {
                b"1".to_vec()
            } else {
                b"0".to_vec()
            }
        });
        assert_eq!(eqs, da("0]1]0"));
        let nums = each(&da("1]x]"), |x| {
            if super::super::num::is_numeric(x) {
                b"1".to_vec()
            } else {
                b"0".to_vec()
            }
        });
        assert_eq!(nums, da("1]0]1"));
        assert_eq!(
            pairwise(&da("a^b"), &da("1]2^3"), false, false, cat),
            da("a1]2^b3")
        );
    }

    #[test]
    fn numeric_arrays_pair_by_level() {
        let show = |x: Option<&[u8]>, y: Option<&[u8]>| -> Result<Vec<u8>, ()> {
            let e = |v: Option<&[u8]>| v.map_or(b"-".to_vec(), |s| s.to_vec());
            Ok([e(x), b"+".to_vec(), e(y)].concat())
        };
        assert_eq!(
            num_pairs(&da("1\\2]3"), &da("10]20\\30"), show).unwrap(),
            da("1+10\\2+-]3+20\\-+30")
        );
        assert_eq!(num_pairs(&da("1]"), b"5", show).unwrap(), da("1+5]+-"));
        assert_eq!(num_pairs(b"", b"", show).unwrap(), b"".to_vec());
        assert!(has_mark(&da("1]2")) && !has_mark(b"12"));
    }
}
