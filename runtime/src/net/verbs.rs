//! Wiring of the socket verbs and security contexts into the BASIC VM
//! through the extension table (`crate::extensions`).
//!
//! Each BASIC name maps to a small adapter that checks the argument count,
//! converts the BASIC values (socket and context values are host objects;
//! their decimal string form is accepted too, as SELECT.SOCKET lists hold
//! it), calls the verb in [`crate::net`] and turns its [`Reply`] back into a
//! BASIC value with STATUS() set. A bad call (wrong number of arguments, an
//! unassigned or non-numeric argument) sets STATUS() 1000 (ER$PARAMS) with a
//! SOCKET.ERROR() text and returns the verb's failure value: it never stops
//! the program.

use std::rc::Rc;

use super::reply::{parse_handle, NetValue, Reply, HOST_KIND_CONTEXT, HOST_KIND_SOCKET};
use super::socket_table;
use super::status::{NetError, NetResult, ER_PARAMS};
use crate::extensions::{Arity, ExtCtx, ExtTable};
use crate::value::ops::to_int;
use crate::value::{HostObject, Value};

/// Registers every socket function and statement.
pub fn register(reg: &mut ExtTable) {
    // ScarletDME's plain-socket verbs.
    reg.add_function(
        "CREATE.SERVER.SOCKET",
        Arity::exactly(3),
        create_server_socket,
    );
    reg.add_function(
        "ACCEPT.SOCKET.CONNECTION",
        Arity::exactly(2),
        accept_socket_connection,
    );
    reg.add_function("OPEN.SOCKET", Arity::exactly(3), open_socket);
    reg.add_function("READ.SOCKET", Arity::exactly(4), read_socket);
    reg.add_function("WRITE.SOCKET", Arity::exactly(4), write_socket);
    reg.add_statement("CLOSE.SOCKET", Arity::exactly(1), close_socket);
    reg.add_function("SOCKET.INFO", Arity::exactly(2), socket_info);
    reg.add_function("SET.SOCKET.MODE", Arity::exactly(3), set_socket_mode);
    reg.add_function("SERVER.ADDR", Arity::exactly(1), server_addr);
    reg.add_function("SELECT.SOCKET", Arity::exactly(2), select_socket);
    // The earlier fork's secure verbs (and the context form of the first).
    reg.add_function(
        "CREATE.SECURE.SERVER.SOCKET",
        Arity::between(4, 5),
        create_secure_server_socket,
    );
    reg.add_function(
        "ACCEPT.SECURE.SOCKET.CONNECTION",
        Arity::exactly(2),
        accept_secure_socket_connection,
    );
    reg.add_function("READ.SECURE.SOCKET", Arity::exactly(4), read_secure_socket);
    reg.add_function(
        "WRITE.SECURE.SOCKET",
        Arity::exactly(4),
        write_secure_socket,
    );
    reg.add_statement(
        "CLOSE.SECURE.SOCKET",
        Arity::exactly(1),
        close_secure_socket,
    );
    // Security contexts.
    reg.add_function(
        "OPEN.SECURE.SOCKET",
        Arity::between(3, 4),
        open_secure_socket,
    );
    reg.add_function(
        "CREATE.SECURITY.CONTEXT",
        Arity::between(2, 3),
        create_security_context,
    );
    reg.add_function(
        "CREATE.CLIENT.SECURITY.CONTEXT",
        Arity::between(0, 1),
        create_client_security_context,
    );
    reg.add_function(
        "RELOAD.SECURITY.CONTEXT",
        Arity::exactly(1),
        reload_security_context,
    );
    reg.add_statement(
        "RELEASE.SECURITY.CONTEXT",
        Arity::exactly(1),
        release_security_context,
    );
    reg.add_function("SOCKET.ERROR", Arity::exactly(0), socket_error);
}

/// The argument values of one call, with conversions that report a bad
/// argument as ER$PARAMS naming the verb and the argument.
struct Args<'a> {
    verb: &'static str,
    vals: &'a [Value],
    precision: u8,
}

impl Args<'_> {
    fn bad(&self, i: usize, what: &str) -> NetError {
        NetError::new(
            ER_PARAMS,
            format!("{}: argument {} {}", self.verb, i + 1, what),
        )
    }

    /// A numeric argument.
    fn int(&self, i: usize) -> NetResult<i64> {
        to_int(&self.vals[i]).map_err(|e| self.bad(i, &format!("must be a number ({e})")))
    }

    /// A string argument (any value's string form).
    fn bytes(&self, i: usize) -> NetResult<Vec<u8>> {
        Ok(self.vals[i].to_bytes(self.precision).into_owned())
    }

    /// A socket or context argument: the handle of a socket/context value,
    /// else the number its string form holds (0 if none; the verb then
    /// reports "not an open socket").
    fn handle(&self, i: usize) -> NetResult<i32> {
        Ok(match &self.vals[i] {
            Value::Object(o) if o.kind == HOST_KIND_SOCKET || o.kind == HOST_KIND_CONTEXT => {
                o.handle
            }
            Value::Object(_) => 0,
            Value::Int(n) => i32::try_from(*n).unwrap_or(0),
            v => parse_handle(&v.to_bytes(self.precision)),
        })
    }
}

