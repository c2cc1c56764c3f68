//! mvtls: secure-socket primitives with a C ABI, built on rustls.
//!
//! The crate is split in two layers:
//! - a safe core that knows nothing of C ([`handles`], [`context`],
//!   [`listener`], [`connection`], [`poll`], [`info`], ...), usable from Rust
//!   through the `rlib`;
//! - a thin FFI layer ([`ffi`]) exporting `extern "C"` functions that take only
//!   32-bit integers, C strings and (pointer, length) buffers. Its contract is
//!   documented in `docs/c-api.md` and declared in the generated
//!   `include/mvtls.h`;
//! - a pointer-free part of the same C ABI ([`ffi_buf`], [`ffi_pf`]) for
//!   hosts that can pass only 32-bit integers (ScarletDME's CCALL): strings
//!   and buffers live in library-owned [`buffers`] named by handles. See
//!   `docs/pointer-free.md`.

pub mod buffers;
pub mod codes;
pub mod connection;
pub mod context;
pub mod crc32;
pub mod der;
pub mod devcert;
pub mod error;
pub mod ffi;
pub mod ffi_buf;
pub mod ffi_pf;
pub mod handles;
pub mod info;
pub mod listener;
pub mod log;
pub mod net;
pub mod options;
pub mod pem;
pub mod poll;
pub mod provider;
pub mod tlserr;

#[cfg(test)]
mod tests;
