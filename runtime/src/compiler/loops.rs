//! Loops: LOOP ... REPEAT, FOR ... NEXT, and the statements that leave or
//! test the innermost loop (EXIT, CONTINUE, WHILE/UNTIL and DO as
//! statements of a loop body).

use super::expr::Src;
use super::{Compiler, LoopCtx};
use crate::bytecode::*;
use crate::syntax::ast::*;

impl Compiler<'_> {
    /// LOOP ... REPEAT with its WHILE/UNTIL tests.
    pub(super) fn loop_stmt(&mut self, parts: &[LoopPart]) {
        let top = self.here();
        self.loops.push(LoopCtx {
            breaks: Vec::new(),
            conts: Vec::new(),
        });
        for p in parts {
            match p {
                LoopPart::Body(b) => self.block(b),
                LoopPart::While(c, rline) | LoopPart::Until(c, rline) => {
                    self.rline = *rline;
                    self.expr(c);
                    let j = self.emit(match p {
                        LoopPart::While(..) => Op::JumpF(0),
                        _ => Op::JumpT(0),
                    });
                    if let Some(l) = self.loops.last_mut() {
                        l.breaks.push(j);
                    }
                }
            }
        }
        self.emit(Op::Jump(top));
        self.close_loop(top);
    }

    /// EXIT, CONTINUE, a WHILE/UNTIL statement and DO, which act on the
    /// innermost LOOP or FOR.
    pub(super) fn loop_jump(&mut self, kind: &StmtKind) {
        match kind {
            StmtKind::Exit => {
                let j = self.emit(Op::Jump(0));
                match self.loops.last_mut() {
                    Some(l) => l.breaks.push(j),
                    None => self.error("Misplaced EXIT"),
                }
            }
            StmtKind::LoopTest { until, cond, rline } => {
                self.rline = *rline;
                self.expr(cond);
                let j = self.emit(if *until { Op::JumpT(0) } else { Op::JumpF(0) });
                match self.loops.last_mut() {
                    Some(l) => l.breaks.push(j),
                    None => self.error(format!(
                        "Misplaced {}",
                        if *until { "UNTIL" } else { "WHILE" }
                    )),
                }
            }
            StmtKind::Do if self.loops.is_empty() => self.error("Misplaced DO"),
            StmtKind::Continue => {
                let j = self.emit(Op::Jump(0));
                match self.loops.last_mut() {
                    Some(l) => l.conts.push(j),
                    None => self.error("Misplaced CONTINUE"),
                }
            }
            _ => {}
        }
    }

    pub(super) fn for_stmt(
        &mut self,
        var: &Expr,
        from: &Expr,
        to: &Expr,
        step: &Option<Expr>,
        cond: &Option<(bool, Expr)>,
        body: &[Stmt],
    ) {
        let (for_line, for_rline) = (self.line, self.rline);
        // ScarletDME stores the start value as a number: "" starts at 0,
        // "007" at 7, "abc" is Non-numeric
        if matches!(from, Expr::Num(_)) {
            self.store(var, Src::Expr(from));
        } else if matches!(var, Expr::Var(_)) {
            self.expr(from);
            self.emit(Op::ForStart);
            self.store(var, Src::Stack);
        } else {
            // a matrix element: its indices are evaluated before the value
            let start = Expr::Bin(
                BinOp::Add,
                Box::new(from.clone()),
                Box::new(Expr::Num("0".into())),
            );
            self.store(var, Src::Expr(&start));
        }
        // The step lives for the whole loop, and a GOSUB from the body may
        // run code compiled before or after this loop: a slot taken from
        // the temp pool would be shared with that code's temps (which
        // clobbered the step of SERAPHIM's housekeeping loop), so the step
        // gets a slot of its own that no other code ever uses.
        let st = self.own_slot();
        match step {
            Some(s) => self.step_value(s),
            None => {
                self.emit(Op::Int(1));
            }
        }
        self.emit(Op::Store(st));
        // initial test
        self.expr(var);
        self.expr(to);
        self.emit(Op::LoadRaw(st));
        self.emit(Op::ForCmp);
        let first_exit = self.emit(Op::JumpF(0));
        let body_top = self.here();
        self.loops.push(LoopCtx {
            breaks: vec![first_exit],
            conts: Vec::new(),
        });
        if let Some((is_while, c)) = cond {
            self.expr(c);
            let j = if *is_while {
                self.emit(Op::JumpF(0))
            } else {
                self.emit(Op::JumpT(0))
            };
            if let Some(l) = self.loops.last_mut() {
                l.breaks.push(j);
            }
        }
        self.block(body);
        // ScarletDME runs the increment and test as part of the FOR line:
        // an error there (a non-numeric loop variable) is at the FOR's line
        self.line = for_line;
        self.rline = for_rline;
        let cont = self.here();
        // BCOMP evaluates STEP, like the limit, every time round: a body
        // that changes the step's variables changes the step
        if let Some(s) = step.as_ref().filter(|s| !is_constant(s)) {
            self.step_value(s);
            self.emit(Op::Store(st));
        }
        let simple = match var {
            Expr::Var(n) if !self.dims.contains(n) && st <= u16::MAX as u32 => {
                Some(self.var_ref(n))
            }
            _ => None,
        };
        if let (Some(vr), true) = (simple, self.pure(to)) {
            // the limit cannot change the variable: evaluate it first and
            // increment, test, store and branch in one instruction
            self.expr(to);
            self.emit(Op::ForNext(st as u16, vr, body_top));
        } else if let Some(vr) = simple {
            self.emit(Op::ForIncr(vr, st as u16));
            self.expr(to);
            self.emit(Op::ForTest(vr, st as u16));
            self.emit(Op::JumpT(body_top));
        } else {
            self.expr(var);
            self.emit(Op::LoadRaw(st));
            self.emit(Op::Add);
            self.emit(Op::Dup);
            self.expr(to);
            self.emit(Op::LoadRaw(st));
            self.emit(Op::ForCmp);
            let jf = self.emit(Op::JumpF(0));
            self.store(var, Src::Stack);
            self.emit(Op::Jump(body_top));
            self.patch(jf);
            self.emit(Op::Pop);
        }
        self.close_loop(cont);
        // The step slot is never returned to the pool (see above).
    }

    /// Pushes FOR's step as a number: a non-numeric step is reported by
    /// its variable's name, as ScarletDME does.
    fn step_value(&mut self, s: &Expr) {
        if is_constant(s) {
            self.expr(s);
            return;
        }
        let numeric = Expr::Bin(
            BinOp::Add,
            Box::new(s.clone()),
            Box::new(Expr::Num("0".into())),
        );
        self.expr(&numeric);
    }

    /// Ends the innermost loop: its EXITs jump here, its CONTINUEs to
    /// `cont`.
    fn close_loop(&mut self, cont: u32) {
        let ctx = self.loops.pop().unwrap_or(LoopCtx {
            breaks: vec![],
            conts: vec![],
        });
        for b in ctx.breaks {
            self.patch(b);
        }
        for c in ctx.conts {
            self.patch_to(c, cont);
        }
    }
}

/// A literal (possibly signed): the same value every time it is evaluated.
fn is_constant(e: &Expr) -> bool {
    match e {
        Expr::Num(_) | Expr::Str(_) => true,
        Expr::Neg(x) | Expr::Pos(x) | Expr::Paren(x) => is_constant(x),
        _ => false,
    }
}
