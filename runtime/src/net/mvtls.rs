//! Safe wrapper over the libmvtls C functions.
//!
//! Each function loads the library if needed, converts arguments (byte
//! strings to C strings, buffers to pointer + length), calls the C function
//! and turns a failure into a [`NetError`] carrying `mvtls_status()` and
//! `mvtls_error_text()`. Handles are plain `i32` values owned by the caller.

use super::bindings::MvTls;
use super::library::library;
use super::status::{NetError, NetResult, ER_FAILED, ER_PARAMS};
use std::ffi::CString;
use std::os::raw::c_char;

/// Largest buffer passed to one C call (the C API takes `int32_t` lengths).
const MAX_CHUNK: usize = 1 << 30;

fn cstring(what: &str, bytes: &[u8]) -> NetResult<CString> {
    CString::new(bytes).map_err(|_| NetError::new(ER_PARAMS, format!("{what} contains a CHAR(0)")))
}

/// The library's current status and text as a [`NetError`].
fn last_error(lib: &MvTls) -> NetError {
    // SAFETY: no arguments.
    let code = unsafe { lib.mvtls_status() };
    let text = error_text(lib);
    if code == 0 {
        NetError::new(
            ER_FAILED,
            if text.is_empty() {
                "mvtls call failed".into()
            } else {
                text
            },
        )
    } else {
        NetError::new(code, text)
    }
}

fn error_text(lib: &MvTls) -> String {
    let mut buf = vec![0u8; 256];
    loop {
        // SAFETY: buf is valid for buf.len() bytes; the function writes a
        // NUL-terminated string of at most len bytes.
        let full =
            unsafe { lib.mvtls_error_text(buf.as_mut_ptr() as *mut c_char, buf.len() as i32) };
        if full < 0 {
            return String::new();
        }
        let full = full as usize;
        if full < buf.len() {
            buf.truncate(full);
            return String::from_utf8_lossy(&buf).into_owned();
        }
        buf = vec![0u8; full + 1];
    }
}

/// Creates a server context from a certificate chain and key (paths or PEM
/// text) and an options string (`NAME=VALUE` lines).
pub fn server_context_new(cert: &[u8], key: &[u8], options: &[u8]) -> NetResult<i32> {
    let lib = library()?;
    let (c, k, o) = (
        cstring("certificate", cert)?,
        cstring("key", key)?,
        cstring("options", options)?,
    );
    // SAFETY: three valid NUL-terminated strings that outlive the call.
    let h = unsafe { lib.mvtls_server_context_new(c.as_ptr(), k.as_ptr(), o.as_ptr()) };
    if h > 0 {
        Ok(h)
    } else {
        Err(last_error(lib))
    }
}

/// Creates a client context from an options string.
pub fn client_context_new(options: &[u8]) -> NetResult<i32> {
    let lib = library()?;
    let o = cstring("options", options)?;
    // SAFETY: valid C string.
    let h = unsafe { lib.mvtls_client_context_new(o.as_ptr()) };
    if h > 0 {
        Ok(h)
    } else {
        Err(last_error(lib))
    }
}

/// Re-reads a context's certificate files; the old material stays on failure.
pub fn context_reload(ctx: i32) -> NetResult<()> {
    let lib = library()?;
    // SAFETY: integer argument only.
    let r = unsafe { lib.mvtls_context_reload(ctx) };
    if r == 0 {
        Ok(())
    } else {
        Err(last_error(lib))
    }
}

/// Drops the caller's reference to a context (live users keep it alive).
pub fn context_free(ctx: i32) -> NetResult<()> {
    let lib = library()?;
    // SAFETY: integer argument only.
    let r = unsafe { lib.mvtls_context_free(ctx) };
    if r == 0 {
        Ok(())
    } else {
        Err(last_error(lib))
    }
}

/// Writes a development CA and server certificate for `names` into `dir`.
pub fn dev_certs_write(dir: &[u8], names: &[u8]) -> NetResult<()> {
    let lib = library()?;
    let (d, n) = (cstring("directory", dir)?, cstring("names", names)?);
    // SAFETY: valid C strings.
    let r = unsafe { lib.mvtls_dev_certs_write(d.as_ptr(), n.as_ptr()) };
    if r == 0 {
        Ok(())
    } else {
        Err(last_error(lib))
    }
}

/// Opens a listener; `ctx` 0 = plain.
pub fn listen(addr: &[u8], port: i32, backlog: i32, flags: i32, ctx: i32) -> NetResult<i32> {
    let lib = library()?;
    let a = cstring("address", addr)?;
    // SAFETY: valid C string and integers.
    let h = unsafe { lib.mvtls_listen(a.as_ptr(), port, backlog, flags, ctx) };
    if h > 0 {
        Ok(h)
    } else {
        Err(last_error(lib))
    }
}

/// Accepts one connection whose handshake completed (C timeout convention).
pub fn accept(listener: i32, timeout_ms: i32) -> NetResult<i32> {
    let lib = library()?;
    // SAFETY: integers only.
    let h = unsafe { lib.mvtls_accept(listener, timeout_ms) };
    if h > 0 {
        Ok(h)
    } else {
        Err(last_error(lib))
    }
}

/// Connects to `host:port`; `ctx` 0 = plain.
pub fn connect(host: &[u8], port: i32, timeout_ms: i32, ctx: i32) -> NetResult<i32> {
    let lib = library()?;
    let h_c = cstring("host", host)?;
    // SAFETY: valid C string and integers.
    let h = unsafe { lib.mvtls_connect(h_c.as_ptr(), port, timeout_ms, ctx) };
    if h > 0 {
        Ok(h)
    } else {
        Err(last_error(lib))
    }
}

