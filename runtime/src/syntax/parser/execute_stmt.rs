//! EXECUTE / PERFORM and their clauses, as ScarletDME's compiler takes
//! them: CAPTURING, RETURNING (or SETTING), RTNLIST, PASSLIST and TRAPPING
//! ABORTS, in any order, each at most once, with no commas between them.

use super::Parser;
use crate::syntax::ast::*;
use crate::syntax::lexer::Tok;

/// The words after which a bare PASSLIST ends: the clause words and the
/// compiler's reserved names (a PASSLIST followed by one of them names no
/// list and is ignored, list 0 being passed anyway).
const NOT_A_LIST_NAME: &[&str] = &[
    "CAPTURING",
    "PASSLIST",
    "RETURNING",
    "RTNLIST",
    "TRAPPING",
    "CURRENT.LEVEL",
    "BEFORE",
    "BY",
    "DO",
    "ELSE",
    "FROM",
    "GO",
    "IN",
    "LOCKED",
    "NEXT",
    "ON",
    "REPEAT",
    "SETTING",
    "THEN",
    "TO",
    "UNTIL",
    "WHILE",
];

impl Parser<'_> {
    /// `EXECUTE cmd [clauses]` (the keyword already read).
    pub(super) fn execute_stmt(&mut self) -> Option<StmtKind> {
        let cmd = self.expr()?;
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
                        || matches!(self.peek(), Tok::Ident(w) if NOT_A_LIST_NAME.contains(&w.as_str()));
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
