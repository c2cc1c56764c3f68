//! The embedding: builds the [`Host`] (the extension table, filled by
//! `crate::net::register`, and the executable PHANTOM starts), hands its
//! extension names to the compiler and the host to the VM, and runs what the
//! `mvbasic` command line asks for: a program (`run`), a compile check
//! (`check`) or one command line as EXECUTE runs it (`exec`, which is how a
//! PHANTOM runs its command).

use std::path::{Path, PathBuf};
use std::rc::Rc;

use crate::extensions::ExtTable;
use crate::host::phantom;
use crate::host::session::Session;
use crate::host::Host;
use crate::vm::{Halt, Vm};

/// The extension table of the standard runtime: the socket verbs.
pub fn standard_extensions() -> ExtTable {
    let mut table = ExtTable::default();
    crate::net::register(&mut table);
    table
}

/// The host of the standard runtime: [`standard_extensions`], and this
/// process's own executable for PHANTOM.
pub fn standard_host() -> Rc<Host> {
    Rc::new(Host::new(standard_extensions()))
}

/// The process exit status for a BASIC exit status: its low 8 bits, as the
/// operating system reports `exit(n)` (ScarletDME gives 1 for
/// `SET.EXIT.STATUS 257` and 0 for 256).
pub fn exit_code(status: i32) -> u8 {
    status as u8
}

/// Resolves PROGRAM: `FILE/ITEM` relative to the account, or any path to a
/// source file: (path, directory file name, item name).
fn resolve(account: &Path, prog: &str) -> Option<(PathBuf, String, String)> {
    let p = if Path::new(prog).is_absolute() {
        PathBuf::from(prog)
    } else {
        account.join(prog)
    };
    if p.is_file() {
        let item = p.file_name()?.to_string_lossy().to_string();
        let dir = p.parent()?.to_path_buf();
        let file = dir
            .file_name()
            .map(|f| f.to_string_lossy().to_string())
            .unwrap_or_default();
        return Some((p, file, item));
    }
    None
}

/// `mvbasic run PROGRAM ARGS...`: compiles and runs a program with `host`.
/// Returns the process exit status: the program's SET.EXIT.STATUS (1 after
/// ABORT or a run-time error), 2 if it did not compile, 3 after an internal
/// fault.
pub fn run_program(account: &Path, prog: &str, rest: &[String], host: Rc<Host>) -> u8 {
    let (path, file, item) = match resolve(account, prog) {
        Some(x) => x,
        None => {
            eprintln!("mvbasic: program {} not found", prog);
            return 2;
        }
    };
    let text = match std::fs::read(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("mvbasic: {}: {}", path.display(), e);
            return 2;
        }
    };
    let chunk = match crate::host::programs::compile_source(
        account,
        path.parent(),
        prog,
        &item,
        &text,
        &host.extensions,
    ) {
        Ok(c) => c,
        Err(errs) => {
            for e in errs {
                eprintln!("{}", e);
            }
            return 2;
        }
    };
    let mut sess = Session::new(account.to_path_buf(), host);
    sess.prog_file = file.clone();
    let mut sentence = format!("RUN {} {}", file, item);
    for a in rest {
        sentence.push(' ');
        sentence.push_str(a);
    }
    sess.sentence = sentence.into_bytes();
    let mut vm = Vm::new(Rc::new(chunk), sess);
    // An internal fault must still flush what the program displayed and
    // exit with a status, never abort silently.
    let r = match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let r = vm.run();
        match &r {
            Err(Halt::Error(m)) => {
                // the message first, then the destructors of the objects
                // still held (ScarletDME's order)
                vm.sess.flush();
                eprintln!("mvbasic: run-time error in {}", m);
                vm.end_objects();
            }
            Err(Halt::Abort) => vm.end_objects(),
            _ => {}
        }
        r
    })) {
        Ok(r) => r,
        Err(_) => {
            vm.sess.flush();
            eprintln!("mvbasic: internal error while running {}", prog);
            return 3;
        }
    };
    vm.end_session_transactions();
    vm.sess.spool_close_all();
    vm.sess.end_terminated();
    vm.sess.flush();
    match r {
        Ok(()) | Err(Halt::Stop) | Err(Halt::Chain(_)) => {
            exit_code(vm.sess.exit_status.unwrap_or(0))
        }
        Err(Halt::Abort) => exit_code(vm.sess.exit_status.unwrap_or(1)),
        // reported above, before the destructors ran
        Err(Halt::Error(_)) => 1,
    }
}

/// `mvbasic check FILE...`: compiles each file, printing every error.
/// Returns 1 if any failed, else 0.
pub fn check(account: &Path, files: &[String], host: &Host) -> u8 {
    let mut bad = false;
    for f in files {
        let p = PathBuf::from(f);
        let text = match std::fs::read(&p) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("{}: {}", f, e);
                bad = true;
                continue;
            }
        };
        let item = p
            .file_name()
            .map(|s| s.to_string_lossy().to_string())
            .unwrap_or_default();
        if let Err(errs) = crate::host::programs::compile_source(
            account,
            p.parent(),
            f,
            &item,
            &text,
            &host.extensions,
        ) {
            for e in errs {
                eprintln!("{}", e);
            }
            bad = true;
        }
    }
    u8::from(bad)
}

/// `mvbasic exec COMMAND`: runs `line` in `account` with the EXECUTE
/// machinery (extension hooks and built-in verbs), writing its output to
/// stdout. A phantom removes its own register entry when the command ends.
/// Returns the process exit status: the program's SET.EXIT.STATUS value, 2
/// if the command could not be started at all.
pub fn run_command_line(account: &Path, line: &str, host: Rc<Host>) -> u8 {
    // An empty top-level program to host the EXECUTE, as a TCL prompt would.
    let chunk = match crate::host::programs::compile_source(
        account,
        None,
        "EXEC",
        "EXEC",
        b"END\n",
        &host.extensions,
    ) {
        Ok(c) => c,
        Err(errs) => {
            for e in errs {
                eprintln!("{e}");
            }
            return 2;
        }
    };
    let mut sess = Session::new(account.to_path_buf(), host);
    sess.prog_file = "BP".to_string();
    sess.sentence = line.as_bytes().to_vec();
    let mut vm = Vm::new(Rc::new(chunk), sess);
    let status = match vm.execute(line.as_bytes(), false) {
        Ok(_) => vm.sess.exit_status.unwrap_or(0),
        Err(_) => vm.sess.exit_status.unwrap_or(1),
    };
    vm.end_session_transactions();
    vm.sess.spool_close_all();
    vm.sess.end_terminated();
    vm.sess.flush();
    phantom::on_exit(account);
    exit_code(status)
}
