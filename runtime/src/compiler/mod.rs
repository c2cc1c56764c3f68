//! Compiler: AST to bytecode [`Chunk`]. Resolves variables to slots (or
//! COMMON slots), names with parentheses to matrix elements, DEFFUN
//! functions, intrinsics or extensions, and labels to addresses.

mod call;
mod class;
mod csv;
mod execute_stmt;
mod expr;
mod in_place;
mod io;
mod local;
mod loops;
mod stmt;
mod terminal;
mod txn;

use std::collections::{HashMap, HashSet};

use crate::bytecode::*;
use crate::syntax::ast::*;
pub use crate::syntax::compile_error::{CompileError, ErrorKind};
use crate::syntax::ext_names::ExtNames;
use crate::value::Value;

struct LoopCtx {
    breaks: Vec<usize>,
    conts: Vec<usize>,
}

/// Compiler state for one unit.
pub struct Compiler<'a> {
    /// Extension functions the embedding declared.
    ext: &'a dyn ExtNames,
    ops: Vec<Op>,
    lines: Vec<u32>,
    consts: Vec<Value>,
    const_str: HashMap<Vec<u8>, u32>,
    vars: HashMap<String, VarRef>,
    var_names: Vec<String>,
    commons: Vec<(String, usize)>,
    common_names: Vec<Vec<String>>,
    dims: HashSet<String>,
    /// Dimensioned names also used as scalars before their DIM (reported
    /// at the DIM by the parser).
    dims_after_use: HashSet<String>,
    deffuns: HashMap<String, usize>,
    deffun_alias: HashMap<String, String>,
    /// DEFFUN ... LOCAL names.
    deffun_local: std::collections::HashSet<String>,
    /// Internal subroutines named with arguments (DEFFUN ... LOCAL, GOSUB
    /// NAME(args)), in order of first mention: each must be a LOCAL routine.
    int_subs: Vec<String>,
    /// LOCAL routines called but not defined: labels that must exist.
    local_missing: Vec<String>,
    labels: HashMap<String, u32>,
    fixups: Vec<(usize, String, u16, u32)>,
    loops: Vec<LoopCtx>,
    /// Open BEGIN TRANSACTION blocks, innermost last.
    txns: Vec<txn::TxnCtx>,
    tables: Vec<Vec<u32>>,
    table_fixups: Vec<(usize, usize, String, u16, u32)>,
    errors: Vec<CompileError>,
    file: u16,
    line: u32,
    /// The line run-time messages give for the code being compiled
    /// ([`Stmt::rline`]).
    rline: u32,
    free_temps: Vec<VarRef>,
    kind: UnitKind,
    /// LOCAL routines: name -> (table index, is function).
    locals: HashMap<String, (u32, bool)>,
    /// Private variables of the local routine being compiled.
    scope: Option<HashMap<String, VarRef>>,
    /// Label prefix inside a local routine.
    label_prefix: String,
    /// Highest instruction index recorded as a jump target.
    barrier: usize,
    /// Names used as matrices but never dimensioned, in order of first use
    /// (reported at the end of the source, as ScarletDME does).
    undimmed: Vec<String>,
    /// The last line of the source.
    last_line: u32,
    /// A CLASS module's name map and routines, built as they compile.
    class: Option<Box<ClassInfo>>,
    /// A CLASS module's INHERITS classes (CREATE.OBJECT inherits them).
    inherits: Vec<String>,
    /// The unit's parameters (by reference: two may be one variable).
    params: Vec<String>,
}

