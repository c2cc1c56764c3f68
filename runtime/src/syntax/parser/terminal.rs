//! Statements about the terminal, the printer and the process that have
//! nothing to act on when a program runs with no terminal (ScarletDME then
//! accepts them and carries on): BREAK, KEYEDIT, PAUSE, NOBUF, HUSH...

use super::Parser;
use crate::syntax::ast::*;
use crate::syntax::lexer::{Sym, Tok};

impl Parser<'_> {
    /// `ON`, `OFF` (BREAK: also `CLEAR`) or an expression, evaluated for its
    /// errors only; `what` is BCOMP's message for nothing at all.
    fn switch_arg(&mut self, clear: bool, what: &str) -> Option<Option<Expr>> {
        if matches!(self.peek(), Tok::Eol | Tok::Eof) {
            self.error(what.to_string());
            return None;
        }
        if self.eat_kw("ON") || self.eat_kw("OFF") || (clear && self.eat_kw("CLEAR")) {
            return Some(None);
        }
        Some(Some(self.expr()?))
    }

    /// A comma between operands, as BCOMP's check: at the end of the line
    /// it goes on to the next line for the operand.
    pub(crate) fn operand_comma(&mut self) -> Option<()> {
        if self.eat_sym(Sym::Comma) {
            return Some(());
        }
        // BCOMP skips the rest of the line and reads the operand from the
        // next line, whose first token is then not one
        self.error("Comma not found where expected");
        self.skip_line();
        self.error_eol("Data item or constant not found where expected");
        None
    }

    /// [`Parser::operand_comma`] before the first of `1 + more` operands
    /// that each follow a comma: when it is missing, BCOMP reads each later
    /// comma and operand where the previous error left it, at the end of a
    /// line: no comma there, and the operand is the next line's first token.
    pub(crate) fn operand_commas(&mut self, more: usize) -> Option<()> {
        if self.operand_comma().is_some() {
            return Some(());
        }
        for _ in 0..more {
            self.skip_line();
            self.error("Comma not found where expected");
            self.error_eol("Data item or constant not found where expected");
        }
        None
    }

    /// BREAK, SET.BREAK.HANDLER, REMOVE.BREAK.HANDLER, MARK.MAPPING, WAKE,
    /// LOGMSG, SENDMAIL: parsed as BCOMP parses them, operands evaluated
    /// (nothing else to do with no terminal, no other processes, no mail
    /// server and no error log shown).
    fn inert_stmt(&mut self, kw: &str) -> Option<StmtKind> {
        let mut ops = Vec::new();
        match kw {
            "BREAK" => {
                self.eat_kw("KEY");
                // (BCOMP's message is spelt so)
                ops.extend(self.switch_arg(true, "Expected ON, OFF, CLEAR or expresion")?);
            }
            "MARK.MAPPING" => {
                ops.push(self.expr_fmt()?);
                if !self.eat_sym(Sym::Comma) {
                    // BCOMP goes on to the setting: nothing is left on the line
                    self.error("Comma not found where expected");
                    self.skip_line();
                }
                ops.extend(self.switch_arg(false, "Expected ON, OFF or expression")?);
            }
            "SENDMAIL" => {
                // sender, to, cc, bcc, subject, text, attachments
                ops.push(self.expr()?);
                for _ in 0..6 {
                    self.operand_comma()?;
                    ops.push(self.expr()?);
                }
            }
            "REMOVE.BREAK.HANDLER" => {}
            "SET.BREAK.HANDLER" => ops.push(self.expr()?),
            _ => ops.push(self.expr_fmt()?),
        }
        Some(StmtKind::Eval(ops))
    }

    /// TIMEOUT file, seconds: the wait limit of later reads on a device or
    /// pipe. mvbasic's sequential reads have no wait limit (it opens no
    /// pipes; on regular files no read waits), so the operands are only
    /// evaluated. BCOMP ends the statement after the seconds without
    /// wanting a `;`: what follows on the line is the next statement.
    fn timeout_stmt(&mut self) -> Option<StmtKind> {
        let file = self.expr()?;
        self.operand_comma()?;
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
            | "SET.BREAK.HANDLER"
            | "REMOVE.BREAK.HANDLER"
            | "MARK.MAPPING"
            | "WAKE"
            | "SENDMAIL"
            | "LOGMSG" => return Some(self.inert_stmt(kw)),
            // PRINTERR / INPUTERR msg: the message on the bottom line (the
            // terminal's last row, cleared), no newline
            "PRINTERR" | "INPUTERR" => {
                let msg = match self.expr_fmt() {
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
                if self.at_operand_end() {
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
