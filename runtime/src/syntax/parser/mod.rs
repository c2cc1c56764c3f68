//! Parser: tokens to an AST [`Unit`]. Reports every error it finds
//! (recovering at the next line).

mod assign;
mod blocks;
mod class;
mod clauses;
mod csv;
mod expr;
mod field_ref;
mod file_stmt;
mod io;
mod leftover;
mod line_table;
mod mat_stmts;
mod os_stmts;
mod print_stmts;
mod stmts;
mod terminal;
mod terminal_io;

use std::collections::HashMap;

use crate::syntax::ast::*;
use crate::syntax::compile_error::{CompileError, ErrorKind};
use crate::syntax::ext_names::ExtNames;
use crate::syntax::file_dicts::FileDicts;
use crate::syntax::lexer::{Sym, Tok, Token};

/// What a fence reads as.
pub(super) static END_FIELD: Tok = Tok::EndField;

/// Parser state.
pub struct Parser<'a> {
    toks: &'a [Token],
    /// Extension statements the embedding declared.
    ext: &'a dyn ExtNames,
    /// Dictionaries for the FILE statement.
    pub(crate) dicts: &'a dyn FileDicts,
    /// Files named by FILE statements: (upper case, as written).
    pub(crate) file_refs: Vec<(String, String)>,
    pos: usize,
    /// The token at this position read as what is left of it once an
    /// extraction's `>` was taken from a `><` or `>=` token.
    split: Option<(usize, Tok)>,
    /// Positions of the tokens that close the extractions whose indices
    /// are being parsed: each reads as [`Tok::EndField`] (innermost last).
    pub(crate) fences: Vec<usize>,
    /// Names the statement being parsed reserves besides BCOMP's
    /// `reserved.names` (FOR's limit: STEP).
    pub(crate) local_reserved: &'static [&'static str],
    /// Equates in force (name to replacement expression).
    pub equates: HashMap<String, Expr>,
    /// Errors found.
    pub errors: Vec<CompileError>,
    decls: Decls,
    header: Header,
    pub(crate) depth: usize,
    /// Set by [`Parser::expr_fmt`]: the expression depth at which a name
    /// after an operand is a format.
    pub(crate) fmt_names: Option<usize>,
    /// The nesting depth at which no format juxtaposition is read at all
    /// (a print unit after ON: BCOMP's `expr`, not `exprf`).
    pub(crate) no_format: Option<usize>,
    /// Binary operators seen in the current statement.
    pub(crate) chain: usize,
    /// Line of the end of the source: where end-of-source errors go.
    last_line: u32,
    /// An unterminated construct was reported (only the innermost is).
    eof_reported: bool,
    /// A single-line clause ended at text that is not `;` or a clause word
    /// (`IF 0 THEN NULL PRINT X`): ScarletDME reads that text as the next
    /// statement after the line's outermost statement, so the enclosing
    /// clauses end too, up to the enclosing block.
    pub(crate) stmt_after_end: bool,
    /// Where the last leftover label ended: a line has one label at most.
    pub(crate) leftover_end: usize,
    /// Open constructs in which END is not the final END (LOOP, FOR, CASE,
    /// single-line clauses).
    pub(crate) open: usize,
    /// Control variables of the open FOR loops, each with the clause it is in.
    pub(crate) fors: Vec<(String, usize)>,
    /// The single-line clause being parsed (0: none); a NEXT must close a FOR
    /// of its own clause.
    pub(crate) clause: usize,
    clauses_made: usize,
    /// Inside a LOCAL routine: whether it is a function.
    pub(crate) in_local: Option<bool>,
    /// Inside a CLASS module routine: whether it returns a value (GET,
    /// PUBLIC FUNCTION).
    pub(crate) in_method: Option<bool>,
    /// The CLASS module routines seen: name and whether it returns a
    /// value (a name may have one of each kind).
    pub(crate) class_routines: Vec<(String, bool)>,
    /// An executable statement was seen (headers must come before).
    pub(crate) executable_seen: bool,
    /// Open BEGIN TRANSACTION blocks.
    pub(crate) in_transaction: usize,
    /// `$MODE UV.LOCATE` is in force.
    pub(crate) uv_locate: bool,
    /// `$MODE PICK.ERRMSG` is in force (STOP and ABORT take ERRMSG ids).
    pub(crate) pick_errmsg: bool,
    /// The LOCAL routine being parsed: its PRIVATE names and whether an
    /// executable statement was seen in it.
    pub(crate) local_scope: LocalScope,
    /// Names referenced as scalar variables so far, in source order (a
    /// later DIM or COMMON of one is an error for ScarletDME).
    pub(crate) used_vars: Vec<String>,
    /// Where the last argument list had a `;` separator: the index of the
    /// argument after it (`INSERT(d, f; x)`: 2).
    pub(crate) call_semi: Option<usize>,
    /// Main-source directive lines ([`Preprocessed::directives`](crate::syntax::preproc::Preprocessed)).
    directives: &'a [(u32, u16)],
    /// The first of `directives` not yet passed.
    dir_next: usize,
    /// The number of the current run-time line-table entry (`line_table`).
    pub(crate) rline: u32,
    /// The statement being parsed takes its THEN/ELSE as IF does
    /// ([`Parser::if_like_statement`]).
    pub(crate) if_like: bool,
}

