//! CALL / DEFFUN function calls / RETURN, extension calls, and loading
//! catalogued routines from the account.

use std::rc::Rc;

use super::run_error::RoutineErrors;
use super::{Frame, RuntimeError, Step, Vm};
use crate::bytecode::*;
use crate::extensions::{ExtCtx, ExtFatal};
use crate::value::ops::ValueError;
use crate::value::Value;

const MAX_DEPTH: usize = 5000;

/// Where a call's result goes when caller and routine disagree on FUNCTION
/// and SUBROUTINE (ScarletDME passes the result as a hidden first
/// argument, so both work).
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum HiddenResult {
    /// Caller and routine agree.
    None,
    /// A FUNCTION was CALLed: its result is stored in the caller's first
    /// argument (`None`: that argument was an expression).
    ToArg(Option<super::refs::Loc>),
    /// A SUBROUTINE was called as a function: the result is what its first
    /// parameter holds at RETURN.
    FromFirst,
}

impl Vm {
    /// Loads (compiling on first use) a catalogued routine.
    pub(super) fn load_routine(&mut self, name: &str) -> Result<Rc<Chunk>, Step> {
        if let Some(c) = self.sess.programs.get(name) {
            return Ok(c.clone());
        }
        let account = self.sess.account.clone();
        if let (_, Some(m)) = crate::host::catalog::lookup(&account, name) {
            self.sess.say(&m);
        }
        let (path, text) =
            crate::host::programs::find_routine(&account, &self.sess.prog_file, name)
                .ok_or_else(|| RuntimeError::RoutineNotFound(name.to_string()))?;
        let dir = path.parent().map(|p| p.to_path_buf());
        let display = path.to_string_lossy().to_string();
        let chunk = crate::host::programs::compile_source(
            &account,
            dir.as_deref(),
            &display,
            name,
            &text,
            &self.sess.host.extensions,
        )
        .map_err(|errors| {
            RuntimeError::RoutineDoesNotCompile(Box::new(RoutineErrors {
                name: name.to_string(),
                errors,
            }))
        })?;
        let chunk = Rc::new(chunk);
        self.sess.programs.insert(name.to_string(), chunk.clone());
        self.sess.objects.add_routine(name, chunk.clone());
        Ok(chunk)
    }

    /// At most once per `object_cache::RECHECK`: forgets the routines whose
    /// source changed, so that their next CALL compiles the new source.
    fn recheck_routines(&mut self) {
        if self.sess.objects.due() {
            for name in self.sess.objects.drop_changed_routines() {
                self.sess.programs.remove(&name);
            }
        }
    }

    /// CALL/DEFFUN call of the routine named by constant `k`, resolving
    /// the target once per call site.
    pub(super) fn call_const(&mut self, k: u32, argc: usize, is_fn: bool) -> Result<(), Step> {
        let generation = self.sess.objects.generation;
        let cached = match self.cur.chunk.links.borrow().get(k as usize) {
            Some(Some((c, g))) if *g == generation => Some(c.clone()),
            _ => None,
        };
        let chunk = match cached {
            Some(c) => c,
            None => {
                let name = self.cur.chunk.consts[k as usize].to_bytes(4).into_owned();
                let name = String::from_utf8_lossy(&name).trim().to_string();
                let c = self.load_routine(&name)?;
                let mut links = self.cur.chunk.links.borrow_mut();
                if links.len() <= k as usize {
                    links.resize(k as usize + 1, None);
                }
                links[k as usize] = Some((c.clone(), generation));
                c
            }
        };
        self.enter(chunk, argc, is_fn)
    }

    /// Runs SUBROUTINE `name` with `args` to its RETURN while an intrinsic
    /// is being evaluated (ScarletDME runs user conversions this way), and
    /// returns the arguments as the routine left them.
    pub(super) fn call_nested(&mut self, name: &str, args: Vec<Value>) -> Result<Vec<Value>, Step> {
        let chunk = self.load_routine(name)?;
        let argc = args.len();
        self.stack.extend(args);
        let floor = self.return_floor;
        self.enter(chunk, argc, false)?;
        self.cur.args_back = true;
        // the routine's RETURN brings the depth back below this
        self.return_floor = self.frames.len();
        let r = self.exec_loop();
        self.return_floor = floor;
        r?;
        let base = self.stack.len().saturating_sub(argc);
        Ok(self.stack.drain(base..).collect())
    }

