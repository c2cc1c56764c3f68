//! OS.EXECUTE: a command line run by the shell as ScarletDME runs it
//! (`/bin/bash -c COMMAND`, an empty command starts `/bin/bash -i`), its
//! standard output and error read together.

use std::process::{Command, Stdio};

/// Runs `cmd`; returns its output (stdout and stderr as written) and its
/// exit status, or the reason it could not start.
pub fn run_shell(cmd: &[u8]) -> std::io::Result<(Vec<u8>, i32)> {
    use std::io::Read;
    use std::os::unix::ffi::OsStrExt;
    let (mut reader, writer) = std::io::pipe()?;
    let mut c = Command::new("/bin/bash");
    if cmd.is_empty() {
        c.arg("-i");
    } else {
        c.arg("-c").arg(std::ffi::OsStr::from_bytes(cmd));
    }
    c.stdin(Stdio::null())
        .stdout(writer.try_clone()?)
        .stderr(writer);
    let mut child = c.spawn()?;
    // the pipe's write ends live in `c`: drop it so the read ends at exit
    drop(c);
    let mut out = Vec::new();
    reader.read_to_end(&mut out)?;
    let status = child.wait()?;
    Ok((out, status.code().unwrap_or(-1)))
}
