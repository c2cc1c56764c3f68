//! The FILE statement (`FILE NAME[, NAME...]`) and the forms it gives the
//! program: `NAME(FIELD)` is field FIELD (a dictionary item) of the record
//! held in variable NAME, `READ NAME FROM id` and `WRITE NAME ON id` read
//! and write it through the file, opened by the FILE statement itself (a
//! failed open is ignored, as ScarletDME does).

use super::Parser;
use crate::syntax::ast::*;
use crate::syntax::file_dicts::field_number;
use crate::syntax::lexer::{Sym, Tok};

/// The variable holding the open file of a FILE statement's name.
fn file_var(name: &str) -> Expr {
    Expr::Var(format!("__{name}"))
}

impl Parser<'_> {
    /// `FILE NAME[, NAME...]`: each name's dictionary must open now.
    pub(super) fn file_stmt(&mut self) -> Option<StmtKind> {
        let mut opens = Vec::new();
        loop {
            let t = self.cur();
            let (file, line) = (t.file, t.line);
            let Tok::Ident(name) = self.peek().clone() else {
                self.error("File name required");
                return None;
            };
            self.advance();
            let upper = name.to_ascii_uppercase();
            if !self.dicts.exists(&name) && !self.dicts.exists(&upper) {
                self.error(format!("Cannot open dictionary for file {name}"));
                return None;
            }
            if self.file_refs.iter().any(|(u, _)| *u == upper) {
                self.error(format!(
                    "File {name} is referenced more than once in FILE statements"
                ));
                return None;
            }
            self.file_refs.push((upper, name.clone()));
            opens.push(Stmt {
                file,
                line,
                rline: self.rline,
                kind: StmtKind::Io {
                    kw: "OPEN".into(),
                    inputs: vec![Expr::Str(Vec::new()), Expr::Str(name.clone().into_bytes())],
                    outputs: vec![file_var(&name)],
                    clauses: Clauses::default(),
                },
            });
            if !self.eat_sym(Sym::Comma) {
                break;
            }
        }
        if opens.len() == 1 {
            return opens.pop().map(|s| s.kind);
        }
        Some(StmtKind::If(Expr::Num("1".into()), opens, Vec::new()))
    }

    /// `NAME(FIELD)` after the name of a FILE statement (`name`, already
    /// taken): the field it names (None: not such a reference; Some(None):
    /// an error was reported).
    pub(super) fn file_field(&mut self, name: &str) -> Option<Option<Expr>> {
        if self.file_refs.is_empty() || self.peek() != &Tok::Sym(Sym::LParen) {
            return None;
        }
        let upper = name.to_ascii_uppercase();
        let var = self.file_refs.iter().find(|(u, _)| *u == upper)?.1.clone();
        self.advance();
        let Tok::Ident(field) = self.peek().clone() else {
            self.error("Field name required");
            return Some(None);
        };
        self.advance();
        let n = match field_number(self.dicts, &var, &field) {
            Ok(n) => n,
            Err(m) => {
                self.error(m);
                return Some(None);
            }
        };
        if !self.eat_sym(Sym::RParen) {
            self.error("Right bracket not found where expected");
            return Some(None);
        }
        Some(Some(Expr::Field(
            Box::new(Expr::Var(var)),
            vec![Expr::Num(n.to_string())],
        )))
    }

    /// The file variable of a FILE statement's record variable `e`.
    pub(super) fn file_ref_var(&self, e: &Expr) -> Option<Expr> {
        let Expr::Var(name) = e else {
            return None;
        };
        let upper = name.to_ascii_uppercase();
        self.file_refs
            .iter()
            .find(|(u, _)| *u == upper)
            .map(|(_, n)| file_var(n))
    }
}
