//! DPARSE and the CSV statements: DPARSE.CSV, INPUTCSV, READCSV,
//! MATREADCSV, PRINTCSV, WRITECSV.

use super::Parser;
use crate::syntax::ast::*;
use crate::syntax::compile_error::ErrorKind;
use crate::syntax::lexer::Sym;

impl Parser<'_> {
    /// The targets of DPARSE / READCSV / INPUTCSV: variables, matrix
    /// elements or field references, separated by commas.
    fn csv_targets(&mut self) -> Option<Vec<LValue>> {
        let mut v = vec![self.lvalue()?];
        while self.eat_sym(Sym::Comma) {
            v.push(self.lvalue()?);
        }
        Some(v)
    }

    /// The values of PRINTCSV / WRITECSV, separated by commas.
    fn csv_items(&mut self) -> Option<Vec<Expr>> {
        let mut v = vec![self.expr()?];
        while self.eat_sym(Sym::Comma) {
            v.push(self.expr()?);
        }
        Some(v)
    }

    /// BCOMP's errors for a DPARSE whose comma before the targets is
    /// missing: it checks the comma, then wants a name where it is.
    fn dparse_no_target(&mut self) {
        self.error(ErrorKind::NotFound("Comma".into()));
        self.error(ErrorKind::NotFound("Variable name".into()));
    }

    /// Parses DPARSE or a CSV statement; None when `kw` is not one (or on
    /// an error, which is then recorded).
    pub(crate) fn csv_stmt(&mut self, kw: &str) -> Option<Option<StmtKind>> {
        let c = match kw {
            "DPARSE" | "DPARSE.CSV" => {
                let src = self.expr()?;
                if self.operand_comma().is_none() {
                    // BCOMP reads on: the delimiter was the next line (an
                    // error, that line skipped), then no comma, no target
                    self.skip_line();
                    self.dparse_no_target();
                    return None;
                }
                let delim = self.expr()?;
                if !self.eat_sym(Sym::Comma) {
                    self.dparse_no_target();
                    return None;
                }
                let targets = self.csv_targets()?;
                CsvStmt::Dparse {
                    csv: kw == "DPARSE.CSV",
                    src,
                    delim,
                    targets,
                }
            }
            "INPUTCSV" => CsvStmt::Input(self.csv_targets()?),
            "READCSV" => {
                self.expect_kw("FROM")?;
                let file = self.lvalue()?;
                self.expect_kw("TO")?;
                let targets = self.csv_targets()?;
                let clauses = self.if_clauses()?;
                CsvStmt::Read {
                    file,
                    targets,
                    clauses,
                }
            }
            "MATREADCSV" => {
                let mat = self.ident()?;
                self.expect_kw("FROM")?;
                let file = self.lvalue()?;
                let clauses = self.if_clauses()?;
                CsvStmt::MatRead { mat, file, clauses }
            }
            "PRINTCSV" => {
                // ON n: an operand (a string after it is the first item,
                // not a format)
                let on = if self.eat_kw("ON") {
                    Some(self.unary_operand()?)
                } else {
                    None
                };
                let items = self.csv_items()?;
                let newline = !self.eat_sym(Sym::Colon);
                CsvStmt::Print { on, items, newline }
            }
            "WRITECSV" => {
                let items = self.csv_items()?;
                if !(self.eat_kw("TO") || self.eat_kw("ON")) {
                    self.error(ErrorKind::NotFound("TO or ON".into()));
                    return None;
                }
                let file = self.lvalue()?;
                // WRITESEQ's clauses: ON ERROR too
                let clauses = self.required_then_else(true)?;
                CsvStmt::Write {
                    items,
                    file,
                    clauses,
                }
            }
            _ => return None,
        };
        Some(Some(StmtKind::Csv(Box::new(c))))
    }
}
