//! File, sequential-file, select-list and EXECUTE statements.
//!
//! Most are parsed into the generic [`StmtKind::Io`] form: a keyword, input
//! expressions, output lvalues and THEN/ELSE/LOCKED/ON ERROR clauses.

use super::Parser;
use crate::syntax::ast::*;
use crate::syntax::compile_error::ErrorKind;
use crate::syntax::lexer::{Sym, Tok};

impl Parser<'_> {
    fn io(&mut self, kw: &str, inputs: Vec<Expr>, outputs: Vec<Expr>) -> Option<Option<StmtKind>> {
        let then_else = then_else_rule(kw);
        let clauses = self.clauses_with(
            then_else != ThenElse::None,
            takes_lock(kw),
            takes_on_error(kw),
        );
        if then_else == ThenElse::Required && !clauses.then_else {
            if matches!(self.peek(), Tok::Eol) {
                self.error_eol("Expected THEN or ELSE");
            } else {
                self.error("Expected THEN or ELSE");
            }
            return None;
        }
        Some(Some(StmtKind::Io {
            kw: kw.to_string(),
            inputs,
            outputs,
            clauses,
        }))
    }

    /// `a[, b ...]`: the first item with a format juxtaposed when
    /// `first_fmt` (BCOMP's `exprf`; a file variable is a plain reference),
    /// the others always with one.
    fn expr_list(&mut self, first_fmt: bool) -> Option<Vec<Expr>> {
        let first = if first_fmt {
            self.expr_fmt()?
        } else {
            self.expr()?
        };
        let mut v = vec![first];
        while self.eat_sym(Sym::Comma) {
            v.push(self.expr_fmt()?);
        }
        Some(v)
    }

    fn on_or_to(&mut self) -> Option<()> {
        if self.eat_kw("ON") || self.eat_kw("TO") {
            Some(())
        } else {
            self.error(ErrorKind::NotFound("TO or ON".into()));
            None
        }
    }

    /// A file variable: ScarletDME wants a variable name there.
    fn file_var(&mut self) -> Option<Expr> {
        if !matches!(self.peek(), Tok::Ident(_)) {
            self.error(ErrorKind::NotFound("Variable name".into()));
            return None;
        }
        self.expr()
    }

    /// ScarletDME's compiler looks the word after SELECT (SSELECT, SELECTN,
    /// SELECTV) up among the FILE statements' names to turn it into the
    /// name's file variable `__NAME`; an empty string literal is "found" there
    /// while no FILE statement came before (its name list is empty), so the
    /// literal becomes the text `__`: `SELECT "" TO 4` makes a list holding
    /// the one item `__` (`"":"x"` gives `__x`, `("")` stays empty).
    fn empty_literal_as_file_ref(&mut self) {
        if !self.file_refs.is_empty() || !matches!(self.peek(), Tok::Str(s) if s.is_empty()) {
            return;
        }
        // the token stands in the split slot (the parser's one replaced
        // token), which the next advance clears
        let i = self.pos.min(self.toks.len() - 1);
        if self.split.as_ref().is_none_or(|(at, _)| *at == i) {
            self.split = Some((i, Tok::Str(b"__".to_vec())));
        }
    }

    /// `file, id[, field]` after FROM/ON/TO of `kw`: the id and the field
    /// number with a format juxtaposed (BCOMP's `exprf`). A missing comma
    /// gives BCOMP's cascade: it reads on where the error left it (the
    /// operands from the next lines, then the THEN or ELSE a read needs).
    fn file_and_args(&mut self, kw: &str) -> Option<Vec<Expr>> {
        let mut v = vec![self.file_var()?];
        let operands = if matches!(kw, "READV" | "READVU" | "READVL" | "WRITEV" | "WRITEVU") {
            2
        } else {
            1
        };
        for k in 0..operands {
            if self.operand_commas(operands - k - 1).is_none() {
                if then_else_rule(kw) == ThenElse::Required {
                    self.skip_line();
                    self.error_eol("Expected THEN or ELSE");
                }
                return None;
            }
            v.push(self.expr_fmt()?);
        }
        while self.eat_sym(Sym::Comma) {
            v.push(self.expr_fmt()?);
        }
        Some(v)
    }

    /// Parses an I/O statement; returns None when `kw` is not one.
    pub(crate) fn io_stmt(&mut self, kw: &str) -> Option<Option<StmtKind>> {
        match kw {
            "OPEN" | "OPENPATH" => {
                let mut inputs = vec![self.expr_fmt_reserving(&["READONLY"])?];
                if self.eat_sym(Sym::Comma) {
                    inputs.push(self.expr_fmt_reserving(&["READONLY"])?);
                }
                // READONLY (reserved in OPEN only): writes through the file
                // variable fail. It travels as a third input after the
                // (possibly empty) DICT one: `"", name, 1`.
                if self.eat_kw("READONLY") {
                    if inputs.len() == 1 {
                        inputs.insert(0, Expr::Str(Vec::new()));
                    }
                    inputs.push(Expr::Num("1".into()));
                }
                self.expect_kw("TO")?;
                let out = self.lvalue()?;
                self.io(kw, inputs, vec![out])
            }
            "READ" | "READU" | "READL" | "READV" | "READVU" | "READVL" | "MATREAD" | "MATREADU"
            | "MATREADL" => {
                let out = self.lvalue()?;
                self.expect_kw("FROM")?;
                // READ NAME FROM id: NAME's file of a FILE statement
                let inputs = match self.file_ref_var(&out) {
                    Some(f) => vec![f, self.expr_fmt()?],
                    None => self.file_and_args(kw)?,
                };
                self.io(kw, inputs, vec![out])
            }
            "WRITE" | "WRITEU" | "WRITEV" | "WRITEVU" | "MATWRITE" | "MATWRITEU" => {
                let v = self.expr_fmt()?;
                self.on_or_to()?;
                let mut inputs = vec![v];
                match self.file_ref_var(&inputs[0]) {
                    Some(f) => inputs.extend([f, self.expr_fmt()?]),
                    None => inputs.extend(self.file_and_args(kw)?),
                }
                self.io(kw, inputs, vec![])
            }
            "DELETE" | "DELETEU" | "CLOSE" | "CLOSESEQ" | "WEOFSEQ" | "SEEK" | "CREATE"
            | "FLUSH" | "NOBUF" | "DELETESEQ" | "RECORDLOCKL" | "RECORDLOCKU" => {
                // WEOFSEQ's file is read with no format (BCOMP's `expr`)
                let inputs = if kw == "WEOFSEQ" {
                    vec![self.expr_plain()?]
                } else {
                    self.expr_list(matches!(kw, "DELETE" | "DELETEU" | "DELETESEQ"))?
                };
                self.io(kw, inputs, vec![])
            }
            "RELEASE" | "CLEARSELECT" => {
                let mut inputs = Vec::new();
                if !self.at_operand_end() {
                    if kw == "CLEARSELECT" && self.eat_kw("ALL") {
                        inputs.push(Expr::Str(b"ALL".to_vec()));
                    } else {
                        inputs = self.expr_list(kw == "CLEARSELECT")?;
                    }
                }
                self.io(kw, inputs, vec![])
            }
            "OPENSEQ" => {
                let saved = std::mem::replace(
                    &mut self.local_reserved,
                    &["APPEND", "OVERWRITE", "READONLY"],
                );
                let inputs = self.expr_list(true);
                self.local_reserved = saved;
                let mut inputs = inputs?;
                // flags: 1 APPEND, 2 READONLY (either order)
                let mut flags = 0;
                loop {
                    if self.eat_kw("APPEND") {
                        flags |= 1;
                    } else if self.eat_kw("READONLY") {
                        flags |= 2;
                    } else {
                        break;
                    }
                }
                inputs.push(Expr::Num(flags.to_string()));
                self.expect_kw("TO")?;
                let out = self.lvalue()?;
                self.io(kw, inputs, vec![out])
            }
            "STATUS" => {
                // STATUS var FROM file: the file's facts (the function is STATUS())
                let out = self.lvalue()?;
                self.expect_kw("FROM")?;
                let f = self.expr()?;
                self.io(kw, vec![f], vec![out])
            }
            "READSEQ" | "READBLK" => {
                let out = self.lvalue()?;
                self.expect_kw("FROM")?;
                let mut inputs = vec![self.expr_plain()?];
                while self.eat_sym(Sym::Comma) {
                    inputs.push(self.expr_fmt()?);
                }
                self.io(kw, inputs, vec![out])
            }
            "WRITESEQ" | "WRITESEQF" | "WRITEBLK" => {
                let v = self.expr_fmt()?;
                self.on_or_to()?;
                let f = self.expr()?;
                self.io(kw, vec![v, f], vec![])
            }
            "SAVELIST" | "GETLIST" | "DELETELIST" => {
                // name [FROM n | TO n]
                let mut inputs = vec![self.expr_fmt()?];
                let outputs = Vec::new();
                if (kw == "SAVELIST" && self.eat_kw("FROM"))
                    || (kw == "GETLIST" && self.eat_kw("TO"))
                {
                    inputs.push(self.expr_fmt()?);
                }
                // ScarletDME's GETLIST has no SETTING clause: @SELECTED
                // holds the count
                self.io(kw, inputs, outputs)
            }
            "CLEARFILE" => {
                let f = self.file_var()?;
                self.io(kw, vec![f], vec![])
            }
            "SELECTE" => {
                // SELECTE TO var: list 0 into a list variable
                self.expect_kw("TO")?;
                let out = self.lvalue()?;
                self.io(kw, vec![], vec![out])
            }
            "SELECT" | "SSELECT" | "SELECTV" | "SELECTN" | "FORMLIST" => {
                let mut inputs = Vec::new();
                let mut outputs = Vec::new();
                if !self.at_clause_end() && !self.is_kw("TO") {
                    // FORMLIST's dynamic array has formats (BCOMP's
                    // `exprf`), a SELECT's file none (`expr`)
                    if kw == "FORMLIST" {
                        inputs.push(self.expr_fmt()?);
                    } else {
                        self.empty_literal_as_file_ref();
                        inputs.push(self.expr_plain()?);
                    }
                }
                if self.eat_kw("TO") {
                    if kw == "SELECTV" {
                        outputs.push(self.lvalue()?);
                    } else {
                        inputs.push(self.expr_fmt()?);
                    }
                }
                self.io(kw, inputs, outputs)
            }
            "READNEXT" => {
                // READNEXT id [, value [, subvalue]]: positions of an
                // exploded list's item
                let mut outputs = vec![self.lvalue()?];
                while outputs.len() < 3 && self.eat_sym(Sym::Comma) {
                    outputs.push(self.lvalue()?);
                }
                let mut inputs = Vec::new();
                if self.eat_kw("FROM") {
                    inputs.push(self.expr_fmt()?);
                }
                self.io(kw, inputs, outputs)
            }
            "READLIST" => {
                let out = self.lvalue()?;
                let mut inputs = Vec::new();
                if self.eat_kw("FROM") {
                    inputs.push(self.expr_fmt()?);
                }
                self.io(kw, inputs, vec![out])
            }
            "SELECTINDEX" | "SELECTLEFT" | "SELECTRIGHT" | "SETLEFT" | "SETRIGHT" => {
                self.index_stmt(kw)
            }
            "FILELOCK" | "FILEUNLOCK" => {
                let f = self.file_var()?;
                self.io(kw, vec![f], vec![])
            }
            "LOCK" | "UNLOCK" => {
                let n = self.expr_fmt()?;
                self.io(kw, vec![n], vec![])
            }
            "EXECUTE" | "PERFORM" => Some(self.execute_stmt()),
            _ => {
                let _ = Tok::Eof;
                None
            }
        }
    }
}