/// Runs one verb: checks the argument count (the arity it was registered
/// with, `ctx.arity`) and that no argument is unassigned, then calls `f`.
/// `fail` is the value returned when the call itself is bad.
fn call(
    ctx: &mut ExtCtx,
    vals: &[Value],
    verb: &'static str,
    fail: NetValue,
    f: impl FnOnce(&Args) -> NetResult<Reply>,
) -> Value {
    let args = Args {
        verb,
        vals,
        precision: ctx.precision,
    };
    let (min, max) = (ctx.arity.min, ctx.arity.max);
    let checked = if !ctx.arity.accepts(vals.len()) {
        let want = if min == max {
            min.to_string()
        } else {
            format!("{min} to {max}")
        };
        Err(NetError::new(
            ER_PARAMS,
            format!("{verb} takes {want} argument(s), not {}", vals.len()),
        ))
    } else if let Some(i) = vals.iter().position(|v| v.is_unassigned()) {
        Err(args.bad(i, "is unassigned"))
    } else {
        f(&args)
    };
    let reply = match checked {
        Ok(r) => r,
        Err(e) => {
            socket_table::set_last(e.code, e.text);
            Reply {
                value: fail,
                status: e.code,
            }
        }
    };
    ctx.set_status(reply.status);
    to_value(reply.value)
}

/// A verb's result as a BASIC value; new sockets and contexts become host
/// objects released by [`crate::net::release`].
fn to_value(v: NetValue) -> Value {
    let object = |kind, handle| {
        Value::Object(Rc::new(HostObject {
            kind,
            handle,
            release: super::release,
        }))
    };
    match v {
        NetValue::Int(n) => Value::int(n),
        NetValue::Str(s) => Value::str(s),
        NetValue::Socket(h) => object(HOST_KIND_SOCKET, h),
        NetValue::Context(h) => object(HOST_KIND_CONTEXT, h),
    }
}

const ZERO: NetValue = NetValue::Int(0);

fn empty() -> NetValue {
    NetValue::Str(Vec::new())
}

fn create_server_socket(ctx: &mut ExtCtx, a: &mut [Value]) -> Value {
    call(ctx, a, "CREATE.SERVER.SOCKET", ZERO, |a| {
        Ok(super::create_server_socket(
            &a.bytes(0)?,
            a.int(1)?,
            a.int(2)?,
        ))
    })
}

fn accept_socket_connection(ctx: &mut ExtCtx, a: &mut [Value]) -> Value {
    call(ctx, a, "ACCEPT.SOCKET.CONNECTION", ZERO, |a| {
        Ok(super::accept_socket_connection(a.handle(0)?, a.int(1)?))
    })
}

fn open_socket(ctx: &mut ExtCtx, a: &mut [Value]) -> Value {
    call(ctx, a, "OPEN.SOCKET", ZERO, |a| {
        Ok(super::open_socket(&a.bytes(0)?, a.int(1)?, a.int(2)?))
    })
}

fn read_socket(ctx: &mut ExtCtx, a: &mut [Value]) -> Value {
    call(ctx, a, "READ.SOCKET", empty(), |a| {
        Ok(super::read_socket(
            a.handle(0)?,
            a.int(1)?,
            a.int(2)?,
            a.int(3)?,
        ))
    })
}

fn write_socket(ctx: &mut ExtCtx, a: &mut [Value]) -> Value {
    call(ctx, a, "WRITE.SOCKET", ZERO, |a| {
        Ok(super::write_socket(
            a.handle(0)?,
            &a.bytes(1)?,
            a.int(2)?,
            a.int(3)?,
        ))
    })
}

fn close_socket(ctx: &mut ExtCtx, a: &mut [Value]) -> Value {
    call(ctx, a, "CLOSE.SOCKET", ZERO, |a| {
        Ok(super::close_socket(a.handle(0)?))
    })
}

fn socket_info(ctx: &mut ExtCtx, a: &mut [Value]) -> Value {
    call(ctx, a, "SOCKET.INFO", ZERO, |a| {
        Ok(super::socket_info(a.handle(0)?, a.int(1)?))
    })
}

fn set_socket_mode(ctx: &mut ExtCtx, a: &mut [Value]) -> Value {
    call(ctx, a, "SET.SOCKET.MODE", ZERO, |a| {
        Ok(super::set_socket_mode(a.handle(0)?, a.int(1)?, a.int(2)?))
    })
}

