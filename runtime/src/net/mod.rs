//! Sockets and TLS for mvbasic: the BASIC socket verbs (ScarletDME's plain
//! verbs, the earlier fork's secure verbs, security contexts) over libmvtls,
//! which is loaded at run time through bindings that bindgen generates from
//! `include/mvtls.h` (`runtime/build.rs`).
//!
//! The verbs themselves do not depend on the VM: they take plain Rust values
//! (byte strings, `i64` numbers, `i32` handles) and return a [`Reply`]
//! (result value + STATUS()). [`register()`] puts them in the extension
//! table: its adapters convert BASIC arguments, wrap [`NetValue::Socket`] /
//! [`NetValue::Context`] handles in host objects whose drop calls
//! [`release`], and set STATUS() from [`Reply::status`].
//!
//! Modules: [`bindings`] (generated), [`library`] (finding and loading the
//! library), [`mod@mvtls`] (safe calls), [`sockets`] (plain verbs),
//! [`secure`] (secure verbs and contexts), [`keys`] (SKT$ values),
//! [`status`] (STATUS codes and `NetError`), [`socket_table`] (BASIC state
//! per handle),
//! [`reply`] (results and argument conversion), [`verbs`] (BASIC names and
//! argument checks). The BASIC-level contract is in `docs/basic-sockets.md`.

pub mod bindings;
pub mod keys;
pub mod library;
pub mod mvtls;
pub mod reply;
pub mod secure;
pub mod select;
pub mod socket_table;
pub mod sockets;
pub mod status;
pub mod verbs;

pub use reply::{NetValue, Reply, HOST_KIND_CONTEXT, HOST_KIND_SOCKET};
pub use secure::*;
pub use select::select_socket;
pub use sockets::*;
pub use status::{NetError, NetResult};
pub use verbs::register;

/// Releases a host object's handle when the last BASIC variable holding it
/// goes (the `release` function of a socket or context `HostObject`).
/// Idempotent: a handle already closed by CLOSE.SOCKET or
/// RELEASE.SECURITY.CONTEXT is ignored. Never changes STATUS().
pub fn release(kind: u32, handle: i32) {
    match socket_table::remove(handle) {
        Some(socket_table::Entry::Socket(_)) if kind == HOST_KIND_SOCKET => {
            let _ = mvtls::close(handle);
        }
        Some(socket_table::Entry::Context(_)) if kind == HOST_KIND_CONTEXT => {
            let _ = mvtls::context_free(handle);
        }
        Some(other) => {
            // Kind mismatch: not ours to release; put it back.
            socket_table::insert(handle, other);
        }
        None => {}
    }
}
