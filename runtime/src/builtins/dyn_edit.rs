//! In-place REPLACE / INSERT / DELETE: where an edit goes
//! ([`plan_edit`]), apart from moving the bytes, so that the string's
//! owner can apply it to a plain buffer ([`edit_in_place`]) or to a buffer
//! with a gap at its last edit (`value::BStr`), where walking forward
//! moves only the bytes between one edit and the next.

use std::borrow::Cow;

use super::dynarray::{rdi_splice, walk_from_usable, Mode, FM, VM};
use super::mark_cursor::MarkCursor;

/// One in-place edit: bytes `start..end` become a field mark (when
/// `lead_fm`) followed by `middle`.
#[derive(Debug, PartialEq, Eq)]
pub struct EditPlan<'n> {
    /// First replaced byte.
    pub start: usize,
    /// End of the replaced bytes.
    pub end: usize,
    /// A field mark comes first (an append to a non-empty string).
    pub lead_fm: bool,
    /// The new bytes.
    pub middle: Cow<'n, [u8]>,
}

impl EditPlan<'_> {
    /// Number of bytes that take the place of `start..end`.
    pub fn inserted(&self) -> usize {
        self.middle.len() + self.lead_fm as usize
    }

    /// The first byte at `start` after the edit (`next` is the byte at
    /// `end` before it).
    fn first_after(&self, next: Option<u8>) -> Option<u8> {
        if self.lead_fm {
            Some(FM)
        } else {
            self.middle.first().copied().or(next)
        }
    }
}

/// The plan needs a walk from the string's start, but only a suffix of it
/// was given (see [`plan_edit`]).
#[derive(Debug, PartialEq, Eq)]
pub struct NeedsStart;

/// Where REPLACE, INSERT or DELETE (`mode`, position `idx`, new item
/// `new`) changes `s`, found from the string's cursor `cur`, which is left
/// true for the edited string. `Ok(None)`: nothing changes.
///
/// `suffix`: `s` is only the string's bytes from some offset on (and `cur`
/// rebased to them, [`MarkCursor::rebased_down`]); a walk that would start
/// at the string's start is then refused with [`NeedsStart`].
pub fn plan_edit<'n>(
    s: &[u8],
    suffix: bool,
    cur: &mut MarkCursor,
    mode: Mode,
    idx: [i64; 3],
    new: &'n [u8],
) -> Result<Option<EditPlan<'n>>, NeedsStart> {
    let [field, value, subvalue] = idx;
    match mode {
        Mode::Replace if field < 0 && value == 0 && subvalue == 0 => {
            // append: every remembered position stays true
            return Ok(Some(EditPlan {
                start: s.len(),
                end: s.len(),
                lead_fm: !s.is_empty(),
                middle: Cow::Borrowed(new),
            }));
        }
        Mode::Replace => {
            if suffix && field >= 1 && cur.field_at_or_before(field).is_none() {
                return Err(NeedsStart);
            }
            if let Some((a, b)) = cur.item_range(s, field, value, subvalue) {
                cur.keep_before(a);
                return Ok(Some(EditPlan {
                    start: a,
                    end: b,
                    lead_fm: false,
                    middle: Cow::Borrowed(new),
                }));
            }
        }
        Mode::Delete if field < 0 || value < 0 || subvalue < 0 => return Ok(None),
        _ => {}
    }
    let from = cur.walk_from(field, value);
    if suffix && !from.is_some_and(|w| walk_from_usable(s, &w, field, value)) {
        return Err(NeedsStart);
    }
    let sp = rdi_splice(s, field, value, subvalue, mode, new, from);
    let start = sp.start;
    let plan = EditPlan {
        start,
        end: sp.end,
        lead_fm: false,
        middle: Cow::Owned(sp.middle),
    };
    let after = plan.first_after(s.get(sp.end).copied());
    cur.keep_before(start);
    // An item start at or before the change stays true; so does one just
    // after it when the byte there is again its mark (DEL of a field or
    // value leaves the next one where the deleted one began, so walking
    // forward with DEL keeps its place).
    let still = |off: usize, mark: u8| off <= start || (off == start + 1 && after == Some(mark));
    if field < 1 {
        return Ok(Some(plan));
    }
    if let Some(fs) = sp.field_start.filter(|&fs| still(fs, FM)) {
        cur.set_field(field, fs);
    }
    // a value start needs its field's start remembered before it
    if let Some((v, off)) = sp.value_start {
        let known =
            matches!(cur.field_at_or_before(field), Some((f, fs)) if f == field && fs <= off);
        if known && (off <= start || (v >= 2 && still(off, VM))) {
            cur.set_value(v, off);
        }
    }
    Ok(Some(plan))
}

/// REPLACE, INSERT or DELETE done in place on `s`, starting from (and
/// keeping up to date) the string's [`MarkCursor`]: walking forward costs
/// only the distance walked plus the bytes moved.
pub fn edit_in_place(s: &mut Vec<u8>, cur: &mut MarkCursor, mode: Mode, idx: [i64; 3], new: &[u8]) {
    let Ok(Some(plan)) = plan_edit(s, false, cur, mode, idx, new) else {
        return;
    };
    if plan.start == s.len() {
        if plan.lead_fm {
            s.push(FM);
        }
        s.extend_from_slice(&plan.middle);
    } else {
        let lead = plan.lead_fm.then_some(FM);
        s.splice(
            plan.start..plan.end,
            lead.into_iter().chain(plan.middle.iter().copied()),
        );
    }
}
