//! The virtual machine: runs compiled [`Chunk`]s on an operand stack.
//!
//! The VM is the interpreter only: host services (files, programs, TCL
//! verbs, processes, extensions) come from `crate::host` and the
//! [`Session`]'s `host`, arithmetic on values from `crate::value::ops`.
//! Op groups live in submodules: `vars` (variables, matrices, dynamic-array
//! stores), `calls` (CALL/RETURN/extension calls/program loading),
//! `intrinsics` (functions, one file per concept), `statements` and
//! `file_statements` (statement ops), `execute` (EXECUTE levels),
//! `at_vars` (@-variables), `run_error` (run-time errors), `operand_name`
//! (the variable a run-time error message names), `unassigned_order` (which
//! unassigned variable it names).

mod at_vars;
mod calls;
mod csv_ops;
mod execute;
mod file_statements;
mod fused;
mod index_statements;
mod intrinsics;
mod lock_statements;
mod messages;
mod num_arrays;
mod objects;
mod operand_name;
mod os_statements;
mod paragraph_run;
mod record_ids;
mod record_io;
mod refs;
mod run_error;
mod seq_statements;
mod statements;
mod terminal_statements;
mod unassigned_order;
mod vars;

use std::rc::Rc;

use crate::host::session::Session;

use crate::bytecode::*;
use crate::value::ops::ValueError;
use crate::value::ops::*;
use crate::value::Value;
pub use run_error::{RunError, RuntimeError};

/// Why execution stopped early.
#[derive(Debug)]
pub enum Halt {
    /// A run-time error, with program and line.
    Error(Box<RunError>),
    /// STOP (optional message).
    Stop,
    /// ABORT.
    Abort,
    /// CHAIN to another command.
    Chain(String),
}

/// A call frame.
pub struct Frame {
    chunk: Rc<Chunk>,
    ip: usize,
    vars: Vec<Value>,
    /// By-reference parameters: `refs[i]` is the caller's storage that
    /// parameter slot `i` stands for (empty when no argument is a reference).
    refs: Vec<Option<refs::Loc>>,
    /// True when the arguments go back onto the stack on return (a routine
    /// run with values, `calls::call_nested`).
    args_back: bool,
    /// GOSUB return addresses, with the LOCAL routine table index
    /// (`NO_LOCAL` for a plain GOSUB).
    gosubs: Vec<(usize, u32)>,
    /// Saved private slots of active LOCAL routine calls.
    local_saves: Vec<Vec<Value>>,
    common_map: Vec<usize>,
    precision: u8,
    /// True when called as a FUNCTION (result expected).
    is_fn: bool,
    /// Number of arguments passed.
    argc: usize,
    /// The object a CLASS module routine runs for (`ME`).
    object: Option<Value>,
    /// Where the result goes when a FUNCTION was CALLed or a SUBROUTINE
    /// called as a function (ScarletDME's hidden first argument).
    hidden: calls::HiddenResult,
}

/// The VM: one program level (EXECUTE of RUN creates a nested one).
pub struct Vm {
    stack: Vec<Value>,
    /// The callers of the current frame. Frames are boxed so that CALL
    /// and RETURN move a pointer, not the frame (moving ~150-byte frames
    /// in and out was 11% of a CALL-heavy profile).
    #[allow(clippy::vec_box)]
    frames: Vec<Box<Frame>>,
    cur: Box<Frame>,
    /// Session state shared with nested program levels.
    pub sess: Session,
    pline: Vec<u8>,
    col1: i64,
    col2: i64,
    inmat: i64,
    /// The clauses of the statement about to run (`record_io::HAS_*`).
    clause_flags: u8,
    status: Value,
    /// Frames of returned calls, reused with their storage by the next
    /// CALL.
    #[allow(clippy::vec_box)]
    frame_pool: Vec<Box<Frame>>,
    /// By-reference arguments pushed for a call not yet entered: (stack
    /// index of the placeholder, location).
    pending_refs: Vec<(usize, refs::Loc)>,
    /// Where a reference to a vanished matrix element reads and writes.
    dead: Value,
    /// The empty string `Op::Empty` pushes (shared, copied on write).
    empty: Value,
    /// CALLs since the cached routines were last checked against their
    /// sources (checking the clock on every CALL would cost too much).
    calls_since_check: u32,
    /// Frame depth below which a RETURN ends the dispatch loop: 0 for the
    /// program, deeper while a routine runs nested inside an intrinsic
    /// (a user conversion, `calls::call_nested`).
    return_floor: usize,
}

