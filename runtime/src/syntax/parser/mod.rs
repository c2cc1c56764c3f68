//! Parser: tokens to an AST [`Unit`]. Reports every error it finds
//! (recovering at the next line).

mod expr;
mod io;
mod stmts;

use std::collections::HashMap;

use crate::syntax::ast::*;
use crate::syntax::compile_error::{CompileError, ErrorKind};
use crate::syntax::ext_names::ExtNames;
use crate::syntax::lexer::{Sym, Tok, Token};

/// Parser state.
pub struct Parser<'a> {
    toks: &'a [Token],
    /// Extension statements the embedding declared.
    ext: &'a dyn ExtNames,
    pos: usize,
    /// Equates in force (name to replacement expression).
    pub equates: HashMap<String, Expr>,
    /// Errors found.
    pub errors: Vec<CompileError>,
    decls: Decls,
    header: Header,
    pub(crate) depth: usize,
    /// Binary operators seen in the current statement.
    pub(crate) chain: usize,
}

/// Parses a token stream into a unit; `ext` names the extension
/// statements (`NAME arg, arg`) it accepts besides the built-in ones.
pub fn parse(toks: &[Token], ext: &dyn ExtNames) -> (Unit, Vec<CompileError>) {
    let mut p = Parser {
        toks,
        ext,
        pos: 0,
        equates: HashMap::new(),
        errors: Vec::new(),
        decls: Decls::default(),
        header: Header::default(),
        depth: 0,
        chain: 0,
    };
    let body = p.block(&[]);
    if !matches!(p.peek(), Tok::Eof) {
        p.error("Unexpected statement");
    }
    let unit = Unit {
        header: p.header.clone(),
        decls: p.decls.clone(),
        body,
    };
    (unit, p.errors)
}

impl<'a> Parser<'a> {
    pub(crate) fn peek(&self) -> &Tok {
        &self.toks[self.pos.min(self.toks.len() - 1)].tok
    }
    pub(crate) fn peek_at(&self, n: usize) -> &Tok {
        &self.toks[(self.pos + n).min(self.toks.len() - 1)].tok
    }
    pub(crate) fn advance(&mut self) {
        if self.pos < self.toks.len() - 1 {
            self.pos += 1;
        }
    }
    fn cur(&self) -> &Token {
        &self.toks[self.pos.min(self.toks.len() - 1)]
    }
    pub(crate) fn error(&mut self, kind: impl Into<ErrorKind>) {
        let t = self.cur();
        let (file, line) = (t.file, t.line);
        // one error per line is enough
        if self
            .errors
            .last()
            .map(|e| e.file == file && e.line == line)
            .unwrap_or(false)
        {
            return;
        }
        self.errors.push(CompileError::new(file, line, kind));
    }
    pub(crate) fn eat_sym(&mut self, s: Sym) -> bool {
        if self.peek() == &Tok::Sym(s) {
            self.advance();
            true
        } else {
            false
        }
    }
    pub(crate) fn is_kw(&self, kw: &str) -> bool {
        matches!(self.peek(), Tok::Ident(s) if s == kw)
    }
    pub(crate) fn eat_kw(&mut self, kw: &str) -> bool {
        if self.is_kw(kw) {
            self.advance();
            true
        } else {
            false
        }
    }
    pub(crate) fn expect_kw(&mut self, kw: &str) -> Option<()> {
        if self.eat_kw(kw) {
            Some(())
        } else {
            self.error(ErrorKind::Expected(kw.to_string()));
            None
        }
    }
    pub(crate) fn ident(&mut self) -> Option<String> {
        if let Tok::Ident(s) = self.peek().clone() {
            self.advance();
            Some(s)
        } else {
            self.error("Name expected");
            None
        }
    }
    fn at_stmt_end(&self) -> bool {
        matches!(self.peek(), Tok::Eol | Tok::Semi | Tok::Eof)
    }
    /// End of a statement inside a single-line clause too.
    pub(crate) fn at_clause_end(&self) -> bool {
        self.at_stmt_end()
            || matches!(self.peek(), Tok::Ident(s) if s == "THEN" || s == "ELSE" || s == "LOCKED")
    }
    /// Skips to the end of the current line (error recovery).
    fn skip_line(&mut self) {
        while !matches!(self.peek(), Tok::Eol | Tok::Eof) {
            self.advance();
        }
    }

    /// Parses statements until one of `terms` starts a statement (not
    /// consumed) or end of input.
    pub(crate) fn block(&mut self, terms: &[&str]) -> Vec<Stmt> {
        let mut out = Vec::new();
        loop {
            match self.peek().clone() {
                Tok::Eol | Tok::Semi => {
                    self.advance();
                    continue;
                }
                Tok::Eof => return out,
                Tok::Label(l) => {
                    let t = self.cur();
                    out.push(Stmt {
                        file: t.file,
                        line: t.line,
                        kind: StmtKind::Label(l),
                    });
                    self.advance();
                    continue;
                }
                Tok::Ident(s) if terms.contains(&s.as_str()) => return out,
                _ => {}
            }
            let before = self.errors.len();
            match self.stmt() {
                Some(s) => out.push(s),
                None => {
                    if self.errors.len() == before {
                        self.error("Syntax error");
                    }
                    self.skip_line();
                    continue;
                }
            }
            if !self.at_stmt_end() {
                self.error("Unexpected text after statement");
                self.skip_line();
            }
        }
    }

