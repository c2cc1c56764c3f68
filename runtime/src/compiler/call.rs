//! Calls with by-reference arguments. CALL and DEFFUN calls pass
//! variables, matrix elements and MAT arguments as real references (the
//! callee's parameter aliases the caller's storage, COMMON included, REMOVE
//! pointer and all); LOCAL routines and extension calls get them moved in
//! and written back afterwards. Expressions are passed as copies.

use super::expr::Src;
use super::Compiler;
use crate::bytecode::*;
use crate::syntax::ast::*;
use crate::syntax::compile_error::ErrorKind;

/// True when `e` reads variable `name`.
pub(super) fn mentions(e: &Expr, name: &str) -> bool {
    match e {
        Expr::Var(n) | Expr::Mat(n) => n == name,
        Expr::Num(_) | Expr::Str(_) | Expr::At(_) => false,
        Expr::Bin(_, a, b) => mentions(a, name) || mentions(b, name),
        Expr::Neg(a) | Expr::Pos(a) | Expr::Paren(a) => mentions(a, name),
        Expr::Call(n, args) => n == name || args.iter().any(|a| mentions(a, name)),
        Expr::Field(a, idx) | Expr::Substr(a, idx) => {
            mentions(a, name) || idx.iter().any(|x| mentions(x, name))
        }
        Expr::If(a, b, c) => mentions(a, name) || mentions(b, name) || mentions(c, name),
        Expr::Me => false,
        Expr::ObjGet(o, _, args) => mentions(o, name) || args.iter().any(|a| mentions(a, name)),
    }
}

/// How one argument is written back after the call.
enum Back {
    Discard,
    Var(VarRef),
    Elem(VarRef, Vec<VarRef>),
}

/// True for the ops that take their by-reference arguments as references
/// (`ArgRef`) rather than moved values.
fn takes_refs(op: Op) -> bool {
    matches!(
        op,
        Op::Call(..) | Op::CallInd(..) | Op::CallFn(..) | Op::Obj(..)
    )
}

