//! The C ABI. Every function takes only `int32_t`, C strings and
//! (pointer, length) buffers and returns `int32_t`; every one runs inside
//! [`run`], the panic boundary that also records the per-thread status
//! (0 / empty text on success). See `docs/c-api.md`.

use crate::codes::*;
use crate::connection::Connection;
use crate::context::Context;
use crate::error::{self, Error, Result};
use crate::handles::{self, Kind, Object};
use crate::listener::Listener;
use crate::net::{self, Deadline};
use std::cell::Cell;
use std::ffi::{c_char, CStr};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::{Arc, Once};

/// Largest buffer length accepted (1 GiB).
pub(crate) const MAX_LEN: i32 = 1 << 30;

thread_local! {
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

/// The panic boundary: runs `f`, records the status, and maps an error to
/// the function's failure value with `on_err`.
pub(crate) fn run<T>(on_err: impl FnOnce(&Error) -> T, f: impl FnOnce() -> Result<T>) -> T {
    install_panic_hook();
    IN_FFI.with(|c| c.set(c.get() + 1));
    let r = catch_unwind(AssertUnwindSafe(f));
    IN_FFI.with(|c| c.set(c.get() - 1));
    let r = match r {
        Ok(r) => r,
        Err(p) => Err(Error::new(
            MVTLS_ERR_FAILED,
            format!("internal error (panic): {}", panic_text(&*p)),
        )),
    };
    match r {
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

pub(crate) fn fail0(_: &Error) -> i32 {
    0
}

pub(crate) fn fail_m1(_: &Error) -> i32 {
    -1
}

/// Optional C string: NULL gives None.
///
/// # Safety
/// `p` is NULL or a NUL-terminated string.
unsafe fn opt_str<'a>(p: *const c_char, what: &str) -> Result<Option<&'a str>> {
    if p.is_null() {
        return Ok(None);
    }
    CStr::from_ptr(p)
        .to_str()
        .map(Some)
        .map_err(|_| Error::params(format!("{what} is not valid UTF-8")))
}

/// Required C string.
///
/// # Safety
/// `p` is NULL or a NUL-terminated string.
unsafe fn req_str<'a>(p: *const c_char, what: &str) -> Result<&'a str> {
    opt_str(p, what)?.ok_or_else(|| Error::params(format!("{what} is NULL")))
}

fn check_len(len: i32, null: bool, what: &str) -> Result<usize> {
    if len < 0 {
        return Err(Error::params(format!("{what} length {len} is negative")));
    }
    if len > MAX_LEN {
        return Err(Error::params(format!("{what} length {len} exceeds 1 GiB")));
    }
    if null && len > 0 {
        return Err(Error::params(format!("{what} is NULL")));
    }
    Ok(len as usize)
}

/// snprintf-style copy: writes at most `len - 1` bytes plus a NUL; returns
/// the full length of `text`.
///
/// # Safety
/// `buf` is NULL (then `len` must be 0) or valid for `len` bytes.
unsafe fn copy_out(text: &str, buf: *mut c_char, len: i32) -> Result<i32> {
    let n = check_len(len, buf.is_null(), "buffer")?;
    if n > 0 {
        let k = text.len().min(n - 1);
        std::ptr::copy_nonoverlapping(text.as_ptr(), buf.cast::<u8>(), k);
        *buf.add(k) = 0;
    }
    Ok(text.len().min(i32::MAX as usize) as i32)
}

pub(crate) fn ctx_arg(ctx: i32) -> Result<Option<(Arc<Context>, i32)>> {
    if ctx == 0 {
        return Ok(None);
    }
    Ok(Some((handles::context(ctx)?, ctx)))
}

/// Status of the last mvtls call on this thread: 0 = OK, else an `MVTLS_ERR_*` code.
/// Does not change the status.
#[no_mangle]
pub extern "C" fn mvtls_status() -> i32 {
    catch_unwind(error::last_status).unwrap_or(MVTLS_ERR_FAILED)
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
    catch_unwind(AssertUnwindSafe(|| {
        let text = error::last_text();
        copy_out(&text, buf, len).unwrap_or(-1)
    }))
    .unwrap_or(-1)
}

/// The ABI version (`MVTLS_ABI_VERSION`). Does not change the status.
#[no_mangle]
pub extern "C" fn mvtls_abi_version() -> i32 {
    MVTLS_ABI_VERSION
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
        let cert = req_str(cert, "cert")?;
        let key = req_str(key, "key")?;
        let options = opt_str(options, "options")?;
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
        let c = handles::context(ctx)?;
        c.add_cert(req_str(cert, "cert")?, req_str(key, "key")?)?;
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
        let ctx = Context::new_client(opt_str(options, "options")?)?;
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
        crate::devcert::write(req_str(dir, "dir")?, opt_str(names, "names")?)?;
        Ok(0)
    })
}

/// Listens on `addr` (NULL/empty = any) and `port` (0 = ephemeral) with
/// `backlog` (<= 0 = 1024) and `flags` (`MVTLS_LISTEN_REUSEPORT`); `ctx` is
/// a server context, or 0 for a plain listener. Returns the listener
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
        let addr = opt_str(addr, "addr")?;
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
        let host = req_str(host, "host")?;
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
            let n = check_len(len, buf.is_null(), "buffer")?;
            let c = handles::connection(conn)?;
            if n == 0 {
                return Ok(0);
            }
            let slice = std::slice::from_raw_parts_mut(buf, n);
            Ok(c.read(slice, Deadline::from_ms(timeout_ms))? as i32)
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
        let n = check_len(len, buf.is_null(), "buffer")?;
        let c = handles::connection(conn)?;
        if n == 0 {
            return Ok(0);
        }
        let slice = std::slice::from_raw_parts(buf, n);
        c.write(slice, Deadline::from_ms(timeout_ms))?;
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

/// Waits up to `timeout_ms` until `accept`/`read` on at least one of the
/// `count` handles would not block; sets `ready[i]` to 1 or 0 (only on
/// success). Returns the number ready, 0 on timeout (status 1011), -1 on error.
///
/// # Safety
/// `handles` must be valid for reads and `ready` for writes of `count` items.
#[no_mangle]
pub unsafe extern "C" fn mvtls_poll(
    handles: *const i32,
    count: i32,
    ready: *mut i32,
    timeout_ms: i32,
) -> i32 {
    run(
        |e| if e.code == MVTLS_ERR_TIMEOUT { 0 } else { -1 },
        || {
            if handles.is_null() || ready.is_null() {
                return Err(Error::params("handles or ready is NULL"));
            }
            if count <= 0 || count as usize > crate::poll::MAX_POLL {
                return Err(Error::params(format!(
                    "count {count} out of range 1..{}",
                    crate::poll::MAX_POLL
                )));
            }
            let hs = std::slice::from_raw_parts(handles, count as usize).to_vec();
            let flags = crate::poll::poll(&hs, Deadline::from_ms(timeout_ms))?;
            let n = flags.iter().filter(|&&r| r).count() as i32;
            if n == 0 {
                return Err(Error::timeout("no handle ready within the timeout"));
            }
            let out = std::slice::from_raw_parts_mut(ready, count as usize);
            for (o, r) in out.iter_mut().zip(flags) {
                *o = r as i32;
            }
            Ok(n)
        },
    )
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
        check_len(len, buf.is_null(), "buffer")?;
        let v = crate::info::info(handle, key)?;
        copy_out(&v, buf, len)
    })
}

