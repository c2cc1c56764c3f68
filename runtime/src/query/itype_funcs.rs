//! The functions an I-type expression may call, and the value helpers the
//! evaluator shares with them. ScarletDME compiles I-types as BASIC, so any
//! function works there; mvbasic's evaluator has the common ones and
//! refuses the others by name (SUBR() among them: it would run BASIC code
//! from inside a query).

use crate::builtins::dynarray;
use crate::builtins::fmt::{fmt, FmtInput};
use crate::builtins::num::{self, is_numeric, parse_num, Num};
use crate::builtins::num_format::format_num;
use crate::builtins::{conv, field, strings};

/// A value as a number; an empty string is 0, text that is not a number
/// is an error (ScarletDME stops with a non-numeric run-time error).
pub fn num_of(v: &[u8]) -> Result<Num, String> {
    if v.is_empty() {
        return Ok(Num::Int(0));
    }
    match parse_num(v) {
        Some(n) if is_numeric(v) => Ok(n),
        _ => Err(format!(
            "Non-numeric value \"{}\" in an I-type expression",
            String::from_utf8_lossy(v)
        )),
    }
}

/// A number as BASIC shows it (PRECISION 4).
pub fn show(n: Num) -> Vec<u8> {
    format_num(n, 4)
}

/// BASIC truth of a value.
pub fn truth(v: &[u8]) -> bool {
    num::is_true(v)
}

/// 1 or 0.
pub fn bool_val(b: bool) -> Vec<u8> {
    if b {
        b"1".to_vec()
    } else {
        b"0".to_vec()
    }
}

/// Refuses conversions that run outside the builtins (user-defined `U...`,
/// file translations `Tfile;...`) by name.
fn plain_conv(code: &[u8]) -> Result<&[u8], String> {
    for part in code.split(|&c| c == dynarray::VM) {
        let p = part.trim_ascii_start();
        let user = matches!(p.first(), Some(b'U' | b'u'));
        let trans = matches!(p.first(), Some(b'T' | b't')) && p.contains(&b';');
        if user || trans {
            return Err(format!(
                "Conversion {} is not supported in I-type expressions",
                String::from_utf8_lossy(p)
            ));
        }
    }
    Ok(code)
}

/// Calls function `name` (upper case) with arguments `a`.
pub fn call(name: &str, a: &[Vec<u8>]) -> Result<Vec<u8>, String> {
    let arg = |i: usize| a.get(i).map(|v| v.as_slice()).unwrap_or(b"");
    let int = |i: usize| -> Result<i64, String> {
        Ok(match num::int_part(num_of(arg(i))?) {
            Num::Int(n) => n,
            Num::Float(f) => f as i64,
        })
    };
    let opt_int = |i: usize| -> Result<Option<i64>, String> {
        if a.len() > i {
            int(i).map(Some)
        } else {
            Ok(None)
        }
    };
    let arith = |r: Result<Num, num::NumError>| {
        r.map(show)
            .map_err(|_| format!("{name}: bad argument in I-type expression"))
    };
    Ok(match name {
        "OCONV" => conv::oconv(arg(0), plain_conv(arg(1))?).value,
        "ICONV" => conv::iconv(arg(0), plain_conv(arg(1))?).value,
        "UPCASE" => strings::upcase(arg(0)),
        "DOWNCASE" => strings::downcase(arg(0)),
        "TRIM" if a.len() == 1 => strings::trim(arg(0)),
        "TRIMF" => strings::trimf(arg(0)),
        "TRIMB" => strings::trimb(arg(0)),
        "LEN" => show(Num::Int(arg(0).len() as i64)),
        "ABS" => show(num::abs(num_of(arg(0))?)),
        "INT" => show(num::int_part(num_of(arg(0))?)),
        "SQRT" => arith(num::sqrt(num_of(arg(0))?))?,
        "MOD" => arith(num::modulo(num_of(arg(0))?, num_of(arg(1))?))?,
        "REM" => arith(num::rem(num_of(arg(0))?, num_of(arg(1))?))?,
        "NOT" => bool_val(!truth(arg(0))),
        "NUM" => bool_val(is_numeric(arg(0))),
        "ALPHA" => bool_val(strings::alpha(arg(0))),
        "CHAR" => strings::char_of(int(0)?),
        "SEQ" => show(Num::Int(strings::seq(arg(0)))),
        "STR" => strings::str_repeat(arg(0), int(1)?),
        "SPACE" => strings::space(int(0)?),
        "CHANGE" | "EREPLACE" => strings::change(arg(0), arg(1), arg(2), opt_int(3)?, opt_int(4)?),
        "CONVERT" => strings::convert(arg(0), arg(1), arg(2)),
        "FMT" => fmt(FmtInput::Str(arg(0)), arg(1), 4),
        "FIELD" => field::field(arg(0), arg(1), int(2)?, opt_int(3)?.unwrap_or(1))
            .value
            .to_vec(),
        "INDEX" => show(Num::Int(field::index(arg(0), arg(1), int(2)?))),
        "EXTRACT" => dynarray::extract(arg(0), int(1)?, int(2)?, int(3)?).to_vec(),
        "REPLACE" if a.len() == 5 => dynarray::replace(arg(0), int(1)?, int(2)?, int(3)?, arg(4)),
        "DCOUNT" => show(Num::Int(dynarray::dcount(arg(0), arg(1)))),
        "COUNT" => show(Num::Int(dynarray::count(arg(0), arg(1)))),
        "LOWER" => dynarray::lower(arg(0)),
        "RAISE" => dynarray::raise(arg(0)),
        _ => {
            return Err(format!(
                "Function {name} is not supported in I-type expressions"
            ))
        }
    })
}
