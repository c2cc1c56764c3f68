//! WITH conditions of a query sentence: relational operators, tests of a
//! field, and terms joined by AND / OR, as ScarletDME's query processor
//! reads them.

use super::sentence::Token;

/// A relational operator of a WITH clause.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    /// `=`, `EQ`.
    Eq,
    /// `#`, `<>`, `NE`, `NOT`.
    Ne,
    /// `<`, `LT`.
    Lt,
    /// `>`, `GT`.
    Gt,
    /// `<=`, `LE`.
    Le,
    /// `>=`, `GE`.
    Ge,
    /// `LIKE`, `MATCHING`: `...` is any text.
    Like,
    /// `UNLIKE`, `NOT.MATCHING`.
    Unlike,
}

impl Op {
    fn from_word(w: &str) -> Option<Op> {
        Some(match w.to_ascii_uppercase().as_str() {
            "=" | "EQ" | "EQUAL" => Op::Eq,
            "#" | "<>" | "><" | "NE" | "NOT" => Op::Ne,
            "<" | "LT" => Op::Lt,
            ">" | "GT" => Op::Gt,
            "<=" | "=<" | "LE" => Op::Le,
            ">=" | "=>" | "GE" => Op::Ge,
            "LIKE" | "MATCHING" | "MATCHES" => Op::Like,
            "UNLIKE" | "NOT.MATCHING" => Op::Unlike,
            _ => return None,
        })
    }
}

/// A WITH condition.
#[derive(Debug, Clone, PartialEq)]
pub enum Cond {
    /// `field op value [value...]` (any of the values); with no operator,
    /// the field is not empty (`NO field`: it is empty).
    Test {
        /// Dictionary name (or `@ID`).
        field: String,
        /// Operator and values, or None for a presence test.
        op: Option<(Op, Vec<String>)>,
        /// `NO field`.
        negated: bool,
    },
    /// Both.
    And(Box<Cond>, Box<Cond>),
    /// Either.
    Or(Box<Cond>, Box<Cond>),
}

/// Parses a condition from token `i`: terms joined by AND / OR (AND binds
/// tighter); an `OR WITH` / `AND WITH` continues it. Returns the condition
/// and the index after it.
pub fn parse_cond(toks: &[Token], mut i: usize) -> Result<(Cond, usize), String> {
    let mut ors: Vec<Cond> = Vec::new();
    let mut ands: Vec<Cond> = Vec::new();
    loop {
        let (t, next) = parse_term(toks, i)?;
        ands.push(t);
        i = next;
        let conj = match toks.get(i) {
            Some(Token::Word(w)) => w.to_ascii_uppercase(),
            _ => break,
        };
        if conj != "AND" && conj != "OR" {
            break;
        }
        i += 1;
        if let Some(Token::Word(w)) = toks.get(i) {
            if w.eq_ignore_ascii_case("WITH") {
                i += 1;
            }
        }
        if conj == "OR" {
            ors.push(fold(std::mem::take(&mut ands), Cond::And));
        }
    }
    ors.push(fold(ands, Cond::And));
    Ok((fold(ors, Cond::Or), i))
}

fn fold(mut v: Vec<Cond>, f: fn(Box<Cond>, Box<Cond>) -> Cond) -> Cond {
    let first = v.remove(0);
    v.into_iter()
        .fold(first, |a, b| f(Box::new(a), Box::new(b)))
}

fn parse_term(toks: &[Token], mut i: usize) -> Result<(Cond, usize), String> {
    let mut negated = false;
    if let Some(Token::Word(w)) = toks.get(i) {
        if w.eq_ignore_ascii_case("NO") {
            negated = true;
            i += 1;
        } else if w.eq_ignore_ascii_case("NOT") {
            return Err("Unexpected K type item (NOT) in query sentence.".into());
        } else if w.eq_ignore_ascii_case("EVERY") {
            return Err("WITH EVERY is not supported by mvbasic's query processor".into());
        }
    }
    let field = match toks.get(i) {
        Some(Token::Word(w)) => w.clone(),
        _ => return Err("Field name required in WITH clause".into()),
    };
    i += 1;
    let op = match toks.get(i) {
        Some(Token::Word(w)) => Op::from_word(w),
        _ => None,
    };
    let Some(op) = op else {
        return Ok((
            Cond::Test {
                field,
                op: None,
                negated,
            },
            i,
        ));
    };
    i += 1;
    let mut values = Vec::new();
    while let Some(t) = toks.get(i) {
        match t {
            Token::Lit(l) => values.push(l.clone()),
            // an unquoted value right after the operator (a number)
            Token::Word(w) if values.is_empty() => values.push(w.clone()),
            Token::Word(_) => break,
        }
        i += 1;
    }
    if values.is_empty() {
        return Err(format!("Value required after operator in WITH {field}"));
    }
    Ok((
        Cond::Test {
            field,
            op: Some((op, values)),
            negated,
        },
        i,
    ))
}
