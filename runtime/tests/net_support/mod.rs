//! Shared set-up for the net_* tests: points them at the real libmvtls.so,
//! temporary directories, and (in [`basic`]) running BASIC test programs.
#![allow(dead_code)]

pub mod basic;

use std::path::PathBuf;
use std::sync::Once;

/// Path of the libmvtls.so the tests load: `MVTLS_LIB` if set, else the
/// release (else debug) build in `$CARGO_TARGET_DIR` or the workspace's
/// `target/`.
pub fn library_path() -> PathBuf {
    if let Some(p) = std::env::var_os("MVTLS_LIB") {
        return PathBuf::from(p);
    }
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut dirs = Vec::new();
    if let Some(t) = std::env::var_os("CARGO_TARGET_DIR") {
        dirs.push(PathBuf::from(t));
    }
    dirs.push(root.join("target"));
    for d in &dirs {
        for profile in ["release", "debug"] {
            let p = d.join(profile).join("libmvtls.so");
            if p.exists() {
                return p;
            }
        }
    }
    panic!("libmvtls.so not found: build it (make build) or set MVTLS_LIB");
}

static INIT: Once = Once::new();

/// Sets `MVTLS_LIB` once, before any test thread loads the library.
pub fn use_real_library() {
    INIT.call_once(|| {
        let p = library_path();
        assert!(p.exists(), "{} does not exist", p.display());
        std::env::set_var("MVTLS_LIB", &p);
    });
}

/// A fresh temporary directory for one test, removed when dropped.
pub struct TempDir(PathBuf);

impl std::ops::Deref for TempDir {
    type Target = std::path::Path;
    fn deref(&self) -> &std::path::Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Creates a fresh [`TempDir`] named after the test.
pub fn temp_dir(name: &str) -> TempDir {
    let dir = std::env::temp_dir().join(format!("mvbasic-net-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    TempDir(dir)
}
