//! Dynamic-array and delimited-field functions: COUNT/DCOUNT, FIELD (and
//! COL1/COL2), FIELDSTORE, EXTRACT/REPLACE/INSERT/DELETE, LOCATE,
//! MATCHFIELD, SUM, RAISE/LOWER, SUBSTITUTE, FORMLIST.

use super::not_routed;
use crate::builtins::{dynarray, field, locate, pattern, strings};
use crate::bytecode::intrinsics::I;
use std::rc::Rc;

use crate::value::ops::ValueError;
use crate::value::Value;
use crate::vm::{RuntimeError, Step, Vm};

impl Vm {
    pub(super) fn dynarray_intrinsic(
        &mut self,
        which: I,
        base: usize,
        argc: usize,
    ) -> Result<Value, Step> {
        self.no_files(base)?;
        let s = |i: usize| self.sarg(base, i);
        let arg = |i: usize| self.arg(base, i).clone();
        Ok(match which {
            I::Count | I::Dcount if s(1).len() > dynarray::MAX_COUNT_SUBSTRING => {
                return Err(RuntimeError::Fatal("Substring too long").into())
            }
            I::Count => Value::int(dynarray::count(&s(0), &s(1))),
            I::Dcount => Value::int(dynarray::dcount(&s(0), &s(1))),
            I::Field => {
                let cnt = if argc > 3 { self.iarg(base, 3)? } else { 1 };
                let r = field::field(&s(0), &s(1), self.iarg(base, 2)?, cnt);
                self.col1 = r.col1;
                self.col2 = r.col2;
                Value::str(r.value)
            }
            I::Fieldstore => {
                // ScarletDME (op_fldstore) reads the counts first, then
                // stops on an empty delimiter (also `S["", i, n] = x`)
                let (n, i) = (self.iarg(base, 3)?, self.iarg(base, 2)?);
                let delim = s(1);
                if delim.is_empty() {
                    return Err(RuntimeError::Fatal("Null substring delimiter").into());
                }
                Value::str(field::fieldstore(&s(0), &delim, i, n, &s(4)))
            }
            I::Col1 => Value::int(self.col1),
            I::Col2 => Value::int(self.col2),
            I::Extract => {
                let (f, v, sv) = self.idx3(base, 1, argc)?;
                Value::from_bytes(dynarray::extract(&s(0), f, v, sv))
            }
            I::Replace | I::Insert => {
                // (s, f[, v[, sv]], new)
                let nidx = argc - 2;
                let mut idx = [0i64; 3];
                for (k, slot) in idx.iter_mut().enumerate().take(nidx.min(3)) {
                    *slot = self.iarg(base, 1 + k)?;
                }
                let new = s(argc - 1).into_owned();
                let mode = if which == I::Replace {
                    dynarray::Mode::Replace
                } else {
                    dynarray::Mode::Insert
                };
                self.edit_dynarray(base, mode, idx, &new)
            }
            I::Delete => {
                let (f, v, sv) = self.idx3(base, 1, argc)?;
                self.edit_dynarray(base, dynarray::Mode::Delete, [f, v, sv], b"")
            }
            I::Locate => {
                // LOCATE(x, dyn, f[, v[, s[, order]]]): position or 0 (the
                // parser puts an order given after `;` sixth)
                let (f, v, sv) = self.idx3(base, 2, argc.min(5))?;
                let order = if argc > 5 {
                    s(5).into_owned()
                } else {
                    Vec::new()
                };
                let r = locate::locate(&s(0), &s(1), f, v, sv, &order);
                Value::int(if r.found { r.pos } else { 0 })
            }
            I::Matchfield => {
                let n = self.iarg(base, 2)?;
                let t = s(1);
                if pattern::template_too_long(&t) {
                    return Err(RuntimeError::Fatal(pattern::TOO_LONG).into());
                }
                Value::str(pattern::matchfield(&s(0), &t, n))
            }
            I::Crop => Value::str(crate::builtins::mvtext::crop(&s(0))),
            I::Vslice => Value::str(crate::builtins::mvtext::vslice(&s(0), self.iarg(base, 1)?)),
            I::Sum => {
                // a number goes into ScarletDME's _SUM program as it is and
                // becomes text there, at that program's PRECISION 4
                let p4 = crate::builtins::num::DEFAULT_PRECISION as u8;
                let text = self.arg(base, 0).to_bytes(p4).into_owned();
                Value::str(crate::builtins::sum::sum(&text).ok_or(ValueError::NonNumeric(None))?)
            }
            I::Raise => Value::str(dynarray::raise(&s(0))),
            I::Lower => Value::str(dynarray::lower(&s(0))),
            I::Substitute => {
                let d = if argc > 3 {
                    s(3).into_owned()
                } else {
                    vec![0xFD]
                };
                Value::str(strings::substitute(&s(0), &s(1), &s(2), &d))
            }
            I::Formlist => arg(0),
            _ => return Err(not_routed(which)),
        })
    }
}

impl Vm {
    /// REPLACE / INSERT / DELETE of the string argument at `base`: in place
    /// (with its mark cursor) when the stack holds the only reference to it
    /// (INS / DEL move their variable there), on a copy otherwise.
    fn edit_dynarray(
        &mut self,
        base: usize,
        mode: dynarray::Mode,
        idx: [i64; 3],
        new: &[u8],
    ) -> Value {
        if let Some(Value::Str(rc)) = self.stack.get_mut(base) {
            if let Some(b) = Rc::get_mut(rc) {
                b.rem = 0;
                b.rem_end = false;
                b.edit(mode, idx, new);
                return std::mem::take(&mut self.stack[base]);
            }
        }
        let src = self.sarg(base, 0);
        let [f, v, sv] = idx;
        Value::str(match mode {
            dynarray::Mode::Replace => dynarray::replace(&src, f, v, sv, new),
            dynarray::Mode::Insert => dynarray::insert(&src, f, v, sv, new),
            dynarray::Mode::Delete => dynarray::delete(&src, f, v, sv),
        })
    }
}
