//! Print unit settings as SETPU sets them and GETPU reports them: the
//! display (unit -1) and print units 0 to 255 with ScarletDME's defaults
//! (80 by 66 pages; the display as large as the account's terminal).
//! mvbasic prints nothing on a printer: these are the settings only.

use std::collections::HashMap;

use crate::value::Value;

/// ER$BAD.KEY: unknown GETPU/SETPU key.
pub const ER_BAD_KEY: i32 = 1006;
/// ER$PRT.UNIT: print unit out of range.
pub const ER_PRT_UNIT: i32 = 1007;
/// ER$MODE: unknown print mode.
pub const ER_MODE: i32 = 1009;

/// The display's width and depth (the account's terminal is set to 32000
/// by 32000, ScarletDME's `TERM` in a fresh account's LOGIN).
pub const DISPLAY_SIZE: i64 = 32000;

/// Settings changed by SETPU, by unit and key.
#[derive(Debug, Default)]
pub struct PrintUnits {
    set: HashMap<(i64, i64), Value>,
    /// Units other than the display and unit 0 that GETPU or SETPU used
    /// (ScarletDME defines a unit on first use).
    defined: std::collections::HashSet<i64>,
}

/// SETPU was given a value that is not a number where one is needed.
#[derive(Debug)]
pub struct NotNumeric;

/// What GETPU answers, or why it cannot.
pub enum PuAnswer {
    /// The setting.
    Value(Value),
    /// A STATUS() code (result 0).
    Status(i32),
    /// A setting that depends on printed output, which is not tracked.
    Unsupported(&'static str),
}

fn int(n: i64) -> Option<Value> {
    Some(Value::Int(n))
}

fn text(s: &str) -> Option<Value> {
    Some(Value::text(s))
}

impl PrintUnits {
    fn valid_unit(unit: i64) -> bool {
        (-1..=255).contains(&unit)
    }

    /// A setting as ScarletDME starts it, None for an unknown key.
    fn default(unit: i64, key: i64) -> Option<Value> {
        let display = unit < 0;
        let (width, length) = if display {
            (DISPLAY_SIZE, DISPLAY_SIZE)
        } else {
            (80, 66)
        };
        match key {
            // mode: display (0) for unit 0 and the display, file (3) else
            1 => int(match unit {
                -1 => 0,
                0 => 1,
                _ => 3,
            }),
            2 => int(width),
            3 => int(length),
            4..=6 | 1003 | 1004 | 1013 => int(0),
            7 => int(if display { 6161 } else { 16 }),
            9..=11 | 1006..=1009 | 1015 | 1017 | 1018 => text(""),
            12 | 15 => int(1),
            1010 => int(10),
            1011 => int(26),
            1012 => int(6),
            1014 => text("8U"),
            1016 => text("\n"),
            _ => None,
        }
    }

    fn get_setting(&self, unit: i64, key: i64) -> Option<Value> {
        match self.set.get(&(unit, key)) {
            Some(v) => Some(v.clone()),
            None => Self::default(unit, key),
        }
    }

    fn number(&self, unit: i64, key: i64) -> i64 {
        match self.get_setting(unit, key) {
            Some(Value::Int(n)) => n,
            _ => 0,
        }
    }

    /// A numeric setting (0 when it is not a number).
    pub fn int_setting(&self, unit: i64, key: i64) -> i64 {
        self.number(unit, key)
    }

    /// A text setting (empty when unset).
    pub fn text_setting(&self, unit: i64, key: i64) -> Vec<u8> {
        match self.get_setting(unit, key) {
            Some(Value::Str(s)) => s.bytes().to_vec(),
            Some(Value::Int(n)) => n.to_string().into_bytes(),
            _ => Vec::new(),
        }
    }

    /// GETPU(key, unit).
    pub fn get(&mut self, key: i64, unit: i64) -> PuAnswer {
        if key == 0 {
            let defined = unit == -1 || unit == 0 || self.defined.contains(&unit);
            return PuAnswer::Value(Value::bool(defined));
        }
        if !Self::valid_unit(unit) {
            return PuAnswer::Status(ER_PRT_UNIT);
        }
        self.defined.insert(unit);
        match key {
            // lines on the page for data
            1005 => PuAnswer::Value(Value::Int(
                self.number(unit, 3) - self.number(unit, 4) - self.number(unit, 5),
            )),
            1002 => PuAnswer::Unsupported("GETPU key 1002 (lines left on the page)"),
            2000 => PuAnswer::Unsupported("GETPU key 2000 (line number on the page)"),
            _ => match self.get_setting(unit, key) {
                Some(v) => PuAnswer::Value(v),
                None => PuAnswer::Status(ER_BAD_KEY),
            },
        }
    }

    /// SETPU key, unit, value (`n`: the value as a number, if it is one):
    /// Ok(STATUS() code) as ScarletDME gives it (0 done), Err for a value
    /// that is not a number where one is needed.
    pub fn set(
        &mut self,
        key: i64,
        unit: i64,
        v: Value,
        n: Option<i64>,
    ) -> Result<i32, NotNumeric> {
        if !Self::valid_unit(unit) {
            return Ok(ER_PRT_UNIT);
        }
        self.defined.insert(unit);
        let num = |d: i64, min: i64| -> Result<Value, NotNumeric> {
            let n = n.ok_or(NotNumeric)?;
            Ok(Value::Int(if n < min { d } else { n }))
        };
        let value = match key {
            1 => {
                let m = n.ok_or(NotNumeric)?;
                if !matches!(m, 0 | 1 | 3..=6) {
                    return Ok(ER_MODE);
                }
                Value::Int(m)
            }
            2 => num(80, 0)?,
            3 => num(66, 0)?,
            4..=6 => num(0, 0)?,
            7 => Value::Int(n.ok_or(NotNumeric)?),
            12 | 15 => num(1, 1)?,
            1011 => num(1, 1)?,
            1012 | 1013 => Value::Int(n.ok_or(NotNumeric)?),
            1016 => {
                let s = v.to_bytes(4).into_owned();
                Value::str(if s == b"\r" || s == b"\r\n" {
                    s
                } else {
                    b"\n".to_vec()
                })
            }
            9 | 10 | 11 | 1006..=1009 | 1014 | 1015 | 1017 | 1018 => v,
            1010 => v,
            _ => return Ok(ER_BAD_KEY),
        };
        self.set.insert((unit, key), value);
        Ok(0)
    }
}
