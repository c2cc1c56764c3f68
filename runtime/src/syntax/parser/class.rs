//! CLASS modules as ScarletDME's compiler parses them: the CLASS statement's
//! options, PUBLIC and PRIVATE object variables, GET / SET / PUBLIC
//! SUBROUTINE / PUBLIC FUNCTION routines, INHERIT / DISINHERIT, `ME`, and
//! the `obj->name` references of any program.

use super::Parser;
use crate::syntax::ast::*;
use crate::syntax::compile_error::ErrorKind;
use crate::syntax::lexer::{Sym, Tok};

/// ScarletDME's message for a class statement outside a CLASS module.
const NOT_IN_CLASS: &str = "Statement is only allowed in a CLASS module";

impl Parser<'_> {
    /// True inside a CLASS module.
    pub(crate) fn in_class(&self) -> bool {
        self.decls.class.is_some()
    }

    /// After `CLASS name`: `[MAX.ARGS n] [INHERITS class, ...]`.
    pub(crate) fn class_options(&mut self) -> Option<()> {
        let mut decl = ClassDecl {
            max_args: 32,
            ..ClassDecl::default()
        };
        if self.eat_kw("MAX.ARGS") {
            let n = match self.peek().clone() {
                Tok::Num(n) => n.parse::<usize>().ok().filter(|n| (1..=255).contains(n)),
                _ => None,
            };
            match n {
                Some(n) => {
                    self.advance();
                    decl.max_args = n;
                }
                None => {
                    self.error("MAX.ARGS argument count missing or invalid");
                    return None;
                }
            }
        }
        if self.eat_kw("INHERITS") {
            loop {
                let name = match self.peek().clone() {
                    Tok::Ident(n) => n,
                    Tok::Str(s) => String::from_utf8_lossy(&s).to_string(),
                    _ => {
                        self.error("Name not found where expected");
                        return None;
                    }
                };
                self.advance();
                decl.inherits.push(name);
                if !self.eat_sym(Sym::Comma) {
                    break;
                }
            }
        }
        self.decls.class = Some(decl);
        Some(())
    }

    /// `PUBLIC ...` (after the keyword).
    pub(crate) fn public_stmt(&mut self) -> Option<StmtKind> {
        let routine = if self.eat_kw("FUNCTION") {
            Some(MethodKind::Function)
        } else if self.eat_kw("SUBROUTINE") || self.eat_kw("SUB") {
            Some(MethodKind::Subroutine)
        } else {
            None
        };
        if !self.in_class() {
            self.error(if routine.is_some() {
                NOT_IN_CLASS
            } else {
                "Misplaced PUBLIC"
            });
            return None;
        }
        match routine {
            Some(kind) => self.class_routine(kind),
            None => self.class_vars(true),
        }
    }

    /// `GET name(args)` / `SET name(args)` (after the keyword).
    pub(crate) fn get_set_stmt(&mut self, kind: MethodKind) -> Option<StmtKind> {
        if !self.in_class() {
            self.error(NOT_IN_CLASS);
            return None;
        }
        self.class_routine(kind)
    }

    /// `INHERIT obj` / `DISINHERIT obj` (after the keyword).
    pub(crate) fn inherit_stmt(&mut self, disinherit: bool) -> Option<StmtKind> {
        if !self.in_class() {
            self.error(NOT_IN_CLASS);
            return None;
        }
        Some(StmtKind::Inherit(disinherit, self.expr()?))
    }

    /// `PUBLIC a, b READONLY` / `PRIVATE a, b`: object variables, declared
    /// before any routine or executable statement.
    pub(crate) fn class_vars(&mut self, public: bool) -> Option<StmtKind> {
        if self.executable_seen || self.in_method.is_some() {
            self.error(if public {
                "Misplaced PUBLIC"
            } else {
                "Misplaced PRIVATE"
            });
            return None;
        }
        loop {
            let name = match self.peek().clone() {
                Tok::Ident(n) => n,
                _ => {
                    self.error("Variable name not found where expected");
                    return None;
                }
            };
            self.advance();
            let dims = if self.eat_sym(Sym::LParen) {
                Some(self.class_matrix_dims()?)
            } else {
                None
            };
            let readonly = public && self.eat_kw("READONLY");
            let decl = self.decls.class.as_mut()?;
            if decl.vars.iter().any(|v| v.name == name) {
                self.error(format!("Duplicate symbol '{name}'"));
                return None;
            }
            if dims.is_some() {
                self.decls.dims.push(name.clone());
            }
            let decl = self.decls.class.as_mut()?;
            decl.vars.push(ClassVar {
                name,
                public,
                readonly,
                dims,
            });
            if !self.eat_sym(Sym::Comma) {
                return Some(StmtKind::Null);
            }
        }
    }

    /// The dimensions of a PUBLIC / PRIVATE matrix after its `(`: one or
    /// two numeric constants (ScarletDME takes integers only), then `)`.
    fn class_matrix_dims(&mut self) -> Option<(usize, usize)> {
        let rows = self.dim_constant()?;
        if rows < 1 {
            self.error("Illegal row dimension in matrix");
            return None;
        }
        let mut cols = 0;
        if self.eat_sym(Sym::Comma) {
            let c = self.dim_constant()?;
            if c < 1 {
                self.error("Illegal column dimension in matrix");
                return None;
            }
            cols = c as usize;
        }
        if !self.eat_sym(Sym::RParen) {
            self.error(ErrorKind::NotFound("Right bracket".into()));
            return None;
        }
        Some((rows as usize, cols))
    }

    /// A numeric constant of a matrix dimension: an integer (decimal, hex
    /// or a numeric string) after any unary signs. A name stands for no
    /// number (0: an illegal dimension), as in ScarletDME.
    fn dim_constant(&mut self) -> Option<i64> {
        let mut negative = false;
        loop {
            match self.peek() {
                Tok::Sym(Sym::Plus) => self.advance(),
                Tok::Sym(Sym::Minus) => {
                    negative = !negative;
                    self.advance();
                }
                _ => break,
            }
        }
        let n = match self.peek().clone() {
            Tok::Num(t) if t.bytes().all(|b| b.is_ascii_digit()) => t.parse::<i64>().ok(),
            Tok::HexNum(t) => t.parse::<f64>().ok().map(|f| f as i64),
            Tok::Str(t) => std::str::from_utf8(&t)
                .ok()
                .and_then(|t| t.trim().parse::<f64>().ok())
                .map(|f| f as i64),
            Tok::Ident(_) => Some(0),
            _ => None,
        };
        let Some(n) = n else {
            self.error("Numeric constant required");
            return None;
        };
        self.advance();
        Some(if negative { -n } else { n })
    }

    /// A routine of a CLASS module: name, arguments, body up to its END.
    fn class_routine(&mut self, kind: MethodKind) -> Option<StmtKind> {
        if self.in_method.is_some() || self.in_local.is_some() {
            self.error("Previous public function/subroutine requires END");
            return None;
        }
        if self.executable_seen && self.class_routines.is_empty() {
            self.error("GET, SET and PUBLIC routines must appear before any other executable code");
            return None;
        }
        let name = self.ident()?;
        let key = (name.clone(), kind.returns());
        if self.class_routines.contains(&key) {
            self.error("This method or property name has already been defined");
            return None;
        }
        self.class_routines.push(key);
        let mut params = Vec::new();
        let mut by_value = Vec::new();
        if self.eat_sym(Sym::LParen) && !self.eat_sym(Sym::RParen) {
            loop {
                // (X): an argument the routine works on a copy of
                let deref = self.eat_sym(Sym::LParen);
                let p = self.ident()?;
                if params.contains(&p) {
                    self.error("Duplicate argument name");
                    return None;
                }
                if deref {
                    if !self.eat_sym(Sym::RParen) {
                        self.error(ErrorKind::NotFound("Right bracket".into()));
                        return None;
                    }
                    by_value.push(p.clone());
                }
                params.push(p);
                if self.eat_sym(Sym::Comma) {
                    continue;
                }
                if self.eat_sym(Sym::RParen) {
                    break;
                }
                self.error(ErrorKind::NotFound("Right bracket".into()));
                return None;
            }
        }
        let max = self.decls.class.as_ref().map_or(32, |c| c.max_args);
        if params.len() > max {
            self.error("Too many arguments in public function/subroutine");
            return None;
        }
        let var_args = self.eat_kw("VAR.ARGS");
        self.in_method = Some(kind.returns());
        let body = self.block(&["END", "PUBLIC"]);
        self.in_method = None;
        // a routine running into the next PUBLIC has no END (a warning)
        if !self.eat_kw("END") && !self.is_kw("PUBLIC") {
            self.unterminated("PUBLIC routine");
        }
        Some(StmtKind::Method(Box::new(Method {
            kind,
            name,
            params,
            by_value,
            var_args,
            body,
        })))
    }

    /// `->name[(args)]` references after an operand, read as values.
    pub(crate) fn obj_refs(&mut self, mut e: Expr) -> Option<Expr> {
        while self.eat_sym(Sym::Arrow) {
            let (name, args) = self.obj_member()?;
            e = Expr::ObjGet(Box::new(e), name, args);
        }
        Some(e)
    }

    /// The name and arguments after `->`.
    fn obj_member(&mut self) -> Option<(String, Vec<Expr>)> {
        let name = match self.peek().clone() {
            Tok::Ident(n) => n,
            _ => {
                self.error("Name not found where expected");
                return None;
            }
        };
        self.advance();
        let args = if self.peek() == &Tok::Sym(Sym::LParen) {
            self.call_args()?
        } else {
            Vec::new()
        };
        Some((name, args))
    }

    /// A statement starting `obj->`: the last reference is a SET routine,
    /// a PUBLIC SUBROUTINE or a property assignment (`= value`).
    pub(crate) fn obj_stmt(&mut self, base: Expr) -> Option<StmtKind> {
        let mut obj = match base {
            Expr::Var(n) if n == "ME" && self.in_class() => Expr::Me,
            other => other,
        };
        loop {
            if !self.eat_sym(Sym::Arrow) {
                self.error("Invalid property reference");
                return None;
            }
            let (name, args) = self.obj_member()?;
            if self.peek() == &Tok::Sym(Sym::Arrow) {
                obj = Expr::ObjGet(Box::new(obj), name, args);
                continue;
            }
            let value = if self.eat_sym(Sym::Eq) {
                Some(self.expr()?)
            } else {
                None
            };
            if !self.at_clause_end() {
                self.error("Invalid property reference");
                return None;
            }
            return Some(StmtKind::ObjSet {
                obj,
                name,
                args,
                value,
            });
        }
    }
}
