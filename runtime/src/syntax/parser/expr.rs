//! Expression parsing with ScarletDME's precedence:
//! unary minus > `** ^` > `* /` > `+ -` > format juxtaposition > `:` >
//! relational and MATCHES > `AND OR & !` (one level, left to right).

use super::Parser;
use crate::syntax::ast::{BinOp, Expr};
use crate::syntax::compile_error::ErrorKind;
use crate::syntax::lexer::{Sym, Tok};

impl Parser<'_> {
    /// Parses a full expression.
    pub fn expr(&mut self) -> Option<Expr> {
        self.logical()
    }

    fn logical(&mut self) -> Option<Expr> {
        let mut l = self.relational()?;
        loop {
            let op = match self.peek() {
                Tok::Sym(Sym::Amp) => BinOp::And,
                Tok::Sym(Sym::Bang) => BinOp::Or,
                Tok::Ident(s) if s == "AND" => BinOp::And,
                Tok::Ident(s) if s == "OR" => BinOp::Or,
                _ => return Some(l),
            };
            self.chain_guard()?;
            self.advance();
            let r = self.relational()?;
            l = Expr::Bin(op, Box::new(l), Box::new(r));
        }
    }

    fn relational(&mut self) -> Option<Expr> {
        let mut l = self.concat()?;
        loop {
            let op = match self.peek() {
                Tok::Sym(Sym::Eq) => BinOp::Eq,
                Tok::Sym(Sym::Ne | Sym::GtLt) => BinOp::Ne,
                Tok::Sym(Sym::Lt) => BinOp::Lt,
                Tok::Sym(Sym::Gt) => BinOp::Gt,
                Tok::Sym(Sym::Le) => BinOp::Le,
                Tok::Sym(Sym::Ge | Sym::GtEq) => BinOp::Ge,
                Tok::Ident(s) => match s.as_str() {
                    "EQ" => BinOp::Eq,
                    "NE" => BinOp::Ne,
                    "LT" => BinOp::Lt,
                    "GT" => BinOp::Gt,
                    "LE" => BinOp::Le,
                    "GE" => BinOp::Ge,
                    "MATCHES" | "MATCH" => BinOp::Matches,
                    _ => return Some(l),
                },
                _ => return Some(l),
            };
            self.chain_guard()?;
            self.advance();
            let r = self.concat()?;
            l = Expr::Bin(op, Box::new(l), Box::new(r));
        }
    }

    /// Concatenation level (also the level used inside `<...>`).
    pub fn concat(&mut self) -> Option<Expr> {
        let mut l = self.format()?;
        // ScarletDME's tokenizer reads the name CAT as the `:` operator
        while matches!(self.peek(), Tok::Sym(Sym::Colon))
            || matches!(self.peek(), Tok::Ident(s) if s == "CAT")
        {
            // as ScarletDME guesses: a `:` is the operator only when what
            // follows can start an operand; else it is left to the
            // statement (PRINT's trailing `:`) or its end (`PRINT 1 ::`)
            if !self.starts_operand(1) {
                return Some(l);
            }
            self.chain_guard()?;
            self.advance();
            let r = self.format()?;
            l = Expr::Bin(BinOp::Cat, Box::new(l), Box::new(r));
        }
        Some(l)
    }

    /// The token `n` ahead can start an operand: a name that is not
    /// reserved (or is followed directly by `(`), a number, a string, an
    /// @-name, `(`, or a sign.
    fn starts_operand(&self, n: usize) -> bool {
        match self.peek_at(n) {
            Tok::Ident(s) => {
                let reserved = super::field_ref::is_reserved(s)
                    || self.local_reserved.contains(&s.as_str())
                    || not_a_format(s);
                let lbr = self.peek_at(n + 1) == &Tok::Sym(Sym::LParen)
                    && self
                        .toks
                        .get(self.pos + n + 1)
                        .is_some_and(|t| !t.space_before);
                !reserved || lbr
            }
            Tok::Num(_) | Tok::Str(_) | Tok::Bad | Tok::At(_) => true,
            Tok::Sym(sym) => matches!(sym, Sym::LParen | Sym::Plus | Sym::Minus),
            _ => false,
        }
    }

    /// Parses an expression in which, as in ScarletDME, an operand followed
    /// directly by a name that is no reserved word is formatted by it
    /// (`X F` is `FMT(X, F)`, as `X "R#5"` is everywhere): conditions of
    /// IF, WHILE and UNTIL, the value of an assignment and PRINT/CRT items,
    /// and, as BCOMP parses them with its `exprf`, the inside of parentheses
    /// and every argument of a call or subscript (`LEN(A F)`, `INT(1E10/3)`
    /// where `E10` is a variable: `1E10` is no number literal there).
    pub fn expr_fmt(&mut self) -> Option<Expr> {
        let saved = self.fmt_names.replace(self.depth);
        let r = self.expr();
        self.fmt_names = saved;
        r
    }

    /// [`Parser::expr_fmt`] with `words` reserved as well (BCOMP's local
    /// reserved names of a statement: EXECUTE's CAPTURING, OPEN's READONLY,
    /// ...), so that they end the expression instead of formatting it.
    pub(crate) fn expr_fmt_reserving(&mut self, words: &'static [&'static str]) -> Option<Expr> {
        let saved = std::mem::replace(&mut self.local_reserved, words);
        let r = self.expr_fmt();
        self.local_reserved = saved;
        r
    }

    /// Parses an expression in which nothing juxtaposed is a format (BCOMP's
    /// `expr`, not `exprf`): FOR's start, limit and step, the dynamic array
    /// of LOCATE(...), the file of READSEQ and SELECT, ECHO, PAUSE.
    /// `FOR I = 1 "R#5" TO 3` does not compile; brackets inside still
    /// format.
    pub fn expr_plain(&mut self) -> Option<Expr> {
        let saved = self.no_format.replace(self.depth);
        let r = self.expr();
        self.no_format = saved;
        r
    }

    fn format(&mut self) -> Option<Expr> {
        let mut l = self.additive()?;
        loop {
            let is_format = match self.peek() {
                _ if self.no_format == Some(self.depth) => false,
                Tok::Str(_) => self.fmt_names == Some(self.depth),
                Tok::Ident(s) => {
                    self.fmt_names == Some(self.depth)
                        && !not_a_format(s)
                        && !self.local_reserved.contains(&s.as_str())
                }
                // `X (2)` is FMT(X, 2): a bracket after an operand (a name
                // before it is a variable, see `primary`)
                Tok::Sym(Sym::LParen) => self.fmt_names == Some(self.depth),
                _ => false,
            };
            if !is_format {
                break;
            }
            self.chain_guard()?;
            let r = self.additive()?;
            l = Expr::Bin(BinOp::Fmt, Box::new(l), Box::new(r));
        }
        Some(l)
    }

    fn additive(&mut self) -> Option<Expr> {
        let mut l = self.multiplicative()?;
        loop {
            let op = match self.peek() {
                Tok::Sym(Sym::Plus) => BinOp::Add,
                Tok::Sym(Sym::Minus) => BinOp::Sub,
                _ => return Some(l),
            };
            self.chain_guard()?;
            self.advance();
            let r = self.multiplicative()?;
            l = Expr::Bin(op, Box::new(l), Box::new(r));
        }
    }

    fn multiplicative(&mut self) -> Option<Expr> {
        let mut l = self.power()?;
        loop {
            let op = match self.peek() {
                Tok::Sym(Sym::Star) => BinOp::Mul,
                Tok::Sym(Sym::Slash) => BinOp::Div,
                _ => return Some(l),
            };
            self.chain_guard()?;
            self.advance();
            let r = self.power()?;
            l = Expr::Bin(op, Box::new(l), Box::new(r));
        }
    }

    fn power(&mut self) -> Option<Expr> {
        let mut l = self.unary()?;
        while let Tok::Sym(Sym::Pow) = self.peek() {
            self.chain_guard()?;
            self.advance();
            let r = self.unary()?;
            l = Expr::Bin(BinOp::Pow, Box::new(l), Box::new(r));
        }
        Some(l)
    }

    /// One operand with its sign, no binary operator (an EQUATE value).
    pub(crate) fn unary_operand(&mut self) -> Option<Expr> {
        self.unary()
    }

    fn unary(&mut self) -> Option<Expr> {
        self.depth += 1;
        let r = if self.depth > 150 {
            self.error("Expression nested too deeply");
            None
        } else {
            self.unary_inner()
        };
        self.depth -= 1;
        r
    }

    fn unary_inner(&mut self) -> Option<Expr> {
        match self.peek() {
            Tok::Sym(Sym::Minus) => {
                // ScarletDME folds minus signs straight before a numeric
                // literal into the literal, so a substring or extraction
                // applies to the signed number: -2147483648[9, 8] is "648",
                // --13[1] is "3" (but -X[1] is -(X[1]))
                let mut k = 1;
                while self.peek_at(k) == &Tok::Sym(Sym::Minus) {
                    k += 1;
                }
                if let Tok::Num(n) | Tok::HexNum(n) = self.peek_at(k).clone() {
                    for _ in 0..=k {
                        self.advance();
                    }
                    // a negative literal comes from a `0x` constant
                    // (0x80000000 is -2147483648); its negation wraps in 32
                    // bits as ScarletDME's does: -0x80000000 is itself
                    let lit = match n.strip_prefix('-') {
                        Some(_) if k % 2 == 0 || n == "-2147483648" => n,
                        Some(pos) => pos.to_string(),
                        None if k % 2 == 1 => format!("-{n}"),
                        None => n,
                    };
                    return self.postfix_ops(Expr::Num(lit));
                }
                // the signs cancel in pairs without a conversion to a
                // number: --"007" is "007", ---X is -X
                for _ in 0..k {
                    self.advance();
                }
                let e = self.unary()?;
                Some(if k % 2 == 1 {
                    Expr::Neg(Box::new(e))
                } else {
                    e
                })
            }
            Tok::Sym(Sym::Plus) => {
                self.advance();
                let e = self.unary()?;
                Some(Expr::Pos(Box::new(e)))
            }
            _ => self.postfix(),
        }
    }

    fn postfix(&mut self) -> Option<Expr> {
        let e = self.primary()?;
        self.postfix_ops(e)
    }

    /// Substrings `[...]` and extractions `<...>` after an operand.
    fn postfix_ops(&mut self, mut e: Expr) -> Option<Expr> {
        loop {
            match self.peek() {
                Tok::Sym(Sym::LBrack) => {
                    let mut args = self.substr_args(true)?;
                    if args.len() == 3 {
                        // field substring S[d, n, k]: FIELD(S, d, n, k)
                        args.insert(0, e);
                        e = Expr::Call("FIELD".into(), args);
                    } else {
                        e = Expr::Substr(Box::new(e), args);
                    }
                }
                Tok::Sym(Sym::Lt)
                    if matches!(
                        e,
                        Expr::Var(_)
                            | Expr::Substr(..)
                            | Expr::Num(_)
                            | Expr::Str(_)
                            | Expr::Call(..)
                            | Expr::Paren(_)
                            | Expr::Field(..)
                            | Expr::At(_)
                            | Expr::ObjGet(..)
                    ) =>
                {
                    // BCOMP's format.qualifier.allowed at this `<`: that of
                    // the expression, unless the operand parsed expressions
                    // of its own (arguments, parentheses, indices: with
                    // formats allowed)
                    let nested =
                        !matches!(e, Expr::Var(_) | Expr::Num(_) | Expr::Str(_) | Expr::At(_));
                    let fmt = nested || self.fmt_names == Some(self.depth - 1);
                    match self.try_field_ref(fmt)? {
                        Some(idx) => e = Expr::Field(Box::new(e), idx),
                        None => return Some(e),
                    }
                }
                _ => return Some(e),
            }
        }
    }

    /// At `[`: parses `[n]`, `[s, l]` or the field substring `[d, n, k]`;
    /// with formats juxtaposed in an operand (`fmt`, BCOMP's `exprf`), not
    /// in the target of an assignment (`expr`).
    pub(crate) fn substr_args(&mut self, fmt: bool) -> Option<Vec<Expr>> {
        self.advance();
        let one = |p: &mut Self| if fmt { p.expr_fmt() } else { p.expr() };
        let mut args = vec![one(self)?];
        while args.len() < 3 && self.eat_sym(Sym::Comma) {
            args.push(one(self)?);
        }
        if !self.eat_sym(Sym::RBrack) {
            self.error(ErrorKind::NotFound("Right square bracket".into()));
            return None;
        }
        Some(args)
    }

    fn primary(&mut self) -> Option<Expr> {
        let t = self.peek().clone();
        match t {
            Tok::Num(n) | Tok::HexNum(n) => {
                self.advance();
                Some(Expr::Num(n))
            }
            Tok::Str(s) => {
                self.advance();
                Some(Expr::Str(s))
            }
            Tok::At(name) => {
                self.advance();
                if name.is_empty() && self.peek() == &Tok::Sym(Sym::LParen) {
                    let args = self.call_args()?;
                    return Some(Expr::Call("@".into(), args));
                }
                Some(Expr::At(name))
            }
            Tok::Sym(Sym::LParen) => {
                self.advance();
                let e = self.expr_fmt()?;
                if !self.eat_sym(Sym::RParen) {
                    self.error_eol("Mismatched brackets");
                    return None;
                }
                Some(Expr::Paren(Box::new(e)))
            }
            Tok::Ident(name) => {
                self.advance();
                if name == "IF" {
                    // BCOMP reads all three with formats (`exprf`)
                    let c = self.expr_fmt()?;
                    self.expect_kw("THEN")?;
                    let a = self.expr_fmt()?;
                    self.expect_kw("ELSE")?;
                    let b = self.expr_fmt()?;
                    return Some(Expr::If(Box::new(c), Box::new(a), Box::new(b)));
                }
                if name == "MAT" {
                    if let Tok::Ident(m) = self.peek().clone() {
                        self.advance();
                        return Some(Expr::Mat(m));
                    }
                }
                if let Some(e) = self.equates.get(&name) {
                    return Some(e.clone());
                }
                if let Some(f) = self.file_field(&name) {
                    return f;
                }
                // ScarletDME's tokenizer tells `NAME(` from `NAME (`: only
                // the first calls a function; the second is a variable
                // (formatted by the bracket where formats are read) unless
                // a DIM before made it a matrix: `TRIM (Y)`, `LEN (Y)` are
                // variables
                if self.peek() == &Tok::Sym(Sym::LParen)
                    && (!self.cur().space_before || self.decls.dims.contains(&name))
                {
                    let args = self.call_args()?;
                    let args = self.semicolon_form(&name, args)?;
                    return self.obj_refs(Expr::Call(name, args));
                }
                if name == "ME" && self.in_class() {
                    return self.obj_refs(Expr::Me);
                }
                self.used_vars.push(name.clone());
                self.obj_refs(Expr::Var(name))
            }
            Tok::Bad => {
                // an unclosed string
                self.error("Data item or constant not found where expected");
                None
            }
            _ => {
                self.error_eol("Data item or constant not found where expected");
                None
            }
        }
    }

    /// Limits operator chains (a left-deep tree as deep as the chain is
    /// long) so that compiling and dropping it cannot exhaust the stack.
    fn chain_guard(&mut self) -> Option<()> {
        self.chain += 1;
        if self.chain > 2000 {
            self.error("Expression too complex");
            return None;
        }
        Some(())
    }

    /// ScarletDME's argument forms of LOCATE(), INSERT() and REPLACE(), whose
    /// last argument may follow a `;` (`call_semi`, set by `call_args`):
    /// * `LOCATE(x, dyn, f[, v[, s]][; order])`: after a `;` the positions
    ///   not given are 0, so that the order is always the sixth argument;
    /// * `INSERT(dyn, f[, v[, s]]; new)` and `REPLACE`: without a `;` all
    ///   five arguments are needed (`INSERT(d, 2, "x")` does not compile).
    fn semicolon_form(&mut self, name: &str, mut args: Vec<Expr>) -> Option<Vec<Expr>> {
        let semi = self.call_semi.take();
        match name {
            "LOCATE" => {
                if args.len() < 3 || semi.is_some_and(|k| k < 3) {
                    // ScarletDME's error and its two follow-on errors
                    self.error(ErrorKind::NotFound("Comma".into()));
                    self.error("Data item or constant not found where expected");
                    self.error(ErrorKind::NotFound("Right bracket".into()));
                    return None;
                }
                if let Some(k) = semi {
                    if k + 1 != args.len() {
                        self.error(ErrorKind::NotFound("Right bracket".into()));
                        return None;
                    }
                    let order = args.pop()?;
                    args.resize(5, Expr::Num("0".into()));
                    args.push(order);
                }
            }
            "INSERT" | "REPLACE" => {
                if args.len() < 2 {
                    self.error(ErrorKind::NotFound("Comma".into()));
                    return None;
                }
                let ok = match semi {
                    Some(k) => (2..=4).contains(&k) && k + 1 == args.len(),
                    None => args.len() == 5,
                };
                if !ok {
                    self.error("Expected comma or semicolon");
                    return None;
                }
            }
            _ => {}
        }
        Some(args)
    }

    /// Parses `( [expr {, expr}] )`.
    pub fn call_args(&mut self) -> Option<Vec<Expr>> {
        self.advance(); // (
        let mut args = Vec::new();
        let mut semi = None;
        self.call_semi = None;
        if self.eat_sym(Sym::RParen) {
            return Some(args);
        }
        loop {
            // empty argument (e.g. F(a,,b)) is an empty string
            if matches!(self.peek(), Tok::Sym(Sym::Comma)) {
                args.push(Expr::Str(Vec::new()));
            } else {
                args.push(self.expr_fmt()?);
            }
            // `;` before the last argument: INSERT(d, f, v; x), REPLACE(d, f; x)
            if self.eat_sym(Sym::Comma) {
                continue;
            }
            if self.peek() == &Tok::Semi {
                self.advance();
                semi = Some(args.len());
                continue;
            }
            if self.eat_sym(Sym::RParen) {
                self.call_semi = semi;
                return Some(args);
            }
            self.error_eol("Mismatched brackets");
            return None;
        }
    }
}

/// The names that never start a format after an operand: ScarletDME's
/// reserved names (BCOMP's `reserved.names`) and the operator words.
fn not_a_format(name: &str) -> bool {
    super::field_ref::is_reserved(name)
        || matches!(
            name,
            "AND" | "OR" | "EQ" | "NE" | "LT" | "GT" | "LE" | "GE" | "MATCHES" | "MATCH" | "CAT"
        )
}