impl Compiler<'_> {
    /// Emits the arguments, the call op and the write-backs. When
    /// `returns` the call leaves a result on the stack after the arguments.
    /// `paren_ref`: whether `(X)` still passes X by reference (functions).
    pub(super) fn call_with_refs(&mut self, op: Op, args: &[Expr], returns: bool, paren_ref: bool) {
        if args.len() > 255 {
            self.error("Too many arguments");
            return;
        }
        if takes_refs(op) {
            self.call_by_ref(op, args, paren_ref);
            return;
        }
        let mut backs = Vec::new();
        let mut seen: Vec<VarRef> = Vec::new();
        for (ai, a) in args.iter().enumerate() {
            let a = unwrap_paren_var(a, paren_ref);
            match a {
                Expr::Var(name) | Expr::Mat(name) => {
                    let r = self.var_ref(name);
                    if seen.contains(&r) {
                        self.emit(Op::LoadRaw(r));
                        backs.push(Back::Discard);
                    } else {
                        seen.push(r);
                        // move the value to the callee unless a later argument
                        // still needs to read the variable
                        let used_later = args[ai + 1..].iter().any(|e| mentions(e, name));
                        self.emit(if used_later {
                            Op::LoadRaw(r)
                        } else {
                            Op::Take(r)
                        });
                        backs.push(Back::Var(r));
                    }
                }
                Expr::Call(name, idx)
                    if self.dims.contains(name) && !idx.is_empty() && idx.len() <= 2 =>
                {
                    let r = self.var_ref(name);
                    let mut temps = Vec::new();
                    for i in idx {
                        self.expr(i);
                        let t = self.temp();
                        self.emit(Op::Store(t));
                        temps.push(t);
                    }
                    for &t in &temps {
                        self.emit(Op::LoadRaw(t));
                    }
                    self.emit(Op::ElemTake(r, idx.len() as u8));
                    backs.push(Back::Elem(r, temps));
                }
                other => {
                    self.expr(other);
                    backs.push(Back::Discard);
                }
            }
        }
        self.emit(op);
        let rt = if returns {
            let t = self.temp();
            self.emit(Op::Store(t));
            Some(t)
        } else {
            None
        };
        for b in backs.into_iter().rev() {
            match b {
                Back::Discard => {
                    self.emit(Op::Pop);
                }
                Back::Var(r) => {
                    self.emit(Op::Store(r));
                }
                Back::Elem(r, temps) => {
                    let tv = self.temp();
                    self.emit(Op::Store(tv));
                    for &t in &temps {
                        self.emit(Op::LoadRaw(t));
                    }
                    self.emit(Op::LoadRaw(tv));
                    self.emit(Op::ElemStore(r, temps.len() as u8));
                    self.free_temp(tv);
                    for t in temps {
                        self.free_temp(t);
                    }
                }
            }
        }
        if let Some(t) = rt {
            self.emit(Op::LoadRaw(t));
            self.free_temp(t);
        }
    }

    /// Arguments as references (`ArgRef`, `ArgElemRef`), then the call:
    /// nothing is written back, the callee changed the caller's storage.
    pub(super) fn call_by_ref(&mut self, op: Op, args: &[Expr], paren_ref: bool) {
        for a in args {
            self.arg_by_ref(a, paren_ref);
        }
        self.emit(op);
    }

    /// One argument as a reference (a variable, a matrix element) or, for
    /// any other expression, its value.
    fn arg_by_ref(&mut self, a: &Expr, paren_ref: bool) {
        let a = unwrap_paren_var(a, paren_ref);
        match a {
            // a whole matrix is passed only with MAT
            Expr::Var(name) if self.dims.contains(name) && !self.dims_after_use.contains(name) => {
                self.error(ErrorKind::MatrixWithoutSubscript(name.to_string()));
            }
            Expr::Var(name) | Expr::Mat(name) => {
                let r = self.var_ref(name);
                self.emit(Op::ArgRef(r));
            }
            Expr::Call(name, idx)
                if self.dims.contains(name) && !idx.is_empty() && idx.len() <= 2 =>
            {
                let r = self.var_ref(name);
                for i in idx {
                    self.expr(i);
                }
                self.emit(Op::ArgElemRef(r, idx.len() as u8));
            }
            other => self.expr(other),
        }
    }

    /// SUBR(name, args...): `CALL name(result, args...)` with the
    /// arguments by reference, then the result. As in ScarletDME the result
    /// is a hidden variable `_FUNC`, unassigned before each call, so a
    /// routine that does not set it stops with "Unassigned variable _FUNC".
    pub(super) fn subr_call(&mut self, args: &[Expr]) {
        if args.len() > 255 {
            self.error("Too many arguments");
            return;
        }
        let result = self.named_slot("_FUNC");
        self.emit(Op::Take(result));
        self.emit(Op::Pop);
        self.expr(&args[0]);
        self.emit(Op::ArgRef(result));
        for a in &args[1..] {
            self.arg_by_ref(a, false);
        }
        self.emit(Op::CallInd(args.len() as u8));
        self.emit(Op::Load(result));
    }

    /// CALL statement.
    pub(super) fn call_stmt(
        &mut self,
        name: &Option<String>,
        indirect: &Option<Expr>,
        args: &[Expr],
    ) {
        match (name, indirect) {
            (Some(n), _) if self.locals.get(n).map(|l| !l.1).unwrap_or(false) => {
                self.local_call(n, args)
            }
            (Some(n), _) => {
                let k = self.konst(crate::value::Value::text(n));
                self.call_with_refs(Op::Call(k, args.len() as u8), args, false, false);
            }
            (None, Some(e)) => {
                self.expr(e);
                self.call_with_refs(Op::CallInd(args.len() as u8), args, false, false);
            }
            _ => self.error("Bad CALL"),
        }
    }

    /// Pushes the variable an INS / DEL edits and stores back: moved out
    /// (so the edit happens in place, not on a copy) unless one of `others`
    /// still reads it, under its name or another ([`Compiler::may_alias`]);
    /// any other expression is evaluated as usual.
    pub(super) fn edited_var<'e>(&mut self, var: &Expr, others: impl Iterator<Item = &'e Expr>) {
        let others: Vec<Expr> = others.cloned().collect();
        match var {
            Expr::Var(name)
                if !self.dims.contains(name)
                    && !others.iter().any(|e| mentions(e, name))
                    && !self.may_alias(name, &others) =>
            {
                let r = self.var_ref(name);
                self.emit(Op::TakeAssigned(r));
            }
            other => self.expr(other),
        }
    }

    /// Stores the top of stack into `lv`, or discards it when None.
    pub(super) fn store_opt(&mut self, lv: &Option<Expr>) {
        match lv {
            Some(l) => self.store(l, Src::Stack),
            None => {
                self.emit(Op::Pop);
            }
        }
    }
}

/// With `paren_ref`, a variable in parentheses (`(X)`) is still passed by
/// reference: the parentheses around it are dropped. Anything else in
/// parentheses stays as it is (a value).
fn unwrap_paren_var(mut a: &Expr, paren_ref: bool) -> &Expr {
    if paren_ref {
        while let Expr::Paren(x) = a {
            if matches!(**x, Expr::Var(_)) {
                a = x;
            } else {
                break;
            }
        }
    }
    a
}
