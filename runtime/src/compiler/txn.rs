//! BEGIN TRANSACTION blocks as ScarletDME compiles them: the block starts
//! a transaction; COMMIT commits it and leaves the block; ROLLBACK, and
//! reaching END TRANSACTION without a COMMIT, roll it back.

use super::Compiler;
use crate::bytecode::statement_ops::Sys;
use crate::bytecode::Op;
use crate::syntax::ast::Stmt;

/// The jumps of one open BEGIN TRANSACTION block, patched at its end.
#[derive(Default)]
pub(super) struct TxnCtx {
    /// After COMMIT: to the end of the block, past the rollback.
    commits: Vec<usize>,
    /// ROLLBACK: to the rollback at END TRANSACTION.
    rollbacks: Vec<usize>,
}

impl Compiler<'_> {
    /// `BEGIN TRANSACTION body END TRANSACTION`.
    pub(super) fn transaction_block(&mut self, body: &[Stmt]) {
        self.sys(Sys::TxnStart, 0);
        self.emit(Op::Pop);
        self.txns.push(TxnCtx::default());
        self.block(body);
        let ctx = self.txns.pop().unwrap_or_default();
        for j in ctx.rollbacks {
            self.patch(j);
        }
        self.sys(Sys::TxnEnd, 0);
        self.emit(Op::Pop);
        for j in ctx.commits {
            self.patch(j);
        }
    }

    /// COMMIT (commits, then leaves the block) or ROLLBACK inside BEGIN
    /// TRANSACTION (the parser rejects them outside one).
    pub(super) fn txn_jump(&mut self, commit: bool) {
        if commit {
            self.sys(Sys::TxnCommit, 0);
            self.emit(Op::Pop);
        }
        let j = self.emit(Op::Jump(0));
        if let Some(ctx) = self.txns.last_mut() {
            if commit {
                ctx.commits.push(j);
            } else {
                ctx.rollbacks.push(j);
            }
        }
    }
}