impl Parser<'_> {
    /// The alternate key index statements, with no clauses:
    /// `SELECTINDEX name[, value] FROM file [TO list]` (with a value it is
    /// `SELECTINDEXV`), `SELECTLEFT|SELECTRIGHT name FROM file [SETTING
    /// key] [TO list]` (inputs name, file, whether SETTING is there, list)
    /// and `SETLEFT|SETRIGHT name FROM file`.
    fn index_stmt(&mut self, kw: &str) -> Option<Option<StmtKind>> {
        let name = self.expr()?;
        let value = if kw == "SELECTINDEX" && self.eat_sym(Sym::Comma) {
            Some(self.expr()?)
        } else {
            None
        };
        self.expect_kw("FROM")?;
        let f = self.file_var()?;
        if kw.starts_with("SET") {
            return self.io(kw, vec![name, f], vec![]);
        }
        let mut outputs = Vec::new();
        if kw != "SELECTINDEX" && self.eat_kw("SETTING") {
            outputs.push(self.lvalue()?);
        }
        let list = if self.eat_kw("TO") {
            self.expr_fmt()?
        } else {
            Expr::Num("0".into())
        };
        match (kw, value) {
            ("SELECTINDEX", Some(v)) => self.io("SELECTINDEXV", vec![name, v, f, list], outputs),
            ("SELECTINDEX", None) => self.io(kw, vec![name, f, list], outputs),
            _ => {
                let setting = Expr::Num(if outputs.is_empty() { "0" } else { "1" }.into());
                self.io(kw, vec![name, f, setting, list], outputs)
            }
        }
    }
}

