//! Which unassigned variable a run-time error names when an expression
//! uses several.
//!
//! ScarletDME's loads push references unchecked and each operator checks
//! its operands when it takes them, the top of the stack (the right-hand
//! operand) first: `A + B * C` with all three unassigned names C, `(A : B)
//! + C` names B, `FIELD(A, B, C)` names C. mvbasic's loads check at once,
//! which costs the hot path nothing. When a load finds its variable
//! unassigned, the rest of the expression is replayed from there on a
//! model stack (values, and markers for unassigned variables and matrix
//! elements; no side effects) until an operator takes a marker: the first
//! marker that operator checks is the variable named. Where the model
//! cannot follow (a call, a statement, an operator whose order is not
//! known, a non-arithmetic operand checked first that would fail for
//! another reason), the error names the variable whose load failed, as
//! before. An arithmetic operator whose operand checked first is assigned
//! but not a number stops with ScarletDME's error for that: `A + B` with A
//! unassigned and B = "abc" is `Non-numeric where numeric required in B`.

use super::operand_name::element_suffix;
use super::run_error::{RunError, RuntimeError};
use super::{Halt, Step, Vm};
use crate::bytecode::intrinsics::{self, I};
use crate::bytecode::{Op, VarRef};
use crate::value::ops::{compare, to_num, truth, ValueError};
use crate::value::Value;

/// An operand on the model stack.
#[derive(Clone)]
pub(super) enum Slot {
    /// An unassigned variable.
    Var(VarRef),
    /// An unassigned matrix element, by its name (`M(2)`).
    Elem(String),
    /// A value, when known (an operator's result is not computed), and
    /// the variable or element it was loaded from.
    Val(Option<Value>, Option<String>),
}

/// How many instructions the replay follows.
const STEPS: usize = 256;

/// How an instruction takes its operands: each as (depth below the top of
/// the stack, numeric), in the order ScarletDME checks them.
type Checks = &'static [(usize, bool)];

const TOP: Checks = &[(0, false)];
const TOP_NUM: Checks = &[(0, true)];
const TWO: Checks = &[(0, false), (1, false)];
const TWO_NUM: Checks = &[(0, true), (1, true)];
const THREE: Checks = &[(0, false), (1, false), (2, false)];
const FOUR: Checks = &[(0, false), (1, false), (2, false), (3, false)];
const FIVE: Checks = &[(0, false), (1, false), (2, false), (3, false), (4, false)];
/// `S[start, len]`: the length, the start, then the string.
const SUBSTR: Checks = &[(0, true), (1, true), (2, false)];
/// `S[n]`.
const SUBSTR1: Checks = &[(0, true), (1, false)];
/// `SUBSTRINGS(S, start, len)`: the string first, then the length.
const SUBSTRINGS: Checks = &[(2, false), (0, true), (1, true)];
/// `X[start, len] = value`: the value, the length, the start.
const STORE_SUBSTR: Checks = &[(0, false), (1, true), (2, true)];
/// `M(i) = value`, `M(i, j) = value`: the indices (the last first), then
/// the value.
const ELEM_STORE: [Checks; 2] = [
    &[(1, true), (0, false)],
    &[(1, true), (2, true), (0, false)],
];
/// `X<f[,v[,s]]> = value`: the value, then the indices from the last.
const STORE_FIELD: [Checks; 3] = [
    &[(0, false), (1, true)],
    &[(0, false), (1, true), (2, true)],
    &[(0, false), (1, true), (2, true), (3, true)],
];
/// `X<f>`, `X<f,v>`, `X<f,v,s>`: the indices from the last, then X.
const EXTRACT: [Checks; 3] = [
    &[(0, true), (1, false)],
    &[(0, true), (1, true), (2, false)],
    &[(0, true), (1, true), (2, true), (3, false)],
];

/// Whether a value checked as a number would stop ScarletDME with another
/// error first (non-numeric; a dynamic array is a numeric array).
fn fails_as_number(v: &Value) -> bool {
    to_num(v).is_err() && !v.to_bytes(4).iter().any(|&b| (0xfc..=0xfe).contains(&b))
}

