//! Control-flow and general statements.

use super::{LocalScope, Parser};
use crate::syntax::ast::*;
use crate::syntax::compile_error::ErrorKind;
use crate::syntax::lexer::{Sym, Tok};

impl Parser<'_> {
    /// Dispatches a statement by its (already consumed) keyword.
    pub(crate) fn keyword_stmt(&mut self, kw: &str) -> Option<StmtKind> {
        self.if_like = Self::if_like_statement(kw);
        match kw {
            "PROGRAM" | "SUBROUTINE" | "FUNCTION" | "CLASS" => self.header_stmt(kw),
            "SUB" => self.header_stmt("SUBROUTINE"),
            "CRT" | "PRINT" | "DISPLAY" => self.print_stmt(kw != "PRINT"),
            "IF" => self.if_stmt(),
            "BEGIN" => self.begin_stmt(),
            "LOOP" => self.loop_stmt(),
            "FOR" => self.for_stmt(),
            "NEXT" => self.unmatched_next(),
            "WHILE" | "UNTIL" => self.loop_test_stmt(kw == "UNTIL"),
            "DO" => Some(StmtKind::Do),
            "REPEAT" | "CASE" | "ELSE" => self.misplaced(kw),
            // not statement words to BCOMP (ELSE is, to say it is misplaced)
            "THEN" | "LOCKED" => {
                self.error(ErrorKind::UnrecognisedStatement(String::new()));
                None
            }
            "COMMIT" | "ROLLBACK" => self.commit_stmt(kw),
            "TRANSACTION" => self.transaction_stmt(),
            "INHERIT" => self.inherit_stmt(false),
            "DISINHERIT" => self.inherit_stmt(true),
            "GET" => self.get_set_stmt(MethodKind::Get),
            "SET" if self.in_class() => self.get_set_stmt(MethodKind::Set),
            "PUBLIC" => self.public_stmt(),
            "$MODE" => {
                // a mode name the preprocessor checked
                if self.eat_kw("UV.LOCATE") {
                    self.uv_locate = true;
                } else if self.eat_kw("PICK.ERRMSG") {
                    self.pick_errmsg = true;
                }
                self.skip_line();
                Some(StmtKind::Null)
            }
            "REMARK" => {
                self.skip_line();
                Some(StmtKind::Null)
            }
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
                    self.error("Expected FUNCTION or SUBROUTINE after LOCAL");
                    return None;
                };
                let name = self.ident()?;
                let mut params = Vec::new();
                let mut by_value = Vec::new();
                if self.eat_sym(Sym::LParen) && !self.eat_sym(Sym::RParen) {
                    loop {
                        // ((X)): an argument passed by value
                        let mut parens = 0;
                        while self.eat_sym(Sym::LParen) {
                            parens += 1;
                        }
                        params.push(self.ident()?);
                        if parens > 0 {
                            by_value.extend(params.last().cloned());
                        }
                        for _ in 0..parens {
                            if !self.eat_sym(Sym::RParen) {
                                self.error("Mismatched brackets");
                                return None;
                            }
                        }
                        if self.eat_sym(Sym::Comma) {
                            continue;
                        }
                        if self.eat_sym(Sym::RParen) {
                            break;
                        }
                        self.error("Mismatched brackets");
                        return None;
                    }
                }
                self.decls.locals.push((name.clone(), is_fn));
                let outer = self.in_local.replace(is_fn);
                let outer_scope = std::mem::replace(
                    &mut self.local_scope,
                    LocalScope {
                        name: name.clone(),
                        ..LocalScope::default()
                    },
                );
                let body = self.block(&["END", "LOCAL"]);
                self.in_local = outer;
                self.local_scope = outer_scope;
                // a missing END before the next LOCAL or at the end of the
                // source is no error for ScarletDME
                self.eat_kw("END");
                Some(StmtKind::Local {
                    name,
                    is_fn,
                    params,
                    by_value,
                    body,
                })
            }
            "PRIVATE" if self.in_class() && self.in_local.is_none() => self.class_vars(false),
            "PRIVATE" => {
                // only before the routine's executable statements
                if self.in_local.is_none() || self.local_scope.executable {
                    self.error("Misplaced PRIVATE");
                    return None;
                }
                let mut v: Vec<String> = Vec::new();
                loop {
                    let Tok::Ident(name) = self.peek().clone() else {
                        self.error(ErrorKind::NotFound("Local variable name".into()));
                        return None;
                    };
                    self.advance();
                    if v.contains(&name) || self.local_scope.privates.contains(&name) {
                        let routine = &self.local_scope.name;
                        self.error(format!("Duplicate symbol '{routine}:{name}'"));
                        return None;
                    }
                    v.push(name);
                    if !self.eat_sym(Sym::Comma) {
                        break;
                    }
                }
                self.local_scope.privates.extend(v.iter().cloned());
                Some(StmtKind::Private(v))
            }
            "ON" => self.on_stmt(),
            "RETURN" => {
                if self.eat_kw("TO") {
                    return Some(StmtKind::ReturnTo(self.label_name()?));
                }
                if self.at_operand_end() {
                    if self.in_local.is_none() && self.in_method == Some(true) {
                        self.error("A GET routine or PUBLIC FUNCTION must return a value");
                        return None;
                    }
                    Some(StmtKind::Return(None))
                } else {
                    let in_fn = match (self.in_local, self.in_method) {
                        (Some(is_fn), _) | (None, Some(is_fn)) => is_fn,
                        _ => self.header.kind == "FUNCTION",
                    };
                    if !in_fn {
                        self.error("Return value only allowed in functions");
                        return None;
                    }
                    Some(StmtKind::Return(Some(self.expr_fmt()?)))
                }
            }
            "VOID" => Some(StmtKind::Void(self.expr()?)),
            "TCLREAD" => {
                let var = self.lvalue()?;
                Some(StmtKind::Assign(
                    var,
                    AssignOp::Set,
                    Expr::At("SENTENCE".into()),
                ))
            }
            "CLEAR" => Some(StmtKind::Clear(self.eat_kw("COMMON"))),
            "CLEARCOMMON" => Some(StmtKind::Clear(true)),
            "RANDOMIZE" => Some(StmtKind::Randomize(if self.at_clause_end() {
                None
            } else {
                Some(self.expr_fmt()?)
            })),
            "ENTER" => self.call_stmt(),
            "ERRMSG" => self.errmsg(MsgThen::Continue),
            "FILE" => self.file_stmt(),
            "STOP" | "ABORT" | "STOPE" | "ABORTE" | "STOPM" | "ABORTM" => {
                let pick =
                    kw.ends_with('E') || (self.pick_errmsg && (kw == "STOP" || kw == "ABORT"));
                if pick && !self.at_operand_end() {
                    let then = if kw.starts_with("STOP") {
                        MsgThen::Stop
                    } else {
                        MsgThen::Abort
                    };
                    return self.errmsg(then);
                }
                let e = if self.at_operand_end() {
                    kw.starts_with("STOP").then(|| Expr::Str(Vec::new()))
                } else if kw.starts_with("STOP") {
                    Some(self.stop_message()?)
                } else {
                    Some(self.expr_fmt()?)
                };
                if kw.starts_with("STOP") {
                    Some(StmtKind::Stop(e))
                } else {
                    Some(StmtKind::Abort(e))
                }
            }
            "END" => self.end_stmt(),
            "NULL" => Some(StmtKind::Null),
            "CALL" => self.call_stmt(),
            "DIM" | "DIMENSION" => {
                let mut v = Vec::new();
                loop {
                    let name = self.ident()?;
                    if self.peek() != &Tok::Sym(Sym::LParen) {
                        self.error("Matrix dimensions required");
                        return None;
                    }
                    let dims = self.call_args()?;
                    if !self.decls.dims.contains(&name) && self.used_vars.contains(&name) {
                        // used as a scalar before: ScarletDME has no forward DIM
                        self.error("Number of dimensions differs from previous use");
                        self.decls.dims.push(name.clone());
                        self.decls.dims_after_use.push(name);
                        return None;
                    }
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
                    self.error("Expected = after MAT target variable");
                    return None;
                }
                if self.is_kw("MAT") {
                    self.advance();
                    let src = self.ident()?;
                    return Some(StmtKind::MatCopy(name, src));
                }
                Some(StmtKind::MatAssign(name, self.expr_fmt()?))
            }
            "EQUATE" | "EQU" => {
                loop {
                    let Tok::Ident(name) = self.peek().clone() else {
                        self.error(ErrorKind::NotFound("Equate token name".into()));
                        return None;
                    };
                    self.advance();
                    if self.equates.contains_key(&name) {
                        self.error("Duplicate $DEFINE/EQUATE token");
                        return None;
                    }
                    self.expect_kw("TO")?;
                    // the value is a constant, a name or a reference, not an
                    // expression (what follows one is another statement)
                    if self.peek() == &Tok::Sym(Sym::LParen) {
                        self.error("Misformed EQUATE");
                        return None;
                    }
                    let e = self.unary_operand()?;
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
                        self.error("Expected / after common block name");
                        return None;
                    }
                }
                let mut vars: Vec<(String, Vec<Expr>)> = Vec::new();
                loop {
                    let name = self.ident()?;
                    if self.used_vars.contains(&name)
                        || self.decls.dims.contains(&name)
                        || vars.iter().any(|(v, _)| *v == name)
                        || self
                            .decls
                            .commons
                            .iter()
                            .any(|(_, vs)| vs.iter().any(|(v, _)| *v == name))
                    {
                        self.error(format!("Duplicate symbol '{name}'"));
                        return None;
                    }
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
                let Tok::Ident(name) = self.peek().clone() else {
                    self.error("Expected function name after DEFFUN");
                    return None;
                };
                self.advance();
                if self.decls.deffuns.iter().any(|(f, _)| *f == name) {
                    // ScarletDME's message has no name in it: its sysmsg()
                    // call passes none for the 'xx' it promises
                    self.error("Duplicate function name ''");
                    return None;
                }
                let mut n = 0;
                if self.peek() == &Tok::Sym(Sym::LParen) {
                    let args = self.call_args_decl()?;
                    n = args;
                }
                // the options in any order; then the line must end (not
                // even a `;`), and LOCAL goes with neither CALLING nor VAR.ARGS
                let (mut external, mut local, mut alias) = (false, false, None);
                loop {
                    if self.eat_kw("CALLING") {
                        let Tok::Str(s) = self.peek().clone() else {
                            self.error("Expected quoted call name after CALLING");
                            return None;
                        };
                        self.advance();
                        alias = Some(String::from_utf8_lossy(&s).to_ascii_uppercase());
                        external = true;
                    } else if self.eat_kw("LOCAL") {
                        local = true;
                    } else if self.eat_kw("VAR.ARGS") {
                        n = usize::MAX;
                        external = true;
                    } else if self.is_kw("KEY") {
                        self.error("DEFFUN KEY is not supported by mvbasic");
                        return None;
                    } else {
                        break;
                    }
                }
                if !matches!(self.peek(), Tok::Eol | Tok::Eof) || (external && local) {
                    self.error("Misformed DEFFUN");
                    return None;
                }
                if let Some(target) = alias {
                    self.decls.deffun_alias.push((name.clone(), target));
                }
                if local {
                    self.decls.deffun_local.push(name.clone());
                }
                self.decls.deffuns.push((name, n));
                Some(StmtKind::Null)
            }
            "PRECISION" => Some(StmtKind::Precision(self.expr_fmt()?)),
            "CONVERT" => {
                let from = self.expr_fmt()?;
                self.expect_kw("TO")?;
                let to = self.expr_fmt()?;
                self.expect_kw("IN")?;
                let var = self.lvalue()?;
                Some(StmtKind::Convert { from, to, var })
            }
            "INS" => {
                let value = self.expr_fmt()?;
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
                let what = self.expr_fmt()?;
                self.expect_kw("IN")?;
                let array = self.expr_fmt()?;
                let occ = if self.eat_sym(Sym::Comma) {
                    Some(self.expr_fmt()?)
                } else {
                    None
                };
                self.expect_kw("SETTING")?;
                let mut setting = vec![self.lvalue()?];
                while self.eat_sym(Sym::Comma) {
                    setting.push(self.lvalue()?);
                }
                let c = self.if_clauses()?;
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
                let pos = self.expr_fmt()?;
                self.expect_kw("ON")?;
                let var = self.ident()?;
                Some(StmtKind::SetRem { pos, var })
            }
            "DATA" => {
                let mut v = vec![self.expr_fmt()?];
                while self.eat_sym(Sym::Comma) {
                    v.push(self.expr_fmt()?);
                }
                Some(StmtKind::Data(v))
            }
            "PROMPT" => Some(StmtKind::Prompt(self.expr_fmt()?)),
            // RQM is BCOMP's SLEEP (one second by default)
            "SLEEP" | "RQM" => Some(StmtKind::Sleep(if self.at_operand_end() {
                Expr::Num("1".into())
            } else {
                self.expr_fmt()?
            })),
            "NAP" => Some(StmtKind::Nap(if self.at_clause_end() {
                Expr::Num("1".into())
            } else {
                self.expr_fmt()?
            })),
            "SET.EXIT.STATUS" => Some(StmtKind::SetExitStatus(self.expr()?)),
            "SET.ARG" => {
                let n = self.expr()?;
                self.operand_comma()?;
                Some(StmtKind::SetArg(n, self.expr()?))
            }
            "CHAIN" => Some(StmtKind::Chain(self.expr_fmt()?)),
            "ECHO" => {
                let e = if self.eat_kw("ON") {
                    Expr::Num("1".into())
                } else if self.eat_kw("OFF") {
                    Expr::Num("0".into())
                } else {
                    self.expr_plain()?
                };
                Some(StmtKind::Echo(e))
            }
            "CLEARDATA" => Some(StmtKind::ClearData),
            // BCOMP ignores DEBUG (with a warning) when not compiling in
            // debug mode; it takes no operands
            "DEBUG" => Some(StmtKind::Null),
            _ => {
                let before = self.errors.len();
                if let Some(s) = self.term_io_stmt(kw) {
                    return s;
                }
                if let Some(s) = self.terminal_stmt(kw) {
                    return s;
                }
                if let Some(s) = self.io_stmt(kw) {
                    return s;
                }
                if let Some(s) = self.csv_stmt(kw) {
                    return s;
                }
                if let Some(s) = self.os_stmt(kw) {
                    return s;
                }
                if let Some(s) = self.mat_stmt(kw) {
                    return s;
                }
                if self.errors.len() > before {
                    return None;
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
                if crate::syntax::statement_words::is_statement_word(kw) {
                    self.error(ErrorKind::UnsupportedStatement(kw.to_string()));
                } else {
                    self.error(ErrorKind::UnrecognisedStatement(kw.to_string()));
                }
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
        // ScarletDME's messages: a list that does not start with a name is
        // a missing right bracket
        if !matches!(self.peek(), Tok::Ident(_)) {
            self.error(ErrorKind::NotFound("Right bracket".into()));
            return None;
        }
        loop {
            self.eat_kw("MAT");
            if !matches!(self.peek(), Tok::Ident(_)) {
                self.error(ErrorKind::NotFound("Function argument name".into()));
                return None;
            }
            self.advance();
            n += 1;
            if self.eat_sym(Sym::Comma) {
                continue;
            }
            if self.eat_sym(Sym::RParen) {
                return Some(n);
            }
            self.error(ErrorKind::NotFound("Right bracket".into()));
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
                self.error(ErrorKind::NotFound("Label name".into()));
                None
            }
        }
    }

    /// Parses `VAR<f[,v[,s]]>` returning the variable and indices.
    fn field_lvalue(&mut self) -> Option<(Expr, Vec<Expr>)> {
        match self.lvalue()? {
            Expr::Field(base, idx) => Some((*base, idx)),
            // a `<` that ScarletDME's scan reads as a less-than
            _ if self.peek() == &Tok::Sym(Sym::Lt) => {
                self.error("Incorrectly formed field reference");
                None
            }
            _ => {
                self.error(ErrorKind::NotFound("Field reference".into()));
                None
            }
        }
    }

    fn on_stmt(&mut self) -> Option<StmtKind> {
        // GOSUB and GOTO are reserved here (BCOMP's local reserved names)
        let expr = self.expr_fmt_reserving(&["GOSUB", "GOTO", "GO"])?;
        let gosub = if self.eat_kw("GOSUB") {
            true
        } else if self.eat_kw("GOTO") {
            false
        } else if self.eat_kw("GO") {
            self.eat_kw("TO");
            false
        } else {
            self.error("Expected GOSUB, GOTO or GO");
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
            // `CALL *NAME`, `CALL !NAME`: a globally catalogued routine
            Tok::Sym(p @ (Sym::Star | Sym::Bang)) if matches!(self.peek_at(1), Tok::Ident(_)) => {
                let name = match self.peek_at(1) {
                    Tok::Ident(n) => n.clone(),
                    _ => String::new(),
                };
                self.advance();
                self.advance();
                let prefix = if p == Sym::Star { "*" } else { "!" };
                (Some(format!("{prefix}{name}")), None)
            }
            _ => {
                self.error("Expected direct or indirect subroutine reference");
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
            let what = self.expr_fmt()?;
            if !self.eat_sym(Sym::Comma) {
                self.error(ErrorKind::NotFound("Comma".into()));
                return None;
            }
            // no format juxtaposition here (BCOMP's `expr`)
            let saved = self.no_format.replace(self.depth);
            let array = self.concat();
            self.no_format = saved;
            let array = array?;
            let mut idx = Vec::new();
            while self.eat_sym(Sym::Comma) {
                idx.push(self.expr()?);
            }
            if self.peek() != &Tok::Semi {
                self.error(ErrorKind::NotFound("Semicolon".into()));
                return None;
            }
            self.advance();
            let setting = self.lvalue()?;
            let mut order = None;
            if self.peek() == &Tok::Semi {
                self.advance();
                order = Some(self.expr_fmt()?);
            }
            if !self.eat_sym(Sym::RParen) {
                self.error("Mismatched brackets");
                return None;
            }
            let c = self.if_clauses()?;
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
        let what = self.expr_fmt()?;
        self.expect_kw("IN")?;
        let (array, idx) = if self.uv_locate {
            // UniVerse meaning: IN R<f> searches the values of field f (from
            // `, start`), IN R the fields
            let (array, mut idx) = match self.lvalue()? {
                Expr::Field(base, idx) => (*base, idx),
                v => (v, Vec::new()),
            };
            let start = if self.eat_sym(Sym::Comma) {
                self.expr()?
            } else {
                Expr::Num("1".into())
            };
            idx.push(start);
            (array, idx)
        } else {
            self.field_lvalue()?
        };
        let mut order = None;
        if self.eat_kw("BY") {
            order = Some(self.expr_fmt()?);
        }
        self.expect_kw("SETTING")?;
        let setting = self.lvalue()?;
        let c = self.if_clauses()?;
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
