//! Block statements as ScarletDME's compiler parses them: IF, BEGIN CASE,
//! LOOP, FOR/NEXT, BEGIN TRANSACTION, END, and the block words found out of
//! place, each with ScarletDME's message.

use super::Parser;
use crate::syntax::ast::*;
use crate::syntax::compile_error::ErrorKind;
use crate::syntax::lexer::{Sym, Tok};

impl Parser<'_> {
    /// True when the current token ends a line and the next line starts
    /// with one of `words` (THEN/ELSE of an IF may be on the next line).
    fn next_line_starts_with(&self, words: &[&str]) -> bool {
        matches!(self.peek(), Tok::Eol)
            && matches!(self.peek_at(1), Tok::Ident(s) if words.contains(&s.as_str()))
    }

    pub(crate) fn if_stmt(&mut self) -> Option<StmtKind> {
        let Some(cond) = self.expr_fmt() else {
            // ScarletDME goes on to look for THEN after the bad condition,
            // on the next line: a second error there
            self.skip_line();
            self.error_eol("Expected THEN or ELSE");
            return None;
        };
        if self.next_line_starts_with(&["THEN", "ELSE"]) {
            self.advance();
            self.line_entry();
        }
        if !(self.is_kw("THEN") || self.is_kw("ELSE")) {
            // at the end of the line ScarletDME looks for THEN on the next
            // line: the error is there
            if matches!(self.peek(), Tok::Eol) {
                self.error_eol("Expected THEN or ELSE");
            } else {
                self.error("Expected THEN or ELSE");
            }
            return None;
        }
        let mut then = Vec::new();
        let mut els = Vec::new();
        if self.eat_kw("THEN") {
            then = self.branch_of("THEN clause");
            // an ELSE starting the next line is this IF's ELSE
            if self.next_line_starts_with(&["ELSE"]) {
                self.advance();
            }
            // ScarletDME starts a line-table entry at the ELSE of a THEN
            if self.is_kw("ELSE") {
                self.line_entry();
            }
        }
        if self.eat_kw("ELSE") {
            els = self.branch_of("ELSE clause");
        }
        Some(StmtKind::If(cond, then, els))
    }

    /// After BEGIN: `BEGIN CASE` or `BEGIN TRANSACTION`.
    pub(crate) fn begin_stmt(&mut self) -> Option<StmtKind> {
        if self.eat_kw("TRANSACTION") {
            return self.transaction_block();
        }
        if !self.eat_kw("CASE") {
            self.error_eol("Expected CASE or TRANSACTION after BEGIN");
            return None;
        }
        // not even `; CASE ...` (a comment after `;` is fine)
        let semi_comment =
            matches!(self.peek(), Tok::Semi) && matches!(self.peek_at(1), Tok::Eol | Tok::Eof);
        if !matches!(self.peek(), Tok::Eol | Tok::Eof) && !semi_comment {
            self.error("Unexpected text after BEGIN CASE");
            return None;
        }
        self.open += 1;
        let r = self.case_body();
        self.open -= 1;
        r
    }

    fn case_body(&mut self) -> Option<StmtKind> {
        let mut cases = Vec::new();
        loop {
            while matches!(self.peek(), Tok::Eol | Tok::Semi) {
                self.advance();
            }
            if self.at_eof() {
                self.unterminated("CASE construct");
                return Some(StmtKind::Case(cases));
            }
            if self.eat_kw("END") {
                if !self.eat_kw("CASE") {
                    self.error("Expected CASE after END");
                    return None;
                }
                return Some(StmtKind::Case(cases));
            }
            if self.is_kw("CASE") {
                self.line_entry();
                self.advance();
                let rline = self.rline;
                // after an error in the condition the CASE body still follows
                let c = self.expr_fmt().unwrap_or(Expr::Num("0".into()));
                let body = self.block(&["CASE", "END"]);
                cases.push((c, body, rline));
                continue;
            }
            self.error("CASE statement not found where expected");
            return None;
        }
    }

    /// `BEGIN TRANSACTION ... [COMMIT|ROLLBACK] ... END TRANSACTION`.
    fn transaction_block(&mut self) -> Option<StmtKind> {
        self.open += 1;
        self.in_transaction += 1;
        let body = self.block(&["END"]);
        self.in_transaction -= 1;
        self.open -= 1;
        if self.at_eof() {
            self.unterminated("TRANSACTION statement");
            return None;
        }
        self.advance(); // END
        if !self.eat_kw("TRANSACTION") {
            self.error("Expected TRANSACTION after END");
            return None;
        }
        Some(StmtKind::Transaction(body))
    }

    /// COMMIT / ROLLBACK inside BEGIN TRANSACTION.
    pub(crate) fn commit_stmt(&mut self, kw: &str) -> Option<StmtKind> {
        if self.in_transaction == 0 {
            self.error(if kw == "COMMIT" {
                "COMMIT not in transaction"
            } else {
                "ROLLBACK not in a transaction"
            });
            return None;
        }
        // no THEN or ELSE: BCOMP compiles COMMIT and ROLLBACK as a jump to
        // the end of the transaction (an ELSE after them is misplaced)
        let clauses = Clauses::default();
        Some(StmtKind::Io {
            kw: format!("TXN.{kw}"),
            inputs: Vec::new(),
            outputs: Vec::new(),
            clauses,
        })
    }

    /// `TRANSACTION START|COMMIT|ABORT [THEN/ELSE]`.
    pub(crate) fn transaction_stmt(&mut self) -> Option<StmtKind> {
        let what = match self.peek() {
            Tok::Ident(s) if matches!(s.as_str(), "START" | "COMMIT" | "ABORT") => s.clone(),
            _ => {
                self.error("Expected START, END or ABORT after TRANSACTION");
                return None;
            }
        };
        self.advance();
        // START and COMMIT take THEN/ELSE (optional), ABORT no clause
        let clauses = self.clauses_with(what != "ABORT", false, false);
        Some(StmtKind::Io {
            kw: format!("TRANSACTION.{what}"),
            inputs: Vec::new(),
            outputs: Vec::new(),
            clauses,
        })
    }

    pub(crate) fn loop_stmt(&mut self) -> Option<StmtKind> {
        self.open += 1;
        let r = self.loop_body();
        self.open -= 1;
        r
    }

    fn loop_body(&mut self) -> Option<StmtKind> {
        let mut parts = Vec::new();
        loop {
            let body = self.block(&["WHILE", "UNTIL", "REPEAT"]);
            if !body.is_empty() {
                parts.push(LoopPart::Body(body));
            }
            if self.eat_kw("REPEAT") {
                return Some(StmtKind::Loop(parts));
            }
            let until = if self.eat_kw("WHILE") {
                false
            } else if self.eat_kw("UNTIL") {
                true
            } else {
                // kept, so that its label references are still checked
                self.unterminated("LOOP statement");
                return Some(StmtKind::Loop(parts));
            };
            let rline = self.rline;
            match self.expr_fmt() {
                Some(c) if until => parts.push(LoopPart::Until(c, rline)),
                Some(c) => parts.push(LoopPart::While(c, rline)),
                None => {
                    self.skip_line();
                    continue;
                }
            }
            self.eat_kw("DO");
        }
    }

    /// WHILE/UNTIL where a statement may stand (not at a LOOP's own level):
    /// a test of the innermost LOOP or FOR, which the compiler finds; a DO
    /// after it on the line is taken with it, as in BCOMP.
    pub(crate) fn loop_test_stmt(&mut self, until: bool) -> Option<StmtKind> {
        let rline = self.rline;
        let cond = self.expr_fmt()?;
        self.eat_kw("DO");
        Some(StmtKind::LoopTest { until, cond, rline })
    }

    pub(crate) fn for_stmt(&mut self) -> Option<StmtKind> {
        let name = match self.peek().clone() {
            Tok::Ident(n) => {
                self.advance();
                n
            }
            _ => {
                self.error(ErrorKind::NotFound("FOR loop control variable name".into()));
                return None;
            }
        };
        // the control variable may be a matrix element: `FOR A(I) = 1 TO 9`
        let var = if self.peek() == &Tok::Sym(Sym::LParen) {
            Expr::Call(name.clone(), self.call_args()?)
        } else {
            Expr::Var(name.clone())
        };
        // after an error in the header the loop is still open: its NEXT closes it
        let mut from = Expr::Num("0".into());
        let mut to = Expr::Num("0".into());
        let mut step = None;
        let mut cond = None;
        let mut cut = true;
        if !self.eat_sym(Sym::Eq) {
            self.error("Expected = after FOR loop control variable name");
            self.skip_line();
        } else if let Some(e) = self.expr_plain() {
            from = e;
            cut = false;
        } else {
            self.skip_line();
        }
        if cut {
            // the header was cut short by an error: no TO to look for
        } else if !self.eat_kw("TO") {
            self.error(ErrorKind::NotFound("TO".into()));
            self.skip_line();
        } else {
            // STEP is reserved in the limit (BCOMP's reserved.names<2>)
            self.local_reserved = &["STEP"];
            let limit = self.expr_plain();
            self.local_reserved = &[];
            match limit {
                Some(e) => to = e,
                None => self.skip_line(),
            }
            if self.eat_kw("STEP") {
                match self.expr_plain() {
                    Some(e) => step = Some(e),
                    None => self.skip_line(),
                }
            }
            if self.eat_kw("WHILE") {
                cond = self.expr_fmt().map(|e| (true, e));
            } else if self.eat_kw("UNTIL") {
                cond = self.expr_fmt().map(|e| (false, e));
            }
        }
        self.fors.push((name.clone(), self.clause));
        self.open += 1;
        let body = self.block(&["NEXT"]);
        self.open -= 1;
        self.fors.pop();
        // an unterminated FOR is kept, so that its label references are
        // still checked (BCOMP reports them after the end of the source)
        let closed = self.eat_kw("NEXT");
        if !closed {
            self.unterminated("FOR statement");
        } else {
            if let Tok::Ident(v) = self.peek().clone() {
                self.advance();
                if v != name {
                    self.error("Mismatched FOR / NEXT control variables");
                }
            }
            self.skip_next_rest();
        }
        Some(StmtKind::For {
            var,
            from,
            to,
            step,
            cond,
            body,
        })
    }

    /// ScarletDME ignores what follows NEXT's variable name up to the end
    /// of the statement: a subscript (`NEXT A(I)`) or any other text.
    fn skip_next_rest(&mut self) {
        while !matches!(self.peek(), Tok::Eol | Tok::Semi | Tok::Eof) {
            self.advance();
        }
    }

    /// A NEXT that closes no FOR of its clause.
    pub(crate) fn unmatched_next(&mut self) -> Option<StmtKind> {
        if let Tok::Ident(v) = self.peek().clone() {
            self.advance();
            if self.fors.last().map(|f| &f.0) != Some(&v) {
                self.error("Mismatched FOR / NEXT control variables");
            }
        }
        self.error("NEXT not matched by FOR");
        Some(StmtKind::Null)
    }

    /// END as a statement (not closing a block): the final END, after which
    /// only comments may follow, wherever it stands; as in ScarletDME's BCOMP
    /// even inside a FOR, LOOP or single-line THEN (`IF X THEN END`), which
    /// then stays unterminated. Only in a LOCAL routine it ends the routine.
    pub(crate) fn end_stmt(&mut self) -> Option<StmtKind> {
        if self.in_local.is_some() {
            // ScarletDME's END in a LOCAL routine is a STOP
            return Some(StmtKind::Stop(Some(Expr::Str(Vec::new()))));
        }
        loop {
            match self.peek() {
                Tok::Eol | Tok::Semi => self.advance(),
                Tok::Eof => break,
                _ => {
                    // an enclosing construct is reported unterminated on the
                    // line after this text, as BCOMP does
                    self.last_line = (self.cur().line + 1).min(self.last_line);
                    self.error("Non-comment text found after final end statement");
                    self.skip_to_eof();
                    break;
                }
            }
        }
        Some(StmtKind::Stop(None))
    }

    /// A block word at the start of a statement with no block open.
    pub(crate) fn misplaced(&mut self, kw: &str) -> Option<StmtKind> {
        match kw {
            "REPEAT" => self.error("REPEAT not matched by LOOP"),
            "CASE" => self.error("Misplaced CASE statement"),
            _ => self.error(format!("Misplaced {kw}")),
        }
        None
    }

    /// Parses `;`-separated statements up to the end of the line or a
    /// THEN/ELSE/LOCKED keyword (single-line clause form).
    pub(crate) fn line_stmts(&mut self) -> Vec<Stmt> {
        self.open += 1;
        self.clauses_made += 1;
        let outer = std::mem::replace(&mut self.clause, self.clauses_made);
        let out = self.line_stmts_inner();
        self.clause = outer;
        self.open -= 1;
        out
    }

    fn line_stmts_inner(&mut self) -> Vec<Stmt> {
        let mut out = Vec::new();
        loop {
            if matches!(self.peek(), Tok::Eol | Tok::Eof)
                || self.at_clause_end() && !self.at_stmt_end()
            {
                return out;
            }
            if let Tok::Semi = self.peek() {
                self.advance();
                continue;
            }
            let start = self.peek().clone();
            match self.stmt() {
                Some(s) => {
                    let chained = matches!(s.kind, StmtKind::Do | StmtKind::LoopTest { .. });
                    out.push(s);
                    // BCOMP: a single-line clause is a `;` group; the statement
                    // that follows a DO, WHILE or UNTIL with no `;` comes after
                    // the IF, and so does a loop's closing word
                    if chained && !self.at_clause_end() {
                        self.stmt_after_end = true;
                        return out;
                    }
                    if self.at_loop_word() {
                        return out;
                    }
                }
                None => {
                    self.skip_line();
                    return out;
                }
            }
            if !self.stmt_after_end && !self.at_clause_end() && self.leftover_refused(&start) {
                self.skip_line();
                return out;
            }
            // BCOMP ends the clause's statement group at text that is not
            // `;` or a clause word: it is a statement group of its own after
            // the outermost statement of the line (`IF 0 THEN NULL PRINT 1`
            // prints 1), and so is a statement after a block clause's END
            if self.stmt_after_end || !self.at_clause_end() {
                self.stmt_after_end = true;
                return out;
            }
        }
    }
}
