//! Conversion functions: FMT, OCONV/ICONV (and the multivalued forms, which
//! set STATUS()), DTX/XTD.

use super::not_routed;
use crate::builtins::fmt::FmtInput;
use crate::builtins::num as bn;
use crate::builtins::{conv, fmt, mv, strings};
use crate::bytecode::intrinsics::I;
use crate::value::Value;
use crate::vm::{Step, Vm};

impl Vm {
    /// FMT(value, format) honouring numbers vs strings.
    pub(in crate::vm) fn fmt_value(&self, v: &Value, f: &[u8]) -> Value {
        let p = self.prec();
        let r = match v {
            Value::Int(i) => fmt::fmt(FmtInput::Num(bn::Num::Int(*i)), f, p as usize),
            Value::Float(x) => fmt::fmt(FmtInput::Num(bn::Num::Float(*x)), f, p as usize),
            other => fmt::fmt(FmtInput::Str(&other.to_bytes(p)), f, p as usize),
        };
        Value::str(r)
    }

    pub(super) fn conversion_intrinsic(
        &mut self,
        which: I,
        base: usize,
        argc: usize,
    ) -> Result<Value, Step> {
        let s = |i: usize| self.sarg(base, i);
        Ok(match which {
            I::Fmt => {
                let f = s(1);
                self.fmt_value(&self.arg(base, 0).clone(), &f)
            }
            I::Oconv | I::Iconv => {
                let r = if which == I::Oconv {
                    conv::oconv(&s(0), &s(1))
                } else {
                    conv::iconv(&s(0), &s(1))
                };
                self.status = Value::int(r.status);
                Value::str(r.value)
            }
            I::Oconvs | I::Iconvs => {
                let code = s(1);
                let mut st = 0;
                let r = mv::each(&s(0), |x| {
                    let c = if which == I::Oconvs {
                        conv::oconv(x, &code)
                    } else {
                        conv::iconv(x, &code)
                    };
                    if c.status != 0 {
                        st = c.status;
                    }
                    c.value
                });
                self.status = Value::int(st);
                Value::str(r)
            }
            I::Dtx => {
                let w = if argc > 1 { self.iarg(base, 1)? } else { 0 };
                Value::str(strings::dtx(self.iarg(base, 0)?, w))
            }
            I::Xtd => match strings::xtd(&s(0)) {
                Some(n) => Value::int(n),
                None => {
                    self.status = Value::Int(1);
                    Value::Int(0)
                }
            },
            _ => return Err(not_routed(which)),
        })
    }
}
