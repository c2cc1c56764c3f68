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
                let delim = if self.eat_sym(Sym::Comma) || self.eat_kw("USING") {
                    self.expr()?
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
                if self.eat_sym(Sym::Comma) {
                    range.push(self.expr()?);
                    if self.eat_sym(Sym::Comma) {
                        range.push(self.expr()?);
                    }
                }
                if self.eat_kw("USING") {
                    delim = Some(self.expr()?);
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
