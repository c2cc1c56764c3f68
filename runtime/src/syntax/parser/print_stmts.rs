//! Print-list statements: PRINT and CRT, and the messages of STOP, ABORT
//! and ERRMSG.

use super::Parser;
use crate::syntax::ast::*;
use crate::syntax::lexer::{Sym, Tok};

impl Parser<'_> {
    pub(super) fn print_stmt(&mut self, crt: bool) -> Option<StmtKind> {
        let mut on = None;
        if !crt && self.eat_kw("ON") {
            // an expression without format juxtaposition (BCOMP's `expr`):
            // in `PRINT ON U + 1 "text"` the string is the first item
            let saved = self.no_format.replace(self.depth);
            let e = self.expr();
            self.no_format = saved;
            on = Some(e?);
        }
        let mut items = Vec::new();
        let mut newline = true;
        loop {
            if self.at_clause_end() || self.at_loop_word() {
                break;
            }
            if self.peek() == &Tok::Sym(Sym::Comma) && items.is_empty() {
                self.error("Data item or constant not found where expected");
                return None;
            }
            if self.eat_sym(Sym::Comma) {
                items.push(PrintItem::Comma);
                continue;
            }
            if self.eat_sym(Sym::Colon) {
                if self.at_clause_end() || self.at_loop_word() {
                    newline = false;
                    break;
                }
                if self.peek() == &Tok::Sym(Sym::Comma) {
                    self.error("Syntax error: ':' followed by ','");
                    return None;
                }
                continue;
            }
            items.push(PrintItem::Expr(self.expr_fmt()?));
            // only `,` and `:` join items: anything else is left over
            if !matches!(self.peek(), Tok::Sym(Sym::Comma | Sym::Colon)) {
                break;
            }
        }
        Some(StmtKind::Print {
            crt,
            items,
            newline,
            on,
        })
    }

    /// The message of a (non-Pick) STOP: a print list, as BCOMP compiles it,
    /// whose commas are tabs (`STOP 201, 'VOC'` prints `201<TAB>VOC`).
    pub(super) fn stop_message(&mut self) -> Option<Expr> {
        let mut e = self.expr_fmt()?;
        while self.eat_sym(Sym::Comma) {
            let r = self.expr_fmt()?;
            let tab = Expr::Bin(BinOp::Cat, Box::new(e), Box::new(Expr::Str(b"\t".to_vec())));
            e = Expr::Bin(BinOp::Cat, Box::new(tab), Box::new(r));
        }
        Some(e)
    }

    /// `ERRMSG id [, arg ...]` (and STOPE / ABORTE with a message).
    pub(super) fn errmsg(&mut self, then: MsgThen) -> Option<StmtKind> {
        let id = self.expr()?;
        let mut args = Vec::new();
        while self.eat_sym(Sym::Comma) {
            args.push(self.expr()?);
        }
        Some(StmtKind::ErrMsg { id, args, then })
    }
}
