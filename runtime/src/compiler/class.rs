//! CLASS modules and objects: a module's argument slots and object
//! variables, its routines and name map ([`ClassInfo`]), and the object
//! operations of any program (`OBJECT()`, `obj->name`, `OBJINFO()`).
//!
//! As in ScarletDME, the routines of a module share one set of argument
//! slots (`*Arg001`..., MAX.ARGS of them, default 32); each routine's named
//! arguments are those slots under its own names. Object variables (PUBLIC
//! and PRIVATE) live in a COMMON block of their own, which the VM maps to
//! the object's storage while a routine runs. Other variables are the
//! routine call's own: every call starts with them unassigned.

use std::collections::HashMap;

use super::{Compiler, ErrorKind};
use crate::bytecode::*;
use crate::syntax::ast::*;
use crate::value::Value;

/// Name of the object-variable block among a class chunk's COMMON blocks.
pub(crate) const OBJECT_BLOCK: &str = "*OBJECT";

impl Compiler<'_> {
    /// Reserves a CLASS module's argument slots (before any variable).
    pub(super) fn class_args(&mut self, decl: &ClassDecl) {
        for i in 1..=decl.max_args {
            self.local(&format!("*Arg{i:03}"));
        }
        self.class = Some(Box::default());
    }

    /// Places the object variables (and one hidden PRIVATE variable per
    /// INHERITS class) in the object block, after the named COMMON blocks.
    pub(super) fn class_vars(&mut self, decl: &ClassDecl) {
        let block = self.commons.len();
        let mut names: Vec<String> = decl.vars.iter().map(|v| v.name.clone()).collect();
        for c in &decl.inherits {
            if !names.contains(c) {
                names.push(c.clone());
            }
        }
        for (i, n) in names.iter().enumerate() {
            self.vars.insert(n.clone(), common_ref(block, i));
        }
        self.commons.push((OBJECT_BLOCK.to_string(), names.len()));
        self.common_names.push(names);
        let info = self.class.get_or_insert_with(Box::default);
        info.block = block;
        info.matrices = decl
            .vars
            .iter()
            .enumerate()
            .filter_map(|(i, v)| v.dims.map(|(r, c)| (i, r, c)))
            .collect();
        for (i, v) in decl.vars.iter().enumerate().filter(|(_, v)| v.public) {
            let n = i as i32 + 1;
            info.members.push(ClassMember {
                name: v.name.clone(),
                var: if v.readonly { -n } else { n },
                ..ClassMember::default()
            });
        }
    }

    /// Compiles a routine of the module out of line and enters it in the
    /// name map.
    pub(super) fn method_def(&mut self, m: &Method, inherits: &[String]) {
        if self.scope.is_some() || self.class.is_none() {
            self.error(ErrorKind::UnsupportedStatement(
                "nested PUBLIC routine".into(),
            ));
            return;
        }
        let skip = self.emit(Op::Jump(0));
        let entry = self.here();
        let mut scope = HashMap::new();
        for (i, p) in m.params.iter().enumerate() {
            scope.insert(p.clone(), i as VarRef);
        }
        // (X) arguments: the body works on a copy
        for p in &m.by_value {
            if let Some(&arg) = scope.get(p) {
                let c = self.private_slot(&m.name, p);
                self.emit(Op::LoadRaw(arg));
                self.emit(Op::Store(c));
                scope.insert(p.clone(), c);
            }
        }
        self.scope = Some(scope);
        if m.name == "CREATE.OBJECT" {
            self.inherit_classes(inherits);
        }
        self.block(&m.body);
        if m.kind.returns() {
            // falling into END returns an unassigned value
            let t = self.own_slot();
            self.emit(Op::LoadRaw(t));
            self.emit(Op::ReturnVal);
        } else {
            self.emit(Op::Return);
        }
        self.scope = None;
        self.patch(skip);
        self.add_routine(m, entry);
    }

    /// Enters routine `m` (at `entry`) in the name map.
    fn add_routine(&mut self, m: &Method, entry: u32) {
        let Some(info) = self.class.as_mut() else {
            return;
        };
        info.routines.push(ClassRoutine {
            entry,
            nargs: m.params.len() as u8,
            var_args: m.var_args,
            returns: m.kind.returns(),
        });
        let key = info.routines.len() as u32;
        let at = match info.members.iter().position(|x| x.name == m.name) {
            Some(i) => i,
            None => {
                info.members.push(ClassMember {
                    name: m.name.clone(),
                    ..ClassMember::default()
                });
                info.members.len() - 1
            }
        };
        let member = &mut info.members[at];
        let slot = if m.kind.returns() {
            &mut member.get
        } else {
            &mut member.set
        };
        if *slot != 0 {
            self.error("This method or property name has already been defined");
            return;
        }
        *slot = key;
    }

    /// `obj = OBJECT("class"); INHERIT obj` for each INHERITS class, into
    /// the hidden variable named after the class.
    fn inherit_classes(&mut self, inherits: &[String]) {
        for c in inherits {
            let r = self.var_ref(c);
            self.push_str(c.as_bytes());
            self.emit(Op::Obj(obj_op::NEW, 0, 0));
            self.emit(Op::Store(r));
            self.emit(Op::Load(r));
            self.emit(Op::Obj(obj_op::INHERIT, 0, 0));
        }
    }

    /// After the module's body: a CREATE.OBJECT for INHERITS when the
    /// module has none, and the checks of the name map.
    pub(super) fn class_finish(&mut self, decl: &ClassDecl) {
        let has_create = self
            .class
            .as_ref()
            .and_then(|c| c.member("CREATE.OBJECT"))
            .map(|m| m.set != 0);
        match has_create {
            Some(false) => self.error("CREATE.OBJECT must be a PUBLIC SUBROUTINE"),
            None if !decl.inherits.is_empty() => {
                let entry = self.here();
                self.inherit_classes(&decl.inherits);
                self.emit(Op::Return);
                let m = Method {
                    kind: MethodKind::Subroutine,
                    name: "CREATE.OBJECT".into(),
                    params: Vec::new(),
                    by_value: Vec::new(),
                    var_args: false,
                    body: Vec::new(),
                };
                self.add_routine(&m, entry);
            }
            _ => {}
        }
    }

    /// `OBJECT(name, args)`.
    pub(super) fn object_new(&mut self, args: &[Expr]) {
        let Some((name, rest)) = args.split_first() else {
            self.error(ErrorKind::WrongArgumentCount("OBJECT".into()));
            return;
        };
        if rest.len() > 255 {
            self.error("Too many arguments");
            return;
        }
        self.expr(name);
        self.call_by_ref(Op::Obj(obj_op::NEW, rest.len() as u8, 0), rest, false);
    }

    /// `obj->name(args)` read.
    pub(super) fn obj_get(&mut self, obj: &Expr, name: &str, args: &[Expr]) {
        if args.len() > 254 {
            self.error("Too many arguments");
            return;
        }
        self.expr(obj);
        let k = self.konst(Value::text(name));
        self.call_by_ref(Op::Obj(obj_op::GET, args.len() as u8, k), args, false);
    }

    /// `obj->name(args) [= value]` statement.
    pub(super) fn obj_set(&mut self, obj: &Expr, name: &str, args: &[Expr], value: Option<&Expr>) {
        if args.len() > 254 {
            self.error("Too many arguments");
            return;
        }
        self.expr(obj);
        let k = self.konst(Value::text(name));
        let argc = args.len() + usize::from(value.is_some());
        if let Some(v) = value {
            // the value is passed as a value, after the arguments
            let mut all = args.to_vec();
            all.push(Expr::Paren(Box::new(Expr::Paren(Box::new(v.clone())))));
            self.call_by_ref(Op::Obj(obj_op::SET, argc as u8, k), &all, false);
        } else {
            self.call_by_ref(Op::Obj(obj_op::SET, argc as u8, k), args, false);
        }
    }

    /// `OBJINFO(var, key)`: an unassigned variable is no object (key 0).
    pub(super) fn obj_info(&mut self, args: &[Expr]) {
        if args.len() != 2 {
            self.error(ErrorKind::WrongArgumentCount("OBJINFO".into()));
            return;
        }
        match &args[0] {
            Expr::Var(v) if !self.dims.contains(v) => {
                let r = self.var_ref(v);
                self.emit(Op::LoadRaw(r));
            }
            other => self.expr(other),
        }
        self.expr(&args[1]);
        self.emit(Op::Obj(obj_op::INFO, 2, 0));
    }

    /// INHERIT / DISINHERIT.
    pub(super) fn inherit_stmt(&mut self, disinherit: bool, e: &Expr) {
        self.expr(e);
        let kind = if disinherit {
            obj_op::DISINHERIT
        } else {
            obj_op::INHERIT
        };
        self.emit(Op::Obj(kind, 1, 0));
    }
}
