//! Which variable a failed operand came from, for ScarletDME's run-time
//! messages that name it (`Non-numeric where numeric required in X`,
//! `... in M(2,1)`, `... in /BLK/V`).
//!
//! ScarletDME's operands are references to variables, so its error handler
//! knows the variable; mvbasic's operand stack holds values. The failing
//! instruction's operands are traced back through the instructions that
//! pushed them (within the expression: no jumps crossed); an operand pushed
//! by a variable or matrix-element load is named when the variable still
//! holds the bad value. Operands are checked in ScarletDME's order, the last
//! pushed (right-hand) first: `X + Y` with both non-numeric names Y.

use super::Vm;
use crate::bytecode::intrinsics::{self, I};
use crate::bytecode::{Op, VarRef, COMMON_BIT};
use crate::value::Value;

/// Where an operand on the stack came from.
enum Source {
    /// A variable's value.
    Var(VarRef),
    /// A matrix element: the matrix and its index operands' sources.
    Elem(VarRef, Vec<Source>),
    /// A constant.
    Const(Value),
    /// Anything else (an expression's result).
    Unknown,
}

/// How far back the trace looks (an expression's instructions).
const WINDOW: usize = 64;

/// Stack effect (values popped, values pushed) of the instructions an
/// expression is made of; `None` ends the trace (control flow, statements).
fn effect(op: &Op) -> Option<(usize, usize)> {
    use Op::*;
    Some(match op {
        Const(_) | Int(_) | Empty | Load(_) | LoadRaw(_) | Take(_) | TakeAssigned(_)
        | Assigned(_) | LoadAt(_) => (0, 1),
        Load2(..) | LoadInt(..) => (0, 2),
        Dup => (1, 2),
        Add | Sub | Mul | Div | Pow | Cat | Eq | Ne | Lt | Gt | Le | Ge | And | Or | Matches
        | Fmt | Substr1 => (2, 1),
        Neg | Not | AddK(_) | MulK(_) | ModK(_) | ForStart => (1, 1),
        Mod => (2, 1),
        Substr => (3, 1),
        Extract(n) => (*n as usize + 1, 1),
        ElemLoad(_, n) => ((*n & 0x7f) as usize, 1),
        // a matrix element passed by reference to a call
        ElemTake(_, n) => (*n as usize, 1),
        // the temporaries that hold such an element's indices
        Store(_) => (1, 0),
        Intr(_, argc) => (*argc as usize, 1),
        _ => return None,
    })
}

/// The operands (depth from the top of the stack before it ran, in the
/// order ScarletDME checks them) of the instruction that failed, and the
/// variable it works on in place, if any.
fn operands(op: &Op) -> (Vec<usize>, Option<VarRef>) {
    use Op::*;
    match op {
        Add | Sub | Mul | Div | Pow | Mod | Substr1 => (vec![0, 1], None),
        Neg | Not | JumpF(_) | JumpT(_) | OnGo(..) => (vec![0], None),
        // the fused forms: their constant operand is always numeric
        AddK(_) | MulK(_) | ModK(_) | ForStart | CmpKJumpF(..) => (vec![0], None),
        // NEXT fused with its test: the limit on top, the variable in place
        ForNext(_, r, _) => (vec![0], Some(*r)),
        AddTo(r) => (vec![0], Some(*r)),
        ForIncr(r, _) => (vec![], Some(*r)),
        // the limit (the start value is not named, as in ScarletDME)
        ForCmp => (vec![1], None),
        ForTest(..) => (vec![0], None),
        Substr => (vec![0, 1, 2], None),
        Extract(n) => ((0..=*n as usize).collect(), None),
        // element-by-element functions fail on an element: ScarletDME
        // names no variable
        Intr(id, _) if element_wise(intrinsics::id(*id)) => (vec![], None),
        // OCONV takes its source's value first (k_get_value): a non-numeric
        // source is not named (`OCONV(X, "MT")`, X = "abc")
        Intr(id, _) if intrinsics::id(*id) == I::Oconv => (vec![], None),
        Intr(_, n) | Ext(_, n) | Sys(_, n) => ((0..*n as usize).collect(), None),
        _ => (vec![], None),
    }
}

/// The functions that work on each element of a dynamic array.
fn element_wise(i: I) -> bool {
    matches!(
        i,
        I::Abss
            | I::Negs
            | I::Mods
            | I::Spaces
            | I::Strs
            | I::Chars
            | I::Sum
            | I::Summation
            | I::Maximum
            | I::Minimum
            | I::Fmts
            | I::Oconvs
            | I::Iconvs
    )
}

impl Vm {
    /// The name of the variable (`X`, `M(2)`, `/BLK/V`) whose value made
    /// the instruction that just failed fail, as `bad` tells bad values.
    pub(super) fn failed_operand_name(&self, bad: impl Fn(&Value) -> bool) -> Option<String> {
        let ops = &self.cur.chunk.ops;
        let at = self.cur.ip.checked_sub(1)?;
        let (depths, in_place) = operands(ops.get(at)?);
        for d in depths {
            match self.operand_value(&self.trace(at, d)) {
                Some((v, name)) if bad(&v) => return name,
                _ => {}
            }
        }
        let r = in_place?;
        bad(self.var(r)).then(|| self.qualified_name(r))
    }

