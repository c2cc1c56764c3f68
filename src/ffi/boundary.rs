//! The panic boundary every export runs in, and the per-thread status it
//! records. A panic inside the library becomes status 1008 with text (and a
//! log line when `MVTLS_LOG` is set), never an unwind into C.

use crate::codes::MVTLS_ERR_FAILED;
use crate::error::{self, Error, Result};
use std::cell::Cell;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::Once;

thread_local! {
    /// Depth of mvtls calls on this thread: the panic hook stays quiet inside them.
    static IN_FFI: Cell<u32> = const { Cell::new(0) };
}

/// Replaces the default panic message (which would print to stderr) by a
/// log line while inside an mvtls call; other panics go to the previous hook.
fn install_panic_hook() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if IN_FFI.with(|c| c.get()) > 0 {
                crate::mvlog!("internal panic: {info}");
            } else {
                previous(info);
            }
        }));
    });
}

fn panic_text(p: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = p.downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = p.downcast_ref::<String>() {
        s.clone()
    } else {
        "unknown panic".to_string()
    }
}

/// Runs `f`, turning a panic into a 1008 error. Shared by [`run`] and
/// [`run_quiet`].
fn catch<T>(f: impl FnOnce() -> Result<T>) -> Result<T> {
    install_panic_hook();
    IN_FFI.with(|c| c.set(c.get() + 1));
    let r = catch_unwind(AssertUnwindSafe(f));
    IN_FFI.with(|c| c.set(c.get() - 1));
    r.unwrap_or_else(|p| {
        Err(Error::new(
            MVTLS_ERR_FAILED,
            format!("internal error (panic): {}", panic_text(&*p)),
        ))
    })
}

/// The boundary of a status-setting export: runs `f`, records the status
/// (0 and empty text on success), and maps an error to the function's
/// failure value with `on_err`.
pub(crate) fn run<T>(on_err: impl FnOnce(&Error) -> T, f: impl FnOnce() -> Result<T>) -> T {
    match catch(f) {
        Ok(v) => {
            error::clear_last();
            v
        }
        Err(e) => {
            error::set_last(&e);
            on_err(&e)
        }
    }
}

/// The boundary of the exports that must not change the status
/// (`mvtls_status`, `mvtls_error_text`, `mvtls_abi_version`): a failure or
/// panic gives `fallback` and leaves the status alone.
pub(crate) fn run_quiet<T>(fallback: T, f: impl FnOnce() -> Result<T>) -> T {
    catch(f).unwrap_or(fallback)
}

/// Failure value 0 (handle-returning calls).
pub(crate) fn fail0(_: &Error) -> i32 {
    0
}

/// Failure value -1.
pub(crate) fn fail_m1(_: &Error) -> i32 {
    -1
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codes::MVTLS_ERR_TIMEOUT;

    #[test]
    fn panics_become_status_1008() {
        let v = run(fail_m1, || -> Result<i32> { panic!("boom") });
        assert_eq!(v, -1);
        assert_eq!(error::last_status(), MVTLS_ERR_FAILED);
        assert!(error::last_text().contains("boom"));
        let v = run(fail_m1, || Ok(5));
        assert_eq!(v, 5);
        assert_eq!(error::last_status(), 0);
    }

    #[test]
    fn quiet_boundary_keeps_the_status_even_on_panic() {
        error::set_last(&Error::timeout("earlier"));
        assert_eq!(run_quiet(-1, || -> Result<i32> { panic!("inner") }), -1);
        assert_eq!(run_quiet(-1, || Ok(3)), 3);
        assert_eq!(
            run_quiet(-1, || -> Result<i32> { Err(Error::params("x")) }),
            -1
        );
        assert_eq!(error::last_status(), MVTLS_ERR_TIMEOUT);
        assert_eq!(error::last_text(), "earlier");
    }
}
