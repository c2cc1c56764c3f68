//! @-variables.

use super::Vm;
use crate::bytecode::at_var_names::AT_VARS;

use crate::value::Value;

/// Days from 31 Dec 1967 (day 0) for the current date, and seconds since
/// midnight, in local time (UTC when TZ is unset).
pub fn now_date_time() -> (i64, i64) {
    let t = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    let off = local_offset(t);
    let lt = t + off;
    // 1970-01-01 is day 732 from 1967-12-31
    (lt.div_euclid(86400) + 732, lt.rem_euclid(86400))
}

fn local_offset(t: i64) -> i64 {
    // SAFETY: localtime_r writes into the provided struct only.
    unsafe {
        let tt: libc::time_t = t as libc::time_t;
        let mut tm: libc::tm = std::mem::zeroed();
        if libc::localtime_r(&tt, &mut tm).is_null() {
            return 0;
        }
        tm.tm_gmtoff as i64
    }
}

impl Vm {
    pub(super) fn load_at(&mut self, i: u16) -> Value {
        let name = AT_VARS.get(i as usize).copied().unwrap_or("");
        match name {
            "FM" | "AM" => Value::from_bytes(&[0xFE]),
            "VM" => Value::from_bytes(&[0xFD]),
            "SM" | "SVM" => Value::from_bytes(&[0xFC]),
            "TM" => Value::from_bytes(&[0xFB]),
            "IM" => Value::from_bytes(&[0xFF]),
            "TRUE" => Value::Int(1),
            "FALSE" => Value::Int(0),
            // system-common variables: like every COMMON variable they start
            // as 0 in ScarletDME, not as an empty string (`@USER2<3> = "x"`
            // gives 0^^x)
            "USER0" | "USER1" | "USER2" | "USER3" | "USER4" | "ID" | "RECORD" | "ANS"
            | "USER.RETURN.CODE" | "ABORT.CODE" => {
                self.sess.user.get(name).cloned().unwrap_or(Value::Int(0))
            }
            "ABORT.MESSAGE" => self
                .sess
                .user
                .get(name)
                .cloned()
                .unwrap_or_else(Value::empty),
            "SYSTEM.RETURN.CODE" => self.sess.system_return_code.clone(),
            "SELECTED" => Value::Int(self.sess.selected),
            "DATE" => Value::Int(now_date_time().0),
            "TIME" => Value::Int(now_date_time().1),
            "DAY" | "MONTH" | "YEAR" => {
                let d = now_date_time().0;
                let code: &[u8] = match name {
                    "DAY" => b"DD",
                    "MONTH" => b"DM",
                    _ => b"DY",
                };
                let s = crate::builtins::conv::oconv(d.to_string().as_bytes(), code);
                Value::str(s.value)
            }
            "PATH" => Value::text(&self.sess.account.to_string_lossy()),
            "WHO" => Value::text(
                &self
                    .sess
                    .account
                    .file_name()
                    .map(|s| s.to_string_lossy().to_string())
                    .unwrap_or_default(),
            ),
            // @USER is BCOMP's name for the same system-common slot as @LOGNAME
            "LOGNAME" | "USER" => Value::text(
                &std::env::var("LOGNAME")
                    .or_else(|_| std::env::var("USER"))
                    .unwrap_or_default(),
            ),
            "SENTENCE" | "COMMAND" | "PARASENTENCE" => Value::from_bytes(&self.sess.sentence),
            "DS" => Value::text("/"),
            "USERNO" | "USER.NO" => Value::Int(crate::host::phantom::userno()),
            "TTY" => Value::text("pipe"),
            // the account's TERM 32000,32000 (ScarletDME's LOGIN in the
            // accounts the corpus runs in) sets the display and the printer
            "CRTWIDE" | "LPTRWIDE" | "CRTHIGH" | "LPTRHIGH" => {
                Value::Int(crate::host::print_units::DISPLAY_SIZE)
            }
            "LEVEL" => Value::Int(self.sess.depth as i64 + 1),
            "HOSTNAME" => Value::text(&hostname()),
            "TIMEDATE" => Value::text(""),
            "NULL" | "NULL.STR" => Value::from_bytes(&[0x80]),
            "TERM.TYPE" => Value::text("vt100"),
            "STATUS" => self.status.clone(),
            "TRANSACTION.ID" => Value::int(self.sess.txn.id() as i64),
            "TRANSACTION.LEVEL" => Value::int(self.sess.txn.level()),
            _ => Value::empty(),
        }
    }

    pub(super) fn store_at(&mut self, i: u16, v: Value) {
        if let Some(name) = AT_VARS.get(i as usize) {
            self.sess.user.insert(name.to_string(), v);
        }
    }
}

fn hostname() -> String {
    std::fs::read_to_string("/etc/hostname")
        .map(|s| s.trim().to_string())
        .unwrap_or_else(|_| "localhost".into())
}
