//! Control-flow and general statements.

use super::Parser;
use crate::syntax::ast::*;
use crate::syntax::compile_error::ErrorKind;
use crate::syntax::lexer::{Sym, Tok};

impl Parser<'_> {
    /// Dispatches a statement by its (already consumed) keyword.
    pub(crate) fn keyword_stmt(&mut self, kw: &str) -> Option<StmtKind> {
        match kw {
            "PROGRAM" | "SUBROUTINE" | "FUNCTION" => self.header_stmt(kw),
            "CRT" | "PRINT" | "DISPLAY" => self.print_stmt(kw != "PRINT"),
            "IF" => self.if_stmt(),
            "BEGIN" => self.case_stmt(),
            "LOOP" => self.loop_stmt(),
            "FOR" => self.for_stmt(),
            "EXIT" => Some(StmtKind::Exit),
            "CONTINUE" => Some(StmtKind::Continue),
            "GOTO" => Some(StmtKind::Goto(self.label_name()?)),
            "GO" => {
                self.eat_kw("TO");
                Some(StmtKind::Goto(self.label_name()?))
            }
            "GOSUB" => {
                let l = self.label_name()?;
                if self.peek() == &Tok::Sym(Sym::LParen) {
                    let args = self.call_args()?;
                    return Some(StmtKind::LocalCall(l, args));
                }
                Some(StmtKind::Gosub(l))
            }
            "LOCAL" => {
                let is_fn = if self.eat_kw("FUNCTION") {
                    true
                } else if self.eat_kw("SUBROUTINE") {
                    false
                } else {
                    self.error(ErrorKind::Expected(
                        "SUBROUTINE or FUNCTION after LOCAL".into(),
                    ));
                    return None;
                };
                let name = self.ident()?;
                let mut params = Vec::new();
                if self.eat_sym(Sym::LParen) && !self.eat_sym(Sym::RParen) {
                    loop {
                        params.push(self.ident()?);
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
                self.decls.locals.push((name.clone(), is_fn));
                let body = self.block(&["END"]);
                if !self.eat_kw("END") {
                    self.error(ErrorKind::Missing("END of LOCAL routine"));
                }
                Some(StmtKind::Local {
                    name,
                    is_fn,
                    params,
                    body,
                })
            }
            "PRIVATE" => {
                let mut v = vec![self.ident()?];
                while self.eat_sym(Sym::Comma) {
                    v.push(self.ident()?);
                }
                Some(StmtKind::Private(v))
            }
            "ON" => self.on_stmt(),
            "RETURN" => {
                if self.eat_kw("TO") {
                    return Some(StmtKind::ReturnTo(self.label_name()?));
                }
                if self.at_clause_end() {
                    Some(StmtKind::Return(None))
                } else {
                    Some(StmtKind::Return(Some(self.expr()?)))
                }
            }
            "STOP" | "ABORT" | "STOPE" | "ABORTE" => {
                let e = if self.at_clause_end() {
                    None
                } else {
                    Some(self.expr()?)
                };
                if kw.starts_with("STOP") {
                    Some(StmtKind::Stop(e))
                } else {
                    Some(StmtKind::Abort(e))
                }
            }
            "END" => Some(StmtKind::Stop(None)),
            "NULL" => Some(StmtKind::Null),
            "CALL" => self.call_stmt(),
            "DIM" | "DIMENSION" => {
                let mut v = Vec::new();
                loop {
                    let name = self.ident()?;
                    if self.peek() != &Tok::Sym(Sym::LParen) {
                        self.error(ErrorKind::Expected("'(' in DIM".into()));
                        return None;
                    }
                    let dims = self.call_args()?;
                    self.decls.dims.push(name.clone());
                    v.push((name, dims));
                    if !self.eat_sym(Sym::Comma) {
                        break;
                    }
                }
                Some(StmtKind::Dim(v))
            }
            "MAT" => {
                let name = self.ident()?;
                if !self.eat_sym(Sym::Eq) {
                    self.error(ErrorKind::Expected("'=' in MAT assignment".into()));
                    return None;
                }
                if self.is_kw("MAT") {
                    self.advance();
                    let src = self.ident()?;
                    return Some(StmtKind::MatCopy(name, src));
                }
                Some(StmtKind::MatAssign(name, self.expr()?))
            }
            "EQUATE" | "EQU" => {
                loop {
                    let name = self.ident()?;
                    if !(self.eat_kw("TO") || self.eat_kw("LIT") || self.eat_kw("LITERALLY")) {
                        self.error("Misformed EQUATE");
                        return None;
                    }
                    let e = self.expr()?;
                    self.equates.insert(name, e);
                    if !self.eat_sym(Sym::Comma) {
                        break;
                    }
                }
                Some(StmtKind::Null)
            }
            "COMMON" | "COM" => {
                let mut block = "$".to_string();
                if self.eat_sym(Sym::Slash) {
                    block = self.ident()?;
                    if !self.eat_sym(Sym::Slash) {
                        self.error(ErrorKind::Expected("'/' after COMMON block name".into()));
                        return None;
                    }
                }
                let mut vars = Vec::new();
                loop {
                    let name = self.ident()?;
                    let dims = if self.peek() == &Tok::Sym(Sym::LParen) {
                        self.decls.dims.push(name.clone());
                        self.call_args()?
                    } else {
                        Vec::new()
                    };
                    vars.push((name, dims));
                    if !self.eat_sym(Sym::Comma) {
                        break;
                    }
                }
                self.decls.commons.push((block, vars));
                Some(StmtKind::Null)
            }
            "DEFFUN" => {
                let name = self.ident()?;
                let mut n = 0;
                if self.peek() == &Tok::Sym(Sym::LParen) {
                    let args = self.call_args_decl()?;
                    n = args;
                }
                if self.eat_kw("CALLING") {
                    if let Expr::Str(s) = self.expr()? {
                        let target = String::from_utf8_lossy(&s).to_string();
                        self.decls.deffun_alias.push((name.clone(), target));
                    }
                }
                self.decls.deffuns.push((name, n));
                Some(StmtKind::Null)
            }
            "PRECISION" => Some(StmtKind::Precision(self.expr()?)),
            "CONVERT" => {
                let from = self.expr()?;
                self.expect_kw("TO")?;
                let to = self.expr()?;
                self.expect_kw("IN")?;
                let var = self.lvalue()?;
                Some(StmtKind::Convert { from, to, var })
            }
            "INS" => {
                let value = self.expr()?;
                self.expect_kw("BEFORE")?;
                let (var, idx) = self.field_lvalue()?;
                Some(StmtKind::Ins { value, var, idx })
            }
            "DEL" => {
                let (var, idx) = self.field_lvalue()?;
                Some(StmtKind::Del { var, idx })
            }
            "LOCATE" => self.locate_stmt(),
            "FIND" | "FINDSTR" => {
                let what = self.expr()?;
                self.expect_kw("IN")?;
                let array = self.concat()?;
                let occ = if self.eat_sym(Sym::Comma) {
                    Some(self.expr()?)
                } else {
                    None
                };
                self.expect_kw("SETTING")?;
                let mut setting = vec![self.lvalue()?];
                while self.eat_sym(Sym::Comma) {
                    setting.push(self.lvalue()?);
                }
                let c = self.clauses();
                Some(StmtKind::Find {
                    substr: kw == "FINDSTR",
                    what,
                    array,
                    occ,
                    setting,
                    then: c.then,
                    els: c.els,
                })
            }
            "REMOVE" => {
                let var = self.lvalue()?;
                self.expect_kw("FROM")?;
                let from = self.ident()?;
                self.expect_kw("SETTING")?;
                let delim = self.lvalue()?;
                Some(StmtKind::Remove { var, from, delim })
            }
            "SETREM" => {
                let pos = self.expr()?;
                self.expect_kw("ON")?;
                let var = self.ident()?;
                Some(StmtKind::SetRem { pos, var })
            }
            "DATA" => {
                let mut v = vec![self.expr()?];
                while self.eat_sym(Sym::Comma) {
                    v.push(self.expr()?);
                }
                Some(StmtKind::Data(v))
            }
            "INPUT" => {
                let var = self.lvalue()?;
                if self.eat_sym(Sym::Comma) {
                    self.expr()?;
                }
                self.eat_sym(Sym::Colon);
                self.eat_kw("_");
                Some(StmtKind::Input { var, prompt: None })
            }
            "PROMPT" => Some(StmtKind::Prompt(self.expr()?)),
            "SLEEP" => Some(StmtKind::Sleep(if self.at_clause_end() {
                Expr::Num("1".into())
            } else {
                self.expr()?
            })),
            "NAP" => Some(StmtKind::Nap(if self.at_clause_end() {
                Expr::Num("1".into())
            } else {
                self.expr()?
            })),
            "MATPARSE" => {
                let mat = self.ident()?;
                self.expect_kw("FROM")?;
                let src = self.expr()?;
                let delim = if self.eat_sym(Sym::Comma) || self.eat_kw("USING") {
                    self.expr()?
                } else {
                    self.error("MATPARSE needs a delimiter");
                    return None;
                };
                Some(StmtKind::MatParse { mat, src, delim })
            }
            "MATBUILD" => {
                let var = self.lvalue()?;
                self.expect_kw("FROM")?;
                let mat = self.ident()?;
                let mut delim = None;
                if self.eat_sym(Sym::Comma) {
                    self.expr()?;
                    if self.eat_sym(Sym::Comma) {
                        self.expr()?;
                    }
                }
                if self.eat_kw("USING") {
                    delim = Some(self.expr()?);
                }
                Some(StmtKind::MatBuild { var, mat, delim })
            }
            "SET.EXIT.STATUS" => Some(StmtKind::SetExitStatus(self.expr()?)),
            "CHAIN" => Some(StmtKind::Chain(self.expr()?)),
            "ECHO" => {
                let e = if self.eat_kw("ON") {
                    Expr::Num("1".into())
                } else if self.eat_kw("OFF") {
                    Expr::Num("0".into())
                } else {
                    self.expr()?
                };
                Some(StmtKind::Echo(e))
            }
            "CLEARDATA" => Some(StmtKind::ClearData),
            "PAGE" | "HUSH" | "FOOTING" | "HEADING" | "PRINTER" | "CLEARINPUT" | "DEBUG" => {
                while !self.at_clause_end() {
                    self.advance();
                }
                Some(StmtKind::Null)
            }
            _ => {
                if let Some(s) = self.io_stmt(kw) {
                    return s;
                }
                if self.ext.statement(kw).is_some() {
                    let mut args = Vec::new();
                    if !self.at_clause_end() {
                        args.push(self.expr()?);
                        while self.eat_sym(Sym::Comma) {
                            args.push(self.expr()?);
                        }
                    }
                    return Some(StmtKind::Ext(kw.to_string(), args));
                }
                self.error(ErrorKind::UnrecognisedStatement(kw.to_string()));
                None
            }
        }
    }

    fn call_args_decl(&mut self) -> Option<usize> {
        self.advance();
        let mut n = 0;
        if self.eat_sym(Sym::RParen) {
            return Some(0);
        }
        loop {
            self.eat_kw("MAT");
            self.ident()?;
            n += 1;
            if self.eat_sym(Sym::Comma) {
                continue;
            }
            if self.eat_sym(Sym::RParen) {
                return Some(n);
            }
            self.error(ErrorKind::Expected("')'".into()));
            return None;
        }
    }

    fn label_name(&mut self) -> Option<String> {
        match self.peek().clone() {
            Tok::Ident(s) => {
                self.advance();
                self.eat_sym(Sym::Colon);
                Some(s)
            }
            Tok::Num(n) => {
                self.advance();
                self.eat_sym(Sym::Colon);
                Some(n)
            }
            _ => {
                self.error("Label expected");
                None
            }
        }
    }

    /// Parses `VAR<f[,v[,s]]>` returning the variable and indices.
    fn field_lvalue(&mut self) -> Option<(Expr, Vec<Expr>)> {
        match self.lvalue()? {
            Expr::Field(base, idx) => Some((*base, idx)),
            _ => {
                self.error("Field reference not found");
                None
            }
        }
    }

    fn print_stmt(&mut self, crt: bool) -> Option<StmtKind> {
        let mut on = None;
        if !crt && self.eat_kw("ON") {
            on = Some(self.concat()?);
        }
        let mut items = Vec::new();
        let mut newline = true;
        loop {
            if self.at_clause_end() {
                break;
            }
            if self.eat_sym(Sym::Comma) {
                items.push(PrintItem::Comma);
                continue;
            }
            if self.eat_sym(Sym::Colon) {
                if self.at_clause_end() {
                    newline = false;
                    break;
                }
                if self.peek() == &Tok::Sym(Sym::Comma) {
                    self.error("Syntax error: ':' followed by ','");
                    return None;
                }
                continue;
            }
            items.push(PrintItem::Expr(self.expr()?));
        }
        Some(StmtKind::Print {
            crt,
            items,
            newline,
            on,
        })
    }

    fn if_stmt(&mut self) -> Option<StmtKind> {
        let cond = self.expr()?;
        let mut then = Vec::new();
        let mut els = Vec::new();
        if self.eat_kw("THEN") {
            then = self.branch();
        }
        if self.eat_kw("ELSE") {
            els = self.branch();
        }
        Some(StmtKind::If(cond, then, els))
    }

    fn case_stmt(&mut self) -> Option<StmtKind> {
        self.expect_kw("CASE")?;
        let mut cases = Vec::new();
        loop {
            // skip blank lines and labels-free separators
            while matches!(self.peek(), Tok::Eol | Tok::Semi) {
                self.advance();
            }
            if self.eat_kw("END") {
                self.expect_kw("CASE")?;
                return Some(StmtKind::Case(cases));
            }
            if self.eat_kw("CASE") {
                let c = self.expr()?;
                let body = self.block(&["CASE", "END"]);
                cases.push((c, body));
                continue;
            }
            if matches!(self.peek(), Tok::Eof) {
                self.error(ErrorKind::Missing("END CASE"));
                return None;
            }
            self.error("CASE expected");
            return None;
        }
    }

    fn loop_stmt(&mut self) -> Option<StmtKind> {
        let mut parts = Vec::new();
        loop {
            let body = self.block(&["WHILE", "UNTIL", "REPEAT"]);
            if !body.is_empty() {
                parts.push(LoopPart::Body(body));
            }
            if self.eat_kw("REPEAT") {
                return Some(StmtKind::Loop(parts));
            }
            if self.eat_kw("WHILE") {
                parts.push(LoopPart::While(self.expr()?));
                self.eat_kw("DO");
                continue;
            }
            if self.eat_kw("UNTIL") {
                parts.push(LoopPart::Until(self.expr()?));
                self.eat_kw("DO");
                continue;
            }
            self.error(ErrorKind::Missing("REPEAT"));
            return None;
        }
    }

    fn for_stmt(&mut self) -> Option<StmtKind> {
        let name = self.ident()?;
        let var = Expr::Var(name);
        if !self.eat_sym(Sym::Eq) {
            self.error(ErrorKind::Expected("'=' in FOR".into()));
            return None;
        }
        let from = self.expr()?;
        self.expect_kw("TO")?;
        let to = self.expr()?;
        let step = if self.eat_kw("STEP") {
            Some(self.expr()?)
        } else {
            None
        };
        let cond = if self.eat_kw("WHILE") {
            Some((true, self.expr()?))
        } else if self.eat_kw("UNTIL") {
            Some((false, self.expr()?))
        } else {
            None
        };
        let body = self.block(&["NEXT"]);
        if !self.eat_kw("NEXT") {
            self.error(ErrorKind::Missing("NEXT"));
            return None;
        }
        if let Tok::Ident(_) = self.peek() {
            self.advance();
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

    fn on_stmt(&mut self) -> Option<StmtKind> {
        let expr = self.expr()?;
        let gosub = if self.eat_kw("GOSUB") {
            true
        } else if self.eat_kw("GOTO") {
            false
        } else if self.eat_kw("GO") {
            self.eat_kw("TO");
            false
        } else {
            self.error(ErrorKind::Expected("GOSUB or GOTO".into()));
            return None;
        };
        let mut labels = vec![self.label_name()?];
        while self.eat_sym(Sym::Comma) {
            labels.push(self.label_name()?);
        }
        Some(StmtKind::OnGoto {
            gosub,
            expr,
            labels,
        })
    }

    fn call_stmt(&mut self) -> Option<StmtKind> {
        let (name, indirect) = match self.peek().clone() {
            Tok::At(v) => {
                self.advance();
                (None, Some(Expr::Var(v)))
            }
            Tok::Ident(n) => {
                self.advance();
                (Some(n), None)
            }
            _ => {
                self.error("Subroutine name expected");
                return None;
            }
        };
        let args = if self.peek() == &Tok::Sym(Sym::LParen) {
            self.call_args()?
        } else {
            Vec::new()
        };
        Some(StmtKind::Call {
            name,
            indirect,
            args,
        })
    }

    fn locate_stmt(&mut self) -> Option<StmtKind> {
        if self.eat_sym(Sym::LParen) {
            // Pick syntax: LOCATE(x, A[, f[, v]]; p[; ord]) THEN/ELSE
            let what = self.expr()?;
            if !self.eat_sym(Sym::Comma) {
                self.error(ErrorKind::Expected("','".into()));
                return None;
            }
            let array = self.concat()?;
            let mut idx = Vec::new();
            while self.eat_sym(Sym::Comma) {
                idx.push(self.expr()?);
            }
            if self.peek() != &Tok::Semi {
                self.error(ErrorKind::Expected("';' in LOCATE".into()));
                return None;
            }
            self.advance();
            let setting = self.lvalue()?;
            let mut order = None;
            if self.peek() == &Tok::Semi {
                self.advance();
                order = Some(self.expr()?);
            }
            if !self.eat_sym(Sym::RParen) {
                self.error(ErrorKind::Expected("')'".into()));
                return None;
            }
            let c = self.clauses();
            return Some(StmtKind::Locate(Box::new(Locate {
                what,
                array,
                idx,
                order,
                setting,
                pick: true,
                then: c.then,
                els: c.els,
            })));
        }
        let what = self.expr()?;
        self.expect_kw("IN")?;
        let (array, idx) = self.field_lvalue()?;
        let mut order = None;
        if self.eat_kw("BY") {
            order = Some(self.concat()?);
        }
        self.expect_kw("SETTING")?;
        let setting = self.lvalue()?;
        let c = self.clauses();
        Some(StmtKind::Locate(Box::new(Locate {
            what,
            array,
            idx,
            order,
            setting,
            pick: false,
            then: c.then,
            els: c.els,
        })))
    }
}
