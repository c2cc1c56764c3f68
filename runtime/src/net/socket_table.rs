//! Process-wide table of the sockets and security contexts that BASIC values
//! hold, keyed by their libmvtls handle.
//!
//! libmvtls keeps the real objects; this table keeps what BASIC semantics
//! need on top (socket type, default blocking mode, options set) and makes
//! release idempotent: a handle closed by CLOSE.SOCKET and later released by
//! the value's drop is closed only once. Stale handles never match a new
//! object because libmvtls handles carry a generation.

use std::collections::HashMap;
use std::sync::{Mutex, MutexGuard};

/// How a socket was made (SKT$INFO.TYPE values).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SocketType {
    /// CREATE.SERVER.SOCKET / CREATE.SECURE.SERVER.SOCKET.
    Server = 1,
    /// ACCEPT.SOCKET.CONNECTION / ACCEPT.SECURE.SOCKET.CONNECTION.
    Incoming = 2,
    /// OPEN.SOCKET / OPEN.SECURE.SOCKET.
    Outgoing = 3,
}

/// BASIC-level state of one socket.
#[derive(Debug, Clone)]
pub struct SocketState {
    /// Server, incoming or outgoing.
    pub kind: SocketType,
    /// Default blocking mode used when a call's flags name neither mode.
    pub blocking: bool,
    /// Last SKT$INFO.NO.DELAY set.
    pub no_delay: bool,
    /// Last SKT$INFO.KEEP.ALIVE set.
    pub keep_alive: bool,
    /// TLS socket.
    pub secure: bool,
}

/// BASIC-level state of one security context.
#[derive(Debug, Clone, Copy)]
pub struct ContextState {
    /// Server context (certificate + key) rather than client.
    pub server: bool,
}

/// One entry of the table.
#[derive(Debug, Clone)]
pub enum Entry {
    /// A socket (listener or connection).
    Socket(SocketState),
    /// A security context created by BASIC.
    Context(ContextState),
}

/// The table plus per-process socket state.
#[derive(Default)]
pub struct Registry {
    /// Live handles.
    pub entries: HashMap<i32, Entry>,
    /// Contexts created by CREATE.SECURE.SERVER.SOCKET's (cert, key) form,
    /// one per pair, kept for the life of the process.
    pub file_contexts: HashMap<(Vec<u8>, Vec<u8>), i32>,
    /// Default client context for OPEN.SECURE.SOCKET with context 0.
    pub default_client: Option<i32>,
}

/// STATUS() and SOCKET.ERROR() of the last socket verb on this thread (a
/// BASIC program runs on one thread; so does libmvtls's own status).
#[derive(Default, Clone)]
pub struct LastError {
    /// STATUS() of the last socket verb.
    pub status: i32,
    /// SOCKET.ERROR() text ("" after a success).
    pub text: String,
}

thread_local! {
    static LAST: std::cell::RefCell<LastError> = std::cell::RefCell::new(LastError::default());
}

/// Records the outcome of a socket verb on this thread.
pub fn set_last(status: i32, text: String) {
    LAST.with(|l| *l.borrow_mut() = LastError { status, text });
}

/// The outcome of this thread's last socket verb.
pub fn last() -> LastError {
    LAST.with(|l| l.borrow().clone())
}

static REGISTRY: Mutex<Option<Registry>> = Mutex::new(None);

/// Runs `f` with the registry locked (a poisoned lock is recovered: the
/// table holds plain data that stays consistent between statements).
pub fn with<R>(f: impl FnOnce(&mut Registry) -> R) -> R {
    let mut guard: MutexGuard<'_, Option<Registry>> =
        REGISTRY.lock().unwrap_or_else(|p| p.into_inner());
    f(guard.get_or_insert_with(Registry::default))
}

/// The socket state of `handle`, if it is a live socket.
pub fn socket(handle: i32) -> Option<SocketState> {
    with(|r| match r.entries.get(&handle) {
        Some(Entry::Socket(s)) => Some(s.clone()),
        _ => None,
    })
}

/// The context state of `handle`, if it is a live BASIC context.
pub fn context(handle: i32) -> Option<ContextState> {
    with(|r| match r.entries.get(&handle) {
        Some(Entry::Context(c)) => Some(*c),
        _ => None,
    })
}

/// Records a new handle.
pub fn insert(handle: i32, entry: Entry) {
    with(|r| {
        r.entries.insert(handle, entry);
    });
}

/// Removes a handle, returning its entry if it was live.
pub fn remove(handle: i32) -> Option<Entry> {
    with(|r| r.entries.remove(&handle))
}

/// Updates a live socket's state.
pub fn update_socket(handle: i32, f: impl FnOnce(&mut SocketState)) {
    with(|r| {
        if let Some(Entry::Socket(s)) = r.entries.get_mut(&handle) {
            f(s)
        }
    })
}

/// Number of live sockets and contexts (for tests and diagnostics).
pub fn live_count() -> usize {
    with(|r| r.entries.len())
}
