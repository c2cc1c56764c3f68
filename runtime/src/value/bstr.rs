//! The bytes of a string value, with an optional gap at the last
//! dynamic-array edit.
//!
//! Walking a large dynamic array forward with REPLACE / INSERT / DELETE
//! (`D<I> = x`, `INS x BEFORE D<I>`, `D = DELETE(D, I)`) changes its
//! length at each item; on a plain buffer every edit moves the whole rest
//! of the string, O(n) per edit. From the second edit in a row (with no
//! read of the whole string between them) of a string whose tail is
//! large, the buffer keeps a gap at the edit point instead: the string is
//! `buf[..at]` followed by `buf[at + len..]`, and the next edit moves only
//! the bytes between the gap and its own place. `X<I>` reads near the gap
//! are served from the tail without closing it; anything that wants the
//! whole string ([`BStr::bytes`]) closes the gap once (one move of the
//! tail) and the string is plain again.

use std::cell::{Cell, OnceCell, UnsafeCell};

use crate::builtins::dyn_edit::{plan_edit, EditPlan};
use crate::builtins::dynarray::{Mode, FM};
use crate::builtins::locate::{locate_ints_from, Located};
use crate::builtins::mark_cursor::MarkCursor;

/// Below this many bytes after an edit, moving them is cheaper than
/// keeping a gap.
const GAP_MIN_TAIL: usize = 4096;
/// Smallest gap opened.
const GAP_MIN: usize = 256;

/// Where the gap is: bytes `at..at + len` of the buffer are not part of
/// the string (`len == 0`: no gap, and then `at == 0`).
#[derive(Clone, Copy, Debug, Default)]
struct Gap {
    at: usize,
    len: usize,
}

/// Where a sorted LOCATE may resume (see
/// [`crate::builtins::locate::locate_ints_from`]): every field before
/// field `index` (which starts at byte `off`) is an integer below `bound`
/// ("AR") or above it ("DR"). True while the bytes before `off` stay.
#[derive(Clone, Copy, Debug, Default)]
struct LocateMemo {
    /// 0: nothing known.
    index: i64,
    off: usize,
    bound: i64,
    ascending: bool,
    // FM: the fields; VM: the values of field 1
    mark: u8,
}

impl LocateMemo {
    /// Forgets the memo in `cell` when bytes before its item change (the
    /// bytes from `start` on change).
    fn forget_from(cell: &Cell<LocateMemo>, start: usize) {
        if cell.get().off > start {
            cell.set(LocateMemo::default());
        }
    }
}

/// The state of a string that is being edited in place or searched with
/// a sorted LOCATE. Kept out of line: most strings are never edited that
/// way, and every string value pays for the size of [`BStr`] when it is
/// made and for a check of this state on every read of its bytes.
#[derive(Clone, Debug, Default)]
struct EditState {
    gap: Cell<Gap>,
    // edits with a large tail since the last read of the whole string: a
    // gap is opened only from the second, so an edit followed by a whole
    // read does not pay for opening and closing a gap
    edits: Cell<u8>,
    // where a field-level LOCATE BY "AR" / "DR" may resume
    locate: Cell<LocateMemo>,
}

/// A string value: bytes plus the REMOVE pointer that ScarletDME keeps with
/// each string variable (reset by assignment).
#[derive(Default)]
pub struct BStr {
    // The bytes, with the gap inside while `gap.len > 0`.
    //
    // Soundness of the interior mutability: a `&[u8]` into `buf` leaves a
    // method only from `bytes()`, which closes the gap first, and a gap is
    // only opened by a `&mut self` method (which ends every such borrow).
    // So while a gap is open no reference into `buf` exists outside the
    // running method, and the `&self` methods that move or close the gap
    // (`bytes`, `extract`) may change the buffer: the string they show is
    // the same before and after.
    buf: UnsafeCell<Vec<u8>>,
    // made by the first edit with a large tail or the first sorted LOCATE
    // that leaves a place to resume from
    ext: OnceCell<Box<EditState>>,
    /// REMOVE pointer: byte offset of the next element (0 = start).
    pub rem: usize,
    /// True once REMOVE has run past the final element.
    pub rem_end: bool,
    /// Remembered mark positions, so that walking the dynamic array in
    /// order is linear (see [`MarkCursor`]). Whoever changes the bytes
    /// keeps it true: [`super::Value::make_str_mut`] clears it.
    pub cursor: Cell<MarkCursor>,
}

