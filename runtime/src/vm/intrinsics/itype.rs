//! ITYPE(dict.rec): the value a dictionary record gives for the current
//! @ID and @RECORD, as ScarletDME computes it for a record that holds no
//! compiled object code (its `_ITYPE` recursive): a D-type (or an A/S-type
//! without a correlative) gives field `DICT.LOC` of @RECORD, with 0 = @ID,
//! 9998 = the number of fields, 9999 = the record's length; anything else
//! is `Invalid I-type`. mvbasic never stores compiled I-types in dictionary
//! records, so an I- or C-type always takes that path too; ScarletDME
//! object code (a record whose code part starts with its header byte) is
//! refused by name.

use crate::value::ops::to_int;
use crate::value::Value;
use crate::vm::{RuntimeError, Step, Vm};

/// ScarletDME's object-code header byte, either byte order (`HDR_MAGIC`,
/// `HDR_MAGIC_INVERSE`): ITYPE runs a string that starts with one as code.
const OBJECT_MAGIC: [u8; 2] = [0x64, 0x65];
/// Field of a D-type (and A/S-type) record that holds the field number.
const DICT_LOC: usize = 2;
/// Field of an A/S-type record that holds its correlative.
const DICT_A_CORRELATIVE: usize = 8;
/// Field marks before the object code of a compiled I/C/A/S record.
const CODE_FIELD_MARKS: usize = 15;

impl Vm {
    pub(super) fn itype_intrinsic(&mut self, base: usize) -> Result<Value, Step> {
        // ScarletDME takes the I-type by reference: a variable or matrix
        // element, never an expression
        let Some(name) = self.call_arg_name(1, 0) else {
            return Err(RuntimeError::Fatal("I-type must be reference to a variable").into());
        };
        if self.arg(base, 0).is_unassigned() {
            return Err(RuntimeError::UnassignedVariable(name).into());
        }
        let rec = self.sarg(base, 0).into_owned();
        let code = match rec.first().map(u8::to_ascii_uppercase) {
            Some(b'I' | b'C' | b'A' | b'S') => code_part(&rec),
            _ => Some(&rec[..]),
        };
        if code.is_some_and(|c| c.first().is_some_and(|b| OBJECT_MAGIC.contains(b))) {
            return Err(RuntimeError::NotSupported(format!(
                "ITYPE of ScarletDME object code (in {name})"
            ))
            .into());
        }
        let at = |n: &str| self.sess.user.get(n).cloned().unwrap_or_else(Value::empty);
        match field_number(&rec) {
            Some(0) => Ok(at("ID")),
            Some(n) => {
                let record = at("RECORD").to_bytes(self.prec()).into_owned();
                Ok(Value::str(match n {
                    9998 => dcount_fields(&record).to_string().into_bytes(),
                    9999 => record.len().to_string().into_bytes(),
                    n => field(&record, n).to_vec(),
                }))
            }
            None => Err(RuntimeError::Fatal("Invalid I-type").into()),
        }
    }
}

/// What follows the 15th field mark of a compiled record, if it has them.
fn code_part(rec: &[u8]) -> Option<&[u8]> {
    let mut at = 0;
    for _ in 0..CODE_FIELD_MARKS {
        at += rec[at..].iter().position(|&b| b == 0xFE)? + 1;
    }
    Some(&rec[at..])
}

/// The field number a D-type (or A/S-type without a correlative) record
/// names: digits only (`1N0N`), else None (an invalid I-type).
fn field_number(rec: &[u8]) -> Option<usize> {
    let loc = match rec.first().map(u8::to_ascii_uppercase) {
        Some(b'D') => field(rec, DICT_LOC),
        Some(b'A' | b'S') if field(rec, DICT_A_CORRELATIVE).is_empty() => field(rec, DICT_LOC),
        _ => return None,
    };
    if loc.is_empty() || !loc.iter().all(u8::is_ascii_digit) {
        return None;
    }
    to_int(&Value::str(loc.to_vec()))
        .ok()
        .and_then(|n| usize::try_from(n).ok())
}

/// Field `n` (1-based) of a record.
fn field(rec: &[u8], n: usize) -> &[u8] {
    rec.split(|&b| b == 0xFE)
        .nth(n.wrapping_sub(1))
        .unwrap_or(&[])
}

/// DCOUNT(record, @FM).
fn dcount_fields(rec: &[u8]) -> usize {
    if rec.is_empty() {
        0
    } else {
        rec.iter().filter(|&&b| b == 0xFE).count() + 1
    }
}