/// Reads up to `max` bytes. `Ok(empty)` never happens: end of stream is an
/// error with status 7013.
pub fn read(conn: i32, max: usize, timeout_ms: i32) -> NetResult<Vec<u8>> {
    let lib = library()?;
    let mut buf = vec![0u8; max.clamp(1, MAX_CHUNK)];
    // SAFETY: buf is valid for buf.len() writable bytes.
    let n = unsafe { lib.mvtls_read(conn, buf.as_mut_ptr(), buf.len() as i32, timeout_ms) };
    if n > 0 {
        buf.truncate(n as usize);
        Ok(buf)
    } else {
        Err(last_error(lib))
    }
}

/// Writes all of `data` (in chunks below 2^31 bytes); returns bytes written.
pub fn write(conn: i32, data: &[u8], timeout_ms: i32) -> NetResult<usize> {
    let lib = library()?;
    let mut done = 0usize;
    for chunk in data.chunks(MAX_CHUNK) {
        // SAFETY: chunk is valid for chunk.len() readable bytes.
        let n = unsafe { lib.mvtls_write(conn, chunk.as_ptr(), chunk.len() as i32, timeout_ms) };
        if n < 0 {
            return Err(last_error(lib));
        }
        done += n as usize;
    }
    Ok(done)
}

/// Takes what fits of `data` without blocking (sent or buffered); `Ok(0)`
/// when the output buffer is full (the library's status is then 1011).
pub fn write_some(conn: i32, data: &[u8]) -> NetResult<usize> {
    let lib = library()?;
    let len = data.len().min(MAX_CHUNK);
    // SAFETY: data is valid for len readable bytes.
    let n = unsafe { lib.mvtls_write_some(conn, data.as_ptr(), len as i32) };
    if n > 0 {
        return Ok(n as usize);
    }
    let e = last_error(lib);
    if n == 0 && e.code == super::status::ER_TIMEOUT {
        return Ok(0);
    }
    Err(e)
}

/// Waits until a handle has an event it asks for (`events`: MVTLS_POLL_READ
/// and/or MVTLS_POLL_WRITE); returns each handle's events (hang-up and
/// error included). A timeout is an error with status 1011.
pub fn poll_events(handles: &[i32], events: &[i32], timeout_ms: i32) -> NetResult<Vec<i32>> {
    let lib = library()?;
    if handles.is_empty() || handles.len() != events.len() || handles.len() > i32::MAX as usize {
        return Err(NetError::new(ER_PARAMS, "empty socket list"));
    }
    let mut revents = vec![0i32; handles.len()];
    // SAFETY: the three arrays hold handles.len() elements.
    let n = unsafe {
        lib.mvtls_poll_events(
            handles.as_ptr(),
            events.as_ptr(),
            handles.len() as i32,
            revents.as_mut_ptr(),
            timeout_ms,
        )
    };
    if n > 0 {
        Ok(revents)
    } else {
        Err(last_error(lib))
    }
}

/// Closes a listener or connection.
pub fn close(handle: i32) -> NetResult<()> {
    let lib = library()?;
    // SAFETY: integer only.
    let r = unsafe { lib.mvtls_close(handle) };
    if r == 0 {
        Ok(())
    } else {
        Err(last_error(lib))
    }
}

/// Waits until some handles are ready; returns one flag per handle.
/// A timeout is an error with status 1011.
pub fn poll(handles: &[i32], timeout_ms: i32) -> NetResult<Vec<bool>> {
    let lib = library()?;
    if handles.is_empty() || handles.len() > i32::MAX as usize {
        return Err(NetError::new(ER_PARAMS, "empty socket list"));
    }
    let mut ready = vec![0i32; handles.len()];
    // SAFETY: both arrays hold handles.len() elements.
    let n = unsafe {
        lib.mvtls_poll(
            handles.as_ptr(),
            handles.len() as i32,
            ready.as_mut_ptr(),
            timeout_ms,
        )
    };
    if n > 0 {
        Ok(ready.into_iter().map(|r| r != 0).collect())
    } else {
        Err(last_error(lib))
    }
}

/// Reads an info value (see `MVTLS_INFO_*`) as text.
pub fn info(handle: i32, key: i32) -> NetResult<String> {
    let lib = library()?;
    let mut buf = vec![0u8; 256];
    loop {
        // SAFETY: buf is valid for buf.len() bytes.
        let n = unsafe {
            lib.mvtls_info(
                handle,
                key,
                buf.as_mut_ptr() as *mut c_char,
                buf.len() as i32,
            )
        };
        if n < 0 {
            return Err(last_error(lib));
        }
        let n = n as usize;
        if n < buf.len() {
            buf.truncate(n);
            return Ok(String::from_utf8_lossy(&buf).into_owned());
        }
        buf = vec![0u8; n + 1];
    }
}

/// Sets a socket option (see `MVTLS_OPT_*`).
pub fn set_option(handle: i32, key: i32, value: i32) -> NetResult<()> {
    let lib = library()?;
    // SAFETY: integers only.
    let r = unsafe { lib.mvtls_set_option(handle, key, value) };
    if r == 0 {
        Ok(())
    } else {
        Err(last_error(lib))
    }
}
