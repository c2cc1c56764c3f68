//! IFS(cond, then, else): ScarletDME's element-by-element choice.
//!
//! Not the pairing of [`super::mv::pairwise`]: ScarletDME walks the three
//! strings as streams. Each round takes the next element of each string
//! whose last delimiter is the lowest so far (the others give `""`, or
//! their previous element under REUSE). The THEN and ELSE elements end only
//! at a mark at least as high as the one that ended the condition's
//! element, so a lower mark stays inside them (`IFS(1:@VM:0, "a\b", ...)`
//! takes `a\b` whole) and a condition that has ended takes the rest of
//! them. The result's marks are the lowest delimiter of each round.

use super::dynarray::is_mark;

/// The end of a string, lower than no mark: a delimiter code above 255.
const END: u16 = 256;

/// One of the three strings being read.
struct Stream<'a> {
    data: &'a [u8],
    pos: usize,
    /// False once a read ran past the end (an empty string starts so).
    live: bool,
    /// The delimiter that ended the last element read (0 before the first).
    delim: u16,
    item: Vec<u8>,
    reuse: bool,
}

impl<'a> Stream<'a> {
    fn new(data: &'a [u8], reuse: bool) -> Stream<'a> {
        Stream {
            data,
            pos: 0,
            live: !data.is_empty(),
            delim: 0,
            item: Vec::new(),
            reuse,
        }
    }

    /// Reads the next element, ending at a mark of code `min` or higher.
    fn fetch(&mut self, min: u16) {
        self.item.clear();
        self.delim = END;
        while self.live {
            let Some(&c) = self.data.get(self.pos) else {
                self.live = false;
                break;
            };
            self.pos += 1;
            if is_mark(c) && u16::from(c) >= min {
                self.delim = u16::from(c);
                return;
            }
            self.item.push(c);
        }
    }

    /// This round's element: read when `need`, else "" (or kept under REUSE).
    fn step(&mut self, need: bool, min: u16) {
        if need {
            self.fetch(min);
        } else if !self.reuse {
            self.item.clear();
        }
    }
}

/// IFS over `cond`, `then` and `other`; `reuse` flags each argument
/// REUSE(); `truth` is BASIC truth of a condition element.
pub fn ifs<E>(
    cond: &[u8],
    then: &[u8],
    other: &[u8],
    reuse: [bool; 3],
    mut truth: impl FnMut(&[u8]) -> Result<bool, E>,
) -> Result<Vec<u8>, E> {
    let mut c = Stream::new(cond, reuse[0]);
    let mut t = Stream::new(then, reuse[1]);
    let mut e = Stream::new(other, reuse[2]);
    let mut out = Vec::with_capacity(then.len().max(other.len()));
    let mut sep: Option<u16> = None;
    while c.live || t.live || e.live {
        let (dc, dt, de) = (c.delim, t.delim, e.delim);
        c.step(dc <= dt && dc <= de, 0);
        t.step(dt <= dc && dt <= de, c.delim);
        e.step(de <= dc && de <= dt, c.delim);
        if let Some(s) = sep {
            // a round after one that ended every string cannot happen
            out.push(s as u8);
        }
        sep = Some(c.delim.min(t.delim).min(e.delim));
        out.extend_from_slice(if truth(&c.item)? { &t.item } else { &e.item });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::builtins::dynarray::tests::da;

    fn run(c: &str, t: &str, e: &str) -> Vec<u8> {
        let truth = |x: &[u8]| -> Result<bool, ()> { Ok(!x.is_empty() && x != b"0") };
        ifs(&da(c), &da(t), &da(e), [false; 3], truth).unwrap()
    }

    #[test]
    fn elements_pair_by_the_condition() {
        assert_eq!(run("1]0]1]", "a]b]c]d", "w]x]y]z"), da("a]x]c]z"));
        // a scalar THEN/ELSE is the first element only
        assert_eq!(run("1]0]1]", "T", "F"), da("T]]]"));
        assert_eq!(run("1^0", "a^b", "c^d"), da("a^d"));
        assert_eq!(run("", "x", "y"), b"y".to_vec());
        // the condition ended: the ELSE list's rest is one element
        assert_eq!(run("1]1", "a", "b]c]d"), da("a]"));
        assert_eq!(run("1]0]1", "a]b", "x"), da("a]]"));
        assert_eq!(run("1\\0", "a\\b", "x\\y"), da("a\\y"));
    }
}