fn server_addr(ctx: &mut ExtCtx, a: &mut [Value]) -> Value {
    call(ctx, a, "SERVER.ADDR", empty(), |a| {
        Ok(super::server_addr(&a.bytes(0)?))
    })
}

fn select_socket(ctx: &mut ExtCtx, a: &mut [Value]) -> Value {
    call(ctx, a, "SELECT.SOCKET", empty(), |a| {
        Ok(super::select_socket(&a.bytes(0)?, a.int(1)?))
    })
}

/// Five arguments: the fork's (cert.path, key.path) form; four: a context.
fn create_secure_server_socket(ctx: &mut ExtCtx, a: &mut [Value]) -> Value {
    call(ctx, a, "CREATE.SECURE.SERVER.SOCKET", ZERO, |a| {
        let (addr, port, flags) = (a.bytes(0)?, a.int(1)?, a.int(2)?);
        Ok(if a.vals.len() == 5 {
            super::create_secure_server_socket_files(&addr, port, flags, &a.bytes(3)?, &a.bytes(4)?)
        } else {
            super::create_secure_server_socket(&addr, port, flags, a.handle(3)?)
        })
    })
}

fn accept_secure_socket_connection(ctx: &mut ExtCtx, a: &mut [Value]) -> Value {
    call(ctx, a, "ACCEPT.SECURE.SOCKET.CONNECTION", ZERO, |a| {
        Ok(super::accept_secure_socket_connection(
            a.handle(0)?,
            a.int(1)?,
        ))
    })
}

fn read_secure_socket(ctx: &mut ExtCtx, a: &mut [Value]) -> Value {
    call(ctx, a, "READ.SECURE.SOCKET", empty(), |a| {
        Ok(super::read_secure_socket(
            a.handle(0)?,
            a.int(1)?,
            a.int(2)?,
            a.int(3)?,
        ))
    })
}

fn write_secure_socket(ctx: &mut ExtCtx, a: &mut [Value]) -> Value {
    call(ctx, a, "WRITE.SECURE.SOCKET", ZERO, |a| {
        Ok(super::write_secure_socket(
            a.handle(0)?,
            &a.bytes(1)?,
            a.int(2)?,
            a.int(3)?,
        ))
    })
}

fn close_secure_socket(ctx: &mut ExtCtx, a: &mut [Value]) -> Value {
    call(ctx, a, "CLOSE.SECURE.SOCKET", ZERO, |a| {
        Ok(super::close_secure_socket(a.handle(0)?))
    })
}

/// The context argument may be omitted: 0 = a default client context with
/// the system's roots.
fn open_secure_socket(ctx: &mut ExtCtx, a: &mut [Value]) -> Value {
    call(ctx, a, "OPEN.SECURE.SOCKET", ZERO, |a| {
        let c = if a.vals.len() == 4 { a.handle(3)? } else { 0 };
        Ok(super::open_secure_socket(
            &a.bytes(0)?,
            a.int(1)?,
            a.int(2)?,
            c,
        ))
    })
}

/// Options may be omitted.
fn create_security_context(ctx: &mut ExtCtx, a: &mut [Value]) -> Value {
    call(ctx, a, "CREATE.SECURITY.CONTEXT", ZERO, |a| {
        let opts = if a.vals.len() == 3 {
            a.bytes(2)?
        } else {
            Vec::new()
        };
        Ok(super::create_security_context(
            &a.bytes(0)?,
            &a.bytes(1)?,
            &opts,
        ))
    })
}

/// Options may be omitted (system roots, verification on).
fn create_client_security_context(ctx: &mut ExtCtx, a: &mut [Value]) -> Value {
    call(ctx, a, "CREATE.CLIENT.SECURITY.CONTEXT", ZERO, |a| {
        let opts = if a.vals.len() == 1 {
            a.bytes(0)?
        } else {
            Vec::new()
        };
        Ok(super::create_client_security_context(&opts))
    })
}

fn reload_security_context(ctx: &mut ExtCtx, a: &mut [Value]) -> Value {
    call(
        ctx,
        a,
        "RELOAD.SECURITY.CONTEXT",
        NetValue::Int(ER_PARAMS as i64),
        |a| Ok(super::reload_security_context(a.handle(0)?)),
    )
}

fn release_security_context(ctx: &mut ExtCtx, a: &mut [Value]) -> Value {
    call(ctx, a, "RELEASE.SECURITY.CONTEXT", ZERO, |a| {
        Ok(super::release_security_context(a.handle(0)?))
    })
}

/// SOCKET.ERROR() leaves STATUS() as the failed verb set it, so
/// `IF STATUS() THEN CRT SOCKET.ERROR() : STATUS()` shows both.
fn socket_error(ctx: &mut ExtCtx, a: &mut [Value]) -> Value {
    let _ = a;
    ctx.set_status(super::last_status());
    Value::str(super::socket_error())
}
