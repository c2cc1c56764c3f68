//! A per-string cursor over a dynamic array's marks, so that the common
//! loops over dynamic arrays are linear instead of quadratic.
//!
//! The cursor remembers where the last addressed field started, where the
//! last addressed value of that field started and where the last addressed
//! subvalue of that value started. Finding `<f,v,s>` at or after the
//! remembered position scans only the distance from it: `X<I>`, `X<I,J>`,
//! `X<I,J,K>` read in order, `X<1,I>`, and `X<I,2> = y` written in order
//! each cost the length of the items they step over.
//!
//! An entry stays true while the bytes before its offset are unchanged
//! (it only counts the marks before it), so a change at byte `k` keeps
//! every entry at or before `k` ([`MarkCursor::keep_before`]) and an append
//! keeps them all. Each string value carries its own cursor, so `A<I> +
//! B<I>` walks both arrays linearly.

use super::dynarray::{item_level, WalkFrom, FM, SM, VM};

/// Remembered mark positions of one string (all zero: nothing known).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MarkCursor {
    /// Field number whose start is `foff` (0 = unknown).
    f: i64,
    foff: usize,
    /// Value number within field `f` whose start is `voff` (0 = unknown).
    v: i64,
    voff: usize,
    /// Subvalue number within value `v` whose start is `soff` (0 = unknown).
    s: i64,
    soff: usize,
}

/// Offset of the `n`th occurrence of `mark` in `s` counted from `p`, plus
/// one (the start of the item after it), stopping with `None` at any byte
/// in `stops` or at the end.
#[inline]
fn skip_marks(s: &[u8], mut p: usize, mut n: i64, mark: u8, stops: &[u8]) -> Option<usize> {
    while n > 0 {
        let rest = &s[p..];
        let off = if stops.is_empty() {
            rest.iter().position(|&c| c == mark)?
        } else {
            let off = rest.iter().position(|&c| c == mark || stops.contains(&c))?;
            if rest[off] != mark {
                return None;
            }
            off
        };
        p += off + 1;
        n -= 1;
    }
    Some(p)
}

impl MarkCursor {
    /// Forgets everything.
    pub fn clear(&mut self) {
        *self = MarkCursor::default();
    }

    /// Keeps only what is still true after the bytes from offset `k` on
    /// changed.
    pub fn keep_before(&mut self, k: usize) {
        if self.f != 0 && self.foff > k {
            self.clear();
            return;
        }
        if self.v != 0 && self.voff > k {
            self.v = 0;
            self.s = 0;
        }
        if self.s != 0 && self.soff > k {
            self.s = 0;
        }
    }

    /// The lowest offset a walk from this cursor to field `field` (any
    /// position REPLACE / INSERT / DELETE / EXTRACT take) reads: one
    /// before the remembered field's start, or 0 when the walk starts at
    /// the string's start.
    pub fn walk_base(&self, field: i64) -> usize {
        let field = if field == 0 { 1 } else { field };
        if self.f >= 2 && (field < 0 || self.f <= field) {
            self.foff.saturating_sub(1)
        } else {
            0
        }
    }

    /// This cursor for the string's bytes from offset `base` on (every
    /// offset moved down by `base`); what lies before `base` is forgotten.
    pub fn rebased_down(&self, base: usize) -> MarkCursor {
        let mut c = *self;
        c.keep_after(base);
        if c.f != 0 {
            c.foff -= base;
        }
        if c.v != 0 {
            c.voff -= base;
        }
        if c.s != 0 {
            c.soff -= base;
        }
        c
    }

    /// The inverse of [`MarkCursor::rebased_down`].
    pub fn rebased_up(&self, base: usize) -> MarkCursor {
        let mut c = *self;
        if c.f != 0 {
            c.foff += base;
        }
        if c.v != 0 {
            c.voff += base;
        }
        if c.s != 0 {
            c.soff += base;
        }
        c
    }

    /// Forgets the entries before offset `base` (a value or subvalue
    /// entry goes with its field).
    fn keep_after(&mut self, base: usize) {
        if self.f != 0 && self.foff < base {
            self.clear();
        }
        if self.v != 0 && self.voff < base {
            self.v = 0;
            self.s = 0;
        }
        if self.s != 0 && self.soff < base {
            self.s = 0;
        }
    }

    /// The remembered field at or before `field` (>= 1): (number, start).
    pub fn field_at_or_before(&self, field: i64) -> Option<(i64, usize)> {
        (self.f >= 1 && self.f <= field).then_some((self.f, self.foff))
    }

