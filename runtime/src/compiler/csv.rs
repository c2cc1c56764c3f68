//! Compilation of DPARSE and the CSV statements. The parts of a string go
//! to the targets one by one (each target is stored before the next part is
//! taken, so `DPARSE s, d, I, X(I)` sees the new I), as ScarletDME does.

use super::expr::Src;
use super::{Compiler, ErrorKind};
use crate::bytecode::intrinsics;
use crate::bytecode::statement_ops::Sys;
use crate::bytecode::*;
use crate::syntax::ast::*;

impl Compiler<'_> {
    fn csv_intr(&mut self, name: &str, argc: u8) {
        let (id, _, _) = intrinsics::lookup(name).unwrap_or((0, 0, 0));
        self.emit(Op::Intr(id, argc));
    }

    /// Stores part `i` (from 1) of the dynamic array in `parts` into each
    /// target in turn; STATUS() ends as ScarletDME's field removal leaves
    /// it (0 taken, 1 empty string, 2 past the end).
    fn csv_parts(&mut self, parts: VarRef, targets: &[LValue]) {
        for (i, t) in targets.iter().enumerate() {
            self.emit(Op::LoadRaw(parts));
            self.emit(Op::Int(i as i32 + 1));
            self.sys(Sys::CsvPart, 2);
            self.store(t, Src::Stack);
        }
    }

    /// Splits the string on the stack at commas (CSVDQ) into a temporary.
    fn csv_split_to_temp(&mut self) -> VarRef {
        self.push_str(b",");
        self.csv_intr("CSVDQ", 2);
        let parts = self.temp();
        self.emit(Op::Store(parts));
        parts
    }

    /// Reads a line of the sequential file `file`; leaves the line in a
    /// temporary and a jump (taken when the read failed) to patch, the
    /// branch code in another temporary.
    fn csv_read_line(&mut self, file: &Expr) -> (VarRef, VarRef, usize) {
        self.expr(file);
        self.sys(Sys::ReadSeq, 1);
        let code = self.temp();
        self.emit(Op::Store(code));
        let line = self.temp();
        self.emit(Op::Store(line));
        self.emit(Op::LoadRaw(code));
        self.emit(Op::Int(1));
        self.emit(Op::Eq);
        let jf = self.emit(Op::JumpF(0));
        (line, code, jf)
    }

    pub(super) fn csv_stmt(&mut self, c: &CsvStmt) {
        match c {
            CsvStmt::Dparse {
                csv: false,
                src,
                delim,
                targets,
            } => {
                let (s, d) = (self.temp(), self.temp());
                self.expr(src);
                self.emit(Op::Store(s));
                self.expr(delim);
                self.emit(Op::Store(d));
                for (i, t) in targets.iter().enumerate() {
                    self.emit(Op::LoadRaw(s));
                    self.emit(Op::LoadRaw(d));
                    self.emit(Op::Int(i as i32 + 1));
                    self.emit(Op::Int(1));
                    self.csv_intr("FIELD", 4);
                    self.store(t, Src::Stack);
                }
                self.free_temp(d);
                self.free_temp(s);
            }
            CsvStmt::Dparse {
                csv: true,
                src,
                delim,
                targets,
            } => {
                self.expr(src);
                self.expr(delim);
                self.csv_intr("CSVDQ", 2);
                let parts = self.temp();
                self.emit(Op::Store(parts));
                self.csv_parts(parts, targets);
                self.free_temp(parts);
            }
            CsvStmt::Input(targets) => {
                self.sys(Sys::Input, 0);
                let parts = self.csv_split_to_temp();
                self.csv_parts(parts, targets);
                self.free_temp(parts);
            }
            CsvStmt::Read {
                file,
                targets,
                clauses,
            } => {
                let (line, code, jf) = self.csv_read_line(file);
                self.emit(Op::LoadRaw(line));
                let parts = self.csv_split_to_temp();
                self.csv_parts(parts, targets);
                self.free_temp(parts);
                self.patch(jf);
                self.emit(Op::LoadRaw(code));
                self.free_temp(line);
                self.free_temp(code);
                self.clauses(clauses);
            }
            CsvStmt::MatRead { mat, file, clauses } => {
                if !self.dims.contains(mat) {
                    self.error(ErrorKind::from("Dimensioned matrix required"));
                    return;
                }
                let (line, code, jf) = self.csv_read_line(file);
                let r = self.var_ref(mat);
                self.emit(Op::Take(r));
                self.emit(Op::LoadRaw(line));
                self.push_str(b",");
                self.csv_intr("CSVDQ", 2);
                self.push_str(&[0xFE]);
                self.sys(Sys::MatParse, 3);
                self.emit(Op::Store(r));
                self.patch(jf);
                self.emit(Op::LoadRaw(code));
                self.free_temp(line);
                self.free_temp(code);
                self.clauses(clauses);
            }
            CsvStmt::Print { on, items, newline } => {
                if let Some(o) = on {
                    self.print_unit(o);
                }
                for e in items {
                    self.expr(e);
                }
                self.sys(Sys::CsvLine, items.len().min(255) as u8);
                self.emit(Op::PrintPart);
                // printer-aware like PRINT (flag 2), with or without newline
                self.emit(Op::PrintEnd((*newline as u8) | 2));
            }
            CsvStmt::Write {
                items,
                file,
                clauses,
            } => {
                for e in items {
                    self.expr(e);
                }
                self.sys(Sys::CsvLine, items.len().min(255) as u8);
                self.expr(file);
                self.sys(Sys::WriteSeq, 2);
                self.clauses(clauses);
            }
        }
    }
}