impl Clone for BStr {
    fn clone(&self) -> BStr {
        let (front, tail) = self.parts();
        let mut data = Vec::with_capacity(front.len() + tail.len());
        data.extend_from_slice(front);
        data.extend_from_slice(tail);
        BStr {
            buf: UnsafeCell::new(data),
            ext: match self.ext.get() {
                Some(st) if st.locate.get().index != 0 => OnceCell::from(Box::new(EditState {
                    locate: st.locate.clone(),
                    ..EditState::default()
                })),
                _ => OnceCell::new(),
            },
            rem: self.rem,
            rem_end: self.rem_end,
            cursor: self.cursor.clone(),
        }
    }
}

impl std::fmt::Debug for BStr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (front, tail) = self.parts();
        f.debug_struct("BStr")
            .field("data", &[front, tail].concat())
            .field("rem", &self.rem)
            .field("rem_end", &self.rem_end)
            .finish()
    }
}

impl BStr {
    /// A string of the bytes `data`.
    #[inline]
    pub fn new(data: Vec<u8>) -> BStr {
        BStr {
            buf: UnsafeCell::new(data),
            ext: OnceCell::new(),
            rem: 0,
            rem_end: false,
            cursor: Cell::default(),
        }
    }

    /// The bytes of the string (closing a gap: the string is plain
    /// afterwards).
    #[inline]
    pub fn bytes(&self) -> &[u8] {
        if self.ext.get().is_some() {
            self.end_edits();
        }
        // SAFETY: no gap is open, so nothing changes `buf` until a `&mut
        // self` method runs, which ends this borrow (see `buf`).
        unsafe { &*self.buf.get() }
    }

    /// Length of the string in bytes.
    #[inline]
    pub fn len(&self) -> usize {
        // SAFETY: reads the length only; no `&mut` to `buf` is live
        // outside a running method (see `buf`).
        unsafe { (*self.buf.get()).len() - self.gap().len }
    }

    /// True for the empty string.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The bytes as a plain vector, for any change. The caller keeps the
    /// mark cursor true.
    pub fn data_mut(&mut self) -> &mut Vec<u8> {
        if let Some(st) = self.ext.get() {
            st.edits.set(0);
            st.locate.set(LocateMemo::default());
            if st.gap.get().len != 0 {
                self.close_gap();
            }
        }
        self.buf.get_mut()
    }

    /// A vector whose end is the string's end, for appending only (a gap
    /// stays where it is, the mark cursor stays true).
    pub fn append_vec(&mut self) -> &mut Vec<u8> {
        self.buf.get_mut()
    }

    /// The bytes before and after the gap (only for use inside a method:
    /// the slices must be gone before anything moves the gap).
    fn parts(&self) -> (&[u8], &[u8]) {
        let g = self.gap();
        // SAFETY: see `buf`; callers drop the slices before moving the gap.
        let b = unsafe { &*self.buf.get() };
        (&b[..g.at], &b[g.at + g.len..])
    }

    /// A read of the whole string: the edit count restarts and the gap
    /// closes. Out of line: `bytes` is on every string's hot path.
    #[cold]
    #[inline(never)]
    fn end_edits(&self) {
        if let Some(st) = self.ext.get() {
            st.edits.set(0);
            if st.gap.get().len != 0 {
                self.close_gap();
            }
        }
    }

    /// Where the gap is (none without an edit state).
    #[inline]
    fn gap(&self) -> Gap {
        self.ext.get().map_or(Gap::default(), |st| st.gap.get())
    }

    /// The edit state, made on first use.
    fn st(&self) -> &EditState {
        self.ext.get_or_init(Box::default)
    }

    /// Counts an edit with a large tail; the count of them since the last
    /// read of the whole string.
    fn count_edit(&self) -> u8 {
        let st = self.st();
        let n = st.edits.get().saturating_add(1);
        st.edits.set(n);
        n
    }

    /// Forgets the sorted-LOCATE memo when bytes before its item change
    /// (the bytes from `start` on change).
    fn forget_locate_from(&self, start: usize) {
        if let Some(st) = self.ext.get() {
            LocateMemo::forget_from(&st.locate, start);
        }
    }