impl Frame {
    fn new(chunk: Rc<Chunk>, is_fn: bool, argc: usize) -> Frame {
        let vars = vec![Value::Unassigned; chunk.var_names.len()];
        Frame {
            chunk,
            ip: 0,
            vars,
            refs: Vec::new(),
            args_back: false,
            gosubs: Vec::new(),
            local_saves: Vec::new(),
            common_map: Vec::new(),
            precision: 4,
            is_fn,
            argc,
            object: None,
            hidden: calls::HiddenResult::None,
        }
    }

    /// Makes a pooled frame new for `chunk`, keeping the capacity of its
    /// vectors; `refs` and `common_map` are left for the caller to fill.
    fn reset(&mut self, chunk: Rc<Chunk>, is_fn: bool, argc: usize) {
        self.vars.clear();
        self.vars.resize(chunk.var_names.len(), Value::Unassigned);
        self.chunk = chunk;
        self.ip = 0;
        self.args_back = false;
        self.gosubs.clear();
        self.local_saves.clear();
        self.precision = 4;
        self.is_fn = is_fn;
        self.argc = argc;
        self.object = None;
        self.hidden = calls::HiddenResult::None;
    }
}

impl Vm {
    /// Creates a VM for `chunk` with the given session.
    pub fn new(chunk: Rc<Chunk>, sess: Session) -> Vm {
        let mut sess = sess;
        sess.term.clock = at_vars::now_date_time;
        let mut vm = Vm {
            stack: Vec::with_capacity(256),
            frames: Vec::new(),
            cur: Box::new(Frame::new(chunk.clone(), false, 0)),
            sess,
            pline: Vec::new(),
            col1: 0,
            col2: 0,
            inmat: 0,
            clause_flags: 0,
            status: Value::Int(0),
            frame_pool: Vec::new(),
            pending_refs: Vec::new(),
            dead: Value::Unassigned,
            empty: Value::empty(),
            calls_since_check: 0,
            return_floor: 0,
        };
        let mut map = Vec::new();
        vm.map_commons(&chunk, &mut map);
        vm.cur.common_map = map;
        vm
    }

    /// Runs the program to completion. After a fatal error or ABORT the
    /// caller reports it, then calls [`Vm::end_objects`]: ScarletDME runs
    /// the destructors of the objects still held after its message.
    pub fn run(&mut self) -> Result<(), Halt> {
        let r = self.exec();
        if matches!(r, Ok(()) | Err(Halt::Stop)) {
            // the level's objects go with it: their destructors run now
            self.end_objects();
        }
        r
    }

    /// A run-time error at the current program and line.
    fn rt_err(&self, error: RuntimeError) -> Halt {
        let ip = self.cur.ip.saturating_sub(1);
        let line = self.cur.chunk.lines.get(ip).copied().unwrap_or(0);
        let operand = if error.names_operand() {
            self.failed_operand_name(|v| !v.is_unassigned() && to_num(v).is_err())
        } else {
            None
        };
        Halt::Error(Box::new(RunError {
            program: self.cur.chunk.name.clone(),
            line,
            error,
            operand,
        }))
    }

    #[inline(always)]
    fn pop(&mut self) -> Value {
        self.stack.pop().unwrap_or_default()
    }

    /// Pops a value known to need no drop (a number): no drop glue call.
    #[inline(always)]
    fn pop_pod(&mut self) {
        if let Some(v) = self.stack.pop() {
            forget_pod(v);
        }
    }

    /// Replaces the top of the stack, whose current value is a number.
    #[inline(always)]
    pub(super) fn set_top_pod(&mut self, v: Value) {
        if let Some(t) = self.stack.last_mut() {
            forget_pod(std::mem::replace(t, v));
        }
    }

    #[inline(always)]
    fn push(&mut self, v: Value) {
        self.stack.push(v);
    }

    fn prec(&self) -> u8 {
        self.cur.precision
    }

    fn exec(&mut self) -> Result<(), Halt> {
        match self.exec_loop() {
            Ok(()) => Ok(()),
            Err(Step::Halt(h)) => Err(h),
            Err(Step::Error(e)) => Err(self.rt_err(e)),
        }
    }

