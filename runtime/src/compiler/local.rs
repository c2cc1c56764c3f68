//! LOCAL SUBROUTINE / LOCAL FUNCTION: their definitions (private slots,
//! `((X))` arguments by value) and calls.

use super::Compiler;
use crate::bytecode::*;
use crate::syntax::ast::*;

/// PRIVATE names declared anywhere in a local routine's body.
fn collect_private(body: &[Stmt], out: &mut Vec<String>) {
    for s in body {
        match &s.kind {
            StmtKind::Private(v) => out.extend(v.iter().cloned()),
            StmtKind::If(_, a, b) => {
                collect_private(a, out);
                collect_private(b, out);
            }
            StmtKind::Loop(parts) => {
                for p in parts {
                    if let LoopPart::Body(b) = p {
                        collect_private(b, out);
                    }
                }
            }
            StmtKind::For { body, .. } => collect_private(body, out),
            StmtKind::Case(cases) => {
                for (_, b, _) in cases {
                    collect_private(b, out);
                }
            }
            _ => {}
        }
    }
}

impl Compiler<'_> {
    pub(super) fn local_call(&mut self, name: &str, args: &[Expr]) {
        match self.locals.get(name).copied() {
            Some((ti, is_fn)) => {
                self.call_with_refs(Op::LocalCall(ti, args.len() as u8), args, is_fn, true);
                if is_fn {
                    self.emit(Op::Pop);
                }
            }
            // reported at the end: a missing label, an internal
            // subroutine given arguments (ScarletDME)
            None => self.local_missing_call(name),
        }
    }

    /// A call of a LOCAL routine the program does not define.
    pub(super) fn local_missing_call(&mut self, name: &str) {
        self.local_missing.push(name.to_string());
        if !self.int_subs.iter().any(|n| n == name) {
            self.int_subs.push(name.to_string());
        }
    }

    /// Compiles a LOCAL SUBROUTINE/FUNCTION body out of line.
    pub(super) fn local_def(
        &mut self,
        name: &str,
        is_fn: bool,
        params: &[String],
        by_value: &[String],
        body: &[Stmt],
    ) {
        let (ti, _) = match self.locals.get(name).copied() {
            Some(x) => x,
            None => return,
        };
        if self.scope.is_some() {
            self.error("LOCAL routines cannot be nested");
            return;
        }
        // ScarletDME stops a program that runs into a LOCAL routine's
        // definition, and one that reaches its END
        self.emit(Op::Empty);
        self.emit(Op::Stop(true));
        let entry = self.here();
        let mut privates = Vec::new();
        collect_private(body, &mut privates);
        let mut scope = std::collections::HashMap::new();
        let mut slots = Vec::new();
        for p in params.iter().chain(privates.iter()) {
            if scope.contains_key(p) {
                continue;
            }
            let r = self.private_slot(name, p);
            scope.insert(p.clone(), r);
            slots.push(r);
        }
        // ((X)) parameters: the body uses a private copy of the argument
        let mut copies = Vec::new();
        for p in by_value {
            if let Some(&arg) = scope.get(p) {
                let c = self.private_slot(name, &format!("{p}$VALUE"));
                scope.insert(p.clone(), c);
                slots.push(c);
                copies.push((arg, c));
            }
        }
        for (arg, c) in copies {
            self.emit(Op::LoadRaw(arg));
            self.emit(Op::Store(c));
        }
        self.scope = Some(scope);
        self.label_prefix = format!("{}\u{0}", name);
        self.block(body);
        self.emit(Op::Empty);
        self.emit(Op::Stop(true));
        self.scope = None;
        self.label_prefix.clear();
        let mut table = vec![entry, is_fn as u32, params.len() as u32];
        table.extend(slots);
        self.tables[ti as usize] = table;
    }
}