/// Whether a statement takes THEN/ELSE clauses (ScarletDME's rules).
#[derive(PartialEq, Eq)]
enum ThenElse {
    /// At least one of THEN and ELSE must be there.
    Required,
    /// THEN/ELSE may be there.
    Optional,
    /// THEN/ELSE are not part of the statement.
    None,
}

fn then_else_rule(kw: &str) -> ThenElse {
    match kw {
        "READ" | "READU" | "READL" | "READV" | "READVU" | "READVL" | "MATREAD" | "MATREADU"
        | "MATREADL" | "OPEN" | "OPENPATH" | "OPENSEQ" | "READSEQ" | "READBLK" | "READNEXT"
        | "READLIST" | "DELETESEQ" | "FLUSH" | "NOBUF" | "SEEK" | "WRITESEQ" | "WRITESEQF"
        | "WRITEBLK" | "PROCREAD" | "GETLIST" | "SAVELIST" | "CREATE" | "STATUS" => {
            ThenElse::Required
        }
        "CLEARFILE" | "CLOSE" | "CLOSESEQ" | "DELETE" | "DELETEU" | "FILELOCK" | "FILEUNLOCK"
        | "MATWRITE" | "MATWRITEU" | "RECORDLOCKL" | "RECORDLOCKU" | "RELEASE" | "SELECT"
        | "SSELECT" | "SELECTV" | "SELECTN" | "WEOFSEQ" | "WRITE" | "WRITEU" | "WRITEV"
        | "WRITEVU" => ThenElse::None,
        _ if no_clauses(kw) => ThenElse::None,
        _ => ThenElse::Optional,
    }
}