    /// The dispatch loop. Returns when the program finishes.
    fn exec_loop(&mut self) -> Result<(), Step> {
        loop {
            let ip = self.cur.ip;
            let op = match self.cur.chunk.ops.get(ip) {
                Some(op) => *op,
                None => Op::Return,
            };
            self.cur.ip = ip + 1;
            match op {
                Op::Const(k) => {
                    let v = self.cur.chunk.consts[k as usize].clone();
                    self.push(v);
                }
                Op::Int(i) => self.push(Value::Int(i as i64)),
                Op::Empty => {
                    // a shared empty string: no allocation per use
                    let v = self.empty.clone();
                    self.push(v);
                }
                // an unassigned variable: the error names the one that
                // ScarletDME's operators check first (`unassigned_order`)
                Op::Load(r) => {
                    let v = self.var(r);
                    if v.is_unassigned() {
                        return Err(self.unassigned_load(&[r], None));
                    }
                    let v = v.clone();
                    self.push(v);
                }
                Op::Load2(a, b) => {
                    let (va, vb) = (self.var(a), self.var(b));
                    if va.is_unassigned() || vb.is_unassigned() {
                        return Err(self.unassigned_load(&[a, b], None));
                    }
                    let (va, vb) = (va.clone(), vb.clone());
                    self.push(va);
                    self.push(vb);
                }
                Op::LoadInt(r, i) => {
                    let v = self.var(r);
                    if v.is_unassigned() {
                        return Err(self.unassigned_load(&[r], Some(i)));
                    }
                    let v = v.clone();
                    self.push(v);
                    self.push(Value::Int(i as i64));
                }
                Op::LoadRaw(r) => {
                    let v = self.var(r).clone();
                    self.push(v);
                }
                Op::Store(r) => {
                    let v = self.pop();
                    if self.store_op(r, v) {
                        self.release_objects()?;
                    }
                }
                Op::TakeAssigned(r) => {
                    if self.var(r).is_unassigned() {
                        return Err(self.unassigned(r));
                    }
                    let v = std::mem::take(self.var_mut(r));
                    self.push(v);
                }
                Op::Take(r) => {
                    let v = std::mem::take(self.var_mut(r));
                    self.push(v);
                }
                Op::Append(r) => {
                    let v = self.pop();
                    let prec = self.prec();
                    let slot = self.var_mut(r);
                    if slot.is_unassigned() {
                        return Err(self.unassigned(r));
                    }
                    // appending keeps every remembered mark position true
                    let s = slot.make_str_mut_keep(prec);
                    // appending is an assignment: the REMOVE pointer restarts
                    s.rem = 0;
                    s.rem_end = false;
                    v.append_to(s.append_vec(), prec);
                }
                Op::Assigned(r) => {
                    let a = !self.var(r).is_unassigned();
                    self.push(Value::bool(a));
                }
                Op::LoadAt(i) => {
                    let v = self.load_at(i);
                    self.push(v);
                }
                Op::StoreAt(i) => {
                    let v = self.pop();
                    self.store_at(i, v);
                }
                Op::Pop => {
                    self.stack.pop();
                }
                Op::Dup => {
                    let v = self.stack.last().cloned().unwrap_or_default();
                    self.push(v);
                }
                Op::Add => self.arith(Arith::Add)?,
                Op::Sub => self.arith(Arith::Sub)?,
                Op::Mul => self.arith(Arith::Mul)?,
                Op::Div => self.arith(Arith::Div)?,
                Op::Pow => self.arith(Arith::Pow)?,
                Op::Neg => {
                    let a = self.pop();
                    let r = match neg(&a) {
                        Ok(r) => r,
                        // a numeric array: each element negated
                        Err(_) if num_arrays::is_array(&a) => {
                            self.per_element(&a, &|v| Ok(neg(v)?))?
                        }
                        Err(e) => return Err(e.into()),
                    };
                    self.push(r);
                }
                Op::Cat => {
                    let b = self.pop();
                    let a = self.pop();
                    if a.is_handle() || b.is_handle() {
                        return Err(RuntimeError::Fatal(NOT_A_STRING).into());
                    }
                    let prec = self.prec();
                    self.push(concat(a, &b, prec));
                }
                Op::Eq | Op::Ne | Op::Lt | Op::Gt | Op::Le | Op::Ge => {
                    let n = self.stack.len();
                    if n >= 2 {
                        if let (Value::Int(x), Value::Int(y)) =
                            (&self.stack[n - 2], &self.stack[n - 1])
                        {
                            let (x, y) = (*x, *y);
                            let r = match op {
                                Op::Eq => x == y,
                                Op::Ne => x != y,
                                Op::Lt => x < y,
                                Op::Gt => x > y,
                                Op::Le => x <= y,
                                _ => x >= y,
                            };
                            self.pop_pod();
                            self.set_top_pod(Value::Int(r as i64));
                            continue;
                        }
                    }
                    let b = self.pop();
                    let a = self.pop();
                    let o = compare(&a, &b, self.prec())?;
                    use std::cmp::Ordering::*;
                    let r = match op {
                        Op::Eq => o == Equal,
                        Op::Ne => o != Equal,
                        Op::Lt => o == Less,
                        Op::Gt => o == Greater,
                        Op::Le => o != Greater,
                        _ => o != Less,
                    };
                    self.push(Value::bool(r));
                }
                Op::And | Op::Or => {
                    let b = self.pop();
                    let a = self.pop();
                    let (x, y) = (truth(&a)?, truth(&b)?);
                    self.push(Value::bool(if op == Op::And { x && y } else { x || y }));
                }
                Op::Not => {
                    let a = self.pop();
                    let t = truth(&a)?;
                    self.push(Value::bool(!t));
                }
                Op::Matches => {
                    let b = self.pop();
                    let a = self.pop();
                    let p = self.prec();
                    let t = b.to_bytes(p);
                    if crate::builtins::pattern::template_too_long(&t) {
                        let msg = crate::builtins::pattern::TOO_LONG;
                        return Err(RuntimeError::Fatal(msg).into());
                    }
                    let r = crate::builtins::pattern::matches(&a.to_bytes(p), &t);
                    self.push(Value::bool(r));
                }
                Op::Fmt => {
                    let b = self.pop();
                    let a = self.pop();
                    let p = self.prec();
                    let r = self.fmt_value(&a, &b.to_bytes(p));
                    let _ = p;
                    self.push(r);
                }
                Op::ForCmp => {
                    let step = self.pop();
                    let limit = self.pop();
                    let v = self.pop();
                    // a FOR loop compares numbers: a non-numeric limit,
                    // start or step is an error, not a string comparison
                    let l = to_num(&limit)?;
                    let s = to_num(&step)?;
                    let o = crate::builtins::num::num_cmp(to_num(&v)?, l);
                    // op_forloop: a positive step runs while <= the limit,
                    // any other (STEP 0 too) while >= (fuzz/FZ_FOR_STEP0_01)
                    let ok = if s.to_f64() > 0.0 {
                        o != std::cmp::Ordering::Greater
                    } else {
                        o != std::cmp::Ordering::Less
                    };
                    self.push(Value::bool(ok));
                }
                Op::ForIncr(r, st) => {
                    let step = &self.cur.vars[st as usize];
                    let v = self.var(r);
                    let nv = match (v, step) {
                        (Value::Int(x), Value::Int(y)) => Value::int(x + y),
                        (Value::Unassigned, _) => {
                            return Err(self.unassigned(r));
                        }
                        (a, b) => arith(Arith::Add, a, b)?,
                    };
                    self.push(nv);
                }
                Op::ForTest(r, st) => {
                    let limit = self.pop();
                    let nv = self.pop();
                    let ok = fused::for_continues(&nv, &limit, &self.cur.vars[st as usize])?;
                    if ok {
                        self.store_var(r, nv);
                    }
                    self.push(Value::Int(ok as i64));
                }
                Op::CmpJumpF(kind, t) => {
                    let n = self.stack.len();
                    let r = match (
                        self.stack.get(n.wrapping_sub(2)),
                        self.stack.get(n.wrapping_sub(1)),
                    ) {
                        (Some(Value::Int(x)), Some(Value::Int(y))) => Some(x.cmp(y)),
                        _ => None,
                    };
                    let o = match r {
                        Some(o) => {
                            self.pop_pod();
                            self.pop_pod();
                            o
                        }
                        None => {
                            let b = self.pop();
                            let a = self.pop();
                            compare(&a, &b, self.prec())?
                        }
                    };
                    if !fused::cmp_kind(kind, o) {
                        if (t as usize) < self.cur.ip {
                            self.tick()?;
                        }
                        self.cur.ip = t as usize;
                    }
                }
                Op::ForNext(st, r, t) => self.for_next(st, r, t)?,
                Op::Mod => self.modulo()?,
                Op::ModK(k) => self.modulo_k(k)?,
                Op::AddK(k) => self.arith_k(Arith::Add, k)?,
                Op::MulK(k) => self.arith_k(Arith::Mul, k)?,
                Op::CmpKJumpF(kind, k, t) => self.cmp_k_jump_f(kind, k, t)?,
                Op::AddTo(r) => {
                    let v = self.pop();
                    let slot = self.var_mut(r);
                    match (&mut *slot, &v) {
                        (Value::Int(x), Value::Int(y)) => {
                            let s = *x + *y;
                            *slot = Value::int(s);
                        }
                        (Value::Unassigned, _) => {
                            return Err(self.unassigned(r));
                        }
                        _ => {
                            let cur = std::mem::take(slot);
                            let res = arith(Arith::Add, &cur, &v)
                                .or_else(|e| self.arith_or_array(Arith::Add, &cur, &v, e));
                            match res {
                                Ok(x) => *self.var_mut(r) = x,
                                Err(e) => {
                                    *self.var_mut(r) = cur;
                                    return Err(e);
                                }
                            }
                        }
                    }
                }
                Op::Jump(t) => {
                    if (t as usize) < self.cur.ip {
                        self.tick()?;
                    }
                    self.cur.ip = t as usize
                }
                Op::JumpF(t) => {
                    if let Some(Value::Int(i)) = self.stack.last() {
                        let i = *i;
                        self.pop_pod();
                        if i == 0 {
                            self.cur.ip = t as usize;
                        }
                        continue;
                    }
                    let v = self.pop();
                    if !truth(&v)? {
                        self.cur.ip = t as usize;
                    }
                }
                Op::JumpT(t) => {
                    if let Some(Value::Int(i)) = self.stack.last() {
                        let i = *i;
                        self.pop_pod();
                        if i != 0 {
                            if (t as usize) < self.cur.ip {
                                self.tick()?;
                            }
                            self.cur.ip = t as usize;
                        }
                        continue;
                    }
                    let v = self.pop();
                    if truth(&v)? {
                        self.cur.ip = t as usize;
                    }
                }
                Op::Gosub(t) => {
                    if self.cur.gosubs.len() > 100_000 {
                        return Err(RuntimeError::GosubOverflow.into());
                    }
                    self.cur.gosubs.push((self.cur.ip, NO_LOCAL));
                    self.cur.ip = t as usize;
                }
                Op::LocalCall(ti, argc) => self.local_call(ti, argc as usize)?,
                Op::OnGo(ti, gosub) => {
                    let v = self.pop();
                    let n = to_int(&v)?;
                    let table = &self.cur.chunk.tables[ti as usize];
                    if table.is_empty() {
                        continue;
                    }
                    let i = n.clamp(1, table.len() as i64) as usize - 1;
                    let t = table[i] as usize;
                    if gosub {
                        self.cur.gosubs.push((self.cur.ip, NO_LOCAL));
                    }
                    self.cur.ip = t;
                }
                Op::Return => match self.cur.gosubs.pop() {
                    Some((r, NO_LOCAL)) => self.cur.ip = r,
                    Some((r, ti)) => self.local_return(r, ti, None),
                    None => {
                        if !self.return_from_frame(None)? || self.frames.len() < self.return_floor {
                            return Ok(());
                        }
                    }
                },
                Op::ReturnVal => {
                    let v = self.pop();
                    match self.cur.gosubs.last().copied() {
                        Some((r, ti)) if ti != NO_LOCAL => {
                            self.cur.gosubs.pop();
                            self.local_return(r, ti, Some(v));
                        }
                        _ if self.cur.is_fn || self.cur.chunk.kind == UnitKind::Function => {
                            if !self.return_from_frame(Some(v))?
                                || self.frames.len() < self.return_floor
                            {
                                return Ok(());
                            }
                        }
                        Some((r, _)) => {
                            self.cur.gosubs.pop();
                            self.cur.ip = r;
                        }
                        None => {
                            if !self.return_from_frame(None)?
                                || self.frames.len() < self.return_floor
                            {
                                return Ok(());
                            }
                        }
                    }
                }
                Op::Substr | Op::Substr1 | Op::Extract(_) => self.extract_op(op)?,
                Op::StoreField(r, n) => self.store_field(r, n)?,
                Op::StoreSubstr(r) => self.store_substr(r)?,
                Op::ElemLoad(r, n) => self.elem_load(r, n & 0x7f, n & 0x80 != 0)?,
                Op::ElemTake(r, n) => self.elem_take(r, n)?,
                Op::ArgRef(r) => self.arg_ref(r),
                Op::ArgElemRef(r, n) => self.arg_elem_ref(r, n)?,
                Op::ElemStore(r, n) => self.elem_store(r, n)?,
                Op::Dim(r, n) => self.dim(r, n)?,
                Op::MatFill(r) => self.mat_fill(r)?,
                Op::MatCopy(a, b) => self.mat_copy(a, b)?,
                Op::Intr(id, argc) => self.intrinsic(id, argc)?,
                Op::Sys(id, argc) => self.sys(id, argc)?,
                Op::SysVar(id, r) => self.sys_var(id, r)?,
                Op::PrintPart => {
                    let v = self.pop();
                    if v.is_handle() {
                        return Err(RuntimeError::Fatal(NOT_A_STRING).into());
                    }
                    let p = self.prec();
                    v.append_to(&mut self.pline, p);
                }
                Op::PrintTab => self.pline.push(b'\t'),
                Op::PrintEnd(flags) => self.print_end(flags)?,
                Op::Call(k, argc) => self.call_const(k, argc as usize, false)?,
                Op::CallInd(argc) => {
                    let base = self.stack.len().saturating_sub(argc as usize + 1);
                    let name = self.stack.remove(base).to_bytes(4).into_owned();
                    // the arguments moved down one place
                    for p in self.pending_refs.iter_mut().rev() {
                        if p.0 <= base {
                            break;
                        }
                        p.0 -= 1;
                    }
                    self.call(&name, argc as usize, false)?;
                }
                Op::CallFn(k, argc) => self.call_const(k, argc as usize, true)?,
                Op::Ext(k, argc) => {
                    let name = self.cur.chunk.consts[k as usize].to_bytes(4).into_owned();
                    self.call_ext(&String::from_utf8_lossy(&name), argc as usize)?;
                }
                Op::Stop(has_msg) => {
                    if has_msg {
                        let m = self.pop();
                        let mut b = m.to_bytes(self.prec()).into_owned();
                        if !b.is_empty() {
                            b.push(b'\n');
                            self.sess.write(&b);
                        }
                    }
                    return Err(Step::Halt(Halt::Stop));
                }
                Op::Abort(has_msg) => {
                    if has_msg {
                        let m = self.pop();
                        let mut b = m.to_bytes(self.prec()).into_owned();
                        b.push(b'\n');
                        self.sess.write(&b);
                    }
                    return Err(Step::Halt(Halt::Abort));
                }
                Op::Obj(kind, argc, k) => self.object_op(kind, argc as usize, k)?,
                Op::Nop => {}
            }
        }
    }

