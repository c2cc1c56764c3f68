//! Compiling the terminal and printer statements (`syntax::term_ast`) to
//! `Sys::Term` operations (`bytecode::term_ops`).

use super::expr::Src;
use super::Compiler;
use crate::bytecode::statement_ops::Sys;
use crate::bytecode::term_ops as t;
use crate::bytecode::Op;
use crate::syntax::ast::Expr;
use crate::syntax::term_ast::*;

impl Compiler<'_> {
    fn opt(&mut self, e: &Option<Expr>, default: i32) {
        match e {
            Some(e) => self.expr(e),
            None => {
                self.emit(Op::Int(default));
            }
        }
    }

    /// PRINT ON unit: the unit for the PRINT that follows.
    pub(super) fn print_unit(&mut self, unit: &Expr) {
        self.emit(Op::Int(t::PRINT_UNIT));
        self.expr(unit);
        self.sys(Sys::Term, 2);
    }

    pub(super) fn term_stmt(&mut self, s: &TermStmt) {
        match s {
            TermStmt::Input(i) => {
                self.emit(Op::Int(t::INPUT));
                match &i.at {
                    Some((x, y)) => {
                        self.expr(x);
                        self.expr(y);
                    }
                    None => {
                        self.emit(Op::Int(-1));
                        self.emit(Op::Int(-1));
                    }
                }
                if i.flags & IN_DISPLAY != 0 {
                    // the variable's value, "" when unassigned
                    let cur = Expr::If(
                        Box::new(Expr::Call("UNASSIGNED".into(), vec![i.var.clone()])),
                        Box::new(Expr::Str(Vec::new())),
                        Box::new(i.var.clone()),
                    );
                    self.expr(&cur);
                } else {
                    self.emit(Op::Int(0));
                }
                self.opt(&i.len, 0);
                self.opt(&i.mask, 0);
                self.opt(&i.timeout, 0);
                let at = if i.at.is_some() { IN_AT } else { 0 };
                self.emit(Op::Int((i.flags | at) as i32));
                self.sys(Sys::Term, 8);
                self.store(&i.var, Src::Stack);
                self.after_input(&i.clauses);
            }
            TermStmt::In {
                var,
                timeout,
                clauses,
            } => {
                self.emit(Op::Int(t::IN));
                self.opt(timeout, 0);
                self.sys(Sys::Term, 2);
                self.store(var, Src::Stack);
                self.after_input(clauses);
            }
            TermStmt::Heading {
                footing,
                eject,
                unit,
                text,
            } => {
                self.emit(Op::Int(t::HEADING));
                self.opt(unit, 0);
                self.expr(text);
                let kind = if *footing { 2 } else { i32::from(!*eject) };
                self.emit(Op::Int(kind));
                self.sys(Sys::Term, 4);
            }
            TermStmt::Page { unit, page } => {
                self.emit(Op::Int(t::PAGE));
                self.opt(unit, 0);
                self.opt(page, -1);
                self.sys(Sys::Term, 3);
            }
            TermStmt::Printer(op) => {
                self.emit(Op::Int(t::PRINTER));
                let (code, unit) = match op {
                    PrinterOp::On => (0, None),
                    PrinterOp::Off => (1, None),
                    PrinterOp::Reset => (2, None),
                    PrinterOp::Close(u) => (3, u.as_ref()),
                };
                self.emit(Op::Int(code));
                match unit {
                    Some(u) => self.expr(u),
                    None => {
                        self.emit(Op::Int(-2));
                    }
                }
                self.sys(Sys::Term, 3);
            }
            TermStmt::RestoreScreen(img, all) => {
                self.emit(Op::Int(t::RESTORE_SCREEN));
                self.expr(img);
                self.expr(all);
                self.sys(Sys::Term, 3);
            }
            TermStmt::ClearInput => {
                self.emit(Op::Int(t::CLEAR_INPUT));
                self.sys(Sys::Term, 1);
            }
            TermStmt::Ttyset(e) => {
                self.emit(Op::Int(t::TTYSET));
                self.expr(e);
                self.sys(Sys::Term, 2);
            }
        }
    }

    /// The THEN/ELSE code left under the input: dispatched, or dropped.
    fn after_input(&mut self, clauses: &Option<crate::syntax::ast::Clauses>) {
        match clauses {
            Some(c) => self.clauses(c),
            None => {
                self.emit(Op::Pop);
            }
        }
    }
}
