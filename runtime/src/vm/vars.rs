//! Variables, COMMON, matrices, substring and dynamic-array operations.

use std::rc::Rc;

use super::{unassigned_order, RuntimeError, Step, Vm};
use crate::builtins::{dynarray, field};
use crate::bytecode::*;
use crate::value::ops::*;
use crate::value::{Matrix, Value};

impl Vm {
    /// Maps a chunk's COMMON blocks to session-level storage (creating
    /// blocks, initialised to 0, on first use) into `map`.
    pub(super) fn map_commons(&mut self, chunk: &Chunk, map: &mut Vec<usize>) {
        map.clear();
        for (name, size) in &chunk.commons {
            // the unnamed block is one per program level; a name is looked
            // up without copying it (this runs on every CALL)
            let unnamed;
            let key: &str = if name == "$" {
                unnamed = format!("$@{}", self.sess.depth);
                &unnamed
            } else {
                name
            };
            let gi = match self.sess.common_names.iter().position(|n| n == key) {
                Some(i) => i,
                None => {
                    self.sess.common_names.push(key.to_string());
                    self.sess.commons.push(Vec::new());
                    self.sess.commons.len() - 1
                }
            };
            if self.sess.commons[gi].len() < *size {
                self.sess.commons[gi].resize(*size, Value::Int(0));
            }
            map.push(gi);
        }
    }

    /// CLEAR: every variable of the current program (matrix elements too)
    /// becomes 0; COMMON and the compiler's temporaries are left alone.
    pub(super) fn clear_variables(&mut self) {
        let names = self.cur.chunk.var_names.clone();
        for (i, v) in self.cur.vars.iter_mut().enumerate() {
            if names.get(i).is_some_and(|n| n.starts_with('$')) {
                continue;
            }
            match v {
                Value::Mat(m) => {
                    for e in Rc::make_mut(m).elems.iter_mut() {
                        *e = Value::Int(0);
                    }
                }
                other => *other = Value::Int(0),
            }
        }
    }

    /// CLEAR COMMON / CLEARCOMMON: the unnamed common block becomes 0;
    /// named blocks are untouched.
    pub(super) fn clear_blank_common(&mut self) {
        let key = format!("$@{}", self.sess.depth);
        if let Some(gi) = self.sess.common_names.iter().position(|n| *n == key) {
            for v in self.sess.commons[gi].iter_mut() {
                match v {
                    Value::Mat(m) => {
                        for e in Rc::make_mut(m).elems.iter_mut() {
                            *e = Value::Int(0);
                        }
                    }
                    other => *other = Value::Int(0),
                }
            }
        }
    }

    #[inline(always)]
    pub(super) fn var(&self, r: VarRef) -> &Value {
        if r & COMMON_BIT == 0 {
            if let Some(Some(l)) = self.cur.refs.get(r as usize) {
                return self.loc_ref(*l);
            }
            &self.cur.vars[r as usize]
        } else {
            let b = ((r >> 16) & 0x7fff) as usize;
            let gi = self.cur.common_map[b];
            &self.sess.commons[gi][(r & 0xffff) as usize]
        }
    }

    #[inline(always)]
    pub(super) fn var_mut(&mut self, r: VarRef) -> &mut Value {
        if r & COMMON_BIT == 0 {
            if let Some(Some(l)) = self.cur.refs.get(r as usize) {
                let l = *l;
                return self.loc_mut(l);
            }
            &mut self.cur.vars[r as usize]
        } else {
            let b = ((r >> 16) & 0x7fff) as usize;
            let gi = self.cur.common_map[b];
            &mut self.sess.commons[gi][(r & 0xffff) as usize]
        }
    }

    /// The value of variable `r`, or the run-time error for reading an
    /// unassigned variable.
    #[inline(always)]
    pub(super) fn assigned(&self, r: VarRef) -> Result<&Value, Step> {
        let v = self.var(r);
        if v.is_unassigned() {
            return Err(self.unassigned(r));
        }
        Ok(v)
    }

    /// The run-time error for reading unassigned variable `r`.
    #[cold]
    pub(super) fn unassigned(&self, r: VarRef) -> Step {
        Step::Error(RuntimeError::UnassignedVariable(self.var_name(r)))
    }

    pub(super) fn var_name(&self, r: VarRef) -> String {
        if r & COMMON_BIT == 0 {
            self.cur
                .chunk
                .var_names
                .get(r as usize)
                .cloned()
                .unwrap_or_default()
        } else {
            let b = ((r >> 16) & 0x7fff) as usize;
            self.cur
                .chunk
                .common_names
                .get(b)
                .and_then(|v| v.get((r & 0xffff) as usize))
                .cloned()
                .unwrap_or_default()
        }
    }

