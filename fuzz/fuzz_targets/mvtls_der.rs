//! Fuzz target: any byte string fed to the mvtls DER reader (the certificate
//! subject behind MVTLS_INFO_PEER_SUBJECT) must give a value or an error, never
//! a panic. The entry point is shared with the corpus replay test in
//! `src/tests/fuzz_corpus.rs`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    mvtls::fuzzing::der(data);
});
