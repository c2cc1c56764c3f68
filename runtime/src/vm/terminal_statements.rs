//! Terminal and printer statements (`Sys::Term`, `bytecode::term_ops`) and
//! the end of PRINT/CRT, as ScarletDME runs them with no terminal: INPUT
//! reads the DATA queue, then standard input; at the end of input the
//! process ends ("Process terminated", `host::display`). The page model
//! (headings, page prompts, line counters) is `host::display`.

use super::{Halt, RuntimeError, Step, Vm};
use crate::builtins::term_codes::at_code;
use crate::bytecode::term_ops as t;
use crate::host::display::{Dest, ScreenImage};
use crate::host::print_units::DISPLAY_SIZE;
use crate::syntax::term_ast::*;
use crate::value::ops::*;
use crate::value::Value;

fn at(x: i64, y: i64) -> Vec<u8> {
    at_code(x, y, DISPLAY_SIZE, DISPLAY_SIZE)
}

/// `s` cut to `max` bytes and padded with spaces to `max` (`FMT(s, "nL")`).
fn field_text(s: &[u8], max: usize) -> Vec<u8> {
    let mut v = s[..s.len().min(max)].to_vec();
    v.resize(max, b' ');
    v
}

impl Vm {
    /// Ends the run after a statement that met the end of input (or Q at
    /// a page prompt), as ScarletDME does once the statement is done.
    pub(super) fn term_check(&mut self) -> Result<(), Step> {
        if self.sess.term.terminated.is_some() {
            return Err(Step::Halt(Halt::Stop));
        }
        if std::mem::take(&mut self.sess.term.quit) {
            return Err(Step::Halt(Halt::Stop));
        }
        Ok(())
    }

    /// The end of PRINT / CRT (`flags`: bit 0 newline, bit 1 PRINT, which
    /// goes to the print unit of PRINT ON or, with PRINTER ON, the printer).
    pub(super) fn print_end(&mut self, flags: u8) -> Result<(), Step> {
        let unit = std::mem::take(&mut self.sess.term.next_unit);
        let dest = if flags & 2 == 0 {
            Dest::Display
        } else {
            self.sess.print_dest(unit)
        };
        let line = std::mem::take(&mut self.pline);
        match dest {
            Dest::Display => {
                self.sess.dsp_text(&line);
                if flags & 1 != 0 {
                    self.sess.dsp_newline();
                }
            }
            other => match self.sess.spool_unit(unit) {
                Some(u) => self.sess.spool_print(u, &line, flags & 1 != 0),
                None => self.sess.printer_text(other, flags & 1 != 0),
            },
        }
        self.pline = line;
        self.pline.clear();
        self.term_check()
    }

    /// A `Sys::Term` operation.
    pub(super) fn term_op(&mut self, a: Vec<Value>) -> Result<(), Step> {
        let int = |i: usize| to_int(a.get(i).unwrap_or(&Value::Int(0)));
        match int(0)? as i32 {
            t::PRINT_UNIT => self.sess.term.next_unit = int(1)?,
            t::INPUT => {
                let flags = int(7)?;
                let s = if flags & IN_AT != 0 {
                    self.input_at(&a, flags)?
                } else {
                    self.input_plain(int(4)?, flags)
                };
                self.status = Value::Int(0);
                self.push(Value::Int(1));
                self.push(Value::str(s));
            }
            t::IN => {
                let n = match self.sess.key_in() {
                    Some(c) => {
                        if self.sess.echo && c >= 32 {
                            self.sess.dsp_text(&[c]);
                        }
                        c as i64
                    }
                    None => 0,
                };
                self.push(Value::bool(n != 0));
                self.push(Value::Int(n));
            }
            t::HEADING => {
                let p = self.prec();
                let text = a.get(2).map(|v| v.to_bytes(p).into_owned());
                self.sess
                    .heading(int(1)?, text.unwrap_or_default(), int(3)?);
            }
            t::PAGE => self.sess.page(int(1)?, int(2)?),
            t::PRINTER => self.sess.printer(int(1)?, int(2)?),
            t::RESTORE_SCREEN => {
                let img = a
                    .get(1)
                    .and_then(|v| v.resource::<ScreenImage>())
                    .ok_or(RuntimeError::Fatal("Data is not a screen image"))?;
                if truth(a.get(2).unwrap_or(&Value::Int(0)))? {
                    self.sess.term.dsp.paginate = img.pagination;
                }
            }
            t::TTYSET => {
                let p = self.prec();
                let v = a
                    .get(1)
                    .map(|v| v.to_bytes(p).into_owned())
                    .unwrap_or_default();
                let f = |n| crate::builtins::dynarray::extract(&v, n, 0, 0);
                // the break character is taken as an integer
                let brkch = to_int(&Value::from_bytes(f(3)))?;
                self.sess.term.tty.set(f(1), f(2), brkch, f(4), f(5));
            }
            t::CLEAR_INPUT => {
                if self.sess.sandbox.is_none() {
                    crate::host::display::clear_type_ahead();
                }
            }
            _ => return Err(RuntimeError::BadStatementOp.into()),
        }
        self.term_check()
    }

