//! `mvbasic` command line: `mvbasic [--account DIR] run PROGRAM [ARGS...]`,
//! `mvbasic [--account DIR] check FILE...` and
//! `mvbasic [--account DIR] exec COMMAND...` (one command line as EXECUTE
//! runs it: RUN, CREATE.FILE, PHANTOM, ...).

use std::path::PathBuf;
use std::process::ExitCode;

fn usage() -> ExitCode {
    eprintln!(
        "usage: mvbasic [--account DIR] run PROGRAM [ARGS...]\n       mvbasic [--account DIR] check FILE...\n       mvbasic [--account DIR] exec COMMAND..."
    );
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut account = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
    while let Some(pos) = args
        .iter()
        .position(|a| a == "--account" || a.starts_with("--account="))
    {
        if let Some(v) = args[pos].strip_prefix("--account=") {
            account = PathBuf::from(v);
            args.remove(pos);
        } else if pos + 1 < args.len() {
            account = PathBuf::from(&args[pos + 1]);
            args.drain(pos..pos + 2);
        } else {
            return usage();
        }
    }
    let account = std::fs::canonicalize(&account).unwrap_or(account);
    match args.first().map(|s| s.as_str()) {
        Some("run") if args.len() >= 2 => mvbasic_cli::run(&account, &args[1], &args[2..]),
        Some("check") if args.len() >= 2 => mvbasic_cli::check(&account, &args[1..]),
        Some("exec") if args.len() >= 2 => {
            // one TCL command line, as EXECUTE runs it (used by PHANTOM)
            let line = args[1..].join(" ");
            ExitCode::from(mvbasic::runner::run_command_line(&account, &line).clamp(0, 255) as u8)
        }
        _ => usage(),
    }
}

mod mvbasic_cli {
    use std::path::{Path, PathBuf};
    use std::process::ExitCode;
    use std::rc::Rc;

    use mvbasic::host::session::Session;
    use mvbasic::vm::{Halt, Vm};

    /// Resolves PROGRAM: `FILE/ITEM` or `FILE ITEM` relative to the account,
    /// or any path to a source file.
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

    pub fn run(account: &Path, prog: &str, rest: &[String]) -> ExitCode {
        let (path, file, item) = match resolve(account, prog) {
            Some(x) => x,
            None => {
                eprintln!("mvbasic: program {} not found", prog);
                return ExitCode::from(2);
            }
        };
        let text = match std::fs::read(&path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("mvbasic: {}: {}", path.display(), e);
                return ExitCode::from(2);
            }
        };
        let display = prog.to_string();
        let chunk = match mvbasic::host::programs::compile_source(
            account,
            path.parent(),
            &display,
            &item,
            &text,
        ) {
            Ok(c) => c,
            Err(errs) => {
                for e in errs {
                    eprintln!("{}", e);
                }
                return ExitCode::from(2);
            }
        };
        let mut sess = Session::new(account.to_path_buf());
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
        let r = match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| vm.run())) {
            Ok(r) => r,
            Err(_) => {
                vm.sess.flush();
                eprintln!("mvbasic: internal error while running {}", prog);
                return ExitCode::from(3);
            }
        };
        vm.sess.flush();
        match r {
            Ok(()) | Err(Halt::Stop) | Err(Halt::Chain(_)) => {
                ExitCode::from(vm.sess.exit_status.unwrap_or(0) as u8)
            }
            Err(Halt::Abort) => ExitCode::from(vm.sess.exit_status.unwrap_or(1) as u8),
            Err(Halt::Error(m)) => {
                eprintln!("mvbasic: run-time error in {}", m);
                ExitCode::from(1)
            }
        }
    }

    pub fn check(account: &Path, files: &[String]) -> ExitCode {
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
            if let Err(errs) =
                mvbasic::host::programs::compile_source(account, p.parent(), f, &item, &text)
            {
                for e in errs {
                    eprintln!("{}", e);
                }
                bad = true;
            }
        }
        if bad {
            ExitCode::from(1)
        } else {
            ExitCode::SUCCESS
        }
    }
}
