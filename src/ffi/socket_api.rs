//! Exports for listeners, connections (blocking I/O), info and options.

use super::args::{bytes_in, bytes_out, opt_str, req_str, store_text};
use super::boundary::{fail0, fail_m1, run};
use crate::codes::*;
use crate::connection::Connection;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::handles::{self, check_kind, Kind, Kinded, Object};
use crate::listener::Listener;
use crate::net::{self, Deadline};
use std::ffi::c_char;
use std::sync::Arc;

/// The context argument: 0 = none (plain), else a context handle.
pub(super) fn ctx_arg(ctx: i32) -> Result<Option<(Arc<Context>, i32)>> {
    if ctx == 0 {
        return Ok(None);
    }
    Ok(Some((handles::context(ctx)?, ctx)))
}

/// Listens on `addr` (NULL/empty = any) and `port` (0 = ephemeral) with
/// `backlog` (<= 0 = 4096; the kernel lowers it to net.core.somaxconn)
/// and `flags` (`MVTLS_LISTEN_REUSEPORT`); `ctx` is a server context, or 0
/// for a plain listener. Returns the listener
/// handle, 0 on error.
///
/// # Safety
/// `addr` must be NULL or NUL-terminated.
#[no_mangle]
pub unsafe extern "C" fn mvtls_listen(
    addr: *const c_char,
    port: i32,
    backlog: i32,
    flags: i32,
    ctx: i32,
) -> i32 {
    run(fail0, || {
        // SAFETY: NULL or a NUL-terminated string (this function's contract).
        let addr = unsafe { opt_str(addr, "addr")? };
        let l = Listener::bind(addr, port, backlog, flags, ctx_arg(ctx)?)?;
        handles::insert(Object::Listener(Arc::new(l)))
    })
}

/// Waits up to `timeout_ms` (-1 forever, 0 poll) for a connection whose
/// handshake completed. Returns the connection handle, 0 on timeout (1011)
/// or error.
#[no_mangle]
pub extern "C" fn mvtls_accept(listener: i32, timeout_ms: i32) -> i32 {
    run(fail0, || {
        let l = handles::listener(listener)?;
        let c = l.accept(Deadline::from_ms(timeout_ms))?;
        handles::insert(Object::Connection(Arc::new(c)))
    })
}

/// Connects to `host:port` within `timeout_ms`; with a client context `ctx`
/// performs the TLS handshake (SNI, verification), with 0 a plain TCP
/// connection. Returns the connection handle, 0 on error.
///
/// # Safety
/// `host` must be NULL or NUL-terminated.
#[no_mangle]
pub unsafe extern "C" fn mvtls_connect(
    host: *const c_char,
    port: i32,
    timeout_ms: i32,
    ctx: i32,
) -> i32 {
    run(fail0, || {
        // SAFETY: NULL or a NUL-terminated string (this function's contract).
        let host = unsafe { req_str(host, "host")? };
        let port = net::port(port)?;
        let ctx = ctx_arg(ctx)?;
        let c = Connection::connect(host, port, Deadline::from_ms(timeout_ms), ctx)?;
        handles::insert(Object::Connection(Arc::new(c)))
    })
}

/// Reads up to `len` bytes within `timeout_ms`. Returns the count (> 0), 0 at
/// end of stream (status 7013), -1 on error or timeout (1011).
///
/// # Safety
/// `buf` must be valid for writes of `len` bytes.
#[no_mangle]
pub unsafe extern "C" fn mvtls_read(conn: i32, buf: *mut u8, len: i32, timeout_ms: i32) -> i32 {
    run(
        |e| if e.code == MVTLS_ERR_CLOSED { 0 } else { -1 },
        || {
            // SAFETY: `buf` is valid for `len` writable bytes (this function's contract).
            let buf = unsafe { bytes_out(buf, len, "buffer")? };
            let c = handles::connection(conn)?;
            if buf.is_empty() {
                return Ok(0);
            }
            Ok(c.read(buf, Deadline::from_ms(timeout_ms))? as i32)
        },
    )
}

/// Writes all `len` bytes within `timeout_ms`. Returns `len`, or -1 on error
/// (7013 peer closed) or timeout (1011).
///
/// # Safety
/// `buf` must be valid for reads of `len` bytes.
#[no_mangle]
pub unsafe extern "C" fn mvtls_write(conn: i32, buf: *const u8, len: i32, timeout_ms: i32) -> i32 {
    run(fail_m1, || {
        // SAFETY: `buf` is valid for `len` readable bytes (this function's contract).
        let data = unsafe { bytes_in(buf, len, "buffer")? };
        let c = handles::connection(conn)?;
        if data.is_empty() {
            return Ok(0);
        }
        c.write(data, Deadline::from_ms(timeout_ms))?;
        Ok(len)
    })
}

/// Closes a listener or connection (TLS: sends close_notify). The handle
/// becomes stale. Returns 0, or -1 on error.
#[no_mangle]
pub extern "C" fn mvtls_close(handle: i32) -> i32 {
    run(fail_m1, || {
        match handles::remove(handle, &[Kind::Listener, Kind::Connection])? {
            Object::Listener(l) => l.close(),
            Object::Connection(c) => c.close(),
            Object::Context(_) => unreachable!("kind checked"),
        }
        Ok(0)
    })
}

