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

#[cfg(test)]
mod tests {
    use super::*;

    fn da(s: &str) -> Vec<u8> {
        s.bytes()
            .map(|c| match c {
                b'^' => FM,
                b']' => VM,
                b'\\' => SM,
                _ => c,
            })
            .collect()
    }
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
}