    /// CALL @var(args) and SUBR(): the name a variable holds, in upper
    /// case and checked as ScarletDME's op_call does ("Illegal call name":
    /// empty, too long, a character outside call names, or a `$` name,
    /// which only ScarletDME's internal-mode code may call).
    pub(super) fn call(&mut self, name: &[u8], argc: usize, is_fn: bool) -> Result<(), Step> {
        const NAME_CHARS: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.%$-_";
        let name = name.to_ascii_uppercase();
        let legal = match name.split_first() {
            Some((&first, rest)) => {
                name.len() <= 63
                    && first != b'$'
                    && (NAME_CHARS.contains(&first) || b"*!_".contains(&first))
                    && rest.iter().all(|c| NAME_CHARS.contains(c))
            }
            None => false,
        };
        if !legal {
            return Err(RuntimeError::Fatal("Illegal call name").into());
        }
        let name = String::from_utf8_lossy(&name).into_owned();
        let chunk = self.load_routine(&name)?;
        self.enter(chunk, argc, is_fn)
    }

    fn enter(&mut self, chunk: Rc<Chunk>, argc: usize, is_fn: bool) -> Result<(), Step> {
        // ScarletDME passes a FUNCTION's result as a hidden first argument,
        // so a FUNCTION may be CALLed (its first argument receives the
        // result) and a SUBROUTINE called as a function (its first
        // parameter is the result); counts include that argument
        let (hidden, passed, expected) = match (is_fn, chunk.kind) {
            (true, UnitKind::Function) | (false, UnitKind::Subroutine) => {
                (HiddenResult::None, argc, chunk.nparams)
            }
            (false, UnitKind::Function) => (HiddenResult::ToArg(None), argc, chunk.nparams + 1),
            (true, UnitKind::Subroutine) => (HiddenResult::FromFirst, argc + 1, chunk.nparams),
            (true, _) => return Err(RuntimeError::NotAFunction(chunk.name.clone()).into()),
            (false, _) => return Err(RuntimeError::NotASubroutine(chunk.name.clone()).into()),
        };
        if passed > expected || (passed < expected && !chunk.var_args) {
            return Err(RuntimeError::ArgumentCount {
                routine: Some(chunk.name.as_str().into()),
                passed: passed as u32,
                expected: expected as u32,
            }
            .into());
        }
        match hidden {
            HiddenResult::None => self.push_frame(chunk, argc, is_fn),
            HiddenResult::ToArg(_) => {
                // the first argument leaves the stack: the result is stored
                // where it refers (nowhere for an expression)
                let base = self.stack.len() - argc;
                self.stack.remove(base);
                let mut to = None;
                self.pending_refs.retain_mut(|(i, l)| {
                    if *i == base {
                        to = Some(*l);
                        return false;
                    }
                    if *i > base {
                        *i -= 1;
                    }
                    true
                });
                self.push_frame(chunk, argc - 1, true)?;
                self.cur.hidden = HiddenResult::ToArg(to);
                Ok(())
            }
            HiddenResult::FromFirst => {
                // an unassigned first parameter goes in before the arguments
                let base = self.stack.len() - argc;
                self.stack.insert(base, Value::Unassigned);
                for (i, _) in self.pending_refs.iter_mut() {
                    if *i >= base {
                        *i += 1;
                    }
                }
                self.push_frame(chunk, argc + 1, false)?;
                self.cur.hidden = HiddenResult::FromFirst;
                Ok(())
            }
        }
    }

