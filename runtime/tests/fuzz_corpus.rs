//! Replays the committed fuzz regression corpus (`fuzz/corpus/compile`, made
//! by `make fuzz`) through the compiler: every input must compile or give
//! errors, never panic. Runs on the stable toolchain inside `make test`.

use std::panic;
use std::path::{Path, PathBuf};

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../fuzz/corpus/compile")
}

#[test]
fn fuzz_regression_corpus_never_panics() {
    let dir = corpus_dir();
    let mut entries: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file())
        .collect();
    entries.sort();
    assert!(
        !entries.is_empty(),
        "fuzz corpus {} is empty",
        dir.display()
    );
    let account = Path::new("/nonexistent-mvbasic-fuzz-account");
    let ext = mvbasic::runner::standard_extensions();
    let mut panicked = Vec::new();
    panic::set_hook(Box::new(|_| {}));
    for path in &entries {
        let data = std::fs::read(path).expect("read corpus entry");
        let result = panic::catch_unwind(|| {
            let _ =
                mvbasic::host::programs::compile_source(account, None, "FUZZ", "FUZZ", &data, &ext);
        });
        if result.is_err() {
            panicked.push(path.display().to_string());
        }
    }
    let _ = panic::take_hook();
    assert!(
        panicked.is_empty(),
        "compiler panicked on {} corpus inputs: {:?}",
        panicked.len(),
        panicked
    );
    eprintln!("replayed {} fuzz corpus inputs", entries.len());
}