/// Compiles a parsed unit. `name` is used when the unit has no header.
/// `ext` names the extension functions (`NAME(args)`) besides intrinsics.
pub fn compile(
    unit: &Unit,
    name: &str,
    files: Vec<String>,
    ext: &dyn ExtNames,
) -> Result<Chunk, Vec<CompileError>> {
    let kind = match unit.header.kind.as_str() {
        "SUBROUTINE" => UnitKind::Subroutine,
        "FUNCTION" => UnitKind::Function,
        "CLASS" => UnitKind::Class,
        _ => UnitKind::Program,
    };
    let mut c = Compiler {
        ext,
        ops: Vec::new(),
        lines: Vec::new(),
        consts: Vec::new(),
        const_str: HashMap::new(),
        vars: HashMap::new(),
        var_names: Vec::new(),
        commons: Vec::new(),
        common_names: Vec::new(),
        dims: unit.decls.dims.iter().cloned().collect(),
        dims_after_use: unit.decls.dims_after_use.iter().cloned().collect(),
        deffuns: unit.decls.deffuns.iter().cloned().collect(),
        deffun_alias: unit.decls.deffun_alias.iter().cloned().collect(),
        deffun_local: unit.decls.deffun_local.iter().cloned().collect(),
        int_subs: unit.decls.deffun_local.clone(),
        local_missing: Vec::new(),
        labels: HashMap::new(),
        fixups: Vec::new(),
        loops: Vec::new(),
        txns: Vec::new(),
        tables: Vec::new(),
        table_fixups: Vec::new(),
        errors: Vec::new(),
        file: 0,
        line: 1,
        rline: 0,
        free_temps: Vec::new(),
        kind,
        locals: HashMap::new(),
        scope: None,
        label_prefix: String::new(),
        barrier: 0,
        undimmed: Vec::new(),
        last_line: unit.last_line,
        class: None,
        inherits: Vec::new(),
        params: unit.header.params.iter().map(|(p, _)| p.clone()).collect(),
    };
    for (name, is_fn) in &unit.decls.locals {
        let ti = c.tables.len() as u32;
        c.tables.push(Vec::new());
        c.locals.insert(name.clone(), (ti, *is_fn));
    }
    // parameters first
    for (p, _) in &unit.header.params {
        c.local(p);
    }
    let mut nparams = unit.header.params.len();
    if let Some(decl) = &unit.decls.class {
        c.class_args(decl);
        c.inherits = decl.inherits.clone();
        nparams = decl.max_args;
    }
    for (block, vars) in &unit.decls.commons {
        let bi = match c.commons.iter().position(|(b, _)| b == block) {
            Some(i) => i,
            None => {
                c.commons.push((block.clone(), 0));
                c.common_names.push(Vec::new());
                c.commons.len() - 1
            }
        };
        for (v, _) in vars {
            let idx = c.commons[bi].1;
            c.commons[bi].1 += 1;
            c.common_names[bi].push(v.clone());
            c.vars.insert(v.clone(), common_ref(bi, idx));
        }
    }
    // matrices declared in COMMON are dimensioned on entry
    for (block, vars) in &unit.decls.commons {
        for (v, dims) in vars {
            if !dims.is_empty() {
                let _ = block;
                let r = c.var_ref(v);
                for d in dims {
                    c.expr(d);
                }
                c.emit(Op::Dim(r, dims.len() as u8));
            }
        }
    }
    if let Some(decl) = &unit.decls.class {
        c.class_vars(decl);
    }
    c.block(&unit.body);
    if let Some(decl) = &unit.decls.class {
        c.class_finish(decl);
    }
    // implicit end
    c.emit(Op::Return);
    c.report_undimmed();
    c.resolve_labels();
    if !c.errors.is_empty() {
        return Err(c.errors);
    }
    let name = if unit.header.name.is_empty() {
        name.to_string()
    } else {
        unit.header.name.clone()
    };
    Ok(Chunk {
        name,
        files,
        kind,
        ops: c.ops,
        lines: c.lines,
        consts: c.consts,
        var_names: c.var_names,
        nparams,
        var_args: unit.header.var_args,
        commons: c.commons,
        common_names: c.common_names,
        tables: c.tables,
        class: c.class,
        links: std::cell::RefCell::new(Vec::new()),
        catalogue: None,
    })
}

