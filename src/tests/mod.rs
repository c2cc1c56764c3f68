//! In-process loopback tests of the C ABI (the exported functions called
//! from Rust): TLS accept/connect/read/write/close, errors, reload, poll,
//! timeouts.

mod bench;
mod events;
mod fork;
mod fuzz_corpus;
mod loopback;
mod output_path;
mod pointer_free;
mod silent_flood;
mod tls_errors;

use crate::ffi::*;
use std::ffi::CString;
use std::path::PathBuf;

/// NUL-terminated copy of `s`.
pub fn cs(s: &str) -> CString {
    CString::new(s).unwrap()
}

/// This thread's last error text.
pub fn err_text() -> String {
    let mut b = vec![0 as std::ffi::c_char; 512];
    let n = unsafe { mvtls_error_text(b.as_mut_ptr(), b.len() as i32) };
    assert!(n >= 0);
    unsafe { std::ffi::CStr::from_ptr(b.as_ptr()) }
        .to_string_lossy()
        .into_owned()
}

/// Info value as a string (panics on error).
pub fn info(h: i32, key: i32) -> String {
    let mut b = vec![0 as std::ffi::c_char; 256];
    let n = unsafe { mvtls_info(h, key, b.as_mut_ptr(), b.len() as i32) };
    assert!(
        n >= 0,
        "info({h}, {key}) failed: {} {}",
        mvtls_status(),
        err_text()
    );
    unsafe { std::ffi::CStr::from_ptr(b.as_ptr()) }
        .to_string_lossy()
        .into_owned()
}

/// A directory with dev certs for `names`.
pub fn certs(tag: &str, names: &str) -> PathBuf {
    let d = crate::devcert::tests_tmpdir(tag);
    let dir = cs(d.to_str().unwrap());
    let n = cs(names);
    assert_eq!(
        unsafe { mvtls_dev_certs_write(dir.as_ptr(), n.as_ptr()) },
        0,
        "{}",
        err_text()
    );
    d
}

/// Path of a file in `d` as a C string.
pub fn file(d: &std::path::Path, name: &str) -> CString {
    cs(d.join(name).to_str().unwrap())
}

/// A server context from the dev certs in `d` plus `opts`.
pub fn server_ctx(d: &std::path::Path, opts: &str) -> i32 {
    let o = cs(opts);
    let h = unsafe {
        mvtls_server_context_new(
            file(d, "server.pem").as_ptr(),
            file(d, "server-key.pem").as_ptr(),
            o.as_ptr(),
        )
    };
    assert!(h > 0, "server ctx: {} {}", mvtls_status(), err_text());
    h
}

/// A client context trusting the dev CA in `d`, plus `extra` options.
pub fn client_ctx(d: &std::path::Path, extra: &str) -> i32 {
    let o = cs(&format!("CA={};{extra}", d.join("ca.pem").display()));
    let h = unsafe { mvtls_client_context_new(o.as_ptr()) };
    assert!(h > 0, "client ctx: {} {}", mvtls_status(), err_text());
    h
}

/// Listens on 127.0.0.1:0 with `ctx`; returns (listener, port).
pub fn listen(ctx: i32) -> (i32, i32) {
    let a = cs("127.0.0.1");
    let l = unsafe { mvtls_listen(a.as_ptr(), 0, 0, 0, ctx) };
    assert!(l > 0, "listen: {} {}", mvtls_status(), err_text());
    let port: i32 = info(l, crate::codes::MVTLS_INFO_LOCAL_PORT)
        .parse()
        .unwrap();
    (l, port)
}

/// Connects to `host:port` (returns handle, status, text).
pub fn connect(host: &str, port: i32, timeout: i32, ctx: i32) -> (i32, i32, String) {
    let h = cs(host);
    let c = unsafe { mvtls_connect(h.as_ptr(), port, timeout, ctx) };
    (c, mvtls_status(), err_text())
}

/// Writes all of `data`, asserting success.
pub fn write_all(c: i32, data: &[u8]) {
    let n = unsafe { mvtls_write(c, data.as_ptr(), data.len() as i32, 10_000) };
    assert_eq!(
        n,
        data.len() as i32,
        "write: {} {}",
        mvtls_status(),
        err_text()
    );
}

/// Reads exactly `n` bytes, asserting success.
pub fn read_exact(c: i32, n: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(n);
    let mut buf = vec![0u8; 65536];
    while out.len() < n {
        let want = (n - out.len()).min(buf.len());
        let k = unsafe { mvtls_read(c, buf.as_mut_ptr(), want as i32, 10_000) };
        assert!(
            k > 0,
            "read: got {k}, status {} {}",
            mvtls_status(),
            err_text()
        );
        out.extend_from_slice(&buf[..k as usize]);
    }
    out
}

/// Reads once: (return value, status).
pub fn read_once(c: i32, timeout: i32) -> (i32, i32) {
    let mut buf = [0u8; 64];
    let k = unsafe { mvtls_read(c, buf.as_mut_ptr(), buf.len() as i32, timeout) };
    (k, mvtls_status())
}

/// Server accepts in this thread while a client thread connects; returns
/// (server connection, client connection handle from the thread).
pub fn pair(l: i32, port: i32, client_ctx: i32, host: &'static str) -> (i32, i32) {
    let t = std::thread::spawn(move || connect(host, port, 5000, client_ctx));
    let s = mvtls_accept(l, 5000);
    assert!(s > 0, "accept: {} {}", mvtls_status(), err_text());
    let (c, st, text) = t.join().unwrap();
    assert!(c > 0, "connect: {st} {text}");
    (s, c)
}

/// Runs `f` on a new thread; its result is collected with [`outcome`].
pub fn start<T: Send + 'static>(
    f: impl FnOnce() -> T + Send + 'static,
) -> std::sync::mpsc::Receiver<T> {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(f());
    });
    rx
}

/// The result of a [`start`]ed thread; fails the test (instead of hanging
/// it) if the thread is still blocked after 30 s.
pub fn outcome<T>(rx: std::sync::mpsc::Receiver<T>, what: &str) -> T {
    rx.recv_timeout(std::time::Duration::from_secs(30))
        .unwrap_or_else(|_| panic!("{what}: still blocked 30 s later (not woken)"))
}
