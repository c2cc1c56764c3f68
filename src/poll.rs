//! Readiness over several handles (listeners and connections) at once.

use crate::codes::MVTLS_ERR_FAILED;
use crate::error::{Error, Result};
use crate::handles::{self, check_kind, Kind, Object};
use crate::net::{self, Deadline};

/// Upper bound on the number of handles in one poll call.
pub(crate) const MAX_POLL: usize = 4096;

/// Waits until at least one handle is ready or the deadline passes.
/// Returns one flag per handle; all false means timeout (the caller reports
/// 1011). Every handle must be a live listener or connection.
pub fn poll(handles: &[i32], deadline: Deadline) -> Result<Vec<bool>> {
    let mut objs = Vec::with_capacity(handles.len());
    for &h in handles {
        let o = handles::get(h)?;
        if let Object::Context(_) = o {
            check_kind(h, Kind::Context, &[Kind::Listener, Kind::Connection])?;
        }
        objs.push(o);
    }
    loop {
        let mut fds = Vec::new();
        let mut until = deadline;
        let mut ready = vec![false; objs.len()];
        for (i, o) in objs.iter().enumerate() {
            ready[i] = match o {
                Object::Listener(l) => l.ready_now(&mut fds, &mut until),
                Object::Connection(c) => {
                    let r = c.ready_now();
                    if !r {
                        fds.push(libc::pollfd {
                            fd: c.fd(),
                            events: libc::POLLIN,
                            revents: 0,
                        });
                    }
                    r
                }
                Object::Context(_) => false,
            };
        }
        if ready.iter().any(|&r| r) || deadline.expired() {
            return Ok(ready);
        }
        // Sliced so that a handle closed by another thread is noticed.
        let until = until.min(Deadline::after(net::CLOSE_CHECK));
        net::poll(&mut fds, until.poll_ms())
            .map_err(|e| Error::io(MVTLS_ERR_FAILED, "poll", &e))?;
    }
}