    /// The best known start for a REPLACE / INSERT / DELETE walk to
    /// `<field, value>` (a negative position appends: anything known).
    pub fn walk_from(&self, field: i64, value: i64) -> Option<WalkFrom> {
        if self.f < 1 || (field >= 1 && self.f > field) {
            return None;
        }
        if self.f == field && self.v >= 1 && (value < 0 || self.v <= value) {
            return Some(WalkFrom {
                field,
                value: self.v,
                offset: self.voff,
            });
        }
        Some(WalkFrom {
            field: self.f,
            value: 1,
            offset: self.foff,
        })
    }

    /// Records that value `v` of the remembered field starts at `off`.
    pub fn set_value(&mut self, v: i64, off: usize) {
        if self.f >= 1 && (self.v != v || self.voff != off) {
            self.v = v;
            self.voff = off;
            self.s = 0;
        }
    }

    /// Records that field `field` starts at `off` (forgetting values of
    /// another field).
    pub fn set_field(&mut self, field: i64, off: usize) {
        if self.f != field || self.foff != off {
            *self = MarkCursor {
                f: field,
                foff: off,
                ..MarkCursor::default()
            };
        }
    }

    /// Start of field `field` (>= 1), or `None` when `s` has fewer fields.
    pub fn field_start(&mut self, s: &[u8], field: i64) -> Option<usize> {
        let (f0, p0) = self.field_at_or_before(field).unwrap_or((1, 0));
        let p = skip_marks(s, p0, field - f0, FM, &[])?;
        self.set_field(field, p);
        Some(p)
    }

    /// Start of item `<field, value, subvalue>` (all >= 1), as
    /// [`super::dynarray::find_item_start`] finds it.
    pub fn item_start(&mut self, s: &[u8], field: i64, value: i64, subvalue: i64) -> Option<usize> {
        if field < 1 || value < 1 || subvalue < 1 {
            return None;
        }
        if field == 1 && value == 1 && subvalue == 1 {
            return Some(0);
        }
        if s.is_empty() {
            return None;
        }
        let fp = self.field_start(s, field)?;
        if value == 1 && subvalue == 1 {
            return Some(fp);
        }
        let (v0, p0) = if self.v >= 1 && self.v <= value {
            (self.v, self.voff)
        } else {
            (1, fp)
        };
        let vp = skip_marks(s, p0, value - v0, VM, &[FM])?;
        if self.v != value || self.voff != vp {
            self.v = value;
            self.voff = vp;
            self.s = 0;
        }
        if subvalue == 1 {
            return Some(vp);
        }
        let (s0, q0) = if self.s >= 1 && self.s <= subvalue {
            (self.s, self.soff)
        } else {
            (1, vp)
        };
        let sp = skip_marks(s, q0, subvalue - s0, SM, &[FM, VM])?;
        self.s = subvalue;
        self.soff = sp;
        Some(sp)
    }

    /// Byte range of `<field, value, subvalue>` (0 = the whole enclosing
    /// level), as [`super::dynarray::item_range`] gives it.
    pub fn item_range(
        &mut self,
        s: &[u8],
        field: i64,
        value: i64,
        subvalue: i64,
    ) -> Option<(usize, usize)> {
        let (value, subvalue, end_v, end_s) = item_level(field, value, subvalue)?;
        let start = self.item_start(s, field, value, subvalue)?;
        let end = s[start..]
            .iter()
            .position(|&c| c == FM || (end_v && c == VM) || (end_s && c == SM))
            .map_or(s.len(), |o| start + o);
        Some((start, end))
    }

