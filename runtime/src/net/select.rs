//! `SELECT.SOCKET` (mvbasic): waiting on many sockets at once, for reading
//! (or accepting) and, for event loops that never wait on one client, for
//! writing.

use super::bindings;
use super::mvtls;
use super::reply::{finish, handle_list, timeout_ms, NetValue, Reply, FM, WANT_READ, WANT_WRITE};
use super::sockets::require_socket;
use super::status::*;

/// `SELECT.SOCKET(list, timeout)`: waits up to `timeout` ms (0 = forever)
/// until a socket in `list` is ready for what its field asks: by default
/// read or accept without blocking; `handle:@VM:"W"` write (the library
/// takes more output), `"RW"` either. A hang-up or error counts as ready.
/// Returns the field numbers of the ready sockets, @FM separated; "" with
/// STATUS() 1011 on timeout.
pub fn select_socket(list: &[u8], timeout: i64) -> Reply {
    let r = (|| {
        let items = handle_list(list)?;
        for (pos, h, _) in &items {
            require_socket(*h)
                .map_err(|e| NetError::new(e.code, format!("field {pos}: {}", e.text)))?;
        }
        let handles: Vec<i32> = items.iter().map(|(_, h, _)| *h).collect();
        let ready: Vec<bool> = if items.iter().all(|(_, _, w)| *w == WANT_READ) {
            mvtls::poll(&handles, timeout_ms(timeout))?
        } else {
            let events: Vec<i32> = items
                .iter()
                .map(|(_, _, w)| {
                    let mut e = 0;
                    if w & WANT_READ != 0 {
                        e |= bindings::MVTLS_POLL_READ as i32;
                    }
                    if w & WANT_WRITE != 0 {
                        e |= bindings::MVTLS_POLL_WRITE as i32;
                    }
                    e
                })
                .collect();
            mvtls::poll_events(&handles, &events, timeout_ms(timeout))?
                .into_iter()
                .map(|r| r != 0)
                .collect()
        };
        let mut out = Vec::new();
        for ((pos, _, _), r) in items.iter().zip(ready) {
            if r {
                if !out.is_empty() {
                    out.push(FM);
                }
                out.extend_from_slice(pos.to_string().as_bytes());
            }
        }
        Ok(NetValue::Str(out))
    })();
    finish(r, NetValue::Str(Vec::new()))
}
