//! Statements about the process and its surroundings: OS.EXECUTE,
//! PROCREAD / PROCWRITE, the CREATE.FILE statement, SETPU and SETNLS.
//! Each becomes the generic [`StmtKind::Io`] form.

use super::Parser;
use crate::syntax::ast::*;

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
                let cmd = self.expr_fmt_reserving(&["CAPTURING"])?;
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
            "PROCWRITE" => StmtKind::Void(self.expr_fmt()?),
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
                // BCOMP: SETPU's key and unit with no format (`expr`), its
                // value and both of SETNLS's with one (`exprf`)
                let pu = kw == "SETPU";
                let mut inputs = vec![if pu { self.expr()? } else { self.expr_fmt()? }];
                self.operand_commas(usize::from(pu))?;
                inputs.push(if pu { self.expr()? } else { self.expr_fmt()? });
                if pu {
                    self.operand_comma()?;
                    inputs.push(self.expr_fmt()?);
                }
                Self::os_io(kw, inputs, vec![], Clauses::default())
            }
            _ => return None,
        };
        Some(Some(s))
    }
}
