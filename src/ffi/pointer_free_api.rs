//! Pointer-free counterparts of the C ABI functions that take strings or
//! buffers: each takes buffer handles (see [`crate::buffers`] and
//! [`crate::ffi_buf`]) where its counterpart takes a pointer, and otherwise
//! only `int32_t` values, with the same status codes and results.
//!
//! Argument order: a function that puts its result into a buffer takes
//! that buffer FIRST (`mvtls_pf_read(buf, conn, ...)`). A host whose C-call
//! facility keeps earlier arguments on its stack within one request
//! (ScarletDME's CCALL) can then call [`super::buffer_api::mvtls_buf_next8`]
//! (which reads only its first argument) many times right after, and get
//! the result back in the same request. Functions that only read buffers
//! keep their counterpart's order. See `docs/pointer-free.md`.

use super::args::MAX_LEN;
use super::boundary::{fail0, fail_m1, run};
use super::socket_api::ctx_arg;
use crate::buffers;
use crate::codes::*;
use crate::connection::Connection;
use crate::context::Context;
use crate::error::{Error, Result};
use crate::handles::{self, Object};
use crate::listener::Listener;
use crate::net::{self, Deadline};
use std::io::{Read, Seek, SeekFrom};
use std::sync::Arc;

/// Largest `max` accepted by `mvtls_pf_read` (16 MiB).
pub const MVTLS_PF_READ_MAX: i32 = 16 << 20;

/// Text of an optional buffer argument: 0 means none.
fn opt_text(buf: i32, what: &str) -> Result<Option<String>> {
    if buf == 0 {
        return Ok(None);
    }
    buffers::text(buf, what).map(Some)
}

fn req_text(buf: i32, what: &str) -> Result<String> {
    buffers::text(buf, what).map_err(|e| e.context(what))
}

fn read_fail(e: &Error) -> i32 {
    if e.code == MVTLS_ERR_CLOSED {
        0
    } else {
        -1
    }
}

fn poll_fail(e: &Error) -> i32 {
    if e.code == MVTLS_ERR_TIMEOUT {
        0
    } else {
        -1
    }
}

/// As `mvtls_server_context_new`, with the certificate, key and options
/// (0 = none) in buffers. Returns the context handle, 0 on error.
#[no_mangle]
pub extern "C" fn mvtls_pf_server_context_new(
    cert_buf: i32,
    key_buf: i32,
    options_buf: i32,
) -> i32 {
    run(fail0, || {
        let cert = req_text(cert_buf, "cert")?;
        let key = req_text(key_buf, "key")?;
        let options = opt_text(options_buf, "options")?;
        let ctx = Context::new_server(&cert, &key, options.as_deref())?;
        handles::insert(Object::Context(Arc::new(ctx)))
    })
}

/// As `mvtls_server_context_add_cert`, with the certificate and key in
/// buffers. Returns 0, or -1 on error.
#[no_mangle]
pub extern "C" fn mvtls_pf_server_context_add_cert(ctx: i32, cert_buf: i32, key_buf: i32) -> i32 {
    run(fail_m1, || {
        let c = handles::context(ctx)?;
        c.add_cert(&req_text(cert_buf, "cert")?, &req_text(key_buf, "key")?)?;
        Ok(0)
    })
}

/// As `mvtls_client_context_new`, with the options (0 = none) in a buffer.
/// Returns the context handle, 0 on error.
#[no_mangle]
pub extern "C" fn mvtls_pf_client_context_new(options_buf: i32) -> i32 {
    run(fail0, || {
        let options = opt_text(options_buf, "options")?;
        let ctx = Context::new_client(options.as_deref())?;
        handles::insert(Object::Context(Arc::new(ctx)))
    })
}

/// As `mvtls_dev_certs_write`, with the directory and the names (0 = the
/// default names) in buffers. Returns 0, or -1 on error.
#[no_mangle]
pub extern "C" fn mvtls_pf_dev_certs_write(dir_buf: i32, names_buf: i32) -> i32 {
    run(fail_m1, || {
        let dir = req_text(dir_buf, "dir")?;
        let names = opt_text(names_buf, "names")?;
        crate::devcert::write(&dir, names.as_deref())?;
        Ok(0)
    })
}

