//! What a socket verb hands back to the VM, and the argument conversions
//! shared by the verbs.

use super::socket_table;
use super::status::{NetError, NetResult, ERAI_SERVICE, ER_PARAMS};

/// BASIC field mark, CHAR(254).
pub const FM: u8 = 0xFE;
/// BASIC value mark, CHAR(253).
pub const VM: u8 = 0xFD;

/// Host-object kind of a socket value (`HostObject.kind`).
pub const HOST_KIND_SOCKET: u32 = 1;
/// Host-object kind of a security-context value (`HostObject.kind`).
pub const HOST_KIND_CONTEXT: u32 = 2;

/// A verb's result value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NetValue {
    /// An integer (byte counts, 0/1 flags, codes, and the 0 a failed
    /// socket-creating function returns, as in ScarletDME).
    Int(i64),
    /// A byte string (data read, addresses, info text, lists).
    Str(Vec<u8>),
    /// A new socket: wrap as `HostObject { kind: HOST_KIND_SOCKET, handle, release: net::release }`.
    Socket(i32),
    /// A new security context: wrap as `HostObject { kind: HOST_KIND_CONTEXT, handle, release: net::release }`.
    Context(i32),
}

/// A verb's outcome: the value to return and the STATUS() to set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reply {
    /// Function result (statements ignore it).
    pub value: NetValue,
    /// New STATUS() value (0 = success).
    pub status: i32,
}

impl Reply {
    /// The value as an integer, if it is one.
    pub fn int(&self) -> Option<i64> {
        match self.value {
            NetValue::Int(n) => Some(n),
            _ => None,
        }
    }
    /// The value as bytes, if it is a string.
    pub fn bytes(&self) -> Option<&[u8]> {
        match &self.value {
            NetValue::Str(s) => Some(s),
            _ => None,
        }
    }
    /// The handle of a new socket or context, if the verb made one.
    pub fn handle(&self) -> Option<i32> {
        match self.value {
            NetValue::Socket(h) | NetValue::Context(h) => Some(h),
            _ => None,
        }
    }
}

/// Turns a verb's result into a [`Reply`], recording STATUS() and the
/// SOCKET.ERROR() text. `on_error` is the value returned on failure.
pub fn finish(result: NetResult<NetValue>, on_error: NetValue) -> Reply {
    match result {
        Ok(value) => {
            socket_table::set_last(0, String::new());
            Reply { value, status: 0 }
        }
        Err(e) => {
            let status = e.code;
            socket_table::set_last(e.code, e.text);
            Reply {
                value: on_error,
                status,
            }
        }
    }
}

/// Like [`finish`] but returns `value` with a non-zero status (a partial
/// result, e.g. WRITE.SOCKET's count).
pub fn finish_with(value: NetValue, err: NetError) -> Reply {
    let status = err.code;
    socket_table::set_last(err.code, err.text);
    Reply { value, status }
}

/// BASIC timeout (ms, 0 or negative = wait forever) to the C convention
/// (negative = forever, 0 = poll, positive = ms).
pub fn timeout_ms(basic: i64) -> i32 {
    if basic <= 0 {
        -1
    } else {
        basic.min(i32::MAX as i64) as i32
    }
}

/// A port argument: 0..=65535. A negative port is ScarletDME's 7022
/// (getaddrinfo() refuses it as a service), a larger one ER$PARAMS
/// (ScarletDME would bind the port number modulo 65536).
pub fn port(p: i64) -> NetResult<i32> {
    if (0..=65535).contains(&p) {
        Ok(p as i32)
    } else if p < 0 {
        Err(NetError::new(
            ERAI_SERVICE,
            format!("port {p} is not a valid service"),
        ))
    } else {
        Err(NetError::new(
            ER_PARAMS,
            format!("port {p} is out of range 0-65535"),
        ))
    }
}

/// An options dynamic array (NAME=VALUE items separated by field marks or
/// newlines; a value mark inside a value becomes a comma, so
/// `ALPN=h2]http/1.1` means `h2,http/1.1`) to the C options string.
pub fn options(dynarray: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(dynarray.len());
    for &b in dynarray {
        match b {
            FM | b'\r' => out.push(b'\n'),
            VM => out.push(b','),
            _ => out.push(b),
        }
    }
    out
}

/// What a SELECT.SOCKET field asks for: read/accept readiness (the
/// default), write readiness, or both.
pub const WANT_READ: i32 = 1;
/// Write readiness (value 2 of a field holds `W` or `RW`).
pub const WANT_WRITE: i32 = 2;

/// Splits a list of socket handles into `(field number, handle, wanted)`
/// triples. A field is a decimal handle, optionally followed by a value
/// mark and `R` (default), `W` or `RW`; empty fields are skipped but keep
/// their number, so positions always match the caller's fields.
pub fn handle_list(list: &[u8]) -> NetResult<Vec<(usize, i32, i32)>> {
    let mut out = Vec::new();
    for (i, item) in list.split(|b| *b == FM).enumerate() {
        let mut values = item.split(|b| *b == VM);
        let text = String::from_utf8_lossy(values.next().unwrap_or(b""));
        let text = text.trim();
        if text.is_empty() {
            continue;
        }
        let h: i32 = text.parse().map_err(|_| {
            NetError::new(
                ER_PARAMS,
                format!(
                    "field {} of the socket list ('{text}') is not a socket",
                    i + 1
                ),
            )
        })?;
        let mode = String::from_utf8_lossy(values.next().unwrap_or(b""))
            .trim()
            .to_ascii_uppercase();
        let wanted = match mode.as_str() {
            "" | "R" => WANT_READ,
            "W" => WANT_WRITE,
            "RW" | "WR" => WANT_READ | WANT_WRITE,
            other => {
                return Err(NetError::new(
                    ER_PARAMS,
                    format!(
                        "field {} of the socket list asks for '{other}' (R, W or RW)",
                        i + 1
                    ),
                ))
            }
        };
        out.push((i + 1, h, wanted));
    }
    if out.is_empty() {
        return Err(NetError::new(ER_PARAMS, "the socket list is empty"));
    }
    Ok(out)
}

/// Whether `h` has the shape of a libmvtls handle: positive, kind bits
/// (29..30) 1 to 3 and a non-zero generation (bits 16..28), as
/// `src/handles.rs` packs them. Small numbers such as 1 or 5 never are, so
/// a BASIC value holding one is "not a socket" as in ScarletDME, while the
/// decimal handle a SELECT.SOCKET list holds still names its socket.
pub fn handle_shaped(h: i64) -> bool {
    let kind = (h >> 29) & 3;
    let generation = (h >> 16) & 0x1fff;
    (1..=i32::MAX as i64).contains(&h) && kind != 0 && generation != 0
}

/// Parses a handle from a value's string form (its decimal handle); 0 if not numeric.
pub fn parse_handle(s: &[u8]) -> i32 {
    std::str::from_utf8(s)
        .ok()
        .and_then(|t| t.trim().parse().ok())
        .unwrap_or(0)
}