    /// Makes a frame for `chunk` the current one, its first `argc`
    /// variables the arguments on the stack (by-reference ones bound to
    /// the caller's storage). The caller checked the arguments.
    pub(super) fn push_frame(
        &mut self,
        chunk: Rc<Chunk>,
        argc: usize,
        is_fn: bool,
    ) -> Result<(), Step> {
        self.calls_since_check += 1;
        if self.calls_since_check >= 1024 {
            self.calls_since_check = 0;
            self.recheck_routines();
        }
        let mut refs = match self.frame_pool.last_mut() {
            Some(f) => std::mem::take(&mut f.refs),
            None => Vec::new(),
        };
        self.take_refs(argc, &mut refs);
        if self.frames.len() >= MAX_DEPTH {
            return Err(RuntimeError::CallStackOverflow.into());
        }
        let mut frame = match self.frame_pool.pop() {
            Some(mut f) => {
                f.reset(chunk, is_fn, argc);
                f
            }
            None => Box::new(Frame::new(chunk, is_fn, argc)),
        };
        frame.refs = refs;
        let mut map = std::mem::take(&mut frame.common_map);
        self.map_commons(&frame.chunk, &mut map);
        frame.common_map = map;
        let base = self.stack.len().saturating_sub(argc);
        for (i, v) in self.stack.drain(base..).enumerate() {
            frame.vars[i] = v;
        }
        let caller = std::mem::replace(&mut self.cur, frame);
        self.frames.push(caller);
        Ok(())
    }

    /// Returns from the current frame: parameters go back to the caller's
    /// stack (then the function result). Ok(false) ends the program.
    pub(super) fn return_from_frame(&mut self, val: Option<Value>) -> Result<bool, Step> {
        let caller = match self.frames.pop() {
            Some(c) => c,
            None => return Ok(false),
        };
        let mut done = std::mem::replace(&mut self.cur, caller);
        if done.args_back {
            for i in 0..done.argc {
                let v = std::mem::take(&mut done.vars[i]);
                self.stack.push(v);
            }
        }
        // a CLASS GET routine or PUBLIC FUNCTION that ran into its END
        // returns an unassigned value: an error where the caller uses it
        let unassigned = matches!(val, Some(Value::Unassigned));
        match done.hidden {
            HiddenResult::None => {
                if done.is_fn {
                    self.stack.push(val.unwrap_or_else(Value::empty));
                }
            }
            HiddenResult::ToArg(to) => {
                let v = val.unwrap_or_else(Value::empty);
                if let (Some(l), false) = (to, unassigned) {
                    *self.loc_mut(l) = v;
                }
            }
            HiddenResult::FromFirst => {
                let v = std::mem::take(&mut done.vars[0]);
                if matches!(v, Value::Unassigned) {
                    // ScarletDME's name for the result variable
                    return Err(RuntimeError::UnassignedVariable("_FUNC".into()).into());
                }
                self.stack.push(v);
            }
        }
        // keep the frame and its storage for the next call
        done.vars.clear();
        done.object = None;
        if self.frame_pool.len() < 64 {
            self.frame_pool.push(done);
        }
        if self.sess.class_objects.pending() {
            self.release_objects()?;
        }
        if unassigned {
            return Err(RuntimeError::Value(crate::value::ops::ValueError::Unassigned).into());
        }
        Ok(true)
    }

    /// The parameter slot of ARG(n) / SET.ARG n: `n` must name one of the
    /// arguments the current routine was passed. In a FUNCTION, ScarletDME
    /// counts its hidden result as argument 1 (ARG(2) is the first
    /// parameter); `None` is that result, which mvbasic keeps elsewhere.
    pub(super) fn arg_slot(&self, n: &Value) -> Result<Option<VarRef>, Step> {
        let n = crate::value::ops::to_int(n)?;
        let hidden = usize::from(self.cur.is_fn);
        if n < 1 || n as usize > self.cur.argc + hidden {
            return Err(RuntimeError::Fatal("Illegal argument reference").into());
        }
        Ok((n as usize - 1).checked_sub(hidden).map(|i| i as VarRef))
    }

    /// Enters a LOCAL routine: saves its private slots, binds arguments.
    pub(super) fn local_call(&mut self, ti: u32, argc: usize) -> Result<(), Step> {
        let chunk = self.cur.chunk.clone();
        let table = match chunk.tables.get(ti as usize) {
            Some(t) if t.len() >= 3 => t,
            _ => return Err(RuntimeError::LocalRoutineUndefined.into()),
        };
        let (entry, nparams) = (table[0] as usize, table[2] as usize);
        if argc != nparams {
            return Err(RuntimeError::ArgumentCount {
                routine: None,
                passed: argc as u32,
                expected: nparams as u32,
            }
            .into());
        }
        if self.cur.gosubs.len() > 100_000 {
            return Err(RuntimeError::GosubOverflow.into());
        }
        let slots = &table[3..];
        let saved: Vec<Value> = slots
            .iter()
            .map(|&s| std::mem::take(&mut self.cur.vars[s as usize]))
            .collect();
        let base = self.stack.len().saturating_sub(argc);
        let args: Vec<Value> = self.stack.drain(base..).collect();
        for (i, a) in args.into_iter().enumerate() {
            if let Some(&s) = slots.get(i) {
                self.cur.vars[s as usize] = a;
            }
        }
        self.cur.local_saves.push(saved);
        self.cur.gosubs.push((self.cur.ip, ti));
        self.cur.ip = entry;
        Ok(())
    }

