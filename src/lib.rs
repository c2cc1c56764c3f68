//! mvtls: secure-socket primitives with a C ABI, built on rustls.
//!
//! The crate is split in two layers:
//! - a safe core that knows nothing of C ([`handles`], [`context`],
//!   [`listener`], [`connection`], [`poll`], [`info`], ...), usable from Rust
//!   through the `rlib`;
//! - a thin FFI layer ([`ffi`]) exporting `extern "C"` functions that take only
//!   32-bit integers, C strings and (pointer, length) buffers. Its contract is
//!   documented in `docs/c-api.md` and declared in the generated
//!   `include/mvtls.h`; its pointer-free part (`ffi::buffer_api`,
//!   `ffi::pointer_free_api`) serves hosts that can pass only 32-bit
//!   integers (ScarletDME's CCALL): strings and buffers live in
//!   library-owned [`buffers`] named by handles. See `docs/pointer-free.md`.
//!
//! Unsafe code is confined: raw pointers from C become Rust values only in
//! `ffi::args`, and every `unsafe` block carries a `SAFETY:` comment
//! (enforced by the lints below).

#![deny(unsafe_op_in_unsafe_fn)]
#![deny(clippy::undocumented_unsafe_blocks)]

pub mod buffers;
pub mod codes;
pub mod connection;
pub mod context;
pub mod crc32;
pub mod der;
pub mod devcert;
pub mod dial;
pub mod error;
pub mod ffi;
pub mod fuzzing;
pub mod handles;
pub mod info;
pub mod listener;
pub mod log;
pub mod net;
pub mod options;
pub mod pem;
pub mod poll;
pub mod provider;
pub mod proxy_protocol;
pub mod resolve;
pub mod tickets;
pub mod tlserr;
pub mod wake;

#[cfg(test)]
#[allow(clippy::undocumented_unsafe_blocks)] // tests call the C ABI directly
mod tests;
