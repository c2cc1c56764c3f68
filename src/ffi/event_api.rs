//! Exports for event loops: readiness polls, non-blocking writes and the
//! output buffer.

use super::args::{bytes_in, check_ints_out, ints_in, store_ints};
use super::boundary::{fail_m1, run};
use crate::codes::*;
use crate::error::{Error, Result};
use crate::handles;
use crate::net::Deadline;

/// Checks a poll `count` and returns it as a length.
fn poll_count(count: i32) -> Result<usize> {
    if count <= 0 || count as usize > crate::poll::MAX_POLL {
        return Err(Error::params(format!(
            "count {count} out of range 1..{}",
            crate::poll::MAX_POLL
        )));
    }
    Ok(count as usize)
}

/// 0 for a timeout / would-block (1011), -1 for other errors.
fn timeout_is_0(e: &Error) -> i32 {
    if e.code == MVTLS_ERR_TIMEOUT {
        0
    } else {
        -1
    }
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
    run(timeout_is_0, || {
        let n = poll_count(count)?;
        // SAFETY: `handles` is valid for `count` reads (this function's contract).
        let hs = unsafe { ints_in(handles, n, "handles")? };
        check_ints_out(ready, n, "ready")?;
        let flags = crate::poll::poll(&hs, Deadline::from_ms(timeout_ms))?;
        let k = flags.iter().filter(|&&r| r).count() as i32;
        if k == 0 {
            return Err(Error::timeout("no handle ready within the timeout"));
        }
        let out: Vec<i32> = flags.iter().map(|&r| r as i32).collect();
        // SAFETY: `ready` is valid for `count` writes (this function's contract).
        unsafe { store_ints(ready, &out, "ready")? };
        Ok(k)
    })
}

/// Waits up to `timeout_ms` until one of the `count` handles has an event:
/// `events[i]` asks for `MVTLS_POLL_READ` (listeners and connections)
/// and/or `MVTLS_POLL_WRITE` (connections); `revents[i]` receives what
/// happened, including `MVTLS_POLL_HUP`, `MVTLS_POLL_ERR` and
/// `MVTLS_POLL_NVAL`, which are never asked for (written only on success;
/// `revents` may be the `events` array). Returns the number of handles with
/// events, 0 on timeout (status 1011), -1 on error.
///
/// # Safety
/// `handles` and `events` must be valid for reads and `revents` for writes
/// of `count` items.
#[no_mangle]
pub unsafe extern "C" fn mvtls_poll_events(
    handles: *const i32,
    events: *const i32,
    count: i32,
    revents: *mut i32,
    timeout_ms: i32,
) -> i32 {
    run(timeout_is_0, || {
        let n = poll_count(count)?;
        // SAFETY: `handles` and `events` are valid for `count` reads (this
        // function's contract); both are copied.
        let (hs, evs) = unsafe {
            (
                ints_in(handles, n, "handles")?,
                ints_in(events, n, "events")?,
            )
        };
        check_ints_out(revents, n, "revents")?;
        let out = crate::poll::poll_events(&hs, &evs, Deadline::from_ms(timeout_ms))?;
        let k = out.iter().filter(|&&r| r != 0).count() as i32;
        if k == 0 {
            return Err(Error::timeout("no event within the timeout"));
        }
        // SAFETY: `revents` is valid for `count` writes (this function's contract).
        unsafe { store_ints(revents, &out, "revents")? };
        Ok(k)
    })
}

/// Takes as much of `buf[0..len]` as it can without blocking: sends what
/// the socket accepts and buffers more while fewer than the connection's
/// output limit (`MVTLS_OPT_OUTPUT_LIMIT`) bytes are pending. Returns the
/// number of bytes taken (1..len); 0 with status 1011 when the buffer is
/// full ("would block": wait for `MVTLS_POLL_WRITE`); 0 with status 0 when
/// `len` is 0; -1 on error (7013 peer gone).
///
/// # Safety
/// `buf` must be valid for reads of `len` bytes.
#[no_mangle]
pub unsafe extern "C" fn mvtls_write_some(conn: i32, buf: *const u8, len: i32) -> i32 {
    run(timeout_is_0, || {
        // SAFETY: `buf` is valid for `len` readable bytes (this function's contract).
        let data = unsafe { bytes_in(buf, len, "buffer")? };
        let c = handles::connection(conn)?;
        Ok(c.write_some(data)? as i32)
    })
}

/// Sends the connection's buffered output, waiting up to `timeout_ms`
/// (0 = send what the socket takes now). Returns 0 when nothing is left;
/// -1 on timeout (1011: bytes remain, see `mvtls_pending_output`) or error.
#[no_mangle]
pub extern "C" fn mvtls_flush(conn: i32, timeout_ms: i32) -> i32 {
    run(fail_m1, || {
        handles::connection(conn)?.flush(Deadline::from_ms(timeout_ms))?;
        Ok(0)
    })
}

/// Bytes the connection accepted (`mvtls_write_some`, timed-out
/// `mvtls_write`) but has not sent yet; -1 on error.
#[no_mangle]
pub extern "C" fn mvtls_pending_output(conn: i32) -> i32 {
    run(fail_m1, || {
        let n = handles::connection(conn)?.pending_output()?;
        Ok(n.min(i32::MAX as usize) as i32)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ffi::mvtls_status;

    #[test]
    fn bad_arguments_are_refused_and_outputs_untouched() {
        let mut r = [5i32; 2];
        let h = [1i32, 2];
        // SAFETY: NULL pointers and bad counts are refused before any access.
        unsafe {
            assert_eq!(mvtls_poll(std::ptr::null(), 1, std::ptr::null_mut(), 0), -1);
            assert_eq!(mvtls_status(), MVTLS_ERR_PARAMS);
            assert_eq!(mvtls_poll(h.as_ptr(), 1, std::ptr::null_mut(), 0), -1);
            assert_eq!(mvtls_status(), MVTLS_ERR_PARAMS);
            assert_eq!(mvtls_poll(h.as_ptr(), 0, r.as_mut_ptr(), 0), -1);
            assert_eq!(mvtls_status(), MVTLS_ERR_PARAMS);
            let ev = [MVTLS_POLL_READ; 2];
            for (count, evp) in [(0, ev.as_ptr()), (4097, ev.as_ptr()), (2, std::ptr::null())] {
                assert_eq!(
                    mvtls_poll_events(h.as_ptr(), evp, count, r.as_mut_ptr(), 0),
                    -1
                );
                assert_eq!(mvtls_status(), MVTLS_ERR_PARAMS);
            }
            // Stale handles: 7120, revents untouched.
            assert_eq!(
                mvtls_poll_events(h.as_ptr(), ev.as_ptr(), 2, r.as_mut_ptr(), 0),
                -1
            );
            assert_eq!(mvtls_status(), MVTLS_ERR_BAD_HANDLE);
            assert_eq!(r, [5, 5]);
            assert_eq!(mvtls_write_some(1, std::ptr::null(), 3), -1);
            assert_eq!(mvtls_status(), MVTLS_ERR_PARAMS);
            assert_eq!(mvtls_write_some(1, [0u8].as_ptr(), 1), -1);
            assert_eq!(mvtls_status(), MVTLS_ERR_BAD_HANDLE);
        }
        assert_eq!(mvtls_flush(0, 0), -1);
        assert_eq!(mvtls_status(), MVTLS_ERR_BAD_HANDLE);
        assert_eq!(mvtls_pending_output(-3), -1);
        assert_eq!(mvtls_status(), MVTLS_ERR_BAD_HANDLE);
    }
}
