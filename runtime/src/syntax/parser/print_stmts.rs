//! Print-list statements: PRINT and CRT, and the messages of STOP, ABORT
//! and ERRMSG.

use super::Parser;
use crate::syntax::ast::*;
use crate::syntax::lexer::Sym;

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
        // ScarletDME's list: nothing, or expressions separated by single
        // commas (each comma needs an expression after it), then an
        // optional `:`; anything after that is left for the statement's end
        let mut items = Vec::new();
        let mut newline = true;
        // (a reserved word there: an empty list, the word is left too)
        if !(self.at_clause_end() || self.at_loop_word() || self.at_operand_end()) {
            items.push(PrintItem::Expr(self.expr_fmt()?));
            while self.eat_sym(Sym::Comma) {
                items.push(PrintItem::Comma);
                items.push(PrintItem::Expr(self.expr_fmt()?));
            }
            newline = !self.eat_sym(Sym::Colon);
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
        // the message id with formats (BCOMP's `exprf`), its arguments
        // without (`expr`)
        let id = self.expr_fmt()?;
        let mut args = Vec::new();
        while self.eat_sym(Sym::Comma) {
            args.push(self.expr()?);
        }
        Some(StmtKind::ErrMsg { id, args, then })
    }
}
