//! Exports for the status, the ABI version, contexts and development
//! certificates.

use super::args::{opt_str, req_str, store_text};
use super::boundary::{fail0, fail_m1, run, run_quiet};
use crate::codes::*;
use crate::context::Context;
use crate::error;
use crate::handles::{self, Kind, Object};
use std::ffi::c_char;
use std::sync::Arc;

/// Status of the last mvtls call on this thread: 0 = OK, else an `MVTLS_ERR_*` code.
/// Does not change the status.
#[no_mangle]
pub extern "C" fn mvtls_status() -> i32 {
    run_quiet(MVTLS_ERR_FAILED, || Ok(error::last_status()))
}

/// Copies the text of the last error on this thread into `buf` (NUL-terminated,
/// truncated to `len - 1` bytes) and returns the full length (snprintf-style;
/// `buf` may be NULL when `len` is 0). Returns -1 for a NULL `buf` with
/// `len` > 0 or a negative `len`. Does not change the status.
///
/// # Safety
/// `buf` must be NULL or valid for writes of `len` bytes.
#[no_mangle]
pub unsafe extern "C" fn mvtls_error_text(buf: *mut c_char, len: i32) -> i32 {
    run_quiet(-1, || {
        let text = error::last_text();
        // SAFETY: `buf` is valid for `len` bytes (this function's contract).
        unsafe { store_text(&text, buf, len) }
    })
}

/// The ABI version (`MVTLS_ABI_VERSION`). Does not change the status.
#[no_mangle]
pub extern "C" fn mvtls_abi_version() -> i32 {
    run_quiet(MVTLS_ABI_VERSION, || Ok(MVTLS_ABI_VERSION))
}

/// Creates a server context from a certificate chain and private key (file
/// paths or PEM text) and an options string (may be NULL). Returns the
/// context handle, 0 on error.
///
/// # Safety
/// String arguments must be NULL or NUL-terminated.
#[no_mangle]
pub unsafe extern "C" fn mvtls_server_context_new(
    cert: *const c_char,
    key: *const c_char,
    options: *const c_char,
) -> i32 {
    run(fail0, || {
        // SAFETY: NULL or NUL-terminated strings (this function's contract).
        let (cert, key, options) = unsafe {
            (
                req_str(cert, "cert")?,
                req_str(key, "key")?,
                opt_str(options, "options")?,
            )
        };
        let ctx = Context::new_server(cert, key, options)?;
        handles::insert(Object::Context(Arc::new(ctx)))
    })
}

/// Adds a certificate chosen when the client's SNI name matches its names.
/// Returns 0, or -1 on error (the context is then unchanged).
///
/// # Safety
/// String arguments must be NULL or NUL-terminated.
#[no_mangle]
pub unsafe extern "C" fn mvtls_server_context_add_cert(
    ctx: i32,
    cert: *const c_char,
    key: *const c_char,
) -> i32 {
    run(fail_m1, || {
        // SAFETY: NULL or NUL-terminated strings (this function's contract).
        let (cert, key) = unsafe { (req_str(cert, "cert")?, req_str(key, "key")?) };
        handles::context(ctx)?.add_cert(cert, key)?;
        Ok(0)
    })
}

/// Creates a client context from an options string (may be NULL). Returns
/// the context handle, 0 on error.
///
/// # Safety
/// `options` must be NULL or NUL-terminated.
#[no_mangle]
pub unsafe extern "C" fn mvtls_client_context_new(options: *const c_char) -> i32 {
    run(fail0, || {
        // SAFETY: NULL or a NUL-terminated string (this function's contract).
        let options = unsafe { opt_str(options, "options")? };
        let ctx = Context::new_client(options)?;
        handles::insert(Object::Context(Arc::new(ctx)))
    })
}

/// Re-reads the context's files. Returns 0; on error -1 and the old
/// material stays in use.
#[no_mangle]
pub extern "C" fn mvtls_context_reload(ctx: i32) -> i32 {
    run(fail_m1, || {
        handles::context(ctx)?.reload()?;
        Ok(0)
    })
}

/// Releases a context handle. Listeners and connections using it keep it
/// alive until they are closed. Returns 0, or -1 on error.
#[no_mangle]
pub extern "C" fn mvtls_context_free(ctx: i32) -> i32 {
    run(fail_m1, || {
        handles::remove(ctx, &[Kind::Context])?;
        Ok(0)
    })
}

/// Writes a development CA and server certificate for `names` (comma
/// separated DNS names / IP addresses; NULL or empty = localhost,127.0.0.1,::1)
/// into `dir` as ca.pem, ca-key.pem, server.pem (leaf then CA) and
/// server-key.pem. Returns 0, or -1 on error.
///
/// # Safety
/// String arguments must be NULL or NUL-terminated.
#[no_mangle]
pub unsafe extern "C" fn mvtls_dev_certs_write(dir: *const c_char, names: *const c_char) -> i32 {
    run(fail_m1, || {
        // SAFETY: NULL or NUL-terminated strings (this function's contract).
        let (dir, names) = unsafe { (req_str(dir, "dir")?, opt_str(names, "names")?) };
        crate::devcert::write(dir, names)?;
        Ok(0)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Error;
    use std::ffi::CStr;

    #[test]
    fn error_text_is_snprintf_like_and_does_not_reset() {
        error::set_last(&Error::new(MVTLS_ERR_TIMEOUT, "abcdef"));
        // SAFETY: NULL with 0, then a 4-byte buffer, then a rejected length.
        unsafe {
            assert_eq!(mvtls_error_text(std::ptr::null_mut(), 0), 6);
            let mut b = [0x55 as c_char; 4];
            assert_eq!(mvtls_error_text(b.as_mut_ptr(), 4), 6);
            assert_eq!(CStr::from_ptr(b.as_ptr()).to_str().unwrap(), "abc");
            assert_eq!(mvtls_error_text(b.as_mut_ptr(), -1), -1);
            assert_eq!(mvtls_error_text(std::ptr::null_mut(), 5), -1);
        }
        assert_eq!(mvtls_status(), MVTLS_ERR_TIMEOUT);
        assert_eq!(mvtls_abi_version(), MVTLS_ABI_VERSION);
        assert_eq!(mvtls_status(), MVTLS_ERR_TIMEOUT);
    }

    #[test]
    fn null_strings_are_refused() {
        // SAFETY: NULL pointers are allowed arguments (refused with 1000).
        unsafe {
            assert_eq!(
                mvtls_server_context_new(std::ptr::null(), std::ptr::null(), std::ptr::null()),
                0
            );
            assert_eq!(mvtls_status(), MVTLS_ERR_PARAMS);
            assert_eq!(
                mvtls_dev_certs_write(std::ptr::null(), std::ptr::null()),
                -1
            );
            assert_eq!(mvtls_status(), MVTLS_ERR_PARAMS);
        }
    }

    #[test]
    fn context_handles_are_checked() {
        // SAFETY: a static NUL-terminated string.
        let ctx = unsafe { mvtls_client_context_new(c"VERIFY=OFF".as_ptr()) };
        assert!(ctx > 0);
        assert_eq!(mvtls_context_free(ctx), 0);
        assert_eq!(mvtls_status(), 0);
        assert_eq!(mvtls_context_free(ctx), -1);
        assert_eq!(mvtls_status(), MVTLS_ERR_BAD_HANDLE);
        assert_eq!(mvtls_context_reload(ctx), -1);
        assert_eq!(mvtls_status(), MVTLS_ERR_BAD_HANDLE);
    }
}
