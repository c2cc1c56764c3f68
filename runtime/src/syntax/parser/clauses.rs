//! The THEN / ELSE / LOCKED / ON ERROR clauses of statements other than IF.

use super::Parser;
use crate::syntax::ast::*;
use crate::syntax::lexer::Tok;

impl Parser<'_> {
    /// The THEN/ELSE of a statement BCOMP compiles with IF's code (FIND,
    /// LOCATE, READCSV, ...): one of them is required, and neither LOCKED nor
    /// ON ERROR is taken.
    pub(crate) fn if_clauses(&mut self) -> Option<Clauses> {
        self.required_then_else(false)
    }

    /// THEN/ELSE (one of them required), no LOCKED, and ON ERROR when
    /// `on_error`. Without them the error is on the next line when the
    /// statement ends its line, as for IF.
    pub(crate) fn required_then_else(&mut self, on_error: bool) -> Option<Clauses> {
        let c = self.clauses_with(true, false, on_error);
        if !c.then_else {
            if matches!(self.peek(), Tok::Eol) {
                self.error_eol("Expected THEN or ELSE");
            } else {
                self.error("Expected THEN or ELSE");
            }
            return None;
        }
        Some(c)
    }

    /// Parses the clauses a statement takes: THEN/ELSE, LOCKED and ON ERROR
    /// each when allowed (a clause that is not allowed ends the statement).
    pub(crate) fn clauses_with(
        &mut self,
        then_else: bool,
        locked: bool,
        on_error: bool,
    ) -> Clauses {
        let mut c = Clauses::default();
        // the line-table entries IF starts (`line_table`)
        let if_like = std::mem::take(&mut self.if_like);
        let mut then_seen = false;
        loop {
            if then_else
                && matches!(self.peek(), Tok::Eol)
                && matches!(self.peek_at(1), Tok::Ident(s) if s == "THEN" || s == "ELSE")
            {
                self.advance();
                if if_like && !then_seen {
                    self.line_entry();
                }
            }
            if if_like && then_seen && self.is_kw("ELSE") {
                self.line_entry();
            }
            if then_else && self.eat_kw("THEN") {
                c.then_else = true;
                c.then = self.branch();
                then_seen = true;
            } else if then_else && self.eat_kw("ELSE") {
                c.then_else = true;
                c.els = self.branch();
            } else if locked && self.eat_kw("LOCKED") {
                c.locked = Some(self.branch());
            } else if on_error
                && self.is_kw("ON")
                && matches!(self.peek_at(1), Tok::Ident(s) if s == "ERROR")
            {
                self.advance();
                self.advance();
                c.on_error = Some(self.branch());
            } else {
                return c;
            }
        }
    }
}
