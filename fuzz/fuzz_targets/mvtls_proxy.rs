//! Fuzz target: any byte string fed to the PROXY v2 header parser (whole and
//! trickled through the socket reader) and the PROXY.TRUSTED list parser
//! must give a value or an error, never a panic. The entry point is shared
//! with the corpus replay test in `src/tests/fuzz_corpus.rs`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    mvtls::fuzzing::proxy(data);
});