/// What the parser knows of the LOCAL routine it is in.
#[derive(Default)]
pub(crate) struct LocalScope {
    /// The routine's name.
    pub(crate) name: String,
    /// Its PRIVATE variables so far.
    pub(crate) privates: Vec<String>,
    /// An executable statement was seen in it (PRIVATE must come first).
    pub(crate) executable: bool,
}

/// Parses a token stream into a unit; `ext` names the extension
/// statements (`NAME arg, arg`) it accepts besides the built-in ones,
/// `dicts` gives FILE statements their dictionaries, `directives` are the
/// preprocessor's [`Preprocessed::directives`](crate::syntax::preproc::Preprocessed)
/// (for the run-time line numbers).
pub fn parse(
    toks: &[Token],
    ext: &dyn ExtNames,
    dicts: &dyn FileDicts,
    directives: &[(u32, u16)],
) -> (Unit, Vec<CompileError>) {
    let mut p = Parser {
        toks,
        ext,
        dicts,
        file_refs: Vec::new(),
        pos: 0,
        split: None,
        fences: Vec::new(),
        local_reserved: &[],
        equates: HashMap::new(),
        errors: Vec::new(),
        decls: Decls::default(),
        header: Header::default(),
        depth: 0,
        fmt_names: None,
        no_format: None,
        chain: 0,
        last_line: toks.last().map(|t| t.line).unwrap_or(1),
        eof_reported: false,
        stmt_after_end: false,
        leftover_end: 0,
        open: 0,
        fors: Vec::new(),
        clause: 0,
        clauses_made: 0,
        in_local: None,
        in_method: None,
        class_routines: Vec::new(),
        executable_seen: false,
        in_transaction: 0,
        uv_locate: false,
        pick_errmsg: false,
        call_semi: None,
        used_vars: Vec::new(),
        local_scope: LocalScope::default(),
        directives,
        dir_next: 0,
        rline: 0,
        if_like: false,
    };
    let body = p.block(&[]);
    if !matches!(p.peek(), Tok::Eof) {
        p.error("Unexpected statement");
    }
    let unit = Unit {
        header: p.header.clone(),
        decls: p.decls.clone(),
        body,
        last_line: p.last_line,
    };
    (unit, p.errors)
}

