//! Messages: the ERRMSG statement (and the message of STOPE and ABORTE),
//! Pick-style texts from the ERRMSG file (`crate::host::errmsg`, built by
//! `crate::builtins::pick_msg`); and SYSMSG(), ScarletDME's system
//! messages (`crate::builtins::sysmsg`).

use super::{RuntimeError, Step, Vm};
use crate::builtins::{pick_msg, sysmsg};
use crate::host::errmsg::{self, Lookup};
use crate::value::ops::*;
use crate::value::Value;

impl Vm {
    /// ERRMSG id, args: shows message `id` built with the arguments
    /// (joined by @IM, as ScarletDME passes them) on the display; a numeric id
    /// that is found becomes @SYSTEM.RETURN.CODE.
    pub(super) fn errmsg(&mut self, args: Vec<Value>) -> Result<(), Step> {
        let p = self.prec();
        let mut id = args
            .first()
            .map(|v| v.to_bytes(p).into_owned())
            .unwrap_or_default();
        let mut margs = Vec::new();
        for (i, a) in args.iter().enumerate().skip(1) {
            if i > 1 {
                margs.push(crate::builtins::dynarray::IM);
            }
            a.append_to(&mut margs, p);
        }
        if id.is_empty() {
            id = b"NULL".to_vec();
        }
        let text = match errmsg::lookup(&self.sess.account, &id) {
            Lookup::Found(rec) => {
                if pick_msg::numeric_id(&id) {
                    self.sess.system_return_code = Value::from_bytes(&id);
                }
                let (date, time) = super::at_vars::now_date_time();
                pick_msg::build(&id, &rec, &margs, date, time)
            }
            Lookup::Missing => {
                let mut t = format!("[{}] ", String::from_utf8_lossy(&id)).into_bytes();
                t.extend_from_slice(b"Cannot locate message in ERRMSG\n");
                t
            }
            Lookup::NotShipped => {
                return Err(RuntimeError::NotSupported(format!(
                    "ERRMSG message {} (in ScarletDME's ERRMSG file, not among mvbasic's messages)",
                    String::from_utf8_lossy(&id)
                ))
                .into())
            }
            // ScarletDME's message for this names the id before it has one:
            // the error is its unassigned variable
            Lookup::CannotOpen => {
                return Err(RuntimeError::UnassignedVariable("ID".into()).into());
            }
        };
        self.sess.write(&text);
        Ok(())
    }

    /// SYSMSG(n [, arg1 ... arg4]): the text of system message `n` with the
    /// arguments, STATUS() and the operating-system error put in.
    pub(super) fn sysmsg(&mut self, base: usize, argc: usize) -> Result<Value, Step> {
        let key = self.stack.get(base).cloned().unwrap_or_default();
        let n = sysmsg::key_number(to_num(&key)?);
        let text = match sysmsg::message(n) {
            sysmsg::Found::Text(t) => t,
            sysmsg::Found::NotShipped => {
                return Err(RuntimeError::NotSupported(format!(
                    "SYSMSG({n}) (a ScarletDME message mvbasic does not ship)"
                ))
                .into())
            }
        };
        let p = self.prec();
        let args: Vec<Vec<u8>> = (1..argc)
            .map(|i| {
                self.stack
                    .get(base + i)
                    .map(|v| v.to_bytes(p).into_owned())
                    .unwrap_or_default()
            })
            .collect();
        let args: Vec<&[u8]> = args.iter().map(Vec::as_slice).collect();
        let status = self.status.to_bytes(p).into_owned();
        let os_error = self.sess.os_error.clone().into_bytes();
        Ok(Value::from_bytes(&sysmsg::substitute(
            &text, &args, &status, &os_error,
        )))
    }
}
