//! The error type of the safe core and the per-thread "last status" that the
//! C ABI exposes through `mvtls_status()` / `mvtls_error_text()`.

use crate::codes::*;
use std::cell::RefCell;
use std::fmt;

/// An mvtls failure: a documented status code plus a human-readable text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    /// One of the `MVTLS_ERR_*` codes.
    pub code: i32,
    /// Explanation (OS error, TLS alert, file name...).
    pub text: String,
}

/// Result alias used throughout the crate.
pub type Result<T> = std::result::Result<T, Error>;

impl Error {
    /// Builds an error from a code and a text.
    pub fn new(code: i32, text: impl Into<String>) -> Self {
        Error {
            code,
            text: text.into(),
        }
    }

    /// Invalid argument (1000).
    pub fn params(text: impl Into<String>) -> Self {
        Self::new(MVTLS_ERR_PARAMS, text)
    }

    /// Generic failure (1008).
    pub fn failed(text: impl Into<String>) -> Self {
        Self::new(MVTLS_ERR_FAILED, text)
    }

    /// Timeout (1011).
    pub fn timeout(text: impl Into<String>) -> Self {
        Self::new(MVTLS_ERR_TIMEOUT, text)
    }

    /// Peer closed (7013).
    pub fn closed(text: impl Into<String>) -> Self {
        Self::new(MVTLS_ERR_CLOSED, text)
    }

    /// Wraps an OS error with a code and a short description of the action.
    pub fn io(code: i32, what: &str, err: &std::io::Error) -> Self {
        Self::new(code, format!("{what}: {err}"))
    }

    /// Returns the same error with `prefix: ` put in front of its text.
    pub fn context(mut self, prefix: &str) -> Self {
        self.text = format!("{prefix}: {}", self.text);
        self
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "[{}] {}", self.code, self.text)
    }
}

impl std::error::Error for Error {}

thread_local! {
    static LAST: RefCell<(i32, String)> = const { RefCell::new((0, String::new())) };
}

/// Records `err` as this thread's last status.
pub fn set_last(err: &Error) {
    LAST.with(|l| {
        let mut l = l.borrow_mut();
        l.0 = err.code;
        l.1.clear();
        l.1.push_str(&err.text);
    });
}

/// Resets this thread's last status to OK with an empty text.
pub fn clear_last() {
    LAST.with(|l| {
        let mut l = l.borrow_mut();
        l.0 = MVTLS_OK;
        l.1.clear();
    });
}

/// This thread's last status code.
pub fn last_status() -> i32 {
    LAST.with(|l| l.borrow().0)
}

/// A copy of this thread's last error text.
pub fn last_text() -> String {
    LAST.with(|l| l.borrow().1.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn last_status_is_per_thread() {
        set_last(&Error::new(MVTLS_ERR_TIMEOUT, "slow"));
        assert_eq!(last_status(), 1011);
        assert_eq!(last_text(), "slow");
        std::thread::spawn(|| assert_eq!(last_status(), 0))
            .join()
            .unwrap();
        clear_last();
        assert_eq!(last_status(), 0);
        assert_eq!(last_text(), "");
    }

    #[test]
    fn context_prefixes_text() {
        let e = Error::params("bad").context("option ALPN");
        assert_eq!(e.text, "option ALPN: bad");
        assert_eq!(e.code, MVTLS_ERR_PARAMS);
    }
}
