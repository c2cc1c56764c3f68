//! Fuzz target: any byte string fed to the session-ticket key file parser
//! (TICKET.KEYS) must give keys or an error, never a panic. The entry point
//! is shared with the corpus replay test in `src/tests/fuzz_corpus.rs`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    mvtls::fuzzing::ticket_keys(data);
});
