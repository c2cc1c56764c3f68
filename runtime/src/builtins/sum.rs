//! SUM(): ScarletDME computes it in a recursive BASIC program of its own
//! (_SUM), whose REMOVE loop and number display this follows.

use super::dynarray::{is_mark, FM, SM, VM};
use super::num::{add, format_num, parse_num, Num, DEFAULT_PRECISION};

/// SUM(s) as ScarletDME's recursive _SUM program computes it: the level
/// summed is the sub-value level when `s` has sub-value marks, else the
/// value level when it has value marks, else the field level; every other
/// mark (text and item marks too) closes a sum and is kept. Each sum is
/// displayed at that program's own PRECISION 4, whatever the caller's
/// (`SUM(7:@VM:1.005:@FM:0.00001)` is `8.005^0`). `None` for an item that
/// is not a number (a fatal "Non-numeric" in ScarletDME).
pub fn sum(s: &[u8]) -> Option<Vec<u8>> {
    let level = if s.contains(&SM) {
        SM
    } else if s.contains(&VM) {
        VM
    } else {
        FM
    };
    let mut out = Vec::new();
    let mut acc = Num::Int(0);
    for (item, delim) in MarkItems::new(s) {
        acc = add(acc, parse_num(item)?);
        if let Some(d) = delim.filter(|&d| d != level) {
            out.extend_from_slice(&format_num(acc, DEFAULT_PRECISION));
            out.push(d);
            acc = Num::Int(0);
        }
    }
    out.extend_from_slice(&format_num(acc, DEFAULT_PRECISION));
    Some(out)
}

/// The items of a string between marks, each with the mark that ends it
/// (`None` for the last), as REMOVE walks them.
struct MarkItems<'a> {
    s: &'a [u8],
    done: bool,
}

impl<'a> MarkItems<'a> {
    fn new(s: &'a [u8]) -> Self {
        MarkItems { s, done: false }
    }
}

impl<'a> Iterator for MarkItems<'a> {
    type Item = (&'a [u8], Option<u8>);
    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        match self.s.iter().position(|&c| is_mark(c)) {
            Some(i) => {
                let (item, d) = (&self.s[..i], self.s[i]);
                self.s = &self.s[i + 1..];
                Some((item, Some(d)))
            }
            None => {
                self.done = true;
                Some((self.s, None))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::builtins::dynarray::tests::{da, show};
    use crate::builtins::dynarray::{IM, TM};

    #[test]
    fn sum_levels() {
        let v: Vec<u8> = (1..=3000)
            .map(|i: i32| i.to_string())
            .collect::<Vec<_>>()
            .join("\u{1}")
            .bytes()
            .map(|c| if c == 1 { VM } else { c })
            .collect();
        assert_eq!(sum(&v).unwrap(), b"4501500");
        assert_eq!(show(&sum(&da("1]2^3]4")).unwrap()), "3^7");
        assert_eq!(show(&sum(&da("1\\2]3")).unwrap()), "3]3");
        assert_eq!(show(&sum(b"1.5").unwrap()), "1.5");
        // real ScarletDME: PRECISION 4 inside SUM, text and item marks kept
        assert_eq!(show(&sum(&da("7]1.005^0.00001]0")).unwrap()), "8.005^0");
        assert_eq!(sum(b"1.2345678").unwrap(), b"1.2346");
        assert_eq!(
            sum(&[b'1', TM, b'2', FM, b'3', TM, b'4']).unwrap(),
            [b'1', TM, b'5', TM, b'4']
        );
        assert_eq!(sum(&[b'1', IM, b'2', FM, b'3']).unwrap(), [b'1', IM, b'5']);
        assert_eq!(sum(b"").unwrap(), b"0");
        assert_eq!(sum(b"abc"), None);
    }
}