    /// The variable (`X`, `M(2)`, `/BLK/V`) that argument `arg` (0-based) of
    /// the `argc` arguments of the call that just ran came from, if it was
    /// a variable or matrix element.
    pub(super) fn call_arg_name(&self, argc: usize, arg: usize) -> Option<String> {
        let at = self.cur.ip.checked_sub(1)?;
        let depth = argc.checked_sub(arg + 1)?;
        match self.trace(at, depth) {
            Source::Var(r) => Some(self.qualified_name(r)),
            s @ Source::Elem(..) => self.operand_value(&s)?.1,
            _ => None,
        }
    }

    /// The source of the value at `depth` below the top of the stack just
    /// before instruction `at` ran.
    fn trace(&self, at: usize, mut depth: usize) -> Source {
        let ops = &self.cur.chunk.ops;
        for j in (at.saturating_sub(WINDOW)..at).rev() {
            let op = &ops[j];
            let Some((pops, pushes)) = effect(op) else {
                return Source::Unknown;
            };
            if depth >= pushes {
                depth = depth - pushes + pops;
                continue;
            }
            let from_top = pushes - 1 - depth;
            return match (op, from_top) {
                (Op::Load(r) | Op::LoadRaw(r) | Op::Take(r) | Op::TakeAssigned(r), 0) => {
                    Source::Var(*r)
                }
                (Op::Load2(a, _), 0) | (Op::LoadInt(a, _), 0) => Source::Var(*a),
                (Op::Load2(_, b), 1) => Source::Var(*b),
                (Op::LoadInt(_, i), 1) => Source::Const(Value::Int(*i as i64)),
                (Op::Int(i), _) => Source::Const(Value::Int(*i as i64)),
                (Op::Empty, _) => Source::Const(Value::empty()),
                (Op::Const(k), _) => self
                    .cur
                    .chunk
                    .consts
                    .get(*k as usize)
                    .map_or(Source::Unknown, |v| Source::Const(v.clone())),
                (Op::ElemTake(r, n), _) => {
                    let n = *n as usize;
                    let idx = (0..n).rev().map(|d| self.trace(j, d)).collect();
                    Source::Elem(*r, idx)
                }
                (Op::ElemLoad(r, n), _) => {
                    let n = (*n & 0x7f) as usize;
                    // the first index was pushed first: deepest
                    let idx = (0..n).rev().map(|d| self.trace(j, d)).collect();
                    Source::Elem(*r, idx)
                }
                _ => Source::Unknown,
            };
        }
        Source::Unknown
    }

    /// An operand's value as it is now, with its variable's name.
    fn operand_value(&self, s: &Source) -> Option<(Value, Option<String>)> {
        match s {
            Source::Var(r) => Some((self.var(*r).clone(), Some(self.qualified_name(*r)))),
            Source::Const(v) => Some((v.clone(), None)),
            Source::Elem(r, idx) => {
                let mut n = Vec::new();
                for s in idx {
                    let (v, _) = self.operand_value(s)?;
                    n.push(crate::value::ops::to_int(&v).ok()?);
                }
                let Value::Mat(m) = self.var(*r) else {
                    return None;
                };
                let i = m.index(n[0], n.get(1).copied())?;
                let name = format!("{}{}", self.qualified_name(*r), element_suffix(m.cols, i));
                Some((m.elems.get(i)?.clone(), Some(name)))
            }
            Source::Unknown => None,
        }
    }

    /// A variable's name as ScarletDME's messages give it: `X`, or
    /// `/BLOCK/X` for a COMMON variable (`$` the unnamed block).
    pub(super) fn qualified_name(&self, r: VarRef) -> String {
        let name = self.var_name(r);
        if r & COMMON_BIT == 0 {
            return name;
        }
        let b = ((r >> 16) & 0x7fff) as usize;
        let block = self
            .cur
            .chunk
            .commons
            .get(b)
            .map(|c| c.0.as_str())
            .unwrap_or("");
        let block = if block.is_empty() { "$" } else { block };
        format!("/{block}/{name}")
    }
}

/// `(i)` or `(row,col)` for storage index `i` of a matrix with `cols`
/// columns (0: one dimension); element 0 is `(0)` or `(0,0)`.
pub(super) fn element_suffix(cols: usize, i: usize) -> String {
    match (cols, i) {
        (0, i) => format!("({i})"),
        (_, 0) => "(0,0)".into(),
        (c, i) => format!("({},{})", (i - 1) / c + 1, (i - 1) % c + 1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn element_names_follow_the_dimensions() {
        assert_eq!(element_suffix(0, 0), "(0)");
        assert_eq!(element_suffix(0, 3), "(3)");
        assert_eq!(element_suffix(2, 0), "(0,0)");
        assert_eq!(element_suffix(2, 1), "(1,1)");
        assert_eq!(element_suffix(2, 4), "(2,2)");
        assert_eq!(element_suffix(2, 5), "(3,1)");
    }
}