    /// Counts a backward jump or call against the sandbox budget.
    #[inline(always)]
    fn tick(&mut self) -> Result<(), Step> {
        if let Some(b) = &mut self.sess.sandbox {
            if *b == 0 {
                return Err(RuntimeError::SandboxExhausted.into());
            }
            *b -= 1;
        }
        Ok(())
    }

    #[inline(always)]
    fn arith(&mut self, op: Arith) -> Result<(), Step> {
        let n = self.stack.len();
        if n >= 2 {
            if let (Value::Int(x), Value::Int(y)) = (&self.stack[n - 2], &self.stack[n - 1]) {
                let (x, y) = (*x, *y);
                let r = match op {
                    Arith::Add => Some(x + y),
                    Arith::Sub => Some(x - y),
                    Arith::Mul => x.checked_mul(y),
                    _ => None,
                };
                if let Some(r) = r {
                    self.pop_pod();
                    self.set_top_pod(Value::int(r));
                    return Ok(());
                }
            }
        }
        let b = self.pop();
        let a = self.pop();
        let r = self.arith_values(op, &a, &b)?;
        self.push(r);
        Ok(())
    }
}

/// Drops a value, skipping the drop glue for numbers and unassigned.
#[inline(always)]
pub(super) fn forget_pod(v: Value) {
    match v {
        Value::Int(_) | Value::Float(_) | Value::Unassigned => std::mem::forget(v),
        other => drop(other),
    }
}

/// ScarletDME's error for a file variable used as a string (printed,
/// concatenated, passed to a string function).
pub(crate) const NOT_A_STRING: &str = "Data cannot be converted to a string";

/// Marks a plain GOSUB entry on the return stack.
pub(crate) const NO_LOCAL: u32 = u32::MAX;

/// Internal step failure.
pub enum Step {
    /// A run-time error (program and line added by the caller).
    Error(RuntimeError),
    /// Control transfer out of the program.
    Halt(Halt),
}

impl From<RuntimeError> for Step {
    fn from(e: RuntimeError) -> Step {
        Step::Error(e)
    }
}

impl From<ValueError> for Step {
    fn from(e: ValueError) -> Step {
        Step::Error(RuntimeError::Value(e))
    }
}
