//! Wiring of the socket verbs and security contexts into the BASIC VM
//! through the extension table (`crate::extensions`).
//!
//! Each BASIC name maps to a small adapter that checks the argument count,
//! converts the BASIC values (socket and context values are host objects;
//! their decimal string form is accepted too, as SELECT.SOCKET lists hold
//! it), calls the verb in [`crate::net`] and turns its [`Reply`] back into a
//! BASIC value with STATUS() set. A bad call (wrong number of arguments, an
//! unassigned or non-numeric argument) sets STATUS() 1000 (ER$PARAMS) with a
//! SOCKET.ERROR() text and returns the verb's failure value. A socket
//! argument that holds no socket stops the program as in ScarletDME
//! (`Data item is not a socket`, see [`Sock`]).

use std::rc::Rc;

use super::keys::SKT_INFO_OPEN;
use super::reply::{
    handle_shaped, parse_handle, NetValue, Reply, HOST_KIND_CONTEXT, HOST_KIND_SOCKET,
};
use super::socket_table;
use super::status::{NetError, NetResult, ER_CONNECT, ER_PARAMS};
use crate::extensions::{Arity, ExtCtx, ExtFatal, ExtTable};
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

/// A verb's socket argument, checked before anything else as ScarletDME's
/// opcodes check it: a value that is not a socket is fatal.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Sock {
    /// No socket argument to check.
    Unchecked,
    /// Argument `n`, taken by reference (ACCEPT.SOCKET.CONNECTION,
    /// CLOSE.SOCKET, SET.SOCKET.MODE, SOCKET.INFO): an unassigned or
    /// non-socket value is `Data item is not a socket in X`.
    Ref(usize),
    /// Argument `n`, taken by value (READ.SOCKET, WRITE.SOCKET): an
    /// unassigned variable is `Unassigned variable X`, another non-socket
    /// `Data item is not a socket`.
    Val(usize),
}

/// Whether `v` can stand for a socket: a socket (or context: the verb then
/// reports the wrong kind) value, or the decimal form of a handle (what a
/// SELECT.SOCKET list holds; a closed one is reported by the verb).
fn socket_like(v: &Value, precision: u8) -> bool {
    match v {
        Value::Object(o) => o.kind == HOST_KIND_SOCKET || o.kind == HOST_KIND_CONTEXT,
        Value::Unassigned => false,
        Value::Int(n) => handle_shaped(*n),
        v => handle_shaped(parse_handle(&v.to_bytes(precision)) as i64),
    }
}

/// The fatal error for socket argument `sock`, if its value is no socket.
fn socket_fatal(sock: Sock, vals: &[Value], precision: u8) -> Option<ExtFatal> {
    let (arg, named) = match sock {
        Sock::Unchecked => return None,
        Sock::Ref(n) => (n, true),
        Sock::Val(n) => (n, false),
    };
    let v = vals.get(arg)?;
    if socket_like(v, precision) {
        return None;
    }
    Some(if v.is_unassigned() && !named {
        ExtFatal::Unassigned { arg }
    } else {
        ExtFatal::NotSocket { arg, named }
    })
}

/// Runs one verb: checks the argument count (the arity it was registered
/// with, `ctx.arity`), that its socket argument `sock` holds a socket (else
/// the call is fatal, as in ScarletDME) and that no other argument is
/// unassigned, then calls `f`. `fail` is the value returned when the call
/// itself is bad.
fn call(
    ctx: &mut ExtCtx,
    vals: &[Value],
    verb: &'static str,
    fail: NetValue,
    f: impl FnOnce(&Args) -> NetResult<Reply>,
) -> Value {
    call_on(ctx, vals, verb, Sock::Unchecked, fail, f)
}

/// [`call`] for a verb whose socket argument is `sock`.
fn call_on(
    ctx: &mut ExtCtx,
    vals: &[Value],
    verb: &'static str,
    sock: Sock,
    fail: NetValue,
    f: impl FnOnce(&Args) -> NetResult<Reply>,
) -> Value {
    let args = Args {
        verb,
        vals,
        precision: ctx.precision,
    };
    let (min, max) = (ctx.arity.min, ctx.arity.max);
    let fatal = ctx
        .arity
        .accepts(vals.len())
        .then(|| socket_fatal(sock, vals, ctx.precision))
        .flatten();
    if let Some(e) = fatal {
        ctx.fatal = Some(e);
        return to_value(fail);
    }
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
    call_on(
        ctx,
        a,
        "ACCEPT.SOCKET.CONNECTION",
        Sock::Ref(0),
        ZERO,
        |a| Ok(super::accept_socket_connection(a.handle(0)?, a.int(1)?)),
    )
}

