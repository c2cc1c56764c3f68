//! PRINTER.SETTING(unit, key, value), ScarletDME's older interface to the
//! print unit settings GETPU and SETPU also reach: `value` -1 puts a setting
//! back to its default, a value of 0 or more sets it, -2 (or any other
//! negative value) only reports it; the keys that describe the page being
//! printed (data, heading and footing lines, line and page number, lines
//! left) are reports only.

use crate::host::session::Session;
use crate::value::Value;

/// Why PRINTER.SETTING failed (ScarletDME's run-time error texts).
pub enum SettingError {
    /// A unit outside -1..255.
    BadUnit,
    /// A key outside 1..15.
    BadKey,
}

impl Session {
    /// PRINTER.SETTING(unit, key, value).
    pub fn printer_setting(
        &mut self,
        unit: i64,
        key: i64,
        value: i64,
    ) -> Result<Value, SettingError> {
        if !(-1..=255).contains(&unit) {
            return Err(SettingError::BadUnit);
        }
        // settable keys: (GETPU/SETPU key, default)
        let settable = match key {
            1 => Some((2, 80)),
            2 => Some((3, 66)),
            3 => Some((4, 0)),
            4 => Some((5, 0)),
            5 => Some((6, 0)),
            11 => Some((7, 0)),
            15 => Some((12, 1)),
            _ => None,
        };
        if let Some((pu_key, default)) = settable {
            let new = match value {
                -1 => Some(default),
                v if v >= 0 => Some(v),
                _ => None,
            };
            if let Some(n) = new {
                let _ = self.print_units.set(pu_key, unit, Value::Int(n), Some(n));
            }
            return Ok(Value::Int(self.print_units.int_setting(unit, pu_key)));
        }
        let st = self.unit_state(unit);
        Ok(match key {
            6 => Value::Int(st.data_lines),
            7 => Value::Int(st.heading_lines),
            8 => Value::Int(st.footing_lines),
            9 => Value::Int(self.print_units.int_setting(unit, 1)),
            10 => {
                let k = if self.print_units.int_setting(unit, 1) == 3 {
                    1018
                } else {
                    1017
                };
                Value::str(self.print_units.text_setting(unit, k))
            }
            12 => {
                let n = st.line + 1;
                Value::Int(if n > st.data_lines { 1 } else { n })
            }
            13 => Value::Int(st.page_no + i64::from(st.line >= st.data_lines)),
            14 => Value::Int(st.data_lines - st.line - i64::from(unit < 0)),
            _ => return Err(SettingError::BadKey),
        })
    }
}