    /// `s<field, value, subvalue>` ("" when it does not exist).
    pub fn extract<'a>(&mut self, s: &'a [u8], field: i64, value: i64, subvalue: i64) -> &'a [u8] {
        match self.item_range(s, field, value, subvalue) {
            Some((a, b)) => &s[a..b],
            None => b"",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::builtins::dynarray::tests::{da, show};
    use crate::builtins::dynarray::{extract, item_range};

    #[test]
    fn matches_plain_extract_in_any_order() {
        let samples = [
            "f1^v1]v2]s1\\s2^f3^^x",
            "",
            "a",
            "]\\^\\]^",
            "1]2]3\\4\\5]6^7]8",
        ];
        let idx = [-1i64, 0, 1, 2, 3, 4, 6];
        for smp in samples {
            let s = da(smp);
            let mut c = MarkCursor::default();
            // rising, falling and mixed orders over one cursor
            for round in 0..3 {
                for (k, &f) in idx.iter().enumerate() {
                    let f = if round == 1 {
                        idx[idx.len() - 1 - k]
                    } else {
                        f
                    };
                    for &v in &idx {
                        for &sv in &idx {
                            assert_eq!(
                                c.extract(&s, f, v, sv),
                                extract(&s, f, v, sv),
                                "{smp:?} <{f},{v},{sv}> round {round}"
                            );
                            assert_eq!(c.item_range(&s, f, v, sv), item_range(&s, f, v, sv));
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn kept_entries_stay_true_after_a_change_behind_them() {
        let mut s = da("a^b]c]d^e^f\\g");
        let mut c = MarkCursor::default();
        assert_eq!(c.extract(&s, 2, 3, 0), b"d");
        // change the last field: everything before it is kept
        let (a, b) = item_range(&s, 4, 0, 0).unwrap();
        s.splice(a..b, da("new]x"));
        c.keep_before(a);
        assert_eq!(c.extract(&s, 2, 3, 0), b"d");
        assert_eq!(c.extract(&s, 4, 2, 0), b"x");
        // change at the start: nothing is kept
        s.splice(0..1, da("^"));
        c.keep_before(0);
        assert_eq!(c.extract(&s, 3, 2, 0), extract(&s, 3, 2, 0));
        assert_eq!(c, {
            let mut d = MarkCursor::default();
            d.extract(&s, 3, 2, 0);
            d
        });
    }

    #[test]
    fn del_walking_forward_keeps_its_place() {
        use crate::builtins::dynarray::{delete, edit_in_place, find_item_start, Mode};
        // fields: DEL s<I> for I = 1, 2, ...; values: DEL s<2,I>
        for (base, level) in [("1^2^3^4^5^6^7^8^9", 0), ("a^1]2]3]4]5]6]7]8^z", 2)] {
            let mut s = da(base);
            let mut c = MarkCursor::default();
            for i in 1..=4i64 {
                let idx = if level == 0 { [i, 0, 0] } else { [2, i, 0] };
                let want = delete(&s, idx[0], idx[1], idx[2]);
                edit_in_place(&mut s, &mut c, Mode::Delete, idx, b"");
                assert_eq!(show(&s), show(&want), "{base:?} DEL <{idx:?}>");
                // the cursor points at the item that took the deleted one's
                // place, so the next DEL does not walk from the start
                let at = find_item_start(&s, idx[0], idx[1].max(1), 1);
                if level == 0 {
                    assert_eq!(c.field_at_or_before(i), Some((i, at.unwrap())), "field {i}");
                } else {
                    let w = c.walk_from(2, i).unwrap();
                    assert_eq!((w.field, w.value, Some(w.offset)), (2, i, at), "value {i}");
                }
            }
        }
        // deleting the last field leaves nothing after it to point at
        let mut s = da("a^b");
        let mut c = MarkCursor::default();
        edit_in_place(&mut s, &mut c, Mode::Delete, [2, 0, 0], b"");
        assert_eq!(show(&s), "a");
        assert_eq!(c.field_at_or_before(2), None);
    }

    #[test]
    fn edits_through_one_cursor_match_the_pure_functions() {
        use crate::builtins::dynarray::{delete, edit_in_place, insert, replace, Mode};
        // a fixed pseudo-random walk of reads and edits over one string
        for seed0 in [0x2545_f491_u64, 7, 991, 123_456_789] {
            let mut seed = seed0;
            let mut next = |m: i64| {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                ((seed >> 33) as i64).rem_euclid(m)
            };
            let mut s: Vec<u8> = Vec::new();
            let mut c = MarkCursor::default();
            for step in 0..20000 {
                let idx = [next(8) - 1, next(5) - 1, next(4) - 1];
                let new = da(["", "x", "y]z", "^q", "\\w"][next(5) as usize]);
                let (f, v, sv) = (idx[0], idx[1], idx[2]);
                match next(4) {
                    0 => assert_eq!(
                        c.extract(&s, f, v, sv),
                        extract(&s, f, v, sv),
                        "step {step}"
                    ),
                    k => {
                        let (mode, want) = match k {
                            1 => (Mode::Replace, replace(&s, f, v, sv, &new)),
                            2 => (Mode::Insert, insert(&s, f, v, sv, &new)),
                            _ => (Mode::Delete, delete(&s, f, v, sv)),
                        };
                        edit_in_place(&mut s, &mut c, mode, idx, &new);
                        assert_eq!(s, want, "step {step} {mode:?} <{f},{v},{sv}>");
                    }
                }
                if s.len() > 300 {
                    s.clear();
                    c.clear();
                }
            }
        }
    }
}
