//! The statement operations behind DPARSE.CSV, INPUTCSV, READCSV (taking
//! the parts of a split line) and PRINTCSV, WRITECSV (forming a line).

use super::{Step, Vm};
use crate::builtins::mvtext;
use crate::bytecode::statement_ops::Sys;
use crate::value::ops::*;
use crate::value::Value;

impl Vm {
    /// CsvPart and CsvLine (inputs already taken from the stack).
    pub(super) fn csv_op(&mut self, op: Sys, args: Vec<Value>) -> Result<(), Step> {
        let p = self.prec();
        match op {
            Sys::CsvPart => {
                let parts = args.first().map(|v| v.to_bytes(p).into_owned());
                let parts = parts.unwrap_or_default();
                let i = to_int(args.get(1).unwrap_or(&Value::Int(1)))?.max(1) as usize;
                let (part, status) = if parts.is_empty() {
                    (Vec::new(), 1)
                } else {
                    match parts.split(|&c| c == 0xFE).nth(i - 1) {
                        Some(f) => (f.to_vec(), 0),
                        None => (Vec::new(), 2),
                    }
                };
                self.status = Value::Int(status);
                self.push(Value::str(part));
            }
            _ => {
                let mut line = Vec::new();
                for (i, v) in args.iter().enumerate() {
                    if i > 0 {
                        line.push(b',');
                    }
                    line.extend_from_slice(&mvtext::formcsv(&v.to_bytes(p)));
                }
                self.push(Value::str(line));
            }
        }
        Ok(())
    }
}