/// As `mvtls_listen`, with the address in a buffer (0 or an empty buffer =
/// any address). Returns the listener handle, 0 on error.
#[no_mangle]
pub extern "C" fn mvtls_pf_listen(
    addr_buf: i32,
    port: i32,
    backlog: i32,
    flags: i32,
    ctx: i32,
) -> i32 {
    run(fail0, || {
        let addr = opt_text(addr_buf, "addr")?;
        let l = Listener::bind(addr.as_deref(), port, backlog, flags, ctx_arg(ctx)?)?;
        handles::insert(Object::Listener(Arc::new(l)))
    })
}

/// As `mvtls_connect`, with the host in a buffer. Returns the connection
/// handle, 0 on error.
#[no_mangle]
pub extern "C" fn mvtls_pf_connect(host_buf: i32, port: i32, timeout_ms: i32, ctx: i32) -> i32 {
    run(fail0, || {
        let host = req_text(host_buf, "host")?;
        let port = net::port(port)?;
        let ctx = ctx_arg(ctx)?;
        let c = Connection::connect(&host, port, Deadline::from_ms(timeout_ms), ctx)?;
        handles::insert(Object::Connection(Arc::new(c)))
    })
}

/// As `mvtls_read`: reads up to `max` bytes (1..=16 MiB) within
/// `timeout_ms` and puts them into `buf` (replacing its contents, cursor at
/// the start). Returns the count (> 0), 0 at end of stream (status 7013),
/// -1 on error or timeout (1011); on failure `buf` is unchanged.
#[no_mangle]
pub extern "C" fn mvtls_pf_read(buf: i32, conn: i32, max: i32, timeout_ms: i32) -> i32 {
    run(read_fail, || {
        if !(1..=MVTLS_PF_READ_MAX).contains(&max) {
            return Err(Error::params(format!(
                "max {max} is out of range 1..{MVTLS_PF_READ_MAX}"
            )));
        }
        buffers::with(buf, |_| ())?;
        let c = handles::connection(conn)?;
        let mut data = vec![0u8; max as usize];
        let n = c.read(&mut data, Deadline::from_ms(timeout_ms))?;
        data.truncate(n);
        buffers::replace(buf, data)?;
        Ok(n as i32)
    })
}

/// As `mvtls_write`: writes all the bytes of `buf` within `timeout_ms`.
/// Returns the count, or -1 on error (7013 peer closed) or timeout (1011).
#[no_mangle]
pub extern "C" fn mvtls_pf_write(buf: i32, conn: i32, timeout_ms: i32) -> i32 {
    run(fail_m1, || {
        let data = buffers::bytes(buf)?;
        let c = handles::connection(conn)?;
        if !data.is_empty() {
            c.write(&data, Deadline::from_ms(timeout_ms))?;
        }
        Ok(data.len() as i32)
    })
}

/// Opens `path` and checks that `offset`/`length` (-1 = to the end) lie
/// inside it; returns the file positioned at `offset` and the byte count.
fn file_range(path: &str, offset: i32, length: i32) -> Result<(std::fs::File, usize)> {
    if offset < 0 {
        return Err(Error::params(format!("offset {offset} is negative")));
    }
    if length < -1 {
        return Err(Error::params(format!("length {length} is negative")));
    }
    let mut f = std::fs::File::open(path).map_err(|e| Error::io(MVTLS_ERR_FILE, path, &e))?;
    let size = f
        .metadata()
        .map_err(|e| Error::io(MVTLS_ERR_FILE, path, &e))?
        .len();
    let (offset, size) = (offset as u64, size);
    if offset > size {
        return Err(Error::params(format!(
            "offset {offset} is beyond the end of {path} ({size} bytes)"
        )));
    }
    let count = if length == -1 {
        size - offset
    } else {
        length as u64
    };
    if offset + count > size {
        return Err(Error::params(format!(
            "{count} bytes from offset {offset} go beyond the end of {path} ({size} bytes)"
        )));
    }
    if count > MAX_LEN as u64 {
        return Err(Error::params(format!("{count} bytes exceed 1 GiB")));
    }
    f.seek(SeekFrom::Start(offset))
        .map_err(|e| Error::io(MVTLS_ERR_FILE, path, &e))?;
    Ok((f, count as usize))
}

