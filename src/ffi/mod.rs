//! The C ABI. Every function takes only `int32_t`, C strings and
//! (pointer, length) buffers and returns `int32_t`; every one runs inside
//! the panic boundary of [`boundary`], which also records the per-thread
//! status (0 / empty text on success). Raw pointers become Rust values only
//! through the checked helpers of [`args`]. See `docs/c-api.md`.
//!
//! [`buffer_api`] and [`pointer_free_api`] are the pointer-free part: only
//! `int32_t` arguments, strings and buffers in library-owned buffers named
//! by handles, for hosts whose C calls pass 32-bit integers only (64-bit
//! ScarletDME's CCALL). See `docs/pointer-free.md`.

mod args;
mod boundary;
pub mod buffer_api;
mod context_api;
mod event_api;
pub mod pointer_free_api;
mod socket_api;

pub use buffer_api::*;
pub use context_api::*;
pub use event_api::*;
pub use pointer_free_api::*;
pub use socket_api::*;
