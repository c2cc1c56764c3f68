//! `<` after an operand: an extraction `X<f[,v[,s]]>` or a less-than?
//!
//! ScarletDME's compiler decides before it parses anything (BCOMP's
//! is.field.ref, read to learn the rule): it scans the tokens after the `<`
//! for the token that closes it, and only then parses the indices, as full
//! expressions (relational operators included), up to that token. So
//! `"z" < X<1><1>` is the extraction `"z"<(X<1> < 1)>`, and
//! `Z < 1 + 2 > 0` two comparisons. The scan:
//!
//! * `<` opens one more level, `>`, `>=` and `><` close one, all only
//!   outside parentheses (`LT`, `GT`, `<=`, `<>`, `=>` are not counted);
//! * the end of the line, a `)` that closes a parenthesis opened before the
//!   `<`, or `AND`, `OR`, `&`, `!` or any token whose text is `THEN` (a
//!   string `"then"` too) outside parentheses mean a comparison; `;` does
//!   not stop it;
//! * at the closing token: `>=` and `><` always close an extraction; after
//!   a `>` that encloses more than one token (`@NAME` counts two), the next
//!   token makes it a comparison when it is a number, or, where the
//!   expression takes no format (`X "R#5"`), a string, a name followed
//!   directly by `(`, or a name that is not reserved (`THEN`, `TO`, ...).

use super::Parser;
use crate::syntax::ast::Expr;
use crate::syntax::lexer::{Sym, Tok};

impl Parser<'_> {
    /// At `<`: parses `<e[,e[,e]]>` when ScarletDME reads an extraction
    /// here, returns `Some(None)` (position unchanged) when it reads a
    /// less-than. `fmt`: a name or string after an operand would be a
    /// format here (decides the case of a `>` followed by one).
    pub(crate) fn try_field_ref(&mut self, fmt: bool) -> Option<Option<Vec<Expr>>> {
        let Some(close) = self.field_ref_close(fmt) else {
            return Some(None);
        };
        self.advance();
        self.fences.push(close);
        let idx = self.field_indices();
        self.fences.pop();
        let idx = idx?;
        // what is left of the closing token after its `>`
        match self.toks[close].tok {
            Tok::Sym(Sym::GtEq) => self.split = Some((close, Tok::Sym(Sym::Eq))),
            Tok::Sym(Sym::GtLt) => {
                if self.toks.get(close + 1).map(|t| &t.tok) == Some(&Tok::Sym(Sym::Eq)) {
                    // `X<1>< =2`: the `<` and the `=` make `<=`
                    self.advance();
                    self.split = Some((close + 1, Tok::Sym(Sym::Le)));
                } else {
                    self.split = Some((close, Tok::Sym(Sym::Lt)));
                }
            }
            _ => self.advance(),
        }
        Some(Some(idx))
    }

    /// Checks the lvalue of a statement `NAME <...` (`lv`: None when it
    /// did not parse): ScarletDME takes one extraction there, optionally
    /// followed by a substring (`X<1>[2, 3] = ...`).
    pub(crate) fn check_field_assignment(&mut self, lv: Option<&Expr>) -> Option<()> {
        let field = match lv? {
            Expr::Substr(base, _) => base,
            lv => lv,
        };
        match field {
            Expr::Field(base, _) if !matches!(**base, Expr::Field(..) | Expr::Substr(..)) => {
                Some(())
            }
            Expr::Field(..) => {
                self.error("Illegal operator after field expression");
                None
            }
            _ => {
                self.error("Improperly formed field assignment");
                None
            }
        }
    }

    /// The indices of an extraction up to its fence (the last of
    /// `fences`), which is left as the current token.
    fn field_indices(&mut self) -> Option<Vec<Expr>> {
        let mut idx = vec![self.expr_fmt()?];
        while idx.len() < 3 && self.eat_sym(Sym::Comma) {
            idx.push(self.expr_fmt()?);
        }
        if self.peek() != &Tok::EndField {
            self.error("Incorrectly formed field reference");
            return None;
        }
        Some(idx)
    }

    /// The scan: the position of the token that closes the `<` at the
    /// current position as an extraction, or None for a less-than.
    fn field_ref_close(&self, fmt: bool) -> Option<usize> {
        let first = self.pos + 1;
        let (mut parens, mut level) = (0i32, 1i32);
        // ScarletDME's tokens between the `<` and the closing token
        let mut enclosed = 0usize;
        let mut n = first;
        loop {
            let t = self.scan_tok(n);
            let outside = parens == 0;
            match t {
                Tok::Eol | Tok::Eof => return None,
                Tok::Sym(Sym::Lt) if outside => level += 1,
                Tok::Sym(Sym::Gt | Sym::GtEq | Sym::GtLt) if outside => level -= 1,
                Tok::Sym(Sym::LParen) => parens += 1,
                Tok::Sym(Sym::RParen) => {
                    parens -= 1;
                    if parens < 0 {
                        return None;
                    }
                }
                Tok::Sym(Sym::Amp | Sym::Bang) if outside => return None,
                Tok::Ident(s) if outside && matches!(s.as_str(), "AND" | "OR" | "THEN") => {
                    return None
                }
                // `@THEN` is `@` and the name THEN (`@AND` no operator)
                Tok::At(s) if outside && s == "THEN" => return None,
                Tok::Str(s) if outside && s.eq_ignore_ascii_case(b"THEN") => return None,
                _ => {}
            }
            if parens == 0 && level == 0 {
                break;
            }
            enclosed += match t {
                Tok::At(s) if !s.is_empty() => 2,
                _ => 1,
            };
            n += 1;
        }
        if matches!(self.scan_tok(n), Tok::Sym(Sym::GtEq | Sym::GtLt)) || enclosed == 1 {
            return Some(n);
        }
        let comparison = match self.scan_tok(n + 1) {
            Tok::Num(_) | Tok::HexNum(_) => true,
            Tok::Str(_) => !fmt,
            Tok::Ident(s) if !is_operator_word(s) => {
                let lbr = self.scan_tok(n + 2) == &Tok::Sym(Sym::LParen)
                    && self.toks.get(n + 2).is_some_and(|t| !t.space_before);
                let reserved = is_reserved(s) || self.local_reserved.contains(&s.as_str());
                !fmt && (lbr || !reserved)
            }
            _ => false,
        };
        (!comparison).then_some(n)
    }

    /// The token at `i` as a scan sees it: a fence is no `>` any more.
    fn scan_tok(&self, i: usize) -> &Tok {
        if self.fences.contains(&i) {
            return &super::END_FIELD;
        }
        &self.toks[i.min(self.toks.len() - 1)].tok
    }
}

/// Names that ScarletDME's tokenizer reads as operators, not names.
fn is_operator_word(s: &str) -> bool {
    matches!(
        s,
        "CAT" | "LT" | "GT" | "EQ" | "NE" | "LE" | "GE" | "AND" | "OR" | "MATCH" | "MATCHES"
    )
}

/// BCOMP's `reserved.names` (the names reserved in every statement).
pub(super) fn is_reserved(s: &str) -> bool {
    matches!(
        s,
        "BEFORE"
            | "BY"
            | "DO"
            | "ELSE"
            | "FROM"
            | "GO"
            | "IN"
            | "LOCKED"
            | "NEXT"
            | "ON"
            | "REPEAT"
            | "SETTING"
            | "THEN"
            | "TO"
            | "UNTIL"
            | "WHILE"
    )
}

#[cfg(test)]
#[path = "field_ref_tests.rs"]
mod tests;
