//! The C ABI. Every function takes only `int32_t`, C strings and
//! (pointer, length) buffers and returns `int32_t`; every one runs inside
//! the panic boundary of [`boundary`], which also records the per-thread
//! status (0 / empty text on success). Raw pointers become Rust values only
//! through the checked helpers of [`args`]. See `docs/c-api.md`.

mod args;
mod boundary;
mod context_api;
mod event_api;
mod socket_api;

pub use context_api::*;
pub use event_api::*;
pub use socket_api::*;
