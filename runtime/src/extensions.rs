//! Extension registry: extra BASIC functions, statements and EXECUTE verbs
//! supplied by other modules (for example `crate::net` for sockets).
//!
//! Names are looked up at compile time: `NAME.WITH.DOTS(args)` used as a
//! function, `NAME.WITH.DOTS arg, arg` used as a statement. At run time the
//! implementation is called as `fn(&mut ExtCtx, &mut [Value]) -> Value`.
//! Arguments that are plain variables (or matrix elements) are passed by
//! reference: whatever the function leaves in `args[i]` is written back to
//! the caller's variable. See `EXTENDING.md`.

use std::collections::HashMap;
use std::path::PathBuf;

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
}

impl ExtCtx {
    /// Sets STATUS().
    pub fn set_status(&mut self, s: i32) {
        self.status = s;
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

/// The registry of extensions.
#[derive(Default)]
pub struct Registry {
    functions: HashMap<String, ExtFn>,
    statements: HashMap<String, ExtFn>,
    exec_hooks: Vec<ExecHook>,
}

impl Registry {
    /// Registers a function callable as `NAME(args)`.
    pub fn add_function(&mut self, name: &str, f: ExtFn) {
        self.functions.insert(name.to_ascii_uppercase(), f);
    }
    /// Registers a statement callable as `NAME arg, arg`.
    pub fn add_statement(&mut self, name: &str, f: ExtFn) {
        self.statements.insert(name.to_ascii_uppercase(), f);
    }
    /// Registers an EXECUTE hook, tried before the built-in verbs.
    pub fn add_execute_hook(&mut self, h: ExecHook) {
        self.exec_hooks.push(h);
    }
    /// Looks up a function.
    pub fn function(&self, name: &str) -> Option<ExtFn> {
        self.functions.get(name).copied()
    }
    /// Looks up a statement.
    pub fn statement(&self, name: &str) -> Option<ExtFn> {
        self.statements.get(name).copied()
    }
    /// The EXECUTE hooks.
    pub fn exec_hooks(&self) -> &[ExecHook] {
        &self.exec_hooks
    }
}

/// Builds the registry with every extension module's entries.
fn build() -> Registry {
    #[allow(unused_mut)]
    let mut reg = Registry::default();
    // Extension modules register here, e.g. `crate::net::register(&mut reg);`
    crate::net::register(&mut reg);
    reg
}

thread_local! {
    static REGISTRY: Registry = build();
}

/// Runs `f` with the registry.
pub fn with<R>(f: impl FnOnce(&Registry) -> R) -> R {
    REGISTRY.with(f)
}

/// True when `name` is a registered extension statement.
pub fn is_statement(name: &str) -> bool {
    with(|r| r.statement(name).is_some())
}

/// Looks up an extension function by name.
pub fn function(name: &str) -> Option<ExtFn> {
    with(|r| r.function(name))
}

/// Looks up an extension statement by name.
pub fn statement(name: &str) -> Option<ExtFn> {
    with(|r| r.statement(name))
}
