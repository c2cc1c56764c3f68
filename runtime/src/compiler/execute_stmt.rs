//! EXECUTE / PERFORM: the command, its clause flags and the PASSLIST
//! variable go to `Sys::Execute`; the captured output, return code and
//! RTNLIST list come back to be stored.

use super::Compiler;
use crate::bytecode::statement_ops::Sys;
use crate::bytecode::*;
use crate::syntax::ast::*;

impl Compiler<'_> {
    /// Compiles `EXECUTE cmd [CAPTURING c] [RETURNING r] [RTNLIST l]
    /// [PASSLIST p] [TRAPPING ABORTS]`.
    pub(super) fn execute_stmt(
        &mut self,
        cmd: &Expr,
        capturing: &Option<Expr>,
        returning: &Option<Expr>,
        rtnlist: &Option<Expr>,
        passlist: &Option<Expr>,
        trapping: bool,
    ) {
        self.expr(cmd);
        self.emit(Op::Int(
            capturing.is_some() as i32
                | (rtnlist.is_some() as i32) << 1
                | (trapping as i32) << 2
                | (passlist.is_some() as i32) << 3,
        ));
        // PASSLIST moves the list out of its variable (left unassigned);
        // its name is for the error when it holds none
        match passlist {
            Some(Expr::Var(name)) => {
                let r = self.var_ref(name);
                self.emit(Op::Take(r));
                self.push_str(name.as_bytes());
            }
            _ => {
                self.emit(Op::Empty);
                self.emit(Op::Empty);
            }
        }
        self.sys(Sys::Execute, 4);
        // stack: captured, returning, rtnlist
        self.store_opt(rtnlist);
        self.store_opt(returning);
        self.store_opt(capturing);
    }
}
