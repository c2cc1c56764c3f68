//! Element-by-element (multivalued) functions: the `...S` forms (EQS, MODS,
//! ANDS, NUMS, LENS, TRIMS, FIELDS, FMTS, ...), CATS, SPLICE, COUNTS, IFS,
//! REUSE.

use super::not_routed;
use crate::builtins::num as bn;
use crate::builtins::{dynarray, field, mv, mvtext, strings};
use crate::bytecode::intrinsics::I;
use crate::value::ops::*;
use crate::value::Value;
use crate::vm::{RuntimeError, Step, Vm};

/// A function applied to pairs of elements (EQS, CATS, ANDS, ...).
type PairFn<'a> = dyn Fn(&[u8], &[u8]) -> Vec<u8> + 'a;

impl Vm {
    pub(super) fn multivalue_intrinsic(
        &mut self,
        which: I,
        base: usize,
        argc: usize,
    ) -> Result<Value, Step> {
        self.no_files(base)?;
        let p = self.prec();
        let s = |i: usize| self.sarg(base, i);
        let arg = |i: usize| self.arg(base, i).clone();
        let flags = |n: usize| -> i64 {
            if argc > n {
                match arg(n) {
                    Value::Int(i) => i,
                    _ => 0,
                }
            } else {
                0
            }
        };
        let pair = |f: &PairFn| -> Value {
            let fl = flags(2);
            Value::str(mv::pairwise(
                &s(0),
                &s(1),
                fl & 1 != 0,
                fl & 2 != 0,
                |a, b| f(a, b),
            ))
        };
        let num_of = |b: &[u8]| -> Result<bn::Num, ValueError> {
            bn::parse_num(b).ok_or(ValueError::NonNumeric(None))
        };
        let fmtn = |n: bn::Num| bn::format_num(n, p as usize);
        let cmp_each = |op: I| {
            move |a: &[u8], b: &[u8]| -> Vec<u8> {
                let o = crate::builtins::compare::compare_values(a, b);
                use std::cmp::Ordering::*;
                let r = match op {
                    I::Eqs => o == Equal,
                    I::Nes => o != Equal,
                    I::Lts => o == Less,
                    I::Gts => o == Greater,
                    I::Les => o != Greater,
                    _ => o != Less,
                };
                if r {
                    b"1".to_vec()
                } else {
                    b"0".to_vec()
                }
            }
        };
        Ok(match which {
            I::Cats => pair(&|a, b| [a, b].concat()),
            I::Reuse => arg(0),
            I::Eqs | I::Nes | I::Lts | I::Gts | I::Les | I::Ges => {
                let f = cmp_each(which);
                pair(&f)
            }
            I::Mods => {
                let mut err = None;
                let fl = flags(2);
                let r = mv::pairwise(&s(0), &s(1), fl & 1 != 0, fl & 2 != 0, |a, b| {
                    match (num_of(a), num_of(b)) {
                        // a zero divisor gives the dividend (no error)
                        (Ok(x), Ok(y)) => fmtn(crate::builtins::num_sd::modulo(x, y)),
                        (Err(e), _) | (_, Err(e)) => {
                            err = Some(e);
                            Vec::new()
                        }
                    }
                });
                if let Some(e) = err {
                    return Err(e.into());
                }
                Value::str(r)
            }
            I::Ands | I::Ors => {
                let and = which == I::Ands;
                pair(&|a, b| {
                    let (x, y) = (bn::is_true(a), bn::is_true(b));
                    let r = if and { x && y } else { x || y };
                    if r {
                        b"1".to_vec()
                    } else {
                        b"0".to_vec()
                    }
                })
            }
            I::Nums => Value::str(mv::each(&s(0), |x| {
                if bn::is_numeric(x) {
                    b"1".to_vec()
                } else {
                    b"0".to_vec()
                }
            })),
            I::Nots => Value::str(mv::each(&s(0), |x| {
                if bn::is_true(x) {
                    b"0".to_vec()
                } else {
                    b"1".to_vec()
                }
            })),
            I::Lens => Value::str(mv::each(&s(0), |x| x.len().to_string().into_bytes())),
            I::Seqs => Value::str(mv::each(&s(0), |x| {
                strings::seq(x).to_string().into_bytes()
            })),
            I::Upcases => Value::str(mv::each(&s(0), strings::upcase)),
            I::Downcases => Value::str(mv::each(&s(0), strings::downcase)),
            I::Trims => {
                if argc == 1 {
                    Value::str(mv::each(&s(0), strings::trim))
                } else {
                    let ch = s(1).first().copied().unwrap_or(b' ');
                    let mode = if argc > 2 {
                        s(2).first().copied().unwrap_or(b'R')
                    } else {
                        b'R'
                    };
                    Value::str(mv::each(&s(0), |x| strings::trim_with(x, ch, mode)))
                }
            }
            I::Trimbs => Value::str(mv::each(&s(0), strings::trimb)),
            I::Trimfs => Value::str(mv::each(&s(0), strings::trimf)),
            I::Soundexs => Value::str(mv::each(&s(0), strings::soundex)),
            I::Substrings => {
                let (st, ln) = (to_int(&arg(1))?, to_int(&arg(2))?);
                Value::str(mv::each(&s(0), |x| mvtext::substring(x, st, ln)))
            }
            I::Indexs => {
                let (sub, occ) = (s(1), to_int(&arg(2))?);
                Value::str(mv::each(&s(0), |x| {
                    field::index(x, &sub, occ).to_string().into_bytes()
                }))
            }
            I::Splice => {
                // REUSE flags (bit 0: first array, bit 1: second) come as a 4th argument
                // only two empty strings splice to "": two empty elements of
                // longer ones give the separator (SPLICE("a":@VM:"", "-", "1")
                // is a-1]-)
                let fl = flags(3);
                let d = s(1);
                let (a, b) = (s(0), s(2));
                if a.is_empty() && b.is_empty() {
                    Value::str(Vec::new())
                } else {
                    Value::str(mv::pairwise(&a, &b, fl & 1 != 0, fl & 2 != 0, |a, b| {
                        [a, &d[..], b].concat()
                    }))
                }
            }
            I::Counts => {
                let sub = s(1);
                if sub.len() > dynarray::MAX_COUNT_SUBSTRING {
                    return Err(RuntimeError::Fatal("Substring too long").into());
                }
                Value::str(mv::each(&s(0), |x| {
                    dynarray::count(x, &sub).to_string().into_bytes()
                }))
            }
            I::Ints => Value::str(mv::each(&s(0), |x| {
                num_of(x).map(|n| fmtn(bn::int_part(n))).unwrap_or_default()
            })),
            I::Abss => {
                let mut bad = false;
                let r = mv::each(&s(0), |x| match num_of(x) {
                    Ok(n) => fmtn(bn::abs(n)),
                    Err(_) => {
                        bad = true;
                        Vec::new()
                    }
                });
                if bad {
                    return Err(ValueError::NonNumeric(None).into());
                }
                Value::str(r)
            }
            I::Chars => Value::str(mv::each(&s(0), |x| {
                strings::char_of(num_of(x).map(|n| n.to_i64()).unwrap_or(0))
            })),
            I::Spaces => {
                let mut bad = false;
                let r = mv::each(&s(0), |x| match num_of(x) {
                    Ok(n) => strings::space(n.to_i64().min(1 << 20)),
                    Err(_) => {
                        bad = true;
                        Vec::new()
                    }
                });
                if bad {
                    return Err(ValueError::NonNumeric(None).into());
                }
                Value::str(r)
            }
            I::Strs => {
                let n = to_int(&arg(1))?.min(1 << 20);
                Value::str(mv::each(&s(0), |x| strings::str_repeat(x, n)))
            }
            I::Fields => {
                let d = s(1);
                let (o, c) = (
                    to_int(&arg(2))?,
                    if argc > 3 { to_int(&arg(3))? } else { 1 },
                );
                Value::str(mv::each(&s(0), |x| field::field(x, &d, o, c).value))
            }
            I::Fmts => {
                let f = s(1);
                let pr = p as usize;
                let r = Value::str(mv::each(&s(0), |x| {
                    crate::builtins::fmt::fmt(crate::builtins::fmt::FmtInput::Str(x), &f, pr)
                }));
                // each element goes through FMT, which sets STATUS() (the
                // code's: 0 or 2), as FMT does (fuzz/FZ_FMTS_STATUS_01)
                self.status = Value::int(crate::builtins::fmt::code_status(&f, pr));
                r
            }
            I::Ifs => {
                // REUSE() flags as a 4th argument (bits 0..2)
                let flags = if argc > 3 { self.iarg(base, 3)? } else { 0 };
                let reuse = [flags & 1 != 0, flags & 2 != 0, flags & 4 != 0];
                let truth = |x: &[u8]| -> Result<bool, Step> { Ok(bn::is_true(x)) };
                Value::str(crate::builtins::ifs::ifs(
                    &s(0),
                    &s(1),
                    &s(2),
                    reuse,
                    truth,
                )?)
            }
            _ => return Err(not_routed(which)),
        })
    }
}
