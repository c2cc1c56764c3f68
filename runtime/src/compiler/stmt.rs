//! Statement compilation.

use super::expr::Src;
use super::{Compiler, ErrorKind};
use crate::bytecode::intrinsics;
use crate::bytecode::statement_ops::Sys;
use crate::bytecode::*;
use crate::syntax::ast::*;

/// The operands of a chain of `:` (left to right).
fn flatten_cat<'a>(e: &'a Expr, out: &mut Vec<&'a Expr>) {
    match e {
        Expr::Bin(BinOp::Cat, l, r) => {
            flatten_cat(l, out);
            flatten_cat(r, out);
        }
        other => out.push(other),
    }
}

impl Compiler<'_> {
    fn intr(&mut self, name: &str, argc: u8) {
        let (id, _, _) = intrinsics::lookup(name).unwrap_or((0, 0, 0));
        self.emit(Op::Intr(id, argc));
    }

    pub(super) fn sys(&mut self, s: Sys, argc: u8) {
        self.emit(Op::Sys(s as u16, argc));
    }

    /// Emits THEN/ELSE/LOCKED/ON ERROR dispatch on a branch code on the stack.
    pub(super) fn clauses(&mut self, c: &Clauses) {
        let code = self.temp();
        self.emit(Op::Store(code));
        self.clauses_on(code, c);
        self.free_temp(code);
    }

    /// The clauses of a statement whose branch code is in `code`: THEN
    /// when it is 1, LOCKED 2, ON ERROR 3, else ELSE. No test is made for
    /// an absent clause, and no jump over a clause that is not there
    /// (`READSEQ x FROM f ELSE EXIT` is one compare-and-branch).
    pub(super) fn clauses_on(&mut self, code: VarRef, c: &Clauses) {
        let mut ends = Vec::new();
        let after_then = c.locked.is_some() || c.on_error.is_some() || !c.els.is_empty();
        if !c.then.is_empty() {
            self.emit(Op::LoadRaw(code));
            self.emit(Op::Int(1));
            self.emit(Op::Eq);
            let jf = self.emit(Op::JumpF(0));
            self.block(&c.then);
            if after_then {
                ends.push(self.emit(Op::Jump(0)));
            }
            self.patch(jf);
        } else if after_then {
            // THEN (code 1) goes past the other clauses
            self.emit(Op::LoadRaw(code));
            self.emit(Op::Int(1));
            self.emit(Op::Ne);
            ends.push(self.emit(Op::JumpF(0)));
        }
        for (n, body) in [(2, &c.locked), (3, &c.on_error)] {
            if let Some(b) = body {
                self.emit(Op::LoadRaw(code));
                self.emit(Op::Int(n));
                self.emit(Op::Eq);
                let jf = self.emit(Op::JumpF(0));
                self.block(b);
                ends.push(self.emit(Op::Jump(0)));
                self.patch(jf);
            }
        }
        self.block(&c.els);
        for e in ends {
            self.patch(e);
        }
    }

    fn then_else(&mut self, then: &[Stmt], els: &[Stmt]) {
        let c = Clauses {
            then: then.to_vec(),
            els: els.to_vec(),
            locked: None,
            on_error: None,
            then_else: true,
        };
        self.clauses(&c);
    }

    pub(super) fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Null => {}
            StmtKind::Assign(lv, op, e) => self.assign(lv, *op, e),
            StmtKind::Print {
                crt,
                items,
                newline,
                on,
            } => {
                if let Some(o) = on {
                    self.print_unit(o);
                }
                for it in items {
                    match it {
                        PrintItem::Expr(e) => {
                            self.expr(e);
                            self.emit(Op::PrintPart);
                        }
                        PrintItem::Comma => {
                            self.emit(Op::PrintTab);
                        }
                    }
                }
                let flags = (*newline as u8) | if *crt { 0 } else { 2 };
                self.emit(Op::PrintEnd(flags));
            }
            StmtKind::If(c, t, e) => {
                self.expr(c);
                let jf = self.emit(Op::JumpF(0));
                self.block(t);
                if e.is_empty() {
                    self.patch(jf);
                } else {
                    let j = self.emit(Op::Jump(0));
                    self.patch(jf);
                    self.block(e);
                    self.patch(j);
                }
            }
            StmtKind::Case(cases) => {
                let mut ends = Vec::new();
                for (c, body, rline) in cases {
                    self.rline = *rline;
                    self.expr(c);
                    let jf = self.emit(Op::JumpF(0));
                    self.block(body);
                    ends.push(self.emit(Op::Jump(0)));
                    self.patch(jf);
                }
                for e in ends {
                    self.patch(e);
                }
            }
            StmtKind::Loop(parts) => self.loop_stmt(parts),
            StmtKind::For {
                var,
                from,
                to,
                step,
                cond,
                body,
            } => self.for_stmt(var, from, to, step, cond, body),
            StmtKind::Exit | StmtKind::Continue | StmtKind::Do | StmtKind::LoopTest { .. } => {
                self.loop_jump(&s.kind)
            }
            StmtKind::Label(l) => {
                let l = format!("{}{}", self.label_prefix, l);
                let at = self.here();
                if self.labels.insert(l.clone(), at).is_some() {
                    self.error(ErrorKind::DuplicateLabel(l.to_string()));
                }
            }
            StmtKind::Goto(l) => self.jump_label(Op::Jump(0), l),
            StmtKind::ReturnTo(l) => {
                self.sys(Sys::PopGosub, 0);
                self.jump_label(Op::Jump(0), l);
            }
            StmtKind::ClearData => self.sys(Sys::ClearData, 0),
            StmtKind::Gosub(l) if self.locals.contains_key(l) => self.local_call(l, &[]),
            StmtKind::Gosub(l) => self.jump_label(Op::Gosub(0), l),
            StmtKind::LocalCall(name, args) => self.local_call(name, args),
            StmtKind::Private(_) => {}
            StmtKind::Method(m) => {
                let inherits = std::mem::take(&mut self.inherits);
                self.method_def(m, &inherits);
                self.inherits = inherits;
            }
            StmtKind::ObjSet {
                obj,
                name,
                args,
                value,
            } => self.obj_set(obj, name, args, value.as_ref()),
            StmtKind::Inherit(dis, e) => self.inherit_stmt(*dis, e),
            StmtKind::Local {
                name,
                is_fn,
                params,
                by_value,
                body,
            } => self.local_def(name, *is_fn, params, by_value, body),
            StmtKind::OnGoto {
                gosub,
                expr,
                labels,
            } => {
                self.expr(expr);
                let ti = self.tables.len();
                self.tables.push(vec![0; labels.len()]);
                for (i, l) in labels.iter().enumerate() {
                    self.table_fixups
                        .push((ti, i, l.clone(), self.file, self.line));
                }
                self.emit(Op::OnGo(ti as u32, *gosub));
            }
            StmtKind::Return(e) => match e {
                Some(e) => {
                    self.expr(e);
                    self.emit(Op::ReturnVal);
                }
                None => {
                    self.emit(Op::Return);
                }
            },
            StmtKind::ErrMsg { id, args, then } => {
                self.expr(id);
                for a in args {
                    self.expr(a);
                }
                self.sys(Sys::ErrMsg, (args.len() + 1).min(255) as u8);
                match then {
                    MsgThen::Continue => {}
                    MsgThen::Stop => {
                        self.emit(Op::Stop(false));
                    }
                    MsgThen::Abort => {
                        self.emit(Op::Abort(false));
                    }
                }
            }
            StmtKind::Stop(e) | StmtKind::Abort(e) => {
                let abort = matches!(s.kind, StmtKind::Abort(_));
                if let Some(e) = e {
                    self.expr(e);
                }
                if !abort && e.is_none() && self.kind != UnitKind::Program {
                    // END in a subroutine returns
                    self.emit(Op::Return);
                } else if abort {
                    self.emit(Op::Abort(e.is_some()));
                } else {
                    self.emit(Op::Stop(e.is_some()));
                }
            }
            StmtKind::Call {
                name,
                indirect,
                args,
            } => self.call_stmt(name, indirect, args),
            StmtKind::Dim(v) => {
                for (name, dims) in v {
                    if dims.is_empty() || dims.len() > 2 {
                        self.error("DIM needs one or two dimensions");
                        continue;
                    }
                    let r = self.var_ref(name);
                    for d in dims {
                        self.expr(d);
                    }
                    if self.is_unit_param(name) {
                        // ScarletDME ignores the DIM of an argument (the
                        // caller's matrix keeps its size): the bounds are
                        // evaluated and dropped
                        for _ in dims {
                            self.emit(Op::Pop);
                        }
                        continue;
                    }
                    self.emit(Op::Dim(r, dims.len() as u8));
                }
            }
            StmtKind::MatAssign(name, e) => {
                if !self.dims.contains(name) {
                    self.error("Target for MAT must be DIMensioned as a matrix");
                    return;
                }
                let r = self.var_ref(name);
                self.expr(e);
                self.emit(Op::MatFill(r));
            }
            StmtKind::MatCopy(a, b) => {
                let ra = self.var_ref(a);
                let rb = self.var_ref(b);
                self.emit(Op::MatCopy(ra, rb));
            }
            StmtKind::Hush(state, setting) => {
                self.expr(state);
                self.sys(Sys::Hush, 1);
                match setting {
                    Some(v) => self.store(v, Src::Stack),
                    None => {
                        self.emit(Op::Pop);
                    }
                }
            }
            StmtKind::Csv(c) => self.csv_stmt(c),
            StmtKind::Void(e) => {
                self.expr(e);
                self.emit(Op::Pop);
            }
            StmtKind::Eval(es) => {
                for e in es {
                    self.expr(e);
                    self.emit(Op::Pop);
                }
            }
            StmtKind::Clear(common) => self.sys(
                if *common {
                    Sys::ClearCommon
                } else {
                    Sys::Clear
                },
                0,
            ),
            StmtKind::Randomize(e) => match e {
                Some(e) => {
                    self.expr(e);
                    self.sys(Sys::Randomize, 1);
                }
                None => self.sys(Sys::Randomize, 0),
            },
            StmtKind::Transaction(body) => self.transaction_block(body),
            StmtKind::Precision(e) => {
                self.expr(e);
                self.sys(Sys::Precision, 1);
            }
            StmtKind::Convert { from, to, var } => {
                self.expr(from);
                self.expr(to);
                self.expr(var);
                self.intr("CONVERT", 3);
                self.store(var, Src::Stack);
            }
            StmtKind::Ins { value, var, idx } => {
                self.edited_var(var, idx.iter().chain([value]));
                for i in idx {
                    self.expr(i);
                }
                self.expr(value);
                self.intr("INSERT", idx.len() as u8 + 2);
                self.store(var, Src::Stack);
            }
            StmtKind::Del { var, idx } => {
                self.edited_var(var, idx.iter());
                for i in idx {
                    self.expr(i);
                }
                self.intr("DELETE", idx.len() as u8 + 1);
                self.store(var, Src::Stack);
            }
            StmtKind::Locate(l) => {
                self.expr(&l.what);
                self.expr(&l.array);
                // start position indices (f, v, s); Pick form starts one level below
                let mut idx: Vec<Option<&Expr>> = l.idx.iter().map(Some).collect();
                let one = Expr::Num("1".into());
                if l.pick {
                    idx.push(Some(&one));
                }
                if idx.len() > 3 {
                    self.error("Too many LOCATE indices");
                }
                for i in 0..3 {
                    match idx.get(i).copied().flatten() {
                        Some(e) => self.expr(e),
                        None => {
                            self.emit(Op::Int(0));
                        }
                    }
                }
                match &l.order {
                    Some(o) => self.expr(o),
                    None => {
                        self.emit(Op::Empty);
                    }
                }
                self.sys(Sys::Locate, 6);
                // stack: pos, code
                let code = self.temp();
                self.emit(Op::Store(code));
                self.store(&l.setting, Src::Stack);
                self.emit(Op::LoadRaw(code));
                self.free_temp(code);
                self.then_else(&l.then, &l.els);
            }
            StmtKind::Find {
                substr,
                what,
                array,
                occ,
                setting,
                then,
                els,
            } => {
                self.expr(what);
                self.expr(array);
                match occ {
                    Some(o) => self.expr(o),
                    None => {
                        self.emit(Op::Int(1));
                    }
                }
                self.sys(if *substr { Sys::FindStr } else { Sys::Find }, 3);
                // stack: f, v, s, code; the SETTING variables change only
                // when found (ScarletDME leaves them as they were)
                let code = self.temp();
                self.emit(Op::Store(code));
                self.emit(Op::LoadRaw(code));
                self.emit(Op::Int(1));
                self.emit(Op::Eq);
                let not_found = self.emit(Op::JumpF(0));
                for i in (0..3).rev() {
                    match setting.get(i) {
                        Some(lv) => self.store(lv, Src::Stack),
                        None => {
                            self.emit(Op::Pop);
                        }
                    }
                }
                let stored = self.emit(Op::Jump(0));
                self.patch(not_found);
                for _ in 0..3 {
                    self.emit(Op::Pop);
                }
                self.patch(stored);
                self.emit(Op::LoadRaw(code));
                self.free_temp(code);
                self.then_else(then, els);
            }
            StmtKind::Remove { var, from, delim } => {
                let r = self.var_ref(from);
                self.emit(Op::SysVar(Sys::Remove as u16, r));
                // stack: item, delim
                self.store(delim, Src::Stack);
                self.store(var, Src::Stack);
            }
            StmtKind::SetRem { pos, var } => {
                let r = self.var_ref(var);
                self.expr(pos);
                self.emit(Op::SysVar(Sys::SetRem as u16, r));
            }
            StmtKind::Io {
                kw,
                inputs,
                outputs,
                clauses,
            } => self.io_stmt(kw, inputs, outputs, clauses),
            StmtKind::Execute {
                cmd,
                capturing,
                returning,
                rtnlist,
                passlist,
                trapping,
            } => self.execute_stmt(cmd, capturing, returning, rtnlist, passlist, *trapping),
            StmtKind::Data(v) => {
                for e in v {
                    self.expr(e);
                    self.sys(Sys::Data, 1);
                }
            }
            StmtKind::Term(t) => self.term_stmt(t),
            StmtKind::Input { var, prompt } => {
                if let Some(p) = prompt {
                    self.expr(p);
                    self.sys(Sys::Prompt, 1);
                }
                self.sys(Sys::Input, 0);
                self.store(var, Src::Stack);
            }
            StmtKind::Prompt(e) => {
                self.expr(e);
                self.sys(Sys::Prompt, 1);
            }
            StmtKind::Sleep(e) => {
                self.expr(e);
                self.sys(Sys::Sleep, 1);
            }
            StmtKind::Nap(e) => {
                self.expr(e);
                self.sys(Sys::Nap, 1);
            }
            StmtKind::MatParse { mat, src, delim } => {
                let r = self.var_ref(mat);
                self.emit(Op::Take(r));
                self.expr(src);
                self.expr(delim);
                self.sys(Sys::MatParse, 3);
                self.emit(Op::Store(r));
            }
            StmtKind::MatBuild {
                var,
                mat,
                delim,
                range,
            } => {
                let r = self.var_ref(mat);
                self.emit(Op::LoadRaw(r));
                match delim {
                    Some(d) => self.expr(d),
                    None => {
                        self.emit(Op::Int(-1));
                    }
                }
                for i in 0..2 {
                    match range.get(i) {
                        Some(e) => self.expr(e),
                        None => {
                            self.emit(Op::Int(if i == 0 { 1 } else { 0 }));
                        }
                    }
                }
                self.sys(Sys::MatBuild, 4);
                self.store(var, Src::Stack);
            }
            StmtKind::SetExitStatus(e) => {
                self.expr(e);
                self.sys(Sys::SetExitStatus, 1);
            }
            StmtKind::SetArg(n, e) => {
                self.expr(n);
                self.expr(e);
                self.sys(Sys::SetArg, 2);
            }
            StmtKind::Chain(e) => {
                self.expr(e);
                self.sys(Sys::Chain, 1);
            }
            StmtKind::Clearselect(_) => {}
            StmtKind::Echo(e) => {
                self.expr(e);
                self.sys(Sys::Echo, 1);
            }
            StmtKind::Ext(name, args) => {
                let k = self.konst(crate::value::Value::text(name));
                self.call_with_refs(Op::Ext(k, args.len() as u8), args, true, true);
                self.emit(Op::Pop);
            }
        }
    }

    fn assign(&mut self, lv: &Expr, op: AssignOp, e: &Expr) {
        match op {
            AssignOp::Set => {
                // X = X : a, X = REPLACE(X, ...): done on X in place
                if let Expr::Var(name) = lv {
                    if !self.dims.contains(name) && self.set_in_place(name, e) {
                        return;
                    }
                }
                self.store(lv, Src::Expr(e))
            }
            AssignOp::Cat => {
                if let Expr::Var(name) = lv {
                    if !self.dims.contains(name) {
                        let r = self.var_ref(name);
                        // X := a : b : c appends each part in place (no temporary
                        // string) when the parts neither read X nor call code
                        let mut parts = Vec::new();
                        flatten_cat(e, &mut parts);
                        if parts.len() > 1
                            && parts
                                .iter()
                                .all(|p| self.pure(p) && !super::call::mentions(p, name))
                        {
                            for p in parts {
                                self.expr(p);
                                self.emit(Op::Append(r));
                            }
                            return;
                        }
                        self.expr(e);
                        self.emit(Op::Append(r));
                        return;
                    }
                }
                self.expr(lv);
                self.expr(e);
                self.emit(Op::Cat);
                self.store(lv, Src::Stack);
            }
            AssignOp::Add if matches!(lv, Expr::Var(n) if !self.dims.contains(n)) => {
                if let Expr::Var(name) = lv {
                    let r = self.var_ref(name);
                    self.expr(e);
                    self.emit(Op::AddTo(r));
                }
            }
            _ => {
                self.expr(lv);
                self.expr(e);
                self.emit(match op {
                    AssignOp::Add => Op::Add,
                    AssignOp::Sub => Op::Sub,
                    AssignOp::Mul => Op::Mul,
                    _ => Op::Div,
                });
                self.store(lv, Src::Stack);
            }
        }
    }

    /// True when `e` is `name : p1 : p2 ...` with side-effect-free parts
    /// (collected into `parts`).
    pub(super) fn self_concat<'a>(
        &self,
        name: &str,
        e: &'a Expr,
        parts: &mut Vec<&'a Expr>,
    ) -> bool {
        match e {
            Expr::Bin(BinOp::Cat, l, r) => {
                // a part that reads X must see X before any append
                if !self.pure(r) || super::call::mentions(r, name) {
                    return false;
                }
                let ok = match &**l {
                    Expr::Var(n) => n == name,
                    other => self.self_concat(name, other, parts),
                };
                if ok {
                    parts.push(r);
                }
                ok
            }
            _ => false,
        }
    }

    /// True when evaluating `e` cannot change variables (no user or
    /// extension function calls).
    pub(super) fn pure(&self, e: &Expr) -> bool {
        match e {
            Expr::Num(_) | Expr::Str(_) | Expr::Var(_) | Expr::At(_) | Expr::Mat(_) => true,
            Expr::Bin(_, a, b) => self.pure(a) && self.pure(b),
            Expr::Neg(a) | Expr::Pos(a) | Expr::Paren(a) => self.pure(a),
            Expr::Call(n, args) => {
                (self.dims.contains(n)
                    || (!self.deffuns.contains_key(n)
                        && self.ext.function(n).is_none()
                        && n != "REMOVE"))
                    && args.iter().all(|a| self.pure(a))
            }
            Expr::Field(a, idx) | Expr::Substr(a, idx) => {
                self.pure(a) && idx.iter().all(|x| self.pure(x))
            }
            Expr::If(a, b, c) => self.pure(a) && self.pure(b) && self.pure(c),
            Expr::Me => true,
            Expr::ObjGet(..) => false,
        }
    }
}
