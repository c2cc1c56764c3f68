//! Status codes and the error type of the socket layer.
//!
//! Codes are ScarletDME's (`SYSCOM ERR.H`, `gplsrc/err.h`) where one exists;
//! the TLS codes 71xx are libmvtls's own (see `docs/c-api.md`). Every failing
//! verb yields a [`NetError`]: the STATUS() value and a one-line text that
//! `SOCKET.ERROR()` returns.

use std::fmt;

/// ER$ARGS: command arguments invalid or incomplete (PHANTOM without command).
pub const ER_ARGS: i32 = 1;
/// ER$PROCESS: unable to start new process (PHANTOM).
pub const ER_PROCESS: i32 = 10;
/// ER$PARAMS: invalid parameters.
pub const ER_PARAMS: i32 = 1000;
/// ER$BAD.NAME: bad (empty) name or address.
pub const ER_BAD_NAME: i32 = 1003;
/// ER$NOT.FOUND: item not found (STOP.PHANTOM of an unknown user).
pub const ER_NOT_FOUND: i32 = 1004;
/// ER$BAD.KEY: bad action key (SOCKET.INFO, SET.SOCKET.MODE).
pub const ER_BAD_KEY: i32 = 1006;
/// ER$FAILED: action failed.
pub const ER_FAILED: i32 = 1008;
/// ER$TIMEOUT.
pub const ER_TIMEOUT: i32 = 1011;
/// ER$NO.DLL: the mvtls library was not found or could not be loaded.
pub const ER_NO_DLL: i32 = 5000;
/// ER$NO.API: the library lacks a function or has an incompatible ABI version.
pub const ER_NO_API: i32 = 5001;
/// ER$SERVER: unknown server name (SERVER.ADDR).
pub const ER_SERVER: i32 = 7001;
/// ER$SKT.CLOSED: the peer closed the connection.
pub const ER_SKT_CLOSED: i32 = 7013;
/// ER_INCOMP_PROTO (gplsrc/err.h): incompatible or unsupported protocol/transport.
pub const ER_INCOMP_PROTO: i32 = 7025;
/// MVTLS_ERR_BAD_HANDLE: not a socket / context, or already closed.
pub const ER_BAD_HANDLE: i32 = 7120;
/// MVTLS_ERR_WRONG_KIND: a handle of the wrong kind (context where a socket is needed...).
pub const ER_WRONG_KIND: i32 = 7121;

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