    /// Stores a value; a string whose REMOVE pointer is advanced gets a
    /// fresh pointer (assignment resets it).
    #[inline(always)]
    pub(super) fn store_var(&mut self, r: VarRef, v: Value) {
        let v = match v {
            Value::Str(s) if s.rem != 0 || s.rem_end => Value::from_bytes(s.bytes()),
            other => other,
        };
        super::forget_pod(std::mem::replace(self.var_mut(r), v));
    }

    /// [`Vm::store_var`] for `Op::Store`: true when the old value was an
    /// object or resource whose release left CLASS objects to clean up.
    #[inline(always)]
    pub(super) fn store_op(&mut self, r: VarRef, v: Value) -> bool {
        let v = match v {
            Value::Str(s) if s.rem != 0 || s.rem_end => Value::from_bytes(s.bytes()),
            other => other,
        };
        let old = std::mem::replace(self.var_mut(r), v);
        if old.is_handle() {
            drop(old);
            return self.sess.class_objects.pending();
        }
        super::forget_pod(old);
        false
    }

    fn int_args(&mut self, n: usize) -> Result<[i64; 3], Step> {
        let mut idx = [0i64; 3];
        let base = self.stack.len().saturating_sub(n);
        for (slot, v) in idx.iter_mut().zip(&self.stack[base..]).take(n) {
            *slot = to_int(v)?;
        }
        self.stack.truncate(base);
        Ok(idx)
    }

    /// Substring and field extraction ops.
    pub(super) fn extract_op(&mut self, op: Op) -> Result<(), Step> {
        let p = self.prec();
        match op {
            Op::Substr => {
                let [s, l, _] = self.int_args(2)?;
                let v = self.pop();
                let r = field::substr(&v.to_bytes(p), s, l).to_vec();
                self.push(Value::str(r));
            }
            Op::Substr1 => {
                let [n, _, _] = self.int_args(1)?;
                let v = self.pop();
                let r = field::substr_last(&v.to_bytes(p), n).to_vec();
                self.push(Value::str(r));
            }
            Op::Extract(n) => {
                let idx = self.int_args(n as usize)?;
                let v = self.pop();
                let r = match &v {
                    Value::Str(rc) => {
                        // the string's own cursor makes extraction in order linear
                        rc.extract(idx)
                    }
                    _ => dynarray::extract(&v.to_bytes(p), idx[0], idx[1], idx[2]).to_vec(),
                };
                self.push(Value::str(r));
            }
            _ => {}
        }
        Ok(())
    }

    /// `X<f,v,s> = y` in place.
    pub(super) fn store_field(&mut self, r: VarRef, n: u8) -> Result<(), Step> {
        let val = self.pop();
        let idx = self.int_args(n as usize)?;
        let p = self.prec();
        let nv = val.to_bytes(p).into_owned();
        let slot = self.var_mut(r);
        if slot.is_unassigned() {
            return Err(self.unassigned(r));
        }
        let s = slot.make_str_mut_keep(p);
        s.rem = 0;
        s.rem_end = false;
        s.edit(dynarray::Mode::Replace, idx, &nv);
        Ok(())
    }

    /// `X[s,l] = y` in place.
    pub(super) fn store_substr(&mut self, r: VarRef) -> Result<(), Step> {
        let val = self.pop();
        let [s, l, _] = self.int_args(2)?;
        let p = self.prec();
        let nv = val.to_bytes(p).into_owned();
        let slot = self.var_mut(r);
        if slot.is_unassigned() {
            return Err(self.unassigned(r));
        }
        let bs = slot.make_str_mut(p);
        field::substr_assign(bs.data_mut(), s, l, &nv);
        Ok(())
    }

    pub(super) fn mat_index(&mut self, r: VarRef, n: u8) -> Result<usize, Step> {
        let idx = self.int_args(n as usize)?;
        let name = self.var_name(r);
        match self.var(r) {
            Value::Mat(m) => {
                let c = if n == 2 { Some(idx[1]) } else { None };
                m.index(idx[0], c)
                    .ok_or_else(|| RuntimeError::SubscriptOutOfRange(name).into())
            }
            _ => Err(RuntimeError::NotDimensioned(name).into()),
        }
    }

