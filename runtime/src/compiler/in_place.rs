//! Assignments that update their own variable in place: `X = X : a : b`
//! appends to X, and `X = REPLACE(X, ...)`, `X = INSERT(X, ...)`,
//! `X = DELETE(X, ...)` edit X where it is (as `X<f> = y`, INS and DEL
//! do) instead of copying it, so that walking a dynamic array with them
//! keeps its mark cursor and is not quadratic.

use super::Compiler;
use crate::bytecode::intrinsics;
use crate::bytecode::*;
use crate::syntax::ast::*;

impl Compiler<'_> {
    /// Compiles `name = e` as an in-place update when `e` allows it;
    /// false (nothing emitted) otherwise. `name` is a scalar variable.
    pub(super) fn set_in_place(&mut self, name: &str, e: &Expr) -> bool {
        // X = X : a : b  ->  X := a ; X := b
        let mut parts = Vec::new();
        if self.self_concat(name, e, &mut parts) {
            let r = self.var_ref(name);
            for p in parts {
                self.expr(p);
                self.emit(Op::Append(r));
            }
            return true;
        }
        self.self_edit(name, e)
    }

    /// `X = REPLACE(X, ...)` / INSERT / DELETE with the built-in function:
    /// X is moved onto the stack (its only reference, so the function edits
    /// it in place with its mark cursor) and stored back. Only when the
    /// other arguments cannot read or change X (no calls of user code), so
    /// the result is the same as on a copy.
    fn self_edit(&mut self, name: &str, e: &Expr) -> bool {
        let Expr::Call(f, args) = e else { return false };
        if !matches!(f.as_str(), "REPLACE" | "INSERT" | "DELETE")
            || self.dims.contains(f)
            || self.locals.contains_key(f)
            || self.deffuns.contains_key(f)
            || !matches!(args.first(), Some(Expr::Var(v)) if v == name)
            || args[1..]
                .iter()
                .any(|a| !self.pure(a) || super::call::mentions(a, name))
        {
            return false;
        }
        let Some((id, min, max)) = intrinsics::lookup(f) else {
            return false;
        };
        if args.len() < min as usize || args.len() > max as usize {
            return false;
        }
        let r = self.var_ref(name);
        self.emit(Op::TakeAssigned(r));
        let before = self.errors.len();
        for a in &args[1..] {
            self.expr(a);
        }
        if self.errors.len() > before {
            // as the general call: ScarletDME then misses the bracket
            self.error("Right bracket not found where expected");
        }
        self.emit(Op::Intr(id, args.len() as u8));
        self.emit(Op::Store(r));
        true
    }
}
