//! `mvbasic exec`: runs one command line in an account as EXECUTE would.
//!
//! This is how a PHANTOM runs its command (`mvbasic --account DIR exec
//! "RUN BP WORKER"`), and it also makes the TCL verbs (RUN, PHANTOM,
//! LIST.PHANTOMS, STOP.PHANTOM, ...) usable from a shell.

use std::path::Path;
use std::rc::Rc;

use crate::host::phantom;
use crate::host::session::Session;
use crate::vm::Vm;

/// Runs `line` in `account` with the EXECUTE machinery (extension hooks and
/// built-in verbs), writing its output to stdout. A phantom removes its own
/// register entry when the command ends. Returns the process exit status:
/// the program's SET.EXIT.STATUS value, 2 if the command could not be
/// started at all.
pub fn run_command_line(account: &Path, line: &str) -> i32 {
    // An empty top-level program to host the EXECUTE, as a TCL prompt would.
    let chunk = match crate::host::programs::compile_source(account, None, "EXEC", "EXEC", b"END\n")
    {
        Ok(c) => c,
        Err(errs) => {
            for e in errs {
                eprintln!("{e}");
            }
            return 2;
        }
    };
    let mut sess = Session::new(account.to_path_buf());
    sess.prog_file = "BP".to_string();
    sess.sentence = line.as_bytes().to_vec();
    let mut vm = Vm::new(Rc::new(chunk), sess);
    let status = match vm.execute(line.as_bytes(), false) {
        Ok(_) => vm.sess.exit_status.unwrap_or(0),
        Err(_) => vm.sess.exit_status.unwrap_or(1),
    };
    vm.sess.flush();
    phantom::on_exit(account);
    status
}
