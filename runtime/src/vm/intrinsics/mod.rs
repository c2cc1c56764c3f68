//! Intrinsic functions: the call entry (`Op::Intr`), argument helpers and
//! the routing of each function id to the file of its concept. A new
//! intrinsic is a row in `crate::bytecode::intrinsics` (name, arity, id), its
//! id in the routing below and one match arm in the concept's file.

mod conversions;
mod dynarrays;
mod file_info;
mod fileinfo_keys;
mod itype;
mod multivalue;
mod numbers;
mod ports;
mod system;
mod terminal;
mod text;

use super::{RuntimeError, Step, Vm};
use crate::builtins::num as bn;
use crate::bytecode::intrinsics::{self, I};
use crate::value::ops::*;
use crate::value::Value;

/// The error for an id that reached a concept file it is not routed to
/// (cannot happen while the routing below is exhaustive).
fn not_routed(which: I) -> Step {
    Step::Error(RuntimeError::UnsupportedFunction(which))
}

impl Vm {
    /// Calls intrinsic `id` with `argc` arguments on the stack.
    pub(super) fn intrinsic(&mut self, id: u16, argc: u8) -> Result<(), Step> {
        let which = intrinsics::id(id);
        let base = self.stack.len().saturating_sub(argc as usize);
        if argc == 1 && matches!(which, I::Int | I::Sqrt | I::Abs) {
            // a number is its own single element (no numeric-array walk)
            if let Some(v @ (Value::Int(_) | Value::Float(_))) = self.stack.last() {
                let r = numbers::unary(which, v)?;
                self.set_top_pod(r);
                return Ok(());
            }
        }
        let r = self.dispatch(which, base, argc as usize)?;
        self.stack.truncate(base);
        self.push(r);
        Ok(())
    }

    /// The error of the string functions for a file variable argument
    /// (`LEN(F)`: `Data cannot be converted to a string`).
    fn no_files(&self, base: usize) -> Result<(), Step> {
        match self.stack[base..].iter().any(Value::is_handle) {
            true => Err(RuntimeError::Fatal(crate::vm::NOT_A_STRING).into()),
            false => Ok(()),
        }
    }

    fn arg(&self, base: usize, i: usize) -> &Value {
        self.stack.get(base + i).unwrap_or(&Value::Unassigned)
    }

    fn sarg(&self, base: usize, i: usize) -> std::borrow::Cow<'_, [u8]> {
        self.arg(base, i).to_bytes(self.prec())
    }

    fn iarg(&self, base: usize, i: usize) -> Result<i64, Step> {
        Ok(to_int(self.arg(base, i))?)
    }

    fn narg(&self, base: usize, i: usize) -> Result<bn::Num, Step> {
        Ok(to_num(self.arg(base, i))?)
    }

    /// Routes a function id to its concept's implementation.
    fn dispatch(&mut self, which: I, base: usize, argc: usize) -> Result<Value, Step> {
        match which {
            I::Len
            | I::Index
            | I::Trim
            | I::Trimf
            | I::Trimb
            | I::Upcase
            | I::Downcase
            | I::Swapcase
            | I::Char
            | I::Seq
            | I::Str
            | I::Space
            | I::Change
            | I::Convert
            | I::Alpha
            | I::Quote
            | I::Squote
            | I::Compare
            | I::Soundex
            | I::Ascii
            | I::Ebcdic
            | I::Fold
            | I::Folds
            | I::Csvdq
            | I::Listindex
            | I::Crc32 => self.string_intrinsic(which, base, argc),
            I::Num
            | I::Int
            | I::Abs
            | I::Mod
            | I::Rem
            | I::Div
            | I::Pwr
            | I::Sqrt
            | I::Max
            | I::Min
            | I::Not
            | I::Exp
            | I::Ln
            | I::Sin
            | I::Cos
            | I::Tan
            | I::Rnd
            | I::Bitand
            | I::Bitor
            | I::Bitxor
            | I::Bitnot
            | I::Shift
            | I::Neg
            | I::Negs
            | I::Asin
            | I::Acos
            | I::Atan
            | I::Bitset
            | I::Bitreset
            | I::Bittest
            | I::Idiv
            | I::Rdiv
            | I::Maximum
            | I::Minimum
            | I::Summation
            | I::Checksum => self.number_intrinsic(which, base, argc),
            I::Count
            | I::Dcount
            | I::Field
            | I::Fieldstore
            | I::Col1
            | I::Col2
            | I::Extract
            | I::Replace
            | I::Insert
            | I::Delete
            | I::Locate
            | I::Matchfield
            | I::Sum
            | I::Raise
            | I::Lower
            | I::Substitute
            | I::Crop
            | I::Vslice
            | I::Formlist => self.dynarray_intrinsic(which, base, argc),
            I::Cats
            | I::Reuse
            | I::Eqs
            | I::Nes
            | I::Lts
            | I::Gts
            | I::Les
            | I::Ges
            | I::Mods
            | I::Ands
            | I::Ors
            | I::Nums
            | I::Nots
            | I::Lens
            | I::Seqs
            | I::Upcases
            | I::Downcases
            | I::Trims
            | I::Splice
            | I::Counts
            | I::Ints
            | I::Abss
            | I::Chars
            | I::Spaces
            | I::Strs
            | I::Fields
            | I::Fmts
            | I::Trimbs
            | I::Trimfs
            | I::Soundexs
            | I::Substrings
            | I::Indexs
            | I::Ifs => self.multivalue_intrinsic(which, base, argc),
            I::Fmt | I::Oconv | I::Iconv | I::Oconvs | I::Iconvs | I::Dtx | I::Xtd => {
                self.conversion_intrinsic(which, base, argc)
            }
            I::Status
            | I::Inmat
            | I::ArgCount
            | I::Arg
            | I::Date
            | I::Time
            | I::Timedate
            | I::System
            | I::Sentence
            | I::Assigned
            | I::Unassigned
            | I::OsError
            | I::Env
            | I::Vartype
            | I::At
            | I::Isnull
            | I::Getnls
            | I::Umask
            | I::Config
            | I::Ccall => self.system_intrinsic(which, base, argc),
            I::Sysmsg => self.sysmsg(base, argc),
            I::Keyin
            | I::Keyinc
            | I::Keyinr
            | I::Keycode
            | I::Keyready
            | I::Inputblk
            | I::Ttyget
            | I::SaveScreen
            | I::Terminfo
            | I::Bindkey
            | I::Getpu
            | I::PrinterSetting
            | I::Chgphant
            | I::ConnectPort
            | I::GetMessages
            | I::Indices
            | I::Encrypt
            | I::Decrypt
            | I::EnterPackage
            | I::ExitPackage => self.terminal_intrinsic(which, base, argc),
            I::Dir
            | I::Fileinfo
            | I::Recordlocked
            | I::Catalogued
            | I::Selectinfo
            | I::Trans
            | I::Outerjoin => self.file_intrinsic(which, base, argc),
            I::GetPortParams | I::SetPortParams => self.port_intrinsic(which, base),
            I::Itype => self.itype_intrinsic(base),
        }
    }

    pub(super) fn idx3(
        &self,
        base: usize,
        from: usize,
        argc: usize,
    ) -> Result<(i64, i64, i64), Step> {
        let g = |i: usize| -> Result<i64, Step> {
            if from + i < argc {
                self.iarg(base, from + i)
            } else {
                Ok(0)
            }
        };
        Ok((g(0)?, g(1)?, g(2)?))
    }
}