/// The check order of intrinsic `id` called with `argc` arguments, where
/// it is known (from real ScarletDME: the top of the stack first, except
/// SUBSTRINGS; FOLD with three arguments checks its second first, and
/// SUBSTITUTE its first: not modelled); `None` ends the replay.
fn intrinsic_checks(id: I, argc: usize) -> Option<Checks> {
    use I::*;
    if argc == 1 {
        return match id {
            Assigned | Unassigned | Reuse => None,
            _ => Some(TOP),
        };
    }
    let top_first = matches!(
        id,
        Field
            | Index
            | Oconv
            | Iconv
            | Mod
            | Dcount
            | Count
            | Change
            | Insert
            | Replace
            | Extract
            | Delete
            | Str
            | Fmt
            | Convert
            | Matchfield
            | Cats
            | Trim
            | Ifs
            | Max
            | Min
            | Rem
            | Div
            | Pwr
            | Compare
            | Bitand
            | Bitor
            | Bitxor
            | Shift
            | Idiv
            | Rdiv
            | Eqs
            | Nes
            | Lts
            | Ands
            | Mods
            | Fields
            | Fmts
            | Oconvs
            | Iconvs
            | Strs
            | Splice
            | Indexs
            | Counts
    ) || (id == Fold && argc == 2);
    match (id, argc) {
        (Substrings, 3) => Some(SUBSTRINGS),
        (_, 2) if top_first => Some(TWO),
        (_, 3) if top_first => Some(THREE),
        (_, 4) if top_first => Some(FOUR),
        (_, 5) if top_first => Some(FIVE),
        _ => None,
    }
}

/// The result of taking one instruction's operands.
enum Taken {
    /// An operand checked is unassigned: the error.
    Unset(RuntimeError),
    /// An arithmetic operand checked first is not a number: the error and
    /// the variable it came from.
    NonNumeric(ValueError, Option<String>),
    /// All were values (the values, top first).
    Values(Vec<Option<Value>>),
    /// The model cannot say.
    Unknown,
}

/// The model stack over the real one (whose values are all assigned).
struct Model<'a> {
    slots: Vec<Slot>,
    /// The real stack's values not yet taken: `real[..below]`.
    real: &'a [Value],
    below: usize,
    /// Variables the replay stored into (FOR's variable and step), which
    /// its loads read.
    vars: Vec<(VarRef, Slot)>,
}

impl Model<'_> {
    /// What a load of `r` pushes.
    fn load(&self, vm: &Vm, r: VarRef) -> Slot {
        match self.vars.iter().rev().find(|(v, _)| *v == r) {
            Some((_, s)) => s.clone(),
            None => vm.model_load(r),
        }
    }

    /// Whether an unassigned operand is still to be checked.
    fn pending(&self) -> bool {
        let unset = |s: &Slot| !matches!(s, Slot::Val(..));
        self.slots.iter().any(unset) || self.vars.iter().any(|(_, s)| unset(s))
    }

    fn pop(&mut self) -> Option<Slot> {
        if let Some(s) = self.slots.pop() {
            return Some(s);
        }
        self.below = self.below.checked_sub(1)?;
        Some(Slot::Val(Some(self.real[self.below].clone()), None))
    }

    /// Takes `checks.len()` operands and checks them in `checks`' order;
    /// `arith`: a non-numeric operand is the error (else the model stops).
    fn take(&mut self, vm: &Vm, checks: Checks, arith: bool) -> Taken {
        let mut ops = Vec::with_capacity(checks.len());
        for _ in 0..checks.len() {
            match self.pop() {
                Some(s) => ops.push(s),
                None => return Taken::Unknown,
            }
        }
        for &(d, numeric) in checks {
            match &ops[d] {
                Slot::Var(r) => return Taken::Unset(vm.unassigned_error(*r)),
                Slot::Elem(name) => {
                    return Taken::Unset(RuntimeError::UnassignedElement(name.clone()))
                }
                Slot::Val(Some(v), name) if numeric && fails_as_number(v) => {
                    return match to_num(v) {
                        Err(e) if arith => Taken::NonNumeric(e, name.clone()),
                        _ => Taken::Unknown,
                    };
                }
                Slot::Val(..) => {}
            }
        }
        Taken::Values(
            ops.into_iter()
                .map(|s| match s {
                    Slot::Val(v, _) => v,
                    _ => None,
                })
                .collect(),
        )
    }
}

impl Vm {
    /// The error for an instruction that found an unassigned operand while
    /// pushing `pushed` (its slots, deepest first); `fallback` is the one it
    /// reports when the replay cannot tell.
    #[cold]
    #[inline(never)]
    pub(super) fn unassigned_in_expr(&self, pushed: Vec<Slot>, fallback: RuntimeError) -> Step {
        self.replay(pushed).unwrap_or(Step::Error(fallback))
    }

    /// The error a load of `rs` (one or two variables, pushed in this
    /// order; at least one unassigned) would give in ScarletDME.
    #[cold]
    #[inline(never)]
    pub(super) fn unassigned_load(&self, rs: &[VarRef], then_int: Option<i32>) -> Step {
        let mut slots: Vec<Slot> = rs.iter().map(|&r| self.model_load(r)).collect();
        // the failing load's own choice: the last (top) unassigned
        let first = rs
            .iter()
            .rev()
            .find(|&&r| self.var(r).is_unassigned())
            .map_or(RuntimeError::UnassignedVariable(String::new()), |&r| {
                self.unassigned_error(r)
            });
        if let Some(i) = then_int {
            slots.push(Slot::Val(Some(Value::Int(i as i64)), None));
        }
        self.unassigned_in_expr(slots, first)
    }

