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
    let host = mvbasic::runner::standard_host();
    let status = match args.first().map(|s| s.as_str()) {
        Some("run") if args.len() >= 2 => {
            mvbasic::runner::run_program(&account, &args[1], &args[2..], host)
        }
        Some("check") if args.len() >= 2 => mvbasic::runner::check(&account, &args[1..], &host),
        // one TCL command line, as EXECUTE runs it (used by PHANTOM)
        Some("exec") if args.len() >= 2 => {
            mvbasic::runner::run_command_line(&account, &args[1..].join(" "), host)
        }
        _ => return usage(),
    };
    ExitCode::from(status)
}