    /// Pushes (or moves out) a matrix element.
    pub(super) fn elem_load(&mut self, r: VarRef, n: u8, raw: bool) -> Result<(), Step> {
        let i = self.mat_index(r, n)?;
        if raw {
            let v = match self.var(r) {
                Value::Mat(m) => m.elems[i].clone(),
                _ => Value::Unassigned,
            };
            self.push(v);
            return Ok(());
        }
        self.elem_load_take(r, i, false)
    }

    /// Element access by index: clone (checked) or move out.
    fn elem_load_take(&mut self, r: VarRef, i: usize, take: bool) -> Result<(), Step> {
        let v = match self.var_mut(r) {
            Value::Mat(m) => {
                if take {
                    std::mem::take(&mut Rc::make_mut(m).elems[i])
                } else {
                    m.elems[i].clone()
                }
            }
            _ => Value::Unassigned,
        };
        if !take && v.is_unassigned() {
            let cols = match self.var(r) {
                Value::Mat(m) => m.cols,
                _ => 0,
            };
            let name = self.qualified_name(r) + &super::operand_name::element_suffix(cols, i);
            let e = RuntimeError::UnassignedElement(name.clone());
            return Err(self.unassigned_in_expr(vec![unassigned_order::Slot::Elem(name)], e));
        }
        self.push(v);
        Ok(())
    }

    /// Moves a matrix element out (by-reference argument).
    pub(super) fn elem_take(&mut self, r: VarRef, n: u8) -> Result<(), Step> {
        let i = self.mat_index(r, n)?;
        self.elem_load_take(r, i, true)
    }

    /// Stores a matrix element.
    pub(super) fn elem_store(&mut self, r: VarRef, n: u8) -> Result<(), Step> {
        let v = self.pop();
        let i = self.mat_index(r, n)?;
        if let Value::Mat(m) = self.var_mut(r) {
            Rc::make_mut(m).elems[i] = v;
        }
        Ok(())
    }

    /// DIM (or re-DIM, keeping values).
    pub(super) fn dim(&mut self, r: VarRef, n: u8) -> Result<(), Step> {
        let idx = self.int_args(n as usize)?;
        let rows = idx[0];
        let cols = if n == 2 { idx[1] } else { 0 };
        if rows < 0 || cols < 0 || rows.saturating_mul(cols.max(1)) > 10_000_000 {
            return Err(RuntimeError::InvalidDimensions.into());
        }
        let slot = self.var_mut(r);
        match slot {
            Value::Mat(m) => Rc::make_mut(m).redim(rows as usize, cols as usize),
            _ => {
                let mut m = Matrix::new(rows as usize, cols as usize);
                if r & COMMON_BIT != 0 {
                    // a matrix in COMMON starts with every element 0, as
                    // ScarletDME's COMMON variables do (a local DIM's elements
                    // are unassigned)
                    m.elems.iter_mut().for_each(|e| *e = Value::Int(0));
                }
                *slot = Value::Mat(Rc::new(m));
            }
        }
        // INMAT() is 0 after a DIM that succeeded
        self.inmat = 0;
        Ok(())
    }

    /// MAT X = value: every element takes the value and, as in ScarletDME,
    /// the zero element becomes "".
    pub(super) fn mat_fill(&mut self, r: VarRef) -> Result<(), Step> {
        let v = self.pop();
        let name = self.var_name(r);
        match self.var_mut(r) {
            Value::Mat(m) => {
                let m = Rc::make_mut(m);
                // op_matfill: element 0 becomes "", the others the value
                m.elems[0] = Value::empty();
                for e in m.elems.iter_mut().skip(1) {
                    *e = v.clone();
                }
                Ok(())
            }
            _ => Err(RuntimeError::NotDimensioned(name).into()),
        }
    }

    /// MAT A = MAT B: element by element in storage order, the zero element
    /// included (as ScarletDME copies), as many as the smaller matrix holds;
    /// the target's further elements keep their values.
    pub(super) fn mat_copy(&mut self, a: VarRef, b: VarRef) -> Result<(), Step> {
        let src = match self.var(b) {
            Value::Mat(m) => m.clone(),
            _ => return Err(RuntimeError::NotDimensioned(self.var_name(b)).into()),
        };
        let name = self.var_name(a);
        match self.var_mut(a) {
            Value::Mat(m) => {
                let m = Rc::make_mut(m);
                // op_matcopy: elements 0.. in storage order, as many as
                // both have; the target's other elements are left alone
                for (e, v) in m.elems.iter_mut().zip(src.elems.iter()) {
                    *e = v.clone();
                }
                Ok(())
            }
            _ => Err(RuntimeError::NotDimensioned(name).into()),
        }
    }
}
