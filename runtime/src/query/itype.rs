//! Evaluating I-type dictionary expressions (`BAL * 2`, `NAME[1,1]`,
//! `OCONV(DATE, "D2/")`, `IF BAL > 100 THEN "big" ELSE "small"`) for one
//! record. A name in the expression is another dictionary item of the same
//! file (or `@ID`, `@RECORD`); `name<f,v,s>` extracts a field, value or
//! subvalue; `;` separates expressions whose values later ones name `@1`,
//! `@2`...; the functions ([`super::itype_funcs`]) are the common ones of
//! I-types, and TRANS()/XLATE() read other files. Anything else is an
//! error naming it.

use super::itype_funcs::{bool_val, call, num_of, show, truth};
use crate::builtins::compare::compare_values;
use crate::builtins::num::{self, parse_num, Num};
use crate::builtins::{field, pattern};
use std::cmp::Ordering;

/// What an expression sees of the world: the names of the current record
/// and the files of the account.
pub trait Env {
    /// The value of a name of the expression (a dictionary item, `@ID`,
    /// `@RECORD`) for the current record.
    fn lookup(&self, name: &str) -> Result<Vec<u8>, String>;
    /// TRANS(file, ids, field, code) / XLATE(): `field` is the argument as
    /// given (a field number, or the name of an I-type of that file).
    fn trans(&self, file: &[u8], ids: &[u8], field: &[u8], code: &[u8]) -> Result<Vec<u8>, String>;
    /// TOTAL(v): the value of the expression's next TOTAL() call (in the
    /// order of the text). Outside a CALC column's total line it is `v`.
    fn total(&self, v: Vec<u8>) -> Vec<u8> {
        v
    }
}

/// Evaluates expression `src` in `env`. An I-type of several expressions
/// separated by `;` has the value of the last; `@1`, `@2`... in one are the
/// values of the earlier ones.
pub fn eval(src: &str, env: &dyn Env) -> Result<Vec<u8>, String> {
    let toks = lex(src)?;
    let mut parts: Vec<Vec<u8>> = Vec::new();
    for part in toks.split(|t| *t == Tok::Sym(";")) {
        let mut p = Parser {
            toks: part.to_vec(),
            i: 0,
            env,
            parts: &parts,
        };
        let v = p.expr(0)?;
        if p.i < p.toks.len() {
            return Err(format!(
                "Unexpected {:?} in I-type expression {}",
                p.toks[p.i], src
            ));
        }
        parts.push(v);
    }
    Ok(parts.pop().unwrap_or_default())
}

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Num(String),
    Str(String),
    Name(String),
    Sym(&'static str),
}

fn lex(s: &str) -> Result<Vec<Tok>, String> {
    let b: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    const SYMS: &[&str] = &[
        "<=", ">=", "<>", "#", "=", "<", ">", "+", "-", "*", "/", "^", ":", "(", ")", "[", "]",
        ",", ";",
    ];
    while i < b.len() {
        let c = b[i];
        if c.is_whitespace() {
            i += 1;
        } else if c == '"' || c == '\'' || c == '\\' {
            let end = b[i + 1..]
                .iter()
                .position(|&x| x == c)
                .ok_or_else(|| format!("Unterminated string in I-type expression {s}"))?;
            out.push(Tok::Str(b[i + 1..i + 1 + end].iter().collect()));
            i += end + 2;
        } else if c.is_ascii_digit()
            || (c == '.' && b.get(i + 1).is_some_and(|d| d.is_ascii_digit()))
        {
            let st = i;
            while i < b.len() && (b[i].is_ascii_digit() || b[i] == '.') {
                i += 1;
            }
            out.push(Tok::Num(b[st..i].iter().collect()));
        } else if c.is_alphabetic() || c == '@' || c == '$' || c == '_' {
            let st = i;
            while i < b.len()
                && (b[i].is_alphanumeric() || matches!(b[i], '.' | '_' | '$' | '%' | '@'))
            {
                i += 1;
            }
            out.push(Tok::Name(b[st..i].iter().collect::<String>()));
        } else {
            let rest: String = b[i..b.len().min(i + 2)].iter().collect();
            let sym = SYMS
                .iter()
                .find(|x| rest.starts_with(*x))
                .ok_or_else(|| format!("Unexpected character {c} in I-type expression {s}"))?;
            out.push(Tok::Sym(sym));
            i += sym.chars().count();
        }
    }
    Ok(out)
}

