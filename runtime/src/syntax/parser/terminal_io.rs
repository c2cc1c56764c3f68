//! Parsing of the terminal and printer statements with effects (INPUT,
//! INPUT @, INPUTFIELD, IN, HEADING, FOOTING, PAGE, PRINTER,
//! RESTORE.SCREEN), as ScarletDME's compiler reads them.

use super::Parser;
use crate::syntax::ast::*;
use crate::syntax::lexer::{Sym, Tok};
use crate::syntax::term_ast::*;

/// Words that end an INPUT @ before a mask.
const INPUT_OPTIONS: &[&str] = &[
    "APPEND",
    "EDIT",
    "FOR",
    "HIDDEN",
    "OVERLAY",
    "PANNING",
    "TIMEOUT",
    "UPCASE",
    "WAITING",
    "NOCASEINVERT",
];

impl Parser<'_> {
    /// Parses a terminal statement with effects; None when `kw` is not one.
    pub(crate) fn term_io_stmt(&mut self, kw: &str) -> Option<Option<StmtKind>> {
        let t = match kw {
            "INPUT" => self.input_stmt(0),
            "INPUTFIELD" => self.input_stmt(IN_FIELD),
            "IN" => self.in_stmt(),
            "HEADING" | "FOOTING" => self.heading_stmt(kw == "FOOTING"),
            "PAGE" => self.page_stmt(),
            "PRINTER" => self.printer_stmt(),
            "RESTORE.SCREEN" => (|| {
                let img = self.expr()?;
                if !self.eat_sym(Sym::Comma) {
                    self.error("Comma not found where expected");
                    return None;
                }
                Some(TermStmt::RestoreScreen(img, self.expr_fmt()?))
            })(),
            // no arguments: what follows is read as another statement
            "CLEARINPUT" | "INPUTCLEAR" => Some(TermStmt::ClearInput),
            "TTYSET" => self.expr_fmt().map(TermStmt::Ttyset),
            _ => return None,
        };
        Some(t.map(StmtKind::Term))
    }

    fn on_unit(&mut self) -> Option<Option<Expr>> {
        if self.eat_kw("ON") {
            // the unit is read without format juxtaposition: in
            // `PRINT ON 2 'text'` the string is the first print item
            let saved = self.no_format.replace(self.depth);
            let e = self.expr();
            self.no_format = saved;
            Some(Some(e?))
        } else {
            Some(None)
        }
    }

    fn then_else_clauses(&mut self) -> Option<Clauses> {
        // BCOMP reads them with IF's code: no ON ERROR
        let c = self.clauses_with(true, false, false);
        if c.then_else {
            Some(c)
        } else {
            None
        }
    }

    fn input_stmt(&mut self, mut flags: i64) -> Option<TermStmt> {
        let mut at = None;
        let mut mask = None;
        let mut timeout = None;
        let len;
        let var;
        if matches!(self.peek(), Tok::At(s) if s.is_empty()) {
            self.advance();
            if !self.eat_sym(Sym::LParen) {
                self.error("Left bracket not found where expected");
                return None;
            }
            let x = self.expr_fmt()?;
            if !self.eat_sym(Sym::Comma) {
                self.error("Comma not found where expected");
                return None;
            }
            let y = self.expr_fmt()?;
            if !self.eat_sym(Sym::RParen) {
                self.error("Right bracket not found where expected");
                return None;
            }
            at = Some((x, y));
            self.eat_sym(Sym::Comma);
            if self.eat_sym(Sym::Colon) {
                flags |= IN_DISPLAY;
            }
            var = self.lvalue()?;
            // one operand: `INPUT @(x, y):V, N:"5R"` has a mask after N
            len = if self.eat_sym(Sym::Comma) {
                Some(self.unary_operand()?)
            } else if flags & IN_FIELD != 0 {
                self.error("Length is mandatory in INPUTFIELD");
                return None;
            } else {
                None
            };
            if self.eat_kw("_") {
                flags |= IN_NOCRLF;
            }
            if self.eat_sym(Sym::Colon) {
                flags |= IN_NOLF;
            }
            // no mask where BCOMP finds a reserved name (ON, THEN, ...) or
            // an option word: `INPUT @(c, r):V ON ERROR` leaves an ON
            // statement
            if !self.at_clause_end()
                && !matches!(self.peek(), Tok::Ident(s)
                    if INPUT_OPTIONS.contains(&s.as_str()) || super::field_ref::is_reserved(s))
            {
                mask = Some(self.expr()?);
                flags |= IN_MASK;
            }
        } else {
            var = self.lvalue()?;
            len = if self.eat_sym(Sym::Comma) {
                Some(self.expr()?)
            } else {
                None
            };
        }
        loop {
            if self.eat_kw("_") {
                flags |= IN_NOCRLF;
            } else if self.eat_sym(Sym::Colon) {
                flags |= IN_NOLF;
            } else if self.eat_kw("HIDDEN") {
                flags |= IN_HIDDEN;
            } else if self.eat_kw("UPCASE") {
                flags |= IN_UPCASE;
            } else if self.eat_kw("PANNING") {
                flags |= IN_PANNING | IN_NOCRLF;
            } else if self.eat_kw("NOCASEINVERT") {
                // no case inversion without a terminal
            } else if at.is_some() && (self.eat_kw("APPEND") || self.eat_kw("EDIT")) {
                // editing starts from keyboard input only
            } else if at.is_some() && self.eat_kw("OVERLAY") {
            } else if self.eat_kw("FOR") || self.eat_kw("TIMEOUT") || self.eat_kw("WAITING") {
                timeout = Some(self.expr()?);
            } else {
                break;
            }
        }
        let clauses = self.then_else_clauses();
        Some(TermStmt::Input(Box::new(InputStmt {
            at,
            var,
            len,
            flags,
            mask,
            timeout,
            clauses,
        })))
    }

    fn in_stmt(&mut self) -> Option<TermStmt> {
        let var = self.lvalue()?;
        let timeout = if self.eat_kw("FOR") {
            Some(self.expr()?)
        } else {
            None
        };
        let clauses = if timeout.is_some() {
            self.then_else_clauses()
        } else {
            None
        };
        Some(TermStmt::In {
            var,
            timeout,
            clauses,
        })
    }

    fn heading_stmt(&mut self, footing: bool) -> Option<TermStmt> {
        let eject = footing || !self.eat_kw("NO.EJECT");
        let unit = self.on_unit()?;
        let text = self.expr_fmt()?;
        Some(TermStmt::Heading {
            footing,
            eject,
            unit,
            text,
        })
    }

    fn page_stmt(&mut self) -> Option<TermStmt> {
        let unit = self.on_unit()?;
        let page = if self.at_operand_end() {
            None
        } else {
            Some(self.expr_fmt()?)
        };
        Some(TermStmt::Page { unit, page })
    }

    fn printer_stmt(&mut self) -> Option<TermStmt> {
        let op = if self.eat_kw("ON") {
            PrinterOp::On
        } else if self.eat_kw("OFF") {
            PrinterOp::Off
        } else if self.eat_kw("RESET") {
            PrinterOp::Reset
        } else if self.eat_kw("CLOSE") {
            PrinterOp::Close(self.on_unit()?)
        } else if let Tok::Ident(w) = self.peek().clone() {
            if matches!(w.as_str(), "SETTING" | "FILE" | "NAME" | "DISPLAY") {
                self.error(
                    crate::syntax::compile_error::ErrorKind::UnsupportedStatement(format!(
                        "PRINTER {w}"
                    )),
                );
            } else {
                self.error("Expected OFF, ON, SETTING, FILE, CLOSE or RESET");
            }
            return None;
        } else {
            self.error("Expected OFF, ON, SETTING, FILE, CLOSE or RESET");
            return None;
        };
        Some(TermStmt::Printer(op))
    }
}