/// Copies the value of info `key` (an `MVTLS_INFO_*` constant) for `handle`
/// into `buf` (NUL-terminated, truncated to `len - 1`); returns the full
/// value length (snprintf-style; `buf` may be NULL when `len` is 0), -1 on error.
///
/// # Safety
/// `buf` must be NULL or valid for writes of `len` bytes.
#[no_mangle]
pub unsafe extern "C" fn mvtls_info(handle: i32, key: i32, buf: *mut c_char, len: i32) -> i32 {
    run(fail_m1, || {
        super::args::check_len(len, buf.is_null(), "buffer")?;
        let v = crate::info::info(handle, key)?;
        // SAFETY: `buf` is NULL or valid for `len` writable bytes (this function's contract).
        unsafe { store_text(&v, buf, len) }
    })
}

/// Sets option `key` (`MVTLS_OPT_*`) to `value`: on a connection
/// `MVTLS_OPT_NODELAY` / `MVTLS_OPT_KEEPALIVE` (0 or 1) and
/// `MVTLS_OPT_OUTPUT_LIMIT` (bytes, 1..67108864); on a listener
/// `MVTLS_OPT_HANDSHAKE_STEPS` (0..65535, 0 = no bound) and
/// `MVTLS_OPT_DEFER_ACCEPT` (seconds 0..3600, 0 = off). Returns 0, or -1 on
/// error (1006 unknown key, 7121 key for the other kind, 1000 bad value).
#[no_mangle]
pub extern "C" fn mvtls_set_option(handle: i32, key: i32, value: i32) -> i32 {
    run(fail_m1, || {
        let obj = handles::get(handle)?;
        let needs = match key {
            MVTLS_OPT_NODELAY | MVTLS_OPT_KEEPALIVE | MVTLS_OPT_OUTPUT_LIMIT => Kind::Connection,
            MVTLS_OPT_HANDSHAKE_STEPS | MVTLS_OPT_DEFER_ACCEPT => Kind::Listener,
            _ => {
                return Err(Error::new(
                    MVTLS_ERR_BAD_KEY,
                    format!("unknown option key {key}"),
                ))
            }
        };
        check_kind(handle, obj.kind(), &[needs])?;
        let on_off = || match value {
            0 => Ok(false),
            1 => Ok(true),
            _ => Err(Error::params(format!("option value {value} is not 0 or 1"))),
        };
        match (obj, key) {
            (Object::Connection(c), MVTLS_OPT_NODELAY) => c.set_nodelay(on_off()?)?,
            (Object::Connection(c), MVTLS_OPT_KEEPALIVE) => c.set_keepalive(on_off()?)?,
            (Object::Connection(c), _) => {
                c.set_output_limit(usize::try_from(value).unwrap_or(0))?
            }
            (Object::Listener(l), MVTLS_OPT_DEFER_ACCEPT) => l.set_defer_accept(value)?,
            (Object::Listener(l), _) => l.set_handshake_steps(value)?,
            (Object::Context(_), _) => unreachable!("kind checked"),
        }
        Ok(0)
    })
}

#[cfg(test)]
mod tests {
    use super::super::args::MAX_LEN;
    use super::*;
    use crate::ffi::{mvtls_client_context_new, mvtls_context_free, mvtls_status};

    #[test]
    fn null_and_absurd_lengths_are_refused() {
        let mut b = [0u8; 4];
        // SAFETY: NULL pointers and bad lengths are refused before any access.
        unsafe {
            assert_eq!(mvtls_read(1, std::ptr::null_mut(), 10, 0), -1);
            assert_eq!(mvtls_status(), MVTLS_ERR_PARAMS);
            assert_eq!(mvtls_read(1, b.as_mut_ptr(), -1, 0), -1);
            assert_eq!(mvtls_status(), MVTLS_ERR_PARAMS);
            assert_eq!(mvtls_write(1, b.as_ptr(), MAX_LEN + 1, 0), -1);
            assert_eq!(mvtls_status(), MVTLS_ERR_PARAMS);
            assert_eq!(mvtls_connect(std::ptr::null(), 1, 0, 0), 0);
            assert_eq!(mvtls_status(), MVTLS_ERR_PARAMS);
        }
    }

    #[test]
    fn bad_handles() {
        for h in [0, -1, -7120, 0x7fff_ffff] {
            assert_eq!(mvtls_close(h), -1);
            assert_eq!(mvtls_status(), MVTLS_ERR_BAD_HANDLE, "handle {h}");
            assert_eq!(mvtls_accept(h, 0), 0);
            assert_eq!(mvtls_status(), MVTLS_ERR_BAD_HANDLE);
        }
        // SAFETY: a static NUL-terminated string.
        let ctx = unsafe { mvtls_client_context_new(c"VERIFY=OFF".as_ptr()) };
        assert!(ctx > 0);
        assert_eq!(mvtls_close(ctx), -1);
        assert_eq!(mvtls_status(), MVTLS_ERR_WRONG_KIND);
        assert_eq!(mvtls_accept(ctx, 0), 0);
        assert_eq!(mvtls_status(), MVTLS_ERR_WRONG_KIND);
        assert_eq!(mvtls_context_free(ctx), 0);
    }
}