struct Parser<'a> {
    toks: Vec<Tok>,
    i: usize,
    env: &'a dyn Env,
    /// The values of the earlier `;` parts (`@1`, `@2`...).
    parts: &'a [Vec<u8>],
}

impl Parser<'_> {
    fn peek_sym(&self) -> Option<&'static str> {
        match self.toks.get(self.i) {
            Some(Tok::Sym(s)) => Some(s),
            Some(Tok::Name(n)) => match n.to_ascii_uppercase().as_str() {
                "AND" => Some("AND"),
                "OR" => Some("OR"),
                "EQ" => Some("="),
                "NE" => Some("#"),
                "LT" => Some("<"),
                "GT" => Some(">"),
                "LE" => Some("<="),
                "GE" => Some(">="),
                "CAT" => Some(":"),
                "MATCHES" | "MATCH" => Some("MATCHES"),
                _ => None,
            },
            _ => None,
        }
    }

    fn expect(&mut self, s: &str) -> Result<(), String> {
        if self.peek_sym() == Some(s)
            || matches!(self.toks.get(self.i), Some(Tok::Sym(x)) if *x == s)
        {
            self.i += 1;
            Ok(())
        } else {
            Err(format!("Expected {s} in I-type expression"))
        }
    }

    fn keyword(&mut self, k: &str) -> bool {
        if matches!(self.toks.get(self.i), Some(Tok::Name(n)) if n.eq_ignore_ascii_case(k)) {
            self.i += 1;
            true
        } else {
            false
        }
    }

    /// Binary operators by precedence: OR/AND (1), relational (2), `:` (3),
    /// `+ -` (4), `* /` (5), `^` (6).
    fn expr(&mut self, min: u8) -> Result<Vec<u8>, String> {
        let mut left = self.unary()?;
        while let Some(op) = self.peek_sym() {
            let prec = match op {
                "AND" | "OR" => 1,
                "=" | "#" | "<>" | "<" | ">" | "<=" | ">=" | "MATCHES" => 2,
                ":" => 3,
                "+" | "-" => 4,
                "*" | "/" => 5,
                "^" => 6,
                _ => break,
            };
            if prec <= min {
                break;
            }
            self.i += 1;
            let right = self.expr(prec)?;
            left = match op {
                "AND" => bool_val(truth(&left) && truth(&right)),
                "OR" => bool_val(truth(&left) || truth(&right)),
                ":" => [left, right].concat(),
                "MATCHES" => bool_val(pattern::matches(&left, &right)),
                "+" => show(num::add(num_of(&left)?, num_of(&right)?)),
                "-" => show(num::sub(num_of(&left)?, num_of(&right)?)),
                "*" => show(num::mul(num_of(&left)?, num_of(&right)?)),
                "/" => show(
                    num::div(num_of(&left)?, num_of(&right)?)
                        .map_err(|_| "Divide by zero in I-type".to_string())?,
                ),
                "^" => show(
                    num::pwr(num_of(&left)?, num_of(&right)?)
                        .map_err(|_| "Bad power in I-type".to_string())?,
                ),
                rel => {
                    let o = compare_values(&left, &right);
                    bool_val(match rel {
                        "=" => o == Ordering::Equal,
                        "#" | "<>" => o != Ordering::Equal,
                        "<" => o == Ordering::Less,
                        ">" => o == Ordering::Greater,
                        "<=" => o != Ordering::Greater,
                        _ => o != Ordering::Less,
                    })
                }
            };
        }
        Ok(left)
    }

    fn unary(&mut self) -> Result<Vec<u8>, String> {
        if self.peek_sym() == Some("-") {
            self.i += 1;
            let v = self.unary()?;
            return Ok(show(num::neg(num_of(&v)?)));
        }
        if self.peek_sym() == Some("+") {
            self.i += 1;
            return self.unary();
        }
        let v = self.primary()?;
        self.postfix(v)
    }

    fn postfix(&mut self, mut v: Vec<u8>) -> Result<Vec<u8>, String> {
        while matches!(self.toks.get(self.i), Some(Tok::Sym("["))) {
            self.i += 1;
            let a = num::int_part(num_of(&self.expr(0)?)?);
            let a = match a {
                Num::Int(i) => i,
                Num::Float(f) => f as i64,
            };
            let r = if matches!(self.toks.get(self.i), Some(Tok::Sym(","))) {
                self.i += 1;
                let l = match num_of(&self.expr(0)?)? {
                    Num::Int(i) => i,
                    Num::Float(f) => f as i64,
                };
                field::substr(&v, a, l).to_vec()
            } else {
                // [n]: the last n characters
                let n = a.max(0) as usize;
                v[v.len().saturating_sub(n)..].to_vec()
            };
            self.expect("]")?;
            v = r;
        }
        Ok(v)
    }

    /// `@n`: the value of the n-th `;` part before this one.
    fn part(&self, n: &str) -> Option<Vec<u8>> {
        let k: usize = n.strip_prefix('@')?.parse().ok()?;
        Some(self.parts.get(k.checked_sub(1)?)?.clone())
    }

    /// `v<f>`, `v<f,v>`, `v<f,v,s>` after a name: a field, value or
    /// subvalue. A `<` that does not start one is less-than.
    fn extraction(&mut self, v: Vec<u8>) -> Vec<u8> {
        if !matches!(self.toks.get(self.i), Some(Tok::Sym("<"))) {
            return v;
        }
        let at = self.i;
        self.i += 1;
        let mut idx = Vec::new();
        // each index stops before relational operators: `>` closes the
        // extraction
        while let Ok(x) = self.expr(2).and_then(|x| num_of(&x)) {
            idx.push(match num::int_part(x) {
                Num::Int(i) => i,
                Num::Float(f) => f as i64,
            });
            match self.toks.get(self.i) {
                Some(Tok::Sym(",")) if idx.len() < 3 => self.i += 1,
                Some(Tok::Sym(">")) => {
                    self.i += 1;
                    idx.resize(3, 0);
                    return crate::builtins::dynarray::extract(&v, idx[0], idx[1], idx[2]).to_vec();
                }
                _ => break,
            }
        }
        self.i = at;
        v
    }

    fn args(&mut self) -> Result<Vec<Vec<u8>>, String> {
        self.expect("(")?;
        let mut out = Vec::new();
        if matches!(self.toks.get(self.i), Some(Tok::Sym(")"))) {
            self.i += 1;
            return Ok(out);
        }
        loop {
            out.push(self.expr(0)?);
            match self.toks.get(self.i) {
                Some(Tok::Sym(",")) => self.i += 1,
                Some(Tok::Sym(")")) => {
                    self.i += 1;
                    return Ok(out);
                }
                _ => return Err("Expected , or ) in I-type expression".into()),
            }
        }
    }

    fn primary(&mut self) -> Result<Vec<u8>, String> {
        let t = self
            .toks
            .get(self.i)
            .cloned()
            .ok_or_else(|| "Incomplete I-type expression".to_string())?;
        self.i += 1;
        match t {
            Tok::Num(n) => Ok(show(parse_num(n.as_bytes()).unwrap_or(Num::Int(0)))),
            Tok::Str(s) => Ok(s.into_bytes()),
            Tok::Sym("(") => {
                let v = self.expr(0)?;
                self.expect(")")?;
                Ok(v)
            }
            Tok::Name(n) if n.eq_ignore_ascii_case("IF") => {
                let c = self.expr(0)?;
                if !self.keyword("THEN") {
                    return Err("THEN expected in I-type IF".into());
                }
                let a = self.expr(0)?;
                if !self.keyword("ELSE") {
                    return Err("ELSE expected in I-type IF".into());
                }
                let b = self.expr(0)?;
                Ok(if truth(&c) { a } else { b })
            }
            Tok::Name(n) if matches!(self.toks.get(self.i), Some(Tok::Sym("("))) => {
                let a = self.args()?;
                let name = n.to_ascii_uppercase();
                if name == "TRANS" || name == "XLATE" {
                    if a.len() != 4 {
                        return Err(format!("{name} needs four arguments in an I-type"));
                    }
                    let v = self.env.trans(&a[0], &a[1], &a[2], &a[3])?;
                    return Ok(self.extraction(v));
                }
                if name == "TOTAL" && a.len() == 1 {
                    let v = self.env.total(a.into_iter().next().expect("one"));
                    return Ok(self.extraction(v));
                }
                let v = call(&name, &a)?;
                Ok(self.extraction(v))
            }
            Tok::Name(n) => {
                let v = match mark_var(&n) {
                    Some(v) => v,
                    None => match self.part(&n) {
                        Some(v) => v,
                        None => self.env.lookup(&n)?,
                    },
                };
                Ok(self.extraction(v))
            }
            Tok::Sym(s) => Err(format!("Unexpected {s} in I-type expression")),
        }
    }
}