    fn unassigned_error(&self, r: VarRef) -> RuntimeError {
        RuntimeError::UnassignedVariable(self.var_name(r))
    }

    /// What a load of `r` pushes on the model stack.
    fn model_load(&self, r: VarRef) -> Slot {
        let v = self.var(r);
        if v.is_unassigned() {
            Slot::Var(r)
        } else {
            Slot::Val(Some(v.clone()), Some(self.qualified_name(r)))
        }
    }

    /// The model stack's slot for element `idx` of matrix `r`.
    fn model_elem(&self, r: VarRef, idx: &[Option<Value>]) -> Option<Slot> {
        // the indices, deepest (first) first
        let mut n = Vec::with_capacity(idx.len());
        for v in idx.iter().rev() {
            n.push(crate::value::ops::to_int(v.as_ref()?).ok()?);
        }
        let Value::Mat(m) = self.var(r) else {
            return None;
        };
        // an element load always has an index; the replay gives up without one
        let i = m.index(*n.first()?, n.get(1).copied())?;
        let v = m.elems.get(i)?;
        let name = self.qualified_name(r) + &element_suffix(m.cols, i);
        Some(if v.is_unassigned() {
            Slot::Elem(name)
        } else {
            Slot::Val(Some(v.clone()), Some(name))
        })
    }

