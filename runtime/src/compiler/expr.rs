//! Expression compilation and stores to lvalues.

use super::{CompileError, Compiler, ErrorKind};
use crate::bytecode::at_var_names::{at_assignable, AT_VARS};
use crate::bytecode::intrinsics;
use crate::bytecode::*;
use crate::syntax::ast::*;
use crate::value::Value;

/// Where the value for a store comes from.
pub(super) enum Src<'a> {
    /// Compile this expression.
    Expr(&'a Expr),
    /// Already on top of the stack.
    Stack,
}

/// Element-by-element functions taking REUSE() flags.
const PAIRWISE: &[&str] = &[
    "CATS", "EQS", "NES", "LTS", "GTS", "LES", "GES", "MODS", "ANDS", "ORS", "SPLICE",
];

impl Compiler<'_> {
    /// An intrinsic called with `n` arguments where it takes `min` or more
    /// (too many if `n >= min`), reported as ScarletDME's compiler does: it
    /// reads the arguments as a fixed list, so too many is a missing right
    /// bracket, none a missing data item, and too few a missing comma after
    /// which it reads on into the next line (two more errors there).
    fn arg_count_error(&mut self, n: usize, min: usize) {
        if n == 0 {
            self.error("Data item or constant not found where expected");
            self.error("Right bracket not found where expected");
        } else if n < min {
            self.error("Comma not found where expected");
            let (file, line) = (self.file, self.line + 1);
            for text in [
                "Data item or constant not found where expected",
                "Right bracket not found where expected",
            ] {
                self.errors.push(CompileError {
                    file,
                    line,
                    kind: ErrorKind::Syntax(text),
                });
            }
        } else {
            self.error("Right bracket not found where expected");
        }
    }

    /// Compiles an expression, leaving its value on the stack.
    pub(super) fn expr(&mut self, e: &Expr) {
        match e {
            Expr::Num(n) => self.num_literal(n),
            Expr::Str(s) => self.push_str(s),
            Expr::Var(name) => {
                if self.dims.contains(name) && !self.dims_after_use.contains(name) {
                    self.error(ErrorKind::MatrixWithoutSubscript(name.to_string()));
                    return;
                }
                if self.undimmed_scalar_use(name) {
                    return;
                }
                let r = self.var_ref(name);
                self.emit(Op::Load(r));
            }
            Expr::At(name) => match AT_VARS.iter().position(|a| a == name) {
                Some(i) => {
                    self.emit(Op::LoadAt(i as u16));
                }
                None => self.error(ErrorKind::UnknownAtVariable(name.to_string())),
            },
            Expr::Bin(op, l, r) => {
                if *op == BinOp::Cat {
                    if let Expr::Str(s) = &**r {
                        if s.is_empty() {
                            // X:"" forces a copy; value unchanged except numbers become strings
                        }
                    }
                }
                let reuse =
                    |e: &Expr| matches!(e, Expr::Call(n, a) if n == "REUSE" && a.len() == 1);
                if matches!(
                    op,
                    BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Div | BinOp::Pow
                ) && !self.dims.contains("REUSE")
                    && (reuse(l) || reuse(r))
                {
                    // ScarletDME repeats a REUSE() operand's last element
                    // over a numeric array; mvbasic would pad with 0 instead
                    self.error("REUSE() as an operand of an arithmetic operator is not supported by mvbasic");
                    return;
                }
                self.expr(l);
                self.expr(r);
                self.emit(match op {
                    BinOp::Add => Op::Add,
                    BinOp::Sub => Op::Sub,
                    BinOp::Mul => Op::Mul,
                    BinOp::Div => Op::Div,
                    BinOp::Pow => Op::Pow,
                    BinOp::Cat => Op::Cat,
                    BinOp::Eq => Op::Eq,
                    BinOp::Ne => Op::Ne,
                    BinOp::Lt => Op::Lt,
                    BinOp::Gt => Op::Gt,
                    BinOp::Le => Op::Le,
                    BinOp::Ge => Op::Ge,
                    BinOp::And => Op::And,
                    BinOp::Or => Op::Or,
                    BinOp::Matches => Op::Matches,
                    BinOp::Fmt => Op::Fmt,
                });
            }
            Expr::Neg(x) => {
                if let Expr::Num(n) = &**x {
                    self.num_literal(&format!("-{}", n));
                } else {
                    self.expr(x);
                    self.emit(Op::Neg);
                }
            }
            Expr::Pos(x) => self.expr(x),
            Expr::Paren(x) => self.expr(x),
            Expr::Call(name, args) => self.call_expr(name, args),
            Expr::Field(base, idx) => {
                self.expr(base);
                for i in idx {
                    self.expr(i);
                }
                self.emit(Op::Extract(idx.len() as u8));
            }
            Expr::Substr(base, args) => {
                self.expr(base);
                for a in args {
                    self.expr(a);
                }
                self.emit(if args.len() == 1 {
                    Op::Substr1
                } else {
                    Op::Substr
                });
            }
            Expr::If(c, a, b) => {
                self.expr(c);
                let jf = self.emit(Op::JumpF(0));
                self.expr(a);
                let j = self.emit(Op::Jump(0));
                self.patch(jf);
                self.expr(b);
                self.patch(j);
            }
            Expr::Mat(name) => {
                self.error(ErrorKind::MatOnlyAsArgument(name.to_string()));
            }
            Expr::ObjGet(obj, name, args) => self.obj_get(obj, name, args),
            Expr::Me => {
                self.emit(Op::Obj(obj_op::ME, 0, 0));
            }
        }
    }

    /// A numeric literal, converted as ScarletDME's compiler converts it (by
    /// its string-to-number rule): past 32 bits at most 15 digits before
    /// the point, any number after it. A literal that rule rejects stops
    /// ScarletDME's compiler with a non-numeric error; mvbasic reports it.
    fn num_literal(&mut self, n: &str) {
        let digits = n
            .bytes()
            .take_while(|c| *c != b'.')
            .filter(u8::is_ascii_digit)
            .count();
        if digits > 15 && crate::builtins::num::parse_num(n.as_bytes()).is_none() {
            self.error("Numeric literal too long");
            return;
        }
        match crate::builtins::num::parse_num(n.as_bytes()) {
            Some(crate::builtins::num::Num::Int(i))
                if i >= i32::MIN as i64 && i <= i32::MAX as i64 =>
            {
                self.emit(Op::Int(i as i32));
            }
            Some(crate::builtins::num::Num::Int(i)) => {
                let k = self.konst(Value::Float(i as f64));
                self.emit(Op::Const(k));
            }
            Some(crate::builtins::num::Num::Float(f)) => {
                let k = self.konst(Value::Float(f));
                self.emit(Op::Const(k));
            }
            None => self.error("Bad numeric literal"),
        }
    }

    /// A matrix reference takes one or two subscripts. ScarletDME's
    /// compiler reads at most two and then wants the right bracket; with
    /// none it wants a data item first. False (after the errors) if `n` is
    /// wrong.
    fn subscript_count_ok(&mut self, n: usize) -> bool {
        if n == 0 {
            self.error("Data item or constant not found where expected");
        }
        if n == 0 || n > 2 {
            self.error("Right bracket not found where expected");
            return false;
        }
        true
    }

    fn call_expr(&mut self, name: &str, args: &[Expr]) {
        if self.dims.contains(name) {
            if !self.subscript_count_ok(args.len()) {
                return;
            }
            let r = self.var_ref(name);
            for a in args {
                self.expr(a);
            }
            self.emit(Op::ElemLoad(r, args.len() as u8));
            return;
        }
        // a LOCAL FUNCTION is called only through DEFFUN ... LOCAL (its
        // argument count checked); without a DEFFUN its name is a matrix
        // that no DIM declares, with a DEFFUN without LOCAL a catalogued
        // function (ScarletDME)
        let local_fn = self.locals.get(name).copied().filter(|l| l.1);
        if let (Some(_), false, false) = (
            local_fn,
            self.deffun_local.contains(name),
            self.deffuns.contains_key(name),
        ) {
            self.undimensioned(name);
            return;
        }
        if local_fn.is_none() && self.deffun_local.contains(name) {
            self.local_missing_call(name);
            return;
        }
        if let (Some((ti, _)), true) = (local_fn, self.deffun_local.contains(name)) {
            match self.deffuns.get(name) {
                Some(&n) if n != usize::MAX && n != args.len() => {
                    self.error("Argument count mismatch in function call");
                }
                _ => {}
            }
            self.call_with_refs(Op::LocalCall(ti, args.len() as u8), args, true, true);
            return;
        }
        if let Some(&n) = self.deffuns.get(name) {
            if n != usize::MAX && n != args.len() {
                self.error("Argument count mismatch in function call");
            }
            let target = self
                .deffun_alias
                .get(name)
                .cloned()
                .unwrap_or_else(|| name.to_string());
            let k = self.konst(Value::text(&target));
            self.call_with_refs(Op::CallFn(k, args.len() as u8), args, true, true);
            return;
        }
        match name {
            "OBJECT" => return self.object_new(args),
            "OBJINFO" => return self.obj_info(args),
            "REMOVE" if args.len() == 2 => {
                if let (Expr::Var(v), d) = (&args[0], &args[1]) {
                    let r = self.var_ref(v);
                    self.emit(Op::SysVar(
                        crate::bytecode::statement_ops::Sys::RemoveFn as u16,
                        r,
                    ));
                    // stack: item, delim
                    self.store(d, Src::Stack);
                    return;
                }
                self.error("REMOVE needs a variable");
                return;
            }
            "GETREM" if args.len() == 1 => {
                if let Expr::Var(v) = &args[0] {
                    let r = self.var_ref(v);
                    self.emit(Op::SysVar(
                        crate::bytecode::statement_ops::Sys::GetRem as u16,
                        r,
                    ));
                    return;
                }
                // any other expression holds no REMOVE pointer: 0
                self.expr(&args[0]);
                self.emit(Op::Pop);
                self.emit(Op::Int(0));
                return;
            }
            // INMAT(M): the dimensions of matrix M
            "INMAT" if args.len() == 1 => {
                match &args[0] {
                    Expr::Var(m) if self.dims.contains(m) => {
                        let r = self.var_ref(m);
                        self.emit(Op::LoadRaw(r));
                        let (i, _, _) = intrinsics::lookup("INMAT").unwrap_or((0, 0, 1));
                        self.emit(Op::Intr(i, 1));
                    }
                    // a name that is no matrix (ScarletDME's message)
                    Expr::Var(_) => self.error("Matrix name required"),
                    // INMAT() takes no other argument: ScarletDME wants `)`
                    _ => self.error(ErrorKind::NotFound("Right bracket".into())),
                }
                return;
            }
            // VARTYPE of an unassigned variable is 0, not an error
            "VARTYPE"
                if args.len() == 1
                    && matches!(&args[0], Expr::Var(v) if !self.dims.contains(v)) =>
            {
                let Expr::Var(v) = &args[0] else { return };
                let r = self.var_ref(v);
                self.emit(Op::Assigned(r));
                let skip = self.emit(Op::JumpF(0));
                self.emit(Op::Load(r));
                let (i, _, _) = intrinsics::lookup("VARTYPE").unwrap_or((0, 1, 1));
                self.emit(Op::Intr(i, 1));
                let end = self.emit(Op::Jump(0));
                self.patch(skip);
                self.emit(Op::Int(0));
                self.patch(end);
                return;
            }
            "VARTYPE"
                if args.len() == 1
                    && matches!(&args[0], Expr::Call(m, idx)
                        if self.dims.contains(m) && !idx.is_empty() && idx.len() <= 2) =>
            {
                let Expr::Call(m, idx) = &args[0] else { return };
                let r = self.var_ref(m);
                for i in idx {
                    self.expr(i);
                }
                // the element as it is, unassigned included (0x80: no check)
                self.emit(Op::ElemLoad(r, idx.len() as u8 | 0x80));
                let (i, _, _) = intrinsics::lookup("VARTYPE").unwrap_or((0, 1, 1));
                self.emit(Op::Intr(i, 1));
                return;
            }
            "SUBR" if !args.is_empty() => {
                self.subr_call(args);
                return;
            }
            // FILEINFO takes its file variable by reference: an unassigned
            // one (never set, or after CLOSE) is "not a file" for key 0
            "FILEINFO"
                if args.len() == 2
                    && matches!(&args[0], Expr::Var(v) if !self.dims.contains(v)) =>
            {
                let Expr::Var(v) = &args[0] else { return };
                let r = self.var_ref(v);
                self.emit(Op::LoadRaw(r));
                self.expr(&args[1]);
                let (i, _, _) = intrinsics::lookup("FILEINFO").unwrap_or((0, 2, 2));
                self.emit(Op::Intr(i, 2));
                return;
            }
            "ASSIGNED" | "UNASSIGNED" if args.len() == 1 => {
                match &args[0] {
                    Expr::Var(v) if !self.dims.contains(v) => {
                        let r = self.var_ref(v);
                        self.emit(Op::Assigned(r));
                    }
                    Expr::Call(m, idx)
                        if self.dims.contains(m) && !idx.is_empty() && idx.len() <= 2 =>
                    {
                        let r = self.var_ref(m);
                        for i in idx {
                            self.expr(i);
                        }
                        self.emit(Op::ElemLoad(r, idx.len() as u8 | 0x80));
                        let (i, _, _) = intrinsics::lookup("ASSIGNED").unwrap_or((0, 1, 1));
                        self.emit(Op::Intr(i, 1));
                    }
                    other => {
                        self.expr(other);
                        let (i, _, _) = intrinsics::lookup("ASSIGNED").unwrap_or((0, 1, 1));
                        self.emit(Op::Intr(i, 1));
                    }
                }
                if name == "UNASSIGNED" {
                    self.emit(Op::Not);
                }
                return;
            }
            _ => {}
        }
        if name == "IFS" && args.len() == 3 {
            // REUSE() on any argument: flags as a 4th argument (bits 0..2)
            self.reuse_flagged_intrinsic(name, args, |k| Some(1 << k));
            return;
        }
        if name == "SPLICE" && args.len() == 3 {
            // REUSE() on either array: flags as a 4th argument (bit 0, bit 1)
            self.reuse_flagged_intrinsic(name, args, |k| match k {
                0 => Some(1),
                2 => Some(2),
                _ => None,
            });
            return;
        }
        if PAIRWISE.contains(&name) && args.len() == 2 {
            self.reuse_flagged_intrinsic(name, args, |k| Some(1 << k));
            return;
        }
        if let Some((id, min, max)) = intrinsics::lookup(name) {
            if args.len() < min as usize || args.len() > max as usize || args.len() > 255 {
                self.arg_count_error(args.len(), min as usize);
                return;
            }
            let before = self.errors.len();
            for a in args {
                self.expr(a);
            }
            if self.errors.len() > before {
                // ScarletDME skips the rest of the line after an error in an
                // argument, and then misses the function's right bracket
                self.error("Right bracket not found where expected");
            }
            self.emit(Op::Intr(id, args.len() as u8));
            return;
        }
        if self.ext.function(name).is_some() {
            let k = self.konst(Value::text(name));
            self.call_with_refs(Op::Ext(k, args.len() as u8), args, true, true);
            return;
        }
        if crate::syntax::function_words::is_function_word(name) {
            self.error(ErrorKind::UnsupportedFunction(name.to_string()));
            return;
        }
        if self.known_variable(name) && (1..=2).contains(&args.len()) {
            // BCOMP indexes a name it already knows as a variable (an
            // argument, a name used before): a matrix passed to it works, a
            // scalar fails at run time, "Expected array variable X"
            let r = self.var_ref(name);
            for a in args {
                self.expr(a);
            }
            self.emit(Op::ElemLoad(r, args.len() as u8));
            return;
        }
        self.undimensioned_ref(name, args);
    }

    /// Whether `name` already has a variable (an argument, COMMON, or a
    /// name used earlier in the source): ScarletDME's symbol table, which
    /// decides what a later `name(i)` is.
    fn known_variable(&self, name: &str) -> bool {
        self.scope.as_ref().is_some_and(|s| s.contains_key(name)) || self.vars.contains_key(name)
    }

    /// A name first used as `name(i)` with no DIM is a matrix to BCOMP:
    /// a later use without index is an error (and the missing DIM is
    /// reported at the end).
    fn undimmed_scalar_use(&mut self, name: &str) -> bool {
        if self.undimmed.iter().any(|n| n == name) {
            self.error(ErrorKind::MatrixWithoutSubscript(name.to_string()));
            return true;
        }
        false
    }

    /// A reference to a name that is not a function and was never
    /// dimensioned: reported at the end, but its subscripts (the first two,
    /// which ScarletDME reads before it wants the bracket) are still
    /// compiled, so errors inside them are found as ScarletDME finds them.
    fn undimensioned_ref(&mut self, name: &str, args: &[Expr]) {
        for a in args.iter().take(2) {
            self.expr(a);
        }
        self.subscript_count_ok(args.len());
        self.undimensioned(name);
    }

    /// Stores a value into an lvalue.
    pub(super) fn store<'a>(&mut self, lv: &'a Expr, src: Src<'a>) {
        match lv {
            Expr::Var(name) => {
                self.src(src);
                let r = self.var_ref(name);
                if self.dims.contains(name) && !self.dims_after_use.contains(name) {
                    self.error(ErrorKind::MatrixWithoutSubscript(name.to_string()));
                }
                self.undimmed_scalar_use(name);
                self.emit(Op::Store(r));
            }
            Expr::At(name) => {
                if !at_assignable(name) {
                    self.error("Illegal use of @ variable as lvalue");
                    return;
                }
                self.src(src);
                let i = AT_VARS.iter().position(|a| a == name).unwrap_or(0);
                self.emit(Op::StoreAt(i as u16));
            }
            Expr::Paren(x) => self.store(x, src),
            Expr::Call(name, idx)
                if self.dims.contains(name)
                    || self.known_variable(name) && (1..=2).contains(&idx.len()) =>
            {
                if !self.subscript_count_ok(idx.len()) {
                    return;
                }
                let tv = self.stash(src);
                let r = self.var_ref(name);
                for i in idx {
                    self.expr(i);
                }
                self.unstash(tv, lv);
                self.emit(Op::ElemStore(r, idx.len() as u8));
            }
            Expr::Field(base, idx) => {
                if let Expr::Var(name) = &**base {
                    if !self.dims.contains(name) {
                        let tv = self.stash(src);
                        let r = self.var_ref(name);
                        for i in idx {
                            self.expr(i);
                        }
                        self.unstash(tv, lv);
                        self.emit(Op::StoreField(r, idx.len() as u8));
                        return;
                    }
                }
                // read-modify-write through REPLACE
                let tv = self.stash(src);
                self.expr(base);
                for i in idx {
                    self.expr(i);
                }
                self.unstash(tv, lv);
                let (id, _, _) = intrinsics::lookup("REPLACE").unwrap_or((0, 3, 5));
                self.emit(Op::Intr(id, idx.len() as u8 + 2));
                self.store(base, Src::Stack);
            }
            Expr::Substr(base, args) if args.len() == 2 => {
                if let Expr::Var(name) = &**base {
                    if !self.dims.contains(name) {
                        let tv = self.stash(src);
                        let r = self.var_ref(name);
                        self.expr(&args[0]);
                        self.expr(&args[1]);
                        self.unstash(tv, lv);
                        self.emit(Op::StoreSubstr(r));
                        return;
                    }
                }
                // element substring: via a temp
                let t = self.temp();
                let tv = self.stash(src);
                self.expr(base);
                self.emit(Op::Store(t));
                self.expr(&args[0]);
                self.expr(&args[1]);
                self.unstash(tv, lv);
                self.emit(Op::StoreSubstr(t));
                self.emit(Op::LoadRaw(t));
                self.free_temp(t);
                self.store(base, Src::Stack);
            }
            Expr::Call(name, idx) => self.undimensioned_ref(name, idx),
            // an EQUATE of a constant on the left of `=` (ScarletDME's text)
            _ => self.error(ErrorKind::NotFound("Variable name".into())),
        }
    }

    fn src(&mut self, src: Src) {
        if let Src::Expr(e) = src {
            self.expr(e);
        }
    }

    /// For stores that need indices first: a value already on the stack is
    /// moved to a temp.
    fn stash<'a>(&mut self, src: Src<'a>) -> Stashed<'a> {
        match src {
            Src::Stack => {
                let t = self.temp();
                self.emit(Op::Store(t));
                Stashed::Temp(t)
            }
            Src::Expr(e) => Stashed::Expr(e),
        }
    }

    fn unstash(&mut self, tv: Stashed, _lv: &Expr) {
        match tv {
            Stashed::Temp(t) => {
                self.emit(Op::LoadRaw(t));
                self.free_temp(t);
            }
            Stashed::Expr(e) => self.expr(e),
        }
    }
}

/// A stashed store source.
pub(super) enum Stashed<'a> {
    Temp(VarRef),
    Expr(&'a Expr),
}

impl Compiler<'_> {
    /// Intrinsic `name` whose arguments may be wrapped in `REUSE()`: each
    /// argument `k` for which `bit(k)` gives a bit is compiled unwrapped with
    /// that bit set in a flags value, passed as one more, last argument.
    fn reuse_flagged_intrinsic(
        &mut self,
        name: &str,
        args: &[Expr],
        bit: impl Fn(usize) -> Option<i32>,
    ) {
        let id = intrinsics::lookup(name).map_or(0, |l| l.0);
        let mut flags = 0;
        for (k, a) in args.iter().enumerate() {
            match (a, bit(k)) {
                (Expr::Call(r, x), Some(b))
                    if r == "REUSE" && x.len() == 1 && !self.dims.contains(r) =>
                {
                    flags |= b;
                    self.expr(&x[0]);
                }
                (other, _) => self.expr(other),
            }
        }
        self.emit(Op::Int(flags));
        self.emit(Op::Intr(id, args.len() as u8 + 1));
    }
}
