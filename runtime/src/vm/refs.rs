//! By-reference arguments of CALL and DEFFUN calls.
//!
//! A parameter passed a variable (or matrix element) does not hold a copy:
//! its slot in the callee's frame is bound to a [`Loc`], the caller's
//! storage, and every read and write of the parameter goes there. So a
//! COMMON variable passed as an argument stays one variable (the callee
//! sees the same value through the argument and through its COMMON), a
//! REMOVE pointer advanced by the callee is the caller's pointer, and a
//! call costs no move-in/move-out of argument values.
//!
//! Locations are flattened when made: a parameter passed on to another
//! routine refers to the original storage, never to the parameter, so
//! resolving is one step. The storage a `Loc` names outlives the callee:
//! it is a slot of a frame below the callee on the frame stack, or a
//! COMMON block (never freed while a program runs).

use std::rc::Rc;

use super::{Step, Vm};
use crate::bytecode::*;
use crate::value::Value;

/// `Loc::elem` of a location that is a whole variable.
const NO_ELEM: u32 = u32::MAX;

/// A variable's storage: a slot of a frame (`frame` is its index on the
/// VM's frame stack, the current frame's being `frames.len()`) or of a
/// COMMON block (`frame` is the session's block index), optionally one
/// element of the matrix held there.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Loc {
    common: bool,
    frame: u32,
    slot: u32,
    elem: u32,
}

impl Vm {
    /// The storage that variable reference `r` of the current frame names
    /// (the caller's storage when `r` is a by-reference parameter).
    fn loc_of(&self, r: VarRef) -> Loc {
        if r & COMMON_BIT != 0 {
            let b = ((r >> 16) & 0x7fff) as usize;
            return Loc {
                common: true,
                frame: self.cur.common_map[b] as u32,
                slot: r & 0xffff,
                elem: NO_ELEM,
            };
        }
        if let Some(Some(l)) = self.cur.refs.get(r as usize) {
            return *l;
        }
        Loc {
            common: false,
            frame: self.frames.len() as u32,
            slot: r,
            elem: NO_ELEM,
        }
    }

    /// The value at a location (unassigned when an element has gone: the
    /// callee re-dimensioned the matrix smaller).
    pub(super) fn loc_ref(&self, l: Loc) -> &Value {
        let base = if l.common {
            &self.sess.commons[l.frame as usize][l.slot as usize]
        } else if l.frame as usize == self.frames.len() {
            &self.cur.vars[l.slot as usize]
        } else {
            &self.frames[l.frame as usize].vars[l.slot as usize]
        };
        if l.elem == NO_ELEM {
            return base;
        }
        match base {
            Value::Mat(m) => m.elems.get(l.elem as usize).unwrap_or(&self.dead),
            _ => &self.dead,
        }
    }

    /// Mutable access to a location (see [`Vm::loc_ref`]).
    pub(super) fn loc_mut(&mut self, l: Loc) -> &mut Value {
        let base = if l.common {
            &mut self.sess.commons[l.frame as usize][l.slot as usize]
        } else if l.frame as usize == self.frames.len() {
            &mut self.cur.vars[l.slot as usize]
        } else {
            &mut self.frames[l.frame as usize].vars[l.slot as usize]
        };
        if l.elem == NO_ELEM {
            return base;
        }
        if let Value::Mat(m) = base {
            if let Some(e) = Rc::make_mut(m).elems.get_mut(l.elem as usize) {
                return e;
            }
        }
        self.dead = Value::Unassigned;
        &mut self.dead
    }

    /// `ArgRef(r)`: the next argument is a reference to variable `r`.
    pub(super) fn arg_ref(&mut self, r: VarRef) {
        let l = self.loc_of(r);
        self.push_ref(l);
    }

    /// `ArgElemRef(r, n)`: the next argument is a reference to an element
    /// of matrix `r` (indices on the stack).
    pub(super) fn arg_elem_ref(&mut self, r: VarRef, n: u8) -> Result<(), Step> {
        let i = self.mat_index(r, n)?;
        let mut l = self.loc_of(r);
        if l.elem != NO_ELEM {
            // a parameter bound to an element holds no matrix: mat_index
            // has already failed for it
            return Err(super::RuntimeError::NotDimensioned(self.var_name(r)).into());
        }
        l.elem = i as u32;
        self.push_ref(l);
        Ok(())
    }

    /// Pushes the placeholder of a by-reference argument and remembers
    /// where it points until the call binds it.
    fn push_ref(&mut self, l: Loc) {
        self.pending_refs.push((self.stack.len(), l));
        self.push(Value::Unassigned);
    }

    /// Binds the pending references among the top `argc` stack values to
    /// the parameters of the frame being entered (`refs`, one per
    /// parameter; left empty when no argument is a reference).
    pub(super) fn take_refs(&mut self, argc: usize, refs: &mut Vec<Option<Loc>>) {
        refs.clear();
        let base = self.stack.len().saturating_sub(argc);
        while let Some(&(i, l)) = self.pending_refs.last() {
            if i < base {
                break;
            }
            self.pending_refs.pop();
            if i >= base + argc {
                continue; // left over by an interrupted argument list
            }
            if refs.is_empty() {
                refs.resize(argc, None);
            }
            refs[i - base] = Some(l);
        }
    }
}
