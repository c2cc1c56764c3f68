//! The terminal settings of TTYGET() and TTYSET, kept per process as
//! ScarletDME keeps them (its `_TTYGET`/`_TTYSET` routines over PTERM):
//! they exist, and are reported and set, with no terminal too.

use crate::builtins::compare::values_equal;

/// A process's terminal settings.
#[derive(Debug, Clone)]
pub struct TtyModes {
    /// The break key interrupts the program.
    pub brk: bool,
    /// Keyboard input is case-inverted.
    pub invert: bool,
    /// The break key's character code (ScarletDME keeps it as a C `char`).
    pub brkch: i64,
    /// What a display newline is written as (at most 10 bytes).
    pub onewline: Vec<u8>,
    /// The character that ends a line of keyboard input.
    pub inewline: u8,
    /// `onewline` as written ([`TtyModes::newline_out`]).
    nl_out: Vec<u8>,
}

impl Default for TtyModes {
    fn default() -> TtyModes {
        TtyModes {
            brk: true,
            invert: true,
            brkch: 3,
            onewline: b"\r\n".to_vec(),
            inewline: b'\r',
            nl_out: b"\n".to_vec(),
        }
    }
}

impl TtyModes {
    /// TTYGET(): break on, case inversion, break character, output newline,
    /// input newline, one field each.
    pub fn get(&self) -> Vec<u8> {
        let mut v = Vec::new();
        v.extend_from_slice(if self.brk { b"1" } else { b"0" });
        v.push(0xFE);
        v.extend_from_slice(if self.invert { b"1" } else { b"0" });
        v.push(0xFE);
        v.extend_from_slice(self.brkch.to_string().as_bytes());
        v.push(0xFE);
        v.extend_from_slice(&self.onewline);
        v.push(0xFE);
        v.push(self.inewline);
        v
    }

    /// TTYSET with the settings' fields: fields 1 and 2 are on when they
    /// are not equal to 0 (so `""` is on), a break character of 0 and empty
    /// newlines leave the setting as it is; `brkch` is field 3 as an integer.
    pub fn set(&mut self, brk: &[u8], invert: &[u8], brkch: i64, onewline: &[u8], inewline: &[u8]) {
        self.brk = !values_equal(brk, b"0");
        self.invert = !values_equal(invert, b"0");
        if brkch != 0 {
            self.brkch = brkch as u8 as i8 as i64;
        }
        if !onewline.is_empty() {
            self.onewline = onewline[..onewline.len().min(10)].to_vec();
            self.nl_out = self.onewline.clone();
            if self.nl_out.ends_with(b"\r\n") {
                self.nl_out.remove(self.nl_out.len() - 2);
            }
        }
        if let Some(&c) = inewline.first() {
            self.inewline = c;
        }
    }

    /// The bytes a display newline is written as: the output newline with a
    /// CR before its final LF dropped (the line ends mvbasic writes, as the
    /// dialect corpus holds ScarletDME's output).
    pub fn newline_out(&self) -> &[u8] {
        &self.nl_out
    }
}