/// Whether a statement may have an ON ERROR clause: not those that
/// ScarletDME's compiler gives none (for these an `ON ERROR` ends the
/// statement, and a THEN/ELSE it requires is then missing).
fn takes_on_error(kw: &str) -> bool {
    !no_clauses(kw)
        && !matches!(
            kw,
            "SEEK"
                | "FLUSH"
                | "NOBUF"
                | "STATUS"
                | "READLIST"
                | "PROCREAD"
                | "GETLIST"
                | "SAVELIST"
                | "LOCK"
                | "UNLOCK"
        )
}

/// The statements that BCOMP ends with no clause at all: a THEN, ELSE or
/// ON ERROR after them is the next statement (`Misplaced ELSE`, ...).
fn no_clauses(kw: &str) -> bool {
    matches!(
        kw,
        "CLEARSELECT"
            | "DELETELIST"
            | "FORMLIST"
            | "SELECTE"
            | "SELECTINDEX"
            | "SELECTINDEXV"
            | "SELECTLEFT"
            | "SELECTRIGHT"
            | "SETLEFT"
            | "SETRIGHT"
    )
}

/// Statements that take a lock and so may have a LOCKED clause.
fn takes_lock(kw: &str) -> bool {
    matches!(
        kw,
        "READU"
            | "READL"
            | "READVU"
            | "READVL"
            | "MATREADU"
            | "MATREADL"
            | "RECORDLOCKL"
            | "RECORDLOCKU"
            | "FILELOCK"
            | "FILEUNLOCK"
            | "OPENSEQ"
    )
}

