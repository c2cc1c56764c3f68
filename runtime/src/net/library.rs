//! Finds and loads libmvtls at run time, once, on the first socket verb.
//!
//! Search order: the file named by `MVTLS_LIB` (only that one when set), then
//! `libmvtls.so` and `libmvtls.so.0` next to the running executable, then
//! `libmvtls.so.0` through the system's library search path (an installed
//! copy). The loaded library must export every function of `mvtls.h`
//! (bindgen's `dynamic_link_require_all`) and report the ABI version the
//! header was generated for. Any failure becomes one [`NetError`]
//! (ER$NO.DLL 5000 or ER$NO.API 5001) that every socket verb then returns;
//! nothing panics and nothing is printed.

use super::bindings::{MvTls, MVTLS_ABI_VERSION};
use super::status::{NetError, NetResult, ER_NO_API, ER_NO_DLL};
use std::ffi::OsString;
use std::path::PathBuf;
use std::sync::OnceLock;

/// Environment variable naming the library file to load.
pub const MVTLS_LIB_ENV: &str = "MVTLS_LIB";

static LIBRARY: OnceLock<Result<MvTls, NetError>> = OnceLock::new();

/// The loaded library, loading it on first use.
pub fn library() -> NetResult<&'static MvTls> {
    LIBRARY
        .get_or_init(load_default)
        .as_ref()
        .map_err(Clone::clone)
}

/// True once a load has been attempted and succeeded (does not trigger one).
pub fn is_loaded() -> bool {
    matches!(LIBRARY.get(), Some(Ok(_)))
}

/// The candidate paths tried, in order, for the current environment.
pub fn candidates() -> Vec<OsString> {
    if let Some(p) = std::env::var_os(MVTLS_LIB_ENV) {
        if !p.is_empty() {
            return vec![p];
        }
    }
    let mut out = Vec::new();
    if let Some(dir) = std::env::current_exe()
        .ok()
        .and_then(|e| e.parent().map(PathBuf::from))
    {
        out.push(dir.join("libmvtls.so").into_os_string());
        out.push(dir.join("libmvtls.so.0").into_os_string());
    }
    out.push(OsString::from("libmvtls.so.0"));
    out
}

fn load_default() -> NetResult<MvTls> {
    let mut tried = Vec::new();
    let mut last: Option<NetError> = None;
    for cand in candidates() {
        let is_path = cand.to_string_lossy().contains('/');
        if is_path && !std::path::Path::new(&cand).exists() {
            tried.push(cand.to_string_lossy().into_owned());
            continue;
        }
        match load_from(&cand) {
            Ok(lib) => return Ok(lib),
            Err(e) if e.code == ER_NO_API => return Err(e),
            Err(e) => {
                tried.push(cand.to_string_lossy().into_owned());
                last = Some(e);
            }
        }
    }
    let detail = last.map(|e| format!(": {}", e.text)).unwrap_or_default();
    Err(NetError::new(
        ER_NO_DLL,
        format!(
            "libmvtls not found (tried {}; set {} to its path){}",
            tried.join(", "),
            MVTLS_LIB_ENV,
            detail
        ),
    ))
}

/// Loads the library from one path (or bare soname) and checks its ABI.
///
/// Used by [`library`]; public so tests can try a specific file without
/// touching the process-wide instance.
pub fn load_from(path: &std::ffi::OsStr) -> NetResult<MvTls> {
    // SAFETY: loading a shared library runs its initialisers; libmvtls is a
    // Rust cdylib without constructors that touch the host.
    let lib = unsafe { MvTls::new(path) }.map_err(|e| {
        let text = e.to_string();
        let code = if text.contains("undefined symbol") {
            ER_NO_API
        } else {
            ER_NO_DLL
        };
        NetError::new(
            code,
            format!("cannot load {}: {}", path.to_string_lossy(), text),
        )
    })?;
    // SAFETY: mvtls_abi_version takes no arguments and only returns a constant.
    let version = unsafe { lib.mvtls_abi_version() };
    if version != MVTLS_ABI_VERSION as i32 {
        return Err(NetError::new(
            ER_NO_API,
            format!(
                "{} has ABI version {}, mvbasic needs {}",
                path.to_string_lossy(),
                version,
                MVTLS_ABI_VERSION
            ),
        ));
    }
    Ok(lib)
}
