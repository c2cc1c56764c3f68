//! REMOVE with a remove pointer, delimiter codes, GETREM/SETREM support.
//!
//! The remove pointer is a byte offset into the string (what GETREM()
//! returns). Assigning a new value to the variable resets it to 0; that is
//! the VM's job.

use super::dynarray::is_mark;

/// One REMOVE step.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Removed<'a> {
    /// The extracted item (up to the next mark or the end).
    pub item: &'a [u8],
    /// Delimiter code for the SETTING variable: 0 = end of string,
    /// 1 = item mark, 2 = field mark, 3 = value mark, 4 = subvalue mark,
    /// 5 = text mark.
    pub delim: i64,
    /// New remove pointer (byte offset after the delimiter).
    pub next: usize,
}

/// Delimiter code of a mark character (`256 - byte`), 0 for non-marks.
pub fn delim_code(c: u8) -> i64 {
    if is_mark(c) {
        256 - c as i64
    } else {
        0
    }
}

/// Mark character for a delimiter code (1..=5), as REMOVE's codes are also
/// used to rebuild strings (e.g. `CHAR(256 - code)`).
pub fn code_to_mark(code: i64) -> Option<u8> {
    if (1..=5).contains(&code) {
        Some((256 - code) as u8)
    } else {
        None
    }
}

/// REMOVE item FROM s SETTING d, starting at remove pointer `pos`.
///
/// As in ScarletDME, the pointer runs from 0 to `len + 1`: the final
/// element (no mark after it) leaves it at `len + 1`, one past a virtual
/// mark at the end, which is what GETREM() then shows. Past the end: empty
/// item, code 0, pointer unchanged; an empty string keeps it at 0.
pub fn remove(s: &[u8], pos: usize) -> Removed<'_> {
    if s.is_empty() || pos > s.len() {
        return Removed {
            item: b"",
            delim: 0,
            next: pos,
        };
    }
    let rest = &s[pos..];
    match rest.iter().position(|&c| is_mark(c)) {
        Some(off) => Removed {
            item: &rest[..off],
            delim: delim_code(rest[off]),
            next: pos + off + 1,
        },
        None => Removed {
            item: rest,
            delim: 0,
            next: s.len() + 1,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::builtins::dynarray::{FM, SM, TM, VM};

    #[test]
    fn corpus_020() {
        let l = [b'a', FM, b'b', VM, b'c', SM, b'd', FM, b'e'];
        let mut pos = 0;
        let mut got = Vec::new();
        loop {
            let r = remove(&l, pos);
            got.push((r.item.to_vec(), r.delim));
            pos = r.next;
            if r.delim == 0 {
                break;
            }
        }
        let want: Vec<(Vec<u8>, i64)> = vec![
            (b"a".to_vec(), 2),
            (b"b".to_vec(), 3),
            (b"c".to_vec(), 4),
            (b"d".to_vec(), 2),
            (b"e".to_vec(), 0),
        ];
        assert_eq!(got, want);
        let r = remove(&l, pos);
        assert_eq!((r.item, r.delim), (&b""[..], 0));
        let l2 = [b"one".as_ref(), &[VM], b"two", &[VM], b"three"].concat();
        let r1 = remove(&l2, 0);
        let r2 = remove(&l2, r1.next);
        assert_eq!(
            (r1.item, r1.delim, r2.item, r2.delim, r2.next),
            (&b"one"[..], 3, &b"two"[..], 3, 8)
        );
        assert_eq!(remove(b"", 0).delim, 0);
        assert_eq!(remove(b"", 0).next, 0);
        // the final element leaves the pointer one past the end; at the
        // end exactly, an empty element does the same
        assert_eq!(remove(b"ab", 0).next, 3);
        assert_eq!(
            (remove(b"ab", 2).item, remove(b"ab", 2).next),
            (&b""[..], 3)
        );
        assert_eq!(remove(b"ab", 3).next, 3);
        let t = [b'x', TM, b'y'];
        assert_eq!(remove(&t, 0).delim, 5);
        assert_eq!(code_to_mark(2), Some(FM));
    }
}