/// Sends `length` bytes (-1 = up to the end) of the file named in
/// `path_buf`, from byte `offset`, on `conn` within `timeout_ms`: the
/// bulk path for hosts that can write files faster than they can pass
/// bytes as integers. Returns the count sent, or -1 on error: 3003 the
/// file cannot be opened or read, 1000 a range beyond the end of the file
/// (then nothing is sent), 7013 peer closed, 1011 timeout.
#[no_mangle]
pub extern "C" fn mvtls_pf_write_file(
    path_buf: i32,
    conn: i32,
    offset: i32,
    length: i32,
    timeout_ms: i32,
) -> i32 {
    run(fail_m1, || {
        let path = req_text(path_buf, "path")?;
        let c = handles::connection(conn)?;
        let (mut f, count) = file_range(&path, offset, length)?;
        let mut data = vec![0u8; count];
        f.read_exact(&mut data)
            .map_err(|e| Error::io(MVTLS_ERR_FILE, &path, &e))?;
        if count > 0 {
            c.write(&data, Deadline::from_ms(timeout_ms))?;
        }
        Ok(count as i32)
    })
}

/// Replaces the contents of `buf` by `length` bytes (-1 = up to the end)
/// of the file named in `path_buf`, from byte `offset` (cursor at the
/// start): the way in for bulk data from hosts that write files faster than
/// they pass integers. Returns the count, or -1 on error (3003 the file
/// cannot be read, 1000 a range beyond its end; `buf` is then unchanged).
#[no_mangle]
pub extern "C" fn mvtls_pf_buf_load_file(buf: i32, path_buf: i32, offset: i32, length: i32) -> i32 {
    run(fail_m1, || {
        let path = req_text(path_buf, "path")?;
        buffers::with(buf, |_| ())?;
        let (mut f, count) = file_range(&path, offset, length)?;
        let mut data = vec![0u8; count];
        f.read_exact(&mut data)
            .map_err(|e| Error::io(MVTLS_ERR_FILE, &path, &e))?;
        buffers::replace(buf, data)?;
        Ok(count as i32)
    })
}

fn poll_handles(hs: &[i32], timeout_ms: i32) -> Result<Vec<bool>> {
    if hs.is_empty() || hs.len() > crate::poll::MAX_POLL {
        return Err(Error::params(format!(
            "{} handles: out of range 1..{}",
            hs.len(),
            crate::poll::MAX_POLL
        )));
    }
    let flags = crate::poll::poll(hs, Deadline::from_ms(timeout_ms))?;
    if !flags.iter().any(|&r| r) {
        return Err(Error::timeout("no handle ready within the timeout"));
    }
    Ok(flags)
}

/// As `mvtls_poll`, with the handles as an array of little-endian
/// `int32_t` in `handles_buf` (its length a multiple of 4). On success
/// `ready_buf` holds one little-endian `int32_t` per handle, 1 or 0.
/// Returns the number ready, 0 on timeout (1011), -1 on error.
#[no_mangle]
pub extern "C" fn mvtls_pf_poll(ready_buf: i32, handles_buf: i32, timeout_ms: i32) -> i32 {
    run(poll_fail, || {
        let hs = int_array(handles_buf, "handle array")?;
        buffers::with(ready_buf, |_| ())?;
        let flags = poll_handles(&hs, timeout_ms)?;
        let out: Vec<u8> = flags
            .iter()
            .flat_map(|&r| (r as i32).to_le_bytes())
            .collect();
        buffers::replace(ready_buf, out)?;
        Ok(flags.iter().filter(|&&r| r).count() as i32)
    })
}

/// Little-endian `int32_t` array held in a buffer (length a multiple of 4).
fn int_array(buf: i32, what: &str) -> Result<Vec<i32>> {
    let raw = buffers::bytes(buf)?;
    if raw.len() % 4 != 0 {
        return Err(Error::params(format!(
            "{what}: {} bytes is not a multiple of 4",
            raw.len()
        )));
    }
    Ok(raw
        .chunks_exact(4)
        .map(|c| i32::from_le_bytes([c[0], c[1], c[2], c[3]]))
        .collect())
}