/// The @-variables that are constants (marks, @TRUE, @FALSE).
fn mark_var(n: &str) -> Option<Vec<u8>> {
    Some(match n.to_ascii_uppercase().as_str() {
        "@FM" | "@AM" => vec![0xFE],
        "@VM" => vec![0xFD],
        "@SM" | "@SVM" => vec![0xFC],
        "@TM" => vec![0xFB],
        "@TRUE" => b"1".to_vec(),
        "@FALSE" => b"0".to_vec(),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Names;
    impl Env for Names {
        fn lookup(&self, n: &str) -> Result<Vec<u8>, String> {
            match n {
                "BAL" => Ok(b"120".to_vec()),
                "NAME" => Ok(b"Smith".to_vec()),
                _ => Err(format!("{n} not found")),
            }
        }
        fn trans(&self, f: &[u8], i: &[u8], n: &[u8], c: &[u8]) -> Result<Vec<u8>, String> {
            Ok([f, i, n, c].join(&b'/'))
        }
    }

    #[test]
    fn expressions_of_fields() {
        let look = &Names;
        assert_eq!(eval("BAL * 2", look).unwrap(), b"240");
        assert_eq!(eval("NAME[1,1]", look).unwrap(), b"S");
        assert_eq!(eval("NAME[2]", look).unwrap(), b"th");
        assert_eq!(eval("1 + 2 * 3", look).unwrap(), b"7");
        assert_eq!(eval("(1 + 2) * 3", look).unwrap(), b"9");
        assert_eq!(eval("NAME : '-' : BAL", look).unwrap(), b"Smith-120");
        assert_eq!(
            eval("IF BAL > 100 THEN 'big' ELSE 'small'", look).unwrap(),
            b"big"
        );
        assert_eq!(eval("UPCASE(NAME)", look).unwrap(), b"SMITH");
        assert!(eval("NOPE + 1", look).is_err());
        assert!(eval("WEIRD(1)", look).unwrap_err().contains("WEIRD"));
        assert_eq!(
            eval("TRANS('F', NAME, 2, 'X')", look).unwrap(),
            b"F/Smith/2/X"
        );
        let rec = |s: &str| eval(s, look).unwrap();
        assert_eq!(rec("'a':@FM:'b':@VM:'c'; @1<2,2>"), b"c");
        assert_eq!(rec("BAL < 200"), b"1");
        assert_eq!(rec("IF BAL < 200 THEN 'lt' ELSE 'ge'"), b"lt");
        assert_eq!(rec("NAME MATCHES '1A0X'"), b"1");
        assert_eq!(rec("BAL; @1 * 2; @2 + @1"), b"360");
        assert!(eval("NAME * 2", look).unwrap_err().contains("Non-numeric"));
        assert!(eval("XLATE('F', NAME, 2)", look)
            .unwrap_err()
            .contains("XLATE"));
    }
}
