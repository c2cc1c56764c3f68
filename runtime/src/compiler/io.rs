//! Compilation of file, sequential-file and select-list statements: inputs
//! are pushed, the statement op pushes its outputs and a branch code, and
//! the outputs are stored before THEN/ELSE/LOCKED/ON ERROR dispatch.

use super::expr::Src;
use super::{Compiler, ErrorKind};
use crate::bytecode::statement_ops::Sys;
use crate::bytecode::*;
use crate::syntax::ast::*;

impl Compiler<'_> {
    pub(super) fn io_stmt(
        &mut self,
        kw: &str,
        inputs: &[Expr],
        outputs: &[Expr],
        clauses: &Clauses,
    ) {
        let (sys, takes_mat) = match kw {
            "OPEN" => (Sys::Open, false),
            "OPENPATH" => (Sys::OpenPath, false),
            "READ" => (Sys::Read, false),
            "READU" => (Sys::ReadU, false),
            "READL" => (Sys::ReadL, false),
            "READV" => (Sys::ReadV, false),
            "READVU" => (Sys::ReadVU, false),
            "READVL" => (Sys::ReadVL, false),
            "MATREAD" => (Sys::MatRead, true),
            "MATREADU" => (Sys::MatReadU, true),
            "MATREADL" => (Sys::MatReadL, true),
            "WRITE" => (Sys::Write, false),
            "WRITEU" => (Sys::WriteU, false),
            "WRITEV" => (Sys::WriteV, false),
            "WRITEVU" => (Sys::WriteVU, false),
            "MATWRITE" => (Sys::MatWrite, false),
            "MATWRITEU" => (Sys::MatWriteU, false),
            "DELETE" => (Sys::Delete, false),
            "DELETEU" => (Sys::DeleteU, false),
            "RELEASE" => (Sys::Release, false),
            "CLOSE" => (Sys::Close, false),
            "OPENSEQ" => (Sys::OpenSeq, false),
            "READSEQ" => (Sys::ReadSeq, false),
            "WRITESEQ" => (Sys::WriteSeq, false),
            "WRITESEQF" => (Sys::WriteSeqF, false),
            "WRITEBLK" => (Sys::WriteBlk, false),
            "READBLK" => (Sys::ReadBlk, false),
            "WEOFSEQ" => (Sys::WeofSeq, false),
            "CLOSESEQ" => (Sys::CloseSeq, false),
            // NOBUF: unbuffered writes are what mvbasic always does, so
            // it is FLUSH (ScarletDME flushes too, with the same outcomes)
            "FLUSH" | "NOBUF" => (Sys::FlushSeq, false),
            "DELETESEQ" => (Sys::DeleteSeq, false),
            "STATUS" => (Sys::StatusOf, false),
            "SEEK" => (Sys::Seek, false),
            "CREATE" => (Sys::Create, false),
            // FORMLIST is SELECT of a dynamic array (ScarletDME's SELECT
            // of anything but a file forms the list the same way)
            "SELECT" | "SELECTN" | "FORMLIST" => (Sys::Select, false),
            "SELECTE" => (Sys::SelectE, false),
            "SSELECT" => (Sys::SSelect, false),
            "SELECTV" => (Sys::SelectV, false),
            "READNEXT" => (Sys::ReadNext, false),
            "READLIST" => (Sys::ReadList, false),
            "CLEARSELECT" => (Sys::ClearSelect, false),
            "SAVELIST" => (Sys::SaveList, false),
            "GETLIST" => (Sys::GetList, false),
            "DELETELIST" => (Sys::DeleteList, false),
            "CLEARFILE" => (Sys::ClearFile, false),
            "RECORDLOCKL" => (Sys::RecordLockL, false),
            "RECORDLOCKU" => (Sys::RecordLockU, false),
            "LOCK" => (Sys::Lock, false),
            "UNLOCK" => (Sys::Unlock, false),
            "FILELOCK" => (Sys::FileLock, false),
            "FILEUNLOCK" => (Sys::FileUnlock, false),
            "TRANSACTION.START" => (Sys::TxnStart, false),
            "TRANSACTION.COMMIT" => (Sys::TxnCommit, false),
            "TRANSACTION.ABORT" => (Sys::TxnEnd, false),
            "TXN.COMMIT" | "TXN.ROLLBACK" => {
                self.txn_jump(kw == "TXN.COMMIT");
                return;
            }
            "OS.EXECUTE" => (Sys::OsExecute, false),
            "PROCREAD" => (Sys::ProcRead, false),
            "CREATE.FILE" => (Sys::CreateFile, false),
            "SETPU" => (Sys::SetPu, false),
            "SETNLS" => (Sys::SetNls, false),
            "SELECTINDEX" => (Sys::SelectIndex, false),
            "SELECTINDEXV" => (Sys::SelectIndexV, false),
            "SELECTLEFT" => (Sys::SelectLeft, false),
            "SELECTRIGHT" => (Sys::SelectRight, false),
            "SETLEFT" => (Sys::SetLeft, false),
            "SETRIGHT" => (Sys::SetRight, false),
            _ => {
                self.error(ErrorKind::UnsupportedStatement(kw.to_string()));
                return;
            }
        };
        let mut n = 0u8;
        if takes_mat {
            // the matrix travels through the operation and comes back
            if let Some(Expr::Var(m)) = outputs.first() {
                let r = self.var_ref(m);
                self.emit(Op::Take(r));
                n += 1;
            } else {
                self.error("MATREAD needs a matrix");
                return;
            }
        }
        for (i, e) in inputs.iter().enumerate() {
            if matches!(sys, Sys::MatWrite | Sys::MatWriteU) && i == 0 {
                if let Expr::Var(m) = e {
                    let r = self.var_ref(m);
                    self.emit(Op::LoadRaw(r));
                    n += 1;
                    continue;
                }
            }
            if file_input(sys) == Some(i) {
                if let Expr::Var(v) = e {
                    // ScarletDME checks the file variable itself: an
                    // unassigned one is "Requires file variable", and
                    // CLOSE/CLOSESEQ leave the variable unassigned
                    let r = self.var_ref(v);
                    let closes = matches!(sys, Sys::Close | Sys::CloseSeq);
                    self.emit(if closes { Op::Take(r) } else { Op::LoadRaw(r) });
                    n += 1;
                    continue;
                }
            }
            self.expr(e);
            n += 1;
        }
        // READNEXT always receives its (optional) list argument slot
        if matches!(
            sys,
            Sys::ReadNext | Sys::ReadList | Sys::Select | Sys::SSelect | Sys::ClearSelect
        ) && inputs.is_empty()
        {
            self.emit(Op::Empty);
            n += 1;
        }
        if (sys == Sys::Select || sys == Sys::SSelect) && inputs.len() < 2 {
            self.emit(Op::Int(0));
            n += 1;
        }
        // the clauses present decide what the statement does (wait or take
        // LOCKED, fail or take ON ERROR): told just before it runs
        let flags = clauses.locked.is_some() as i32
            | (clauses.on_error.is_some() as i32) << 1
            | (!clauses.els.is_empty() as i32) << 2;
        if flags != 0 && sys.takes_clause_flags()
            || clauses.on_error.is_some() && sys.takes_on_error_flag()
        {
            self.emit(Op::Int(flags));
            self.sys(Sys::ClauseFlags, 1);
        }
        self.sys(sys, n);
        let has_clause_code = !matches!(
            sys,
            Sys::Write
                | Sys::WriteU
                | Sys::WriteV
                | Sys::WriteVU
                | Sys::MatWrite
                | Sys::MatWriteU
                | Sys::Delete
                | Sys::DeleteU
                | Sys::FileLock
                | Sys::FileUnlock
                | Sys::TxnEnd
                | Sys::Release
                | Sys::Close
                | Sys::CloseSeq
                | Sys::ClearSelect
                | Sys::DeleteList
                | Sys::ClearFile
                | Sys::RecordLockL
                | Sys::RecordLockU
                | Sys::Select
                | Sys::SSelect
                | Sys::SelectV
                | Sys::SelectE
                | Sys::OsExecute
                | Sys::CreateFile
                | Sys::SetPu
                | Sys::SetNls
                | Sys::SelectIndex
                | Sys::SelectIndexV
                | Sys::SelectLeft
                | Sys::SelectRight
                | Sys::SetLeft
                | Sys::SetRight
        ) || !clauses.then.is_empty()
            || !clauses.els.is_empty()
            || clauses.locked.is_some()
            || clauses.on_error.is_some();
        // Every Sys op pushes its outputs then a branch code: kept in a
        // temporary for the clauses while the outputs are stored, or
        // dropped when there are none
        let code = self.temp();
        self.emit(if has_clause_code {
            Op::Store(code)
        } else {
            Op::Pop
        });
        let nout = match sys {
            Sys::ReadNext => 3,
            // the count, stored only when there is a SETTING variable
            Sys::GetList => 1,
            _ => outputs.len(),
        };
        for i in (0..nout).rev() {
            if takes_mat && i == 0 {
                if let Some(Expr::Var(m)) = outputs.first() {
                    let r = self.var_ref(m);
                    self.emit(Op::Store(r));
                    continue;
                }
            }
            match outputs.get(i) {
                Some(lv) => self.store(lv, Src::Stack),
                None => {
                    self.emit(Op::Pop);
                }
            }
        }
        if has_clause_code {
            self.clauses_on(code, clauses);
        }
        self.free_temp(code);
    }
}

/// Which input of a file statement is its file variable.
fn file_input(sys: Sys) -> Option<usize> {
    match sys {
        Sys::Read
        | Sys::ReadU
        | Sys::ReadL
        | Sys::ReadV
        | Sys::ReadVU
        | Sys::ReadVL
        | Sys::MatRead
        | Sys::Delete
        | Sys::Release
        | Sys::RecordLockL
        | Sys::RecordLockU
        | Sys::Close
        | Sys::ReadSeq
        | Sys::ReadBlk
        | Sys::WeofSeq
        | Sys::Create
        | Sys::CloseSeq
        | Sys::FlushSeq
        | Sys::Seek
        | Sys::ClearFile => Some(0),
        Sys::Write | Sys::WriteU | Sys::WriteV | Sys::MatWrite => Some(1),
        Sys::WriteSeq | Sys::WriteSeqF | Sys::WriteBlk => Some(1),
        _ => None,
    }
}