    /// Makes the string plain (moves the tail down over the gap).
    fn close_gap(&self) {
        let g = self.gap();
        // SAFETY: only called with a gap open, so no reference into `buf`
        // exists outside this method (see `buf`).
        let b = unsafe { &mut *self.buf.get() };
        let n = b.len();
        b.copy_within(g.at + g.len..n, g.at);
        b.truncate(n - g.len);
        self.st().gap.set(Gap::default());
    }

    /// Moves the open gap to string offset `to` (moving the bytes between
    /// its place and `to`).
    fn move_gap(&self, to: usize) {
        let g = self.gap();
        if to == g.at {
            return;
        }
        // SAFETY: only called with a gap open (see `close_gap`).
        let b = unsafe { &mut *self.buf.get() };
        if to < g.at {
            b.copy_within(to..g.at, to + g.len);
        } else {
            b.copy_within(g.at + g.len..to + g.len, g.at);
        }
        self.st().gap.set(Gap { at: to, len: g.len });
    }

    /// Makes the gap (opened at `at` when there is none) at least `need`
    /// bytes long, with room for later growth.
    fn grow_gap(&mut self, at: usize, need: usize) {
        let mut g = self.gap();
        if g.len == 0 {
            g.at = at;
        }
        let len = self.len();
        let b = self.buf.get_mut();
        let want = need + GAP_MIN.max(len / 4);
        let extra = want - g.len;
        let n = b.len();
        b.resize(n + extra, 0);
        b.copy_within(g.at + g.len..n, g.at + g.len + extra);
        g.len += extra;
        self.st().gap.set(g);
    }

    /// `X<f,v,s>` ("" when it does not exist), from and updating the mark
    /// cursor; near an open gap it is read without closing it.
    pub fn extract(&self, idx: [i64; 3]) -> Vec<u8> {
        let [f, v, s] = idx;
        let mut c = self.cursor.get();
        let r = if self.gap().len == 0 {
            // SAFETY: no gap: as in `bytes`
            let b = unsafe { &*self.buf.get() };
            c.extract(b, f, v, s).to_vec()
        } else {
            let base = c.walk_base(f);
            if base == 0 {
                self.close_gap();
                // SAFETY: no gap: as in `bytes`
                let b = unsafe { &*self.buf.get() };
                c.extract(b, f, v, s).to_vec()
            } else {
                if base < self.gap().at {
                    self.move_gap(base);
                }
                let g = self.gap();
                let (_, tail) = self.parts();
                let off = base - g.at;
                let mut rc = c.rebased_down(base);
                let r = rc.extract(&tail[off..], f, v, s).to_vec();
                c = rc.rebased_up(base);
                r
            }
        };
        self.cursor.set(c);
        r
    }

    /// REPLACE, INSERT or DELETE (`mode`) of item `idx` with `new`, in
    /// place, from and updating the mark cursor (see
    /// [`crate::builtins::dyn_edit::plan_edit`]).
    pub fn edit(&mut self, mode: Mode, idx: [i64; 3], new: &[u8]) {
        if mode == Mode::Replace && idx[0] < 0 && idx[1] == 0 && idx[2] == 0 {
            // `X<-1> = y` appends at the buffer's end, which is the
            // string's end with or without a gap; every remembered
            // position stays true
            let lead = !self.is_empty();
            let b = self.buf.get_mut();
            if lead {
                b.push(FM);
            }
            b.extend_from_slice(new);
            return;
        }
        let mut c = self.cursor.get();
        if self.gap().len != 0 {
            if let Some(plan) = self.plan_in_tail(&mut c, mode, idx, new) {
                self.forget_locate_from(plan.start);
                self.apply_gapped(&plan);
            }
            self.cursor.set(c);
            return;
        }
        let n = self.len();
        let Ok(Some(plan)) = plan_edit(self.buf.get_mut(), false, &mut c, mode, idx, new) else {
            self.cursor.set(c);
            return;
        };
        self.cursor.set(c);
        self.forget_locate_from(plan.start);
        if plan.start == n {
            // an append moves nothing
            let b = self.buf.get_mut();
            if plan.lead_fm {
                b.push(FM);
            }
            b.extend_from_slice(&plan.middle);
        } else if n - plan.end >= GAP_MIN_TAIL && self.count_edit() >= 2 {
            self.apply_gapped(&plan);
        } else {
            let lead = plan.lead_fm.then_some(FM);
            self.buf.get_mut().splice(
                plan.start..plan.end,
                lead.into_iter().chain(plan.middle.iter().copied()),
            );
        }
    }

