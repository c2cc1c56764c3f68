//! Fuzz target: any byte string fed through the preprocessor, lexer, parser
//! and compiler must give a chunk or compile errors, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::path::Path;
use std::sync::LazyLock;

/// The standard runtime's extension names (the socket verbs), built once.
static EXT: LazyLock<mvbasic::extensions::ExtTable> =
    LazyLock::new(mvbasic::runner::standard_extensions);

fuzz_target!(|data: &[u8]| {
    // An account that does not exist: $INCLUDE lookups simply fail.
    let account = Path::new("/nonexistent-mvbasic-fuzz-account");
    let _ = mvbasic::host::programs::compile_source(account, None, "FUZZ", "FUZZ", data, &*EXT);
});
