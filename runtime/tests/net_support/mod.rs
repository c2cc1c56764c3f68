//! Shared set-up for the net_* tests: points them at the libmvtls.so built
//! from this checkout, temporary directories, and (in [`basic`]) running
//! BASIC test programs.
#![allow(dead_code)]

pub mod basic;

use std::path::PathBuf;
use std::sync::{Once, OnceLock};

/// The libmvtls.so built from this checkout, in the target directory of
/// this test binary (`<target>/<profile>/libmvtls.so`, whatever
/// `CARGO_TARGET_DIR` is). An `MVTLS_LIB` inherited from the environment
/// is ignored: these tests exist to exercise this checkout's library. Panics
/// (failing the test) when the library is missing or older than its
/// sources, instead of testing something else.
pub fn library_path() -> PathBuf {
    static FOUND: OnceLock<Result<PathBuf, String>> = OnceLock::new();
    match FOUND.get_or_init(find_library) {
        Ok(p) => p.clone(),
        Err(e) => panic!("{e}"),
    }
}

fn find_library() -> Result<PathBuf, String> {
    let exe = std::env::current_exe().map_err(|e| format!("test executable path: {e}"))?;
    // <target>/<profile>/deps/<test binary>
    let profile_dir = exe
        .parent()
        .and_then(|deps| deps.parent())
        .ok_or("test binary is not in <target>/<profile>/deps")?;
    let lib = profile_dir.join("libmvtls.so");
    let built = modified(&lib).ok_or_else(|| {
        format!(
            "{} is missing: build this checkout's library first (make build, or cargo build -p mvtls with the same profile)",
            lib.display()
        )
    })?;
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    // Not Cargo.toml: a manifest edit that leaves the library alone (a new
    // example) does not relink it, so its time says nothing.
    let mut sources = vec![root.join("include/mvtls.h")];
    collect_rs(&root.join("src"), &mut sources);
    for src in sources {
        if modified(&src).is_some_and(|t| t > built) {
            return Err(format!(
                "{} is older than {}: rebuild this checkout's library (make build)",
                lib.display(),
                src.display()
            ));
        }
    }
    Ok(lib)
}

fn modified(p: &std::path::Path) -> Option<std::time::SystemTime> {
    std::fs::metadata(p).and_then(|m| m.modified()).ok()
}

fn collect_rs(dir: &std::path::Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let p = entry.path();
        if p.is_dir() {
            // The library's own tests are not linked into libmvtls.so.
            if p.file_name().is_some_and(|n| n == "tests") {
                continue;
            }
            collect_rs(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

static INIT: Once = Once::new();

/// Points `MVTLS_LIB` at [`library_path`] once, before any test thread
/// loads the library (the socket layer then loads only that file).
pub fn use_real_library() {
    INIT.call_once(|| {
        let p = library_path();
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