impl Compiler<'_> {
    fn error(&mut self, kind: impl Into<ErrorKind>) {
        self.errors.push(CompileError {
            file: self.file,
            line: self.line,
            kind: kind.into(),
        });
    }

    fn emit(&mut self, op: Op) -> usize {
        let Some(op) = self.fuse_constant(op) else {
            // fused into the previous instruction
            return self.ops.len() - 1;
        };
        // peephole: comparison followed by a false-branch becomes one op
        if let Op::JumpF(t) = op {
            let kind = match self.ops.last() {
                Some(Op::Eq) => Some(0),
                Some(Op::Ne) => Some(1),
                Some(Op::Lt) => Some(2),
                Some(Op::Gt) => Some(3),
                Some(Op::Le) => Some(4),
                Some(Op::Ge) => Some(5),
                _ => None,
            };
            if let (Some(k), true) = (kind, self.barrier < self.ops.len()) {
                let at = self.ops.len() - 1;
                // a comparison with a small integer constant and the
                // branch: one instruction
                match (at.checked_sub(1).map(|i| self.ops[i]), self.barrier < at) {
                    (Some(Op::Int(c)), true) => {
                        self.ops.pop();
                        self.lines.pop();
                        self.ops[at - 1] = Op::CmpKJumpF(k, c, t);
                        return at - 1;
                    }
                    (Some(Op::LoadInt(r, c)), true) => {
                        self.ops[at - 1] = Op::Load(r);
                        self.ops[at] = Op::CmpKJumpF(k, c, t);
                        return at;
                    }
                    _ => {}
                }
                self.ops[at] = Op::CmpJumpF(k, t);
                return at;
            }
        }
        // peephole: Load+Load and Load+Int become one instruction
        if self.barrier < self.ops.len() {
            let fused = match (self.ops.last(), op) {
                (Some(Op::Load(a)), Op::Load(b)) => Some(Op::Load2(*a, b)),
                (Some(Op::Load(a)), Op::Int(i)) => Some(Op::LoadInt(*a, i)),
                _ => None,
            };
            if let Some(f) = fused {
                let at = self.ops.len() - 1;
                self.ops[at] = f;
                return at;
            }
        }
        self.ops.push(op);
        self.lines.push(self.rline);
        self.ops.len() - 1
    }

    /// Peephole for arithmetic on a small integer constant: `Intr(MOD, 2)`
    /// becomes `Mod`, and `Int(k)` (alone or in a `LoadInt`) followed by
    /// `Add`, `Mul` or `Mod` becomes `AddK`/`MulK`/`ModK` in place of the
    /// `Int`. Returns the instruction to emit, None when it was fused
    /// into the previous one.
    fn fuse_constant(&mut self, op: Op) -> Option<Op> {
        let op = match op {
            Op::Intr(id, 2)
                if crate::bytecode::intrinsics::id(id) == crate::bytecode::intrinsics::I::Mod =>
            {
                Op::Mod
            }
            other => other,
        };
        if self.barrier >= self.ops.len() {
            return Some(op);
        }
        let make = |k: i32| match op {
            Op::Add => Some(Op::AddK(k)),
            Op::Mul => Some(Op::MulK(k)),
            Op::Mod => Some(Op::ModK(k)),
            _ => None,
        };
        let at = self.ops.len() - 1;
        match self.ops[at] {
            Op::Int(k) => match make(k) {
                Some(f) => {
                    self.ops[at] = f;
                    None
                }
                None => Some(op),
            },
            Op::LoadInt(r, k) => match make(k) {
                Some(f) => {
                    self.ops[at] = Op::Load(r);
                    Some(f)
                }
                None => Some(op),
            },
            _ => Some(op),
        }
    }

    /// The address of the next instruction, as a jump target: no peephole
    /// fusion may remove the instruction that will be placed there.
    fn here(&mut self) -> u32 {
        self.barrier = self.ops.len();
        self.ops.len() as u32
    }

    fn patch(&mut self, at: usize) {
        let target = self.here();
        self.patch_to(at, target);
    }

    fn patch_to(&mut self, at: usize, target: u32) {
        match &mut self.ops[at] {
            Op::Jump(t)
            | Op::JumpF(t)
            | Op::JumpT(t)
            | Op::Gosub(t)
            | Op::CmpJumpF(_, t)
            | Op::CmpKJumpF(_, _, t)
            | Op::ForNext(_, _, t) => *t = target,
            _ => {}
        }
    }

    fn konst(&mut self, v: Value) -> u32 {
        if let Value::Str(s) = &v {
            if let Some(&i) = self.const_str.get(&s.data) {
                return i;
            }
            self.const_str
                .insert(s.data.clone(), self.consts.len() as u32);
        }
        self.consts.push(v);
        (self.consts.len() - 1) as u32
    }

    fn push_str(&mut self, s: &[u8]) {
        if s.is_empty() {
            self.emit(Op::Empty);
        } else {
            let k = self.konst(Value::from_bytes(s));
            self.emit(Op::Const(k));
        }
    }

    fn local(&mut self, name: &str) -> VarRef {
        if let Some(&r) = self.vars.get(name) {
            return r;
        }
        let r = self.var_names.len() as VarRef;
        self.var_names.push(name.to_string());
        self.vars.insert(name.to_string(), r);
        r
    }

    /// True when `name` is one of the unit's own parameters here (not a
    /// private variable of the local routine being compiled).
    fn is_unit_param(&self, name: &str) -> bool {
        self.params.iter().any(|p| p == name)
            && !self.scope.as_ref().is_some_and(|s| s.contains_key(name))
    }

    /// Reference of a named variable (created on first use).
    fn var_ref(&mut self, name: &str) -> VarRef {
        if let Some(scope) = &self.scope {
            if let Some(&r) = scope.get(name) {
                return r;
            }
        }
        self.local(name)
    }

    /// A fresh hidden slot for a local routine's private variable.
    fn private_slot(&mut self, routine: &str, name: &str) -> VarRef {
        let r = self.var_names.len() as VarRef;
        self.var_names.push(format!("{}.{}", routine, name));
        r
    }

    fn temp(&mut self) -> VarRef {
        if let Some(t) = self.free_temps.pop() {
            return t;
        }
        let r = self.var_names.len() as VarRef;
        self.var_names.push(format!("$T{}", r));
        r
    }

    /// A hidden slot never taken from nor given back to the temp pool, for
    /// a value that must outlive the statement that sets it (a FOR step).
    fn own_slot(&mut self) -> VarRef {
        let r = self.var_names.len() as VarRef;
        self.var_names.push(format!("$T{}", r));
        r
    }

    /// A hidden slot of its own with the name run-time messages show for
    /// it (ScarletDME's compiler variables, e.g. SUBR's `_FUNC`).
    fn named_slot(&mut self, name: &str) -> VarRef {
        let r = self.var_names.len() as VarRef;
        self.var_names.push(name.to_string());
        r
    }

    fn free_temp(&mut self, t: VarRef) {
        self.free_temps.push(t);
    }

    /// Records a name used as a matrix that no DIM declares.
    fn undimensioned(&mut self, name: &str) {
        if !self.undimmed.iter().any(|n| n == name) {
            self.undimmed.push(name.to_string());
        }
    }

    /// Names used as matrices but never dimensioned, reported at the end
    /// of the source in name order (ScarletDME's symbol tree).
    fn report_undimmed(&mut self) {
        let mut names = std::mem::take(&mut self.undimmed);
        names.sort();
        for name in names {
            self.errors.push(CompileError {
                file: 0,
                line: self.last_line,
                kind: ErrorKind::NotDimensioned(name),
            });
        }
    }

    /// Undefined labels are reported at the end of the source, once each,
    /// in name order (ScarletDME's label tree).
    fn resolve_labels(&mut self) {
        let mut missing: Vec<String> = Vec::new();
        let fixups = std::mem::take(&mut self.fixups);
        for (at, name, _file, _line) in fixups {
            // inside a local routine a label of its own wins, else the program's
            let plain = name.rsplit('\u{0}').next().unwrap_or(&name).to_string();
            let found = self
                .labels
                .get(&name)
                .or_else(|| self.labels.get(&plain))
                .copied();
            match found {
                Some(t) => self.patch_to(at, t),
                None => missing.push(plain),
            }
        }
        let tf = std::mem::take(&mut self.table_fixups);
        for (ti, slot, name, _file, _line) in tf {
            match self.labels.get(&name) {
                Some(&t) => self.tables[ti][slot] = t,
                None => missing.push(name),
            }
        }
        for name in std::mem::take(&mut self.local_missing) {
            if !self.labels.contains_key(&name) {
                missing.push(name);
            }
        }
        missing.sort();
        missing.dedup();
        for name in missing {
            self.errors.push(CompileError {
                file: 0,
                line: self.last_line,
                kind: ErrorKind::LabelNotFound(name),
            });
        }
        // internal subroutines given arguments that are no LOCAL routine,
        // the last mentioned first (ScarletDME)
        for name in std::mem::take(&mut self.int_subs).into_iter().rev() {
            if !self.locals.contains_key(&name) {
                self.errors.push(CompileError {
                    file: 0,
                    line: self.last_line,
                    kind: ErrorKind::Text(format!(
                        "Arguments supplied in GOSUB to internal subroutine {name}"
                    )),
                });
            }
        }
    }

    fn jump_label(&mut self, op: Op, name: &str) {
        let at = self.emit(op);
        let full = format!("{}{}", self.label_prefix, name);
        self.fixups.push((at, full, self.file, self.line));
    }

    fn block(&mut self, stmts: &[Stmt]) {
        for s in stmts {
            self.file = s.file;
            self.line = s.line;
            self.rline = s.rline;
            self.stmt(s);
        }
    }
}
