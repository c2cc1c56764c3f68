//! MATPARSE and MATBUILD: a dynamic array to and from a matrix.

use super::Parser;
use crate::syntax::ast::*;
use crate::syntax::lexer::Sym;

impl Parser<'_> {
    /// Parses MATPARSE or MATBUILD; returns None when `kw` is neither.
    pub(crate) fn mat_stmt(&mut self, kw: &str) -> Option<Option<StmtKind>> {
        match kw {
            "MATPARSE" => {
                let mat = self.ident()?;
                self.expect_kw("FROM")?;
                let src = self.expr()?;
                // the source with no format (BCOMP's `expr`), the delimiter
                // with one (`exprf`)
                let delim = if self.eat_sym(Sym::Comma) || self.eat_kw("USING") {
                    self.expr_fmt()?
                } else {
                    self.error("Expected comma or USING");
                    return None;
                };
                Some(Some(StmtKind::MatParse { mat, src, delim }))
            }
            "MATBUILD" => {
                let var = self.lvalue()?;
                self.expect_kw("FROM")?;
                let mat = self.ident()?;
                let mut delim = None;
                let mut range = Vec::new();
                // the bounds and the delimiter are read with formats
                // (BCOMP's `exprf`): in `M, 1, 3 USING ","` the name USING
                // formats 3, and the string formats that; no delimiter
                if self.eat_sym(Sym::Comma) {
                    range.push(self.expr_fmt()?);
                    if self.eat_sym(Sym::Comma) {
                        range.push(self.expr_fmt()?);
                    }
                }
                if self.eat_kw("USING") {
                    delim = Some(self.expr_fmt()?);
                }
                Some(Some(StmtKind::MatBuild {
                    var,
                    mat,
                    delim,
                    range,
                }))
            }
            _ => None,
        }
    }
}