    /// Runs the model from the instruction after the failing one; the
    /// error of the first operator that takes an unassigned operand (or a
    /// non-numeric one before it).
    fn replay(&self, slots: Vec<Slot>) -> Option<Step> {
        let chunk = &self.cur.chunk;
        let mut m = Model {
            slots,
            real: &self.stack,
            below: self.stack.len(),
            vars: Vec::new(),
        };
        let mut ip = self.cur.ip;
        let prec = self.cur.precision;
        for _ in 0..STEPS {
            let op = *chunk.ops.get(ip)?;
            ip += 1;
            let checks: Checks = match op {
                Op::Const(k) => {
                    m.slots
                        .push(Slot::Val(chunk.consts.get(k as usize).cloned(), None));
                    continue;
                }
                Op::Int(i) => {
                    m.slots.push(Slot::Val(Some(Value::Int(i as i64)), None));
                    continue;
                }
                Op::Empty => {
                    m.slots.push(Slot::Val(Some(Value::empty()), None));
                    continue;
                }
                Op::LoadAt(_) => {
                    m.slots.push(Slot::Val(None, None));
                    continue;
                }
                Op::Load(r) => {
                    m.slots.push(m.load(self, r));
                    continue;
                }
                Op::Load2(a, b) => {
                    m.slots.push(m.load(self, a));
                    m.slots.push(m.load(self, b));
                    continue;
                }
                Op::LoadInt(r, i) => {
                    m.slots.push(m.load(self, r));
                    m.slots.push(Slot::Val(Some(Value::Int(i as i64)), None));
                    continue;
                }
                Op::Dup => {
                    let s = m.pop()?;
                    m.slots.push(s.clone());
                    m.slots.push(s);
                    continue;
                }
                Op::Jump(t) => {
                    ip = t as usize;
                    continue;
                }
                Op::PrintTab => continue,
                // FOR's start: left unchecked until the first test, which
                // checks the step, then the limit, then the start
                Op::ForStart => {
                    let s = match m.pop()? {
                        Slot::Val(Some(v), _) if fails_as_number(&v) => return None,
                        Slot::Val(..) => Slot::Val(None, None),
                        unset => unset,
                    };
                    m.slots.push(s);
                    continue;
                }
                Op::Store(r)
                    if ops_before(&chunk.ops, ip) == Some(Op::ForStart) || !m.vars.is_empty() =>
                {
                    match m.pop()? {
                        // FOR's start into its variable, or a value into
                        // FOR's step slot after it: loads read them
                        s @ Slot::Val(..) => m.vars.push((r, s)),
                        s if ops_before(&chunk.ops, ip) == Some(Op::ForStart) => {
                            m.vars.push((r, s))
                        }
                        Slot::Var(r) => return Some(Step::Error(self.unassigned_error(r))),
                        Slot::Elem(name) => {
                            return Some(Step::Error(RuntimeError::UnassignedElement(name)))
                        }
                    }
                    if !m.pending() {
                        return None;
                    }
                    continue;
                }
                Op::LoadRaw(r) => {
                    let s = match m.vars.iter().rev().find(|(v, _)| *v == r) {
                        Some((_, s)) => s.clone(),
                        None => match self.var(r) {
                            v if v.is_unassigned() => return None,
                            v => Slot::Val(Some(v.clone()), None),
                        },
                    };
                    m.slots.push(s);
                    continue;
                }
                Op::ForCmp => &[(0, true), (1, true), (2, true)],
                Op::Add | Op::Sub | Op::Mul | Op::Div | Op::Pow | Op::Mod => TWO_NUM,
                Op::Cat
                | Op::Eq
                | Op::Ne
                | Op::Lt
                | Op::Gt
                | Op::Le
                | Op::Ge
                | Op::Matches
                | Op::Fmt
                | Op::And
                | Op::Or
                | Op::CmpJumpF(..) => TWO,
                Op::Neg | Op::AddK(_) | Op::MulK(_) | Op::ModK(_) => TOP_NUM,
                Op::Not
                | Op::PrintPart
                | Op::JumpF(_)
                | Op::JumpT(_)
                | Op::CmpKJumpF(..)
                | Op::Store(_)
                | Op::StoreAt(_) => TOP,
                Op::StoreSubstr(_) => STORE_SUBSTR,
                Op::ElemStore(_, n) => *ELEM_STORE.get((n as usize).checked_sub(1)?)?,
                Op::StoreField(_, n) => *STORE_FIELD.get((n as usize).checked_sub(1)?)?,
                Op::Substr => SUBSTR,
                Op::Substr1 => SUBSTR1,
                Op::Extract(n) => *EXTRACT.get((n as usize).checked_sub(1)?)?,
                Op::Intr(id, argc) => intrinsic_checks(intrinsics::id(id), argc as usize)?,
                Op::ElemLoad(r, n) if n & 0x80 == 0 => {
                    // the indices are checked, the last first, when the
                    // element is loaded; the element when it is used
                    let nd = n as usize;
                    let checks: Checks = match nd {
                        1 => TOP_NUM,
                        2 => TWO_NUM,
                        _ => return None,
                    };
                    match m.take(self, checks, false) {
                        Taken::Unset(e) => return Some(Step::Error(e)),
                        Taken::NonNumeric(..) | Taken::Unknown => return None,
                        Taken::Values(idx) => {
                            let s = self.model_elem(r, &idx)?;
                            m.slots.push(s);
                        }
                    }
                    continue;
                }
                _ => return None,
            };
            let arith = matches!(
                op,
                Op::Add
                    | Op::Sub
                    | Op::Mul
                    | Op::Div
                    | Op::Pow
                    | Op::Mod
                    | Op::Neg
                    | Op::AddK(_)
                    | Op::MulK(_)
                    | Op::ModK(_)
            );
            let vals = match m.take(self, checks, arith) {
                Taken::Unset(e) => return Some(Step::Error(e)),
                Taken::NonNumeric(e, operand) => {
                    // the error at the operator's line, naming its operand
                    return Some(Step::Halt(Halt::Error(Box::new(RunError {
                        program: chunk.name.clone(),
                        line: chunk.lines.get(ip - 1).copied().unwrap_or(0),
                        error: RuntimeError::Value(e),
                        operand,
                    }))));
                }
                Taken::Unknown => return None,
                Taken::Values(v) => v,
            };
            // where the instruction goes on, with its result
            match op {
                // the statement stores: nothing unassigned was checked
                Op::Store(_)
                | Op::StoreAt(_)
                | Op::StoreSubstr(_)
                | Op::ElemStore(..)
                | Op::StoreField(..) => return None,
                Op::PrintPart => {}
                Op::JumpF(t) | Op::JumpT(t) => {
                    let c = truth(vals[0].as_ref()?).ok()?;
                    if c == matches!(op, Op::JumpT(_)) {
                        ip = t as usize;
                    }
                }
                Op::CmpJumpF(kind, t) => {
                    let o = compare(vals[1].as_ref()?, vals[0].as_ref()?, prec).ok()?;
                    if !super::fused::cmp_kind(kind, o) {
                        ip = t as usize;
                    }
                }
                Op::CmpKJumpF(kind, k, t) => {
                    let o = compare(vals[0].as_ref()?, &Value::Int(k as i64), prec).ok()?;
                    if !super::fused::cmp_kind(kind, o) {
                        ip = t as usize;
                    }
                }
                _ => m.slots.push(Slot::Val(None, None)),
            }
        }
        None
    }
}

/// The instruction before the one at `ip - 1` (the one being replayed).
fn ops_before(ops: &[Op], ip: usize) -> Option<Op> {
    ops.get(ip.checked_sub(2)?).copied()
}
