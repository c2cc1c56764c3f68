//! Statements about the terminal, the printer and the process that have
//! nothing to act on when a program runs with no terminal (ScarletDME then
//! accepts them and carries on): BREAK, KEYEDIT, PAUSE, NOBUF, HUSH...

use super::Parser;
use crate::syntax::ast::*;
use crate::syntax::lexer::{Sym, Tok};

impl Parser<'_> {
    /// Skips a statement's arguments (they have no effect here).
    fn skip_args(&mut self) {
        while !self.at_clause_end() {
            self.advance();
        }
    }

    /// TIMEOUT file, seconds: the wait limit of later reads on a device or
    /// pipe. mvbasic's sequential reads have no wait limit (it opens no
    /// pipes; on regular files no read waits), so the operands are only
    /// evaluated. BCOMP ends the statement after the seconds without
    /// wanting a `;`: what follows on the line is the next statement.
    fn timeout_stmt(&mut self) -> Option<StmtKind> {
        let file = self.expr()?;
        if !self.eat_sym(Sym::Comma) {
            // BCOMP wants the seconds next, past the end of the line
            self.error("Comma not found where expected");
            if matches!(self.peek(), Tok::Eol) {
                self.error_eol("Data item or constant not found where expected");
            }
            return None;
        }
        let secs = self.expr()?;
        if !self.at_clause_end() {
            self.stmt_after_end = true;
        }
        Some(StmtKind::Eval(vec![file, secs]))
    }

    /// KEYEDIT/KEYEXIT/KEYTRAP (action, key)[, (action, key)]...: key
    /// bindings of INPUT @, which only a terminal's keys use; the operands
    /// are still evaluated (an unassigned one is an error, as in ScarletDME).
    fn key_binding_stmt(&mut self) -> Option<StmtKind> {
        let mut all: Option<Expr> = None;
        loop {
            if !self.eat_sym(Sym::LParen) {
                self.error("Left bracket not found where expected");
                return None;
            }
            let action = self.expr()?;
            if !self.eat_sym(Sym::Comma) {
                // BCOMP takes the token in the comma's place and goes on
                // reading the pair, past the end of the line
                self.error("Comma not found where expected");
                if !matches!(self.peek(), Tok::Eol | Tok::Eof) {
                    self.advance();
                }
                if matches!(self.peek(), Tok::Eol) {
                    self.error_eol("Data item or constant not found where expected");
                    self.error("Right bracket not found where expected");
                }
                return None;
            }
            let key = self.expr()?;
            if !self.eat_sym(Sym::RParen) {
                self.error_eol("Right bracket not found where expected");
                return None;
            }
            let pair = Expr::Bin(BinOp::Cat, Box::new(action), Box::new(key));
            all = Some(match all {
                None => pair,
                Some(a) => Expr::Bin(BinOp::Cat, Box::new(a), Box::new(pair)),
            });
            if !self.eat_sym(Sym::Comma) {
                break;
            }
        }
        all.map(StmtKind::Void)
    }

    /// Parses a terminal/process statement; None when `kw` is not one.
    pub(crate) fn terminal_stmt(&mut self, kw: &str) -> Option<Option<StmtKind>> {
        let kind = match kw {
            // no terminal, no break key, no other processes to talk to, no
            // mail server (ScarletDME leaves STATUS() 0), no error log shown
            "KEYEDIT" | "KEYEXIT" | "KEYTRAP" => return Some(self.key_binding_stmt()),
            "TIMEOUT" => return Some(self.timeout_stmt()),
            "BREAK"
            | "RQM"
            | "SET.BREAK.HANDLER"
            | "REMOVE.BREAK.HANDLER"
            | "MARK.MAPPING"
            | "WAKE"
            | "SENDMAIL"
            | "LOGMSG" => {
                self.skip_args();
                StmtKind::Null
            }
            // PRINTERR / INPUTERR msg: the message on the bottom line (the
            // terminal's last row, cleared), no newline
            "PRINTERR" | "INPUTERR" => {
                let msg = match self.expr() {
                    Some(e) => e,
                    None => return Some(None),
                };
                let bottom = Expr::Str(b"\x1b[32000;1H\x1b[K".to_vec());
                StmtKind::Print {
                    crt: true,
                    items: vec![PrintItem::Expr(Expr::Bin(
                        BinOp::Cat,
                        Box::new(bottom),
                        Box::new(msg),
                    ))],
                    newline: false,
                    on: None,
                }
            }
            // PAUSE n: no WAKE can come, so it waits its timeout
            "PAUSE" => {
                if self.at_clause_end() {
                    StmtKind::Null
                } else {
                    match self.expr_plain() {
                        Some(e) => StmtKind::Sleep(e),
                        None => return Some(None),
                    }
                }
            }
            "HUSH" => {
                let state = if self.eat_kw("ON") {
                    Expr::Num("1".into())
                } else if self.eat_kw("OFF") {
                    Expr::Num("0".into())
                } else if self.at_clause_end() {
                    self.error("Expected ON, OFF or expression");
                    return Some(None);
                } else {
                    match self.expr() {
                        Some(e) => e,
                        None => return Some(None),
                    }
                };
                let setting = if self.eat_kw("SETTING") {
                    match self.lvalue() {
                        Some(v) => Some(v),
                        None => return Some(None),
                    }
                } else {
                    None
                };
                StmtKind::Hush(state, setting)
            }
            _ => return None,
        };
        Some(Some(kind))
    }
}
