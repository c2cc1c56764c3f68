//! Objects of CLASS modules: `OBJECT()`, `obj->name` reads and
//! statements, `ME`, INHERIT / DISINHERIT, `OBJINFO()`, and the release of
//! objects with their DESTROY.OBJECT routines.
//!
//! An object is a [`ClassObject`] held in a `Value::Handle`: copies of the
//! variable share it (ScarletDME counts references the same way), and it
//! is released when the last copy goes. Its variables are a block of the
//! session's COMMON storage, mapped in as the class chunk's object block
//! while one of its routines runs; its routines run as frames of the class
//! chunk, entered at the routine's first instruction.

use std::cell::RefCell;
use std::rc::Rc;

use super::{RuntimeError, Step, Vm};
use crate::bytecode::*;
use crate::host::class_objects::Released;
use crate::value::{Matrix, Resource, Value};

/// An object of a CLASS module.
pub(crate) struct ClassObject {
    /// Its CLASS module.
    class: Rc<Chunk>,
    /// Its block of the session's COMMON storage.
    block: usize,
    /// Objects it inherited (INHERIT), searched in order after its own
    /// names.
    inherits: RefCell<Vec<Value>>,
    /// Its DESTROY.OBJECT has run (it is not run twice).
    destructor_run: bool,
    /// Where it goes when released.
    released: Rc<RefCell<Vec<Released>>>,
}

impl std::fmt::Debug for ClassObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "ClassObject({}, block {})", self.class.name, self.block)
    }
}

impl Resource for ClassObject {}

impl Drop for ClassObject {
    fn drop(&mut self) {
        self.released.borrow_mut().push(Released {
            class: self.class.clone(),
            block: self.block,
            inherits: std::mem::take(self.inherits.get_mut()),
            destructor_run: self.destructor_run,
        });
    }
}

/// What a name of an object stands for.
enum Found {
    /// A routine (index + 1) of the object (first), which may be an
    /// inherited object.
    Routine(Value, u32),
    /// Object variable (index) of the object.
    Var(Value, usize),
}

/// The class object a value holds.
fn object_of(v: &Value) -> Option<&ClassObject> {
    v.resource::<ClassObject>()
}

/// The name `name` of object `obj` for a read (`set` false) or a statement,
/// searching its own name map, then the objects it inherited, in order.
fn find(obj: &Value, name: &str, set: bool) -> Result<Option<Found>, Step> {
    let Some(o) = object_of(obj) else {
        return Ok(None);
    };
    if let Some(m) = o.class.class.as_ref().and_then(|c| c.member(name)) {
        let key = if set { m.set } else { m.get };
        if key != 0 {
            return Ok(Some(Found::Routine(obj.clone(), key)));
        }
        match m.var {
            0 => return Err(fail(format!("Illegal reference to property ({name})."))),
            // READONLY: invisible to statements
            v if v < 0 && set => {}
            v => return Ok(Some(Found::Var(obj.clone(), v.unsigned_abs() as usize - 1))),
        }
    }
    for inh in o.inherits.borrow().iter() {
        if let Some(f) = find(inh, name, set)? {
            return Ok(Some(f));
        }
    }
    Ok(None)
}

/// The UNDEFINED routine of the object or of one it inherited.
fn find_undefined(obj: &Value, set: bool) -> Option<Found> {
    let o = object_of(obj)?;
    if let Some(m) = o.class.class.as_ref().and_then(|c| c.member("UNDEFINED")) {
        let key = if set { m.set } else { m.get };
        if key != 0 {
            return Some(Found::Routine(obj.clone(), key));
        }
    }
    o.inherits
        .borrow()
        .iter()
        .find_map(|inh| find_undefined(inh, set))
}

fn fail(text: String) -> Step {
    RuntimeError::Failed(text).into()
}

/// ScarletDME's message for a call whose argument count the routine does
/// not take.
const ARG_MISMATCH: &str = "Argument count mismatch in object reference";

