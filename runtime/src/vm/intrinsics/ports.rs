//! GET.PORT.PARAMS and SET.PORT.PARAMS: the settings of a serial port
//! opened with OPENSEQ. mvbasic opens no serial ports, so these only give
//! ScarletDME's answers for everything else: a variable that holds no file
//! stops the program (`Requires file variable`), a file opened with OPEN
//! gives STATUS() 3013, any other sequential file 3027 (not a port). A
//! terminal device opened with OPENSEQ is refused by name.

use std::cell::RefCell;

use super::not_routed;
use crate::bytecode::intrinsics::I;
use crate::host::dir_file::DirFile;
use crate::host::seq_file::SeqFile;
use crate::status_codes::{ER_LENGTH, ER_NPORT, ER_NSEQ};
use crate::value::Value;
use crate::vm::{RuntimeError, Step, Vm};

/// The longest SET.PORT.PARAMS settings string ScarletDME accepts.
const MAX_SETTINGS: usize = 256;

impl Vm {
    pub(super) fn port_intrinsic(&mut self, which: I, base: usize) -> Result<Value, Step> {
        let fail = match which {
            I::GetPortParams => Value::empty(),
            I::SetPortParams => Value::Int(0),
            _ => return Err(not_routed(which)),
        };
        // SET.PORT.PARAMS looks at the settings before the file
        if which == I::SetPortParams && self.sarg(base, 1).len() > MAX_SETTINGS {
            self.status = Value::Int(ER_LENGTH as i64);
            return Ok(fail);
        }
        let f = self.arg(base, 0);
        let code = if let Some(s) = f.resource::<RefCell<SeqFile>>() {
            let path = s.borrow().path.clone();
            if is_terminal(&path) {
                let name = if which == I::GetPortParams {
                    "GET.PORT.PARAMS"
                } else {
                    "SET.PORT.PARAMS"
                };
                return Err(RuntimeError::NotSupported(format!(
                    "{name} on a serial port ({})",
                    path.display()
                ))
                .into());
            }
            ER_NPORT
        } else if f.resource::<DirFile>().is_some() {
            ER_NSEQ
        } else {
            return Err(RuntimeError::FileNotOpen.into());
        };
        self.status = Value::Int(code as i64);
        Ok(fail)
    }
}

/// Whether `path` is a terminal device, as ScarletDME decides that an
/// OPENSEQ path is a port: under `/dev/` and a tty.
fn is_terminal(path: &std::path::Path) -> bool {
    use std::os::unix::fs::OpenOptionsExt;
    use std::os::unix::io::AsRawFd;
    if !path.starts_with("/dev/") {
        return false;
    }
    // non-blocking, as ScarletDME opens it: a serial port may otherwise
    // wait for its carrier
    let f = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(path);
    match f {
        // SAFETY: isatty only inspects the open descriptor.
        Ok(f) => unsafe { libc::isatty(f.as_raw_fd()) == 1 },
        Err(_) => false,
    }
}
