//! Opt-in diagnostics. Silent unless the `MVTLS_LOG` environment variable is
//! set: `1` (or `stderr`) logs to standard error, any other non-empty value
//! (except `0`) is a file path to append to.

use std::io::Write;
use std::sync::{Mutex, OnceLock};

enum Sink {
    Off,
    Stderr,
    File(Mutex<std::fs::File>),
}

fn sink() -> &'static Sink {
    static S: OnceLock<Sink> = OnceLock::new();
    S.get_or_init(|| match std::env::var("MVTLS_LOG") {
        Err(_) => Sink::Off,
        Ok(v) if v.is_empty() || v == "0" => Sink::Off,
        Ok(v) if v == "1" || v.eq_ignore_ascii_case("stderr") => Sink::Stderr,
        Ok(path) => match std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&path)
        {
            Ok(f) => Sink::File(Mutex::new(f)),
            Err(_) => Sink::Stderr,
        },
    })
}

/// True when logging is enabled.
pub fn enabled() -> bool {
    !matches!(sink(), Sink::Off)
}

/// Logs one line (prefixed with `mvtls[pid]:`) if logging is enabled.
pub fn log(msg: std::fmt::Arguments<'_>) {
    let line = match sink() {
        Sink::Off => return,
        _ => format!("mvtls[{}]: {}\n", std::process::id(), msg),
    };
    match sink() {
        Sink::Off => {}
        Sink::Stderr => {
            let _ = std::io::stderr().write_all(line.as_bytes());
        }
        Sink::File(f) => {
            if let Ok(mut f) = f.lock() {
                let _ = f.write_all(line.as_bytes());
            }
        }
    }
}

/// `mvlog!("fmt", args...)`: log a line when `MVTLS_LOG` is set.
#[macro_export]
macro_rules! mvlog {
    ($($arg:tt)*) => {
        if $crate::log::enabled() {
            $crate::log::log(format_args!($($arg)*));
        }
    };
}
