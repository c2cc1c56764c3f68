//! Readiness over several handles (listeners and connections) at once: the
//! core of `mvtls_poll_events` (and of `mvtls_poll`, its READ-only form).
//!
//! Each round looks at every handle without blocking, connections first
//! (cheap) and then listeners, which run at most their step bound on
//! pending handshakes; so a ready connection is reported after bounded
//! handshake work. When nothing is ready the round sleeps in one poll(2)
//! on every socket involved, unless a listener had ready handshakes left
//! over, in which case the next round starts at once. Pending output of the
//! polled connections is sent along the way.

use crate::codes::*;
use crate::error::{Error, Result};
use crate::handles::{self, check_kind, Kind, Object};
use crate::net::{self, Deadline};
use crate::wake::WaitGuard;

/// Upper bound on the number of handles in one poll call.
pub(crate) const MAX_POLL: usize = 4096;

/// The events a caller may ask for.
const ASKABLE: i32 = MVTLS_POLL_READ | MVTLS_POLL_WRITE;

/// Checks handles and requested events; returns the objects.
fn resolve(handles: &[i32], events: &[i32]) -> Result<Vec<Object>> {
    let mut objs = Vec::with_capacity(handles.len());
    for (i, (&h, &ev)) in handles.iter().zip(events).enumerate() {
        let o = handles::get(h)?;
        if let Object::Context(_) = o {
            check_kind(h, Kind::Context, &[Kind::Listener, Kind::Connection])?;
        }
        if ev & !ASKABLE != 0 {
            return Err(Error::params(format!(
                "events[{i}] = {ev:#x}: only MVTLS_POLL_READ and MVTLS_POLL_WRITE can be asked for"
            )));
        }
        if ev & MVTLS_POLL_WRITE != 0 && matches!(o, Object::Listener(_)) {
            return Err(Error::params(format!(
                "events[{i}]: MVTLS_POLL_WRITE does not apply to listener {h}"
            )));
        }
        objs.push(o);
    }
    Ok(objs)
}

/// Adds what the kernel reported in the last sleep, unless the handle was
/// closed meanwhile (then NVAL alone says it all).
fn with_kernel(revents: i32, kernel: i32) -> i32 {
    if revents & MVTLS_POLL_NVAL != 0 {
        MVTLS_POLL_NVAL
    } else {
        revents | kernel
    }
}

/// Waits until at least one handle has an event or the deadline passes.
/// Returns the reported events per handle; all zero means timeout (the
/// caller reports 1011). Every handle must be a live listener or
/// connection; `events[i]` is a mask of READ / WRITE (WRITE: connections
/// only). HUP, ERR and NVAL are reported without being asked for.
pub fn poll_events(handles: &[i32], events: &[i32], deadline: Deadline) -> Result<Vec<i32>> {
    assert_eq!(handles.len(), events.len(), "one event mask per handle");
    let objs = resolve(handles, events)?;
    // Registered before any closed check, so a close cannot be missed.
    let _waiting: Vec<WaitGuard<'_>> = objs
        .iter()
        .filter_map(|o| match o {
            Object::Listener(l) => Some(l.wake().enter()),
            Object::Connection(c) => Some(c.wake().enter()),
            Object::Context(_) => None,
        })
        .collect();
    // Kernel hang-up / error seen on a connection's socket in the last
    // sleep: reported even when READ was not asked for (poll(2) reports
    // them regardless, so not reporting them would spin).
    let mut kernel = vec![0i32; objs.len()];
    loop {
        let mut fds = Vec::new();
        let mut owner = Vec::new();
        let mut until = deadline;
        let mut more = false;
        let mut rev = vec![0i32; objs.len()];
        for (i, o) in objs.iter().enumerate() {
            if let Object::Connection(c) = o {
                rev[i] = with_kernel(c.poll_events(events[i], &mut fds), kernel[i]);
                owner.push(i);
            }
        }
        for (i, o) in objs.iter().enumerate() {
            if let Object::Listener(l) = o {
                let before = fds.len();
                let p = l.poll_events(events[i] & MVTLS_POLL_READ != 0, &mut fds, &mut until);
                rev[i] = with_kernel(p.revents, kernel[i]);
                more |= p.more;
                // The listening socket comes first; handshake sockets are
                // the listener's own business.
                owner.push(i);
                owner.extend(std::iter::repeat_n(usize::MAX, fds.len() - before - 1));
            }
        }
        if rev.iter().any(|&r| r != 0) || deadline.expired() {
            return Ok(rev);
        }
        let ms = if more { 0 } else { until.poll_ms() };
        net::poll(&mut fds, ms).map_err(|e| Error::io(MVTLS_ERR_FAILED, "poll", &e))?;
        for (fd, &i) in fds.iter().zip(&owner) {
            // With POLLIN asked, the next round's own look finds the cause.
            if i == usize::MAX || fd.events & libc::POLLIN != 0 {
                continue;
            }
            if fd.revents & libc::POLLHUP != 0 {
                kernel[i] |= MVTLS_POLL_HUP;
            }
            if fd.revents & (libc::POLLERR | libc::POLLNVAL) != 0 {
                kernel[i] |= MVTLS_POLL_ERR;
            }
        }
    }
}

/// READ readiness of every handle (`mvtls_poll`): true when `accept` /
/// `read` would not block (a connection or data is ready, end of stream,
/// an error, or the handle was closed meanwhile). All false means timeout.
pub fn poll(handles: &[i32], deadline: Deadline) -> Result<Vec<bool>> {
    let events = vec![MVTLS_POLL_READ; handles.len()];
    Ok(poll_events(handles, &events, deadline)?
        .into_iter()
        .map(|r| r != 0)
        .collect())
}
