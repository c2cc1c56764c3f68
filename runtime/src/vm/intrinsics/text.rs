//! String functions: LEN, INDEX, TRIM*, case, CHAR/SEQ, STR/SPACE, CHANGE,
//! CONVERT, ALPHA, QUOTE, COMPARE, SOUNDEX, ASCII/EBCDIC, FOLD, CRC32.

use super::not_routed;
use crate::builtins::{compare, field, mvtext, num as bn, strings};
use crate::bytecode::intrinsics::I;
use crate::value::ops::*;
use crate::value::Value;
use crate::vm::{RuntimeError, Step, Vm};

impl Vm {
    pub(super) fn string_intrinsic(
        &mut self,
        which: I,
        base: usize,
        argc: usize,
    ) -> Result<Value, Step> {
        self.no_files(base)?;
        let p = self.prec();
        let s = |i: usize| self.sarg(base, i);
        Ok(match which {
            I::Len => match self.arg(base, 0) {
                Value::Str(x) => Value::int(x.len() as i64),
                v if v.resource::<crate::host::display::ScreenImage>().is_some() => {
                    return Err(RuntimeError::Fatal(crate::vm::NOT_A_STRING).into())
                }
                v => Value::int(v.to_bytes(p).len() as i64),
            },
            I::Index => Value::int(field::index(&s(0), &s(1), self.iarg(base, 2)?)),
            I::Trim => {
                if argc == 1 {
                    Value::str(strings::trim(&s(0)))
                } else {
                    let mode = if argc > 2 {
                        s(2).first().copied().unwrap_or(b'R')
                    } else {
                        b'R'
                    };
                    if !matches!(
                        mode,
                        b'A' | b'B' | b'C' | b'D' | b'E' | b'F' | b'L' | b'R' | b'T'
                    ) {
                        return Err(RuntimeError::Fatal("Illegal mode in TRIM()").into());
                    }
                    // op_trimx checks the mode first; D, E and F always trim
                    // blanks, so their character may be "" (fuzz/FZ_TRIM_MODE_01)
                    let ch = match s(1).first().copied() {
                        Some(c) => c,
                        None if matches!(mode, b'D' | b'E' | b'F') => b' ',
                        None => {
                            return Err(RuntimeError::Fatal(
                                "Null string as second argument to TRIM()",
                            )
                            .into())
                        }
                    };
                    Value::str(strings::trim_with(&s(0), ch, mode))
                }
            }
            I::Trimf => Value::str(strings::trimf(&s(0))),
            I::Trimb => Value::str(strings::trimb(&s(0))),
            I::Upcase => Value::str(strings::upcase(&s(0))),
            I::Downcase => Value::str(strings::downcase(&s(0))),
            I::Swapcase => Value::str(strings::swapcase(&s(0))),
            I::Char => Value::str(strings::char_of(self.iarg(base, 0)?)),
            I::Seq => Value::int(strings::seq(&s(0))),
            I::Str => {
                let n = self.iarg(base, 1)?;
                if n.saturating_mul(s(0).len() as i64) > 500_000_000 {
                    return Err(RuntimeError::StringTooLong.into());
                }
                Value::str(strings::str_repeat(&s(0), n))
            }
            I::Space => {
                let n = self.iarg(base, 0)?;
                if n > 500_000_000 {
                    return Err(RuntimeError::StringTooLong.into());
                }
                Value::str(strings::space(n))
            }
            I::Change => {
                let occ = if argc > 3 {
                    Some(self.iarg(base, 3)?)
                } else {
                    None
                };
                let start = if argc > 4 {
                    Some(self.iarg(base, 4)?)
                } else {
                    None
                };
                Value::str(strings::change(&s(0), &s(1), &s(2), occ, start))
            }
            I::Convert => Value::str(strings::convert(&s(0), &s(1), &s(2))),
            I::Alpha => Value::bool(strings::alpha(&s(0))),
            I::Quote => Value::str(strings::dquote(&s(0))),
            I::Squote => Value::str(strings::squote(&s(0))),
            I::Compare => {
                let j = if argc > 2 {
                    s(2).into_owned()
                } else {
                    b"L".to_vec()
                };
                Value::int(compare::compare_fn(&s(0), &s(1), &j))
            }
            I::Soundex => Value::str(strings::soundex(&s(0))),
            I::Ascii => Value::str(strings::ascii(&s(0))),
            I::Ebcdic => Value::str(strings::ebcdic(&s(0))),
            I::Fold | I::Folds => {
                // a multi-valued width gives the width of each piece in turn
                // (ScarletDME's _FOLD takes them with REMOVE)
                let wv = s(1);
                let mut widths = Vec::new();
                for part in wv.split(|&c| c >= 0xFB) {
                    // ScarletDME's _FOLD compares LEN(s) <= width before it
                    // uses the width as a position: a width beyond 32 bits
                    // returns the string, a negative one overflows there
                    widths.push(match to_int(&Value::from_bytes(part)) {
                        Err(ValueError::Overflow)
                            if bn::parse_num(part).is_some_and(|n| n.to_f64() > 0.0) =>
                        {
                            i64::MAX
                        }
                        r => r?,
                    });
                }
                // an empty delimiter means a value mark; only the first
                // character of a longer one is used
                let d = if argc > 2 {
                    match s(2).first() {
                        Some(&c) => vec![c],
                        None => vec![0xFD],
                    }
                } else {
                    vec![0xFE]
                };
                let text = s(0);
                if which == I::Fold
                    && widths
                        .first()
                        .is_some_and(|&w| text.len() as u64 <= w as u64 && w >= 0)
                {
                    // ScarletDME's _FOLD returns its argument itself when
                    // it needs no folding: a number stays a number
                    self.arg(base, 0).clone()
                } else if which == I::Fold {
                    Value::str(strings::fold_widths(&text, &widths, &d))
                } else {
                    Value::str(crate::builtins::mv::each(&s(0), |x| {
                        strings::fold_widths(x, &widths, &d)
                    }))
                }
            }
            I::Csvdq => {
                // an empty delimiter leaves the string as it is
                let d = if argc > 1 {
                    s(1).first().copied()
                } else {
                    Some(b',')
                };
                match d {
                    Some(d) => Value::str(mvtext::csvdq(&s(0), d)),
                    None => Value::str(s(0).into_owned()),
                }
            }
            I::Listindex => Value::int(mvtext::listindex(&s(0), &s(1), &s(2))),
            I::Crc32 => {
                let mut crc: u32 = 0xffff_ffff;
                for &b in s(0).iter() {
                    crc ^= b as u32;
                    for _ in 0..8 {
                        crc = if crc & 1 != 0 {
                            (crc >> 1) ^ 0xedb8_8320
                        } else {
                            crc >> 1
                        };
                    }
                }
                Value::int((!crc) as i64)
            }
            _ => return Err(not_routed(which)),
        })
    }
}
