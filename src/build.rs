//! Build script: gives the shared library its soname (`libmvtls.so.0`, the
//! ABI major version) so hosts that link by soname find the installed copy.

fn main() {
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("linux") {
        println!("cargo:rustc-cdylib-link-arg=-Wl,-soname,libmvtls.so.0");
    }
    println!("cargo:rerun-if-changed=src/build.rs");
}