    /// Runs `f` on the string's bytes from offset `base` on (and `base`),
    /// moving or closing an open gap only as far as needed.
    fn with_suffix<R>(&self, base: usize, f: impl FnOnce(&[u8]) -> R) -> R {
        let g = self.gap();
        if g.len != 0 && base < g.at {
            if base > 0 || g.at <= self.len() / 2 {
                self.move_gap(base);
            } else {
                self.close_gap();
            }
        }
        // a closed gap is at 0: the tail is the whole string
        let g = self.gap();
        let (_, tail) = self.parts();
        f(&tail[base - g.at..])
    }

    /// LOCATE BY "AR" (`ascending`) or "DR" of the integer `sv` (`needle`,
    /// see [`crate::builtins::locate::sorted_int_needle`]) among the fields
    /// (`mark` FM) or the values of field 1 (`mark` VM) of this non-empty
    /// string from the first, resuming where an earlier search for a value
    /// before it stopped when the bytes before that place did not change:
    /// inserting keys in order with LOCATE and INS is then linear. Never
    /// closes a gap to read.
    pub fn locate_sorted(&self, needle: &[u8], sv: i64, ascending: bool, mark: u8) -> Located {
        let m = self
            .ext
            .get()
            .map_or(LocateMemo::default(), |st| st.locate.get());
        let past = if ascending {
            sv >= m.bound
        } else {
            sv <= m.bound
        };
        let (index, off) = if m.index >= 2 && m.ascending == ascending && m.mark == mark && past {
            (m.index, m.off)
        } else {
            (1, 0)
        };
        let base = off.saturating_sub(1);
        let (r, resume) = self.with_suffix(base, |s| {
            locate_ints_from(needle, sv, s, (off - base, index), mark, ascending)
        });
        if let Some((i, p)) = resume.filter(|&(i, _)| i >= 2) {
            self.st().locate.set(LocateMemo {
                index: i,
                off: p + base,
                bound: sv,
                ascending,
                mark,
            });
        }
        r
    }

    /// The plan of an edit while a gap is open, with string offsets: the
    /// walk reads the tail after moving the gap to where the cursor lets
    /// it start (or to the start of the string).
    fn plan_in_tail<'n>(
        &mut self,
        c: &mut MarkCursor,
        mode: Mode,
        idx: [i64; 3],
        new: &'n [u8],
    ) -> Option<EditPlan<'n>> {
        let base = c.walk_base(idx[0]);
        for base in [base, 0] {
            self.move_gap(base);
            let (_, tail) = self.parts();
            let mut rc = c.rebased_down(base);
            if let Ok(plan) = plan_edit(tail, base > 0, &mut rc, mode, idx, new) {
                *c = rc.rebased_up(base);
                return plan.map(|p| EditPlan {
                    start: p.start + base,
                    end: p.end + base,
                    lead_fm: p.lead_fm,
                    middle: p.middle,
                });
            }
        }
        unreachable!("a plan from the string's start never needs it")
    }

    /// Applies `plan` through the gap (opening one when there is none):
    /// the gap moves to `plan.start`, swallows the replaced bytes and
    /// gives room to the new ones.
    fn apply_gapped(&mut self, plan: &EditPlan) {
        if self.gap().len == 0 {
            self.grow_gap(plan.start, plan.inserted());
        } else {
            self.move_gap(plan.start);
        }
        let mut g = self.gap();
        g.len += plan.end - plan.start;
        self.st().gap.set(g);
        let m = plan.inserted();
        if m > g.len {
            self.grow_gap(plan.start, m);
            g = self.gap();
        }
        let b = self.buf.get_mut();
        let mut at = g.at;
        if plan.lead_fm {
            b[at] = FM;
            at += 1;
        }
        b[at..at + plan.middle.len()].copy_from_slice(&plan.middle);
        self.st().gap.set(Gap {
            at: g.at + m,
            len: g.len - m,
        });
        if g.len == m {
            // a full gap is no gap
            self.st().gap.set(Gap::default());
        }
    }

    /// The bytes, taken out (closing a gap).
    pub fn into_vec(mut self) -> Vec<u8> {
        self.data_mut();
        std::mem::take(self.buf.get_mut())
    }
}

#[cfg(test)]
impl BStr {
    /// True while a gap is open.
    fn has_gap(&self) -> bool {
        self.gap().len != 0
    }
}

#[cfg(test)]
#[path = "bstr_tests.rs"]
mod tests;
