//! A missing or incompatible libmvtls gives one clear error (status + text)
//! from every socket verb, never a crash. Runs in its own test binary so the
//! process never loads the real library.

use mvbasic::net;

use std::ffi::OsStr;

#[test]
fn missing_library_gives_status_5000_and_text() {
    std::env::set_var("MVTLS_LIB", "/nonexistent/dir/libmvtls.so");
    let r = net::create_server_socket(b"127.0.0.1", 0, 0);
    assert_eq!((r.status, r.value.clone()), (5000, net::NetValue::Int(0)));
    let text = String::from_utf8(net::socket_error()).unwrap();
    assert!(
        text.contains("libmvtls not found") && text.contains("/nonexistent/dir/libmvtls.so"),
        "{text}"
    );
    assert!(text.contains("MVTLS_LIB"), "{text}");
    // Every verb reports the same, none panics.
    assert_eq!(
        net::open_secure_socket(b"localhost", 443, 0, 0).status,
        5000
    );
    assert_eq!(net::create_client_security_context(b"").status, 5000);
    assert_eq!(net::open_socket(b"127.0.0.1", 1, 0).status, 5000);
    // Verbs that need no library still work.
    assert_eq!(net::socket_info(0, 0).int(), Some(0));
    assert_eq!(
        net::server_addr(b"127.0.0.1").bytes(),
        Some(&b"127.0.0.1"[..])
    );
    assert!(!net::library::is_loaded());
}

#[test]
fn a_library_without_the_api_gives_status_5001() {
    // libc is a real shared library without the mvtls functions.
    let e = net::library::load_from(OsStr::new("libc.so.6"))
        .err()
        .expect("must fail");
    assert_eq!(e.code, 5001, "{}", e.text);
    assert!(e.text.contains("mvtls_"), "{}", e.text);
    let e = net::library::load_from(OsStr::new("/nonexistent/libmvtls.so"))
        .err()
        .expect("must fail");
    assert_eq!(e.code, 5000, "{}", e.text);
}
