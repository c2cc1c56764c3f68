//! Replays the committed mvtls fuzz corpora (`fuzz/corpus/mvtls_*`, made by
//! `make fuzz-mvtls`) through the fuzz targets' entry points: no input may
//! panic. Runs on the stable toolchain inside `make test`.

use std::path::{Path, PathBuf};

fn inputs(target: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/corpus")
        .join(target);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    assert!(!files.is_empty(), "fuzz corpus {} is empty", dir.display());
    files
}

fn replay(target: &str, entry: fn(&[u8])) {
    let files = inputs(target);
    let mut panicked = Vec::new();
    for path in &files {
        let data = std::fs::read(path).expect("read corpus input");
        if std::panic::catch_unwind(|| entry(&data)).is_err() {
            panicked.push(path.display().to_string());
        }
    }
    assert!(
        panicked.is_empty(),
        "{target}: {} of {} inputs panicked: {panicked:?}",
        panicked.len(),
        files.len()
    );
    eprintln!("{target}: replayed {} inputs", files.len());
}

#[test]
fn options_corpus() {
    replay("mvtls_options", crate::fuzzing::options);
}

#[test]
fn pem_corpus() {
    replay("mvtls_pem", crate::fuzzing::pem);
}

#[test]
fn der_corpus() {
    replay("mvtls_der", crate::fuzzing::der);
}

#[test]
fn proxy_corpus() {
    replay("mvtls_proxy", crate::fuzzing::proxy);
}

#[test]
fn ticket_keys_corpus() {
    replay("mvtls_ticket_keys", crate::fuzzing::ticket_keys);
}