/// A refused connection also displays ScarletDME's non-fatal message.
fn open_socket(ctx: &mut ExtCtx, a: &mut [Value]) -> Value {
    let mut flags = 0;
    let v = call(ctx, a, "OPEN.SOCKET", ZERO, |a| {
        flags = a.int(2)?;
        Ok(super::open_socket(&a.bytes(0)?, a.int(1)?, flags))
    });
    if ctx.status == ER_CONNECT {
        ctx.warning = super::sockets::connect_failure_message(&socket_table::last().text, flags);
    }
    v
}

fn read_socket(ctx: &mut ExtCtx, a: &mut [Value]) -> Value {
    call_on(ctx, a, "READ.SOCKET", Sock::Val(0), empty(), |a| {
        Ok(super::read_socket(
            a.handle(0)?,
            a.int(1)?,
            a.int(2)?,
            a.int(3)?,
        ))
    })
}

fn write_socket(ctx: &mut ExtCtx, a: &mut [Value]) -> Value {
    call_on(ctx, a, "WRITE.SOCKET", Sock::Val(0), ZERO, |a| {
        Ok(super::write_socket(
            a.handle(0)?,
            &a.bytes(1)?,
            a.int(2)?,
            a.int(3)?,
        ))
    })
}

fn close_socket(ctx: &mut ExtCtx, a: &mut [Value]) -> Value {
    call_on(ctx, a, "CLOSE.SOCKET", Sock::Ref(0), ZERO, |a| {
        Ok(super::close_socket(a.handle(0)?))
    })
}

/// As ScarletDME's: SKT$INFO.OPEN of anything that is not a socket is 0,
/// any other key needs a socket; STATUS() is left as it was unless mvbasic
/// reports a failure (a closed socket, a bad call).
fn socket_info(ctx: &mut ExtCtx, a: &mut [Value]) -> Value {
    let open = a.len() == 2 && to_int(&a[1]).ok() == Some(SKT_INFO_OPEN);
    if open && !socket_like(&a[0], ctx.precision) {
        ctx.keep_status();
        return Value::Int(0);
    }
    let sock = if open { Sock::Unchecked } else { Sock::Ref(0) };
    let v = call_on(ctx, a, "SOCKET.INFO", sock, ZERO, |a| {
        Ok(super::socket_info(a.handle(0)?, a.int(1)?))
    });
    if ctx.status == 0 {
        ctx.keep_status();
    }
    v
}

fn set_socket_mode(ctx: &mut ExtCtx, a: &mut [Value]) -> Value {
    call_on(ctx, a, "SET.SOCKET.MODE", Sock::Ref(0), ZERO, |a| {
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
    call_on(
        ctx,
        a,
        "ACCEPT.SECURE.SOCKET.CONNECTION",
        Sock::Ref(0),
        ZERO,
        |a| {
            Ok(super::accept_secure_socket_connection(
                a.handle(0)?,
                a.int(1)?,
            ))
        },
    )
}

fn read_secure_socket(ctx: &mut ExtCtx, a: &mut [Value]) -> Value {
    call_on(ctx, a, "READ.SECURE.SOCKET", Sock::Val(0), empty(), |a| {
        Ok(super::read_secure_socket(
            a.handle(0)?,
            a.int(1)?,
            a.int(2)?,
            a.int(3)?,
        ))
    })
}

fn write_secure_socket(ctx: &mut ExtCtx, a: &mut [Value]) -> Value {
    call_on(ctx, a, "WRITE.SECURE.SOCKET", Sock::Val(0), ZERO, |a| {
        Ok(super::write_secure_socket(
            a.handle(0)?,
            &a.bytes(1)?,
            a.int(2)?,
            a.int(3)?,
        ))
    })
}

fn close_secure_socket(ctx: &mut ExtCtx, a: &mut [Value]) -> Value {
    call_on(ctx, a, "CLOSE.SECURE.SOCKET", Sock::Ref(0), ZERO, |a| {
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
