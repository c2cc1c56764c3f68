//! Statements about the process and its surroundings: OS.EXECUTE,
//! PROCREAD / PROCWRITE, the CREATE.FILE statement, SETPU and SETNLS.
//! Each becomes the generic [`StmtKind::Io`] form.

use super::Parser;
use crate::syntax::ast::*;
use crate::syntax::compile_error::ErrorKind;
use crate::syntax::lexer::Sym;

/// CREATE.FILE ... DYNAMIC parameters (each optional, in this order).
const DH_PARAMS: &[&str] = &[
    "GROUP.SIZE",
    "BIG.REC.SIZE",
    "MIN.MODULUS",
    "SPLIT.LOAD",
    "MERGE.LOAD",
    "FLAGS",
    "VERSION",
];

impl Parser<'_> {
    fn os_comma(&mut self) -> Option<()> {
        if self.eat_sym(Sym::Comma) {
            Some(())
        } else {
            self.error(ErrorKind::NotFound("Comma".into()));
            None
        }
    }

    fn os_io(kw: &str, inputs: Vec<Expr>, outputs: Vec<Expr>, clauses: Clauses) -> StmtKind {
        StmtKind::Io {
            kw: kw.to_string(),
            inputs,
            outputs,
            clauses,
        }
    }

    /// Parses one of these statements; None when `kw` is not one (or on an
    /// error, which is then recorded).
    pub(crate) fn os_stmt(&mut self, kw: &str) -> Option<Option<StmtKind>> {
        let s = match kw {
            "OS.EXECUTE" => {
                // OS.EXECUTE cmd [CAPTURING var]; input 2: capturing (1/0)
                let cmd = self.expr()?;
                let mut outputs = Vec::new();
                if self.eat_kw("CAPTURING") {
                    outputs.push(self.lvalue()?);
                }
                let flag = Expr::Num(outputs.len().to_string());
                Self::os_io(kw, vec![cmd, flag], outputs, Clauses::default())
            }
            "PROCREAD" => {
                let out = self.lvalue()?;
                // THEN/ELSE required, no ON ERROR
                let clauses = self.required_then_else(false)?;
                Self::os_io(kw, vec![], vec![out], clauses)
            }
            // no PROC can be active: what PROCWRITE stores is never read
            "PROCWRITE" => StmtKind::Void(self.expr()?),
            "CREATE.FILE" => {
                // CREATE.FILE path DIRECTORY | DYNAMIC [params] [ON ERROR];
                // inputs: path, type (1 directory, 2 dynamic), ON ERROR (1/0)
                let path = self.expr()?;
                let kind = if self.eat_kw("DIRECTORY") {
                    1
                } else if self.eat_kw("DYNAMIC") {
                    for p in DH_PARAMS {
                        if self.eat_kw(p) {
                            self.expr()?;
                        }
                    }
                    2
                } else {
                    self.error("Expected DIRECTORY or DYNAMIC after path name");
                    return None;
                };
                let clauses = self.clauses_with(false, false, true);
                let on_error = Expr::Num((clauses.on_error.is_some() as u8).to_string());
                Self::os_io(
                    kw,
                    vec![path, Expr::Num(kind.to_string()), on_error],
                    vec![],
                    clauses,
                )
            }
            "SETPU" | "SETNLS" => {
                // SETPU key, unit, value / SETNLS key, value
                let mut inputs = vec![self.expr()?];
                self.os_comma()?;
                inputs.push(self.expr()?);
                if kw == "SETPU" {
                    self.os_comma()?;
                    inputs.push(self.expr()?);
                }
                Self::os_io(kw, inputs, vec![], Clauses::default())
            }
            _ => return None,
        };
        Some(Some(s))
    }
}