    /// Leaves a LOCAL routine: arguments back to the caller (then the
    /// function result), private slots restored.
    pub(super) fn local_return(&mut self, ret: usize, ti: u32, val: Option<Value>) {
        let chunk = self.cur.chunk.clone();
        let table = match chunk.tables.get(ti as usize) {
            Some(t) if t.len() >= 3 => t,
            _ => return,
        };
        let (is_fn, nparams) = (table[1] != 0, table[2] as usize);
        let slots = &table[3..];
        let saved = self.cur.local_saves.pop().unwrap_or_default();
        for (i, &s) in slots.iter().enumerate() {
            let v = std::mem::replace(
                &mut self.cur.vars[s as usize],
                saved.get(i).cloned().unwrap_or_default(),
            );
            if i < nparams {
                self.stack.push(v);
            }
        }
        if is_fn {
            self.stack.push(val.unwrap_or_else(Value::empty));
        }
        self.cur.ip = ret;
    }

    /// The run-time error an extension raised, worded as ScarletDME's.
    fn ext_fatal(&self, f: ExtFatal, argc: usize) -> RuntimeError {
        match f {
            ExtFatal::NotSocket { arg, named } => {
                let name = if named {
                    self.call_arg_name(argc, arg)
                } else {
                    None
                };
                let text = "Data item is not a socket";
                RuntimeError::Failed(match name {
                    Some(v) => format!("{text} in {v}"),
                    None => text.to_string(),
                })
            }
            ExtFatal::Unassigned { arg } => match self.call_arg_name(argc, arg) {
                Some(v) => RuntimeError::UnassignedVariable(v),
                None => ValueError::Unassigned.into(),
            },
        }
    }

    /// Displays a non-fatal run-time message as ScarletDME's `k_error("!...")`
    /// does: `OFFSET: text`, then ` at line N of PROGRAM` on a line of its
    /// own when the text ends with a newline. PROGRAM is the object path
    /// for a program (its source path here), the catalogue name otherwise.
    fn show_warning(&mut self, text: &str) {
        let ip = self.cur.ip.saturating_sub(1);
        let line = self.cur.chunk.lines.get(ip).copied().unwrap_or(0);
        let chunk = &self.cur.chunk;
        let program = match (chunk.kind, chunk.files.first()) {
            (UnitKind::Program, Some(f)) => std::fs::canonicalize(f)
                .map(|p| p.display().to_string())
                .unwrap_or_else(|_| f.clone()),
            _ => chunk.name.clone(),
        };
        let msg = format!("00000000: {text} at line {line} of {program}\n");
        self.sess.write(msg.as_bytes());
    }

    /// Calls an extension function/statement; arguments come back for
    /// write-back, then the result.
    pub(super) fn call_ext(&mut self, name: &str, argc: usize) -> Result<(), Step> {
        let entry = self
            .sess
            .host
            .extensions
            .entry(name)
            .ok_or_else(|| RuntimeError::UnknownExtension(name.to_string()))?;
        let base = self.stack.len().saturating_sub(argc);
        let mut args: Vec<Value> = self.stack.drain(base..).collect();
        let mut ctx = ExtCtx::new(self.sess.account.clone(), self.prec(), entry.arity);
        // Extension verbs may block (socket accept/read/select): show pending output first.
        self.sess.flush();
        let r = (entry.run)(&mut ctx, &mut args);
        if let Some(w) = ctx.warning.take() {
            self.show_warning(&w);
        }
        if !ctx.output.is_empty() {
            self.sess.write(&ctx.output);
        }
        if ctx.sets_status {
            self.status = Value::Int(ctx.status as i64);
        }
        if let Some(f) = ctx.fatal {
            return Err(self.ext_fatal(f, argc).into());
        }
        self.stack.extend(args);
        self.stack.push(r);
        Ok(())
    }
}
