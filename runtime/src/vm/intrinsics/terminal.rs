//! Terminal, keyboard and device functions as ScarletDME behaves with no
//! terminal (standard input a file or at end): KEYIN/KEYINC/KEYINR/KEYCODE/
//! KEYREADY, INPUTBLK, TTYGET, TERMINFO, BINDKEY, GETPU, PRINTER.SETTING,
//! CHGPHANT, CONNECT.PORT, GET.MESSAGES, INDICES; ENCRYPT/DECRYPT and
//! ENTER.PACKAGE/EXIT.PACKAGE, which stop as in ScarletDME's GPL build.

use std::io::Read;

use super::not_routed;
use crate::bytecode::intrinsics::I;
use crate::value::ops::*;
use crate::value::Value;
use crate::vm::{Halt, RuntimeError, Step, Vm};

impl Vm {
    pub(super) fn terminal_intrinsic(
        &mut self,
        which: I,
        base: usize,
        argc: usize,
    ) -> Result<Value, Step> {
        let arg = |i: usize| self.arg(base, i).clone();
        Ok(match which {
            I::Keyin | I::Keyinc | I::Keyinr | I::Keycode | I::Keyready => {
                // ScarletDME reads the keyboard; at the end of its input the
                // process ends with "Process terminated"
                let mut b = [0u8; 1];
                let got = if which == I::Keyready || self.sess.sandbox.is_some() {
                    0
                } else {
                    self.sess.flush();
                    std::io::stdin().read(&mut b).unwrap_or(0)
                };
                if got == 0 {
                    self.sess.terminate();
                    return Err(Step::Halt(Halt::Stop));
                }
                match which {
                    I::Keycode => Value::int(b[0] as i64),
                    I::Keyinc if b[0].is_ascii_lowercase() => {
                        Value::from_bytes(&[b[0].to_ascii_uppercase()])
                    }
                    _ => Value::from_bytes(&b),
                }
            }
            I::Inputblk => {
                let n = to_int(&arg(0))?.clamp(0, 1 << 20) as usize;
                let mut buf = vec![0u8; n];
                let got = if self.sess.sandbox.is_some() {
                    0
                } else {
                    self.sess.flush();
                    std::io::stdin().read(&mut buf).unwrap_or(0)
                };
                buf.truncate(got);
                Value::str(buf)
            }
            I::SaveScreen => {
                // SAVE.SCREEN(col, row, width, lines): with no terminal the
                // image keeps only the pagination state
                let mut n = [0i64; 4];
                for (i, v) in n.iter_mut().enumerate() {
                    *v = to_int(&arg(i))?;
                }
                let size = crate::host::print_units::DISPLAY_SIZE;
                let [x, y, w, h] = n;
                if x < 0 || w < 1 || x + w > size || y < 0 || h < 1 || y + h > size {
                    return Err(RuntimeError::Fatal("Illegal screen region").into());
                }
                Value::handle(std::rc::Rc::new(crate::host::display::ScreenImage {
                    pagination: self.sess.term.dsp.paginate,
                }))
            }
            I::Ttyget => {
                self.status = Value::Int(0);
                Value::str(self.sess.term.tty.get())
            }
            I::Terminfo => {
                if argc == 0 {
                    // the start of the terminal's record: name, columns, lines
                    let mut t = std::env::var("TERM").unwrap_or_default().into_bytes();
                    t.extend_from_slice(b"\xFE80\xFE24");
                    Value::str(t)
                } else {
                    match &*self.sarg(base, 0) {
                        b"cols" => Value::Int(80),
                        b"lines" => Value::Int(24),
                        _ => Value::empty(),
                    }
                }
            }
            I::Bindkey => {
                let action = to_int(&arg(1))?;
                let (r, st) = match action {
                    -3 | -2 => (Value::empty(), 0),
                    -4 | -1 | 0..=255 => (Value::Int(1), 0),
                    _ => (Value::Int(0), 2),
                };
                self.status = Value::Int(st);
                r
            }
            I::Getpu => {
                use crate::host::print_units::PuAnswer;
                let (key, unit) = (to_int(&arg(0))?, to_int(&arg(1))?);
                self.status = Value::Int(0);
                // the keys that describe the page being printed, for the
                // printer units (the display's come from its settings)
                if (0..=255).contains(&unit) && matches!(key, 15 | 1002..=1005 | 2000) {
                    let st = self.sess.unit_state(unit);
                    return Ok(Value::Int(match key {
                        15 => st.page_no,
                        1002 => st.data_lines - st.line,
                        1003 => st.heading_lines,
                        1004 => st.footing_lines,
                        1005 => st.data_lines,
                        _ => {
                            let n = st.line + 1;
                            if n > st.data_lines {
                                1
                            } else {
                                n
                            }
                        }
                    }));
                }
                match self.sess.print_units.get(key, unit) {
                    PuAnswer::Value(v) => v,
                    PuAnswer::Status(code) => {
                        self.status = Value::Int(code as i64);
                        Value::Int(0)
                    }
                    PuAnswer::Unsupported(what) => {
                        return Err(RuntimeError::NotSupported(what.into()).into())
                    }
                }
            }
            I::PrinterSetting => {
                use crate::host::printer_setting::SettingError;
                let (unit, key) = (to_int(&arg(0))?, to_int(&arg(1))?);
                let value = to_int(&arg(2))?;
                self.status = Value::Int(0);
                match self.sess.printer_setting(unit, key, value) {
                    Ok(v) => v,
                    Err(SettingError::BadKey) => {
                        return Err(RuntimeError::Fatal("Unrecognised printer setting key").into())
                    }
                    Err(SettingError::BadUnit) => {
                        return Err(RuntimeError::Fatal("Invalid print unit").into())
                    }
                }
            }
            I::Chgphant => {
                self.status = Value::Int(0);
                Value::Int(1)
            }
            I::ConnectPort => {
                let dev = String::from_utf8_lossy(&self.sarg(base, 0)).into_owned();
                if std::path::Path::new(&dev).exists() {
                    return Err(RuntimeError::UnknownExtension(format!(
                        "CONNECT.PORT (serial ports are not supported): {dev}"
                    ))
                    .into());
                }
                self.status = Value::Int(1016);
                Value::Int(0)
            }
            I::GetMessages => {
                self.status = Value::Int(3006);
                Value::empty()
            }
            // compiled by ScarletDME, but its opcodes are missing from the
            // GPL build: the program stops there
            I::Encrypt => return Err(RuntimeError::Fatal("Illegal opcode xCFDF").into()),
            I::Decrypt => return Err(RuntimeError::Fatal("Illegal opcode xCFE0").into()),
            I::EnterPackage | I::ExitPackage => {
                return Err(RuntimeError::Fatal("Illegal opcode xCF8B").into())
            }
            I::Indices => {
                // INDICES(f): the names of the file's indices; INDICES(f,
                // name): one index's definition (names are case-sensitive)
                use crate::host::ak_store;
                let f = arg(0);
                let name = (argc >= 2).then(|| arg(1).to_bytes(self.prec()).into_owned());
                let Some(df) = f.resource::<crate::host::dir_file::DirFile>() else {
                    return Err(RuntimeError::FileNotOpen.into());
                };
                let all = {
                    let _hold = ak_store::hold_shared(&df.path);
                    ak_store::load_all(&df.path)
                };
                self.status = Value::Int(0);
                match name {
                    None => {
                        let names: Vec<Vec<u8>> = all.into_iter().map(|i| i.name).collect();
                        Value::str(names.join(&0xFEu8))
                    }
                    Some(name) => match all.iter().find(|i| i.name == name) {
                        Some(ix) => Value::str(ak_store::indices_info(ix)),
                        None => Value::empty(),
                    },
                }
            }
            _ => return Err(not_routed(which)),
        })
    }
}