    /// Parses `;`-separated statements up to the end of the line or a
    /// THEN/ELSE/LOCKED keyword (single-line clause form).
    pub(crate) fn line_stmts(&mut self) -> Vec<Stmt> {
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
            match self.stmt() {
                Some(s) => out.push(s),
                None => {
                    self.skip_line();
                    return out;
                }
            }
            if !self.at_clause_end() {
                self.error("Unexpected text after statement");
                self.skip_line();
                return out;
            }
        }
    }

    /// Parses a THEN/ELSE branch body after its keyword: block form (to END)
    /// when the keyword ends the line, else single-line statements.
    pub(crate) fn branch(&mut self) -> Vec<Stmt> {
        if matches!(self.peek(), Tok::Eol) {
            let b = self.block(&["END"]);
            if !self.eat_kw("END") {
                self.error(ErrorKind::Missing("END"));
            }
            b
        } else {
            self.line_stmts()
        }
    }

    /// Parses any sequence of THEN / ELSE / LOCKED / ON ERROR clauses.
    pub(crate) fn clauses(&mut self) -> Clauses {
        let mut c = Clauses::default();
        loop {
            if self.eat_kw("THEN") {
                c.then = self.branch();
            } else if self.eat_kw("ELSE") {
                c.els = self.branch();
            } else if self.eat_kw("LOCKED") {
                c.locked = Some(self.branch());
            } else if self.is_kw("ON") && matches!(self.peek_at(1), Tok::Ident(s) if s == "ERROR") {
                self.advance();
                self.advance();
                c.on_error = Some(self.branch());
            } else {
                return c;
            }
        }
    }

    /// Parses an lvalue (variable, element, field or substring reference).
    pub(crate) fn lvalue(&mut self) -> Option<Expr> {
        let name = match self.peek().clone() {
            Tok::Ident(n) => n,
            Tok::At(n) => {
                self.advance();
                return Some(Expr::At(n));
            }
            _ => {
                self.error("Variable name expected");
                return None;
            }
        };
        self.advance();
        let mut e = if let Some(eq) = self.equates.get(&name) {
            eq.clone()
        } else if self.peek() == &Tok::Sym(Sym::LParen) {
            let args = self.call_args()?;
            Expr::Call(name, args)
        } else {
            Expr::Var(name)
        };
        loop {
            match self.peek() {
                Tok::Sym(Sym::Lt) => match self.try_field_ref()? {
                    Some(idx) => e = Expr::Field(Box::new(e), idx),
                    None => return Some(e),
                },
                Tok::Sym(Sym::LBrack) => {
                    self.advance();
                    let mut args = vec![self.expr()?];
                    if self.eat_sym(Sym::Comma) {
                        args.push(self.expr()?);
                    }
                    if !self.eat_sym(Sym::RBrack) {
                        self.error(ErrorKind::Expected("']'".into()));
                        return None;
                    }
                    e = Expr::Substr(Box::new(e), args);
                }
                _ => return Some(e),
            }
        }
    }

    fn assign_op(&self) -> Option<AssignOp> {
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
    fn try_assignment(&mut self) -> Option<Option<StmtKind>> {
        let save = self.pos;
        let nerr = self.errors.len();
        if let Some(lv) = self.lvalue() {
            if let Some(op) = self.assign_op() {
                self.advance();
                let e = self.expr()?;
                if let Expr::Substr(_, a) = &lv {
                    if a.len() == 1 {
                        self.error("Substring assignment needs start and length");
                        return None;
                    }
                }
                return Some(Some(StmtKind::Assign(lv, op, e)));
            }
        }
        self.pos = save;
        self.errors.truncate(nerr);
        Some(None)
    }

    /// Parses one statement.
    pub(crate) fn stmt(&mut self) -> Option<Stmt> {
        self.depth += 1;
        if self.depth > 200 {
            self.depth -= 1;
            self.error("Statements nested too deeply");
            return None;
        }
        let t = self.cur();
        let (file, line) = (t.file, t.line);
        self.chain = 0;
        let r = self.stmt_inner();
        self.depth -= 1;
        r.map(|kind| Stmt { file, line, kind })
    }

    fn stmt_inner(&mut self) -> Option<StmtKind> {
        match self.peek().clone() {
            Tok::At(_) => {
                let lv = self.lvalue()?;
                let op = self.assign_op();
                if op.is_none() {
                    self.error("Assignment expected");
                    return None;
                }
                self.advance();
                let e = self.expr()?;
                Some(StmtKind::Assign(lv, op.unwrap(), e))
            }
            Tok::Ident(name) => {
                if let Some(s) = self.try_assignment()? {
                    return Some(s);
                }
                self.advance();
                self.keyword_stmt(&name)
            }
            _ => {
                self.error("Statement expected");
                None
            }
        }
    }

    /// Records a header (PROGRAM/SUBROUTINE/FUNCTION).
    fn header_stmt(&mut self, kind: &str) -> Option<StmtKind> {
        let name = match self.peek().clone() {
            Tok::Ident(n) => {
                self.advance();
                n
            }
            _ => String::new(),
        };
        let mut params = Vec::new();
        if self.eat_sym(Sym::LParen) && !self.eat_sym(Sym::RParen) {
            loop {
                let is_mat = self.eat_kw("MAT");
                let p = self.ident()?;
                if is_mat {
                    self.decls.dims.push(p.clone());
                }
                params.push((p, is_mat));
                if self.eat_sym(Sym::Comma) {
                    continue;
                }
                if self.eat_sym(Sym::RParen) {
                    break;
                }
                self.error(ErrorKind::Expected("')'".into()));
                return None;
            }
        }
        if !self.header.kind.is_empty() {
            self.error("Duplicate program header");
        }
        self.header = Header {
            name,
            kind: kind.to_string(),
            params,
        };
        Some(StmtKind::Null)
    }
}
