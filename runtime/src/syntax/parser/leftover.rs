//! What is left of a line after a complete statement, as ScarletDME's
//! compiler reads it.
//!
//! BCOMP parses a statement and, when tokens remain that the statement did
//! not take (and did not reject), goes on as if a new line started there: a
//! number (`R = Y 5`: integer or decimal, an optional `:` after it) or a
//! name with a `:` after it is a label, and the rest is the next statement
//! (`R = Y 10 PRINT "x"` assigns, sets label 10, prints). After a `;` there
//! is no label. In a single-line THEN/ELSE clause such a label ends the
//! clause: it and what follows it on the line come after the IF (so
//! `IF C THEN R = 1 40 ; PRINT "x"` prints whatever C is).

use super::field_ref::is_reserved;
use super::Parser;
use crate::syntax::ast::{Stmt, StmtKind};
use crate::syntax::lexer::{Sym, Tok};

impl Parser<'_> {
    /// True when the next tokens are a label left over after a statement
    /// (call only where a statement ended before the end of its line).
    pub(crate) fn at_leftover_label(&self) -> bool {
        // no label after a `;`, and one label at most (`X = 1 5 6` and
        // `10 20 X = 1` have no label 20)
        let after_label = self.pos > 0
            && matches!(
                self.toks.get(self.pos - 1).map(|t| &t.tok),
                Some(Tok::Label(_))
            );
        if self.after_semi() || after_label || self.pos == self.leftover_end {
            return false;
        }
        match self.peek() {
            Tok::Num(_) => true,
            Tok::Ident(_) => self.peek_at(1) == &Tok::Sym(Sym::Colon),
            _ => false,
        }
    }

    /// Reports what a statement that began with `start` refuses to leave
    /// over (true: reported): a GOSUB takes only a reserved word after its
    /// label ("Syntax error"), and the statements that read their THEN and
    /// ELSE as IF does want one of them next ("Expected THEN or ELSE").
    pub(crate) fn leftover_refused(&mut self, start: &Tok) -> bool {
        let Tok::Ident(kw) = start else {
            return false;
        };
        let reserved = matches!(self.peek(), Tok::Ident(s) if is_reserved(s));
        if kw == "GOSUB" && !reserved && !matches!(self.peek(), Tok::Semi) {
            self.error("Syntax error");
            return true;
        }
        // (INPUT and IN join IF's clauses only when a THEN or ELSE follows:
        // anything else is the next statement)
        if Parser::if_like_statement(kw)
            && !matches!(kw.as_str(), "INPUT" | "IN")
            && !matches!(self.peek(), Tok::Semi)
            && !reserved
        {
            self.error("Expected THEN or ELSE");
            return true;
        }
        false
    }

    /// Takes a leftover label (see [`Parser::at_leftover_label`]) as a
    /// label statement; like every line, it starts a line-table entry.
    pub(crate) fn leftover_label(&mut self) -> Stmt {
        self.line_entry();
        let t = self.cur();
        let (file, line) = (t.file, t.line);
        let name = match self.peek() {
            Tok::Num(n) => n.clone(),
            Tok::Ident(n) => n.clone(),
            _ => String::new(),
        };
        self.advance();
        self.eat_sym(Sym::Colon);
        self.leftover_end = self.pos;
        Stmt {
            file,
            line,
            rline: self.rline,
            kind: StmtKind::Label(name),
        }
    }
}
