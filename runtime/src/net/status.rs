//! Status codes and the error type of the socket layer.
//!
//! Codes are ScarletDME's (`SYSCOM ERR.H`, `gplsrc/err.h`) where one exists;
//! the TLS codes 71xx are libmvtls's own (see `docs/c-api.md`). Codes that
//! libmvtls defines are taken from its header (`MVTLS_ERR_*`). Every failing
//! verb yields a [`NetError`]: the STATUS() value and a one-line text that
//! `SOCKET.ERROR()` returns.

use std::fmt;

use super::bindings as h;

// Codes libmvtls reports and the socket layer also sets itself: from the
// header, so they cannot drift apart.
/// ER$PARAMS: invalid parameters.
pub const ER_PARAMS: i32 = h::MVTLS_ERR_PARAMS as i32;
/// ER$BAD.KEY: bad action key (SOCKET.INFO, SET.SOCKET.MODE).
pub const ER_BAD_KEY: i32 = h::MVTLS_ERR_BAD_KEY as i32;
/// ER$FAILED: action failed.
pub const ER_FAILED: i32 = h::MVTLS_ERR_FAILED as i32;
/// ER$TIMEOUT.
pub const ER_TIMEOUT: i32 = h::MVTLS_ERR_TIMEOUT as i32;
/// ER$CONNECT: the connection was refused or failed.
pub const ER_CONNECT: i32 = h::MVTLS_ERR_CONNECT as i32;
/// ER$SKT.CLOSED: the peer closed the connection.
pub const ER_SKT_CLOSED: i32 = h::MVTLS_ERR_CLOSED as i32;
/// MVTLS_ERR_BAD_HANDLE: not a socket / context, or already closed.
pub const ER_BAD_HANDLE: i32 = h::MVTLS_ERR_BAD_HANDLE as i32;
/// MVTLS_ERR_WRONG_KIND: a handle of the wrong kind (context where a socket
/// is needed...).
pub const ER_WRONG_KIND: i32 = h::MVTLS_ERR_WRONG_KIND as i32;

// Codes only the BASIC layer sets (ERR.H numbers the header does not define).
pub use crate::status_codes::{
    ERAI_SERVICE, ER_BAD_NAME, ER_INCOMP_PROTO, ER_NO_API, ER_NO_DLL, ER_SERVER,
};

/// A failed socket operation: STATUS() code and message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NetError {
    /// The value STATUS() returns.
    pub code: i32,
    /// The text SOCKET.ERROR() returns.
    pub text: String,
}

impl NetError {
    /// Builds an error from a code and a message.
    pub fn new(code: i32, text: impl Into<String>) -> Self {
        NetError {
            code,
            text: text.into(),
        }
    }
}

impl fmt::Display for NetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} (status {})", self.text, self.code)
    }
}

impl std::error::Error for NetError {}

/// Result of a socket-layer operation.
pub type NetResult<T> = Result<T, NetError>;