/// Sets socket option `key` (`MVTLS_OPT_*`) to `value` (0 or 1) on a
/// connection. Returns 0, or -1 on error.
#[no_mangle]
pub extern "C" fn mvtls_set_option(handle: i32, key: i32, value: i32) -> i32 {
    run(fail_m1, || {
        let c = handles::connection(handle)?;
        if !matches!(key, MVTLS_OPT_NODELAY | MVTLS_OPT_KEEPALIVE) {
            return Err(Error::new(
                MVTLS_ERR_BAD_KEY,
                format!("unknown option key {key}"),
            ));
        }
        let on = match value {
            0 => false,
            1 => true,
            _ => return Err(Error::params(format!("option value {value} is not 0 or 1"))),
        };
        match key {
            MVTLS_OPT_NODELAY => c.set_nodelay(on)?,
            _ => c.set_keepalive(on)?,
        }
        Ok(0)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn panics_become_status_1008() {
        let v = run(fail_m1, || -> Result<i32> { panic!("boom") });
        assert_eq!(v, -1);
        assert_eq!(mvtls_status(), MVTLS_ERR_FAILED);
        assert!(error::last_text().contains("boom"));
        let v = run(fail_m1, || Ok(5));
        assert_eq!(v, 5);
        assert_eq!(mvtls_status(), 0);
    }

    #[test]
    fn null_and_absurd_lengths_are_refused() {
        unsafe {
            assert_eq!(mvtls_read(1, std::ptr::null_mut(), 10, 0), -1);
            assert_eq!(mvtls_status(), MVTLS_ERR_PARAMS);
            let mut b = [0u8; 4];
            assert_eq!(mvtls_read(1, b.as_mut_ptr(), -1, 0), -1);
            assert_eq!(mvtls_status(), MVTLS_ERR_PARAMS);
            assert_eq!(mvtls_write(1, b.as_ptr(), MAX_LEN + 1, 0), -1);
            assert_eq!(mvtls_status(), MVTLS_ERR_PARAMS);
            assert_eq!(
                mvtls_server_context_new(std::ptr::null(), std::ptr::null(), std::ptr::null()),
                0
            );
            assert_eq!(mvtls_status(), MVTLS_ERR_PARAMS);
            assert_eq!(mvtls_connect(std::ptr::null(), 1, 0, 0), 0);
            assert_eq!(mvtls_status(), MVTLS_ERR_PARAMS);
            assert_eq!(mvtls_poll(std::ptr::null(), 1, std::ptr::null_mut(), 0), -1);
            assert_eq!(mvtls_status(), MVTLS_ERR_PARAMS);
        }
    }

    #[test]
    fn error_text_is_snprintf_like_and_does_not_reset() {
        error::set_last(&Error::new(MVTLS_ERR_TIMEOUT, "abcdef"));
        unsafe {
            assert_eq!(mvtls_error_text(std::ptr::null_mut(), 0), 6);
            let mut b = [0x55 as c_char; 4];
            assert_eq!(mvtls_error_text(b.as_mut_ptr(), 4), 6);
            assert_eq!(CStr::from_ptr(b.as_ptr()).to_str().unwrap(), "abc");
            assert_eq!(mvtls_error_text(b.as_mut_ptr(), -1), -1);
        }
        assert_eq!(mvtls_status(), MVTLS_ERR_TIMEOUT);
    }

    #[test]
    fn bad_handles() {
        for h in [0, -1, -7120, 0x7fff_ffff] {
            assert_eq!(mvtls_close(h), -1);
            assert_eq!(mvtls_status(), MVTLS_ERR_BAD_HANDLE, "handle {h}");
            assert_eq!(mvtls_accept(h, 0), 0);
            assert_eq!(mvtls_status(), MVTLS_ERR_BAD_HANDLE);
        }
        let ctx = unsafe { mvtls_client_context_new(c"VERIFY=OFF".as_ptr()) };
        assert!(ctx > 0);
        assert_eq!(mvtls_close(ctx), -1);
        assert_eq!(mvtls_status(), MVTLS_ERR_WRONG_KIND);
        assert_eq!(mvtls_accept(ctx, 0), 0);
        assert_eq!(mvtls_status(), MVTLS_ERR_WRONG_KIND);
        assert_eq!(mvtls_context_free(ctx), 0);
        assert_eq!(mvtls_status(), 0);
        assert_eq!(mvtls_context_free(ctx), -1);
        assert_eq!(mvtls_status(), MVTLS_ERR_BAD_HANDLE);
    }
}