impl Vm {
    /// `Op::Obj`.
    pub(super) fn object_op(&mut self, kind: u8, argc: usize, k: u32) -> Result<(), Step> {
        match kind {
            obj_op::NEW => self.object_new(argc),
            obj_op::GET | obj_op::SET => {
                let name = self.cur.chunk.consts[k as usize].to_bytes(4).into_owned();
                let name = String::from_utf8_lossy(&name).to_ascii_uppercase();
                self.object_ref(&name, argc, kind == obj_op::SET)
            }
            obj_op::ME => match self.cur.object.clone() {
                Some(o) => {
                    self.push(o);
                    Ok(())
                }
                None => Err(RuntimeError::Fatal("ME used outside a CLASS routine").into()),
            },
            obj_op::INHERIT | obj_op::DISINHERIT => {
                let v = self.pop();
                self.inherit(v, kind == obj_op::DISINHERIT)
            }
            obj_op::INFO => {
                let key = crate::value::ops::to_int(&self.pop())?;
                let v = self.pop();
                let r = match (key, object_of(&v)) {
                    (0, o) => Value::bool(o.is_some()),
                    (_, None) => {
                        return Err(RuntimeError::Fatal("Variable is not an object.").into())
                    }
                    (1, Some(o)) => Value::text(&o.class.name),
                    _ => Value::Int(0),
                };
                drop(v);
                self.push(r);
                Ok(())
            }
            _ => Err(RuntimeError::BadStatementOp.into()),
        }
    }

    /// `OBJECT(name, args)`: loads the CLASS module, makes the object in
    /// place of the name on the stack and runs its CREATE.OBJECT.
    fn object_new(&mut self, argc: usize) -> Result<(), Step> {
        let base = self.stack.len().saturating_sub(argc + 1);
        let name = self.stack[base].to_bytes(4).into_owned();
        let name = String::from_utf8_lossy(&name).trim().to_ascii_uppercase();
        let class = self.load_routine(&name)?;
        let Some(info) = class.class.as_ref() else {
            return Err(fail(format!("{name} is not a CLASS module")));
        };
        let size = class.commons.get(info.block).map_or(0, |c| c.1);
        let block = match self.sess.class_objects.free.pop() {
            Some(b) => b,
            None => {
                self.sess.commons.push(Vec::new());
                self.sess.common_names.push("*".into());
                self.sess.commons.len() - 1
            }
        };
        let mut vars = vec![Value::Unassigned; size];
        for &(i, rows, cols) in &info.matrices {
            if let Some(v) = vars.get_mut(i) {
                *v = Value::Mat(Rc::new(Matrix::new(rows, cols)));
            }
        }
        self.sess.commons[block] = vars;
        let create = info.member("CREATE.OBJECT").map_or(0, |m| m.set);
        let obj = Value::handle(Rc::new(ClassObject {
            class: class.clone(),
            block,
            inherits: RefCell::new(Vec::new()),
            destructor_run: false,
            released: self.sess.class_objects.released.clone(),
        }));
        self.stack[base] = obj.clone();
        if create == 0 {
            // no CREATE.OBJECT: arguments are not used
            self.drop_args(base + 1);
            return Ok(());
        }
        self.enter_method(obj, create, argc)
    }

    /// Discards the arguments from stack index `from` and their pending
    /// references.
    fn drop_args(&mut self, from: usize) {
        self.stack.truncate(from);
        while self.pending_refs.last().is_some_and(|p| p.0 >= from) {
            self.pending_refs.pop();
        }
    }

    /// Removes the value at stack index `at` (the object below a call's
    /// arguments); the arguments' pending references move down with them.
    fn remove_below_args(&mut self, at: usize) -> Value {
        let v = self.stack.remove(at);
        for p in self.pending_refs.iter_mut().rev() {
            if p.0 <= at {
                break;
            }
            p.0 -= 1;
        }
        v
    }

    /// `obj->name(args)` read (`set` false) or statement (`set`): the
    /// object lies below the `argc` arguments.
    fn object_ref(&mut self, name: &str, argc: usize, set: bool) -> Result<(), Step> {
        let base = self.stack.len().saturating_sub(argc + 1);
        let obj = self.stack[base].clone();
        if object_of(&obj).is_none() {
            return Err(RuntimeError::Fatal("Invalid object reference").into());
        }
        match find(&obj, name, set)? {
            Some(Found::Routine(owner, key)) => {
                self.remove_below_args(base);
                self.enter_method(owner, key, argc)
            }
            Some(Found::Var(owner, i)) => {
                let block = object_of(&owner).map_or(0, |o| o.block);
                self.object_var(block, i, base, argc, set)?;
                self.release_pending()
            }
            None => match find_undefined(&obj, set) {
                // UNDEFINED(name, args): the name in place of the object
                Some(Found::Routine(owner, key)) => {
                    self.stack[base] = Value::text(name);
                    self.enter_method_with(owner, key, argc + 1, true)
                }
                _ => Err(fail(format!("Unrecognised property/method name ({name})."))),
            },
        }
    }

