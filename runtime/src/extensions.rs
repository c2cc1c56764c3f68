//! The extension table: extra BASIC functions, statements and EXECUTE verbs
//! supplied by other modules (for example `crate::net` for sockets).
//!
//! Whoever embeds the runtime builds one table (`crate::runner` fills it
//! with `crate::net::register`) and hands it to the compiler (as
//! [`ExtNames`]: names and arity only) and to the VM (through
//! `crate::host::Host`). Names are looked up at compile time:
//! `NAME.WITH.DOTS(args)` used as a function, `NAME.WITH.DOTS arg, arg` used
//! as a statement. At run time the implementation is called as
//! `fn(&mut ExtCtx, &mut [Value]) -> Value`. Arguments that are plain
//! variables (or matrix elements) are passed by reference: whatever the
//! function leaves in `args[i]` is written back to the caller's variable.
//! See `EXTENDING.md`.

use std::collections::HashMap;
use std::path::PathBuf;

pub use crate::syntax::ext_names::{Arity, ExtNames};
use crate::value::Value;

/// Context handed to extension functions.
pub struct ExtCtx {
    /// Value of STATUS() after the call (starts at 0).
    pub status: i32,
    /// Current PRECISION.
    pub precision: u8,
    /// The account directory.
    pub account: PathBuf,
    /// Bytes to display (written to the terminal, or captured by EXECUTE
    /// CAPTURING) after the call returns.
    pub output: Vec<u8>,
    /// The argument counts the extension was registered with; the compiler
    /// does not check them, so the implementation reports a mismatch.
    pub arity: Arity,
    /// False when the call leaves STATUS() as it was (ScarletDME's
    /// SOCKET.INFO never sets it); [`ExtCtx::set_status`] makes it true.
    pub sets_status: bool,
    /// A fatal run-time error: the program stops after the call, as on
    /// ScarletDME's run-time errors (see [`ExtFatal`]).
    pub fatal: Option<ExtFatal>,
    /// A non-fatal run-time message (ScarletDME's `k_error("!...")`): the
    /// VM displays it with the program's line, ` at line N of PROGRAM`.
    pub warning: Option<String>,
}

/// A fatal run-time error raised by an extension. The VM words it as
/// ScarletDME does, naming the variable the argument came from where
/// ScarletDME's message names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExtFatal {
    /// `Data item is not a socket` (ScarletDME message 1138): argument
    /// `arg` (0-based) holds no socket. With `named`, the message ends
    /// ` in X` when the argument is a variable or matrix element (the
    /// opcodes that take the socket by reference); without, it never does
    /// (those that copy its value first: READ.SOCKET, WRITE.SOCKET).
    NotSocket {
        /// The argument's position.
        arg: usize,
        /// Whether the message names the argument's variable.
        named: bool,
    },
    /// `Unassigned variable X`: argument `arg` is an unassigned variable
    /// passed where a value is needed.
    Unassigned {
        /// The argument's position.
        arg: usize,
    },
}

impl ExtCtx {
    /// A context for one call in `account`.
    pub fn new(account: PathBuf, precision: u8, arity: Arity) -> ExtCtx {
        ExtCtx {
            status: 0,
            precision,
            account,
            output: Vec::new(),
            arity,
            sets_status: true,
            fatal: None,
            warning: None,
        }
    }
    /// Sets STATUS().
    pub fn set_status(&mut self, s: i32) {
        self.status = s;
        self.sets_status = true;
    }
    /// Leaves STATUS() as it was before the call.
    pub fn keep_status(&mut self) {
        self.sets_status = false;
    }
    /// Queues bytes for display.
    pub fn print(&mut self, b: &[u8]) {
        self.output.extend_from_slice(b);
    }
}

/// An extension function or statement.
pub type ExtFn = fn(&mut ExtCtx, &mut [Value]) -> Value;

/// An EXECUTE verb hook: returns `Some((captured_output, return_code))`
/// when it handled the command line, None to let others try.
pub type ExecHook = fn(&mut ExtCtx, &str) -> Option<(Vec<u8>, i32)>;

/// One registered function or statement.
#[derive(Clone, Copy)]
pub struct ExtEntry {
    /// Argument counts it accepts.
    pub arity: Arity,
    /// The implementation.
    pub run: ExtFn,
}

/// The table of extensions.
#[derive(Default, Clone)]
pub struct ExtTable {
    functions: HashMap<String, ExtEntry>,
    statements: HashMap<String, ExtEntry>,
    exec_hooks: Vec<ExecHook>,
}

impl ExtTable {
    /// Registers a function callable as `NAME(args)`.
    pub fn add_function(&mut self, name: &str, arity: Arity, run: ExtFn) {
        self.functions
            .insert(name.to_ascii_uppercase(), ExtEntry { arity, run });
    }
    /// Registers a statement callable as `NAME arg, arg`.
    pub fn add_statement(&mut self, name: &str, arity: Arity, run: ExtFn) {
        self.statements
            .insert(name.to_ascii_uppercase(), ExtEntry { arity, run });
    }
    /// Registers an EXECUTE hook, tried before the built-in verbs.
    pub fn add_execute_hook(&mut self, h: ExecHook) {
        self.exec_hooks.push(h);
    }
    /// The function or, failing that, the statement called `name`.
    pub fn entry(&self, name: &str) -> Option<ExtEntry> {
        self.functions
            .get(name)
            .or_else(|| self.statements.get(name))
            .copied()
    }
    /// The EXECUTE hooks.
    pub fn exec_hooks(&self) -> &[ExecHook] {
        &self.exec_hooks
    }
}

impl ExtNames for ExtTable {
    fn function(&self, name: &str) -> Option<Arity> {
        self.functions.get(name).map(|e| e.arity)
    }
    fn statement(&self, name: &str) -> Option<Arity> {
        self.statements.get(name).map(|e| e.arity)
    }
}
