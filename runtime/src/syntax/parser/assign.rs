//! Assignments: the lvalue (variable, element, field or substring
//! reference) and the statement `lvalue op value`.

use super::Parser;
use crate::syntax::ast::*;
use crate::syntax::compile_error::ErrorKind;
use crate::syntax::lexer::{Sym, Tok};

impl Parser<'_> {
    /// Parses an lvalue (variable, element, field or substring reference).
    pub(crate) fn lvalue(&mut self) -> Option<Expr> {
        let name = match self.peek().clone() {
            Tok::Ident(n) => n,
            Tok::At(n) => {
                self.advance();
                return self.lvalue_suffix(Expr::At(n));
            }
            _ => {
                self.error(ErrorKind::NotFound("Variable name".into()));
                return None;
            }
        };
        self.advance();
        let e = if let Some(eq) = self.equates.get(&name) {
            eq.clone()
        } else if let Some(f) = self.file_field(&name) {
            f?
        } else if self.peek() == &Tok::Sym(Sym::LParen) {
            let args = self.call_args()?;
            Expr::Call(name, args)
        } else {
            self.used_vars.push(name.clone());
            Expr::Var(name)
        };
        self.lvalue_suffix(e)
    }

    /// The `<f,v,s>` and `[s,l]` suffixes of an lvalue.
    pub(super) fn lvalue_suffix(&mut self, mut e: Expr) -> Option<Expr> {
        loop {
            match self.peek() {
                Tok::Sym(Sym::Lt) => match self.try_field_ref(false)? {
                    Some(idx) => e = Expr::Field(Box::new(e), idx),
                    None => return Some(e),
                },
                Tok::Sym(Sym::LBrack) => {
                    let args = self.substr_args(false)?;
                    e = Expr::Substr(Box::new(e), args);
                }
                _ => return Some(e),
            }
        }
    }

    pub(super) fn assign_op(&self) -> Option<AssignOp> {
        Some(match self.peek() {
            Tok::Sym(Sym::Eq) => AssignOp::Set,
            Tok::Sym(Sym::PlusEq) => AssignOp::Add,
            Tok::Sym(Sym::MinusEq) => AssignOp::Sub,
            Tok::Sym(Sym::StarEq) => AssignOp::Mul,
            Tok::Sym(Sym::SlashEq) => AssignOp::Div,
            Tok::Sym(Sym::ColonEq) => AssignOp::Cat,
            _ => return None,
        })
    }

    /// Tries to parse an assignment at the current position.
    pub(super) fn try_assignment(&mut self) -> Option<Option<StmtKind>> {
        // IF (a) = b THEN ...: a condition, not a matrix element
        if self.is_kw("IF") && self.peek_at(1) == &Tok::Sym(Sym::LParen) {
            return Some(None);
        }
        let save = self.pos;
        let save_split = self.split.clone();
        let nused = self.used_vars.len();
        let nerr = self.errors.len();
        let eof_reported = self.eof_reported;
        // ScarletDME reads every statement `NAME <...` as a field assignment
        let field_assign =
            matches!(self.peek(), Tok::Ident(_)) && self.peek_at(1) == &Tok::Sym(Sym::Lt);
        let lv = self.lvalue();
        if field_assign {
            self.check_field_assignment(lv.as_ref())?;
        }
        if let Some(lv) = lv {
            if self.peek() == &Tok::Sym(Sym::Arrow) {
                return self.obj_stmt(lv).map(Some);
            }
            if let Some(op) = self.assign_op() {
                self.advance();
                let e = self.expr_fmt()?;
                if let Expr::Substr(base, a) = &lv {
                    if a.len() == 1 {
                        self.error("Substring assignment needs start and length");
                        return None;
                    }
                    if a.len() == 3 {
                        // field substring assignment: S = FIELDSTORE(S, d, n, k, v)
                        let base = (**base).clone();
                        let mut args = vec![base.clone()];
                        args.extend(a.iter().cloned());
                        let v = match op {
                            AssignOp::Set => e,
                            _ => {
                                self.error("Illegal assignment operation");
                                return None;
                            }
                        };
                        args.push(v);
                        let call = Expr::Call("FIELDSTORE".into(), args);
                        return Some(Some(StmtKind::Assign(base, AssignOp::Set, call)));
                    }
                }
                return Some(Some(StmtKind::Assign(lv, op, e)));
            }
            if field_assign {
                self.error("Illegal operator after field expression");
                return None;
            }
        }
        self.pos = save;
        self.split = save_split;
        self.used_vars.truncate(nused);
        self.errors.truncate(nerr);
        self.eof_reported = eof_reported;
        Some(None)
    }
}

/// The @-variables of ScarletDME's SYSCOM block (BCOMP's `at.syscom.vars`):
/// the only ones a statement may start with.
const AT_SYSCOM_VARS: &[&str] = &[
    "ABORT.CODE",
    "ABORT.MESSAGE",
    "ANS",
    "COMMAND",
    "COMMAND.STACK",
    "CONV",
    "DATA.PENDING",
    "DATE",
    "DS",
    "FILE.NAME",
    "FILENAME",
    "ID",
    "ITYPE.MODE",
    "LOGNAME",
    "ND",
    "NI",
    "NS",
    "NV",
    "LPV",
    "OPTION",
    "PARASENTENCE",
    "PATH",
    "PIB",
    "POB",
    "RECORD",
    "SELECTED",
    "SENTENCE",
    "SIB",
    "SOB",
    "SYS.BELL",
    "SYS0",
    "SYSTEM.RETURN.CODE",
    "SYSTEM.SET",
    "TIME",
    "TTY",
    "TRIGGER.RETURN.CODE",
    "USER.RETURN.CODE",
    "USER",
    "USER0",
    "USER1",
    "USER2",
    "USER3",
    "USER4",
    "VOC",
    "WHO",
];

/// Those of [`AT_SYSCOM_VARS`] that a program may assign (BCOMP's
/// `at.syscom.lvars`).
const AT_SYSCOM_LVARS: &[&str] = &[
    "USER.RETURN.CODE",
    "DATE",
    "TIME",
    "ID",
    "RECORD",
    "SELECTED",
    "TRIGGER.RETURN.CODE",
    "USER0",
    "USER1",
    "USER2",
    "USER3",
    "USER4",
    "ANS",
    "PIB",
    "SIB",
    "POB",
    "SOB",
];

impl Parser<'_> {
    /// A statement that starts with `@name` assigns it: BCOMP checks the
    /// name before anything else, so a constant such as @VM left over after
    /// an expression (`Y = X F @VM`) is an unrecognised @-variable.
    pub(crate) fn at_statement_target(&mut self, name: &str) -> Option<()> {
        if name.is_empty() {
            return Some(());
        }
        if !AT_SYSCOM_VARS.contains(&name) {
            self.error(ErrorKind::UnknownAtVariable(name.to_string()));
            return None;
        }
        if !AT_SYSCOM_LVARS.contains(&name) {
            self.error("Illegal use of @ variable as lvalue");
            return None;
        }
        Some(())
    }
}