    /// A line of standard input (no terminal: a pipe or a file), None at
    /// its end.
    pub(super) fn stdin_line(&mut self) -> Option<Vec<u8>> {
        if self.sess.sandbox.is_some() {
            return None;
        }
        self.sess.flush();
        let mut s = String::new();
        if std::io::stdin().read_line(&mut s).unwrap_or(0) == 0 {
            return None;
        }
        while s.ends_with('\n') || s.ends_with('\r') {
            s.pop();
        }
        Some(s.into_bytes())
    }

    /// INPUT var[, len] [:] [_] [UPCASE] [HIDDEN]: the prompt character,
    /// then a DATA item (else a line of standard input), echoed.
    pub(super) fn input_plain(&mut self, len: i64, flags: i64) -> Vec<u8> {
        if len < 0 {
            // INPUT var, -1 asks the keyboard whether input is waiting:
            // with no terminal that reads the end of input; from a pipe
            // ScarletDME always answers 1
            if crate::host::display::stdin_is_pipe() {
                return b"1".to_vec();
            }
            self.sess.terminate();
            return Vec::new();
        }
        let paginate = self.sess.term.dsp.paginate;
        let max = if len == 0 { usize::MAX } else { len as usize };
        let prompt = self.sess.prompt.clone();
        if !prompt.is_empty() {
            self.sess.dsp_text(&prompt);
        }
        let line = match self.sess.data.pop_front() {
            Some(d) => Some(d),
            None => {
                // a line of standard input (not echoed: mvbasic reads it
                // as a line, not key by key)
                let l = self.stdin_line();
                if l.is_none() {
                    self.sess.input_ended();
                }
                let mut l = l.unwrap_or_default();
                l.truncate(max);
                return l;
            }
        };
        let Some(mut s) = line else {
            return Vec::new();
        };
        s.truncate(max);
        if flags & IN_UPCASE != 0 {
            s.make_ascii_uppercase();
        }
        if self.sess.echo {
            let shown = if flags & IN_HIDDEN != 0 {
                vec![b'*'; s.len()]
            } else {
                s.clone()
            };
            self.sess.dsp_text(&shown);
            if flags & IN_NOLF == 0 {
                self.sess.dsp_newline();
            }
        }
        if paginate {
            self.sess.term.dsp.paginate = true;
            self.sess.term.dsp.line = 0;
        }
        s
    }

    /// INPUT @(x, y)[:]var[, len] and INPUTFIELD: the field at its place,
    /// then a DATA item shown in it (else the end of input).
    fn input_at(&mut self, a: &[Value], flags: i64) -> Result<Vec<u8>, Step> {
        let p = self.prec();
        let int = |i: usize| to_int(a.get(i).unwrap_or(&Value::Int(0)));
        let bytes = |i: usize| {
            a.get(i)
                .map(|v| v.to_bytes(p).into_owned())
                .unwrap_or_default()
        };
        let (x, y) = (int(1)?, int(2)?);
        let max = int(4)?.max(0) as usize;
        let paginate = self.sess.term.dsp.paginate;
        let prompt = self.sess.prompt.clone();
        let mut o = if !prompt.is_empty() && x != 0 {
            [at(x - 1, y), prompt].concat()
        } else {
            at(x, y)
        };
        let hidden = flags & IN_HIDDEN != 0;
        if flags & IN_DISPLAY != 0 {
            let cur = bytes(3);
            let s = if flags & IN_MASK != 0 {
                let mask = bytes(5);
                crate::builtins::fmt::fmt(crate::builtins::fmt::FmtInput::Str(&cur), &mask, 4)
            } else {
                cur
            };
            let shown = match (max, hidden) {
                (0, true) => vec![b'*'; s.len()],
                (0, false) => s,
                (m, true) => vec![b'*'; m],
                (m, false) => field_text(&s, m),
            };
            o.extend(shown);
        } else {
            o.extend(vec![b' '; max]);
        }
        o.extend(at(x, y));
        self.sess.dsp_text(&o);
        let got = match self.sess.data.pop_front() {
            Some(s) => Some(s),
            None => {
                // keys are read at the start of the field
                self.sess
                    .dsp_text(&at(x % DISPLAY_SIZE, y + x / DISPLAY_SIZE));
                self.stdin_line()
            }
        };
        let Some(mut s) = got else {
            self.sess.input_ended();
            return Ok(Vec::new());
        };
        if flags & IN_UPCASE != 0 {
            s.make_ascii_uppercase();
        }
        if max > 0 && flags & IN_PANNING == 0 {
            s.truncate(max);
        }
        if self.sess.echo {
            let shown = match (max, hidden) {
                (0, true) => vec![b'*'; s.len()],
                (0, false) => s.clone(),
                (m, true) => vec![b'*'; m],
                (m, false) => field_text(&s, m),
            };
            self.sess.dsp_text(&shown);
            if flags & IN_NOLF == 0 {
                self.sess.dsp_newline();
            }
        }
        if paginate {
            self.sess.term.dsp.paginate = true;
            self.sess.term.dsp.line = 0;
        }
        Ok(s)
    }
}