// EXECUTE / PERFORM and their clauses, as ScarletDME's compiler takes
// them: CAPTURING, RETURNING (or SETTING), RTNLIST, PASSLIST and TRAPPING
// ABORTS, in any order, each at most once, with no commas between them.

/// EXECUTE's clause words: they end the command expression.
const EXECUTE_CLAUSES: &[&str] = &[
    "CAPTURING",
    "PASSLIST",
    "RETURNING",
    "RTNLIST",
    "TRAPPING",
    "CURRENT.LEVEL",
];

/// The words after which a bare PASSLIST ends besides the clause words:
/// the compiler's reserved names (a PASSLIST followed by one of them names
/// no list and is ignored, list 0 being passed anyway).
const NOT_A_LIST_NAME: &[&str] = &[
    "BEFORE", "BY", "DO", "ELSE", "FROM", "GO", "IN", "LOCKED", "NEXT", "ON", "REPEAT", "SETTING",
    "THEN", "TO", "UNTIL", "WHILE",
];

impl Parser<'_> {
    /// `EXECUTE cmd [clauses]` (the keyword already read).
    pub(super) fn execute_stmt(&mut self) -> Option<StmtKind> {
        let cmd = self.expr_fmt_reserving(EXECUTE_CLAUSES)?;
        let mut capturing = None;
        let mut returning = None;
        let mut rtnlist = None;
        let mut passlist = None;
        let mut trapping = false;
        let mut seen_passlist = false;
        while let Tok::Ident(word) = self.peek().clone() {
            match word.as_str() {
                "CAPTURING" => {
                    if capturing.is_some() {
                        self.error("Multiple instances of CAPTURING clause");
                        return None;
                    }
                    self.advance();
                    capturing = Some(self.lvalue()?);
                }
                "RETURNING" | "SETTING" => {
                    if returning.is_some() {
                        self.error("Multiple instances of SETTING/RETURNING clause");
                        return None;
                    }
                    self.advance();
                    returning = Some(self.lvalue()?);
                }
                "RTNLIST" => {
                    if rtnlist.is_some() {
                        self.error("Multiple instances of RTNLIST clause");
                        return None;
                    }
                    self.advance();
                    rtnlist = Some(self.lvalue()?);
                }
                "TRAPPING" => {
                    if trapping {
                        self.error("Multiple instances of TRAPPING clause");
                        return None;
                    }
                    self.advance();
                    if !self.eat_kw("ABORTS") {
                        self.error("Expected ABORTS after TRAPPING");
                        return None;
                    }
                    trapping = true;
                }
                "PASSLIST" => {
                    self.advance();
                    // PASSLIST alone passes list 0, which every EXECUTE does
                    let bare = self.at_stmt_end_tok()
                        || matches!(self.peek(), Tok::Ident(w)
                            if EXECUTE_CLAUSES.contains(&w.as_str())
                                || NOT_A_LIST_NAME.contains(&w.as_str()));
                    if bare {
                        continue;
                    }
                    if seen_passlist {
                        self.error("Multiple instances of PASSLIST clause");
                        return None;
                    }
                    seen_passlist = true;
                    match self.lvalue()? {
                        v @ Expr::Var(_) => passlist = Some(v),
                        _ => {
                            self.error(crate::syntax::compile_error::ErrorKind::NotFound(
                                "Variable name".into(),
                            ));
                            return None;
                        }
                    }
                }
                _ => break,
            }
        }
        Some(StmtKind::Execute {
            cmd,
            capturing,
            returning,
            rtnlist,
            passlist,
            trapping,
        })
    }

    /// At the end of a statement (line end, `;` or end of input).
    fn at_stmt_end_tok(&self) -> bool {
        matches!(self.peek(), Tok::Eol | Tok::Semi | Tok::Eof)
    }
}