    /// `obj->name(args)` of a PUBLIC variable (object variable `i` of the
    /// object's block): a scalar takes no index, a matrix one per dimension
    /// (a statement's value follows them). The object and its arguments
    /// lie from stack index `base`.
    fn object_var(
        &mut self,
        block: usize,
        i: usize,
        base: usize,
        argc: usize,
        set: bool,
    ) -> Result<(), Step> {
        let dims = match &self.sess.commons[block][i] {
            Value::Mat(m) if m.cols == 0 => 1,
            Value::Mat(_) => 2,
            _ => 0,
        };
        if argc != dims + usize::from(set) {
            return Err(fail(ARG_MISMATCH.into()));
        }
        // the element of a matrix: ScarletDME's index rules (a zero row or
        // column of a two-dimensional matrix is element 0)
        let elem = if dims == 0 {
            None
        } else {
            let at = base + 1;
            let r = crate::value::ops::to_int(&self.arg_value(at))?;
            let c = match dims {
                2 => Some(crate::value::ops::to_int(&self.arg_value(at + 1))?),
                _ => None,
            };
            match &self.sess.commons[block][i] {
                Value::Mat(m) => match m.index(r, c) {
                    Some(e) => Some(e),
                    // the message names no variable: the object's is unknown
                    None => return Err(RuntimeError::SubscriptOutOfRange(String::new()).into()),
                },
                _ => None,
            }
        };
        if set {
            let v = self.pop();
            self.drop_args(base);
            let slot = &mut self.sess.commons[block][i];
            let old = match (elem, slot) {
                (Some(e), Value::Mat(m)) => std::mem::replace(&mut Rc::make_mut(m).elems[e], v),
                (_, slot) => std::mem::replace(slot, v),
            };
            drop(old);
            return Ok(());
        }
        let v = match (elem, &self.sess.commons[block][i]) {
            (Some(e), Value::Mat(m)) => m.elems[e].clone(),
            (_, v) => v.clone(),
        };
        if v.is_unassigned() {
            return Err(RuntimeError::Value(crate::value::ops::ValueError::Unassigned).into());
        }
        self.drop_args(base);
        self.push(v);
        Ok(())
    }

    /// The value of the argument at stack index `at`: a variable passed by
    /// reference is read where it lives (its stack slot is a placeholder).
    fn arg_value(&self, at: usize) -> Value {
        match self.pending_refs.iter().rev().find(|p| p.0 == at) {
            Some(&(_, l)) => self.loc_ref(l).clone(),
            None => self.stack[at].clone(),
        }
    }

    /// Runs routine `key` of object `obj` with the `argc` arguments on the
    /// stack, as a new frame of the class chunk.
    fn enter_method(&mut self, obj: Value, key: u32, argc: usize) -> Result<(), Step> {
        self.enter_method_with(obj, key, argc, false)
    }

    /// [`Vm::enter_method`]; `undefined`: an UNDEFINED routine, which may
    /// be passed any number of arguments below the module's MAX.ARGS (those
    /// it does not name stay unassigned).
    fn enter_method_with(
        &mut self,
        obj: Value,
        key: u32,
        argc: usize,
        undefined: bool,
    ) -> Result<(), Step> {
        let Some(class) = object_of(&obj).map(|o| o.class.clone()) else {
            return Err(RuntimeError::Fatal("Invalid object reference").into());
        };
        let block = object_of(&obj).map_or(0, |o| o.block);
        let Some(info) = class.class.as_ref() else {
            return Err(RuntimeError::Fatal("Invalid object reference").into());
        };
        let Some(r) = info.routines.get(key as usize - 1).cloned() else {
            return Err(RuntimeError::BadStatementOp.into());
        };
        let n = r.nargs as usize;
        let bad = if undefined {
            argc >= class.nparams
        } else {
            argc > n || (argc < n && !r.var_args)
        };
        if bad {
            return Err(fail(ARG_MISMATCH.into()));
        }
        let obj_block = info.block;
        self.push_frame(class, argc, r.returns)?;
        self.cur.ip = r.entry as usize;
        if let Some(m) = self.cur.common_map.get_mut(obj_block) {
            *m = block;
        }
        self.cur.object = Some(obj);
        Ok(())
    }