/// As `mvtls_poll_events`, with the handles and the events asked for as
/// little-endian `int32_t` arrays of the same length in `handles_buf` and
/// `events_buf`. On success `revents_buf` holds one `int32_t` per handle
/// (`MVTLS_POLL_*` bits). Returns the number of handles with events, 0 on
/// timeout (1011), -1 on error.
#[no_mangle]
pub extern "C" fn mvtls_pf_poll_events(
    revents_buf: i32,
    handles_buf: i32,
    events_buf: i32,
    timeout_ms: i32,
) -> i32 {
    run(poll_fail, || {
        let hs = int_array(handles_buf, "handle array")?;
        let evs = int_array(events_buf, "event array")?;
        if hs.len() != evs.len() || hs.is_empty() || hs.len() > crate::poll::MAX_POLL {
            return Err(Error::params(format!(
                "{} handles and {} events: need the same number, 1..{}",
                hs.len(),
                evs.len(),
                crate::poll::MAX_POLL
            )));
        }
        buffers::with(revents_buf, |_| ())?;
        let out = crate::poll::poll_events(&hs, &evs, Deadline::from_ms(timeout_ms))?;
        let k = out.iter().filter(|&&r| r != 0).count() as i32;
        if k == 0 {
            return Err(Error::timeout("no event within the timeout"));
        }
        buffers::replace(
            revents_buf,
            out.iter().flat_map(|r| r.to_le_bytes()).collect(),
        )?;
        Ok(k)
    })
}

/// As `mvtls_write_some`, for the bytes of `buf` from its read cursor: takes
/// as many as the connection accepts without blocking and moves the cursor
/// past them, so calling it again continues. Returns the count taken; 0
/// with status 1011 when nothing fits now (wait for `MVTLS_POLL_WRITE`), 0
/// with status 0 when no bytes are left after the cursor; -1 on error.
#[no_mangle]
pub extern "C" fn mvtls_pf_write_some(buf: i32, conn: i32) -> i32 {
    run(poll_fail, || {
        let (data, start) = buffers::with(buf, |b| (b.bytes()[b.cursor()..].to_vec(), b.cursor()))?;
        let c = handles::connection(conn)?;
        if data.is_empty() {
            return Ok(0);
        }
        let n = c.write_some(&data)?;
        buffers::with(buf, |b| b.seek(start + n))??;
        Ok(n as i32)
    })
}

/// Parses a `sep`-separated list of decimal handles; empty entries are
/// kept as `None` so positions stay those of the list.
fn parse_list(raw: &[u8], sep: u8) -> Result<Vec<Option<i32>>> {
    let mut out = Vec::new();
    for (k, item) in raw.split(|&b| b == sep).enumerate() {
        let t = std::str::from_utf8(item).unwrap_or("?").trim();
        if t.is_empty() {
            out.push(None);
            continue;
        }
        match t.parse::<i32>() {
            Ok(h) => out.push(Some(h)),
            Err(_) => {
                return Err(Error::params(format!(
                    "entry {} of the list is not a handle: {:?}",
                    k + 1,
                    String::from_utf8_lossy(item)
                )))
            }
        }
    }
    Ok(out)
}

/// As `mvtls_poll`, with text in and out: `list_buf` holds decimal
/// handles separated by the byte `sep` (0..=255; empty entries are
/// skipped but counted). On success `out_buf` holds the 1-based positions
/// of the ready entries in decimal, separated by `sep`. Returns the
/// number ready, 0 on timeout (1011), -1 on error.
#[no_mangle]
pub extern "C" fn mvtls_pf_poll_list(
    out_buf: i32,
    list_buf: i32,
    sep: i32,
    timeout_ms: i32,
) -> i32 {
    run(poll_fail, || {
        let sep = u8::try_from(sep)
            .map_err(|_| Error::params(format!("separator {sep} is not a byte value")))?;
        let entries = parse_list(&buffers::bytes(list_buf)?, sep)?;
        buffers::with(out_buf, |_| ())?;
        let (pos, hs): (Vec<usize>, Vec<i32>) = entries
            .iter()
            .enumerate()
            .filter_map(|(i, e)| e.map(|h| (i + 1, h)))
            .unzip();
        let flags = poll_handles(&hs, timeout_ms)?;
        let mut out = Vec::new();
        for (p, _) in pos.iter().zip(&flags).filter(|(_, &r)| r) {
            if !out.is_empty() {
                out.push(sep);
            }
            out.extend_from_slice(p.to_string().as_bytes());
        }
        buffers::replace(out_buf, out)?;
        Ok(flags.iter().filter(|&&r| r).count() as i32)
    })
}

/// As `mvtls_info`: puts the value of info `key` for `handle` into `buf`
/// (replacing its contents, cursor at the start) and returns its length,
/// -1 on error.
#[no_mangle]
pub extern "C" fn mvtls_pf_info(buf: i32, handle: i32, key: i32) -> i32 {
    run(fail_m1, || {
        buffers::with(buf, |_| ())?;
        let v = crate::info::info(handle, key)?.into_bytes();
        let n = v.len() as i32;
        buffers::replace(buf, v)?;
        Ok(n)
    })
}