impl<'a> Parser<'a> {
    /// True when the current token follows a `;` on its line.
    fn after_semi(&self) -> bool {
        self.split.is_none()
            && self.pos > 0
            && matches!(self.toks.get(self.pos - 1).map(|t| &t.tok), Some(Tok::Semi))
    }
    pub(crate) fn peek(&self) -> &Tok {
        self.peek_at(0)
    }
    pub(crate) fn peek_at(&self, n: usize) -> &Tok {
        let i = (self.pos + n).min(self.toks.len() - 1);
        if self.fences.contains(&i) {
            return &END_FIELD;
        }
        match &self.split {
            Some((at, t)) if *at == i => t,
            _ => &self.toks[i].tok,
        }
    }
    pub(crate) fn advance(&mut self) {
        if self.split.as_ref().is_some_and(|(at, _)| *at <= self.pos) {
            self.split = None;
        }
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
        self.error_at(file, line, kind.into());
    }
    fn error_at(&mut self, file: u16, line: u32, kind: ErrorKind) {
        let e = CompileError::new(file, line, kind);
        if !self.errors.contains(&e) {
            self.errors.push(e);
        }
    }
    /// Reports an error found on reading the end of a line as ScarletDME
    /// does: on the next line, whose text is then skipped too.
    pub(crate) fn error_eol(&mut self, kind: impl Into<ErrorKind>) {
        if matches!(self.peek(), Tok::Eol) {
            let t = self.cur();
            let (file, line) = (t.file, (t.line + 1).min(self.last_line.max(t.line)));
            self.advance();
            self.error_at(file, line, kind.into());
        } else {
            self.error(kind);
        }
    }
    /// Reports an unclosed construct at the end of the source (once: the
    /// innermost one).
    pub(crate) fn unterminated(&mut self, what: &'static str) {
        if !self.eof_reported {
            self.eof_reported = true;
            let file = self.cur().file;
            let line = self.last_line;
            self.error_at(file, line, ErrorKind::Unterminated(what));
        }
    }
    /// True at end of source.
    pub(crate) fn at_eof(&self) -> bool {
        matches!(self.peek(), Tok::Eof)
    }
    /// Jumps to the end of the source (after the final END).
    pub(crate) fn skip_to_eof(&mut self) {
        self.pos = self.toks.len() - 1;
        self.split = None;
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
            self.error(ErrorKind::NotFound(kw.to_string()));
            None
        }
    }
    pub(crate) fn ident(&mut self) -> Option<String> {
        if let Tok::Ident(s) = self.peek().clone() {
            self.advance();
            Some(s)
        } else {
            self.error("Name not found where expected");
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

    /// At the end of a statement's optional operand, as BCOMP tests it: the
    /// end of the statement or one of its reserved names (`CLEARSELECT ON
    /// ERROR ...` has no operand: the ON starts the next statement).
    pub(crate) fn at_operand_end(&self) -> bool {
        self.at_stmt_end() || matches!(self.peek(), Tok::Ident(s) if field_ref::is_reserved(s))
    }

    /// At a word that closes a loop (it may follow a statement on its line).
    pub(crate) fn at_loop_word(&self) -> bool {
        matches!(self.peek(), Tok::Ident(s) if matches!(s.as_str(), "NEXT" | "REPEAT" | "WHILE" | "UNTIL"))
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
        // a statement after `;` or a label continues the line-table entry
        // of its statement group (`line_table`)
        let mut in_group = false;
        loop {
            match self.peek().clone() {
                Tok::Eol => {
                    in_group = false;
                    self.advance();
                    continue;
                }
                Tok::Semi => {
                    in_group = true;
                    self.advance();
                    continue;
                }
                Tok::Eof => return out,
                // a block that starts mid-line (`FOR I = 1 TO 2 5`, `LOOP 5`)
                // starts with what is left of that line
                Tok::Num(_) if self.at_leftover_label() => {
                    let label = self.leftover_label();
                    out.push(label);
                    in_group = true;
                    continue;
                }
                Tok::Label(l) => {
                    if !in_group {
                        self.line_entry();
                    }
                    in_group = true;
                    let t = self.cur();
                    out.push(Stmt {
                        file: t.file,
                        line: t.line,
                        rline: self.rline,
                        kind: StmtKind::Label(l),
                    });
                    self.advance();
                    continue;
                }
                // an END after a `;` closes no block: it is the final END
                // statement (BCOMP: `PRINT ; END` inside IF ... THEN ends
                // the program and leaves the THEN unterminated)
                Tok::Ident(s) if s == "END" && self.after_semi() => {}
                Tok::Ident(s) if terms.contains(&s.as_str()) => {
                    // a loop's closing word is a statement to ScarletDME
                    if !in_group && matches!(s.as_str(), "NEXT" | "REPEAT" | "WHILE" | "UNTIL") {
                        self.line_entry();
                    }
                    return out;
                }
                _ => {}
            }
            if !in_group {
                self.line_entry();
            }
            in_group = false;
            let before = self.errors.len();
            let start = self.pos;
            match self.stmt() {
                Some(s) => {
                    if !matches!(s.kind, StmtKind::Null | StmtKind::Label(_)) {
                        self.executable_seen = true;
                        if !matches!(s.kind, StmtKind::Private(_)) {
                            self.local_scope.executable = true;
                        }
                    }
                    let local = matches!(s.kind, StmtKind::Local { .. });
                    // BCOMP's DO, WHILE and UNTIL are statements of their own,
                    // and the next one may follow them on the line with no `;`
                    let chained = matches!(s.kind, StmtKind::Do | StmtKind::LoopTest { .. });
                    out.push(s);
                    if chained {
                        continue;
                    }
                    // a LOCAL routine without END ends at the next LOCAL
                    if local && self.is_kw("LOCAL") {
                        continue;
                    }
                }
                None => {
                    if self.errors.len() == before {
                        self.error("Syntax error");
                    }
                    self.skip_line();
                    continue;
                }
            }
            if std::mem::take(&mut self.stmt_after_end) {
                continue;
            }
            let start_tok = self.toks[start.min(self.toks.len() - 1)].tok.clone();
            if !self.at_stmt_end() && self.leftover_refused(&start_tok) {
                self.skip_line();
                continue;
            }
            // a number (or NAME:) left over is a label (`leftover`)
            if !self.at_stmt_end() && self.at_leftover_label() {
                let label = self.leftover_label();
                out.push(label);
                in_group = true;
                continue;
            }
            if !self.at_stmt_end() {
                // a loop's closing word may follow a statement on its line
                // (WHILE, UNTIL and DO are statements in any loop body)
                if matches!(self.peek(), Tok::Ident(s) if terms.contains(&s.as_str())
                    && matches!(s.as_str(), "NEXT" | "REPEAT" | "WHILE" | "UNTIL")
                    || matches!(s.as_str(), "WHILE" | "UNTIL" | "DO"))
                {
                    continue;
                }
                // BCOMP reads what is left of the line after a statement as
                // the next statement group, with an entry of its own: an
                // ELSE there (a statement that takes none) is "Misplaced
                // ELSE", `ON ERROR` an ON statement, a name a statement
                if self.pos == start {
                    // (nothing was read: no statement can start here)
                    self.error(ErrorKind::UnrecognisedStatement(String::new()));
                    self.skip_line();
                }
            }
        }
    }

    /// Parses a THEN/ELSE branch body after its keyword: block form (to END)
    /// when the keyword ends the line, else single-line statements. `what`
    /// names the construct for `Unterminated ...` at the end of the source.
    pub(crate) fn branch_of(&mut self, what: &'static str) -> Vec<Stmt> {
        if matches!(self.peek(), Tok::Eol) {
            self.clauses_made += 1;
            let outer = std::mem::replace(&mut self.clause, self.clauses_made);
            let b = self.block(&["END"]);
            self.clause = outer;
            // text after the END that is not a clause of the statement is
            // the next statement (`block` and `line_stmts` read it so)
            if !self.eat_kw("END") {
                self.unterminated(what);
            }
            b
        } else {
            self.line_stmts()
        }
    }

    /// A THEN/ELSE/LOCKED/ON ERROR branch of a statement other than IF.
    pub(crate) fn branch(&mut self) -> Vec<Stmt> {
        self.branch_of("ON ERROR, LOCKED, THEN or ELSE clause")
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
        let (file, line, rline) = (t.file, t.line, self.rline);
        self.chain = 0;
        self.if_like = false;
        let r = self.stmt_inner();
        self.depth -= 1;
        r.map(|kind| Stmt {
            file,
            line,
            rline,
            kind,
        })
    }

    fn stmt_inner(&mut self) -> Option<StmtKind> {
        match self.peek().clone() {
            Tok::At(name) => {
                self.at_statement_target(&name)?;
                let lv = self.lvalue()?;
                let op = self.assign_op();
                if op.is_none() {
                    self.error("Assignment expected");
                    return None;
                }
                self.advance();
                let e = self.expr_fmt()?;
                Some(StmtKind::Assign(lv, op.unwrap(), e))
            }
            // ScarletDME's tokenizer makes these words operators: no statement
            // starts with them (`AND = 1` is no assignment)
            Tok::Ident(name)
                if matches!(
                    name.as_str(),
                    "CAT"
                        | "LT"
                        | "GT"
                        | "EQ"
                        | "NE"
                        | "LE"
                        | "GE"
                        | "AND"
                        | "OR"
                        | "MATCH"
                        | "MATCHES"
                ) =>
            {
                self.error(ErrorKind::UnrecognisedStatement(name));
                None
            }
            Tok::Ident(name) => {
                // SUB or SUBROUTINE before a bracket is the SUBROUTINE
                // statement to BCOMP, never an element assignment
                let header = matches!(name.as_str(), "SUB" | "SUBROUTINE")
                    && self.peek_at(1) == &Tok::Sym(Sym::LParen);
                if !header {
                    if let Some(s) = self.try_assignment()? {
                        return Some(s);
                    }
                }
                self.advance();
                self.keyword_stmt(&name)
            }
            _ => {
                self.error(ErrorKind::UnrecognisedStatement(String::new()));
                None
            }
        }
    }

    /// Records a header (PROGRAM/SUBROUTINE/FUNCTION/CLASS).
    pub(crate) fn header_stmt(&mut self, kind: &str) -> Option<StmtKind> {
        if !self.header.kind.is_empty() {
            self.error(
                "A PROGRAM, SUBROUTINE, FUNCTION or CLASS statement has already been processed",
            );
            return None;
        }
        if self.executable_seen {
            self.error(format!(
                "{kind} must appear before any executable statements"
            ));
            return None;
        }
        let name = match self.peek().clone() {
            Tok::Ident(n) => {
                self.advance();
                n
            }
            _ => String::new(),
        };
        let mut params: Vec<(String, bool)> = Vec::new();
        self.header.kind = kind.to_string();
        if kind == "CLASS" {
            self.header.name = name;
            self.class_options()?;
            return Some(StmtKind::Null);
        }
        if self.eat_sym(Sym::LParen) && !self.eat_sym(Sym::RParen) {
            loop {
                let is_mat = self.eat_kw("MAT");
                let Tok::Ident(p) = self.peek().clone() else {
                    // ScarletDME then also misses the closing bracket
                    self.error(ErrorKind::NotFound("Variable name".into()));
                    self.error(ErrorKind::NotFound("Right bracket".into()));
                    return None;
                };
                self.advance();
                if params.iter().any(|(q, _)| *q == p) {
                    self.error(format!("Duplicate argument name '{p}'"));
                    return None;
                }
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
                self.error(ErrorKind::NotFound("Right bracket".into()));
                return None;
            }
        }
        let var_args = self.eat_kw("VAR.ARGS");
        self.header = Header {
            name,
            kind: kind.to_string(),
            params,
            var_args,
        };
        Some(StmtKind::Null)
    }
}