    /// INHERIT / DISINHERIT of object `v` by the current routine's object.
    fn inherit(&mut self, v: Value, disinherit: bool) -> Result<(), Step> {
        let Some(me) = self.cur.object.clone() else {
            return Err(RuntimeError::Fatal(if disinherit {
                "DISINHERIT not in class."
            } else {
                "INHERIT not in class."
            })
            .into());
        };
        let Some(target) = object_of(&v) else {
            return Err(RuntimeError::Fatal("Object variable required").into());
        };
        let Some(me) = object_of(&me) else {
            return Ok(());
        };
        let mut list = me.inherits.borrow_mut();
        if !disinherit {
            list.push(v.clone());
            return Ok(());
        }
        // as ScarletDME does, the search starts after the first inherited
        // object: the first one stays inherited
        let at = list
            .iter()
            .skip(1)
            .position(|x| object_of(x).is_some_and(|o| std::ptr::eq(o, target)));
        let gone = at.map(|i| list.remove(i + 1));
        drop(list);
        drop(gone);
        drop(v);
        self.release_pending()
    }

    /// Cleans up released objects if there are some.
    fn release_pending(&mut self) -> Result<(), Step> {
        if self.sess.class_objects.pending() {
            self.release_objects()?;
        }
        Ok(())
    }

    /// Cleans up the released objects: the objects each inherited are
    /// released, its DESTROY.OBJECT runs (as ScarletDME runs it, once),
    /// then its variables are released and its block freed.
    pub(super) fn release_objects(&mut self) -> Result<(), Step> {
        while let Some(r) = self.sess.class_objects.next_released() {
            drop(r.inherits);
            let destroy = if r.destructor_run {
                None
            } else {
                r.class
                    .class
                    .as_ref()
                    .and_then(|c| c.member("DESTROY.OBJECT"))
                    .filter(|m| m.var == 0 && m.set != 0)
                    .map(|m| m.set)
                    .filter(|&k| {
                        r.class
                            .class
                            .as_ref()
                            .and_then(|c| c.routines.get(k as usize - 1))
                            .is_some_and(|x| x.nargs == 0)
                    })
            };
            match destroy {
                Some(key) => {
                    // the object lives again while its destructor runs,
                    // marked so that its next release frees it
                    let obj = Value::handle(Rc::new(ClassObject {
                        class: r.class,
                        block: r.block,
                        inherits: RefCell::new(Vec::new()),
                        destructor_run: true,
                        released: self.sess.class_objects.released.clone(),
                    }));
                    let floor = self.return_floor;
                    self.enter_method(obj, key, 0)?;
                    self.return_floor = self.frames.len();
                    let done = self.exec_loop();
                    self.return_floor = floor;
                    done?;
                }
                None => {
                    let vars = std::mem::take(&mut self.sess.commons[r.block]);
                    drop(vars);
                    self.sess.class_objects.free.push(r.block);
                }
            }
        }
        Ok(())
    }

    /// At the end of a program level (its end, STOP, CHAIN, or a fatal
    /// error or ABORT once its message is out): the variables of each
    /// routine still active let go of their objects, whose destructors run,
    /// innermost routine first, each routine's in variable order, as
    /// ScarletDME unwinds. The level is left at its main program, with no
    /// variables.
    pub fn end_objects(&mut self) {
        loop {
            let vars = std::mem::take(&mut self.cur.vars);
            let saves = std::mem::take(&mut self.cur.local_saves);
            let me = self.cur.object.take();
            drop(vars);
            drop(saves);
            drop(me);
            self.stack.clear();
            self.pending_refs.clear();
            // a destructor that fails ends its own run only
            let _ = self.release_objects();
            match self.frames.pop() {
                Some(caller) => self.cur = caller,
                None => break,
            }
        }
    }
}
